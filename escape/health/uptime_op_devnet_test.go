package health_test

import (
	"testing"
	"time"

	"github.com/l2escape/escape/escape/health"
	"github.com/l2escape/escape/escape/network"
	"github.com/l2escape/escape/internal/devnet"
)

// On an OP Stack chain, Chainlink's OptimismValidator sends the status
// through the L1CrossDomainMessenger; until the L2 includes the deposit,
// the feed keeps its last status. escape finds the message on L1 (the
// devnet's real messenger's SentMessage) and calls the sequencer down; a
// message that repeats the feed's status is not pending, nor is one the
// feed has applied.
func TestUptimeFeedPendingOP(t *testing.T) {
	ctx := testCtx(t)
	d := devnet.StartOPDevnetT(t, devnet.OPOptions{})
	feed, err := devnet.DeployUptimeFeed(ctx, d.L2)
	if err != nil {
		t.Fatal(err)
	}
	net := d.NetworkFile("op-devnet")
	net.Contracts[network.SequencerUptimeFeed] = network.Contract{Address: feed.Proxy, Source: network.Source{Note: "test"}}
	h, err := d.L2.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	deployed := time.Unix(int64(h.Time), 0)
	far := 1000 * time.Hour
	in := health.Input{Network: net, L1: dial(t, "L1", d.L1.URL, net.L1ChainID), L2: dial(t, "L2", d.L2.URL, net.L2ChainID),
		Limits: health.Thresholds{BatchDegraded: far, BatchDown: far, L2Degraded: far, L2Down: far, ProposalDegraded: far, DelayedDegraded: far},
		Now:    func() time.Time { return time.Unix(0, 0) }}
	pending := func(r *health.Report) *health.PendingStatus {
		t.Helper()
		u := r.L2.UptimeFeed
		if u == nil || u.L1Sender != devnet.DevAddress(8) {
			t.Fatalf("feed %+v", u)
		}
		return u.PendingOnL1
	}

	// "up" again, as the feed already says: nothing pending.
	if _, err := feed.SendStatusOP(ctx, d, false, deployed.Add(2*time.Hour)); err != nil {
		t.Fatal(err)
	}
	r := check(t, ctx, in)
	if p := pending(r); p != nil || hasReason(r, "uptime-feed-down-on-l1", health.SequencerDown) {
		t.Fatalf("a repeated up is pending: %+v %+v", p, r.Reasons)
	}

	// "down", which the L2 has not included: the sequencer is down by
	// Chainlink's account although the feed still says up.
	downAt := deployed.Add(2*time.Hour + time.Minute)
	rc, err := feed.SendStatusOP(ctx, d, true, downAt)
	if err != nil {
		t.Fatal(err)
	}
	r = check(t, ctx, in)
	wantVerdict(t, r, health.SequencerDown, health.ExitSequencerDown)
	p := pending(r)
	if p == nil || !p.Down || p.SentAt.Unix() != downAt.Unix() || p.Tx.Tx == nil || *p.Tx.Tx != rc.TxHash || p.Message != nil ||
		!r.L2.UptimeFeed.Up || !hasReason(r, "uptime-feed-down-on-l1", health.SequencerDown) {
		t.Fatalf("pending down: %+v %+v", p, r.Reasons)
	}

	// The L2 applies it: the feed says down, nothing is pending.
	if err := feed.SetStatus(ctx, true, downAt); err != nil {
		t.Fatal(err)
	}
	r = check(t, ctx, in)
	if p := pending(r); p != nil || !hasReason(r, "uptime-feed-down", health.SequencerDown) || hasReason(r, "uptime-feed-down-on-l1", health.SequencerDown) {
		t.Fatalf("applied: %+v %+v", p, r.Reasons)
	}
}
