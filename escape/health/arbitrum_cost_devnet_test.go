package health_test

import (
	"math/big"
	"strings"
	"testing"

	"github.com/l2escape/escape/escape/arbitrum/l2fee"
	"github.com/l2escape/escape/escape/health"
	"github.com/l2escape/escape/internal/devnet"
)

// health says what a forced withdrawal costs now (L1 from the head's base
// fee; L2 with an L2 RPC, at the max fee escape would sign) and how many
// delayed messages wait ahead of a new one.
func TestArbitrumHealthForcedCost(t *testing.T) {
	ctx := testCtx(t)
	d := devnet.NewArbDevnetT(t, devnet.ArbOptions{})
	net := d.NetworkFile("arb-devnet")
	in := health.Input{Network: net, L1: dial(t, "L1", d.L1.URL, net.L1ChainID)}
	for i := 0; i < 2; i++ {
		if _, err := d.DepositEth(ctx, devnet.DevKey(1), big.NewInt(1e18)); err != nil {
			t.Fatal(err)
		}
	}
	r := check(t, ctx, in)
	fc := r.Arbitrum.ForcedCost
	if fc == nil || fc.L1Fee == "0" || fc.L2MaxFee != "" {
		t.Fatalf("forced cost without L2: %+v", fc)
	}
	for _, want := range []string{"2 delayed message(s) wait", "costs now about", "--l2-rpc"} {
		if !strings.Contains(r.Forcing, want) {
			t.Errorf("forcing lacks %q: %s", want, r.Forcing)
		}
	}

	in.L2 = dial(t, "L2", d.L2.URL, net.L2ChainID)
	head, err := d.L2.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	r = check(t, ctx, in)
	fc = r.Arbitrum.ForcedCost
	want := l2fee.MaxFee(head.BaseFee, big.NewInt(l2fee.DefaultMinBaseFee))
	if fc == nil || fc.L2MaxFee != want.String() || !strings.Contains(r.Forcing, "of L2 gas") {
		t.Fatalf("forced cost with L2: %+v (want max fee %s)\n%s", fc, want, r.Forcing)
	}
	t.Log(r.Forcing)
}
