package arbitrum

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/internal/devnet"
)

// After an outage the L2 base fee jumps above our max fee before the
// sequencer reaches our message: the L2 drops it (no receipt, nonce
// unused). `status` says it was dropped for its max fee, `next` re-signs
// it at the same nonce with a higher max fee in a new delayed message
// (the first attempt stays in the record), and the withdrawal is paid out.
func TestDroppedForFeeRecoveredByNext(t *testing.T) {
	ctx := context.Background()
	d, n := newArbNet(t, devnet.ArbOptions{DelayBlocks: 20})
	env, out := testEnv(t, d, n, "")
	s := New().(*Stack)
	recipient := common.HexToAddress("0x00000000000000000000000000000000000fee01")
	amount := ether(0.25)
	e, err := s.Withdraw(ctx, env, flow.WithdrawRequest{Amount: amount, To: &recipient})
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	first, firstFee, nonce := e.Arb.L2TxHash, signedFee(t, e.Arb.L2SignedTx), e.Arb.L2Nonce
	// The spike: 10 × our max fee, before the message is sequenced.
	spike := new(big.Int).Mul(firstFee, big.NewInt(10))
	if err := d.SetL2BaseFee(ctx, spike); err != nil {
		t.Fatal(err)
	}
	ex, err := d.Sequence(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(ex) != 1 || !ex[0].Dropped || !strings.Contains(ex[0].Reason, "base fee") {
		t.Fatalf("the stand-in sequencer did not drop it for its fee: %+v", ex)
	}

	st, err := s.Status(ctx, env, e)
	if err != nil {
		t.Fatal(err)
	}
	if st.Stage != escape.StageL2Failed || st.Action != escape.ActionResign || !strings.Contains(e.Arb.L2Reason, feeDropMark) {
		t.Fatalf("status %s action %q reason %q", st.Stage, st.Action, e.Arb.L2Reason)
	}
	t.Logf("%s\n%s\n%s", st.Happened, st.Next, st.Do)

	out.Reset()
	if st, err = s.Next(ctx, env, e); err != nil {
		t.Fatalf("re-sign: %v\n%s", err, out)
	}
	a := e.Arb
	newFee := signedFee(t, a.L2SignedTx)
	if a.L2TxHash == first || a.L2Nonce != nonce || newFee.Cmp(spike) <= 0 {
		t.Fatalf("re-signed %s nonce %d max fee %s (spike %s)", a.L2TxHash.Hex(), a.L2Nonce, newFee, spike)
	}
	if len(a.Dropped) != 1 || a.Dropped[0].L2TxHash != first || len(e.TxsFor("send-l2-message")) != 2 || a.Message == nil {
		t.Fatalf("record: dropped %+v, %d send-l2-message attempts, message %v", a.Dropped, len(e.TxsFor("send-l2-message")), a.Message)
	}
	for _, want := range []string{"Dropped", "L2 cost worst case", "the same"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("re-sign summary lacks %q:\n%s", want, out)
		}
	}
	if st.Stage != escape.StageWaitingL2 {
		t.Fatalf("after re-sign: %s: %s", st.Stage, st.Happened)
	}
	t.Logf("re-sign summary:\n%s", out)

	// The sequencer runs the new message; the withdrawal goes through.
	if _, err := d.Sequence(ctx); err != nil {
		t.Fatal(err)
	}
	if st, err = s.Status(ctx, env, e); err != nil || e.Arb.L2Outcome != "executed" || e.Arb.Withdrawal == nil {
		t.Fatalf("after sequencing the re-signed one: %+v %v (%s)", st, err, e.Arb.L2Reason)
	}
	if _, err := d.AssertAndConfirm(ctx); err != nil {
		t.Fatal(err)
	}
	before, _ := d.L1.Client.BalanceAt(ctx, recipient, nil)
	if st, err = s.Next(ctx, env, e); err != nil || st.Stage != escape.StageFinalized {
		t.Fatalf("execute: %v %v", st, err)
	}
	after, _ := d.L1.Client.BalanceAt(ctx, recipient, nil)
	if got := new(big.Int).Sub(after, before); got.Cmp(amount) != 0 {
		t.Fatalf("recipient got %s, want %s", got, amount)
	}
	// Reloaded, the record still holds both attempts.
	saved, err := env.Store.Load(e.ID)
	if err != nil || len(saved.Arb.Dropped) != 1 || len(saved.TxsFor("send-l2-message")) != 2 {
		t.Fatalf("saved record: %v", err)
	}
}
