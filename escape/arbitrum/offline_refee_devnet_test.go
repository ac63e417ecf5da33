package arbitrum

import (
	"bytes"
	"context"
	"math/big"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/keys"
	"github.com/l2escape/escape/escape/pipeline"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/internal/devnet"
)

// TestOfflineResignDroppedForFee: the L2 drops a forced L2 transaction for
// its max fee, and the key is now on another machine. `escape next` writes
// the re-signed L2 transaction unsigned (the dropped one stays the
// escape's until the signed form comes back), takes it back checked
// against the plan, writes the Inbox call that carries it (a new
// send-l2-message attempt next to the mined one of the dropped
// transaction), takes that back, and the withdrawal is paid out with every
// later signature made outside escape.
// droppedEscape: a forced withdrawal signed with the key, dropped by the L2
// for its max fee (the base fee spiked to ten times it before sequencing).
func droppedEscape(t *testing.T, recipient common.Address, amount *big.Int) (*devnet.ArbDevnet, *flow.Env, *bytes.Buffer, *Stack, *record.Escape, *big.Int) {
	t.Helper()
	ctx := context.Background()
	d, n := newArbNet(t, devnet.ArbOptions{DelayBlocks: 20})
	env, out := testEnv(t, d, n, "")
	s := New().(*Stack)
	e, err := s.Withdraw(ctx, env, flow.WithdrawRequest{Amount: amount, To: &recipient})
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	spike := new(big.Int).Mul(signedFee(t, e.Arb.L2SignedTx), big.NewInt(10))
	if err := d.SetL2BaseFee(ctx, spike); err != nil {
		t.Fatal(err)
	}
	if ex, err := d.Sequence(ctx); err != nil || len(ex) != 1 || !ex[0].Dropped {
		t.Fatalf("the stand-in sequencer did not drop it: %+v %v", ex, err)
	}
	if st, err := s.Status(ctx, env, e); err != nil || st.Action != escape.ActionResign {
		t.Fatalf("status: %+v %v", st, err)
	}
	return d, env, out, s, e, spike
}

// keyElsewhere makes the pipeline write transactions to file for the
// user's key on another machine.
func keyElsewhere(env *flow.Env, file string) {
	env.Pipeline.Keys, env.Pipeline.Signer, env.Pipeline.From = keys.Source{}, nil, devnet.DevAddress(userKey)
	env.Pipeline.Offline = &pipeline.Offline{File: file}
}

