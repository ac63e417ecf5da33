package chain_test

import (
	"math/big"

	"context"
	"fmt"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/internal/devnet"
	"github.com/l2escape/escape/internal/rpcproxy"
)

// silentEndpoint accepts connections and reads requests but never answers,
// as a wedged node or a black-holing load balancer does. Its URL carries a
// key in its path.
func silentEndpoint(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var conns []net.Conn
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
			go func() { _, _ = c.Read(make([]byte, 1<<16)) }()
		}
	}()
	t.Cleanup(func() {
		ln.Close()
		mu.Lock()
		for _, c := range conns {
			c.Close()
		}
		mu.Unlock()
	})
	return "http://" + ln.Addr().String() + "/v3/" + secret
}

type eventLog struct {
	mu     sync.Mutex
	events []chain.Event
}

func (l *eventLog) add(ev chain.Event) {
	l.mu.Lock()
	l.events = append(l.events, ev)
	l.mu.Unlock()
}

func (l *eventLog) take() []chain.Event {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := l.events
	l.events = nil
	return out
}

func kinds(evs []chain.Event) string {
	var k []string
	for _, ev := range evs {
		k = append(k, ev.Kind+"@"+ev.Endpoint)
	}
	return strings.Join(k, " ")
}

// TestSlowRequestsReported: a request without an answer after SlowAfter is
// reported with its endpoint (redacted) and purpose, then reported done.
func TestSlowRequestsReported(t *testing.T) {
	ctx := context.Background()
	a := devnet.StartAnvilT(t, devnet.AnvilOptions{ChainID: 1})
	p := rpcproxy.StartT(t, a.URL, rpcproxy.Options{})
	var log eventLog
	c := dial(t, "L1", []string{p.URL + "/v2/" + secret}, 1, chain.Options{Progress: log.add})
	if evs := log.take(); len(evs) != 0 {
		t.Fatalf("a fast Dial reported %s", kinds(evs))
	}
	if _, err := c.BlockNumber(ctx); err != nil {
		t.Fatal(err)
	}
	if evs := log.take(); len(evs) != 0 {
		t.Fatalf("a fast call reported %s", kinds(evs))
	}

	p.SetLatency(1500 * time.Millisecond)
	if _, err := c.BlockNumber(chain.WithPurpose(ctx, "reading the latest L1 block")); err != nil {
		t.Fatal(err)
	}
	evs := log.take()
	if len(evs) != 2 || evs[0].Kind != chain.EventSlow || evs[1].Kind != chain.EventDone {
		t.Fatalf("events %s, want slow then done", kinds(evs))
	}
	slow, done := evs[0], evs[1]
	if slow.Endpoint != p.URL || slow.Role != "L1" || slow.Purpose != "reading the latest L1 block" || slow.Method != "eth_blockNumber" {
		t.Fatalf("slow event %+v", slow)
	}
	if done.ID != slow.ID || !done.Answered || done.Waited < 1400*time.Millisecond {
		t.Fatalf("done event %+v (slow %+v)", done, slow)
	}

	// Without a purpose, one from the method; a log scan names its blocks.
	if _, err := c.BalanceAt(ctx, [20]byte{}, nil); err != nil {
		t.Fatal(err)
	}
	if evs := log.take(); len(evs) == 0 || evs[0].Purpose != "reading a balance on L1" {
		t.Fatalf("events %+v", evs)
	}
	if _, err := c.LatestLog(ctx, ethereumQuery(0, 1), 0); err != nil {
		t.Fatal(err)
	}
	if evs := log.take(); len(evs) == 0 || evs[0].Purpose != "searching L1 event logs in blocks 0–1" {
		t.Fatalf("events %+v", evs)
	}
	for _, ev := range evs {
		noSecret(t, "event", ev.Endpoint+ev.Reason+ev.Next)
	}
}

// TestDeadEndpointLeftWithinTimeout: an endpoint that accepts connections
// and never answers is given up after the per-request timeout, reported
// with the endpoint asked instead, and the call succeeds there.
func TestDeadEndpointLeftWithinTimeout(t *testing.T) {
	ctx := context.Background()
	a := devnet.StartAnvilT(t, devnet.AnvilOptions{ChainID: 1})
	live := rpcproxy.StartT(t, a.URL, rpcproxy.Options{})
	silent := silentEndpoint(t)
	var log eventLog
	opts := chain.Options{CallTimeout: 1500 * time.Millisecond, SlowAfter: 300 * time.Millisecond, Progress: log.add}

	// At Dial: every endpoint is probed at once; the silent one is given
	// up after the timeout, not after 15 s.
	start := time.Now()
	c := dial(t, "L1", []string{silent, live.URL}, 1, opts)
	// 10 s leaves a busy CI machine room and still tells 1.5 s from the
	// 15 s a silent endpoint used to cost.
	if took := time.Since(start); took > 10*time.Second {
		t.Fatalf("Dial took %s with a 1.5s timeout", took)
	}
	evs := log.take()
	var gaveUp *chain.Event
	for i, ev := range evs {
		noSecret(t, "event", ev.Endpoint+ev.Reason+ev.Next)
		if ev.Kind == chain.EventGaveUp {
			gaveUp = &evs[i]
		}
	}
	if gaveUp == nil || gaveUp.Next != live.URL || gaveUp.Reason != "no answer within 1.5s" || strings.Contains(gaveUp.Endpoint, "/v3/") {
		t.Fatalf("events %+v, want the silent endpoint given up for %s", evs, live.URL)
	}
	if evs[0].Kind != chain.EventSlow || evs[0].Endpoint != gaveUp.Endpoint || evs[0].ID != gaveUp.ID {
		t.Fatalf("events %s, want the silent endpoint reported slow first", kinds(evs))
	}
	if _, err := c.BlockNumber(ctx); err != nil {
		t.Fatal(err)
	}

	// Mid-flow: the first endpoint stops answering one method; the call
	// is given up there within the timeout and answered by the second.
	first := rpcproxy.StartT(t, a.URL, rpcproxy.Options{})
	c2 := dial(t, "L1", []string{first.URL + "/" + secret, live.URL}, 1, opts)
	log.take()
	first.HangCalls("eth_blockNumber")
	if _, err := c2.BlockNumber(ctx); err != nil {
		t.Fatal(err)
	}
	evs = nil
	for _, ev := range log.take() { // (the live one may be slow too on a loaded machine)
		if ev.Endpoint == first.URL {
			evs = append(evs, ev)
		}
	}
	if kinds(evs) != "slow@"+first.URL+" done@"+first.URL+" gave-up@"+first.URL {
		t.Fatalf("events %s", kinds(evs))
	}
	if g := evs[2]; g.Next != live.URL || g.Reason != "no answer within 1.5s" || g.Purpose != "reading the latest L1 block number" || g.ID != evs[0].ID {
		t.Fatalf("gave-up event %+v", g)
	}
	if evs[1].Answered {
		t.Fatalf("done event of a timeout says answered: %+v", evs[1])
	}
	if c2.Endpoint() != live.URL {
		t.Fatalf("answered by %s", c2.Endpoint())
	}
}

