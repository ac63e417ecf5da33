package main

import (
	"context"
	"math/big"
	"os"
	"regexp"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/rogpeppe/go-internal/testscript"

	"github.com/l2escape/escape/escape/units"
)

// endpointLine is what `--wallet l2-endpoint` prints for the user.
var endpointLine = regexp.MustCompile(`RPC at (http://127\.0\.0\.1:[0-9]+/[0-9a-f]+) \(chain id [0-9]+\), then send from 0x[0-9a-fA-F]{40}: to (0x[0-9a-fA-F]{40}), value ([0-9.]+) ETH, (?:data (0x[0-9a-f]*)|no data)`)

// cmdL2Wallet plays a browser wallet pointed at escape's local L2 endpoint
// (docs/wallets-arbitrum.md): it waits for the endpoint line in FILE (the
// output of a background `escape ... --wallet l2-endpoint`), asks the
// endpoint for chain id, nonce, fees and gas as MetaMask does, and sends
// what the line says, signed with $USER_KEY.
//
//	l2wallet FILE [nonce]   nonce: send nonce+1 and expect escape's refusal
func cmdL2Wallet(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 1 || len(args) > 2 {
		ts.Fatalf("usage: l2wallet FILE [nonce]")
	}
	var m []string
	for deadline := time.Now().Add(time.Minute); m == nil; time.Sleep(100 * time.Millisecond) {
		b, _ := os.ReadFile(ts.MkAbs(args[0]))
		if m = endpointLine.FindStringSubmatch(string(b)); m == nil && time.Now().After(deadline) {
			ts.Fatalf("no endpoint line in %s:\n%s", args[0], b)
		}
	}
	url, to := m[1], common.HexToAddress(m[2])
	value, err := units.ParseAmount(m[3], 18, "ETH")
	ts.Check(err)
	data := common.FromHex(m[4])
	c, cancel := ctx()
	defer cancel()
	client, err := ethclient.DialContext(c, url)
	ts.Check(err)
	defer client.Close()
	key, err := crypto.HexToECDSA(ts.Getenv("USER_KEY"))
	ts.Check(err)
	from := crypto.PubkeyToAddress(key.PublicKey)
	tx, err := walletTx(c, client, from, to, value, data)
	ts.Check(err)
	if len(args) == 2 {
		if args[1] != "nonce" {
			ts.Fatalf("l2wallet: unknown change %q", args[1])
		}
		tx.Nonce++
	}
	signed, err := types.SignTx(types.NewTx(tx), types.LatestSignerForChainID(tx.ChainID), key)
	ts.Check(err)
	err = client.SendTransaction(c, signed)
	switch {
	case len(args) == 2 && (err == nil || !strings.Contains(err.Error(), "escape refused")):
		ts.Fatalf("a transaction with another nonce was not refused: %v", err)
	case len(args) == 1 && err != nil:
		ts.Fatalf("the planned transaction was refused: %v", err)
	}
	ts.Logf("wallet sent %s: %v", signed.Hash().Hex(), err)
}

// walletTx asks what a wallet asks and builds the EIP-1559 transaction as
// ethers does (max fee = 2 × base fee + tip).
func walletTx(c context.Context, client *ethclient.Client, from, to common.Address, value *big.Int, data []byte) (*types.DynamicFeeTx, error) {
	chainID, err := client.ChainID(c)
	if err != nil {
		return nil, err
	}
	nonce, err := client.PendingNonceAt(c, from)
	if err != nil {
		return nil, err
	}
	tip, err := client.SuggestGasTipCap(c)
	if err != nil {
		return nil, err
	}
	head, err := client.HeaderByNumber(c, nil)
	if err != nil {
		return nil, err
	}
	gas, err := client.EstimateGas(c, ethereum.CallMsg{From: from, To: &to, Value: value, Data: data})
	if err != nil {
		return nil, err
	}
	maxFee := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	return &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: maxFee, Gas: gas, To: &to, Value: value, Data: data}, nil
}
