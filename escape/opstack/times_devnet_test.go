package opstack

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/internal/devnet"
)

// mineL1At mines one L1 block with exactly this timestamp and returns its number.
func mineL1At(t *testing.T, d *devnet.OPDevnet, ts uint64) *big.Int {
	t.Helper()
	ctx := context.Background()
	check(t, d.L1.RPC.CallContext(ctx, nil, "evm_mine", ts))
	h, err := d.L1.Client.HeaderByNumber(ctx, nil)
	check(t, err)
	if h.Time != ts {
		t.Fatalf("mined block at %d, want %d", h.Time, ts)
	}
	return h.Number
}

// portalAccepts asks the portal, at one L1 block, whether the withdrawal
// can be finalized with the user's proof (checkWithdrawal passes).
func portalAccepts(t *testing.T, d *devnet.OPDevnet, e *record.Escape, block *big.Int) bool {
	t.Helper()
	data := sel("checkWithdrawal(bytes32,address)", e.OP.WithdrawalHash.Bytes(), e.From.Bytes())
	_, err := d.L1.Client.CallContract(context.Background(), ethereum.CallMsg{To: &e.OP.Portal, Data: data}, block)
	return err == nil
}

func waitNamed(st *escape.Status, prefix string) *escape.Wait {
	for i := range st.Waits {
		if len(st.Waits[i].What) >= len(prefix) && st.Waits[i].What[:len(prefix)] == prefix {
			return &st.Waits[i]
		}
	}
	return nil
}

// Each wait's "until" is the first second the contracts accept (checked
// against the real 0.17.3 OptimismPortal2 3.10.0 at the second before and
// the second itself), waits already over are not listed, and while the game
// is unresolved the status still gives one "finalize not before" time. The
// waiting-l2 deadline counts from the L1 head.
func TestWaitsEndWhenTheContractAccepts(t *testing.T) {
	for _, tc := range []struct {
		name              string
		opts              devnet.OPOptions
		last, alreadyOver string // the wait that ends last, and one over by then
	}{
		{"maturity", devnet.OPOptions{ProofMaturityDelay: 600}, "proof maturity", "finality air-gap"},
		{"air-gap", devnet.OPOptions{DisputeGameFinalityDelay: 600}, "finality air-gap", "proof maturity"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			d, n := newOPNet(t, tc.opts)
			env, _ := testEnv(t, d, n, userKey)
			s := &Stack{}
			to := devnet.DevAddress(7)
			e, err := s.Withdraw(ctx, env, flow.WithdrawRequest{Amount: ether(0.5), AmountText: "0.5", To: &to})
			check(t, err)
			// Waiting for L2: the deadline is counted from the head.
			check(t, d.L1.Mine(ctx, 5))
			head, err := d.L1.Client.HeaderByNumber(ctx, nil)
			check(t, err)
			st, err := s.Status(ctx, env, e)
			mustStage(t, st, err, escape.StageWaitingL2)
			deadline := e.OP.DepositL1Block + d.Opts.SequencingWindow
			want := time.Unix(int64(head.Time+(deadline-head.Number.Uint64())*12), 0)
			if w := waitNamed(st, "forced L2 inclusion"); w == nil || !w.Until.Equal(want) || w.Block != deadline {
				t.Fatalf("waiting-l2 deadline %+v, want block %d about %s", st.Waits, deadline, want)
			}

			_, err = d.RelayDeposits(ctx)
			check(t, err)
			_, err = s.Status(ctx, env, e)
			check(t, err)
			game, _, err := d.ProposeGame(ctx, l2Head(t, d))
			check(t, err)
			check(t, d.L1.Mine(ctx, 1))
			st, err = s.Next(ctx, env, e)
			if st == nil {
				t.Fatalf("prove: %v", err)
			}
			// Unresolved game: one "finalize not before" time, from the
			// maturity and the game's clock plus the air-gap.
			st, _ = s.Status(ctx, env, e)
			mustStage(t, st, nil, escape.StageWaitingFinalize)
			if st.Facts["finalizeNotBefore"] == "" {
				t.Errorf("unresolved game: no finalize-not-before time: %v", st.Facts)
			}
			if w := waitNamed(st, "dispute game resolution"); w == nil || w.Until.IsZero() {
				t.Errorf("unresolved game: no resolution time: %+v", st.Waits)
			}

			check(t, d.ResolveGame(ctx, game, true))
			check(t, d.Warp(ctx, 40)) // past the shorter wait
			st, err = s.Status(ctx, env, e)
			mustStage(t, st, err, escape.StageWaitingFinalize)
			if len(st.Waits) != 1 || waitNamed(st, tc.last) == nil || waitNamed(st, tc.alreadyOver) != nil {
				t.Fatalf("want only the %s wait (the %s is over), got %+v", tc.last, tc.alreadyOver, st.Waits)
			}
			until := uint64(st.Waits[0].Until.Unix())
			if st.Facts["finalizeNotBefore"] != st.Waits[0].Until.UTC().Format("2006-01-02 15:04:05 UTC") {
				t.Errorf("finalize not before %q, want the last wait's end %s", st.Facts["finalizeNotBefore"], st.Waits[0].Until.UTC())
			}
			// The second before: the portal refuses; escape still lists the wait.
			before := mineL1At(t, d, until-1)
			if portalAccepts(t, d, e, before) {
				t.Fatalf("the portal accepts at %d, before the wait's end %d", until-1, until)
			}
			st, err = s.Status(ctx, env, e)
			mustStage(t, st, err, escape.StageWaitingFinalize)
			if len(st.Waits) != 1 {
				t.Fatalf("one second before the end: waits %+v", st.Waits)
			}
			// The second itself: the portal accepts; nothing is listed.
			at := mineL1At(t, d, until)
			if !portalAccepts(t, d, e, at) {
				t.Fatalf("the portal refuses at %d, the wait's end", until)
			}
			st, err = s.Status(ctx, env, e)
			mustStage(t, st, err, escape.StageReadyToFinalize)
			if len(st.Waits) != 0 {
				t.Errorf("ready to finalize but waits listed: %+v", st.Waits)
			}
		})
	}
}
