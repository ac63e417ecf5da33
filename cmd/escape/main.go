// Command escape gets funds out of an Ethereum L2 through L1 when the L2's
// operators fail: the sequencer is down or censoring, and all you have is an
// L1 RPC and your key. This file only wires flags to escape/app.
package main

import (
	"context"
	"errors"
	"os"
	"os/signal"
	"slices"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/app"
	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/keys"
	"github.com/l2escape/escape/escape/ui"
)

// Set at release build time with -ldflags -X.
var (
	version = "dev"
	commit  = "unknown"
)

var (
	networkFlag = &cli.StringFlag{Name: "network", Aliases: []string{"n"}, Usage: "network `NAME` (escape networks lists them) or the path of your own network file", EnvVars: []string{"ESCAPE_NETWORK"}}
	l1RPCFlag   = &cli.StringSliceFlag{Name: "l1-rpc", Usage: "L1 RPC `URL` (repeatable; tried in order, with failover)", EnvVars: []string{"ESCAPE_L1_RPC"}}
	l2RPCFlag   = &cli.StringSliceFlag{Name: "l2-rpc", Usage: "L2 RPC `URL` (optional, repeatable; any read-only replica serves)", EnvVars: []string{"ESCAPE_L2_RPC"}}
	jsonFlag    = &cli.BoolFlag{Name: "json", Usage: "print machine-readable JSON lines (and nothing else) on standard output"}
	yesFlag     = &cli.BoolFlag{Name: "yes", Aliases: []string{"y"}, Usage: "do not ask for confirmation before signing"}
	dryRunFlag  = &cli.BoolFlag{Name: "dry-run", Usage: "simulate every step without signing or sending anything"}
	keyFileFlag = &cli.StringFlag{Name: "key-file", Usage: "`FILE` holding your hex private key (or set ESCAPE_PRIVATE_KEY)"}
	keystoreFlg = &cli.StringFlag{Name: "keystore", Usage: "go-ethereum keystore JSON `FILE`"}
	passwordFlg = &cli.StringFlag{Name: "password-file", Usage: "`FILE` holding the keystore password (- reads standard input; without it a piped password is read, or you are asked)"}
	rawKeyFlag  = &cli.StringFlag{Name: "private-key", Hidden: true, Usage: "refused: keys on the command line leak into shell history"}
	homeFlag    = &cli.StringFlag{Name: "home", Usage: "`DIR` of the local record (default: your config directory)", EnvVars: []string{"ESCAPE_HOME"}}
	noColorFlag = &cli.BoolFlag{Name: "no-color", Usage: "no colour in output or prompts (as does the NO_COLOR environment variable)"}
	// rpcTimeoutFlag: 5 s is chain.DefaultCallTimeout; see there why.
	rpcTimeoutFlag = &cli.DurationFlag{Name: "rpc-timeout", Value: 5 * time.Second, EnvVars: []string{"ESCAPE_RPC_TIMEOUT"},
		Usage: "give up on an RPC endpoint that has not answered a request within `DURATION` and ask the next one (event-log searches and batched reads get 3 times as long)"}
	pollFlag = &cli.DurationFlag{Name: "poll-interval", Hidden: true, Value: 2 * time.Second, EnvVars: []string{"ESCAPE_POLL_INTERVAL"}}
	// slowAfterFlag (hidden, for tests): how long a request waits before
	// progress reports it slow; tests shorten it to see many labels fast.
	slowAfterFlag = &cli.DurationFlag{Name: "rpc-slow-after", Hidden: true, Value: chain.DefaultSlowAfter, EnvVars: []string{"ESCAPE_RPC_SLOW_AFTER"}}
)

// globalFlags are listed in the top-level help and may be written before
// or after the command (args.go moves them); each command still declares
// the ones it uses, so that its help shows only those.
func globalFlags() []cli.Flag {
	return []cli.Flag{networkFlag, l1RPCFlag, l2RPCFlag, rpcTimeoutFlag, jsonFlag, yesFlag, dryRunFlag, keyFileFlag, keystoreFlg, passwordFlg, homeFlag, noColorFlag}
}

