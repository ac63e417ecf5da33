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
	if err != nil {
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
	if st, err = s.Status(ctx, env, e); err != nil || st.Action != actionConfirm || !strings.Contains(st.Next, "anyone may confirm") {
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
