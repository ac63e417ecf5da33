package arbitrum

import (
	"context"
	"math/big"
	"regexp"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/internal/devnet"
)

var (
	l1AtMostRE  = regexp.MustCompile(`L1 fee \(at most\): +([0-9.]+) ETH`)
	l2WorstRE   = regexp.MustCompile(`L2 cost worst case: +([0-9.]+) ETH`)
	crowdL1Gas  = uint64(10_000_000) // L1 block gas limit during the crowd
	crowdWaves  = 4
	crowdInWave = 100
)

func ethToWei(t *testing.T, s string) *big.Int {
	t.Helper()
	f, ok := new(big.Float).SetString(s)
	if !ok {
		t.Fatalf("bad amount %q", s)
	}
	wei, _ := new(big.Float).Mul(f, big.NewFloat(params.Ether)).Int(nil)
	return wei.Add(wei, big.NewInt(1)) // the summary rounds to the digits it prints
}

func gasCost(r *types.Receipt) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
}

// An exit in a crowd (issue #17) on Arbitrum: 400 forced withdrawals from
// 400 other accounts go into the delayed inbox over four L1 blocks whose gas
// limit (10M) they fill, with priority fees of 1 to 4 gwei, so the L1 base
// fee rises block after block while escape sends its own. The crowd's L2
// transactions carry the max fee a wallet signs (twice the L2 base fee);
// after the outage the L2 base fee jumps fivefold while the backlog is
// replayed. Each L1 block is mined once escape's transaction is in the
// pool behind that block's wave. The user only confirms each step: escape's message goes in,
// is force-included past the crowd's, runs on L2 (its max fee had the
// headroom the crowd's lacked) and is paid out; each L1 transaction cost no
// more than the "at most" its summary showed, and the L2 transaction no more
// than the "worst case".
func TestCrowdOfFourHundredWithdrawalsArbitrum(t *testing.T) {
	ctx := context.Background()
	d, n := newArbNet(t, devnet.ArbOptions{DelayBlocks: 20})
	env, out := testEnv(t, d, n, "")
	s := New().(*Stack)
	recipient := common.HexToAddress("0x00000000000000000000000000000000000c0dd1")
	amount := ether(0.5)
	check := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	check(d.L1.SetBlockGasLimit(ctx, crowdL1Gas))
	startBlock := l1Head(t, d)
	baseBefore := l1BaseFee(t, d)

	var crowd []common.Hash
	queueWave := func(w int) {
		for tip := int64(1); tip <= 4; tip++ {
			first := w*crowdInWave + int(tip-1)*crowdInWave/4
			hs, err := d.QueueCrowdWithdrawals(ctx, first, crowdInWave/4, tip)
			check(err)
			crowd = append(crowd, hs...)
		}
	}
	queueWave(0)
	type result struct {
		e   *record.Escape
		err error
	}
	user := devnet.DevAddress(userKey)
	nonce, err := d.L1.Client.PendingNonceAt(ctx, user)
	check(err)
	done := make(chan result, 1)
	go func() {
		e, err := s.Withdraw(ctx, env, flow.WithdrawRequest{Amount: amount, To: &recipient})
		done <- result{e, err}
	}()
	// An L1 block is mined once escape's transaction is in the pool with
	// that block's wave (not on a clock, which a loaded machine would
	// outrun), until escape's message is in; then the rest of the crowd,
	// a wave per block. No deadline: the test's timeout catches a hang.
	var res result
	pending := func() bool {
		for {
			p, err := d.L1.Client.PendingNonceAt(ctx, user)
			check(err)
			if p > nonce {
				return true
			}
			select {
			case res = <-done:
				return false
			case <-time.After(20 * time.Millisecond):
			}
		}
	}
	w := 1
	for ; pending(); w++ {
		nonce++
		check(d.L1.Mine(ctx, 1))
		if w < crowdWaves {
			queueWave(w)
		}
	}
	for ; w < crowdWaves; w++ {
		check(d.L1.Mine(ctx, 1))
		queueWave(w)
	}
	// The rest of the crowd.
	var crowdOK int
	for _, h := range crowd {
		r, err := d.L1.Client.TransactionReceipt(ctx, h)
		for tries := 0; err != nil && tries < 20; tries++ {
			check(d.L1.Mine(ctx, 1))
			r, err = d.L1.Client.TransactionReceipt(ctx, h)
		}
		check(err)
		if r.Status == types.ReceiptStatusSuccessful {
			crowdOK++
		}
	}
	check(d.L1.Automine(ctx, true))
	if res.err != nil {
		t.Fatalf("escape's withdrawal failed in the crowd: %v\n%s", res.err, out)
	}
	e := res.e
	send := e.MinedTx("send-l2-message")
	if send == nil || e.Arb.Message == nil {
		t.Fatalf("escape's message is not in the delayed inbox: %+v", e.Txs)
	}
	if crowdOK < 300 {
		t.Fatalf("only %d crowd messages went into the inbox", crowdOK)
	}
	for b := startBlock + 1; b <= send.Block; b++ {
		blk, err := d.L1.Client.BlockByNumber(ctx, new(big.Int).SetUint64(b))
		check(err)
		t.Logf("L1 block %d: %d transactions, %d of %d gas, base fee %s wei", b, len(blk.Transactions()), blk.GasUsed(), blk.GasLimit(), blk.BaseFee())
	}
	t.Logf("crowd: %d forced withdrawals from %d accounts in the delayed inbox; escape's message %d in L1 block %d; L1 base fee %s → %s wei",
		crowdOK, len(crowd), e.Arb.Message.Index, send.Block, baseBefore, l1BaseFee(t, d))

	// After the outage: the L2 base fee jumps fivefold while the backlog is
	// replayed; the delay passes and escape forces its message in.
	l2Head, err := d.L2.Client.HeaderByNumber(ctx, nil)
	check(err)
	spike := new(big.Int).Mul(l2Head.BaseFee, big.NewInt(5))
	check(d.SetL2BaseFee(ctx, spike))
	check(d.MineL1(ctx, 25))
	st, err := s.Next(ctx, env, e)
	if err != nil || e.MinedTx("force-include") == nil {
		t.Fatalf("force inclusion: %v %v\n%s", st, err, out)
	}
	ex, err := d.ExecuteForceIncluded(ctx)
	check(err)
	var ours *devnet.L2Execution
	crowdDropped := 0
	for i := range ex {
		if ex[i].TxHash == e.Arb.L2TxHash {
			ours = &ex[i]
		} else if ex[i].Dropped {
			crowdDropped++
		}
	}
	if ours == nil || ours.Dropped || ours.Receipt == nil || ours.Receipt.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("escape's L2 transaction did not run: %+v", ours)
	}
	t.Logf("force inclusion carried %d delayed messages to the L2; the base fee spike (%s wei) dropped %d of the crowd's, not escape's",
		len(ex), spike, crowdDropped)
	if st, err = s.Status(ctx, env, e); err != nil || st.Stage != escape.StageWaitingState {
		t.Fatalf("after L2 execution: %+v %v", st, err)
	}
	_, err = d.AssertAndConfirm(ctx)
	check(err)
	before, err := d.L1.Client.BalanceAt(ctx, recipient, nil)
	check(err)
	if st, err = s.Next(ctx, env, e); err != nil || st.Stage != escape.StageFinalized {
		t.Fatalf("execute: %v %v\n%s", st, err, out)
	}
	after, err := d.L1.Client.BalanceAt(ctx, recipient, nil)
	check(err)
	if got := new(big.Int).Sub(after, before); got.Cmp(amount) != 0 {
		t.Fatalf("recipient got %s wei, want %s", got, amount)
	}

	// The cost shown bounded the cost paid: each L1 transaction, in the
	// order its summary was shown, and the L2 transaction.
	shown := l1AtMostRE.FindAllStringSubmatch(out.String(), -1)
	var mined []*record.Tx
	for _, tx := range e.Txs {
		if tx.State == record.TxMined {
			mined = append(mined, tx)
		}
	}
	if len(shown) != len(mined) || len(mined) != 3 {
		t.Fatalf("%d summaries with an L1 bound for %d mined L1 transactions (want 3)", len(shown), len(mined))
	}
	for i, tx := range mined {
		r, err := d.L1.Client.TransactionReceipt(ctx, tx.Hash)
		check(err)
		paid, bound := gasCost(r), ethToWei(t, shown[i][1])
		if paid.Cmp(bound) > 0 {
			t.Errorf("%s paid %s wei on L1, more than the %s shown", tx.Step, paid, bound)
		}
		t.Logf("%-16s L1: paid %s ETH, shown at most %s ETH", tx.Step, weiToETH(paid), shown[i][1])
	}
	l2Shown := l2WorstRE.FindStringSubmatch(out.String())
	if l2Shown == nil {
		t.Fatal("no L2 worst case shown")
	}
	l2Paid := new(big.Int).Add(gasCost(ours.Receipt), amount)
	if l2Paid.Cmp(ethToWei(t, l2Shown[1])) > 0 {
		t.Errorf("the L2 transaction cost %s wei (value included), more than the worst case %s ETH shown", l2Paid, l2Shown[1])
	}
	t.Logf("L2: paid %s ETH (value included), shown worst case %s ETH", weiToETH(l2Paid), l2Shown[1])
}

func l1BaseFee(t *testing.T, d *devnet.ArbDevnet) *big.Int {
	t.Helper()
	h, err := d.L1.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return h.BaseFee
}

func weiToETH(w *big.Int) string {
	f := new(big.Float).Quo(new(big.Float).SetInt(w), big.NewFloat(params.Ether))
	return f.Text('f', 9)
}