// readFlags are the flags of commands that read chains and sign nothing.
func readFlags() []cli.Flag {
	return []cli.Flag{networkFlag, l1RPCFlag, l2RPCFlag, jsonFlag, homeFlag, pollFlag, slowAfterFlag}
}

// chainFlags are the flags every command that may sign takes.
func chainFlags(extra ...cli.Flag) []cli.Flag {
	return append([]cli.Flag{networkFlag, l1RPCFlag, l2RPCFlag, jsonFlag, yesFlag, dryRunFlag, keyFileFlag, keystoreFlg, passwordFlg, rawKeyFlag, homeFlag, pollFlag, slowAfterFlag}, extra...)
}

func options(c *cli.Context) (*app.Options, error) {
	if c.IsSet("private-key") {
		return nil, keys.RefuseRawKey("--private-key")
	}
	for _, f := range []string{"key-file", "keystore", "password-file"} {
		if v := c.String(f); v != "" && keys.LooksLikeRawKey(v) {
			if _, err := os.Stat(v); err != nil {
				return nil, keys.RefuseRawKey("--" + f)
			}
		}
	}
	if c.IsSet("rpc-timeout") && c.Duration("rpc-timeout") <= 0 {
		return nil, escape.Errorf("usage", "give a positive duration, e.g. --rpc-timeout 10s", "--rpc-timeout %s is not a positive duration", c.Duration("rpc-timeout"))
	}
	o := &app.Options{
		Network: c.String("network"),
		L1RPCs:  c.StringSlice("l1-rpc"),
		L2RPCs:  c.StringSlice("l2-rpc"),
		JSON:    c.Bool("json"),
		Yes:     c.Bool("yes"),
		DryRun:  c.Bool("dry-run"),
		Home:    c.String("home"),
		Poll:    c.Duration("poll-interval"),
		// 0 where the command takes no --rpc-timeout: the chain's default.
		RPCTimeout:   c.Duration("rpc-timeout"),
		RPCSlowAfter: c.Duration("rpc-slow-after"),
		Keys: keys.Source{
			Env:          os.Getenv(keys.EnvVar),
			KeyFile:      c.String("key-file"),
			Keystore:     c.String("keystore"),
			PasswordFile: c.String("password-file"),
		},
		UI:      ui.New(c.Bool("json")),
		Offline: offlineOptions(c),
	}
	l2Wallet, err := l2WalletOption(c)
	if err != nil {
		return nil, err
	}
	o.L2Wallet = l2Wallet
	if c.IsSet("l2-nonce") {
		n := c.Uint64("l2-nonce")
		o.L2Nonce = &n
	}
	if c.IsSet("bump-fee") {
		o.BumpFee = c.Uint64("bump-fee")
	}
	return o, nil
}

// run wraps a command so that its options are parsed once and errors are
// printed as "error:" and "hint:" lines.
func run(f func(ctx context.Context, c *cli.Context, o *app.Options) error) cli.ActionFunc {
	return func(c *cli.Context) error {
		if c.Bool("no-color") {
			ui.DisableColor()
		}
		o, err := options(c)
		if err != nil {
			return err
		}
		ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
		defer stop()
		stopWallet, err := startWallet(c, o)
		if err != nil {
			return err
		}
		defer stopWallet()
		return f(ctx, c, o)
	}
}

func needArg(c *cli.Context, what string) (string, error) {
	if c.NArg() != 1 {
		return "", escape.Errorf("usage", "usage: escape "+c.Command.Name+" "+what+"; "+what+" is an escape id from `escape history` (or \"last\"), an L1 transaction hash, or (with --network) an L2 transaction hash (REF#N for one of several withdrawals) or an OP withdrawal hash",
			"%s takes one %s", c.Command.Name, what)
	}
	return c.Args().First(), nil
}

