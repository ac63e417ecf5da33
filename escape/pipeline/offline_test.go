package pipeline

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/holiman/uint256"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/escape/ui"
)

// The bounds a signer may raise fees and gas within, and the refusals past
// them; a legacy transaction is refused by type.
func TestCheckSignedBounds(t *testing.T) {
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	to := common.HexToAddress("0x00000000000000000000000000000000000000bb")
	planned := &types.DynamicFeeTx{ChainID: big.NewInt(11155111), Nonce: 4, To: &to, Value: big.NewInt(0), Data: []byte{1, 2, 3, 4},
		Gas: 100000, GasFeeCap: big.NewInt(30e9), GasTipCap: big.NewInt(1e9)}
	plan := PlanOf(types.NewTx(planned), from, "prove", "L1")
	sign := func(change func(*types.DynamicFeeTx)) *types.Transaction {
		x := *planned
		if change != nil {
			change(&x)
		}
		tx, err := types.SignTx(types.NewTx(&x), types.LatestSignerForChainID(x.ChainID), key)
		if err != nil {
			t.Fatal(err)
		}
		return tx
	}
	for name, c := range map[string]struct {
		change func(*types.DynamicFeeTx)
		field  string // "" accepted
	}{
		"as planned":            {nil, ""},
		"fees raised 3x":        {func(x *types.DynamicFeeTx) { x.GasFeeCap = big.NewInt(90e9); x.GasTipCap = big.NewInt(90e9) }, ""},
		"gas raised 2x":         {func(x *types.DynamicFeeTx) { x.Gas = 200000 }, ""},
		"fee above 3x":          {func(x *types.DynamicFeeTx) { x.GasFeeCap = big.NewInt(90e9 + 1) }, "maxFeePerGas"},
		"gas above 2x":          {func(x *types.DynamicFeeTx) { x.Gas = 200001 }, "gas limit"},
		"tip above max fee":     {func(x *types.DynamicFeeTx) { x.GasTipCap = big.NewInt(31e9) }, "maxPriorityFeePerGas"},
		"value":                 {func(x *types.DynamicFeeTx) { x.Value = big.NewInt(1) }, "value"},
		"data one byte shorter": {func(x *types.DynamicFeeTx) { x.Data = x.Data[:3] }, "data"},
	} {
		err := CheckSigned(plan, sign(c.change))
		switch {
		case c.field == "" && err != nil:
			t.Errorf("%s: refused: %v", name, err)
		case c.field != "" && (escape.CodeOf(err) != "signed-mismatch" || !strings.Contains(err.Error(), "transaction's "+c.field+" is")):
			t.Errorf("%s: want signed-mismatch naming %s, got %v", name, c.field, err)
		}
	}
	legacy, err := types.SignTx(types.NewTx(&types.LegacyTx{Nonce: 4, To: &to, Gas: 100000, GasPrice: big.NewInt(30e9), Data: planned.Data}),
		types.LatestSignerForChainID(planned.ChainID), key)
	if err != nil {
		t.Fatal(err)
	}
	if err := CheckSigned(plan, legacy); err == nil || !strings.Contains(err.Error(), "type is 0") {
		t.Errorf("a legacy transaction: %v", err)
	}
}

