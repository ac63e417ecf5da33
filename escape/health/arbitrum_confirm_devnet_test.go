package health_test

import (
	"math/big"
	"strings"
	"testing"

	"github.com/l2escape/escape/escape/health"
	"github.com/l2escape/escape/internal/devnet"
)

// An assertion (node) left unconfirmed past its confirm period: degraded,
// "assertions-unconfirmed", saying who may confirm it and the command.
func TestArbitrumUnconfirmedPastPeriod(t *testing.T) {
	for name, legacy := range map[string]bool{"bold": false, "legacy": true} {
		t.Run(name, func(t *testing.T) {
			ctx := testCtx(t)
			d := devnet.NewArbDevnetT(t, devnet.ArbOptions{LegacyRollup: legacy})
			net := d.NetworkFile("arb-devnet")
			in := health.Input{Network: net, L1: dial(t, "L1", d.L1.URL, net.L1ChainID)}
			if _, err := d.DepositEth(ctx, devnet.DevKey(1), big.NewInt(1e18)); err != nil {
				t.Fatal(err)
			}
			if _, err := d.Sequence(ctx); err != nil {
				t.Fatal(err)
			}
			if _, err := d.Assert(ctx); err != nil {
				t.Fatal(err)
			}
			find := func(r *health.Report) *health.Reason {
				for i := range r.Reasons {
					if r.Reasons[i].Code == "assertions-unconfirmed" {
						return &r.Reasons[i]
					}
				}
				return nil
			}
			r := check(t, ctx, in)
			if find(r) != nil || r.Arbitrum.NextUnconfirmed == nil || r.Arbitrum.NextUnconfirmed.PastPeriod {
				t.Fatalf("within the period: %+v %+v", r.Reasons, r.Arbitrum.NextUnconfirmed)
			}
			if err := d.MineL1(ctx, d.Opts.ConfirmPeriodBlocks); err != nil {
				t.Fatal(err)
			}
			r = check(t, ctx, in)
			got := find(r)
			if got == nil || r.Verdict != health.Degraded || !strings.Contains(got.Text, "allow-listed validators") {
				t.Fatalf("past the period, allow-list on: %s %+v", r.Verdict, r.Reasons)
			}
			if err := d.SetValidatorWhitelistDisabled(ctx, true); err != nil {
				t.Fatal(err)
			}
			r = check(t, ctx, in)
			if got = find(r); got == nil || !strings.Contains(got.Text, "`escape next REF`") {
				t.Fatalf("past the period, allow-list off: %+v", r.Reasons)
			}
			t.Logf("%s", got.Text)
		})
	}
}
