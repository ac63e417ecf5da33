package opstack

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/internal/devnet"
)

// crowdBlock mines one L1 block with count crowd deposits of 200,000 L2 gas
// (the devnet's budget is 20,000,000 per block: 100 fill it) and checks
// they all went through.
func crowdBlock(t *testing.T, d *devnet.OPDevnet, count int) {
	t.Helper()
	rs, err := d.CrowdBlock(context.Background(), count, ethWithdrawalL2Gas)
	check(t, err)
	for _, r := range rs {
		if r.Status != types.ReceiptStatusSuccessful || r.BlockNumber.Cmp(rs[0].BlockNumber) != 0 {
			t.Fatalf("crowd deposit %s: status %d in block %s (want all in block %s)", r.TxHash, r.Status, r.BlockNumber, rs[0].BlockNumber)
		}
	}
}

func portalParams(t *testing.T, env *flow.Env, c *contracts) (*big.Int, uint64, uint64) {
	t.Helper()
	out, err := call(context.Background(), env.L1, portal2ABI(), c.portal, "params")
	check(t, err)
	return out[0].(*big.Int), out[1].(uint64), out[2].(uint64)
}

// With a crowd of 100 deposits pending, the simulation (at the pending
// block) reverts with ResourceMetering's OutOfGas(): escape says it is the
// block's deposit budget, not a lack of L1 gas, and signs nothing. Once that
// block is mined, a simulation at the head still reverts, but the next block
// has a fresh budget: escape sends the deposit for it.
func TestDepositBudgetSpentSaysSo(t *testing.T) {
	ctx := context.Background()
	d, n := newOPNet(t, devnet.OPOptions{})
	env, _ := testEnv(t, d, n, userKey)
	_, err := d.QueueCrowdDeposits(ctx, 0, 100, ethWithdrawalL2Gas, 1)
	check(t, err)

	_, err = (&Stack{}).Withdraw(ctx, env, flow.WithdrawRequest{Amount: ether(0.1), AmountText: "0.1"})
	if escape.CodeOf(err) != "deposit-budget-spent" {
		t.Fatalf("want error deposit-budget-spent, got %v", err)
	}
	for _, want := range []string{"20000000", "next L1 block"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("the error does not say %q: %v", want, err)
		}
	}
	if !strings.Contains(escape.HintOf(err), "again") {
		t.Errorf("the hint does not say to run again: %q", escape.HintOf(err))
	}

	check(t, d.L1.Mine(ctx, 1))
	check(t, d.L1.Automine(ctx, true))
	e, err := (&Stack{}).Withdraw(ctx, env, flow.WithdrawRequest{Amount: ether(0.1), AmountText: "0.1"})
	if err != nil {
		t.Fatalf("in the block after the full one: %v", err)
	}
	if dep := e.MinedTx("deposit"); dep == nil {
		t.Fatalf("the deposit after the full block was not mined: %+v", e.TxsFor("deposit"))
	}
}

