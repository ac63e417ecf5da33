package main

import (
	"context"
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/l2escape/escape/escape/app"
)

// findCommand is `escape find`: the withdrawals of an address that are not
// finished, for users who have no hash at hand.
func findCommand() *cli.Command {
	return &cli.Command{
		Name:      "find",
		Usage:     "list every withdrawal of an address that is not finalized yet, with its stage",
		UsageText: "escape find --network NAME --address ADDRESS [--l2-rpc URL] [--from-block N | --days D] [--json]",
		Description: "Scans the L2's logs (any read-only L2 RPC serves, including a replica) for withdrawals made by the address\n" +
			"or paying it (OP Stack: L2ToL1MessagePasser.MessagePassed by sender or target, L2StandardBridge withdrawals from it;\n" +
			"Arbitrum: ArbSys L2ToL1Tx to it, token gateway withdrawals from it), then asks L1 which are not finalized yet.\n" +
			fmt.Sprintf("Without --from-block it scans about the last --days days (default %d). Each line gives the REF that\n", app.DefaultFindDays) +
			"escape status and escape next take.",
		// Find signs nothing: no key or confirmation flags. The record is
		// read to name the escapes already following a withdrawal.
		Flags: []cli.Flag{networkFlag, l1RPCFlag, l2RPCFlag, jsonFlag, homeFlag,
			required(&cli.StringFlag{Name: "address", Usage: "the `ADDRESS` whose withdrawals to list"}),
			&cli.Uint64Flag{Name: "from-block", Usage: "first L2 `BLOCK` to scan (0: the whole chain)"},
			&cli.Uint64Flag{Name: "days", Usage: "without --from-block, scan about the last `DAYS` days", Value: app.DefaultFindDays},
		},
		Action: run(func(ctx context.Context, c *cli.Context, o *app.Options) error {
			fo := app.FindOptions{Address: c.String("address"), Days: c.Uint64("days")}
			if c.IsSet("from-block") {
				b := c.Uint64("from-block")
				fo.FromBlock = &b
			}
			return app.Find(ctx, o, fo)
		}),
	}
}
