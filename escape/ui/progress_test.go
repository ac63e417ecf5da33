package ui

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"
)

var (
	slowEvent   = RPCEvent{Kind: "slow", ID: 7, Role: "L1", Endpoint: "https://rpc.example", Purpose: "reading the latest L1 block number", Method: "eth_blockNumber", Waited: time.Second}
	doneEvent   = RPCEvent{Kind: "done", ID: 7, Role: "L1", Endpoint: "https://rpc.example", Purpose: "reading the latest L1 block number", Method: "eth_blockNumber", Waited: 2400 * time.Millisecond, Answered: true}
	gaveUpEvent = RPCEvent{Kind: "gave-up", ID: 8, Role: "L1", Endpoint: "https://dead.example", Purpose: "checking the L1 chain id and head", Method: "eth_chainId", Waited: 5 * time.Second, Next: "https://rpc.example", Reason: "no answer within 5s"}
	retryEvent  = RPCEvent{Kind: "retry", ID: 9, Role: "L2", Purpose: "reading a balance on L2", Method: "eth_getBalance", RetryIn: time.Second}
)

// Piped: one plain line per event, no control characters.
func TestRPCProgressPlainLines(t *testing.T) {
	var out, errOut bytes.Buffer
	u := &UI{Out: &out, Err: &errOut}
	for _, ev := range []RPCEvent{slowEvent, doneEvent, gaveUpEvent, retryEvent} {
		u.RPC(ev)
	}
	want := "Waiting for L1 endpoint https://rpc.example (reading the latest L1 block number): no answer yet after 1s.\n" +
		"L1 endpoint https://rpc.example answered after 2.4s (reading the latest L1 block number).\n" +
		"Gave up on L1 endpoint https://dead.example (checking the L1 chain id and head): no answer within 5s; trying https://rpc.example instead.\n" +
		"No L2 endpoint answered (reading a balance on L2); asking them again in 1s.\n"
	if errOut.String() != want {
		t.Fatalf("got\n%s\nwant\n%s", errOut.String(), want)
	}
	if strings.ContainsAny(errOut.String(), "\r\x1b") || out.Len() != 0 {
		t.Fatalf("control characters or stdout output: %q / %q", errOut.String(), out.String())
	}
}

// --json: JSON lines on standard error, standard output untouched.
func TestRPCProgressJSON(t *testing.T) {
	var out, errOut bytes.Buffer
	u := &UI{Out: &out, Err: &errOut, JSON: true, ErrTerminal: true}
	for _, ev := range []RPCEvent{slowEvent, doneEvent, gaveUpEvent, retryEvent} {
		u.RPC(ev)
	}
	if out.Len() != 0 {
		t.Fatalf("progress on stdout: %q", out.String())
	}
	lines := strings.Split(strings.TrimSpace(errOut.String()), "\n")
	if len(lines) != 4 {
		t.Fatalf("lines %q", lines)
	}
	var objs []map[string]any
	for _, l := range lines {
		var obj map[string]any
		if err := json.Unmarshal([]byte(l), &obj); err != nil {
			t.Fatalf("%q: %v", l, err)
		}
		objs = append(objs, obj)
	}
	if objs[0]["event"] != "rpc-slow" || objs[0]["endpoint"] != "https://rpc.example" || objs[0]["waitedMs"] != float64(1000) || objs[0]["id"] != float64(7) {
		t.Errorf("slow: %v", objs[0])
	}
	if objs[1]["event"] != "rpc-done" || objs[1]["answered"] != true || objs[1]["waitedMs"] != float64(2400) {
		t.Errorf("done: %v", objs[1])
	}
	if objs[2]["event"] != "rpc-gave-up" || objs[2]["next"] != "https://rpc.example" || objs[2]["reason"] != "no answer within 5s" {
		t.Errorf("gave-up: %v", objs[2])
	}
	if objs[3]["event"] != "rpc-retry" || objs[3]["retryInMs"] != float64(1000) || objs[3]["role"] != "L2" {
		t.Errorf("retry: %v", objs[3])
	}
}

