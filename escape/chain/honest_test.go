package chain_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/internal/devnet"
	"github.com/l2escape/escape/internal/rpcproxy"
)

// TestDialRateLimitedAndOverloaded: an endpoint answering 429 or 503 at
// start-up is asked again with growing waits within a bound, then named for
// what it is, not "check your internet connection".
func TestDialRateLimitedAndOverloaded(t *testing.T) {
	ctx := context.Background()
	a := devnet.StartAnvilT(t, devnet.AnvilOptions{ChainID: 1})
	p := rpcproxy.StartT(t, a.URL, rpcproxy.Options{})
	budget := 2 * time.Second

	if err := p.SetDead(rpcproxy.TooManyRequests); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	_, err := chain.Dial(ctx, "L1", []string{p.URL + "/" + secret}, 1, chain.Options{DialRetryBudget: budget})
	took := time.Since(start)
	if escape.CodeOf(err) != "rpc-rate-limited" || !strings.Contains(err.Error(), "HTTP 429") || !strings.Contains(err.Error(), "asked") {
		t.Fatalf("429: %v", err)
	}
	if h := escape.HintOf(err); strings.Contains(h, "internet connection") || !strings.Contains(h, "--l1-rpc") {
		t.Fatalf("429 hint: %s", h)
	}
	noSecret(t, "429 error", err.Error())
	if n := p.Stats().HTTPRequests; n < 3 || took > budget+time.Second {
		t.Fatalf("429: %d requests in %s; want retries within %s", n, took, budget)
	}
	t.Logf("429: %d requests in %s", p.Stats().HTTPRequests, took.Round(time.Millisecond))

	p.Reset()
	if err := p.SetDead(rpcproxy.Unavailable); err != nil {
		t.Fatal(err)
	}
	_, err = chain.Dial(ctx, "L1", []string{p.URL}, 1, chain.Options{DialRetryBudget: budget})
	if escape.CodeOf(err) != "rpc-unreachable" || !strings.Contains(escape.HintOf(err), "overloaded") || strings.Contains(escape.HintOf(err), "internet connection") {
		t.Fatalf("503: %v (hint %q)", err, escape.HintOf(err))
	}

	// A limit that lifts within the budget: Dial succeeds.
	p.Reset()
	if err := p.SetDead(rpcproxy.TooManyRequests); err != nil {
		t.Fatal(err)
	}
	go func() {
		time.Sleep(600 * time.Millisecond)
		_ = p.SetDead(rpcproxy.Alive)
	}()
	c, err := chain.Dial(ctx, "L1", []string{p.URL}, 1, chain.Options{DialRetryBudget: 4 * time.Second})
	if err != nil {
		t.Fatalf("a limit lifted after 0.6s: %v", err)
	}
	c.Close()
	t.Logf("limit lifted: dialled after %d requests", p.Stats().HTTPRequests)

	// Retries: -1 (tests, scripts) asks once.
	p.Reset()
	_ = p.SetDead(rpcproxy.TooManyRequests)
	if _, err := chain.Dial(ctx, "L1", []string{p.URL}, 1, chain.Options{Retries: -1}); escape.CodeOf(err) != "rpc-rate-limited" || p.Stats().HTTPRequests != 1 {
		t.Fatalf("no retries: %v after %d requests", err, p.Stats().HTTPRequests)
	}
}

// TestStaleHeadWarned: an L1 head older than a few minutes by the wall
// clock is reported; a recent one, or an L2's, is not.
func TestStaleHeadWarned(t *testing.T) {
	a := devnet.StartAnvilT(t, devnet.AnvilOptions{ChainID: 1})
	if err := a.Mine(context.Background(), 3); err != nil {
		t.Fatal(err)
	}
	fresh := dial(t, "L1", []string{a.URL}, 1, chain.Options{})
	if s := fresh.StaleHead(); s != "" {
		t.Fatalf("fresh head reported stale: %s", s)
	}
	later := func() time.Time { return time.Now().Add(20 * time.Minute) }
	stale := dial(t, "L1", []string{a.URL}, 1, chain.Options{Now: later})
	if s := stale.StaleHead(); !strings.Contains(s, "newest L1 block any endpoint gave (3,") || !strings.Contains(s, " is 20m") || !strings.Contains(s, "lagging") {
		t.Fatalf("stale head: %q", s)
	}
	if s := dial(t, "L2", []string{a.URL}, 1, chain.Options{Now: later}).StaleHead(); s != "" {
		t.Fatalf("an L2 head is not judged by the clock: %s", s)
	}
}
