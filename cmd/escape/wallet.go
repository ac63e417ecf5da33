package main

import (
	"context"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/l2escape/escape/escape/app"
)

// The browser wallet's flags and `escape ui` (docs/wallets.md).
var (
	walletFlag = &cli.StringFlag{Name: "wallet", Usage: "`browser`: your browser wallet (MetaMask, Rabby, ...) sends the L1 transactions from a local page escape serves " +
		"(on Arbitrum, without a key, it signs the L2 transaction through a local L2 endpoint too); " +
		"l2-endpoint: Arbitrum, your wallet signs only the L2 transaction, through that endpoint"}
	// ESCAPE_NO_BROWSER=1 prints the page's address without opening a browser.
	noBrowserFlag = &cli.BoolFlag{Name: "no-browser", Usage: "print the page's address only; do not open a browser", EnvVars: []string{"ESCAPE_NO_BROWSER"}}
)

// startWallet serves the wallet page when the command was given
// --wallet browser; the returned function stops it.
func startWallet(c *cli.Context, o *app.Options) (func(), error) {
	kind := ""
	for _, f := range c.Command.Flags {
		if f == walletFlag {
			kind = c.String("wallet")
		}
	}
	if kind != app.WalletBrowser { // "", or l2-endpoint (l2capture.go)
		return func() {}, nil
	}
	if o.DryRun {
		return func() {}, nil // a dry run signs nothing: no wallet needed
	}
	s, err := app.StartBrowserWallet(o, "escape "+c.Command.Name, openBrowser())
	if err != nil {
		return nil, err
	}
	return func() { _ = s.Close() }, nil
}

func openBrowser() bool { return os.Getenv("ESCAPE_NO_BROWSER") == "" }

// uiCommand is `escape ui`: the local page, which lists where each escape
// stands with its countdowns, until interrupted.
func uiCommand() *cli.Command {
	return &cli.Command{
		Name:  "ui",
		Usage: "open a local page that shows where your escapes stand, with their countdowns",
		Flags: []cli.Flag{homeFlag, l1RPCFlag, l2RPCFlag, noBrowserFlag},
		Action: run(func(ctx context.Context, c *cli.Context, o *app.Options) error {
			s, err := app.StartBrowserWallet(o, "escape ui", !c.Bool("no-browser"))
			if err != nil {
				return err
			}
			defer s.Close()
			o.UI.Progress("Serving until you stop it (Ctrl-C). To send a step with your browser wallet, run it with --wallet browser, e.g. `escape next last --wallet browser`.")
			<-ctx.Done()
			return nil
		}),
	}
}
