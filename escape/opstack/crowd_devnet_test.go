package opstack

import (
	"context"
	"math/big"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/internal/devnet"
)

// boundRE reads the bound of all attempts the user agreed to from the
// summary escape showed.
var (
	boundRE    = regexp.MustCompile(`With retries: +at most ([0-9.]+) ETH for up to ([0-9]+) attempts`)
	nextFullRE = regexp.MustCompile(`Next block full: +at most ([0-9.]+) ETH`)
)

func shownBound(t *testing.T, out string) *big.Int {
	t.Helper()
	m := boundRE.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("the summary shows no bound for the attempts:\n%s", out)
	}
	return ethAmount(t, m[1])
}

// ethAmount is an amount the summary printed in ETH, in wei.
func ethAmount(t *testing.T, s string) *big.Int {
	t.Helper()
	f, ok := new(big.Float).SetString(s)
	if !ok {
		t.Fatalf("bad amount %q", s)
	}
	wei, _ := new(big.Float).Mul(f, big.NewFloat(params.Ether)).Int(nil)
	// The summary rounds to the wei it prints; allow one unit of its last digit.
	return wei.Add(wei, big.NewInt(1))
}

// paidForDeposits sums what every deposit attempt of the escape paid on L1.
func paidForDeposits(t *testing.T, d *devnet.OPDevnet, e *record.Escape) *big.Int {
	t.Helper()
	paid := new(big.Int)
	for _, tx := range e.TxsFor("deposit") {
		r, err := d.L1.Client.TransactionReceipt(context.Background(), tx.Hash)
		check(t, err)
		paid.Add(paid, txCost(r))
	}
	return paid
}

// withdrawAsync runs escape's withdrawal (the user confirmed, --yes) in the
// background.
func withdrawAsync(env *flow.Env) chan withdrawResult {
	done := make(chan withdrawResult, 1)
	go func() {
		e, err := (&Stack{}).Withdraw(context.Background(), env, flow.WithdrawRequest{Amount: ether(0.1), AmountText: "0.1"})
		done <- withdrawResult{e, err}
	}()
	return done
}

type withdrawResult struct {
	e   *record.Escape
	err error
}