// The deposit price escape computes (metering.go, after
// ResourceMetering._metered) is the one the real portal charges: next
// block after a crowd that bought 12M L2 gas (more than the ~11.6M where a
// flat 50% margin ran out), and the worst case two blocks ahead after a
// full block, whose burn the L1 gas limit covers.
func TestDepositPriceMatchesPortal(t *testing.T) {
	ctx := context.Background()
	d, n := newOPNet(t, devnet.OPOptions{})
	env, out := testEnv(t, d, n, userKey)
	c, err := load(ctx, env)
	check(t, err)

	// Next block: escape's own withdrawal after a crowd of 60.
	crowdBlock(t, d, 60)
	m, err := readDepositMarket(ctx, env.L1, c)
	check(t, err)
	p := m.price(ethWithdrawalL2Gas)
	e, err := (&Stack{}).Withdraw(ctx, env, flow.WithdrawRequest{Amount: ether(0.1), AmountText: "0.1"})
	check(t, err)
	if !strings.Contains(out.String(), "Deposit price") {
		t.Errorf("the summary does not show the deposit price:\n%s", out)
	}
	fee, _, block := portalParams(t, env, c)
	if block != m.Head+1 || fee.Cmp(p.NextBaseFee) != 0 {
		t.Errorf("portal charged %s in block %d; predicted %s for block %d", fee, block, p.NextBaseFee, m.Head+1)
	}
	r, err := env.L1.TransactionReceipt(ctx, e.TxsFor("deposit")[0].Hash)
	check(t, err)
	if r.GasUsed < p.ExpectedBurn || r.GasUsed > p.ExpectedBurn+150_000 {
		t.Errorf("deposit used %d L1 gas; predicted burn %d (plus at most 150,000 of work)", r.GasUsed, p.ExpectedBurn)
	}
	t.Logf("next block: deposit base fee %s, predicted burn %d, L1 gas used %d", fee, p.ExpectedBurn, r.GasUsed)

	// Worst case: priced now, a full block in between, mined two blocks on.
	key := devnet.DevKey(6)
	from := devnet.DevAddress(6)
	input, err := portal2ABI().Pack("depositTransaction", from, new(big.Int), uint64(ethWithdrawalL2Gas), false, []byte{})
	check(t, err)
	m, err = readDepositMarket(ctx, env.L1, c)
	check(t, err)
	p = m.price(ethWithdrawalL2Gas)
	est, err := env.L1.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &c.portal, Data: input})
	check(t, err)
	limit := depositGasLimit(est, m, p, ethWithdrawalL2Gas)
	crowdBlock(t, d, 100)
	r = sendDeposit(t, d, env, c, key, input, limit)
	fee, _, block = portalParams(t, env, c)
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("the deposit after a full block ran out of its L1 gas limit %d (estimate %d)", limit, est)
	}
	if block != m.Head+2 || fee.Cmp(p.WorstBaseFee) != 0 {
		t.Errorf("portal charged %s in block %d; predicted worst case %s for block %d", fee, block, p.WorstBaseFee, m.Head+2)
	}
	if r.GasUsed <= est*3/2 {
		t.Errorf("deposit used %d L1 gas, within the old flat 50%% margin on %d: the crowd did not raise the price", r.GasUsed, est)
	}
	t.Logf("worst case: deposit base fee %s, predicted worst burn %d, L1 gas used %d, limit %d, estimate %d", fee, p.WorstBurn, r.GasUsed, limit, est)
}

// sendDeposit signs input to the portal with a fixed L1 gas limit (no
// estimate, which could not see a crowd mined after it) and waits.
func sendDeposit(t *testing.T, d *devnet.OPDevnet, env *flow.Env, c *contracts, key *ecdsa.PrivateKey, input []byte, gas uint64) *types.Receipt {
	t.Helper()
	ctx := context.Background()
	chainID, err := env.L1.ChainID(ctx)
	check(t, err)
	nonce, err := env.L1.PendingNonceAt(ctx, crypto.PubkeyToAddress(key.PublicKey))
	check(t, err)
	tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9),
		Gas: gas, To: &c.portal, Data: input}), types.LatestSignerForChainID(chainID), key)
	check(t, err)
	check(t, env.L1.SendTransaction(ctx, tx))
	r, err := devnet.WaitReceipt(ctx, d.L1.Client, tx.Hash())
	check(t, err)
	return r
}

