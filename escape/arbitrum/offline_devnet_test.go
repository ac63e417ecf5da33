package arbitrum

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/keys"
	"github.com/l2escape/escape/escape/pipeline"
	"github.com/l2escape/escape/internal/devnet"
)

// signElsewhere plays the signer on another machine: it reads only the
// file --unsigned wrote and signs what it says (types.SignTx standing in
// for `cast mktx`), after change has had its way with the fields.
func signElsewhere(t *testing.T, file string, key *ecdsa.PrivateKey, change func(*types.DynamicFeeTx)) *types.Transaction {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var u pipeline.UnsignedFile
	if err := json.Unmarshal(b, &u); err != nil {
		t.Fatal(err)
	}
	value, _ := new(big.Int).SetString(u.Value, 10)
	feeCap, _ := new(big.Int).SetString(u.MaxFeePerGas, 10)
	tip, _ := new(big.Int).SetString(u.MaxPriorityFeePerGas, 10)
	to := u.To
	inner := &types.DynamicFeeTx{ChainID: new(big.Int).SetUint64(u.ChainID), Nonce: u.Nonce, To: &to, Value: value, Data: u.Data,
		Gas: u.Gas, GasFeeCap: feeCap, GasTipCap: tip}
	if change != nil {
		change(inner)
	}
	tx, err := types.SignTx(types.NewTx(inner), types.LatestSignerForChainID(inner.ChainID), key)
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

// TestOfflineSigningArbitrum completes a forced withdrawal with every
// signature made outside escape: the L2 transaction, the Inbox call that
// carries it, force inclusion and the Outbox execution.
func TestOfflineSigningArbitrum(t *testing.T) {
	ctx := context.Background()
	d, n := newArbNet(t, devnet.ArbOptions{DelayBlocks: 30})
	env, out := testEnv(t, d, n, "")
	s := New().(*Stack)
	user, key := devnet.DevAddress(userKey), devnet.DevKey(userKey)
	file := filepath.Join(t.TempDir(), "unsigned.json")
	env.Pipeline.Keys = keys.Source{}
	env.Pipeline.From = user
	env.Pipeline.Offline = &pipeline.Offline{File: file}
	nonce, err := d.L1.Client.NonceAt(ctx, user, nil)
	if err != nil {
		t.Fatal(err)
	}

	recipient := common.HexToAddress("0x00000000000000000000000000000000000e5c4e")
	amount := ether(0.5)
	e, err := s.Withdraw(ctx, env, flow.WithdrawRequest{Amount: amount, To: &recipient})
	if code(err) != pipeline.CodeAwaitingSignature || e == nil || e.Unsigned == nil || e.Unsigned.Layer != "L2" || e.Unsigned.ChainID != n.L2ChainID {
		t.Fatalf("withdraw --unsigned: want the L2 transaction planned, got %v (%+v)\n%s", err, e, out)
	}
	// The L2 transaction signed for L1's chain id, or by another key, is refused.
	for field, tx := range map[string]*types.Transaction{
		"chain id": signElsewhere(t, file, key, func(x *types.DynamicFeeTx) { x.ChainID = new(big.Int).SetUint64(n.L1ChainID) }),
		"signer":   signElsewhere(t, file, devnet.DevKey(3), nil),
		"nonce":    signElsewhere(t, file, key, func(x *types.DynamicFeeTx) { x.Nonce += 1 }),
	} {
		if _, err := env.Pipeline.SubmitSigned(ctx, e, tx); code(err) != "signed-mismatch" || !strings.Contains(err.Error(), field) {
			t.Errorf("L2 transaction with another %s: %v", field, err)
		}
	}
	if e.Arb.L2SignedTx != "" {
		t.Fatal("a refused L2 transaction was kept")
	}
	l2tx := signElsewhere(t, file, key, nil)
	if _, err := env.Pipeline.SubmitSigned(ctx, e, l2tx); err != nil {
		t.Fatal(err)
	}
	if e.Arb.L2TxHash != l2tx.Hash() || e.Unsigned != nil {
		t.Fatalf("signed L2 transaction not kept: %s", e.Arb.L2TxHash)
	}

	// Each L1 step: next writes it unsigned, it comes back signed.
	l1Step := func(step string) {
		t.Helper()
		if _, err := s.Next(ctx, env, e); code(err) != pipeline.CodeAwaitingSignature || e.Unsigned == nil || e.Unsigned.Step != step {
			t.Fatalf("next --unsigned (%s): %v, plan %+v\n%s", step, err, e.Unsigned, out)
		}
		res, err := env.Pipeline.SubmitSigned(ctx, e, signElsewhere(t, file, key, nil))
		if err != nil || res.Receipt == nil || res.Receipt.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("%s signed elsewhere: %v", step, err)
		}
	}
	if got, _ := d.L1.Client.NonceAt(ctx, user, nil); got != nonce {
		t.Fatal("an L1 transaction was sent before any L1 signature")
	}
	l1Step("send-l2-message")
	st, err := s.Status(ctx, env, e)
	if err != nil || st.Stage != escape.StageWaitingL2 || e.Arb.Message == nil {
		t.Fatalf("after the inbox message: %+v %v", st, err)
	}
	if err := d.MineL1(ctx, e.Arb.Message.Block+30+1-l1Head(t, d)); err != nil {
		t.Fatal(err)
	}
	l1Step("force-include")
	if st, err = s.Status(ctx, env, e); err != nil || st.Stage != escape.StageIncluded {
		t.Fatalf("after force inclusion: %+v %v", st, err)
	}
	if _, err := d.ExecuteForceIncluded(ctx); err != nil {
		t.Fatal(err)
	}
	otherWithdrawals(t, d, 2)
	if _, err := d.Assert(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Confirm(ctx); err != nil {
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
}

// An L2 transaction signed elsewhere with the gas limit and max fee raised
// as far as the plan allows is refused when the sender's L2 balance cannot
// pay gas limit × max fee + value (nitro would drop it, after the L1
// carrier was paid for), as one a wallet signed is; the planned one, which
// the balance pays, is kept.
func TestOfflineL2TxMustFitTheL2Balance(t *testing.T) {
	ctx := context.Background()
	d, n := newArbNet(t, devnet.ArbOptions{})
	env, out := testEnv(t, d, n, "")
	// As escape/app wires it.
	env.Pipeline.L2Balance = func(ctx context.Context, a common.Address) (*big.Int, error) { return env.L2.BalanceAt(ctx, a, nil) }
	s := New().(*Stack)
	user, key := devnet.DevAddress(userKey), devnet.DevKey(userKey)
	file := filepath.Join(t.TempDir(), "unsigned.json")
	env.Pipeline.Keys = keys.Source{}
	env.Pipeline.From = user
	env.Pipeline.Offline = &pipeline.Offline{File: file}
	recipient := common.HexToAddress("0x00000000000000000000000000000000000e5c4e")
	e, err := s.Withdraw(ctx, env, flow.WithdrawRequest{Amount: ether(0.5), To: &recipient})
	if code(err) != pipeline.CodeAwaitingSignature || e == nil || e.Unsigned == nil || e.Unsigned.Layer != "L2" {
		t.Fatalf("withdraw --unsigned: want the L2 transaction planned, got %v\n%s", err, out)
	}
	planned := signElsewhere(t, file, key, nil)
	worst := new(big.Int).Mul(new(big.Int).SetUint64(planned.Gas()), planned.GasFeeCap())
	if err := d.L2.SetBalance(ctx, user, worst.Add(worst, planned.Value())); err != nil {
		t.Fatal(err)
	}
	maxed := signElsewhere(t, file, key, func(x *types.DynamicFeeTx) {
		x.Gas *= pipeline.MaxGasRaise
		x.GasFeeCap = new(big.Int).Mul(x.GasFeeCap, big.NewInt(pipeline.MaxFeeRaise))
	})
	if _, err := env.Pipeline.SubmitSigned(ctx, e, maxed); code(err) != "signed-mismatch" || !strings.Contains(err.Error(), "more than your L2 balance") {
		t.Fatalf("an L2 transaction the balance cannot pay: %v", err)
	}
	if e.Arb.L2SignedTx != "" || e.Unsigned == nil {
		t.Fatal("a refused L2 transaction was kept")
	}
	if _, err := env.Pipeline.SubmitSigned(ctx, e, planned); err != nil {
		t.Fatal(err)
	}
	if e.Arb.L2TxHash != planned.Hash() {
		t.Fatalf("the planned L2 transaction was not kept: %s", e.Arb.L2TxHash)
	}
}
