package health

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/network"
)

// L2Facts is what an L2 RPC said, when one was given.
type L2Facts struct {
	Head       *Point      `json:"head,omitempty"`
	UptimeFeed *UptimeFeed `json:"uptimeFeed,omitempty"`
	// Error is why the L2 could not be read (the verdict then rests on L1).
	Error string `json:"error,omitempty"`
}

// UptimeFeed is Chainlink's L2 sequencer uptime feed, read through its
// proxy: answer 0 means up, 1 down, since Since (startedAt: the L1 time at
// which Chainlink's L1 validator sent the change).
//
// The feed lives on L2 and is written only by a message from that
// validator, which the L2 must include: during an outage it keeps its last
// answer ("up") until the sequencer includes the "down" message, so it
// tells of an outage after the fact. The validators (ArbitrumValidator,
// OptimismValidator in smartcontractkit/chainlink contracts/src/v0.8/l2ep)
// store no status on L1, only forward it, and Chainlink publishes no L1
// address that holds it, so the feed needs an L2 RPC; with one, escape
// also finds the validator (the feed's l1Sender()) and looks on L1 for a
// status message the L2 has not applied (PendingOnL1, see uptime_l1.go).
type UptimeFeed struct {
	Address     common.Address `json:"address"` // the proxy, as bundled
	Aggregator  common.Address `json:"aggregator"`
	Description string         `json:"description"`
	Decimals    uint64         `json:"decimals"`
	Up          bool           `json:"up"`
	Answer      int64          `json:"answer"`
	Since       time.Time      `json:"since"`
	UpdatedAt   time.Time      `json:"updatedAt"`
	// SinceSeconds is how long the current status has held.
	SinceSeconds int64 `json:"sinceSeconds"`
	// InGracePeriod: up, but for less than the grace period
	// (Thresholds.UptimeGrace) that dApps following Chainlink's example
	// wait after the sequencer returns before trusting prices again.
	InGracePeriod      bool  `json:"inGracePeriod"`
	GracePeriodSeconds int64 `json:"gracePeriodSeconds"`
	// L1Sender is Chainlink's L1 validator, the only sender the feed
	// accepts.
	L1Sender common.Address `json:"l1Sender"`
	// PendingOnL1 is a status the validator sent on L1 that the feed has
	// not applied: during an outage, the "down" that the L2 has yet to
	// include.
	PendingOnL1 *PendingStatus `json:"pendingOnL1,omitempty"`
}

// UptimeFeedDescription is what every Chainlink uptime feed returns from
// description() (BaseSequencerUptimeFeed); its proxy forwards it.
const UptimeFeedDescription = "L2 Sequencer Uptime Status Feed"

// FeedIdentity is what a feed proxy says about itself: the checks escape
// makes before it trusts a bundled SequencerUptimeFeed address.
type FeedIdentity struct {
	Proxy       common.Address
	Aggregator  common.Address
	Description string
	Decimals    uint64
	// Answered is false when a getter reverted or returned nothing.
	Answered bool
}

// Problem says why the contract is not a Chainlink uptime feed proxy, or
// "" when it is one.
func (id FeedIdentity) Problem() string {
	switch {
	case !id.Answered:
		return "does not answer aggregator(), description() and decimals()"
	case id.Aggregator == (common.Address{}):
		return "has no aggregator"
	case id.Description != UptimeFeedDescription:
		return fmt.Sprintf("describes itself as %q, not %q", id.Description, UptimeFeedDescription)
	case id.Decimals != 0:
		return fmt.Sprintf("has %d decimals, not 0", id.Decimals)
	}
	return ""
}

type feedViews struct{ round, aggregator, description, decimals *view }

// newFeedViews reads Chainlink's uptime feed by hand-written signatures:
// no binding is generated for it (bindings/handwritten_test.go).
func newFeedViews(proxy common.Address) feedViews {
	return feedViews{call(proxy, "latestRoundData()"), call(proxy, "aggregator()"), call(proxy, "description()"), call(proxy, "decimals()")}
}

func (f feedViews) all() []*view { return []*view{f.round, f.aggregator, f.description, f.decimals} }

func (f feedViews) identity(proxy common.Address) FeedIdentity {
	id := FeedIdentity{Proxy: proxy}
	agg, ok1 := f.aggregator.address()
	desc, ok2 := f.description.string()
	dec, ok3 := f.decimals.uint(0)
	id.Aggregator, id.Description, id.Decimals, id.Answered = agg, desc, dec, ok1 && ok2 && ok3
	return id
}

