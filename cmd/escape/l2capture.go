package main

import (
	"github.com/urfave/cli/v2"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/pipeline"
	"github.com/l2escape/escape/escape/wallet/l2capture"
)

// The wallet that signs Arbitrum's L2 transaction (docs/wallets-arbitrum.md).
// `l2-endpoint`: escape serves a local L2 endpoint the user's wallet is
// pointed at, and captures the transaction the wallet sends.
var l2WalletFlag = &cli.StringFlag{Name: "wallet",
	Usage: "Arbitrum: `l2-endpoint` lets your browser or desktop wallet sign the L2 transaction, through a local L2 RPC endpoint you point it at"}

// l2WalletFlags are added to the commands that start an escape.
func l2WalletFlags() []cli.Flag { return []cli.Flag{l2WalletFlag} }

// l2WalletOption maps --wallet onto the pipeline's L2 wallet.
func l2WalletOption(c *cli.Context) (pipeline.L2Wallet, error) {
	switch v := c.String("wallet"); v {
	case "":
		return nil, nil
	case "l2-endpoint":
		return l2capture.Wallet{}, nil
	default:
		return nil, escape.Errorf("usage", "--wallet takes l2-endpoint (Arbitrum: your wallet signs the L2 transaction through a local endpoint)", "unknown --wallet %q", v)
	}
}
