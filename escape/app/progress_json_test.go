package app

import (
	"bytes"
	"testing"
	"time"

	"github.com/l2escape/escape/escape/chain"
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
