package main

import (
	"encoding/json"
	"math/big"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/rogpeppe/go-internal/testscript"

	"github.com/l2escape/escape/escape/pipeline"
)

// cmdSignUnsigned plays the signer on another machine: it reads only what
// `--unsigned` wrote (a file, or the output of `--json --unsigned -`, whose
// last line is the transaction) and writes the signed raw transaction's hex,
// as `cast mktx` prints it. It signs the "tx" object as clef would take it
// (go-ethereum's own argument type for account_signTransaction), after
// checking it is the transaction the top-level fields and the cast line
// describe.
//
//	sign-unsigned FILE OUT [nonce|to|fee]   sign FILE with $USER_KEY into OUT; nonce, to, fee: sign a transaction
//	                                        that differs from the plan in that field (nonce+1, another to, a lower fee)
func cmdSignUnsigned(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 || len(args) > 3 {
		ts.Fatalf("usage: sign-unsigned FILE OUT [nonce|to|fee]")
	}
	var u struct {
		pipeline.UnsignedFile
		Tx apitypes.SendTxArgs `json:"tx"`
	}
	var last json.RawMessage
	dec := json.NewDecoder(strings.NewReader(ts.ReadFile(args[0])))
	for dec.More() { // the last object: the --json output's last line
		ts.Check(dec.Decode(&last))
	}
	ts.Check(json.Unmarshal(last, &u))
	if u.SchemaVersion != 1 || u.Event != "unsigned" {
		ts.Fatalf("sign-unsigned: %s has schemaVersion %d, event %q", args[0], u.SchemaVersion, u.Event)
	}
	unsigned, err := u.Tx.ToTransaction()
	ts.Check(err)
	if want := pipeline.CastCommand(&u.Unsigned); u.Cast != want || u.Tx.From.Address() != u.From ||
		unsigned.Type() != byte(u.Type) || unsigned.ChainId().Uint64() != u.ChainID || unsigned.Nonce() != u.Nonce || *unsigned.To() != u.To ||
		unsigned.Value().String() != u.Value || string(unsigned.Data()) != string(u.Data) || unsigned.Gas() != u.Gas ||
		unsigned.GasFeeCap().String() != u.MaxFeePerGas || unsigned.GasTipCap().String() != u.MaxPriorityFeePerGas {
		ts.Fatalf("sign-unsigned: the tx object of %s is not the transaction its fields and cast line describe", args[0])
	}
	to := *unsigned.To()
	feeCap := unsigned.GasFeeCap()
	tx := &types.DynamicFeeTx{ChainID: unsigned.ChainId(), Nonce: unsigned.Nonce(), To: &to, Value: unsigned.Value(), Data: unsigned.Data(),
		Gas: unsigned.Gas(), GasFeeCap: feeCap, GasTipCap: unsigned.GasTipCap()}
	if len(args) == 3 {
		switch args[2] {
		case "nonce":
			tx.Nonce++
		case "to":
			other := u.From
			tx.To = &other
		case "fee":
			tx.GasFeeCap = new(big.Int).Sub(feeCap, big.NewInt(1))
		default:
			ts.Fatalf("sign-unsigned: unknown change %q", args[2])
		}
	}
	key, err := crypto.HexToECDSA(ts.Getenv("USER_KEY"))
	ts.Check(err)
	signed, err := types.SignTx(types.NewTx(tx), types.LatestSignerForChainID(tx.ChainID), key)
	ts.Check(err)
	raw, err := signed.MarshalBinary()
	ts.Check(err)
	ts.Check(os.WriteFile(ts.MkAbs(args[1]), []byte(hexutil.Encode(raw)+"\n"), 0o600))
}
