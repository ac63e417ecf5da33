package arbitrum

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/units"
	"github.com/l2escape/escape/internal/devnet"
)

// The amount "max" picks passes the withdraw flow's balance check at the
// full policy's max fee: a dry run of it succeeds without lowering the max
// fee; one wei more lowers it (the balance no longer pays the policy's);
// one wei more than the balance pays at the lowest max fee the flow signs
// (3 × the base fee now) is refused.
func TestMaxWithdrawEthPassesTheBalanceCheckOnDevnet(t *testing.T) {
	ctx := context.Background()
	d, n := newArbNet(t, devnet.ArbOptions{DelayBlocks: 20})
	s := New().(*Stack)
	from := devnet.DevAddress(userKey)
	dryRun := func(amount *big.Int) (string, error) {
		env, out := testEnv(t, d, n, "")
		env.DryRun, env.Pipeline.DryRun = true, true
		_, err := s.Withdraw(ctx, env, flow.WithdrawRequest{Amount: amount})
		return out.String(), err
	}
	balance, err := d.L2.Client.BalanceAt(ctx, from, nil)
	if err != nil {
		t.Fatal(err)
	}
	env, _ := testEnv(t, d, n, "")
	m := MaxWithdrawEth(ctx, n, env.L2, from, balance)
	if m.Amount.Sign() <= 0 || new(big.Int).Add(m.Amount, m.Kept).Cmp(balance) != 0 {
		t.Fatalf("max %s + kept %s is not the balance %s", m.Amount, m.Kept, balance)
	}
	t.Logf("balance %s: max %s, kept %s (gas %d × max fee %s)", balance, m.Amount, m.Kept, m.Gas, m.MaxFee)

	out, err := dryRun(m.Amount)
	if err != nil {
		t.Fatalf("max refused: %v\n%s", err, out)
	}
	if strings.Contains(out, "limits the max fee") {
		t.Fatalf("max lowered the max fee:\n%s", out)
	}
	if want := "max fee " + units.Gwei(m.MaxFee); !strings.Contains(out, want) {
		t.Fatalf("the flow signs another max fee than %q:\n%s", want, out)
	}

	out, err = dryRun(new(big.Int).Add(m.Amount, big.NewInt(1)))
	if err != nil || !strings.Contains(out, "limits the max fee") {
		t.Fatalf("max + 1 wei: %v, max fee not lowered:\n%s", err, out)
	}

	head, err := d.L2.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	lowest := new(big.Int).Mul(head.BaseFee, big.NewInt(currentFactor))
	if lowest.Cmp(big.NewInt(defaultL2MinBaseFee*currentFactor)) < 0 {
		lowest.SetInt64(defaultL2MinBaseFee * currentFactor)
	}
	// The flow's own gas limit, with the recipient it will use (the sender).
	gas, _ := s.pickGas(ctx, env, from, l2Call{kind: "withdraw-eth", to: ArbSysAddress, value: m.Amount, data: pack(arbSysABI(), "withdrawEth", from)})
	if gas > m.Gas {
		t.Fatalf("the flow's gas limit %d is above the one max kept back for, %d", gas, m.Gas)
	}
	allowed := new(big.Int).Sub(balance, new(big.Int).Mul(new(big.Int).SetUint64(gas), lowest))
	if out, err := dryRun(allowed); err != nil {
		t.Fatalf("the most the balance pays for (%s) refused: %v\n%s", allowed, err, out)
	}
	out, err = dryRun(allowed.Add(allowed, big.NewInt(1)))
	if escape.CodeOf(err) != "insufficient-l2-balance" {
		t.Fatalf("one wei more than the balance pays for: %v (%s)\n%s", err, escape.CodeOf(err), out)
	}
}
