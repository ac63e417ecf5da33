package rpcproxy_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/l2escape/escape/internal/devnet"
	"github.com/l2escape/escape/internal/rpcproxy"
)

func dial(t *testing.T, url string) (*rpc.Client, *ethclient.Client) {
	t.Helper()
	c, err := rpc.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c, ethclient.NewClient(c)
}

func TestCountsCallsAndBatches(t *testing.T) {
	ctx := context.Background()
	a := devnet.StartAnvilT(t, devnet.AnvilOptions{ChainID: 31337})
	p := rpcproxy.StartT(t, a.URL, rpcproxy.Options{})
	c, ec := dial(t, p.URL+"/v3/some-key")

	if _, err := ec.BlockNumber(ctx); err != nil {
		t.Fatal(err)
	}
	var id, head hexutil.Uint64
	batch := []rpc.BatchElem{
		{Method: "eth_chainId", Result: &id},
		{Method: "eth_blockNumber", Result: &head},
	}
	if err := c.BatchCallContext(ctx, batch); err != nil {
		t.Fatal(err)
	}
	if batch[0].Error != nil || uint64(id) != 31337 {
		t.Fatalf("batch chain id %d, %v", id, batch[0].Error)
	}
	s := p.Stats()
	if s.HTTPRequests != 2 || s.Calls != 3 || s.Batches != 1 {
		t.Fatalf("stats %+v, want 2 HTTP requests, 3 calls, 1 batch", s)
	}
	if s.Methods["eth_blockNumber"] != 2 || s.Methods["eth_chainId"] != 1 {
		t.Fatalf("methods %v", s.Methods)
	}
	if s.Windows != 2 || s.Overlapping != 0 {
		t.Fatalf("two sequential requests counted as %d windows, %d overlapping", s.Windows, s.Overlapping)
	}
	p.Reset()
	if s := p.Stats(); s.HTTPRequests != 0 || len(s.Methods) != 0 {
		t.Fatalf("after Reset: %+v", s)
	}
}

func TestLogRangeLimit(t *testing.T) {
	ctx := context.Background()
	a := devnet.StartAnvilT(t, devnet.AnvilOptions{ChainID: 31337})
	if err := a.Mine(ctx, 30); err != nil {
		t.Fatal(err)
	}
	p := rpcproxy.StartT(t, a.URL, rpcproxy.Options{MaxLogRange: 10_000})
	p.SetMaxLogRange(10)
	c, ec := dial(t, p.URL)

	// From 0 to "latest" (30) is 31 blocks: refused as providers do.
	_, err := ec.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0)})
	var rerr rpc.Error
	if !errors.As(err, &rerr) || rerr.ErrorCode() != -32614 || !strings.Contains(err.Error(), "limited to a 10 range") {
		t.Fatalf("want -32614 range error, got %v", err)
	}
	if _, err := ec.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(21), ToBlock: big.NewInt(30)}); err != nil {
		t.Fatalf("10 blocks refused: %v", err)
	}
	// In a batch only the offending call is refused.
	var ok, bad []types.Log
	batch := []rpc.BatchElem{
		{Method: "eth_getLogs", Args: []any{map[string]any{"fromBlock": "0x0", "toBlock": "0x9"}}, Result: &ok},
		{Method: "eth_getLogs", Args: []any{map[string]any{"fromBlock": "0x0", "toBlock": "latest"}}, Result: &bad},
		{Method: "eth_blockNumber", Result: new(hexutil.Uint64)},
	}
	if err := c.BatchCallContext(ctx, batch); err != nil {
		t.Fatal(err)
	}
	if batch[0].Error != nil || batch[1].Error == nil || batch[2].Error != nil {
		t.Fatalf("batch errors: %v / %v / %v", batch[0].Error, batch[1].Error, batch[2].Error)
	}
	s := p.Stats()
	if s.GetLogs != 4 || s.GetLogsRefused != 2 {
		t.Fatalf("getLogs %d refused %d, want 4 and 2", s.GetLogs, s.GetLogsRefused)
	}
	if thousands := rpcproxyThousands(t, a.URL); thousands != "eth_getLogs is limited to a 10,000 range" {
		t.Fatalf("message %q", thousands)
	}
}

// rpcproxyThousands checks the provider-like message of the default limit.
func rpcproxyThousands(t *testing.T, upstream string) string {
	p := rpcproxy.StartT(t, upstream, rpcproxy.Options{MaxLogRange: 10_000})
	_, ec := dial(t, p.URL)
	_, err := ec.FilterLogs(context.Background(), ethereum.FilterQuery{FromBlock: big.NewInt(0), ToBlock: big.NewInt(10_000)})
	if err == nil {
		t.Fatal("10,001 blocks allowed")
	}
	return err.Error()
}