// ReadSigned takes inline hex, a file (with a trailing newline, as cast
// prints it) and standard input; anything else is bad-signed-tx.
func TestReadSigned(t *testing.T) {
	key, _ := crypto.GenerateKey()
	to := common.Address{1}
	tx, _ := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(1), To: &to, Gas: 21000, GasFeeCap: big.NewInt(1), GasTipCap: big.NewInt(1)}),
		types.LatestSignerForChainID(big.NewInt(1)), key)
	raw, _ := tx.MarshalBinary()
	text := hexutil.Encode(raw)
	file := filepath.Join(t.TempDir(), "signed.txt")
	if err := os.WriteFile(file, []byte(text+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for name, arg := range map[string]string{"inline": text, "file": file, "stdin": "-"} {
		got, err := ReadSigned(arg, strings.NewReader(text+"\n"))
		if err != nil || got.Hash() != tx.Hash() {
			t.Errorf("%s: %v", name, err)
		}
	}
	for _, bad := range []string{"0xzz", "0x0102", filepath.Join(t.TempDir(), "missing")} {
		if _, err := ReadSigned(bad, nil); escape.CodeOf(err) != "bad-signed-tx" {
			t.Errorf("%q: want bad-signed-tx, got %v", bad, err)
		}
	}
}

// The unsigned transaction carries the schema version in each of its
// forms: the file, the object `--unsigned -` prints, and the one JSON line
// `--json --unsigned -` prints (the command's last, with the whole
// transaction). Its "tx" is the JSON-RPC form a key holder signs: clef's
// own argument type turns it back into exactly the planned transaction.
func TestUnsignedFormsCarryTheSchemaVersion(t *testing.T) {
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	to := common.HexToAddress("0x00000000000000000000000000000000000000bb")
	planned := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(11155111), Nonce: 4, To: &to, Value: big.NewInt(5e17), Data: []byte{1, 2, 3, 4},
		Gas: 100000, GasFeeCap: big.NewInt(30e9), GasTipCap: big.NewInt(1e9)})
	dir := t.TempDir()
	file := filepath.Join(dir, "prove.json")
	for _, c := range []struct {
		name, dest string
		json       bool
	}{{"--unsigned FILE", file, false}, {"--unsigned -", "-", false}, {"--json --unsigned -", "-", true}} {
		store, err := record.Open(filepath.Join(dir, strings.NewReplacer(" ", "", "-", "").Replace(c.name)))
		if err != nil {
			t.Fatal(err)
		}
		var out, errOut bytes.Buffer
		p := &Pipeline{Store: store, UI: &ui.UI{Out: &out, Err: &errOut, JSON: c.json}, Offline: &Offline{File: c.dest}}
		e := &record.Escape{Network: "op-devnet", Stack: escape.StackOP, Kind: "withdraw-eth", L1ChainID: 11155111, From: from}
		if err := p.SavePlan(e, PlanOf(planned, from, "prove", "L1")); escape.CodeOf(err) != CodeAwaitingSignature {
			t.Fatalf("%s: %v", c.name, err)
		}
		text := out.String()
		if c.dest != "-" {
			b, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			text = string(b)
		}
		if c.json && strings.Count(strings.TrimSpace(text), "\n") != 0 {
			t.Errorf("%s: printed %q, want one JSON line", c.name, text)
		}
		var got struct {
			SchemaVersion *int                `json:"schemaVersion"`
			Event         string              `json:"event"`
			File          *string             `json:"file"`
			Nonce         uint64              `json:"nonce"`
			Cast          string              `json:"cast"`
			Tx            apitypes.SendTxArgs `json:"tx"`
		}
		if err := json.Unmarshal([]byte(text), &got); err != nil {
			t.Fatalf("%s: %v in %q", c.name, err, text)
		}
		if got.SchemaVersion == nil || *got.SchemaVersion != ui.SchemaVersion || got.Event != "unsigned" {
			t.Errorf("%s: schemaVersion %v, event %q in %s", c.name, got.SchemaVersion, got.Event, text)
		}
		if wantFile := c.json; (got.File != nil) != wantFile || (wantFile && *got.File != "-") {
			t.Errorf("%s: file %v in %s", c.name, got.File, text)
		}
		if got.Nonce != 4 || !strings.HasPrefix(got.Cast, "cast mktx --ledger --chain 11155111 --nonce 4 ") {
			t.Errorf("%s: nonce %d, cast %q", c.name, got.Nonce, got.Cast)
		}
		if got.Tx.From.Address() != from {
			t.Errorf("%s: tx.from %s, want %s", c.name, got.Tx.From.Address().Hex(), from.Hex())
		}
		tx, err := got.Tx.ToTransaction()
		if err != nil {
			t.Fatalf("%s: clef cannot read tx: %v", c.name, err)
		}
		signer := types.LatestSignerForChainID(planned.ChainId())
		if tx.Type() != types.DynamicFeeTxType || signer.Hash(tx) != signer.Hash(planned) {
			t.Errorf("%s: tx is type %d, %+v; want the planned transaction", c.name, tx.Type(), got.Tx)
		}
	}
}

