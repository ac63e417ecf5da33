package health_test

import (
	"strings"
	"testing"

	"github.com/l2escape/escape/escape/health"
	"github.com/l2escape/escape/internal/devnet"
)

func reasonText(r *health.Report, code string) string {
	for _, rs := range r.Reasons {
		if rs.Code == code {
			return rs.Text
		}
	}
	return ""
}

// The operators stop on a permissionless chain: games past their clock
// stay unresolved, and no new game comes for several of the proposer's
// intervals. health names both, each with the command to run.
func TestOPHealthOperatorsGone(t *testing.T) {
	ctx := testCtx(t)
	d := devnet.StartOPDevnetT(t, devnet.OPOptions{})
	net := d.NetworkFile("op-devnet")
	in := health.Input{Network: net, L1: dial(t, "L1", d.L1.URL, net.L1ChainID)}
	games, err := d.ProposerHistory(ctx, 4, 600)
	if err != nil {
		t.Fatal(err)
	}
	r := check(t, ctx, in)
	if reasonText(r, "proposer-stopped") != "" || r.OP.Operators == nil || r.OP.Operators.ProposerInterval < 590 || r.OP.Operators.ProposerInterval > 610 {
		t.Fatalf("proposer on pace: reasons %+v, operators %+v", r.Reasons, r.OP.Operators)
	}
	// The first three games' clocks ran out during the history; the last
	// one's has not.
	if got := len(r.OP.Operators.Unresolved); got != 3 || !strings.Contains(reasonText(r, "games-unresolved"), "escape next") {
		t.Fatalf("unresolved games: %d (want 3), reasons %+v", got, r.Reasons)
	}
	if err := d.Warp(ctx, 5*600); err != nil {
		t.Fatal(err)
	}
	r = check(t, ctx, in)
	text := reasonText(r, "proposer-stopped")
	if !strings.Contains(text, "Anyone may create") || !strings.Contains(text, "escape next") || r.OP.Operators.Permission != "permissionless" {
		t.Fatalf("proposer stopped: %q, operators %+v", text, r.OP.Operators)
	}
	if reasonText(r, "proposals-stalled") != "" || len(r.OP.Operators.Unresolved) != len(games) {
		t.Fatalf("reasons %+v", r.Reasons)
	}
}

// On a chain whose respected type is permissioned, the stopped proposer's
// verdict says the user cannot propose and names the chain's fallback.
func TestOPHealthProposerStoppedPermissioned(t *testing.T) {
	ctx := testCtx(t)
	d := devnet.StartOPDevnetT(t, devnet.OPOptions{RespectedGameType: devnet.GameTypePermissioned})
	net := d.NetworkFile("op-devnet")
	in := health.Input{Network: net, L1: dial(t, "L1", d.L1.URL, net.L1ChainID)}
	if _, err := d.ProposerHistory(ctx, 3, 600); err != nil {
		t.Fatal(err)
	}
	if err := d.Warp(ctx, 5*600); err != nil {
		t.Fatal(err)
	}
	r := check(t, ctx, in)
	text := reasonText(r, "proposer-stopped")
	if r.OP.Operators.Permission != "permissioned" || !strings.Contains(text, "you cannot propose") || !strings.Contains(text, "permissionless game type 0") {
		t.Fatalf("permissioned: %q, operators %+v", text, r.OP.Operators)
	}
}
