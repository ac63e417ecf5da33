package app

import (
	"bytes"
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/l2escape/escape/escape/pipeline"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/escape/ui"
	"github.com/l2escape/escape/escape/wallet/l2capture"
	"github.com/l2escape/escape/internal/devnet"
)

// TestL2EndpointJSONDocumented: --wallet l2-endpoint with --json prints a
// documented l2-endpoint object carrying the URL a program needs.
func TestL2EndpointJSONDocumented(t *testing.T) {
	var out, errOut bytes.Buffer
	u := &ui.UI{Out: &out, Err: &errOut, JSON: true}
	arbSys := common.HexToAddress("0x64")
	plan := &record.Unsigned{Step: "l2-tx", Layer: "L2", Type: 2, ChainID: 412346, From: devnet.DevAddress(0), Nonce: 3, To: arbSys,
		Value: "1", Gas: 100_000, MaxFeePerGas: "1000000000", MaxPriorityFeePerGas: "0"}
	sent := make(chan error, 1)
	w := l2capture.Wallet{Started: func(url string) {
		go func() {
			c, err := ethclient.Dial(url)
			if err != nil {
				sent <- err
				return
			}
			tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(412346), Nonce: 3, GasTipCap: new(big.Int),
				GasFeeCap: big.NewInt(1e9), Gas: 100_000, To: &arbSys, Value: big.NewInt(1)}), types.LatestSignerForChainID(big.NewInt(412346)), devnet.DevKey(0))
			if err != nil {
				sent <- err
				return
			}
			sent <- c.SendTransaction(context.Background(), tx)
		}()
	}}
	if _, err := w.SignL2(context.Background(), pipeline.L2SignRequest{Plan: plan, Network: "Arbitrum devnet", UI: u}); err != nil {
		t.Fatal(err)
	}
	if err := <-sent; err != nil {
		t.Fatal(err)
	}
	objs := checkJSONLines(t, out.String())
	if len(objs) != 1 || objs[0]["event"] != "l2-endpoint" || objs[0]["url"] == "" {
		t.Fatalf("want one l2-endpoint object, got %s", out.String())
	}
	if errOut.Len() != 0 {
		t.Fatalf("progress lines with --json: %q", errOut.String())
	}
}
