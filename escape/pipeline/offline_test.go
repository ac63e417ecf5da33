package pipeline

import (
	"bytes"
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
