package opstack

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/l2escape/escape/escape/network"
	"github.com/l2escape/escape/internal/devnet"
)

// With an L2 RPC, verify checks the bundled Chainlink uptime feed proxy on
// L2 (the devnet's stand-in) and names the failing getter for an address
// that is not one.
func TestVerifyUptimeFeed(t *testing.T) {
	ctx := context.Background()
	d, n := newOPNet(t, devnet.OPOptions{})
	feed, err := devnet.DeployUptimeFeed(ctx, d.L2)
	check(t, err)
	n.Contracts[network.SequencerUptimeFeed] = network.Contract{Address: feed.Proxy}
	env, _ := testEnv(t, d, n, userKey)
	r, err := (&Stack{}).Verify(ctx, env)
	check(t, err)
	if !r.OK() || !strings.Contains(fmt.Sprint(r.Checks), "SequencerUptimeFeed.description()") {
		t.Fatalf("verify with the feed: %+v", r.Checks)
	}
	n.Contracts[network.SequencerUptimeFeed] = network.Contract{Address: feed.Feed}
	// The feed is outside the path of the funds: a wrong one is a warning
	// and never refuses a signing command.
	if err := VerifyNetwork(ctx, env); err != nil {
		t.Fatalf("a wrong feed refused the network: %v", err)
	}
	r, err = (&Stack{}).Verify(ctx, env)
	check(t, err)
	if ws := r.Warnings(); len(ws) == 0 || !strings.Contains(fmt.Sprint(ws), "SequencerUptimeFeed.aggregator()") {
		t.Fatalf("the feed without its proxy: %+v", r.Checks)
	}
}
