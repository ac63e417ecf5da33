package health

import (
	"fmt"
	"io"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/escape/ui"
)

// WriteHuman prints the report for people: the verdict in one sentence,
// the reasons, whether forcing is possible, then the facts with their ages.
func (r *Report) WriteHuman(w io.Writer) {
	fmt.Fprintln(w, r.Summary)
	if len(r.Reasons) > 0 {
		fmt.Fprintln(w, "\nWhy:")
		for _, rs := range r.Reasons {
			fmt.Fprintf(w, "  - %s [%s]\n", rs.Text, rs.Code)
		}
	}
	if r.Forcing != "" {
		fmt.Fprintf(w, "\n%s\n", r.Forcing)
	}
	if len(r.Notes) > 0 {
		fmt.Fprintln(w, "\nNotes:")
		for _, n := range r.Notes {
			fmt.Fprintf(w, "  - %s\n", n)
		}
	}
	fmt.Fprintln(w, "\nFacts read from L1:")
	var kvs []ui.KV
	add := func(k, format string, args ...any) {
		kvs = append(kvs, ui.KV{Key: k, Value: fmt.Sprintf(format, args...)})
	}
	switch {
	case r.OP != nil:
		kvs = r.opFacts(kvs)
	case r.Arbitrum != nil:
		kvs = r.arbFacts(kvs)
	}
	add("L1 head", "block %d, %s", r.L1Head.Block, r.ago(r.L1Head))
	ui.WriteKVs(w, kvs)
	if r.L2 != nil {
		kvs = nil
		fmt.Fprintln(w, "\nFacts read from L2:")
		if r.L2.Head != nil {
			add("L2 head", "block %d, %s", r.L2.Head.Block, r.ago(*r.L2.Head))
		} else {
			add("L2 head", "unknown: %s", r.L2.Error)
		}
		if u := r.L2.UptimeFeed; u != nil {
			add("Chainlink uptime feed", "%s", uptimeFeedLine(u, r.At))
			add("Uptime feed contract", "proxy %s, aggregator %s (%q, %d decimals)", u.Address.Hex(), u.Aggregator.Hex(), u.Description, u.Decimals)
			if p := u.PendingOnL1; p != nil {
				add("Pending on L1", "%s, tx %s", pendingText(p), p.Tx.Tx.Hex())
			} else if u.L1Sender != (common.Address{}) {
				add("Pending on L1", "no status message from Chainlink's validator %s waiting for the L2", u.L1Sender.Hex())
			}
		}
		ui.WriteKVs(w, kvs)
	}
	fmt.Fprintf(w, "\nAnswered by the L1 endpoint %s at block %d", r.L1Endpoint, r.L1Head.Block)
	if r.L2Endpoint != "" {
		fmt.Fprintf(w, " and the L2 endpoint %s", r.L2Endpoint)
	}
	fmt.Fprintf(w, ". Exit code %d (%s).\n", r.ExitCode, r.Verdict)
	if r.Next != "" {
		fmt.Fprintf(w, "\nWhat to do: %s\n  %s\n", r.Next, r.NextCommand)
	}
}

// uptimeFeedLine says what the feed reports and, once the sequencer is
// back, how long ago that was beside the grace period dApps wait.
func uptimeFeedLine(u *UptimeFeed, at time.Time) string {
	grace := time.Duration(u.GracePeriodSeconds) * time.Second
	switch {
	case !u.Up:
		return fmt.Sprintf("DOWN (answer %d) since %s; it changes only once the L2 includes Chainlink's message", u.Answer, ui.When(u.Since, at))
	case u.InGracePeriod:
		return fmt.Sprintf("back up since %s, within the %s grace period dApps commonly wait (until %s): dApps may still be paused", ui.When(u.Since, at), human(grace), u.Since.Add(grace).UTC().Format("15:04 UTC"))
	}
	return fmt.Sprintf("up since %s, past the %s grace period dApps commonly wait (answer %d, updated %s)", ui.When(u.Since, at), human(grace), u.Answer, u.UpdatedAt.Format("2006-01-02 15:04 UTC"))
}

// ago prints a point's time and age: "2026-11-22 11:02:05 UTC (4 minutes ago)".
func (r *Report) ago(p Point) string {
	s := p.Time.UTC().Format("2006-01-02 15:04:05 UTC")
	return s + " (" + human(time.Duration(p.AgeSeconds)*time.Second) + " ago)"
}

func yesNo(b bool) string {
	if b {
		return "YES"
	}
	return "no"
}

