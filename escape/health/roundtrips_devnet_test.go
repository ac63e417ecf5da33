package health_test

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/l2escape/escape/escape/health"
	"github.com/l2escape/escape/internal/devnet"
	"github.com/l2escape/escape/internal/rpcproxy"
)

// maxHealthRoundTrips is the most sequential L1 round trips `escape health`
// may spend on either stack (issue 14: a rate-limited public RPC at 100 ms
// a request).
const maxHealthRoundTrips = 6

// healthRoundTrips runs one check with the L1 behind a proxy that answers
// in rounds (rpcproxy.Options.Rounds: the reads sent side by side share a
// round however the node and a loaded machine time them, so the count is
// the check's sequential round trips) and returns its counts.
func healthRoundTrips(t *testing.T, ctx context.Context, in health.Input, l1URL string) rpcproxy.Stats {
	t.Helper()
	proxy := rpcproxy.StartT(t, l1URL, rpcproxy.Options{Rounds: 250 * time.Millisecond, MaxLogRange: 10_000})
	in.L1 = dial(t, "L1", proxy.URL, in.Network.L1ChainID)
	proxy.Reset()
	check(t, ctx, in)
	st := proxy.Stats()
	var methods []string
	for m, c := range st.Methods {
		methods = append(methods, fmt.Sprintf("%s×%d", m, c))
	}
	sort.Strings(methods)
	t.Logf("health: %d HTTP requests, %d JSON-RPC calls, %d sequential round trips (%s); requests in order: %s",
		st.HTTPRequests, st.Calls, st.Windows, strings.Join(methods, " "), strings.Join(st.Requests, " "))
	if st.Windows > maxHealthRoundTrips {
		t.Errorf("%d sequential L1 round trips, want at most %d", st.Windows, maxHealthRoundTrips)
	}
	return st
}

// A working OP chain (a resolved game, a batch): `escape health` in at most
// maxHealthRoundTrips.
func TestOPHealthRoundTrips(t *testing.T) {
	ctx := testCtx(t)
	d := devnet.StartOPDevnetT(t, devnet.OPOptions{})
	game, _, err := d.ProposeGame(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Warp(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if err := d.ResolveGame(ctx, game, true); err != nil {
		t.Fatal(err)
	}
	postOPBatch(t, ctx, d, 4)
	healthRoundTrips(t, ctx, health.Input{Network: d.NetworkFile("op-devnet")}, d.L1.URL)
}

// A working Arbitrum chain (a deposit read and posted in a batch): `escape
// health` in at most maxHealthRoundTrips.
func TestArbitrumHealthRoundTrips(t *testing.T) {
	ctx := testCtx(t)
	d := devnet.NewArbDevnetT(t, devnet.ArbOptions{DelayBuffer: true})
	if _, err := d.DepositEth(ctx, devnet.DevKey(1), big.NewInt(1e18)); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Sequence(ctx); err != nil {
		t.Fatal(err)
	}
	healthRoundTrips(t, ctx, health.Input{Network: d.NetworkFile("arb-devnet")}, d.L1.URL)
}
