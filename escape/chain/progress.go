package chain

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Kinds of Event.
const (
	// EventSlow: a request has had no answer for SlowAfter.
	EventSlow = "slow"
	// EventDone: a request reported slow has ended (answered or failed):
	// a display clears what it showed for it.
	EventDone = "done"
	// EventGaveUp: an endpoint failed a request (or did not answer within
	// the per-request timeout) and Next is asked instead.
	EventGaveUp = "gave-up"
	// EventRetry: every endpoint failed for a passing reason; all are asked
	// again after RetryIn.
	EventRetry = "retry"
)

// DefaultSlowAfter is how long a request waits before it is reported slow:
// long enough that a healthy endpoint never shows up, short enough that a
// person does not wonder whether escape hangs.
const DefaultSlowAfter = time.Second

// Event tells how a request is going, so that a person (or a program
// reading --json) sees what escape waits for and where. Endpoint and Next
// are redacted (scheme and host): URLs often carry API keys.
type Event struct {
	Kind string
	// ID pairs a slow request with its done event; attempts made at once
	// (Dial probes every endpoint in parallel) have different ids.
	ID       uint64
	Role     string // "L1" or "L2"
	Endpoint string
	// Purpose is what the request is for, in words ("searching L1 logs in
	// blocks 100–10099"): the caller's, given with WithPurpose, or one
	// derived from Method.
	Purpose string
	Method  string
	// Waited is how long the request has waited (slow, done, gave-up).
	Waited time.Duration
	// RetryIn is the pause before every endpoint is asked again (retry).
	RetryIn time.Duration
	// Next is the endpoint asked next (gave-up); empty when none is left.
	Next string
	// Reason is why an endpoint was given up, redacted.
	Reason string
	// Answered is true when a done request got an answer (false: it
	// failed, and a gave-up event follows).
	Answered bool
}

var attemptIDs atomic.Uint64

// batchPrefix starts the method name BatchCall reports ("batch of
// eth_getBlockByNumber").
const batchPrefix = "batch of "

type purposeKey struct{}

// WithPurpose labels the requests made with ctx for progress reports:
// "searching dispute games", "reading the latest L1 block". Without it a
// label is derived from the JSON-RPC method.
func WithPurpose(ctx context.Context, purpose string) context.Context {
	return context.WithValue(ctx, purposeKey{}, purpose)
}

func (c *Client) purpose(ctx context.Context, method string) string {
	if p, ok := ctx.Value(purposeKey{}).(string); ok && p != "" {
		return p
	}
	return MethodPurpose(c.role, method)
}

// MethodPurpose is a label, in words, for a JSON-RPC method at a chain of
// the given role ("L1", "L2").
func MethodPurpose(role, method string) string {
	method = strings.TrimPrefix(method, batchPrefix)
	switch method {
	case "eth_chainId":
		return "checking the " + role + " chain id and head"
	case "eth_blockNumber":
		return "reading the latest " + role + " block number"
	case "eth_getBlockByNumber", "eth_getBlockByHash":
		return "reading an " + role + " block"
	case "eth_getBalance":
		return "reading a balance on " + role
	case "eth_getTransactionCount":
		return "reading an account's nonce on " + role
	case "eth_getCode":
		return "reading a contract's code on " + role
	case "eth_getStorageAt":
		return "reading contract storage on " + role
	case "eth_call":
		return "reading a contract on " + role
	case "eth_estimateGas":
		return "estimating gas on " + role
	case "eth_gasPrice", "eth_maxPriorityFeePerGas", "eth_feeHistory":
		return "reading " + role + " fees"
	case "eth_sendRawTransaction":
		return "sending the transaction to " + role
	case "eth_getTransactionReceipt":
		return "reading a transaction receipt on " + role
	case "eth_getTransactionByHash":
		return "reading a transaction on " + role
	case "eth_getLogs":
		return "searching " + role + " event logs"
	case "eth_getProof":
		return "reading a storage proof on " + role
	}
	return "calling " + method + " on " + role
}

// callTimeout is the per-request timeout for method. eth_getLogs and
// batches get LogCallTimeout: a wide log query is legitimately slow on a
// busy provider, and a batch of full blocks is megabytes on a slow link;
// the progress line shows they are being waited for.
func (c *Client) callTimeout(method string) time.Duration {
	if method == "eth_getLogs" || strings.HasPrefix(method, batchPrefix) {
		return c.opts.LogCallTimeout
	}
	return c.opts.CallTimeout
}

func (c *Client) emit(ev Event) {
	if c.opts.Progress != nil {
		ev.Role = c.role
		c.opts.Progress(ev)
	}
}

// slowWatch reports one attempt as slow once it has waited SlowAfter, and
// as done when it ends (only if it was reported slow).
type slowWatch struct {
	c     *Client
	ev    Event
	start time.Time
	timer *time.Timer

	mu       sync.Mutex
	reported bool
	ended    bool
}

func (c *Client) watchSlow(e *endpoint, method, purpose string) *slowWatch {
	w := &slowWatch{c: c, start: time.Now(),
		ev: Event{ID: attemptIDs.Add(1), Endpoint: e.name, Method: method, Purpose: purpose}}
	if c.opts.Progress == nil {
		return w
	}
	w.timer = time.AfterFunc(c.opts.SlowAfter, func() {
		w.mu.Lock()
		defer w.mu.Unlock()
		if w.ended {
			return
		}
		w.reported = true
		ev := w.ev
		ev.Kind, ev.Waited = EventSlow, time.Since(w.start)
		w.c.emit(ev)
	})
	return w
}

// end stops the watch; answered says whether the attempt got an answer.
func (w *slowWatch) end(answered bool) {
	if w.timer == nil {
		return
	}
	w.timer.Stop()
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.ended {
		return
	}
	w.ended = true
	if w.reported {
		ev := w.ev
		ev.Kind, ev.Waited, ev.Answered = EventDone, time.Since(w.start), answered
		w.c.emit(ev)
	}
}

// failureReason describes why an endpoint failed, without its URL's
// secrets and without its name (the event carries it): a timeout reads
// "no answer within 5s" rather than "context deadline exceeded".
func (c *Client) failureReason(e *endpoint, err error, timeout time.Duration) string {
	if errors.Is(err, context.DeadlineExceeded) {
		return fmt.Sprintf("no answer within %s", timeout)
	}
	return strings.TrimPrefix(sanitize(e, err), e.name+": ")
}
