package health_test

import (
	"bytes"
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/l2escape/escape/escape/health"
	"github.com/l2escape/escape/escape/network"
	"github.com/l2escape/escape/internal/devnet"
	"github.com/l2escape/escape/internal/rpcproxy"
	"github.com/l2escape/escape/internal/textcheck"
)

func TestArbitrumHealth(t *testing.T) {
	for _, buffer := range []bool{false, true} {
		name := map[bool]string{false: "fixed-delay", true: "delay-buffer"}[buffer]
		t.Run(name, func(t *testing.T) { testArbitrumHealth(t, buffer) })
	}
}

func testArbitrumHealth(t *testing.T, buffer bool) {
	ctx := testCtx(t)
	d := devnet.NewArbDevnetT(t, devnet.ArbOptions{DelayBuffer: buffer})
	net := d.NetworkFile("arb-devnet")
	proxy := rpcproxy.StartT(t, d.L1.URL, rpcproxy.Options{})
	l1 := dial(t, "L1", proxy.URL, net.L1ChainID)
	in := health.Input{Network: net, L1: l1}
	user := devnet.DevKey(1)
	cost := func(what string) {
		st := proxy.Stats()
		t.Logf("%s: %d HTTP requests in %d round trips, %d calls (%d eth_getLogs)", what, st.HTTPRequests, st.Windows, st.Calls, st.GetLogs)
	}
	oneEth := big.NewInt(1e18)

	// The sequencer at work: a deposit, read and posted in a batch.
	if _, err := d.DepositEth(ctx, user, oneEth); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Sequence(ctx); err != nil {
		t.Fatal(err)
	}
	proxy.Reset()
	r := check(t, ctx, in)
	cost("healthy")
	wantVerdict(t, r, health.Healthy, health.ExitHealthy)
	f := r.Arbitrum
	if f.LastBatch == nil || f.LastBatchSequence == nil || *f.LastBatchSequence != f.BatchCount-1 {
		t.Fatalf("last batch %+v (sequence %v) with %d batches", f.LastBatch, f.LastBatchSequence, f.BatchCount)
	}
	if f.DelayedMessageCount != 1 || f.DelayedMessagesRead != 1 || f.DelayedWaiting != 0 || f.OldestWaiting != nil {
		t.Fatalf("delayed: %+v", f)
	}
	if f.DelayBlocks != d.Opts.DelayBlocks || f.DelayBufferable != buffer || (f.Buffer != nil) != buffer {
		t.Fatalf("delay %d bufferable %v buffer %+v", f.DelayBlocks, f.DelayBufferable, f.Buffer)
	}
	if buffer && (f.Buffer.Max != d.Opts.BufferMax || f.Buffer.Threshold != d.Opts.BufferThreshold) {
		t.Fatalf("buffer %+v", f.Buffer)
	}
	// A message sent in the next block is force-includable after
	// delayBlocks (the buffer starts full, and is larger).
	if f.ForceIncludableFromBlock != r.L1Head.Block+1+d.Opts.DelayBlocks+1 {
		t.Fatalf("force-includable from %d at head %d", f.ForceIncludableFromBlock, r.L1Head.Block)
	}
	if f.Rollup != d.Rollup || f.LatestConfirmed == nil || f.ValidatorsAllowListed == nil || !*f.ValidatorsAllowListed {
		t.Fatalf("rollup %s confirmed %+v allow-listed %v", f.Rollup, f.LatestConfirmed, f.ValidatorsAllowListed)
	}
	genesis := d.Assertions()[0]
	if f.LatestConfirmed.ID != genesis.Hash.Hex() || f.LatestConfirmed.Created.Block != genesis.CreatedAtBlock {
		t.Fatalf("latest confirmed %+v, want genesis %s at %d", f.LatestConfirmed, genesis.Hash, genesis.CreatedAtBlock)
	}

	// A confirmed assertion moves the latest confirmed one.
	a, err := d.AssertAndConfirm(ctx)
	if err != nil {
		t.Fatal(err)
	}
	r = check(t, ctx, in)
	if c := r.Arbitrum.LatestConfirmed; c == nil || c.ID != a.Hash.Hex() || c.Confirmed == nil || c.Created.Block != a.CreatedAtBlock {
		t.Fatalf("latest confirmed %+v, want %s", c, a.Hash)
	}

	// The sequencer stops; a user's message waits in the delayed inbox.
	if _, err := d.DepositEth(ctx, user, oneEth); err != nil {
		t.Fatal(err)
	}
	r = check(t, ctx, in)
	f = r.Arbitrum
	if f.DelayedWaiting != 1 || f.OldestWaiting == nil || f.OldestWaiting.Index != 1 || f.OldestWaiting.ForceIncludableNow {
		t.Fatalf("waiting: %+v %+v", f, f.OldestWaiting)
	}
	sentAt := f.OldestWaiting.Sent.Block
	if f.OldestWaiting.DeadlineBlock != sentAt+d.Opts.DelayBlocks {
		t.Fatalf("deadline %d for a message of block %d", f.OldestWaiting.DeadlineBlock, sentAt)
	}
	wantVerdict(t, r, health.Healthy, health.ExitHealthy)

	// Past its deadline (blocks, not time): the sequencer is not doing its
	// job, and the message can be forced in now.
	if err := d.MineL1(ctx, d.Opts.DelayBlocks); err != nil {
		t.Fatal(err)
	}
	proxy.Reset()
	r = check(t, ctx, in)
	cost("a delayed message overdue")
	wantVerdict(t, r, health.SequencerDown, health.ExitSequencerDown)
	if !hasReason(r, "delayed-overdue", health.SequencerDown) || !r.Arbitrum.OldestWaiting.ForceIncludableNow ||
		!strings.Contains(r.Forcing, "right now") {
		t.Fatalf("overdue: %+v %+v %s", r.Reasons, r.Arbitrum.OldestWaiting, r.Forcing)
	}

	// Someone forces it in. That is not the sequencer posting: the last
	// batch stays the sequencer's own.
	lastSeq := *f.LastBatchSequence
	if _, err := d.ForceInclude(ctx, nil); err != nil {
		t.Fatal(err)
	}
	r = check(t, ctx, in)
	f = r.Arbitrum
	if f.DelayedWaiting != 0 || f.LastForceInclusion == nil || f.LastBatch == nil || *f.LastBatchSequence != lastSeq {
		t.Fatalf("after force inclusion: waiting %d, forced %+v, last batch %+v (seq %v, want %d)", f.DelayedWaiting, f.LastForceInclusion, f.LastBatch, f.LastBatchSequence, lastSeq)
	}
	wantVerdict(t, r, health.Healthy, health.ExitHealthy)

	// Time passes without batches: degraded, then down.
	if err := d.L1.IncreaseTime(ctx, 40*60); err != nil {
		t.Fatal(err)
	}
	r = check(t, ctx, in)
	wantVerdict(t, r, health.Degraded, health.ExitDegraded)
	if !hasReason(r, "batches-late", health.Degraded) {
		t.Fatalf("40 minutes: %+v", r.Reasons)
	}
	if err := d.L1.IncreaseTime(ctx, 60*60); err != nil {
		t.Fatal(err)
	}
	r = check(t, ctx, in)
	wantVerdict(t, r, health.SequencerDown, health.ExitSequencerDown)
	if !hasReason(r, "batches-stalled", health.SequencerDown) || !strings.Contains(r.Summary, "sequencer looks down") {
		t.Fatalf("100 minutes: %s %+v", r.Summary, r.Reasons)
	}

	// The sequencer is back.
	if _, err := d.DepositEth(ctx, user, oneEth); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Sequence(ctx); err != nil {
		t.Fatal(err)
	}
	r = check(t, ctx, in)
	wantVerdict(t, r, health.Healthy, health.ExitHealthy)

	// The owner pauses the Inbox: nothing can be forced.
	if err := d.PauseInbox(ctx); err != nil {
		t.Fatal(err)
	}
	r = check(t, ctx, in)
	wantVerdict(t, r, health.BridgePaused, health.ExitBridgePaused)
	if !r.Arbitrum.InboxPaused || !hasReason(r, "inbox-paused", health.BridgePaused) || !strings.Contains(r.Forcing, "not possible") {
		t.Fatalf("paused: %+v %s", r.Reasons, r.Forcing)
	}
	if err := d.UnpauseInbox(ctx); err != nil {
		t.Fatal(err)
	}

	// An Orbit-style allow list: reported, the verdict unchanged.
	if _, err := d.Owner.Transact(ctx, d.Art.Inbox, d.Inbox, nil, "setAllowListEnabled", true); err != nil {
		t.Fatal(err)
	}
	r = check(t, ctx, in)
	wantVerdict(t, r, health.Healthy, health.ExitHealthy)
	if !r.Arbitrum.InboxAllowList || !strings.Contains(r.Forcing, "allow-listed senders") {
		t.Fatalf("allow list: %v %s", r.Arbitrum.InboxAllowList, r.Forcing)
	}
	if _, err := d.Owner.Transact(ctx, d.Art.Inbox, d.Inbox, nil, "setAllowListEnabled", false); err != nil {
		t.Fatal(err)
	}

	// With the L2: its head's age.
	in.L2 = dial(t, "L2", d.L2.URL, net.L2ChainID)
	r = check(t, ctx, in)
	l2Head, err := d.L2.Client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if r.L2 == nil || r.L2.Head == nil || r.L2.Head.Block != l2Head {
		t.Fatalf("L2 facts %+v, want head %d", r.L2, l2Head)
	}
	// L1's clock was moved 100 minutes on and the L2 made no block since.
	if r.L2.Head.AgeSeconds < 90*60 || !hasReason(r, "l2-head-stale", health.SequencerDown) {
		t.Fatalf("L2 head %+v, reasons %+v", r.L2.Head, r.Reasons)
	}
}