// signWith signs a transaction with a key, for the plan's chain unless
// the transaction names another.
type signWith func(types.TxData, *ecdsa.PrivateKey) *types.Transaction

// Every step of both stacks is checked field by field: a signed transaction
// that differs from its plan in type, chain id, nonce, to, value, data, gas
// or fees beyond their bounds, or is signed by another key, is refused
// with the field named, whatever the step. All of them are planned by
// Send (planOffline) or, for Arbitrum's L2 transaction, SavePlan, and come
// back through TakeSigned and this check.
func TestCheckSignedEveryStepEveryField(t *testing.T) {
	const l1, l2 = 1, 42161
	key, _ := crypto.GenerateKey()
	other, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	addr := func(b byte) common.Address { return common.BytesToAddress([]byte{b}) }
	steps := []struct {
		stack, step, layer string
		chainID            int64
		to                 common.Address
		value              int64
		data               []byte
	}{
		{"op", "deposit", "L1", l1, addr(0xa1), 0, []byte{0xe9, 0xe0, 0x5c, 0x42, 1}},
		{"op", "prove", "L1", l1, addr(0xa1), 0, []byte{0x48, 0x70, 0x49, 0x6f, 2}},
		{"op", "prove (again, another game)", "L1", l1, addr(0xa1), 0, []byte{0x48, 0x70, 0x49, 0x6f, 3}},
		{"op", "finalize", "L1", l1, addr(0xa1), 0, []byte{0x8c, 0x31, 0x52, 0xe0, 7}},
		{"arbitrum", "l2-tx", "L2", l2, common.HexToAddress("0x0000000000000000000000000000000000000064"), 5e17, []byte{0x25, 0xe1, 0x60, 0x63}},
		{"arbitrum", "send-l2-message", "L1", l1, addr(0xb1), 0, []byte{0xb7, 0x5e, 0x3e, 0x8e, 4}},
		{"arbitrum", "force-include", "L1", l1, addr(0xb2), 0, []byte{0xf1, 0x98, 0x14, 0x38, 5}},
		{"arbitrum", "execute", "L1", l1, addr(0xb3), 0, []byte{0x08, 0x63, 0x5a, 0x95, 6}},
	}
	bigs := func(v int64) *big.Int { return big.NewInt(v) }
	type refusal struct {
		name, field string
		signed      func(x types.DynamicFeeTx, sign signWith) *types.Transaction
	}
	refusals := []refusal{
		{"legacy", "type", func(x types.DynamicFeeTx, sign signWith) *types.Transaction {
			return sign(&types.LegacyTx{Nonce: x.Nonce, To: x.To, Value: x.Value, Data: x.Data, Gas: x.Gas, GasPrice: x.GasFeeCap}, key)
		}},
		{"access list", "type", func(x types.DynamicFeeTx, sign signWith) *types.Transaction {
			return sign(&types.AccessListTx{ChainID: x.ChainID, Nonce: x.Nonce, To: x.To, Value: x.Value, Data: x.Data, Gas: x.Gas, GasPrice: x.GasFeeCap}, key)
		}},
		{"set code", "type", func(x types.DynamicFeeTx, sign signWith) *types.Transaction {
			return sign(&types.SetCodeTx{ChainID: uint256.MustFromBig(x.ChainID), Nonce: x.Nonce, To: *x.To, Value: uint256.MustFromBig(x.Value), Data: x.Data, Gas: x.Gas,
				GasFeeCap: uint256.MustFromBig(x.GasFeeCap), GasTipCap: uint256.MustFromBig(x.GasTipCap), AuthList: []types.SetCodeAuthorization{{}}}, key)
		}},
	}
	change := func(name, field string, f func(x *types.DynamicFeeTx)) {
		refusals = append(refusals, refusal{name, field, func(x types.DynamicFeeTx, sign signWith) *types.Transaction {
			f(&x)
			return sign(&x, key)
		}})
	}
	change("the other layer's chain", "chain id", func(x *types.DynamicFeeTx) {
		if x.ChainID.Int64() == l1 {
			x.ChainID = bigs(l2)
		} else {
			x.ChainID = bigs(l1)
		}
	})
	change("next nonce", "nonce", func(x *types.DynamicFeeTx) { x.Nonce++ })
	change("previous nonce", "nonce", func(x *types.DynamicFeeTx) { x.Nonce-- })
	change("another contract", "to", func(x *types.DynamicFeeTx) { to := addr(0xee); x.To = &to })
	change("a contract creation", "to", func(x *types.DynamicFeeTx) { x.To = nil })
	change("one wei more", "value", func(x *types.DynamicFeeTx) { x.Value = new(big.Int).Add(x.Value, bigs(1)) })
	change("one byte changed", "data", func(x *types.DynamicFeeTx) {
		x.Data = append([]byte{}, x.Data...)
		x.Data[len(x.Data)-1] ^= 1
	})
	change("one byte more", "data", func(x *types.DynamicFeeTx) { x.Data = append(append([]byte{}, x.Data...), 0) })
	change("no data", "data", func(x *types.DynamicFeeTx) { x.Data = nil })
	change("an access list", "access list", func(x *types.DynamicFeeTx) {
		x.AccessList = types.AccessList{{Address: *x.To, StorageKeys: []common.Hash{{1}}}}
	})
	change("gas below the plan", "gas limit", func(x *types.DynamicFeeTx) { x.Gas-- })
	change("gas above 2x", "gas limit", func(x *types.DynamicFeeTx) { x.Gas = x.Gas*MaxGasRaise + 1 })
	change("max fee below the plan", "maxFeePerGas", func(x *types.DynamicFeeTx) { x.GasFeeCap = new(big.Int).Sub(x.GasFeeCap, bigs(1)) })
	change("max fee above 3x", "maxFeePerGas", func(x *types.DynamicFeeTx) {
		x.GasFeeCap = new(big.Int).Add(new(big.Int).Mul(x.GasFeeCap, bigs(MaxFeeRaise)), bigs(1))
	})
	change("tip below the plan", "maxPriorityFeePerGas", func(x *types.DynamicFeeTx) { x.GasTipCap = new(big.Int).Sub(x.GasTipCap, bigs(1)) })
	change("tip above the max fee", "maxPriorityFeePerGas", func(x *types.DynamicFeeTx) { x.GasTipCap = new(big.Int).Add(x.GasFeeCap, bigs(1)) })
	refusals = append(refusals, refusal{"another key", "signer", func(x types.DynamicFeeTx, sign signWith) *types.Transaction {
		return sign(&x, other)
	}})

	for _, s := range steps {
		to := s.to
		planned := types.DynamicFeeTx{ChainID: bigs(s.chainID), Nonce: 7, To: &to, Value: bigs(s.value), Data: s.data,
			Gas: 150000, GasFeeCap: bigs(20e9), GasTipCap: bigs(1e9)}
		plan := PlanOf(types.NewTx(&planned), from, s.step, s.layer)
		var sign signWith = func(d types.TxData, k *ecdsa.PrivateKey) *types.Transaction {
			chainID := types.NewTx(d).ChainId() // a legacy one signs for the plan's (EIP-155)
			if chainID.Sign() == 0 {
				chainID = bigs(s.chainID)
			}
			tx, err := types.SignTx(types.NewTx(d), types.LatestSignerForChainID(chainID), k)
			if err != nil {
				t.Fatalf("%s %s: %v", s.stack, s.step, err)
			}
			return tx
		}
		e := &record.Escape{ID: "x", Unsigned: plan}
		if _, err := TakeSigned(e, sign(&planned, key)); err != nil {
			t.Errorf("%s %s: the planned transaction refused: %v", s.stack, s.step, err)
		}
		for _, r := range refusals {
			_, err := TakeSigned(e, r.signed(planned, sign))
			if escape.CodeOf(err) != "signed-mismatch" || !strings.Contains(err.Error(), "transaction's "+r.field+" is") {
				t.Errorf("%s %s, %s: want signed-mismatch naming %s, got %v", s.stack, s.step, r.name, r.field, err)
			}
		}
	}
}