// On a terminal: a line redrawn in place, cleared when the answer comes,
// before anything else is printed; without colour when colour is off.
func TestRPCProgressSpinner(t *testing.T) {
	for _, colour := range []bool{true, false} {
		if !colour {
			DisableColor()
		} else if !ColorEnabled() {
			continue // NO_COLOR in the environment, or an earlier test
		}
		var errOut syncBuffer
		u := &UI{Out: &errOut, Err: &errOut, ErrTerminal: true}
		setWidth := func(w int) {
			u.mu.Lock()
			u.spin.width = func() int { return w }
			u.mu.Unlock()
		}
		setWidth(200)
		u.RPC(slowEvent)
		text := "Waiting for L1 endpoint https://rpc.example (reading the latest L1 block number)…"
		eventually(t, func() bool { return strings.Count(errOut.String(), text) >= 2 })
		drawn := errOut.String()
		if !strings.HasPrefix(drawn, "\r\x1b[K") || strings.Count(drawn, text) < 2 || strings.Contains(drawn, "\n") {
			t.Fatalf("spinner drawn as %q", drawn)
		}
		setWidth(40)
		lastFrame := func() string {
			frames := strings.Split(strings.TrimPrefix(errOut.String(), drawn), "\r\x1b[K")
			return frames[len(frames)-1]
		}
		eventually(t, func() bool { return strings.HasSuffix(lastFrame(), "…") })
		frames := strings.Split(strings.TrimPrefix(errOut.String(), drawn), "\r\x1b[K")
		if narrow := frames[len(frames)-1]; len(frames) < 2 || strings.Contains(narrow, "block number") || !strings.HasSuffix(narrow, "…") {
			t.Fatalf("the spinner line is not cut to a narrow terminal: %q", narrow)
		}
		drawn = errOut.String()
		setWidth(200)
		if got := sgr.MatchString(drawn); got != colour {
			t.Fatalf("colour %v: spinner has colour codes: %v (%q)", colour, got, drawn)
		}
		u.Printf("a result\n")
		if after := strings.TrimPrefix(errOut.String(), drawn); !strings.Contains(after, "\r\x1b[Ka result\n") {
			t.Fatalf("output while the spinner shows does not clear it first: %q", after)
		}
		u.RPC(gaveUpEvent)
		if !strings.Contains(errOut.String(), "Gave up on L1 endpoint https://dead.example") {
			t.Fatalf("gave-up line missing: %q", errOut.String())
		}
		u.RPC(doneEvent)
		before := errOut.Len()
		if !strings.HasSuffix(errOut.String(), "\r\x1b[K") {
			t.Fatalf("the spinner is not cleared at the answer: %q", errOut.String())
		}
		time.Sleep(3 * spinnerTick)
		if errOut.Len() != before {
			t.Fatalf("the spinner was drawn again after the answer: %q", errOut.String()[before:])
		}
	}
}

// eventually waits (generously) until cond holds.
func eventually(t *testing.T, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); !cond(); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the condition did not come true within 5 s")
		}
	}
}

type syncBuffer struct {
	mu  chan struct{}
	buf bytes.Buffer
}

func (b *syncBuffer) lock() {
	if b.mu == nil {
		b.mu = make(chan struct{}, 1)
	}
	b.mu <- struct{}{}
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.lock()
	defer func() { <-b.mu }()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.lock()
	defer func() { <-b.mu }()
	return b.buf.String()
}

func (b *syncBuffer) Len() int { return len(b.String()) }

// A prompt on the terminal is not drawn over by the spinner.
func TestRPCProgressHeldDuringPrompt(t *testing.T) {
	var errOut syncBuffer
	u := &UI{Out: &errOut, Err: &errOut, ErrTerminal: true, Interactive: true}
	u.RPC(slowEvent)
	eventually(t, func() bool { return errOut.Len() > 0 })
	var during string
	u.ConfirmFunc = func(string) (bool, error) {
		before := errOut.String()
		time.Sleep(3 * spinnerTick)
		during = strings.TrimPrefix(errOut.String(), before)
		return true, nil
	}
	if _, err := u.Confirm("Sign and send"); err != nil {
		t.Fatal(err)
	}
	if during != "" {
		t.Fatalf("the spinner drew over the prompt: %q", during)
	}
	eventually(t, func() bool { return strings.HasSuffix(strings.TrimRight(errOut.String(), "0123456789.ms "), "…") })
	u.RPC(doneEvent)
}