func (r *Report) opFacts(kvs []ui.KV) []ui.KV {
	f := r.OP
	add := func(k, format string, args ...any) {
		kvs = append(kvs, ui.KV{Key: k, Value: fmt.Sprintf(format, args...)})
	}
	if f.LastBatch != nil {
		kind := "calldata"
		if f.LastBatchBlobs > 0 {
			kind = fmt.Sprintf("%d blob(s)", f.LastBatchBlobs)
		}
		add("Last batch", "L1 block %d, %s, %s, tx %s", f.LastBatch.Block, r.ago(*f.LastBatch), kind, f.LastBatch.Tx.Hex())
	} else {
		add("Last batch", "none in the last %d L1 blocks, searched back to block %d, %s", f.ScannedBlocks, f.ScannedFrom.Block, r.ago(f.ScannedFrom))
	}
	add("Batcher", "%s (SystemConfig.batcherHash)", f.Batcher.Hex())
	add("Batch inbox", "%s", f.BatchInbox.Hex())
	switch f.ProofSystem {
	case "fault-proofs":
		if f.RespectedGameType != nil {
			add("Respected game type", "%d", *f.RespectedGameType)
		}
		add("Dispute games", "%d", f.GameCount)
		if g := f.LatestRespectedGame; g != nil {
			add("Latest respected game", "%s", gameLine(r, g))
		}
		if g := f.LatestGame; g != nil && (f.LatestRespectedGame == nil || g.Index != f.LatestRespectedGame.Index) {
			add("Latest game (any type)", "%s", gameLine(r, g))
		}
	case "l2-output-oracle":
		if o := f.LatestOutput; o != nil {
			add("Latest L2 output", "#%d for L2 block %d, proposed %s", o.Index, o.L2Block, r.ago(o.Proposed))
		} else {
			add("Latest L2 output", "none")
		}
	}
	add("Portal paused", "%s", yesNo(f.PortalPaused))
	if f.SuperchainPaused != nil {
		add("SuperchainConfig paused", "%s (%s; every chain)", yesNo(*f.SuperchainPaused), f.SuperchainConfig.Hex())
	}
	if f.ChainPaused != nil {
		add("Paused for this chain", "%s (SuperchainConfig.paused(%s))", yesNo(*f.ChainPaused), f.ChainPauseIdentifier.Hex())
	}
	if f.Guardian != (common.Address{}) {
		add("Guardian", "%s", f.Guardian.Hex())
	}
	assumed := ""
	if f.SequencingWindowAssumed {
		assumed = " (default; the network file gives none)"
	}
	add("Sequencing window", "%d L1 blocks%s", f.SequencingWindowBlocks, assumed)
	add("Deposit sent now", "on L2 by L1 block %d, about %s", f.DepositDeadlineBlock, ui.When(f.DepositDeadline, r.At))
	return kvs
}

func gameLine(r *Report, g *Game) string {
	s := fmt.Sprintf("#%d (type %d) %s, created %s", g.Index, g.Type, g.Address.Hex(), r.ago(g.Created))
	if g.L2Block != nil {
		s += fmt.Sprintf(", L2 block %d", *g.L2Block)
	}
	return s
}

func (r *Report) arbFacts(kvs []ui.KV) []ui.KV {
	f := r.Arbitrum
	add := func(k, format string, args ...any) {
		kvs = append(kvs, ui.KV{Key: k, Value: fmt.Sprintf(format, args...)})
	}
	if f.LastBatch != nil {
		seq := ""
		if f.LastBatchSequence != nil {
			seq = fmt.Sprintf("batch %d, ", *f.LastBatchSequence)
		}
		add("Last batch", "%sL1 block %d, %s, tx %s", seq, f.LastBatch.Block, r.ago(*f.LastBatch), f.LastBatch.Tx.Hex())
	} else {
		add("Last batch", "none in the last %d L1 blocks, searched back to block %d, %s", f.ScannedBlocks, f.ScannedFrom.Block, r.ago(f.ScannedFrom))
	}
	if p := f.LastForceInclusion; p != nil {
		add("Last force inclusion", "L1 block %d, %s, tx %s", p.Block, r.ago(*p), p.Tx.Hex())
	}
	add("Batches", "%d", f.BatchCount)
	add("Delayed messages", "%d sent, %d read by the sequencer, %d waiting", f.DelayedMessageCount, f.DelayedMessagesRead, f.DelayedWaiting)
	if m := f.OldestWaiting; m != nil {
		state := fmt.Sprintf("force-includable after L1 block %d", m.DeadlineBlock)
		if m.ForceIncludableNow {
			state = fmt.Sprintf("FORCE-INCLUDABLE NOW (deadline block %d passed)", m.DeadlineBlock)
		}
		add("Oldest waiting", "message %d, sent in L1 block %d, %s; %s", m.Index, m.Sent.Block, r.ago(m.Sent), state)
	}
	add("Force-inclusion delay", "%d L1 blocks (maxTimeVariation.delayBlocks)", f.DelayBlocks)
	if b := f.Buffer; b != nil {
		add("Delay buffer", "%d of %d blocks (threshold %d, replenish %d.%02d%%)", b.Blocks, b.Max, b.Threshold, b.ReplenishRateInBasis/100, b.ReplenishRateInBasis%100)
	} else {
		add("Delay buffer", "none (not delay-bufferable)")
	}
	add("Message sent now", "force-includable from L1 block %d, about %s", f.ForceIncludableFromBlock, ui.When(f.ForceIncludableFrom, r.At))
	if a := f.LatestConfirmed; a != nil {
		line := fmt.Sprintf("%s, created in L1 block %d, %s", a.ID, a.Created.Block, r.ago(a.Created))
		if a.Confirmed != nil {
			line += fmt.Sprintf("; confirmed in block %d, %s", a.Confirmed.Block, r.ago(*a.Confirmed))
		}
		add("Latest confirmed assertion", "%s", line)
	}
	if p := f.NextUnconfirmed; p != nil {
		state := fmt.Sprintf("confirmable from L1 block %d", p.DeadlineBlock)
		if p.PastPeriod {
			state = fmt.Sprintf("PAST its confirm period since L1 block %d, not confirmed", p.DeadlineBlock)
		}
		add("Next to confirm", "%s, %s", p.ID, state)
	}
	if f.ValidatorsAllowListed != nil {
		add("Validators allow-listed", "%s", yesNo(*f.ValidatorsAllowListed))
	}
	add("Inbox paused", "%s", yesNo(f.InboxPaused))
	if f.InboxAllowList {
		add("Inbox allow list", "ON: only allow-listed senders")
	}
	if f.RollupPaused != nil {
		add("Rollup paused", "%s", yesNo(*f.RollupPaused))
	}
	return kvs
}