func newApp() *cli.App {
	a := &cli.App{
		Name:    "escape",
		Usage:   "get your funds out of an L2 through L1 when its sequencer is down or censoring",
		Version: version,
		UsageText: "escape withdraw --network NAME --amount AMOUNT [--token TOKEN] [--to L1_RECIPIENT]\n" +
			"escape status REF      escape next REF      escape watch REF\n" +
			"escape find --network NAME --address ADDRESS      escape status L2_TX_HASH[#N] --network NAME\n" +
			"escape health --network NAME      escape networks      escape verify --network NAME",
		Description: "escape forces a transaction into an OP Stack or Arbitrum L2 from L1, and follows it to your L1 address.\n" +
			"Give your key with ESCAPE_PRIVATE_KEY, --key-file or --keystore. Every step can be simulated with --dry-run.\n" +
			"docs/networks.md describes the networks and your own network files.\n" +
			"Run without a command on a terminal, escape asks for each thing in turn: network, RPC, asset, amount, recipient.",
		Flags:                append(globalFlags(), pollFlag, slowAfterFlag, cli.HelpFlag), // our help command stops urfave/cli adding it; pollFlag (hidden) for guided mode
		HideHelpCommand:      true,                                                         // ours is helpCommand: `escape help CMD`
		EnableBashCompletion: true,
		Action:               rootAction,
		OnUsageError:         usageError,
		Commands: []*cli.Command{
			{
				Name:   "networks",
				Usage:  "list the bundled networks, their addresses and where each came from",
				Flags:  []cli.Flag{jsonFlag},
				Action: run(func(ctx context.Context, c *cli.Context, o *app.Options) error { return app.Networks(o) }),
			},
			{
				Name:   "verify",
				Usage:  "check a network's bundled addresses against the chain itself",
				Flags:  readFlags(),
				Action: run(func(ctx context.Context, c *cli.Context, o *app.Options) error { return app.Verify(ctx, o) }),
			},
			{
				Name:      "withdraw",
				Usage:     "force a withdrawal of ETH or a token from the L2 to L1",
				UsageText: "escape withdraw --network NAME --amount AMOUNT [--token TOKEN] [--to L1_RECIPIENT]",
				Flags: append(chainFlags(
					required(&cli.StringFlag{Name: "amount", Usage: "`AMOUNT` in ETH (or in token units with --token), e.g. 0.5"}),
					&cli.StringFlag{Name: "token", Usage: "the token's L1 or L2 `ADDRESS` (escape finds the other and shows the pair); ETH if absent"},
					&cli.StringFlag{Name: "to", Usage: "L1 recipient `ADDRESS` (default: your own address)"},
					&cli.Uint64Flag{Name: "l2-nonce", Usage: "Arbitrum: your L2 `NONCE`, when no L2 RPC can tell it"},
				), append(offlineFlags(false), walletFlag)...),
				Action: run(withdrawAction),
			},
			{
				Name:      "send",
				Usage:     "force any L2 transaction from L1",
				UsageText: "escape send --network NAME --to L2_ADDRESS [--value ETH] [--data HEX] [--gas L2_GAS]",
				Flags: append(chainFlags(
					required(&cli.StringFlag{Name: "to", Usage: "L2 `ADDRESS` to call"}),
					&cli.StringFlag{Name: "value", Usage: "`ETH` to send with the call, from your L2 balance"},
					&cli.StringFlag{Name: "data", Usage: "calldata as 0x-prefixed `HEX`"},
					&cli.StringFlag{Name: "gas", Usage: "L2 gas `LIMIT` (default: estimated with a margin)"},
					&cli.Uint64Flag{Name: "l2-nonce", Usage: "Arbitrum: your L2 `NONCE`, when no L2 RPC can tell it"},
				), append(offlineFlags(false), walletFlag)...),
				Action: run(sendAction),
			},
			{
				Name:      "status",
				Usage:     "show where an escape stands, what comes next and when",
				ArgsUsage: "REF",
				// Status signs nothing; --dry-run keeps a withdrawal found by
				// its L2 hash out of the record.
				Flags: append(readFlags(), dryRunFlag),
				Action: run(func(ctx context.Context, c *cli.Context, o *app.Options) error {
					ref, err := needArg(c, "REF")
					if err != nil {
						return err
					}
					return app.Status(ctx, o, ref)
				}),
			},
			{
				Name:      "next",
				Usage:     "perform the step that is due: prove, force-include, finalize or execute (or resend a saved transaction)",
				ArgsUsage: "REF",
				Flags:     append(chainFlags(&cli.Uint64Flag{Name: "bump-fee", Usage: "replace a stuck transaction with one paying `PERCENT` more fees (at least 10)"}), append(offlineFlags(true), walletFlag)...),
				Action: run(func(ctx context.Context, c *cli.Context, o *app.Options) error {
					ref, err := needArg(c, "REF")
					if err != nil {
						return err
					}
					return app.Next(ctx, o, ref)
				}),
			},
			{
				Name:      "watch",
				Usage:     "follow an escape through its stages with a countdown for each",
				ArgsUsage: "REF",
				Flags:     chainFlags(&cli.DurationFlag{Name: "refresh", Value: 15 * time.Second, Usage: "ask the chain again every `DURATION`"}),
				Action: run(func(ctx context.Context, c *cli.Context, o *app.Options) error {
					ref, err := needArg(c, "REF")
					if err != nil {
						return err
					}
					o.Refresh = c.Duration("refresh")
					return app.Watch(ctx, o, ref)
				}),
			},
			findCommand(),
			{
				Name:   "history",
				Usage:  "list the escapes in the local record",
				Flags:  []cli.Flag{jsonFlag, homeFlag},
				Action: run(func(ctx context.Context, c *cli.Context, o *app.Options) error { return app.History(o) }),
			},
			healthCommand(),
			uiCommand(),
			{
				Name:   "version",
				Usage:  "print the version, commit and the registry's revision (as does --version)",
				Flags:  []cli.Flag{jsonFlag},
				Action: run(func(ctx context.Context, c *cli.Context, o *app.Options) error { return printVersion(c) }),
			},
			completionCommand(),
			helpCommand(),
		},
	}
	for _, c := range a.Commands {
		c.Flags = append(c.Flags, noColorFlag)
		if slices.Contains(c.Flags, cli.Flag(l1RPCFlag)) {
			// Every command that reaches an RPC.
			c.Flags = append(c.Flags, rpcTimeoutFlag)
		}
		c.OnUsageError = usageError
		c.Before = checkRequired
		for _, f := range c.Flags {
			if f == networkFlag {
				c.BashComplete = completeNetworks(c)
			}
		}
	}
	return a
}