// TestUptimeFeed flips Chainlink's sequencer uptime feed (the devnet's
// compiled stand-in behind its proxy, see internal/devnet/uptimefeed.go)
// down and back up, and reads the verdicts and texts at each step: up past
// the grace period, down, back up within the grace period, past it again.
// L1's clock is moved (the report's time is the L1 head's), with the L1
// and L2 thresholds raised so that only the feed decides.
func TestUptimeFeed(t *testing.T) {
	ctx := testCtx(t)
	d := devnet.NewArbDevnetT(t, devnet.ArbOptions{})
	feed, err := devnet.DeployUptimeFeed(ctx, d.L2)
	if err != nil {
		t.Fatal(err)
	}
	net := d.NetworkFile("arb-devnet")
	net.Contracts[network.SequencerUptimeFeed] = network.Contract{Address: feed.Proxy, Source: network.Source{Note: "test"}}
	if _, err := d.DepositEth(ctx, devnet.DevKey(1), big.NewInt(1)); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Sequence(ctx); err != nil {
		t.Fatal(err)
	}
	deployed := l2Time(t, ctx, d)
	// at sets the next L1 block's time and mines it: the report's "now".
	at := func(when time.Time) {
		t.Helper()
		if err := d.L1.Client.Client().CallContext(ctx, nil, "evm_setNextBlockTimestamp", when.Unix()); err != nil {
			t.Fatal(err)
		}
		if err := d.L1.Mine(ctx, 1); err != nil {
			t.Fatal(err)
		}
	}
	far := 1000 * time.Hour
	in := health.Input{Network: net, L1: dial(t, "L1", d.L1.URL, net.L1ChainID), L2: dial(t, "L2", d.L2.URL, net.L2ChainID),
		Limits: health.Thresholds{BatchDegraded: far, BatchDown: far, L2Degraded: far, L2Down: far, ProposalDegraded: far, DelayedDegraded: far},
		Now:    func() time.Time { return time.Unix(0, 0) }}
	human := func(r *health.Report) string {
		var b bytes.Buffer
		r.WriteHuman(&b)
		if l := textcheck.NestedBrackets(b.String()); l != "" {
			t.Errorf("a bracket inside a bracket:\n%s", l)
		}
		return b.String()
	}

	// Up since the feed was deployed, two hours ago: past the grace period.
	// (deployed is the L2 head after sequencing, which may be a second or
	// two after the feed's own block.)
	at(deployed.Add(2 * time.Hour))
	r := check(t, ctx, in)
	wantVerdict(t, r, health.Healthy, health.ExitHealthy)
	u := r.L2.UptimeFeed
	if u == nil || !u.Up || u.InGracePeriod || absSeconds(u.Since.Sub(deployed)) > 2 || u.Aggregator != feed.Feed ||
		u.Description != health.UptimeFeedDescription || u.GracePeriodSeconds != 3600 {
		t.Fatalf("feed up: %+v", u)
	}
	if h := human(r); !strings.Contains(h, "past the 60 minutes grace period") || !strings.Contains(h, "cannot be read from L1") {
		t.Fatalf("feed up, human output:\n%s", h)
	}

	// The sequencer stops; Chainlink's validator sends "down" through the
	// Inbox. The message waits in the delayed inbox and the feed on L2
	// still says up, but escape finds the message on L1.
	sentAt := deployed.Add(2*time.Hour + time.Minute)
	rc, err := feed.SendStatusArbitrum(ctx, d, true, sentAt)
	if err != nil {
		t.Fatal(err)
	}
	at(sentAt.Add(3 * time.Minute))
	r = check(t, ctx, in)
	wantVerdict(t, r, health.SequencerDown, health.ExitSequencerDown)
	u = r.L2.UptimeFeed
	if u == nil || !u.Up || u.L1Sender != devnet.DevAddress(8) || !hasReason(r, "uptime-feed-down-on-l1", health.SequencerDown) {
		t.Fatalf("pending down: %+v %+v", u, r.Reasons)
	}
	if p := u.PendingOnL1; p == nil || !p.Down || p.SentAt.Unix() != sentAt.Unix() || p.Tx.Tx == nil || *p.Tx.Tx != rc.TxHash ||
		p.Message == nil || *p.Message != r.Arbitrum.DelayedMessagesRead {
		t.Fatalf("pending down: %+v (delayed messages read %d)", u.PendingOnL1, r.Arbitrum.DelayedMessagesRead)
	}
	if !strings.Contains(r.Summary, "Chainlink's L1 validator sent \"sequencer down\" at "+sentAt.UTC().Format("2006-01-02 15:04 UTC")+" as delayed message") ||
		!strings.Contains(r.Summary, "so it still says up: dApps reading it do not know yet (sent 3 minutes ago)") {
		t.Fatalf("summary %q", r.Summary)
	}
	// Once the sequencer has read it, nothing waits on L1 (the devnet's L2
	// does not execute it: the feed below is set directly).
	if _, err := d.Sequence(ctx); err != nil {
		t.Fatal(err)
	}
	r = check(t, ctx, in)
	wantVerdict(t, r, health.Healthy, health.ExitHealthy)
	if u := r.L2.UptimeFeed; u == nil || u.PendingOnL1 != nil {
		t.Fatalf("after sequencing: %+v", u)
	}

	// Chainlink's validator sends "down"; the L2 includes it.
	downAt := deployed.Add(3 * time.Hour)
	if err := feed.SetStatus(ctx, true, downAt); err != nil {
		t.Fatal(err)
	}
	at(downAt.Add(5 * time.Minute))
	r = check(t, ctx, in)
	wantVerdict(t, r, health.SequencerDown, health.ExitSequencerDown)
	if u := r.L2.UptimeFeed; u == nil || u.Up || u.Answer != 1 || u.SinceSeconds != 300 || !hasReason(r, "uptime-feed-down", health.SequencerDown) {
		t.Fatalf("feed down: %+v %+v", u, r.Reasons)
	}
	if !strings.Contains(r.Summary, "uptime feed reports the sequencer down since "+downAt.UTC().Format("2006-01-02 15:04 UTC")+" (5 minutes ago)") {
		t.Fatalf("summary %q", r.Summary)
	}
	if h := human(r); !strings.Contains(h, "DOWN (answer 1) since") {
		t.Fatalf("feed down, human output:\n%s", h)
	}

	// Back up an hour later: 20 minutes after, dApps may still be paused.
	upAt := downAt.Add(time.Hour)
	if err := feed.SetStatus(ctx, false, upAt); err != nil {
		t.Fatal(err)
	}
	at(upAt.Add(20 * time.Minute))
	r = check(t, ctx, in)
	wantVerdict(t, r, health.Degraded, health.ExitDegraded)
	if u := r.L2.UptimeFeed; u == nil || !u.Up || !u.InGracePeriod || u.SinceSeconds != 1200 || !hasReason(r, "uptime-feed-grace", health.Degraded) {
		t.Fatalf("feed back up: %+v %+v", u, r.Reasons)
	}
	if !strings.Contains(r.Summary, "back up since "+upAt.UTC().Format("2006-01-02 15:04 UTC")+", only 20 minutes ago: within the 60 minutes grace period") {
		t.Fatalf("summary %q", r.Summary)
	}
	if h := human(r); !strings.Contains(h, "back up since "+upAt.UTC().Format("2006-01-02 15:04 UTC")+" (20 minutes ago), within the 60 minutes grace period dApps commonly wait (until "+upAt.Add(time.Hour).UTC().Format("15:04 UTC")+"): dApps may still be paused") {
		t.Fatalf("feed back up, human output:\n%s", h)
	}
	// A stale "down" (sent before the current round) changes nothing.
	if err := feed.SetStatus(ctx, true, downAt.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	// The grace period is a threshold.
	in.Limits.UptimeGrace = 15 * time.Minute
	r = check(t, ctx, in)
	wantVerdict(t, r, health.Healthy, health.ExitHealthy)
	in.Limits.UptimeGrace = 0

	// Past the grace period: healthy again.
	at(upAt.Add(61 * time.Minute))
	r = check(t, ctx, in)
	wantVerdict(t, r, health.Healthy, health.ExitHealthy)
	if u := r.L2.UptimeFeed; u == nil || !u.Up || u.InGracePeriod {
		t.Fatalf("feed up again: %+v", u)
	}

	// Without an L2 RPC the report says where the feed is.
	noL2 := in
	noL2.L2 = nil
	r = check(t, ctx, noL2)
	if !strings.Contains(strings.Join(r.Notes, "\n"), "pass --l2-rpc to read it") {
		t.Fatalf("notes without L2: %q", r.Notes)
	}

	// A bundled address that is not a feed proxy (here the feed behind
	// it, which has no aggregator()) is not trusted: a note, no verdict.
	if err := feed.SetStatus(ctx, true, upAt.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	net.Contracts[network.SequencerUptimeFeed] = network.Contract{Address: feed.Feed, Source: network.Source{Note: "test"}}
	r = check(t, ctx, in)
	wantVerdict(t, r, health.Healthy, health.ExitHealthy)
	if r.L2.UptimeFeed != nil || !strings.Contains(strings.Join(r.Notes, "\n"), "escape ignores it") {
		t.Fatalf("not a proxy: %+v %q", r.L2.UptimeFeed, r.Notes)
	}
	id, err := health.ReadFeedIdentity(ctx, in.L2, feed.Proxy)
	if err != nil || id.Problem() != "" || id.Aggregator != feed.Feed || id.Decimals != 0 {
		t.Fatalf("proxy identity %+v %v", id, err)
	}
}

func l2Time(t *testing.T, ctx context.Context, d *devnet.ArbDevnet) time.Time {
	t.Helper()
	h, err := d.L2.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	return time.Unix(int64(h.Time), 0)
}

func absSeconds(d time.Duration) int64 {
	if d < 0 {
		d = -d
	}
	return int64(d / time.Second)
}
