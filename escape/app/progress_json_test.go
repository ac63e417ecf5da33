package app

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/escape/ui"
)

// TestRPCProgressJSONDocumented: every progress event escape/chain can
// report, as --json prints it on standard error, is a documented kind with
// documented fields; standard output gets none of them.
func TestRPCProgressJSONDocumented(t *testing.T) {
	var out, errOut bytes.Buffer
	o := &Options{JSON: true, UI: &ui.UI{Out: &out, Err: &errOut, JSON: true}}
	report := o.chainOptions(nil).Progress
	base := chain.Event{ID: 1, Role: "L1", Endpoint: "https://rpc.example", Purpose: "reading the latest L1 block number", Method: "eth_blockNumber"}
	for _, kind := range []string{chain.EventSlow, chain.EventDone, chain.EventGaveUp, chain.EventRetry} {
		ev := base
		ev.Kind, ev.Waited, ev.RetryIn, ev.Next, ev.Reason = kind, time.Second, time.Second, "https://other.example", "no answer within 5s"
		report(ev)
	}
	if out.Len() != 0 {
		t.Fatalf("progress events on standard output: %s", out.String())
	}
	objs := checkJSONLines(t, errOut.String())
	want := []string{"rpc-slow", "rpc-done", "rpc-gave-up", "rpc-retry"}
	if len(objs) != len(want) {
		t.Fatalf("%d objects for %d events:\n%s", len(objs), len(want), errOut.String())
	}
	for i, obj := range objs {
		if obj["event"] != want[i] {
			t.Errorf("event %d is %v, want %s", i, obj["event"], want[i])
		}
	}
}

// TestWatchRedrawKeepsProgressLines: `escape watch` on a terminal redraws
// in place, but not over a line printed below its drawing (an endpoint
// given up, a warning): it draws anew under it.
func TestWatchRedrawKeepsProgressLines(t *testing.T) {
	var screen bytes.Buffer
	u := &ui.UI{Out: &screen, Err: &screen, ErrTerminal: true}
	w := &watcher{o: &Options{UI: u}, e: &record.Escape{ID: "op-devnet-1", Network: "op-devnet"}, wo: WatchOptions{Refresh: time.Second, Terminal: true}}
	st := &escape.Status{Stage: escape.StageWaitingL2, Happened: "sent"}
	now := time.Now()
	w.redraw(st, now)
	w.redraw(st, now)
	if !strings.Contains(screen.String(), "\033[3A\033[J") {
		t.Fatalf("the second drawing does not replace the first: %q", screen.String())
	}
	screen.Reset()
	u.RPC(ui.RPCEvent{Kind: chain.EventGaveUp, Role: "L1", Endpoint: "https://dead.example", Purpose: "reading an L1 block", Reason: "no answer within 5s", Next: "https://rpc.example"})
	w.redraw(st, now)
	if out := screen.String(); !strings.Contains(out, "Gave up on L1 endpoint") || strings.Contains(out, "A\033[J") {
		t.Fatalf("the drawing after a progress line moved up over it: %q", out)
	}
	screen.Reset()
	w.redraw(st, now)
	if !strings.HasPrefix(screen.String(), "\033[3A\033[J") {
		t.Fatalf("redrawing in place did not resume: %q", screen.String())
	}
}
