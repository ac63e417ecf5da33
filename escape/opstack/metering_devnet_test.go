package opstack

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/l2escape/escape/escape/flow"
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

// With a crowd of 100 deposits pending, a simulation at the pending block
// reverts with ResourceMetering's OutOfGas() (anvil estimates there): that
// block's deposit budget is spent, not the user's L1 gas. escape no longer
// refuses: it signs the deposit for a later block, with an L1 gas limit for
// the price after a full block, and it is mined there.
func TestDepositSentPastAFullPendingBlock(t *testing.T) {
	ctx := context.Background()
	d, n := newOPNet(t, devnet.OPOptions{})
	env, out := testEnv(t, d, n, userKey)
	_, err := d.QueueCrowdDeposits(ctx, 0, 100, ethWithdrawalL2Gas, 1)
	check(t, err)
	user := devnet.DevAddress(userKey)
	nonce, err := env.L1.PendingNonceAt(ctx, user)
	check(t, err)
	done := withdrawAsync(env)
	// A block is mined once escape's attempt is in the pool with the crowd
	// (not on a clock, which a loaded machine would outrun).
	var res withdrawResult
	for waitPending(t, d, user, nonce, done, &res) {
		nonce++
		check(t, d.L1.Mine(ctx, 1))
	}
	check(t, d.L1.Automine(ctx, true))
	if res.err != nil {
		t.Fatalf("withdraw with a full pending block: %v\n%s", res.err, out)
	}
	if dep := res.e.MinedTx("deposit"); dep == nil {
		t.Fatalf("the deposit was not mined: %+v", res.e.TxsFor("deposit"))
	}
	if n := len(res.e.TxsFor("deposit")); n > 2 {
		t.Fatalf("%d attempts for one full block", n)
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
