package opstack

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
	check(t, err)
	var u pipeline.UnsignedFile
	check(t, json.Unmarshal(b, &u))
	if !strings.HasPrefix(u.Cast, "cast mktx ") || !strings.Contains(u.Then, "--signed") {
		t.Fatalf("the unsigned file does not say how to sign and give back: %s", b)
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
	check(t, err)
	return tx
}

// TestOfflineSigningOP completes an OP escape (deposit, prove, finalize)
// with every transaction signed outside escape, and refuses signed
// transactions that differ from the plan, naming the field.
func TestOfflineSigningOP(t *testing.T) {
	ctx := context.Background()
	d, n := newOPNet(t, devnet.OPOptions{})
	env, _ := testEnv(t, d, n, userKey)
	user := devnet.DevAddress(userKey)
	key := devnet.DevKey(userKey)
	file := filepath.Join(t.TempDir(), "unsigned.json")
	env.Pipeline.Keys = keys.Source{} // escape never sees the key
	env.Pipeline.From = user
	env.Pipeline.Offline = &pipeline.Offline{File: file}
	s := &Stack{}
	recipient := devnet.DevAddress(7)
	before := l1Balance(t, d, recipient)
	nonce := l1Nonce(t, d, user)

	e, err := s.Withdraw(ctx, env, flow.WithdrawRequest{Amount: ether(0.5), AmountText: "0.5", To: &recipient})
	if escape.CodeOf(err) != pipeline.CodeAwaitingSignature || e == nil || e.ID == "" {
		t.Fatalf("withdraw --unsigned: want %s with a recorded escape, got %v (%v)", pipeline.CodeAwaitingSignature, err, e)
	}

	other := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	refusals := []struct {
		field  string
		key    *ecdsa.PrivateKey
		change func(*types.DynamicFeeTx)
	}{
		{"nonce", key, func(x *types.DynamicFeeTx) { x.Nonce++ }},
		{"to", key, func(x *types.DynamicFeeTx) { x.To = &other }},
		{"data", key, func(x *types.DynamicFeeTx) { x.Data = append(append([]byte{}, x.Data...), 0) }},
		{"value", key, func(x *types.DynamicFeeTx) { x.Value = big.NewInt(1) }},
		{"chain id", key, func(x *types.DynamicFeeTx) { x.ChainID = big.NewInt(1) }},
		{"signer", devnet.DevKey(userKey + 1), nil},
		{"maxFeePerGas", key, func(x *types.DynamicFeeTx) { x.GasFeeCap = new(big.Int).Sub(x.GasFeeCap, big.NewInt(1)) }},
		{"maxPriorityFeePerGas", key, func(x *types.DynamicFeeTx) { x.GasTipCap = new(big.Int).Sub(x.GasTipCap, big.NewInt(1)) }},
		{"gas limit", key, func(x *types.DynamicFeeTx) { x.Gas-- }},
	}
	for _, r := range refusals {
		_, err := env.Pipeline.SubmitSigned(ctx, e, signElsewhere(t, file, r.key, r.change))
		if escape.CodeOf(err) != "signed-mismatch" || !strings.Contains(err.Error(), "signed transaction's "+r.field+" is") {
			t.Errorf("a signed transaction with another %s: want signed-mismatch naming it, got %v", r.field, err)
		}
	}
	saved, err := env.Store.Load(e.ID)
	check(t, err)
	if len(saved.Txs) != 0 || saved.Unsigned == nil || len(e.Txs) != 0 {
		t.Fatalf("refused transactions reached the record: %d saved, %d in memory, plan %v", len(saved.Txs), len(e.Txs), saved.Unsigned)
	}
	if l1Nonce(t, d, user) != nonce {
		t.Fatal("a refused signed transaction was broadcast")
	}

	submit := func(step string) {
		t.Helper()
		res, err := env.Pipeline.SubmitSigned(ctx, e, signElsewhere(t, file, key, nil))
		check(t, err)
		if res.Receipt == nil || res.Receipt.Status != types.ReceiptStatusSuccessful || res.Tx.Step != step {
			t.Fatalf("%s signed elsewhere: not mined (%+v)", step, res.Tx)
		}
		saved, err := env.Store.Load(e.ID)
		check(t, err)
		if saved.Unsigned != nil || len(saved.TxsFor(step)) != 1 {
			t.Fatalf("%s: the record keeps the plan or lacks the transaction", step)
		}
	}
	submit("deposit")
	// Given back a second time, it has no plan left to answer.
	if _, err := env.Pipeline.SubmitSigned(ctx, e, signElsewhere(t, file, key, nil)); escape.CodeOf(err) != "no-unsigned-plan" {
		t.Fatalf("the same signed deposit again: want no-unsigned-plan, got %v", err)
	}
	_, err = d.RelayDeposits(ctx)
	check(t, err)
	st, err := s.Status(ctx, env, e)
	mustStage(t, st, err, escape.StageWaitingState)
	game, _, err := d.ProposeGame(ctx, l2Head(t, d))
	check(t, err)

	_, err = s.Next(ctx, env, e)
	if escape.CodeOf(err) != pipeline.CodeAwaitingSignature {
		t.Fatalf("next --unsigned (prove): %v", err)
	}
	submit("prove")
	st, err = s.Status(ctx, env, e)
	mustStage(t, st, err, escape.StageWaitingFinalize)

	check(t, d.ResolveGame(ctx, game, true))
	check(t, d.Warp(ctx, waits(d)))
	_, err = s.Next(ctx, env, e)
	if escape.CodeOf(err) != pipeline.CodeAwaitingSignature {
		t.Fatalf("next --unsigned (finalize): %v", err)
	}
	submit("finalize")
	st, err = s.Status(ctx, env, e)
	mustStage(t, st, err, escape.StageFinalized)
	if got := new(big.Int).Sub(l1Balance(t, d, recipient), before); got.Cmp(ether(0.5)) != 0 {
		t.Fatalf("recipient's L1 balance rose by %s, want 0.5 ETH", got)
	}
}
