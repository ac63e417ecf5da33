package health

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/escape/network"
)

// L2Facts is what an L2 RPC said, when one was given.
type L2Facts struct {
	Head       *Point      `json:"head,omitempty"`
	UptimeFeed *UptimeFeed `json:"uptimeFeed,omitempty"`
	// Error is why the L2 could not be read (the verdict then rests on L1).
	Error string `json:"error,omitempty"`
}

// UptimeFeed is Chainlink's L2 sequencer uptime feed: answer 0 means up,
// 1 down, since StartedAt. It is written by messages from L1 that the L2
// must include, so during an outage it keeps its last answer ("up") until
// the sequencer is back; it tells dApps about outages after the fact.
type UptimeFeed struct {
	Address   common.Address `json:"address"`
	Up        bool           `json:"up"`
	Answer    int64          `json:"answer"`
	Since     time.Time      `json:"since"`
	UpdatedAt time.Time      `json:"updatedAt"`
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

	feed, ok := c.in.Network.Address(network.SequencerUptimeFeed)
	if !ok {
		return
	}
	v := call(feed, "latestRoundData()")
	if err := run(ctx, l2, h.Number.Uint64(), v); err != nil || !v.ok(5) {
		if err == nil {
			err = v.err
		}
		c.note("The Chainlink sequencer uptime feed %s did not answer (%v).", feed.Hex(), err)
		return
	}
	// (roundId, answer, startedAt, updatedAt, answeredInRound)
	answer := new(big.Int).SetBytes(v.word(1))
	started, _ := v.uint(2)
	updated, _ := v.uint(3)
	u := &UptimeFeed{Address: feed, Answer: answer.Int64(), Up: answer.Sign() == 0,
		Since: time.Unix(int64(started), 0).UTC(), UpdatedAt: time.Unix(int64(updated), 0).UTC()}
	f.UptimeFeed = u
	if !u.Up {
		c.reason(SequencerDown, "uptime-feed-down", fmt.Sprintf("Chainlink's sequencer uptime feed reports the sequencer down since %s (%s ago).", u.Since.Format("2006-01-02 15:04 UTC"), human(c.now.Sub(u.Since))))
	}
}
