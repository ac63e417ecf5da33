package main

import (
	"github.com/urfave/cli/v2"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/app"
	"github.com/l2escape/escape/escape/pipeline"
	"github.com/l2escape/escape/escape/wallet/l2capture"
)

// The wallet that signs Arbitrum's L2 transaction (docs/wallets-arbitrum.md).
// `l2-endpoint`: escape serves a local L2 endpoint the user's wallet is
// pointed at, and captures the transaction the wallet sends. The flag is
// walletFlag (wallet.go), shared with `browser`, which sends the L1
// transactions from the wallet page too.

// l2WalletFlags are added to the commands that start an escape.
func l2WalletFlags() []cli.Flag { return []cli.Flag{walletFlag} }

// l2WalletOption maps --wallet onto the pipeline's L2 wallet.
func l2WalletOption(c *cli.Context) (pipeline.L2Wallet, error) {
	switch v := c.String("wallet"); v {
	case "", app.WalletBrowser: // browser: the page, and on Arbitrum the endpoint too (app.Options.l2Wallet)
		return nil, nil
	case "l2-endpoint":
		return l2capture.Wallet{}, nil
	default:
		return nil, escape.Errorf("usage", "--wallet takes browser (your browser wallet sends, from a local page) or l2-endpoint (Arbitrum: your wallet signs the L2 transaction through a local endpoint)", "unknown --wallet %q", v)
	}
}