// ReadFeedIdentity reads a feed proxy's aggregator(), description() and
// decimals() on L2 (`escape verify`): two round trips.
func ReadFeedIdentity(ctx context.Context, l2 *chain.Client, proxy common.Address) (FeedIdentity, error) {
	head, err := l2.BlockNumber(ctx)
	if err != nil {
		return FeedIdentity{}, err
	}
	f := newFeedViews(proxy)
	if err := run(ctx, l2, head, f.all()[1:]...); err != nil {
		return FeedIdentity{}, err
	}
	return f.identity(proxy), nil
}

func (c *checker) checkL2(ctx context.Context) {
	l2 := c.in.L2
	f := &L2Facts{}
	c.r.L2 = f
	h, err := l2.HeaderByNumber(ctx, nil)
	if err != nil {
		f.Error = firstLine(err.Error())
		c.note("The L2 RPC did not answer (%s); the verdict rests on L1 alone.", f.Error)
		return
	}
	p := c.point(h.Number.Uint64(), time.Unix(int64(h.Time), 0), nil)
	f.Head = &p
	age := c.age(p)
	switch {
	case age >= c.lim.L2Down:
		c.reason(SequencerDown, "l2-head-stale", fmt.Sprintf("The L2's newest block (%d) is %s old: the sequencer has produced no block since (or the L2 RPC %s is out of sync).", p.Block, human(age), l2.Endpoint()))
	case age >= c.lim.L2Degraded:
		c.reason(Degraded, "l2-head-late", fmt.Sprintf("The L2's newest block (%d) is %s old (or the L2 RPC %s lags).", p.Block, human(age), l2.Endpoint()))
	}
	if feed, ok := c.in.Network.Address(network.SequencerUptimeFeed); ok {
		f.UptimeFeed = c.checkUptimeFeed(ctx, feed, h.Number.Uint64())
	}
}

// uptimeFeedLimits is what the feed cannot tell, said wherever it is read.
const uptimeFeedLimits = "Chainlink's uptime feed lives on L2 and changes only when the L2 includes its L1 validator's message: during an outage an L2 RPC keeps showing the last status (\"up\") until the sequencer includes the \"down\" message, so escape also looks on L1 for a status message the L2 has not applied. Chainlink's L1 validators keep no status on L1 (they only forward it) and Chainlink publishes no L1 address for them, so this signal cannot be read from L1 alone: escape finds the validator through the feed. The other findings, read from L1, do not depend on it."

// checkUptimeFeed reads the bundled feed proxy at the L2 head in one
// batch, trusts it only if it says it is an uptime feed, and judges it:
// down is "sequencer down"; up for less than the grace period is
// "degraded", since dApps that follow Chainlink's example still hold back.
func (c *checker) checkUptimeFeed(ctx context.Context, proxy common.Address, block uint64) *UptimeFeed {
	f := newFeedViews(proxy)
	if err := run(ctx, c.in.L2, block, f.all()...); err != nil {
		c.note("The Chainlink sequencer uptime feed %s did not answer (%s).", proxy.Hex(), firstLine(err.Error()))
		return nil
	}
	id := f.identity(proxy)
	if p := id.Problem(); p != "" {
		c.note("The bundled Chainlink sequencer uptime feed %s %s, so escape ignores it; check the network file.", proxy.Hex(), p)
		return nil
	}
	if !f.round.ok(5) {
		c.note("The Chainlink sequencer uptime feed %s did not answer latestRoundData() (%v).", proxy.Hex(), f.round.err)
		return nil
	}
	// (roundId, answer, startedAt, updatedAt, answeredInRound)
	answer := new(big.Int).SetBytes(f.round.word(1))
	started, _ := f.round.uint(2)
	updated, _ := f.round.uint(3)
	u := &UptimeFeed{Address: proxy, Aggregator: id.Aggregator, Description: id.Description, Decimals: id.Decimals,
		Answer: answer.Int64(), Up: answer.Sign() == 0,
		Since: time.Unix(int64(started), 0).UTC(), UpdatedAt: time.Unix(int64(updated), 0).UTC(),
		GracePeriodSeconds: int64(c.lim.UptimeGrace / time.Second)}
	held := c.now.Sub(u.Since)
	if held < 0 {
		held = 0
	}
	u.SinceSeconds = int64(held / time.Second)
	c.readL1Sender(ctx, u, block)
	if u.L1Sender != (common.Address{}) {
		p, err := c.findPendingStatus(ctx, u)
		if err != nil {
			c.note("escape could not look on L1 for a status message from Chainlink's validator %s (%s).", u.L1Sender.Hex(), firstLine(err.Error()))
		}
		u.PendingOnL1 = p
	}
	c.judgeUptimeFeed(u, held)
	c.note("%s", uptimeFeedLimits)
	return u
}

