package arbitrum

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/internal/devnet"
)

// TestVerifyL2ChainIDAgainstRollup: a network file claiming Arbitrum One's
// chain id (42161) for the devnet's rollup fails verify on Rollup.chainId(),
// and a withdrawal refuses before anything is signed. The devnet's rollup
// stand-in records the chain id as RollupCore does.
func TestVerifyL2ChainIDAgainstRollup(t *testing.T) {
	ctx := context.Background()
	// The legacy stand-in records it too (nitro-contracts 1.x/2.x RollupCore
	// has the same getter); one devnet is enough to run the check.
	art, err := devnet.LoadArbArtifacts()
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := art.LegacyRollup.ABI.Methods["chainId"]; !ok {
		t.Fatal("the legacy rollup stand-in has no chainId()")
	}
	for _, legacy := range []bool{false} {
		d := devnet.NewArbDevnetT(t, devnet.ArbOptions{LegacyRollup: legacy})
		n := d.NetworkFile("arb-devnet")
		env, _ := testEnv(t, d, n, "")
		r, err := New().Verify(ctx, env)
		if err != nil || !r.OK() {
			t.Fatalf("legacy=%v: honest file: %+v %v", legacy, r, err)
		}
		if !checkNames(r.Checks)["Rollup.chainId()"] {
			t.Fatalf("legacy=%v: no chain id check: %+v", legacy, r.Checks)
		}

		lying := d.NetworkFile("arb-devnet")
		lying.L2ChainID = 42161
		// Without an L2 RPC (which would answer 412346): the file alone must
		// be caught on L1.
		l2 := d.L2
		d.L2 = nil
		lyingEnv, _ := testEnv(t, d, lying, "")
		d.L2 = l2
		r, err = New().Verify(ctx, lyingEnv)
		if err != nil || r.OK() {
			t.Fatalf("legacy=%v: a file claiming chain 42161 passed verify: %+v %v", legacy, r, err)
		}
		f := r.Failed()
		if len(f) != 1 || f[0].Name != "Rollup.chainId()" || f[0].Want != "42161" || f[0].Got != "412346" {
			t.Fatalf("legacy=%v: failed checks %+v", legacy, f)
		}
		if _, err := New().Withdraw(ctx, lyingEnv, flow.WithdrawRequest{Amount: big.NewInt(1)}); code(err) != "verify-failed" || !strings.Contains(err.Error(), "Rollup.chainId() is 412346, expected 42161") {
			t.Fatalf("legacy=%v: withdraw on the lying file: %v", legacy, err)
		}
	}
}
