package arbitrum

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/pipeline"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/internal/devnet"
	"github.com/l2escape/escape/internal/rpcproxy"
)

// maxNextRoundTrips is the most sequential L1 round trips `escape next` may
// spend forcing in an imported message (issue 14: a rate-limited public RPC
// at 100 ms a request).
const maxNextRoundTrips = 8

// `escape next` on a message imported from its L1 transaction (no local
// record of our own: a fresh process, a fresh stack) forces it in within
// maxNextRoundTrips sequential L1 round trips, under a 10,000-block log cap.
// The proxy answers in rounds (rpcproxy.Options.Rounds), so that requests
// sent side by side count once however a loaded machine times them.
func TestNextOnImportedMessageRoundTrips(t *testing.T) {
	ctx := context.Background()
	const delay = 30
	d, n := newArbNet(t, devnet.ArbOptions{DelayBlocks: delay, DelayBuffer: true, BufferMax: 60, BufferThreshold: 10})
	env, out := testEnv(t, d, n, "")
	e, err := New().Withdraw(ctx, env, flow.WithdrawRequest{Amount: ether(0.1)})
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if err := d.MineL1(ctx, delay+1); err != nil {
		t.Fatal(err)
	}
	proxy := rpcproxy.StartT(t, d.L1.URL, rpcproxy.Options{Rounds: 250 * time.Millisecond, MaxLogRange: 10_000})
	// Before: the pipeline reads one call at a time, as it did before the
	// preflight batch; the L1 goes back to its state before the inclusion.
	var snap string
	if err := d.L1.RPC.CallContext(ctx, &snap, "evm_snapshot"); err != nil {
		t.Fatal(err)
	}
	before := nextOnImported(t, d, proxy, e.Arb.Message.TxHash, false)
	var reverted bool
	if err := d.L1.RPC.CallContext(ctx, &reverted, "evm_revert", snap); err != nil || !reverted {
		t.Fatalf("evm_revert: %v", err)
	}
	after := nextOnImported(t, d, proxy, e.Arb.Message.TxHash, true)
	t.Logf("next on an imported message, one call at a time: %s", describeStats(before))
	t.Logf("next on an imported message, batched: %s", describeStats(after))
	if after.Windows > maxNextRoundTrips {
		t.Errorf("%d sequential L1 round trips, want at most %d: %s", after.Windows, maxNextRoundTrips, strings.Join(after.Requests, " "))
	}
}

// unbatched hides the client's BatchCall from the pipeline.
type unbatched struct{ pipeline.Backend }

// nextOnImported imports the L1 transaction into a fresh store (as `escape
// status L1_TX` does), then runs `escape next` on it as a new process would:
// a fresh stack whose pipeline verification is the stack's own (cached)
// check, as the CLI wires it. It returns the proxy's counts for next alone.
// Without batching, the pipeline does not see that the L1 client batches.
func nextOnImported(t *testing.T, d *devnet.ArbDevnet, proxy *rpcproxy.Proxy, l1Tx [32]byte, batching bool) rpcproxy.Stats {
	t.Helper()
	ctx := context.Background()
	net := d.NetworkFile("arb-devnet")
	env, out := testEnv(t, d, net, proxy.URL)
	store, err := record.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	env.Store, env.Pipeline.Store = store, store
	imp, err := New().Import(ctx, env, l1Tx)
	if err != nil {
		t.Fatalf("import: %v\n%s", err, out)
	}
	imp, err = store.Load(imp.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !batching {
		env.Pipeline.L1 = unbatched{env.Pipeline.L1}
	}
	stack := New().(*Stack)
	env.Pipeline.Verify = func(ctx context.Context) error { _, err := stack.contracts(ctx, env); return err }
	proxy.Reset()
	if _, err := stack.Next(ctx, env, imp); err != nil {
		t.Fatalf("next: %v\n%s", err, out)
	}
	if imp.Arb.IncludedBy != "us" {
		t.Fatalf("not included by us: %q", imp.Arb.IncludedBy)
	}
	return proxy.Stats()
}

func describeStats(st rpcproxy.Stats) string {
	var methods []string
	for m, c := range st.Methods {
		methods = append(methods, fmt.Sprintf("%s×%d", m, c))
	}
	sort.Strings(methods)
	return fmt.Sprintf("%d HTTP requests, %d JSON-RPC calls, %d sequential round trips (%s); requests in order: %s",
		st.HTTPRequests, st.Calls, st.Windows, strings.Join(methods, " "), strings.Join(st.Requests, " "))
}