// judgeUptimeFeed gives the feed's reasons: a "down" pending on L1 or on
// the feed is "sequencer down"; back up for less than the grace period is
// "degraded".
func (c *checker) judgeUptimeFeed(u *UptimeFeed, held time.Duration) {
	since := u.Since.Format("2006-01-02 15:04 UTC")
	switch p := u.PendingOnL1; {
	case p != nil && p.Down:
		c.reason(SequencerDown, "uptime-feed-down-on-l1", pendingText(p)+fmt.Sprintf(", so it still says up: dApps reading it do not know yet (sent %s ago).", human(c.now.Sub(p.SentAt))))
	case p != nil:
		c.note("%s: the sequencer is back by Chainlink's account, and dApps' grace period counts from then.", pendingText(p))
	}
	switch {
	case !u.Up:
		c.reason(SequencerDown, "uptime-feed-down", fmt.Sprintf("Chainlink's sequencer uptime feed reports the sequencer down since %s (%s ago).", since, human(held)))
	case held < c.lim.UptimeGrace:
		u.InGracePeriod = true
		c.reason(Degraded, "uptime-feed-grace", fmt.Sprintf("Chainlink's sequencer uptime feed reports the sequencer back up since %s, only %s ago: within the %s grace period dApps commonly wait, so dApps that follow Chainlink's guidance may still pause borrowing and liquidations until %s.", since, human(held), human(c.lim.UptimeGrace), u.Since.Add(c.lim.UptimeGrace).Format("15:04 UTC")))
	}
}

// string decodes an ABI-encoded string answer.
func (v *view) string() (string, bool) {
	if !v.ok(2) {
		return "", false
	}
	off, ok := v.uint(0)
	if !ok || off+32 > uint64(len(v.ret)) {
		return "", false
	}
	n := new(big.Int).SetBytes(v.ret[off : off+32])
	if !n.IsUint64() || off+32+n.Uint64() > uint64(len(v.ret)) {
		return "", false
	}
	return string(v.ret[off+32 : off+32+n.Uint64()]), true
}

// VerifyUptimeFeed adds the checks of a bundled SequencerUptimeFeed to
// `escape verify`'s report, on L2 when an L2 RPC answers: the proxy has an
// aggregator, describes itself as an uptime feed and has 0 decimals. The
// checks are advisory (the feed is outside the path of the funds), and an
// L2 that does not answer leaves a fact, not a failure.
func VerifyUptimeFeed(ctx context.Context, env *flow.Env, r *flow.VerifyReport) {
	proxy, ok := env.Network.Address(network.SequencerUptimeFeed)
	if !ok || env.L2 == nil {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	id, err := ReadFeedIdentity(ctx, env.L2, proxy)
	if err != nil {
		r.Facts["SequencerUptimeFeed"] = "not checked: the L2 RPC did not answer (" + firstLine(err.Error()) + ")"
		return
	}
	const detail = "Chainlink's uptime feed on L2, read by `escape health`"
	checks := []flow.VerifyCheck{{Name: "SequencerUptimeFeed.aggregator()", Want: "an uptime feed proxy", Got: "(no answer)", Detail: detail + ": " + id.Problem()}}
	if id.Answered {
		checks = []flow.VerifyCheck{
			{Name: "SequencerUptimeFeed.aggregator()", Want: "a contract", Got: id.Aggregator.Hex(), OK: id.Aggregator != (common.Address{}), Detail: detail},
			{Name: "SequencerUptimeFeed.description()", Want: fmt.Sprintf("%q", UptimeFeedDescription), Got: fmt.Sprintf("%q", id.Description), OK: id.Description == UptimeFeedDescription},
			{Name: "SequencerUptimeFeed.decimals()", Want: "0", Got: fmt.Sprint(id.Decimals), OK: id.Decimals == 0},
		}
	}
	for _, c := range checks {
		c.Advisory = true
		r.Checks = append(r.Checks, c)
	}
}