// printVersion is both `escape version` and `escape --version`.
func printVersion(c *cli.Context) error {
	return app.Version(&app.Options{UI: ui.New(c.Bool("json"))}, version, commit)
}

func main() {
	// First of all, before any key can be in memory.
	_ = disableCoreDumps()
	a := newApp()
	a.ExitErrHandler = func(c *cli.Context, err error) {}
	args := interspersed(a, os.Args)
	err := refuseKeyShapedArgs(a, os.Args)
	if err == nil {
		err = a.Run(args)
	}
	if err == nil {
		return
	}
	// A health verdict other than healthy: its report is printed already,
	// only the exit code is left to give.
	var reported interface{ Reported() bool }
	if errors.As(err, &reported) && reported.Reported() {
		os.Exit(exitCode(err))
	}
	u := ui.New(jsonRequested(args))
	var ee *escape.Error
	if !errors.As(err, &ee) {
		// Anything urfave/cli still reports on its own is a usage error.
		err = &escape.Error{Code: "usage", Msg: err.Error(), Hint: helpHint(a, args)}
	}
	u.PrintError(err)
	os.Exit(exitCode(err))
}

// jsonRequested: with --json anywhere, errors are JSON on standard output
// too, even when the flag was not parsed (the error may be why).
func jsonRequested(args []string) bool {
	for _, arg := range args[1:] {
		if arg == "--" {
			break
		}
		if arg == "--json" || arg == "-json" || arg == "--json=true" || arg == "-json=true" {
			return true
		}
	}
	return false
}

// exitCode: 1 for errors; health verdicts use their own codes (see app.Health).
func exitCode(err error) int {
	var ec interface{ ExitCode() int }
	if errors.As(err, &ec) {
		return ec.ExitCode()
	}
	switch escape.CodeOf(err) {
	case "usage", chain.CodeBadURL:
		return 2
	case "too-early":
		return escape.ExitTooEarly
	}
	return 1
}
