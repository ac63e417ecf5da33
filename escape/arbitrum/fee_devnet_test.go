package arbitrum

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/internal/devnet"
)

// The signed L2 transaction carries the policy's max fee (above 3 × the
// base fee now: the spike floor), the summary shows the expected and the
// worst-case L2 cost, and a balance that cannot cover the headroom lowers
// it and says so.
func TestFeeHeadroomOnDevnet(t *testing.T) {
	ctx := context.Background()
	d, n := newArbNet(t, devnet.ArbOptions{DelayBlocks: 20})
	env, out := testEnv(t, d, n, "")
	s := New().(*Stack)
	head, err := d.L2.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	e, err := s.Withdraw(ctx, env, flow.WithdrawRequest{Amount: ether(0.5)})
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	fee := signedFee(t, e.Arb.L2SignedTx)
	floor := big.NewInt(defaultL2MinBaseFee * spikeFactor)
	three := new(big.Int).Mul(head.BaseFee, big.NewInt(3))
	if fee.Cmp(floor) < 0 || fee.Cmp(three) < 0 {
		t.Fatalf("max fee %s: under the spike floor %s or 3 × the base fee %s", fee, floor, three)
	}
	for _, want := range []string{"L2 cost expected", "L2 cost worst case", "headroom", "10 gwei"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
	t.Logf("base fee %s, max fee %s\n%s", head.BaseFee, fee, out)

	// Withdrawing nearly all of another account's balance: the headroom
	// shrinks to what is left, and the summary says so.
	env3, out3 := testEnv(t, d, n, "")
	env3.Pipeline.Keys.Env = devnet.DevKeyHex(3)
	bal, err := d.L2.Client.BalanceAt(ctx, devnet.DevAddress(3), nil)
	if err != nil {
		t.Fatal(err)
	}
	gas := uint64(50_000)
	keep := new(big.Int).Mul(big.NewInt(int64(gas)), big.NewInt(defaultL2MinBaseFee*spikeFactor/2)) // half the headroom
	value := new(big.Int).Sub(bal, keep)
	e3, err := s.Send(ctx, env3, flow.SendRequest{To: common.HexToAddress("0x1234"), Value: value, Gas: gas})
	if err != nil {
		t.Fatalf("%v\n%s", err, out3)
	}
	fee3 := signedFee(t, e3.Arb.L2SignedTx)
	if want := new(big.Int).Div(keep, big.NewInt(int64(gas))); fee3.Cmp(want) != 0 {
		t.Fatalf("limited max fee %s, want %s", fee3, want)
	}
	if !strings.Contains(out3.String(), "your L2 balance limits the max fee") {
		t.Errorf("no balance warning:\n%s", out3)
	}
}

func signedFee(t *testing.T, raw string) *big.Int {
	t.Helper()
	var tx types.Transaction
	if err := tx.UnmarshalBinary(common.FromHex(raw)); err != nil {
		t.Fatal(err)
	}
	return tx.GasFeeCap()
}