func signedTransfer(t *testing.T, ctx context.Context, ec *ethclient.Client, nonce uint64) *types.Transaction {
	t.Helper()
	chainID, err := ec.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	to := common.HexToAddress("0x000000000000000000000000000000000000dEaD")
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9), Gas: 21000, To: &to, Value: big.NewInt(1)})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(chainID), devnet.DevKey(0))
	if err != nil {
		t.Fatal(err)
	}
	return signed
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestHangingSendAndOverlap(t *testing.T) {
	ctx := context.Background()
	a := devnet.StartAnvilT(t, devnet.AnvilOptions{ChainID: 31337})
	p := rpcproxy.StartT(t, a.URL, rpcproxy.Options{})
	_, ec := dial(t, p.URL)
	tx := signedTransfer(t, ctx, ec, 0)
	p.Reset()

	release := make(chan struct{})
	p.HangSends(release)
	sent := make(chan error, 1)
	go func() { sent <- ec.SendTransaction(ctx, tx) }()
	waitFor(t, "the send to reach the proxy", func() bool { return p.Stats().Methods["eth_sendRawTransaction"] == 1 })

	// Two calls while the send hangs overlap with it: still one window.
	for i := 0; i < 2; i++ {
		if _, err := ec.BlockNumber(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if n, _ := a.Client.PendingNonceAt(ctx, devnet.DevAddress(0)); n != 0 {
		t.Fatal("the hanging transaction reached the node")
	}
	s := p.Stats()
	if s.Windows != 1 || s.Overlapping != 2 || s.MaxInFlight != 2 {
		t.Fatalf("windows %d overlapping %d max in flight %d, want 1, 2, 2", s.Windows, s.Overlapping, s.MaxInFlight)
	}
	close(release)
	if err := <-sent; err != nil {
		t.Fatalf("released send: %v", err)
	}
	waitFor(t, "the released transaction to be mined", func() bool {
		r, err := a.Client.TransactionReceipt(ctx, tx.Hash())
		return err == nil && r.Status == 1
	})

	// A hang with no release ends when the client gives up.
	p.HangSends(nil)
	tctx, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
	defer cancel()
	if err := ec.SendTransaction(tctx, signedTransfer(t, ctx, ec, 1)); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("want deadline exceeded, got %v", err)
	}

	p.FailSends("nonce too low")
	if err := ec.SendTransaction(ctx, signedTransfer(t, ctx, ec, 1)); err == nil || err.Error() != "nonce too low" {
		t.Fatalf("want nonce too low, got %v", err)
	}
	p.ForwardSends()
	if err := ec.SendTransaction(ctx, signedTransfer(t, ctx, ec, 1)); err != nil {
		t.Fatal(err)
	}
}

func TestDeadModes(t *testing.T) {
	ctx := context.Background()
	a := devnet.StartAnvilT(t, devnet.AnvilOptions{ChainID: 31337})
	p := rpcproxy.StartT(t, a.URL, rpcproxy.Options{})
	_, ec := dial(t, p.URL)
	if _, err := ec.BlockNumber(ctx); err != nil {
		t.Fatal(err)
	}

	if err := p.SetDead(rpcproxy.Unavailable); err != nil {
		t.Fatal(err)
	}
	var herr rpc.HTTPError
	if _, err := ec.BlockNumber(ctx); !errors.As(err, &herr) || herr.StatusCode != 503 {
		t.Fatalf("want HTTP 503, got %v", err)
	}
	if err := p.SetDead(rpcproxy.TooManyRequests); err != nil {
		t.Fatal(err)
	}
	if _, err := ec.BlockNumber(ctx); !errors.As(err, &herr) || herr.StatusCode != 429 {
		t.Fatalf("want HTTP 429, got %v", err)
	}

	if err := p.SetDead(rpcproxy.Refused); err != nil {
		t.Fatal(err)
	}
	// The first call may meet its kept-alive connection being closed (EOF);
	// the next one finds nothing listening.
	if _, err := ec.BlockNumber(ctx); err == nil {
		t.Fatal("a dead proxy answered")
	}
	if _, err := ec.BlockNumber(ctx); !errors.Is(err, syscall.ECONNREFUSED) {
		t.Fatalf("want connection refused, got %v", err)
	}
	if err := p.SetDead(rpcproxy.Alive); err != nil {
		t.Fatal(err)
	}
	if _, err := ec.BlockNumber(ctx); err != nil {
		t.Fatalf("after revival: %v", err)
	}
}

// Record keeps each call's method and parameters; a Group counts round
// trips across proxies: an L1 and an L2 request in flight together are one.
func TestRecordAndGroup(t *testing.T) {
	ctx := context.Background()
	a := devnet.StartAnvilT(t, devnet.AnvilOptions{ChainID: 31337})
	g := &rpcproxy.Group{}
	p1 := rpcproxy.StartT(t, a.URL, rpcproxy.Options{Latency: 100 * time.Millisecond, Record: true, Group: g})
	p2 := rpcproxy.StartT(t, a.URL, rpcproxy.Options{Latency: 100 * time.Millisecond, Group: g})
	_, ec1 := dial(t, p1.URL)
	_, ec2 := dial(t, p2.URL)
	if _, err := ec1.BalanceAt(ctx, common.HexToAddress("0x000000000000000000000000000000000000dEaD"), nil); err != nil {
		t.Fatal(err)
	}
	rec := p1.Recorded()
	if len(rec) != 1 || rec[0].Method != "eth_getBalance" || len(rec[0].Params) != 2 || !strings.Contains(strings.ToLower(string(rec[0].Params[0])), "dead") {
		t.Fatalf("recorded %+v", rec)
	}
	g.Reset()
	p1.Reset()
	if len(p1.Recorded()) != 0 {
		t.Fatal("Reset kept the recorded calls")
	}
	// The L2-like request is held long enough that the L1 one surely
	// overlaps it, however slowly a loaded machine runs the goroutine.
	p2.SetLatency(2 * time.Second)
	done := make(chan error, 1)
	go func() { _, err := ec2.BlockNumber(ctx); done <- err }()
	waitFor(t, "the request to reach the second proxy", func() bool { return p2.Stats().HTTPRequests == 1 })
	if _, err := ec1.BlockNumber(ctx); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if w := g.Windows(); w != 1 {
		t.Fatalf("two overlapping requests to two proxies counted as %d round trips, want 1", w)
	}
	p2.SetLatency(100 * time.Millisecond)
	if _, err := ec2.BlockNumber(ctx); err != nil {
		t.Fatal(err)
	}
	if w := g.Windows(); w != 2 {
		t.Fatalf("a third request after both counted as round trip %d, want 2", w)
	}
}

// fakeNode answers every JSON-RPC call with "0x1", taking slow for the
// method "test_slow" and no time for any other.
func fakeNode(t *testing.T, slow time.Duration) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var m struct {
			ID     json.RawMessage `json:"id"`
			Method string          `json:"method"`
		}
		if err := json.NewDecoder(r.Body).Decode(&m); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		if m.Method == "test_slow" {
			time.Sleep(slow)
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = fmt.Fprintf(w, `{"jsonrpc":"2.0","id":%s,"result":"0x1"}`, m.ID)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// With Rounds, round trips are counted by dependency, not by luck of
// timing: a client runs three calls one after another beside a slow call
// and a call after it. Counted by overlap, the slow call's window swallows
// the three (2 windows); in rounds, the answers come together and the
// chain of three is three round trips. Two proxies of a Group share rounds.
func TestRoundsCountDependentCalls(t *testing.T) {
	ctx := context.Background()
	node := fakeNode(t, 400*time.Millisecond)
	for _, rounds := range []bool{false, true} {
		opts := rpcproxy.Options{Latency: 20 * time.Millisecond, Group: &rpcproxy.Group{}}
		if rounds {
			opts = rpcproxy.Options{Rounds: 300 * time.Millisecond, Group: &rpcproxy.Group{}}
		}
		pa := rpcproxy.StartT(t, node, opts)
		pb := rpcproxy.StartT(t, node, opts)
		ca, _ := dial(t, pa.URL)
		cb, _ := dial(t, pb.URL)
		errs := make(chan error, 2)
		go func() {
			var r string
			for range 3 {
				if err := ca.CallContext(ctx, &r, "test_fast"); err != nil {
					errs <- err
					return
				}
			}
			errs <- nil
		}()
		go func() {
			var r string
			if err := cb.CallContext(ctx, &r, "test_slow"); err != nil {
				errs <- err
				return
			}
			errs <- cb.CallContext(ctx, &r, "test_fast")
		}()
		for range 2 {
			if err := <-errs; err != nil {
				t.Fatal(err)
			}
		}
		a, b := pa.Stats(), pb.Stats()
		t.Logf("rounds %v: %d round trips (proxy A %d: %v, proxy B %d: %v)", rounds, opts.Group.Windows(), a.Windows, a.Requests, b.Windows, b.Requests)
		if a.HTTPRequests != 3 || b.HTTPRequests != 2 {
			t.Fatalf("%d and %d HTTP requests, want 3 and 2", a.HTTPRequests, b.HTTPRequests)
		}
		if rounds && (opts.Group.Windows() != 3 || a.Windows != 3 || b.Windows != 2) {
			t.Errorf("in rounds: %d round trips (A %d, B %d), want 3 (A 3, B 2)", opts.Group.Windows(), a.Windows, b.Windows)
		}
	}
}
