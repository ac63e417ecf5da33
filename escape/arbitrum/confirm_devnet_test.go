package arbitrum

import (
	"context"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/internal/devnet"
)

// Issue #11: the validators posted assertions covering the withdrawal but
// never confirmed them. Past the confirm period, status says so; with the
// validator allow-list on it says who can (and `escape next` sends
// nothing); paused, it says so; with the allow-list lifted `escape next`
// confirms both pending assertions in order (confirmAssertion / legacy
// confirmNextNode, arguments read from the creation events) and the Outbox
// pays the withdrawal. The rollup is the devnet's stand-in, whose
// confirmAssertion and confirmNextNode make the checks of nitro-contracts
// 3.2.0 and 2.1.3 RollupUserLogic (see standins/*.sol): the real BoLD
// rollup needs a stake token, an EdgeChallengeManager and one-step provers
// to deploy, and assertions a nitro node's state, which the devnet lacks.
func TestConfirmPastPeriod(t *testing.T) {
	for name, opts := range map[string]devnet.ArbOptions{
		"bold":   {DelayBlocks: 20, ConfirmPeriodBlocks: 15},
		"legacy": {DelayBlocks: 20, ConfirmPeriodBlocks: 15, LegacyRollup: true},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			testConfirmPastPeriod(t, opts)
		})
	}
}

func testConfirmPastPeriod(t *testing.T, opts devnet.ArbOptions) {
	ctx := context.Background()
	d, n := newArbNet(t, opts)
	// An assertion before our withdrawal: it has to be confirmed first.
	if _, err := d.Assert(ctx); err != nil {
		t.Fatal(err)
	}
	env, out := testEnv(t, d, n, "")
	s := New().(*Stack)
	recipient := common.HexToAddress("0x00000000000000000000000000000000000c0f1e")
	amount := ether(0.3)
	e, err := s.Withdraw(ctx, env, flow.WithdrawRequest{Amount: amount, To: &recipient})
	if err != nil {
		t.Fatalf("withdraw: %v\n%s", err, out)
	}
	if _, err := d.Sequence(ctx); err != nil {
		t.Fatal(err)
	}
	covering, err := d.Assert(ctx)
	if err != nil {
		t.Fatal(err)
	}
	st, err := s.Status(ctx, env, e)
	if err != nil || st.Stage != escape.StageWaitingFinalize || st.Action != escape.ActionNone {
		t.Fatalf("within the confirm period: %+v %v", st, err)
	}
	if err := d.MineL1(ctx, opts.ConfirmPeriodBlocks+1); err != nil {
		t.Fatal(err)
	}

	// Allow-list on: status says who can; next sends nothing.
	st, err = s.Next(ctx, env, e)
	if escape.CodeOf(err) != "too-early" || st == nil { // nothing the user may do yet
		t.Fatalf("next with the allow-list on: %v", err)
	}
	if st.Action != escape.ActionNone || !slices.Contains(st.Overlays, "unconfirmed-past-period") ||
		!strings.Contains(st.Happened, "nobody has confirmed it") || !strings.Contains(st.Next, "allow-listed validators") {
		t.Fatalf("allow-list on: action %q overlays %v\n%s\n%s", st.Action, st.Overlays, st.Happened, st.Next)
	}
	if len(e.Txs) != 1 {
		t.Fatalf("%d transactions recorded, want only the send-l2-message", len(e.Txs))
	}
	t.Logf("allow-list on: %s", st.Next)

	if err := d.SetValidatorWhitelistDisabled(ctx, true); err != nil {
		t.Fatal(err)
	}
	if err := d.PauseRollup(ctx); err != nil {
		t.Fatal(err)
	}
	if st, err = s.Status(ctx, env, e); err != nil || st.Action != escape.ActionNone || !strings.Contains(st.Next, "paused") {
		t.Fatalf("paused rollup: %+v %v", st, err)
	}
	if err := d.ResumeRollup(ctx); err != nil {
		t.Fatal(err)
	}

	// Allow-list lifted: next confirms both assertions, then executes.
	if st, err = s.Status(ctx, env, e); err != nil || st.Action != escape.ActionConfirm || !strings.Contains(st.Next, "anyone may confirm") {
		t.Fatalf("allow-list lifted: %+v %v", st, err)
	}
	before, err := d.L1.Client.BalanceAt(ctx, recipient, nil)
	if err != nil {
		t.Fatal(err)
	}
	st, err = s.Next(ctx, env, e)
	if err != nil {
		t.Fatalf("next: %v\n%s", err, out)
	}
	if st.Stage != escape.StageFinalized {
		t.Fatalf("after next: %s: %s", st.Stage, st.Happened)
	}
	confirms := 0
	for _, tx := range e.Txs {
		if strings.HasPrefix(tx.Step, "confirm-") {
			confirms++
		}
	}
	if confirms != 2 || e.MinedTx("execute") == nil {
		t.Fatalf("%d confirmations, execute %v; want 2 and 1", confirms, e.MinedTx("execute"))
	}
	if !strings.Contains(out.String(), "Confirm assertion") {
		t.Errorf("no confirmation summary shown:\n%s", out)
	}
	after, _ := d.L1.Client.BalanceAt(ctx, recipient, nil)
	if got := new(big.Int).Sub(after, before); got.Cmp(amount) != 0 {
		t.Fatalf("recipient got %s wei, want %s", got, amount)
	}
	d.MarkConfirmed(covering.Hash)
	t.Logf("%s", st.Happened)
}