func TestOfflineResignDroppedForFee(t *testing.T) {
	ctx := context.Background()
	recipient := common.HexToAddress("0x00000000000000000000000000000000000fee02")
	amount := ether(0.25)
	d, env, out, s, e, spike := droppedEscape(t, recipient, amount)
	n := env.Network
	user, key := devnet.DevAddress(userKey), devnet.DevKey(userKey)
	first, nonce, droppedMsg := e.Arb.L2TxHash, e.Arb.L2Nonce, e.Arb.Message.Index

	// From here on the key is elsewhere.
	file := filepath.Join(t.TempDir(), "unsigned.json")
	keyElsewhere(env, file)
	l1Nonce, _ := d.L1.Client.NonceAt(ctx, user, nil)

	out.Reset()
	if _, err := s.Next(ctx, env, e); code(err) != pipeline.CodeAwaitingSignature {
		t.Fatalf("next --unsigned on a dropped transaction: %v\n%s", err, out)
	}
	plan := e.Unsigned
	planFee, _ := new(big.Int).SetString(plan.MaxFeePerGas, 10)
	if plan.Layer != "L2" || plan.ChainID != n.L2ChainID || plan.Nonce != nonce || planFee.Cmp(spike) <= 0 {
		t.Fatalf("re-sign plan %+v (nonce %d, spike %s)", plan, nonce, spike)
	}
	// Nothing is replaced before the signature: the escape still stands dropped.
	saved, err := env.Store.Load(e.ID)
	if err != nil || saved.Arb.L2TxHash != first || saved.Arb.L2Outcome != "dropped" || len(saved.Arb.Dropped) != 0 || saved.Unsigned == nil {
		t.Fatalf("record after planning the re-sign: %+v %v", saved.Arb, err)
	}
	if st, err := s.Status(ctx, env, e); err != nil || st.Stage != escape.StageL2Failed {
		t.Fatalf("status while the re-sign waits for its signature: %+v %v", st, err)
	}

	// The dropped transaction itself, or one under the planned fee, is refused.
	var dropped types.Transaction
	if err := dropped.UnmarshalBinary(common.FromHex(e.Arb.L2SignedTx)); err != nil {
		t.Fatal(err)
	}
	for what, tx := range map[string]*types.Transaction{
		"the dropped transaction": &dropped,
		"a lower max fee":         signElsewhere(t, file, key, func(x *types.DynamicFeeTx) { x.GasFeeCap = new(big.Int).Sub(planFee, big.NewInt(1)) }),
	} {
		if _, err := env.Pipeline.SubmitSigned(ctx, e, tx); code(err) != "signed-mismatch" || !strings.Contains(err.Error(), "maxFeePerGas") {
			t.Errorf("%s given back: %v", what, err)
		}
	}
	if e.Arb.L2TxHash != first || len(e.Arb.Dropped) != 0 {
		t.Fatal("a refused re-sign replaced the dropped transaction")
	}

	// The signer raises the max fee a little: within the plan's bounds.
	raised := new(big.Int).Add(planFee, big.NewInt(1e9))
	l2tx := signElsewhere(t, file, key, func(x *types.DynamicFeeTx) { x.GasFeeCap = raised })
	if _, err := env.Pipeline.SubmitSigned(ctx, e, l2tx); err != nil {
		t.Fatalf("re-signed L2 transaction given back: %v\n%s", err, out)
	}
	a := e.Arb
	if a.L2TxHash != l2tx.Hash() || a.L2Nonce != nonce || a.L2MaxFeePerGas != raised.String() || a.L2Outcome != "" || a.Message != nil ||
		len(a.Dropped) != 1 || a.Dropped[0].L2TxHash != first || e.Unsigned != nil {
		t.Fatalf("after the re-signed L2 transaction: %+v", a)
	}
	st, err := s.Status(ctx, env, e)
	if err != nil || st.Stage != escape.StageSigned || st.Action != escape.ActionBroadcast {
		t.Fatalf("status before its L1 carrier: %+v %v", st, err)
	}

	// Its L1 carrier, then force inclusion... each written and given back.
	l1Step := func(step string) {
		t.Helper()
		if _, err := s.Next(ctx, env, e); code(err) != pipeline.CodeAwaitingSignature || e.Unsigned == nil || e.Unsigned.Step != step || e.Unsigned.Layer != "L1" {
			t.Fatalf("next --unsigned (%s): %v, plan %+v\n%s", step, err, e.Unsigned, out)
		}
		res, err := env.Pipeline.SubmitSigned(ctx, e, signElsewhere(t, file, key, nil))
		if err != nil || res.Receipt == nil || res.Receipt.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("%s signed elsewhere: %v\n%s", step, err, out)
		}
	}
	if got, _ := d.L1.Client.NonceAt(ctx, user, nil); got != l1Nonce {
		t.Fatal("an L1 transaction was sent before the L1 signature")
	}
	l1Step("send-l2-message")
	if st, err = s.Status(ctx, env, e); err != nil || st.Stage != escape.StageWaitingL2 || e.Arb.Message == nil || e.Arb.Message.Index == droppedMsg {
		t.Fatalf("after the new inbox message: %+v %v (message %+v, the dropped one's %d)", st, err, e.Arb.Message, droppedMsg)
	}
	if attempts := e.TxsFor("send-l2-message"); len(attempts) != 2 || !carriesCurrentL2Tx(attempts[1], e.Arb) || carriesCurrentL2Tx(attempts[0], e.Arb) {
		t.Fatalf("send-l2-message attempts: %d", len(attempts))
	}
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
	l1Step("execute")
	if st, err = s.Status(ctx, env, e); err != nil || st.Stage != escape.StageFinalized {
		t.Fatalf("after execute: %+v %v", st, err)
	}
	after, _ := d.L1.Client.BalanceAt(ctx, recipient, nil)
	if got := new(big.Int).Sub(after, before); got.Cmp(amount) != 0 {
		t.Fatalf("recipient got %s wei, want %s", got, amount)
	}
	saved, err = env.Store.Load(e.ID)
	if err != nil || len(saved.Arb.Dropped) != 1 || len(saved.TxsFor("send-l2-message")) != 2 || saved.Arb.L2TxHash != l2tx.Hash() {
		t.Fatalf("saved record: %v", err)
	}
}

// A re-sign planned for signing elsewhere, then done with the key after
// all: the plan goes with it, and its signed form given back later is
// refused rather than replacing the new L2 transaction.
func TestOfflineResignPlanThenKey(t *testing.T) {
	ctx := context.Background()
	_, env, out, s, e, _ := droppedEscape(t, common.HexToAddress("0x00000000000000000000000000000000000fee03"), ether(0.1))
	file := filepath.Join(t.TempDir(), "unsigned.json")
	keys, from := env.Pipeline.Keys, env.Pipeline.From
	keyElsewhere(env, file)
	if _, err := s.Next(ctx, env, e); code(err) != pipeline.CodeAwaitingSignature || e.Unsigned == nil {
		t.Fatalf("next --unsigned: %v\n%s", err, out)
	}
	stale := signElsewhere(t, file, devnet.DevKey(userKey), nil)

	env.Pipeline.Keys, env.Pipeline.From, env.Pipeline.Offline = keys, from, nil
	if _, err := s.Next(ctx, env, e); err != nil {
		t.Fatalf("re-sign with the key: %v\n%s", err, out)
	}
	if e.Unsigned != nil || len(e.Arb.Dropped) != 1 || e.Arb.Message == nil {
		t.Fatalf("after the re-sign with the key: plan %+v, dropped %d", e.Unsigned, len(e.Arb.Dropped))
	}
	resigned := e.Arb.L2TxHash
	if _, err := env.Pipeline.SubmitSigned(ctx, e, stale); code(err) != "no-unsigned-plan" || e.Arb.L2TxHash != resigned {
		t.Fatalf("the stale plan's signed form given back: %v (L2 transaction %s)", err, e.Arb.L2TxHash.Hex())
	}
}
