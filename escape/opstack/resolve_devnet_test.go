package opstack

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/internal/devnet"
)

// provenAgainstUnresolved withdraws 0.5 ETH, has the harness propose a game
// covering it, proves through escape, and leaves the game's clock run out
// with nobody resolving it (the operators are gone).
func provenAgainstUnresolved(t *testing.T, counterClaims bool) (*devnet.OPDevnet, *Stack, func() (*escape.Status, error), func() (*escape.Status, error), common.Address) {
	t.Helper()
	ctx := context.Background()
	d, n := newOPNet(t, devnet.OPOptions{})
	env, _ := testEnv(t, d, n, userKey)
	s := &Stack{}
	e := startETH(t, d, env, devnet.DevAddress(7))
	game, _, err := d.ProposeGame(ctx, l2Head(t, d))
	check(t, err)
	st, err := s.Next(ctx, env, e)
	mustStage(t, st, err, escape.StageWaitingFinalize)
	if counterClaims {
		check(t, d.ChallengeGame(ctx, game))
		check(t, d.CounterChallenge(ctx, game, 1))
	}
	check(t, d.WaitOutGameClock(ctx, game))
	check(t, d.Warp(ctx, waits(d)))
	status := func() (*escape.Status, error) { return s.Status(ctx, env, e) }
	next := func() (*escape.Status, error) { return s.Next(ctx, env, e) }
	return d, s, status, next, game
}

// A game left unresolved by the operators past its clock: status says so
// and offers to resolve; next resolves it (resolveClaim, resolve) and,
// after the air-gap, the withdrawal finalizes.
func TestResolveUnresolvedGame(t *testing.T) {
	for _, tc := range []struct {
		name          string
		counterClaims bool
		wantTxs       int
	}{
		{"uncontested", false, 2},   // resolveClaim(0), resolve()
		{"counter-claims", true, 4}, // claims 2, 1, 0, then resolve()
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			d, _, status, next, game := provenAgainstUnresolved(t, tc.counterClaims)
			user := devnet.DevAddress(userKey)
			st, err := status()
			mustStage(t, st, err, escape.StageWaitingFinalize)
			if st.Action != escape.ActionResolve || !strings.Contains(st.Happened, "nobody has resolved it") {
				t.Fatalf("status of an unresolved game past its clock: action %q, happened %q", st.Action, st.Happened)
			}
			nonce := l1Nonce(t, d, user)
			st, err = next()
			mustStage(t, st, err, escape.StageWaitingFinalize)
			if sent := l1Nonce(t, d, user) - nonce; int(sent) != tc.wantTxs {
				t.Errorf("resolving took %d transactions, want %d", sent, tc.wantTxs)
			}
			if got, err := d.GameStatus(ctx, game); err != nil || got != devnet.GameDefenderWins {
				t.Fatalf("game status %d (%v) after escape resolved it, want DEFENDER_WINS", got, err)
			}
			if st.Facts["resolutionGasUsed"] == "" {
				t.Errorf("no resolution gas reported: %v", st.Facts)
			}
			check(t, d.Warp(ctx, waits(d)))
			before := l1Balance(t, d, devnet.DevAddress(7))
			st, err = next()
			mustStage(t, st, err, escape.StageFinalized)
			if got := new(big.Int).Sub(l1Balance(t, d, devnet.DevAddress(7)), before); got.Cmp(ether(0.5)) != 0 {
				t.Fatalf("recipient received %s, want 0.5 ETH", got)
			}
		})
	}
}

// A game whose root claim stands countered when the clock runs out is one
// the challenger wins: escape reports it and does not resolve it.
func TestChallengerWinsNotResolved(t *testing.T) {
	ctx := context.Background()
	d, n := newOPNet(t, devnet.OPOptions{})
	env, _ := testEnv(t, d, n, userKey)
	s := &Stack{}
	e := startETH(t, d, env, devnet.DevAddress(7))
	game, _, err := d.ProposeGame(ctx, l2Head(t, d))
	check(t, err)
	st, err := s.Next(ctx, env, e)
	mustStage(t, st, err, escape.StageWaitingFinalize)
	check(t, d.ChallengeGame(ctx, game))
	check(t, d.WaitOutGameClock(ctx, game))
	st, err = s.Status(ctx, env, e)
	if err != nil {
		t.Fatal(err)
	}
	if st.Action == escape.ActionResolve || !hasOverlay(st, "invalidated") || !strings.Contains(st.Facts["disputeGameOutcome"], "CHALLENGER_WINS") {
		t.Fatalf("a game the challenger wins: action %q, overlays %v, facts %v", st.Action, st.Overlays, st.Facts)
	}
	if got, _ := d.GameStatus(ctx, game); got != devnet.GameInProgress {
		t.Fatalf("status changed the game (status %d)", got)
	}
}
