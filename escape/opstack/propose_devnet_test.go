package opstack

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/internal/devnet"
)

// proposerPaceSeconds is the devnet proposer's pace before it stops.
const proposerPaceSeconds = 600

// With the proposer stopped and the permissionless FaultDisputeGame (type 0)
// respected, escape proposes a game itself, then follows it: prove, resolve,
// finalize, and the bond back. The user's L1 balance ends at the start plus
// the withdrawal minus the fees actually paid, which stay within what the
// summaries showed.
func TestProposeWhenProposerStopped(t *testing.T) {
	ctx := context.Background()
	bond := ether(0.08)
	d, n := newOPNet(t, devnet.OPOptions{InitBond: bond})
	env, out := testEnv(t, d, n, userKey)
	s := &Stack{}
	user := devnet.DevAddress(userKey)
	_, err := d.ProposerHistory(ctx, 4, proposerPaceSeconds)
	check(t, err)
	start := l1Balance(t, d, user)
	e := startETH(t, d, env, user)

	// The proposer just posted: escape waits for it.
	st, err := s.Status(ctx, env, e)
	mustStage(t, st, err, escape.StageWaitingState)
	if st.Action != escape.ActionNone {
		t.Fatalf("offered %q while the proposer is on pace (%s)", st.Action, st.Facts["proposer"])
	}
	// The proposer stops.
	check(t, d.Warp(ctx, 5*proposerPaceSeconds))
	check(t, d.L2.Mine(ctx, 40)) // anvil's "safe" block trails its head by 32
	st, err = s.Status(ctx, env, e)
	mustStage(t, st, err, escape.StageWaitingState)
	if st.Action != escape.ActionPropose || !strings.Contains(st.Facts["permissionless"], "succeeds") {
		t.Fatalf("proposer stopped: action %q, next %q, facts %v", st.Action, st.Next, st.Facts)
	}
	// Without an L2 RPC: the permission is known, the claim is not.
	noL2 := *env
	noL2.L2 = nil
	st, err = s.Status(ctx, &noL2, e)
	mustStage(t, st, err, escape.StageWaitingState)
	if st.Action != escape.ActionNone || !strings.Contains(st.NeedsL2, "output root") || st.Facts["permissionless"] == "" {
		t.Fatalf("no L2 RPC: action %q, needs %q, facts %v", st.Action, st.NeedsL2, st.Facts)
	}
	st, err = s.Next(ctx, env, e)
	mustStage(t, st, err, escape.StageReadyToProve)
	p := e.OP.Proposal
	if p == nil || p.Game == (common.Address{}) || p.BondState != record.BondHeld || p.Bond.ToInt().Cmp(bond) != 0 {
		t.Fatalf("proposal not recorded: %+v", p)
	}
	for _, want := range []string{"Bond", "Game clock", "Finalize", "Bond back", "safe"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the propose summary lacks %q:\n%s", want, out)
		}
	}
	check(t, d.Warp(ctx, 1)) // the proof must come after the game's creation
	st, err = s.Next(ctx, env, e)
	mustStage(t, st, err, escape.StageWaitingFinalize)
	if e.OP.ProofGame != p.Game {
		t.Fatalf("proved against %s, want our game %s", e.OP.ProofGame, p.Game)
	}
	check(t, d.Warp(ctx, d.Opts.MaxClockDuration+1))
	st, err = s.Next(ctx, env, e) // resolves our game
	mustStage(t, st, err, escape.StageWaitingFinalize)
	if g, _ := d.GameStatus(ctx, p.Game); g != devnet.GameDefenderWins {
		t.Fatalf("our game's status %d after next, want DEFENDER_WINS", g)
	}
	check(t, d.Warp(ctx, waits(d)))
	st, err = s.Next(ctx, env, e) // finalizes
	if err != nil {
		t.Fatal(err)
	}
	st, err = s.Status(ctx, env, e)
	mustStage(t, st, err, escape.StageRecoveringBond)
	check(t, d.Warp(ctx, 302400+1)) // the devnet's DelayedWETH delay
	st, err = s.Status(ctx, env, e)
	mustStage(t, st, err, escape.StageRecoveringBond)
	if st.Action != escape.ActionClaimBond {
		t.Fatalf("bond due: action %q, waits %+v", st.Action, st.Waits)
	}
	st, err = s.Next(ctx, env, e)
	mustStage(t, st, err, escape.StageFinalized)
	if e.OP.Proposal.BondState != record.BondReturned {
		t.Fatalf("bond state %q", e.OP.Proposal.BondState)
	}

	// Balance: start + withdrawal - the fees of every transaction escape sent.
	paid, shown := new(big.Int), new(big.Int)
	for _, tx := range e.Txs {
		r, err := d.L1.Client.TransactionReceipt(ctx, tx.Hash)
		check(t, err)
		paid.Add(paid, new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice))
		maxFee, _ := new(big.Int).SetString(tx.MaxFee, 10)
		shown.Add(shown, new(big.Int).Mul(new(big.Int).SetUint64(tx.GasLimit), maxFee))
	}
	want := new(big.Int).Sub(new(big.Int).Add(start, ether(0.5)), paid)
	if got := l1Balance(t, d, user); got.Cmp(want) != 0 {
		t.Fatalf("user's L1 balance %s, want start %s + 0.5 ETH - fees %s = %s", got, start, paid, want)
	}
	if paid.Cmp(shown) > 0 {
		t.Fatalf("fees paid %s exceed the summaries' maximum %s", paid, shown)
	}
	t.Logf("%d transactions, fees paid %s wei (summaries' maximum %s wei)", len(e.Txs), paid, shown)
}

// With a permissioned respected type (PermissionedDisputeGame, type 1) and
// the proposer stopped, escape offers no proposal, and status says why and
// names the chain's fallback.
func TestNoProposalWhenPermissioned(t *testing.T) {
	ctx := context.Background()
	d, n := newOPNet(t, devnet.OPOptions{RespectedGameType: devnet.GameTypePermissioned})
	env, _ := testEnv(t, d, n, userKey)
	s := &Stack{}
	user := devnet.DevAddress(userKey)
	_, err := d.ProposerHistory(ctx, 3, proposerPaceSeconds)
	check(t, err)
	e := startETH(t, d, env, user)
	check(t, d.Warp(ctx, 5*proposerPaceSeconds))
	check(t, d.L2.Mine(ctx, 40)) // anvil's "safe" block trails its head by 32
	st, err := s.Status(ctx, env, e)
	mustStage(t, st, err, escape.StageWaitingState)
	if st.Action != escape.ActionNone || !strings.Contains(st.Facts["proposals"], "permissioned") ||
		!strings.Contains(st.Next, "cannot propose") || !strings.Contains(st.Next, "fallback") {
		t.Fatalf("permissioned: action %q, next %q, facts %v", st.Action, st.Next, st.Facts)
	}
	nonce := l1Nonce(t, d, user)
	st, err = s.Next(ctx, env, e)
	mustTooEarly(t, st, err, escape.StageWaitingState) // nothing the user may do
	if l1Nonce(t, d, user) != nonce {
		t.Fatal("next sent a transaction on a permissioned chain")
	}
	// The permission is read from L1 alone.
	noL2 := *env
	noL2.L2 = nil
	st, err = s.Status(ctx, &noL2, e)
	mustStage(t, st, err, escape.StageWaitingState)
	if !strings.Contains(st.Facts["proposals"], "permissioned") {
		t.Fatalf("permissioned, no L2 RPC: facts %v", st.Facts)
	}
}
