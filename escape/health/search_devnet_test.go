package health_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/l2escape/escape/escape/health"
	"github.com/l2escape/escape/internal/devnet"
	"github.com/l2escape/escape/internal/rpcproxy"
)

// mineSpaced mines n L1 blocks 12 seconds apart, as Ethereum's slots.
func mineSpaced(t *testing.T, ctx context.Context, a *devnet.Anvil, n uint64) {
	t.Helper()
	if err := a.RPC.CallContext(ctx, nil, "anvil_mine", hexutil.Uint64(n), hexutil.Uint64(12)); err != nil {
		t.Fatal(err)
	}
}

// prunedProxy answers like a full node that keeps only recent state:
// eth_getTransactionCount at a block more than 128 below the head fails
// with "missing trie node"; everything else is forwarded.
func prunedProxy(t *testing.T, upstream string) string {
	type msg struct {
		ID     json.RawMessage   `json:"id"`
		Method string            `json:"method"`
		Params []json.RawMessage `json:"params"`
	}
	head := func() uint64 {
		resp, err := http.Post(upstream, "application/json", strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}`))
		if err != nil {
			return 0
		}
		defer resp.Body.Close()
		var out struct{ Result hexutil.Uint64 }
		_ = json.NewDecoder(resp.Body).Decode(&out)
		return uint64(out.Result)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		var batch []msg
		if json.Unmarshal(body, &batch) == nil {
			h := head()
			for _, m := range batch {
				if m.Method != "eth_getTransactionCount" || len(m.Params) < 2 {
					continue
				}
				var tag string
				_ = json.Unmarshal(m.Params[1], &tag)
				if n, err := hexutil.DecodeUint64(tag); err == nil && n+128 < h {
					// One old-state call fails the request, as on a pruned node.
					var out []map[string]any
					for _, m := range batch {
						out = append(out, map[string]any{"jsonrpc": "2.0", "id": m.ID,
							"error": map[string]any{"code": -32000, "message": "missing trie node 1234 (path ) state is not available"}})
					}
					_ = json.NewEncoder(w).Encode(out)
					return
				}
			}
		}
		resp, err := http.Post(upstream, "application/json", bytes.NewReader(body))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		defer resp.Body.Close()
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.Copy(w, resp.Body)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// TestOPBatchSearch checks the three ways the last OP batch is found on a
// chain with Ethereum's 12-second blocks, and what each costs in HTTP
// requests (counted by rpcproxy).
func TestOPBatchSearch(t *testing.T) {
	ctx := testCtx(t)
	l1 := devnet.StartAnvilT(t, devnet.AnvilOptions{ChainID: devnet.OPDevnetL1ChainID})
	d, err := devnet.DeployOP(ctx, l1, devnet.OPOptions{})
	if err != nil {
		t.Fatal(err)
	}
	net := d.NetworkFile("op-devnet")
	archive := rpcproxy.StartT(t, l1.URL, rpcproxy.Options{})
	pruned := rpcproxy.StartT(t, prunedProxy(t, l1.URL), rpcproxy.Options{})
	viaArchive := health.Input{Network: net, L1: dial(t, "L1", archive.URL, net.L1ChainID)}
	viaPruned := health.Input{Network: net, L1: dial(t, "L1", pruned.URL, net.L1ChainID)}
	measure := func(p *rpcproxy.Proxy, in health.Input) (*health.Report, rpcproxy.Stats) {
		p.Reset()
		r := check(t, ctx, in)
		return r, p.Stats()
	}

	batch := postOPBatch(t, ctx, d, 4)
	mineSpaced(t, ctx, l1, 100) // 20 minutes of blocks after the batch

	r, st := measure(archive, viaArchive)
	if r.OP.LastBatch == nil || *r.OP.LastBatch.Tx != batch || r.OP.BatchSearch != "batcher-nonce" {
		t.Fatalf("nonce search: last batch %+v via %s", r.OP.LastBatch, r.OP.BatchSearch)
	}
	t.Logf("batch 101 blocks back, found by nonce: %d HTTP requests in %d round trips, %d calls (%v)", st.HTTPRequests, st.Windows, st.Calls, st.Methods)
	nonceRequests := st.HTTPRequests

	r, st = measure(pruned, viaPruned)
	if r.OP.LastBatch == nil || *r.OP.LastBatch.Tx != batch || r.OP.BatchSearch != "block-scan" {
		t.Fatalf("block scan: last batch %+v via %s", r.OP.LastBatch, r.OP.BatchSearch)
	}
	t.Logf("batch 101 blocks back, found by reading blocks: %d HTTP requests, %d calls", st.HTTPRequests, st.Calls)
	if st.HTTPRequests <= nonceRequests {
		t.Fatalf("the block scan took %d requests, the nonce search %d", st.HTTPRequests, nonceRequests)
	}

	// Two hours of blocks without a batch: the window (90 + 22.5 minutes,
	// 562 blocks) holds none.
	mineSpaced(t, ctx, l1, 600)
	r, st = measure(archive, viaArchive)
	wantVerdict(t, r, health.SequencerDown, health.ExitSequencerDown)
	if r.OP.LastBatch != nil || r.OP.BatchSearch != "batcher-nonce" || r.OP.ScannedBlocks != 563 {
		t.Fatalf("none by nonce: %+v via %s over %d blocks", r.OP.LastBatch, r.OP.BatchSearch, r.OP.ScannedBlocks)
	}
	t.Logf("no batch in the window, by nonce: %d HTTP requests in %d round trips, %d calls", st.HTTPRequests, st.Windows, st.Calls)
	r, st = measure(pruned, viaPruned)
	wantVerdict(t, r, health.SequencerDown, health.ExitSequencerDown)
	if r.OP.LastBatch != nil || r.OP.BatchSearch != "block-scan" || r.OP.ScannedBlocks < 562 {
		t.Fatalf("none by scan: %+v via %s over %d blocks", r.OP.LastBatch, r.OP.BatchSearch, r.OP.ScannedBlocks)
	}
	t.Logf("no batch in the window, by reading blocks: %d HTTP requests in %d round trips, %d calls", st.HTTPRequests, st.Windows, st.Calls)

	// A live chain: the batch is in the newest blocks. (No L2 here, so no
	// game: the verdict stays degraded for that.)
	batch = postOPBatch(t, ctx, d, 4)
	mineSpaced(t, ctx, l1, 3)
	r, st = measure(archive, viaArchive)
	if r.OP.BatchSearch != "recent-blocks" || *r.OP.LastBatch.Tx != batch {
		t.Fatalf("live chain: %+v via %s", r.OP.LastBatch, r.OP.BatchSearch)
	}
	t.Logf("live chain: %d HTTP requests in %d round trips, %d calls", st.HTTPRequests, st.Windows, st.Calls)
}