func ethereumQuery(from, to int64) ethereum.FilterQuery {
	return ethereum.FilterQuery{Addresses: []common.Address{{0x42}}, FromBlock: big.NewInt(from), ToBlock: big.NewInt(to)}
}

// TestFailingEndpointPassedOverLonger: each failure since an endpoint's
// last answer doubles the time it is passed over (30 s, 1 min, 2 min, ...
// up to 8 min), so a dead first endpoint costs `escape watch` a timeout
// now and then, not every 30 s; an answer resets it.
func TestFailingEndpointPassedOverLonger(t *testing.T) {
	ctx := context.Background()
	a := devnet.StartAnvilT(t, devnet.AnvilOptions{ChainID: 1})
	first := rpcproxy.StartT(t, a.URL, rpcproxy.Options{})
	second := rpcproxy.StartT(t, a.URL, rpcproxy.Options{})
	var mu sync.Mutex
	now := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	advance := func(d time.Duration) { mu.Lock(); now = now.Add(d); mu.Unlock() }
	c := dial(t, "L1", []string{first.URL, second.URL}, 1, chain.Options{Now: clock, MaxHeadAge: 1 << 62})
	if err := first.SetDead(rpcproxy.Unavailable); err != nil {
		t.Fatal(err)
	}
	// asked reports whether a call asked the first endpoint.
	asked := func() bool {
		t.Helper()
		first.Reset()
		if _, err := c.BlockNumber(ctx); err != nil {
			t.Fatal(err)
		}
		return first.Stats().HTTPRequests > 0
	}
	if !asked() { // fails: passed over for 30 s
		t.Fatal("the first endpoint was not asked first")
	}
	var pattern []bool
	for _, step := range []time.Duration{31 * time.Second, 30 * time.Second, 31 * time.Second, 61 * time.Second, 58 * time.Second, 2 * time.Second} {
		advance(step)
		pattern = append(pattern, asked())
	}
	// After 31 s: asked (fails again: 1 min). 30 s later: not yet; 61 s
	// after that failure: asked (fails: 2 min). 119 s after: not yet;
	// 121 s: asked.
	want := []bool{true, false, true, false, false, true}
	if fmt.Sprint(pattern) != fmt.Sprint(want) {
		t.Fatalf("asked %v, want %v", pattern, want)
	}
	// Back, it answers, and the next failure is passed over for 30 s again.
	_ = first.SetDead(rpcproxy.Alive)
	advance(5 * time.Minute)
	if !asked() {
		t.Fatal("the endpoint back was not asked")
	}
	_ = first.SetDead(rpcproxy.Unavailable)
	asked()
	advance(31 * time.Second)
	if !asked() {
		t.Fatal("after an answer, a failure still set the endpoint aside for longer than 30 s")
	}
}

// TestLongerTimeoutForLogsAndBatches: a request is given up after
// CallTimeout, but event-log searches and batches get three times as long
// (a wide search, or a batch of full blocks, is slow on a healthy
// provider).
func TestLongerTimeoutForLogsAndBatches(t *testing.T) {
	ctx := context.Background()
	a := devnet.StartAnvilT(t, devnet.AnvilOptions{ChainID: 1})
	p := rpcproxy.StartT(t, a.URL, rpcproxy.Options{})
	c := dial(t, "L1", []string{p.URL}, 1, chain.Options{CallTimeout: 500 * time.Millisecond, Retries: -1})
	p.SetLatency(800 * time.Millisecond)
	if _, err := c.BlockNumber(ctx); err == nil || !strings.Contains(err.Error(), "no answer within 500ms") {
		t.Fatalf("a call slower than the timeout: %v", err)
	}
	if _, err := c.FilterLogs(ctx, ethereumQuery(0, 1)); err != nil {
		t.Fatalf("eth_getLogs within 3× the timeout: %v", err)
	}
	var n hexutil.Uint64
	if err := c.BatchCall(ctx, []rpc.BatchElem{{Method: "eth_blockNumber", Result: &n}}); err != nil {
		t.Fatalf("a batch within 3× the timeout: %v", err)
	}
}