// Issue #11: no assertion for longer than validators usually take. Status
// says whether the user may post one and the stake it takes (baseStake /
// legacy currentRequiredStake), and offers nothing.
func TestNoAssertionsStakeToAssert(t *testing.T) {
	for name, c := range map[string]struct {
		opts  devnet.ArbOptions
		stake string
	}{
		"bold":   {devnet.ArbOptions{DelayBlocks: 20}, "1000000000000000000 base units of the stake token"},
		"legacy": {devnet.ArbOptions{DelayBlocks: 20, LegacyRollup: true}, "1 ETH"},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			d, n := newArbNet(t, c.opts)
			env, out := testEnv(t, d, n, "")
			s := New().(*Stack)
			e, err := s.Withdraw(ctx, env, flow.WithdrawRequest{Amount: ether(0.1)})
			if err != nil {
				t.Fatalf("withdraw: %v\n%s", err, out)
			}
			if _, err := d.Sequence(ctx); err != nil {
				t.Fatal(err)
			}
			st, err := s.Status(ctx, env, e)
			if err != nil || st.Stage != escape.StageWaitingState || slices.Contains(st.Overlays, "no-new-assertions") {
				t.Fatalf("fresh: %+v %v", st, err)
			}
			if err := d.MineL1(ctx, usualAssertionBlocks); err != nil {
				t.Fatal(err)
			}
			st, err = s.Status(ctx, env, e)
			if err != nil || !slices.Contains(st.Overlays, "no-new-assertions") || !strings.Contains(st.Next, "you cannot post one") {
				t.Fatalf("stalled, allow-list on: %+v %v", st, err)
			}
			if err := d.SetValidatorWhitelistDisabled(ctx, true); err != nil {
				t.Fatal(err)
			}
			st, err = s.Next(ctx, env, e) // nothing escape does: too early (exit 3)
			if escape.CodeOf(err) != "too-early" || st == nil || st.Action != escape.ActionNone || !strings.Contains(st.Next, "Anyone may post an assertion by staking "+c.stake) {
				t.Fatalf("stalled, allow-list off: %+v %v", st, err)
			}
			if len(e.Txs) != 1 {
				t.Fatalf("%d transactions: escape must not stake", len(e.Txs))
			}
			t.Logf("%s", st.Next)
		})
	}
}

