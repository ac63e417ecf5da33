package arbitrum

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/network"
	"github.com/l2escape/escape/internal/devnet"
)

// With an L2 RPC, verify checks the bundled Chainlink uptime feed proxy on
// L2 (the devnet's stand-in): it passes for the proxy and names the failing
// getter for an address that is not one. Without an L2 nothing is checked.
func TestVerifyUptimeFeed(t *testing.T) {
	ctx := context.Background()
	d := devnet.NewArbDevnetT(t, devnet.ArbOptions{})
	feed, err := devnet.DeployUptimeFeed(ctx, d.L2)
	if err != nil {
		t.Fatal(err)
	}
	n := d.NetworkFile("arb-devnet")
	n.Contracts[network.SequencerUptimeFeed] = network.Contract{Address: feed.Proxy}
	env, _ := testEnv(t, d, n, "")
	r, err := New().Verify(ctx, env)
	if err != nil || !r.OK() {
		t.Fatalf("%+v %v", r, err)
	}
	names := checkNames(r.Checks)
	for _, want := range []string{"SequencerUptimeFeed.aggregator()", "SequencerUptimeFeed.description()", "SequencerUptimeFeed.decimals()"} {
		if !names[want] {
			t.Fatalf("no check %s in %+v", want, r.Checks)
		}
	}

	// The feed itself is not the proxy: it has no aggregator().
	n2 := d.NetworkFile("arb-devnet")
	n2.Contracts[network.SequencerUptimeFeed] = network.Contract{Address: feed.Feed}
	env2, _ := testEnv(t, d, n2, "")
	// The feed is outside the path of the funds: a wrong one is a warning
	// and never refuses a signing command.
	if err := VerifyNetwork(ctx, env2); err != nil {
		t.Fatalf("a wrong feed refused the network: %v", err)
	}
	r2, err := New().Verify(ctx, env2)
	if err != nil || len(r2.Warnings()) == 0 || !strings.Contains(fmt.Sprint(r2.Warnings()), "SequencerUptimeFeed.aggregator()") {
		t.Fatalf("feed without proxy: %+v %v", r2, err)
	}
	// Without an L2 RPC the feed is not checked (nor held against the network).
	n3 := d.NetworkFile("arb-devnet")
	n3.Contracts[network.SequencerUptimeFeed] = network.Contract{Address: feed.Proxy}
	env3, _ := testEnv(t, d, n3, "")
	env3.L2 = nil
	if r, err := New().Verify(ctx, env3); err != nil || !r.OK() || checkNames(r.Checks)["SequencerUptimeFeed.aggregator()"] {
		t.Fatalf("without an L2 the feed is not checked: %+v %v", r, err)
	}
}

func checkNames(checks []flow.VerifyCheck) map[string]bool {
	names := map[string]bool{}
	for _, c := range checks {
		names[c.Name] = true
	}
	return names
}