// waitPending waits until the user's pending L1 nonce is past nonce (escape's
// next attempt is in the pool: true) or escape returned (false, its result
// in *res). No clock: on a loaded machine escape may take its time, and the
// test's own timeout catches a hang.
func waitPending(t *testing.T, d *devnet.OPDevnet, user common.Address, nonce uint64, done chan withdrawResult, res *withdrawResult) bool {
	t.Helper()
	for {
		pending, err := d.L1.Client.PendingNonceAt(context.Background(), user)
		check(t, err)
		if pending > nonce {
			return true
		}
		select {
		case *res = <-done:
			return false
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// An exit in a crowd (issue #17): 400 forced withdrawals from 400 other
// accounts arrive 100 per L1 block, with priority fees of 1 to 4 gwei, and
// fill the L1 blocks' deposit budgets (the devnet's real 0.17.3 portal sells
// 20,000,000 L2 gas per L1 block: 100 of these deposits). Each L1 block is
// mined once escape's next attempt is in the pool, behind that block's wave
// (not on a clock, which a loaded machine would outrun). The user only
// confirmed: escape's withdrawal goes through, and every attempt together
// paid no more than the bound its summary showed.
func TestCrowdOfFourHundredWithdrawals(t *testing.T) {
	ctx := context.Background()
	d, n := newOPNet(t, devnet.OPOptions{})
	env, out := testEnv(t, d, n, userKey)
	// The crowd arrives over four L1 blocks, 100 forced withdrawals per
	// block from new accounts, with priority fees of 1 to 4 gwei (escape's
	// first attempt bids the node's suggestion, 1 gwei here).
	const waves, perWave = 4, 100
	const crowd = waves * perWave
	var crowdHashes []common.Hash
	queueWave := func(w int) {
		for tip := int64(1); tip <= 4; tip++ {
			first := w*perWave + int(tip-1)*perWave/4
			hs, err := d.QueueCrowdDeposits(ctx, first, perWave/4, ethWithdrawalL2Gas, tip)
			check(t, err)
			crowdHashes = append(crowdHashes, hs...)
		}
	}
	queueWave(0)
	startBlock, err := d.L1.Client.BlockNumber(ctx)
	check(t, err)
	user := devnet.DevAddress(userKey)
	nonce, err := env.L1.PendingNonceAt(ctx, user)
	check(t, err)
	done := withdrawAsync(env)
	var res withdrawResult
	w := 1
	for ; waitPending(t, d, user, nonce, done, &res); w++ {
		nonce++
		check(t, d.L1.Mine(ctx, 1))
		if w < waves {
			queueWave(w)
		}
	}
	// The rest of the crowd, a wave per block.
	for ; w < waves; w++ {
		check(t, d.L1.Mine(ctx, 1))
		queueWave(w)
	}
	check(t, d.L1.Mine(ctx, 1))
	check(t, d.L1.Automine(ctx, true))
	if res.err != nil {
		t.Fatalf("escape's withdrawal failed in the crowd: %v\n%s", res.err, out)
	}
	e := res.e
	dep := e.MinedTx("deposit")
	if dep == nil || e.OP.L2DepositHash == (common.Hash{}) {
		t.Fatalf("no successful deposit recorded: %+v", e.TxsFor("deposit"))
	}
	attempts := len(e.TxsFor("deposit"))
	if attempts < 2 || e.TxsFor("deposit")[0].State != record.TxReverted {
		t.Fatalf("escape's first deposit was not ordered after the crowd (%d attempts): the crowd did not spend its block's budget", attempts)
	}
	bound := shownBound(t, out.String())
	paid := paidForDeposits(t, d, e)
	if paid.Cmp(bound) > 0 {
		t.Fatalf("escape paid %s wei over %d attempts, more than the %s wei it showed", paid, attempts, bound)
	}
	// The crowd was really there: 400 deposits from 400 accounts mined in
	// the L1 blocks of the crowd, whose budgets they spent, and escape's
	// deposit among them.
	var crowdIn, crowdOK, crowdReverted int
	lastCrowdBlock := startBlock
	for _, h := range crowdHashes {
		r, err := d.L1.Client.TransactionReceipt(ctx, h)
		for tries := 0; err != nil && tries < 20; tries++ {
			check(t, d.L1.Mine(ctx, 1)) // the rest of the crowd is still in the pool
			r, err = d.L1.Client.TransactionReceipt(ctx, h)
		}
		check(t, err)
		if b := r.BlockNumber.Uint64(); b > lastCrowdBlock {
			lastCrowdBlock = b
		}
		crowdIn++
		if r.Status == types.ReceiptStatusSuccessful {
			crowdOK++
		} else {
			crowdReverted++
		}
	}
	if crowdIn < 300 {
		t.Fatalf("only %d of the %d crowd deposits were mined: no crowd to speak of", crowdIn, crowd)
	}
	t.Logf("crowd: %d deposits from %d accounts over %d L1 blocks from block %d: %d succeeded, %d reverted (budget spent or out of L1 gas); escape's deposit in block %d after %d attempt(s)",
		crowd, crowd, waves, startBlock+1, crowdOK, crowdReverted, dep.Block, attempts)
	for b := startBlock + 1; b <= lastCrowdBlock; b++ {
		blk, err := d.L1.Client.BlockByNumber(ctx, new(big.Int).SetUint64(b))
		check(t, err)
		var ok, reverted int
		for _, tx := range blk.Transactions() {
			r, err := d.L1.Client.TransactionReceipt(ctx, tx.Hash())
			check(t, err)
			if r.Status == types.ReceiptStatusSuccessful {
				ok++
			} else {
				reverted++
			}
		}
		t.Logf("L1 block %d: %d transactions (%d ok, %d reverted), %d gas used of %d, L1 base fee %s wei", b, len(blk.Transactions()), ok, reverted, blk.GasUsed(), blk.GasLimit(), blk.BaseFee())
	}
	// Each attempt went into the block after the one before it, the case
	// the figures shown assume: two attempts cost no more than the "Next
	// block full" line said.
	m := nextFullRE.FindStringSubmatch(out.String())
	if m == nil {
		t.Fatalf("the summary shows no cost for a full next block:\n%s", out)
	}
	nextFull := m[1] + " ETH"
	if attempts == 2 && paid.Cmp(ethAmount(t, m[1])) > 0 {
		t.Fatalf("two attempts paid %s wei, more than the %s shown for a full next block", paid, nextFull)
	}
	t.Logf("escape: %d attempt(s); paid %s ETH on L1; shown: %s if the next block is full, bound of all attempts %s ETH", attempts, weiETH(paid), nextFull, weiETH(bound))

	// The L2 runs the deposits, the crowd's and escape's: the withdrawal
	// is on its way (a game must cover it next).
	included, err := d.RelayDeposits(ctx)
	check(t, err)
	st, err := (&Stack{}).Status(ctx, env, e)
	mustStage(t, st, err, escape.StageWaitingState)
	t.Logf("the L2 ran %d deposits; escape's withdrawal is %s", len(included), st.Stage)
}

// A deposit ordered after a crowd that spent its L1 block's budget is mined
// and reverts with OutOfGas(). Here withdraw stops after that first attempt
// (depositAttempts 1, as when the process is killed before its retry):
// `escape next` sees why from the portal's params() at that block and sends
// the deposit again, after a new confirmation, in a later block; the record
// keeps both.
func TestNextRetriesDepositAfterSpentBudget(t *testing.T) {
	defer func(n int) { depositAttempts = n }(depositAttempts)
	depositAttempts = 1
	ctx := context.Background()
	d, n := newOPNet(t, devnet.OPOptions{})
	env, out := testEnv(t, d, n, userKey)
	user := devnet.DevAddress(userKey)
	// 99 deposits leave room for escape's in the pending block, so its
	// simulation passes ...
	_, err := d.QueueCrowdDeposits(ctx, 0, 99, ethWithdrawalL2Gas, 1)
	check(t, err)
	nonce, err := env.L1.PendingNonceAt(ctx, user)
	check(t, err)
	done := withdrawAsync(env)
	var res withdrawResult
	if !waitPending(t, d, user, nonce, done, &res) {
		t.Fatalf("withdraw returned before its deposit reached the pool: %v\n%s", res.err, out)
	}
	// ... then two more with a higher tip go first and spend the budget.
	_, err = d.QueueCrowdDeposits(ctx, 100, 2, ethWithdrawalL2Gas, 5)
	check(t, err)
	check(t, d.L1.Mine(ctx, 1))
	check(t, d.L1.Automine(ctx, true))
	res = <-done
	if escape.CodeOf(res.err) != "tx-reverted" || res.e == nil {
		t.Fatalf("want the deposit reverted (ordered after the crowd), got %v", res.err)
	}
	e := res.e
	if deps := e.TxsFor("deposit"); len(deps) != 1 || deps[0].State != record.TxReverted {
		t.Fatalf("want one reverted deposit, got %+v", deps)
	}
	_, err = (&Stack{}).Next(ctx, env, e)
	check(t, err)
	deps := e.TxsFor("deposit")
	if len(deps) != 2 || deps[1].State != record.TxMined || deps[1].Block <= deps[0].Block {
		t.Fatalf("want the reverted deposit and a new one mined later, got %+v", deps)
	}
	if e.OP.L2DepositHash == (common.Hash{}) {
		t.Fatal("the retried deposit's L2 hash was not recorded")
	}
}

func weiETH(w *big.Int) string {
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(w), big.NewFloat(params.Ether)).Float64()
	return big.NewFloat(f).Text('f', 9)
}

// A deposit that waited past the blocks its L1 gas limit was priced for
// (a crowd raised the deposit price meanwhile) runs out of L1 gas in the
// portal's burn and reverts in a block whose budget is not spent. `escape
// next` sees it used its whole gas limit and sends the deposit again,
// priced from the market now and confirmed, rather than saying to start a
// new withdrawal; the record keeps both.
func TestNextRetriesDepositOutOfL1Gas(t *testing.T) {
	ctx := context.Background()
	d, n := newOPNet(t, devnet.OPOptions{})
	env, out := testEnv(t, d, n, userKey)
	c, err := load(ctx, env)
	check(t, err)
	user := devnet.DevAddress(userKey)
	amount := ether(0.1)
	call, err := passerABI().Pack("initiateWithdrawal", user, big.NewInt(l1CallGas), []byte{})
	check(t, err)
	input, err := portal2ABI().Pack("depositTransaction", MessagePasser, amount, uint64(ethWithdrawalL2Gas), false, call)
	check(t, err)
	est, err := env.L1.EstimateGas(ctx, ethereum.CallMsg{From: user, To: &c.portal, Data: input})
	check(t, err)
	// Signed as escape would, with a gas limit the burn outgrows (here
	// short of the quiet price, as a deposit that met a crowd's).
	chainID, err := env.L1.ChainID(ctx)
	check(t, err)
	nonce, err := env.L1.PendingNonceAt(ctx, user)
	check(t, err)
	gas := est - 60_000
	signed, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9),
		Gas: gas, To: &c.portal, Data: input}), types.LatestSignerForChainID(chainID), devnet.DevKey(userKey))
	check(t, err)
	check(t, env.L1.SendTransaction(ctx, signed))
	r, err := devnet.WaitReceipt(ctx, d.L1.Client, signed.Hash())
	check(t, err)
	if r.Status != types.ReceiptStatusFailed {
		t.Fatalf("the short deposit did not revert (used %d of %d)", r.GasUsed, gas)
	}
	raw, err := signed.MarshalBinary()
	check(t, err)
	recipient := user
	e := &record.Escape{Network: n.Name, Stack: escape.StackOP, Kind: "withdraw-eth", L1ChainID: n.L1ChainID, L2ChainID: n.L2ChainID,
		From: user, Recipient: &recipient, Amount: amount.String(), OP: &record.OPState{Portal: c.portal, L2GasLimit: ethWithdrawalL2Gas}}
	check(t, env.Store.Create(e))
	e.Txs = append(e.Txs, &record.Tx{Step: "deposit", ChainID: n.L1ChainID, Hash: signed.Hash(), Raw: raw, From: user, To: &c.portal, Nonce: nonce,
		Value: "0", GasLimit: gas, State: record.TxReverted, Block: r.BlockNumber.Uint64(), GasUsed: r.GasUsed})
	check(t, env.Store.Save(e))

	_, err = (&Stack{}).Next(ctx, env, e)
	if err != nil {
		t.Fatalf("next: %v\n%s", err, out)
	}
	deps := e.TxsFor("deposit")
	if len(deps) != 2 || deps[1].State != record.TxMined || e.OP.L2DepositHash == (common.Hash{}) {
		t.Fatalf("want the reverted deposit and a new one mined, got %+v\n%s", deps, out)
	}
	if !strings.Contains(out.String(), "ran out of L1 gas") {
		t.Errorf("the summary does not say why it sends the deposit again:\n%s", out)
	}
	t.Logf("the short deposit used %d of its %d L1 gas (estimate %d); sent again with %d", r.GasUsed, gas, est, deps[1].GasLimit)
}