// The assertion after the latest confirmed one covers the withdrawal and is
// past its period, while a newer one is still in its period: escape
// confirms the first (enough for the Outbox) rather than waiting for the
// newer one.
func TestConfirmCoveringBeforeNewest(t *testing.T) {
	ctx := context.Background()
	opts := devnet.ArbOptions{DelayBlocks: 20, ConfirmPeriodBlocks: 15}
	d, n := newArbNet(t, opts)
	env, out := testEnv(t, d, n, "")
	s := New().(*Stack)
	e, err := s.Withdraw(ctx, env, flow.WithdrawRequest{Amount: ether(0.2)})
	if err != nil {
		t.Fatalf("withdraw: %v\n%s", err, out)
	}
	if _, err := d.Sequence(ctx); err != nil {
		t.Fatal(err)
	}
	first, err := d.Assert(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.MineL1(ctx, opts.ConfirmPeriodBlocks+1); err != nil {
		t.Fatal(err)
	}
	otherWithdrawals(t, d, 1)
	if _, err := d.Assert(ctx); err != nil {
		t.Fatal(err)
	}
	if err := d.SetValidatorWhitelistDisabled(ctx, true); err != nil {
		t.Fatal(err)
	}
	st, err := s.Status(ctx, env, e)
	if err != nil || st.Action != escape.ActionConfirm || st.Facts["coveringAssertion"] != first.Hash.Hex() {
		t.Fatalf("status: %+v %v", st, err)
	}
	// The validator wakes up and confirms first: escape's confirmation
	// reverts in simulation, and that is success, not an error.
	_, p, err := s.evaluate(ctx, env, e)
	if err != nil || p.confirm == nil {
		t.Fatalf("evaluate: %v, confirm %+v", err, p)
	}
	if _, err := d.Confirm(ctx); err != nil {
		t.Fatal(err)
	}
	if err := s.confirm(ctx, env, e, p); err != nil {
		t.Fatalf("confirm after the validator did: %v", err)
	}
	if !strings.Contains(out.String(), "confirmed by someone else") {
		t.Errorf("no word of the validator's confirmation:\n%s", out)
	}
	if st, err = s.Next(ctx, env, e); err != nil || st.Stage != escape.StageFinalized {
		t.Fatalf("next: %+v %v\n%s", st, err, out)
	}
	if n := len(e.TxsFor("confirm-assertion-" + first.Hash.Hex()[:18])); n != 0 {
		t.Fatalf("%d confirm transactions recorded after the simulation failed", n)
	}
}

// A rival assertion (a second child of the latest confirmed one) means a
// BoLD challenge: confirmAssertion needs the challenge's winning edge, so
// escape confirms nothing and says who decides.
func TestConfirmChallenged(t *testing.T) {
	ctx := context.Background()
	opts := devnet.ArbOptions{DelayBlocks: 20, ConfirmPeriodBlocks: 15}
	d, n := newArbNet(t, opts)
	env, out := testEnv(t, d, n, "")
	s := New().(*Stack)
	e, err := s.Withdraw(ctx, env, flow.WithdrawRequest{Amount: ether(0.2)})
	if err != nil {
		t.Fatalf("withdraw: %v\n%s", err, out)
	}
	if _, err := d.Sequence(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Assert(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := d.AssertRival(ctx); err != nil {
		t.Fatal(err)
	}
	if err := d.MineL1(ctx, opts.ConfirmPeriodBlocks+1); err != nil {
		t.Fatal(err)
	}
	if err := d.SetValidatorWhitelistDisabled(ctx, true); err != nil {
		t.Fatal(err)
	}
	st, err := s.Next(ctx, env, e) // only a validator may act: too early (exit 3)
	if escape.CodeOf(err) != "too-early" || st == nil || st.Action != escape.ActionNone || !strings.Contains(st.Next, "rival") || !slices.Contains(st.Overlays, "unconfirmed-past-period") {
		t.Fatalf("challenged: %+v %v", st, err)
	}
	if len(e.Txs) != 1 {
		t.Fatalf("%d transactions: nothing may be confirmed during a challenge", len(e.Txs))
	}
	t.Logf("%s", st.Next)
}
