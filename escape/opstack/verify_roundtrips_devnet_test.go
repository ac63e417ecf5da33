package opstack

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/l2escape/escape/internal/devnet"
	"github.com/l2escape/escape/internal/rpcproxy"
)

// maxVerifyRoundTrips: the network check before every signature (and
// `escape verify`) on a rate-limited public RPC. The address checks share a
// round (a second only for getters an older version names otherwise),
// then the L2 chain id, the versions and the uptime feed.
const maxVerifyRoundTrips = 6

// TestVerifyRoundTrips counts Verify's sequential L1 round trips through a
// proxy that answers in rounds (rpcproxy.Options.Rounds), on both portal
// generations of the devnet. It asked one getter per round trip before (12
// on both generations; now 4 and 5).
func TestVerifyRoundTrips(t *testing.T) {
	ctx := context.Background()
	for _, legacy := range []bool{false, true} {
		d, n := newOPNet(t, devnet.OPOptions{Legacy: legacy})
		proxy := rpcproxy.StartT(t, d.L1.URL, rpcproxy.Options{Rounds: 250 * time.Millisecond})
		env, _ := testEnvVia(t, d, n, userKey, proxy.URL)
		proxy.Reset()
		r, err := (&Stack{}).Verify(ctx, env)
		check(t, err)
		if !r.OK() {
			t.Fatalf("legacy=%v: verify failed: %+v", legacy, r.Failed())
		}
		st := proxy.Stats()
		t.Logf("legacy=%v: %d checks, %d sequential round trips, %d JSON-RPC calls: %s", legacy, len(r.Checks), st.Windows, st.Calls, strings.Join(st.Requests, " "))
		if st.Windows > maxVerifyRoundTrips {
			t.Errorf("legacy=%v: %d sequential round trips, want at most %d", legacy, st.Windows, maxVerifyRoundTrips)
		}
	}
}

// TestVerifyEndpointDiesMidway: an L1 endpoint that stops answering after
// the contracts were loaded makes the address checks fail as an RPC
// failure, never as "(no answer)" checks that would read as addresses the
// chain does not point at.
func TestVerifyEndpointDiesMidway(t *testing.T) {
	ctx := context.Background()
	d, n := newOPNet(t, devnet.OPOptions{})
	proxy := rpcproxy.StartT(t, d.L1.URL, rpcproxy.Options{})
	env, _ := testEnvVia(t, d, n, userKey, proxy.URL)
	c, err := load(ctx, env)
	check(t, err)
	checks := []*addressCheck{{name: "OptimismPortal.systemConfig()", to: c.portal, getters: [][]byte{pack(portal2ABI, "systemConfig")}}}
	if err := proxy.SetDead(rpcproxy.TooManyRequests); err != nil {
		t.Fatal(err)
	}
	err = readAddressChecks(ctx, env.L1, checks)
	if err == nil {
		t.Fatalf("a dead endpoint gave no error; the check reads %+v", checks[0])
	}
	if checks[0].got != nil {
		t.Fatalf("a check settled from a dead endpoint: %+v", checks[0])
	}
	t.Logf("error: %v", err)
}
