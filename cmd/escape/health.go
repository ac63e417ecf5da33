package main

import (
	"context"

	"github.com/urfave/cli/v2"

	"github.com/l2escape/escape/escape/app"
	"github.com/l2escape/escape/escape/health"
)

// healthCommand is `escape health`: its thresholds are its own flags.
func healthCommand() *cli.Command {
	d := health.DefaultThresholds()
	return &cli.Command{
		Name:      "health",
		Usage:     "tell from L1 (and an L2 RPC if one answers) whether the L2 is down and whether the escape hatch is open",
		UsageText: "escape health --network NAME [--l1-rpc URL] [--l2-rpc URL] [--json] [thresholds]",
		Description: "Reads the network's L1 contracts (and, if an L2 RPC answers, the L2 head and Chainlink's sequencer uptime feed) and\n" +
			"gives a verdict with its reasons, ending with the command to run for that verdict. An L2 head that was fresh\n" +
			"when read caps the verdict at degraded: the sequencer is not called down while it is producing blocks.\n" +
			"OP Stack: the batcher's last batch to the batch inbox, the latest dispute game or L2 output, the pause state,\n" +
			"the respected game type and the sequencing window. Arbitrum: the last SequencerBatchDelivered, delayed messages\n" +
			"waiting, the delay buffer, force-inclusion deadlines, the latest confirmed assertion and the Inbox pause.\n\n" +
			"Exit codes:\n" +
			"   0  healthy\n" +
			"  10  degraded (batches late, proposals stalled, a delayed message waiting long, L2 head late,\n" +
			"      or the Chainlink uptime feed says the sequencer came back within --uptime-grace)\n" +
			"  11  sequencer down (no batch past --batch-down-after, a delayed message past its force-inclusion deadline,\n" +
			"      L2 head older than --l2-down-after, or the Chainlink uptime feed says down)\n" +
			"  12  bridge paused (OP portal or SuperchainConfig paused; Arbitrum Inbox or rollup paused)\n" +
			"   1  error (no RPC answered, wrong network), 2 usage\n" +
			"With --json the report is one JSON object with \"verdict\", \"exitCode\", \"reasons\" and the facts.",
		// Health signs nothing: no key or confirmation flags.
		Flags: []cli.Flag{networkFlag, l1RPCFlag, l2RPCFlag, jsonFlag,
			&cli.DurationFlag{Name: "batch-degraded-after", Value: d.BatchDegraded, Usage: "no batch on L1 for `DURATION`: degraded"},
			&cli.DurationFlag{Name: "batch-down-after", Value: d.BatchDown, Usage: "no batch on L1 for `DURATION`: sequencer down (also bounds the search for the last batch)"},
			&cli.DurationFlag{Name: "proposal-degraded-after", Value: d.ProposalDegraded, Usage: "newest dispute game / output (Arbitrum: confirmed assertion, beyond the confirm period) older than `DURATION`: degraded"},
			&cli.DurationFlag{Name: "delayed-degraded-after", Value: d.DelayedDegraded, Usage: "Arbitrum: oldest unread delayed message waiting for `DURATION`: degraded"},
			&cli.DurationFlag{Name: "l2-degraded-after", Value: d.L2Degraded, Usage: "with an L2 RPC: L2 head older than `DURATION`: degraded"},
			&cli.DurationFlag{Name: "l2-down-after", Value: d.L2Down, Usage: "with an L2 RPC: L2 head older than `DURATION`: sequencer down (raise it for quiet Arbitrum chains, which make blocks only for transactions)"},
			&cli.DurationFlag{Name: "uptime-grace", Value: d.UptimeGrace, Usage: "with an L2 RPC: Chainlink's uptime feed says the sequencer came back less than `DURATION` ago: degraded (dApps commonly wait this long)"},
		},
		Action: run(func(ctx context.Context, c *cli.Context, o *app.Options) error {
			return app.Health(ctx, o, health.Thresholds{
				BatchDegraded:    c.Duration("batch-degraded-after"),
				BatchDown:        c.Duration("batch-down-after"),
				ProposalDegraded: c.Duration("proposal-degraded-after"),
				DelayedDegraded:  c.Duration("delayed-degraded-after"),
				L2Degraded:       c.Duration("l2-degraded-after"),
				L2Down:           c.Duration("l2-down-after"),
				UptimeGrace:      c.Duration("uptime-grace"),
			})
		}),
	}
}