// After blocks without deposits the price decays by (1-1/8) per empty
// block (Arithmetic.cdexp with solmate's powWad on chain, a float here):
// the prediction is within a part in a billion.
func TestDepositPriceAfterEmptyBlocks(t *testing.T) {
	ctx := context.Background()
	d, n := newOPNet(t, devnet.OPOptions{})
	env, _ := testEnv(t, d, n, userKey)
	c, err := load(ctx, env)
	check(t, err)
	crowdBlock(t, d, 100)
	crowdBlock(t, d, 100)
	check(t, d.L1.Mine(ctx, 3))
	m, err := readDepositMarket(ctx, env.L1, c)
	check(t, err)
	p := m.price(ethWithdrawalL2Gas)
	key := devnet.DevKey(6)
	input, err := portal2ABI().Pack("depositTransaction", devnet.DevAddress(6), new(big.Int), uint64(ethWithdrawalL2Gas), false, []byte{})
	check(t, err)
	r := sendDeposit(t, d, env, c, key, input, 2_000_000)
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("deposit reverted")
	}
	fee, _, block := portalParams(t, env, c)
	diff := new(big.Int).Sub(fee, p.NextBaseFee)
	diff.Abs(diff).Mul(diff, big.NewInt(1e9))
	if block != m.Head+1 || diff.Cmp(fee) > 0 {
		t.Errorf("portal charged %s in block %d; predicted %s for block %d", fee, block, p.NextBaseFee, m.Head+1)
	}
	if m.Head+1-m.PrevBlockNum < 4 {
		t.Errorf("the portal's last deposit block %d is not 4 blocks before %d: no empty blocks tested", m.PrevBlockNum, m.Head+1)
	}
	t.Logf("after 3 empty blocks: charged %s, predicted %s", fee, p.NextBaseFee)
}

// A deposit ordered after a crowd that spent its L1 block's budget is mined
// and reverts with OutOfGas(); `escape next` sees why from the portal's
// params() at that block and sends it again in a later block, keeping both
// transactions in the record.
func TestNextRetriesDepositAfterSpentBudget(t *testing.T) {
	ctx := context.Background()
	d, n := newOPNet(t, devnet.OPOptions{})
	env, _ := testEnv(t, d, n, userKey)
	user := devnet.DevAddress(userKey)
	// 99 deposits leave room for escape's in the pending block, so its
	// simulation passes ...
	_, err := d.QueueCrowdDeposits(ctx, 0, 99, ethWithdrawalL2Gas, 1)
	check(t, err)
	nonce, err := env.L1.PendingNonceAt(ctx, user)
	check(t, err)

	type result struct {
		e   *record.Escape
		err error
	}
	done := make(chan result, 1)
	go func() {
		e, err := (&Stack{}).Withdraw(ctx, env, flow.WithdrawRequest{Amount: ether(0.1), AmountText: "0.1"})
		done <- result{e, err}
	}()
	// Mine the crowd and escape's deposit together once it is in the pool.
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		pending, err := env.L1.PendingNonceAt(ctx, user)
		check(t, err)
		if pending > nonce {
			break
		}
		select {
		case r := <-done:
			t.Fatalf("withdraw returned before its deposit was mined: %v", r.err)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatal("escape's deposit never reached the pool")
		}
	}
	// ... then two more with a higher tip go first and spend the budget.
	_, err = d.QueueCrowdDeposits(ctx, 100, 2, ethWithdrawalL2Gas, 5)
	check(t, err)
	check(t, d.L1.Mine(ctx, 1))
	check(t, d.L1.Automine(ctx, true))
	res := <-done
	if res.e == nil {
		t.Fatalf("no escape recorded: %v", res.err)
	}
	e := res.e
	deps := e.TxsFor("deposit")
	if len(deps) != 1 || deps[0].State != record.TxReverted {
		t.Fatalf("want one reverted deposit (ordered after the crowd), got %+v (withdraw said %v)", deps, res.err)
	}

	_, err = (&Stack{}).Next(ctx, env, e)
	check(t, err)
	deps = e.TxsFor("deposit")
	if len(deps) != 2 || deps[1].State != record.TxMined || deps[1].Block <= deps[0].Block {
		t.Fatalf("want the reverted deposit and a new one mined later, got %+v", deps)
	}
	if e.OP.L2DepositHash == (common.Hash{}) {
		t.Fatal("the retried deposit's L2 hash was not recorded")
	}
}
