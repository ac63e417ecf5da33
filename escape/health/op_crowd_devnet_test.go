package health_test

import (
	"strings"
	"testing"

	"github.com/l2escape/escape/escape/health"
	"github.com/l2escape/escape/internal/devnet"
)

// health reads the portal's deposit market and says the doors are crowded
// once a crowd of forced withdrawals has filled an L1 block's budget.
func TestOPHealthCrowdedDeposits(t *testing.T) {
	ctx := testCtx(t)
	d := devnet.StartOPDevnetT(t, devnet.OPOptions{})
	net := d.NetworkFile("op-devnet")
	in := health.Input{Network: net, L1: dial(t, "L1", d.L1.URL, net.L1ChainID)}

	r := check(t, ctx, in)
	if r.OP.Deposits == nil || r.OP.Deposits.Crowded || r.OP.Deposits.MaxResourceLimit != 20_000_000 {
		t.Fatalf("quiet chain: deposits %+v", r.OP.Deposits)
	}
	if strings.Contains(r.Forcing, "crowded") {
		t.Errorf("quiet chain called crowded: %s", r.Forcing)
	}
	// What a forced withdrawal costs now: 200,000 L2 gas at the floor of
	// 1 gwei burn 200,000 L1 gas (the devnet's L1 base fee is under the
	// portal's 1 gwei divisor).
	if d := r.OP.Deposits; d.ForcedBurnGas != 200_000 || d.ForcedBurnFeeWei == "" || !strings.Contains(r.Forcing, "A forced ETH withdrawal costs now about") {
		t.Errorf("quiet chain: forced cost %+v\n%s", d, r.Forcing)
	}

	if _, err := d.CrowdBlock(ctx, 100, 200_000); err != nil {
		t.Fatal(err)
	}
	r = check(t, ctx, in)
	if r.OP.Deposits == nil || !r.OP.Deposits.Crowded || r.OP.Deposits.BoughtGas != 20_000_000 {
		t.Fatalf("after a full block: deposits %+v", r.OP.Deposits)
	}
	if !strings.Contains(r.Forcing, "crowded") || !strings.Contains(r.Forcing, "20000000 of its 20000000") {
		t.Errorf("after a full block, Forcing does not say the doors are crowded: %s", r.Forcing)
	}
	// A full block more than doubles the price: 2.125 gwei per L2 gas in
	// the next block, a burn of 425,000 L1 gas.
	if d := r.OP.Deposits; d.NextBaseFeeWei != "2125000000" || d.ForcedBurnGas != 425_000 || !strings.Contains(r.Forcing, "2.125 gwei per L2 gas") {
		t.Errorf("after a full block: forced cost %+v\n%s", d, r.Forcing)
	}
	t.Log(r.Forcing)
}
