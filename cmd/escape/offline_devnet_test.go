package main

import (
	"encoding/json"
	"math/big"
	"os"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rogpeppe/go-internal/testscript"

	"github.com/l2escape/escape/escape/pipeline"
)

// cmdSignUnsigned plays the signer on another machine (`cast mktx`): it
// reads only the file `--unsigned` wrote and writes the signed raw
// transaction's hex.
//
//	sign-unsigned FILE OUT [nonce|to|fee]   sign FILE with $USER_KEY into OUT; nonce, to, fee: sign a transaction
//	                                        that differs from the plan in that field (nonce+1, another to, a lower fee)
func cmdSignUnsigned(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 || len(args) > 3 {
		ts.Fatalf("usage: sign-unsigned FILE OUT [nonce|to|fee]")
	}
	var u pipeline.UnsignedFile
	ts.Check(json.Unmarshal([]byte(ts.ReadFile(args[0])), &u))
	value, _ := new(big.Int).SetString(u.Value, 10)
	feeCap, _ := new(big.Int).SetString(u.MaxFeePerGas, 10)
	tip, _ := new(big.Int).SetString(u.MaxPriorityFeePerGas, 10)
	to := u.To
	tx := &types.DynamicFeeTx{ChainID: new(big.Int).SetUint64(u.ChainID), Nonce: u.Nonce, To: &to, Value: value, Data: u.Data,
		Gas: u.Gas, GasFeeCap: feeCap, GasTipCap: tip}
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
