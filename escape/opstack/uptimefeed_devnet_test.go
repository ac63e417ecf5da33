package opstack

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/l2escape/escape/escape"
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
	err = VerifyNetwork(ctx, env)
	if escape.CodeOf(err) != "verify-failed" || !strings.Contains(err.Error(), "SequencerUptimeFeed.aggregator()") {
		t.Fatalf("the feed without its proxy: %v", err)
	}
}
