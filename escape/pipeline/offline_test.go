package pipeline

import (
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/l2escape/escape/escape"
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
