package arbitrum

import (
	"context"
	"strings"
	"testing"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/internal/devnet"
)

// Two forced withdrawals of one account in flight (issue #9): A takes
// nonce n, B nonce n+1. `escape next B` force-includes B (and with it A)
// before any L2 node has run either: the account is still at nonce n. B is
// pending, waiting for nonce n, never "dropped"; once the L2 runs A then B,
// both execute on the Outbox. A record saved as dropped by an older escape
// is read again and recovered.
func TestTwoInFlightSecondForcedFirst(t *testing.T) {
	ctx := context.Background()
	d, n := newArbNet(t, devnet.ArbOptions{DelayBlocks: 20})
	env, out := testEnv(t, d, n, "")
	s := New().(*Stack)
	ea, err := s.Withdraw(ctx, env, flow.WithdrawRequest{Amount: ether(0.1)})
	if err != nil {
		t.Fatalf("withdraw A: %v\n%s", err, out)
	}
	eb, err := s.Withdraw(ctx, env, flow.WithdrawRequest{Amount: ether(0.2)})
	if err != nil {
		t.Fatalf("withdraw B: %v\n%s", err, out)
	}
	if eb.Arb.L2Nonce != ea.Arb.L2Nonce+1 || eb.Arb.Message.Index <= ea.Arb.Message.Index {
		t.Fatalf("A nonce %d message %d, B nonce %d message %d", ea.Arb.L2Nonce, ea.Arb.Message.Index, eb.Arb.L2Nonce, eb.Arb.Message.Index)
	}
	if err := d.MineL1(ctx, 25); err != nil {
		t.Fatal(err)
	}
	st, err := s.Next(ctx, env, eb)
	if err != nil {
		t.Fatalf("next B: %v\n%s", err, out)
	}
	if eb.MinedTx("force-include") == nil {
		t.Fatal("B was not force-included")
	}
	// The L2 has run neither A nor B yet.
	if eb.Arb.L2Outcome == "dropped" || st.Stage == escape.StageL2Failed {
		t.Fatalf("B marked %q (%s) while A has not run: %s / %s", eb.Arb.L2Outcome, eb.Arb.L2Reason, st.Happened, st.Do)
	}
	wantNonce := u64s(ea.Arb.L2Nonce)
	if len(st.Waits) != 1 || !strings.Contains(st.Waits[0].What, "nonce "+wantNonce) || !strings.Contains(st.Next, "pending") {
		t.Fatalf("B's status does not say it waits for nonce %s: waits %+v, next %q", wantNonce, st.Waits, st.Next)
	}
	if st.Facts["waitsForEscape"] != ea.ID || !strings.Contains(st.Do, "Nothing to do: escape "+ea.ID) {
		t.Fatalf("B's status does not name escape A (%s): %q", ea.ID, st.Do)
	}
	t.Logf("B before the L2 ran: %s %s", st.Next, st.Do)
	saved, err := env.Store.Load(eb.ID)
	if err != nil || saved.Arb.L2Outcome != "" {
		t.Fatalf("saved B: %v, outcome %q", err, saved.Arb.L2Outcome)
	}
	// A record an older escape saved as dropped at this point.
	old, err := env.Store.Load(eb.ID)
	if err != nil {
		t.Fatal(err)
	}
	old.Arb.L2Outcome, old.Arb.L2Reason = "dropped", "its nonce 1 is ahead of the account's nonce 0"

	// A node derives the chain from L1: A runs, then B.
	ran, err := d.ExecuteForceIncluded(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range ran {
		if x.Dropped {
			t.Fatalf("devnet L2 dropped message %d: %s", x.Message.Index, x.Reason)
		}
	}
	for name, e := range map[string]*struct{ id string }{"A": {ea.ID}, "B": {eb.ID}} {
		rec, _ := env.Store.Load(e.id)
		st, err := s.Status(ctx, env, rec)
		if err != nil || st.Stage != escape.StageWaitingState || rec.Arb.Withdrawal == nil {
			t.Fatalf("%s after the L2 ran: %+v %v", name, st, err)
		}
	}
	st, err = s.Status(ctx, env, old)
	if err != nil || old.Arb.L2Outcome != "executed" || st.Stage != escape.StageWaitingState {
		t.Fatalf("saved dropped outcome not read again: %q, %+v, %v", old.Arb.L2Outcome, st, err)
	}

	if _, err := d.AssertAndConfirm(ctx); err != nil {
		t.Fatal(err)
	}
	for name, id := range map[string]string{"A": ea.ID, "B": eb.ID} {
		rec, _ := env.Store.Load(id)
		st, err := s.Next(ctx, env, rec)
		if err != nil || st.Stage != escape.StageFinalized {
			t.Fatalf("execute %s: %v %+v\n%s", name, err, st, out)
		}
	}
}
