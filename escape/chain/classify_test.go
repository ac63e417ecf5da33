package chain

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"syscall"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/rpc"
)

// jsonErr is a JSON-RPC error as go-ethereum's client returns it.
type jsonErr struct {
	code int
	msg  string
	data any
}

func (e jsonErr) Error() string  { return e.msg }
func (e jsonErr) ErrorCode() int { return e.code }
func (e jsonErr) ErrorData() any { return e.data }

func TestClassify(t *testing.T) {
	refused := &url.Error{Op: "Post", URL: "https://x/KEY", Err: &net.OpError{Op: "dial", Err: syscall.ECONNREFUSED}}
	for _, tc := range []struct {
		err       error
		want      errClass
		logRange  bool
		transient bool
	}{
		// Answers: asking elsewhere would get the same.
		{jsonErr{3, "execution reverted", "0x08c379a0"}, answered, false, false},
		{jsonErr{-32000, "execution reverted: rate limit", nil}, answered, false, false},
		{jsonErr{-32603, "whatever", "0xdeadbeef"}, answered, false, false}, // revert data wins over the code
		{jsonErr{-32000, "nonce too low: next nonce 5, tx nonce 4", nil}, answered, false, false},
		{jsonErr{-32000, "already known", nil}, answered, false, false},
		{jsonErr{-32000, "insufficient funds for gas * price + value", nil}, answered, false, false},
		{jsonErr{-32000, "replacement transaction underpriced", nil}, answered, false, false},
		{ethereum.NotFound, answered, false, false},
		{context.Canceled, answered, false, false},
		// Log ranges: answered, for FilterLogsChunked to narrow.
		{jsonErr{-32614, "eth_getLogs is limited to a 10,000 range", nil}, answered, true, false},
		{jsonErr{-32005, "query returned more than 10000 results. Try with this block range [0x1, 0x2].", nil}, answered, true, true},
		{jsonErr{-32602, "Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range", nil}, answered, true, false},
		{jsonErr{-32000, "exceed maximum block range: 50000", nil}, answered, true, false},
		// Trouble: ask the next endpoint.
		{jsonErr{-32000, "header not found", nil}, failover, false, false},
		{jsonErr{-32000, "missing trie node 1234 (path ) state is not available", nil}, failover, false, false},
		{jsonErr{-32601, "the method eth_getProof does not exist/is not available", nil}, failover, false, false},
		{jsonErr{-32005, "daily request count exceeded, request rate limited", nil}, failover, false, true},
		{jsonErr{429, "Too Many Requests", nil}, failover, false, true},
		{rpc.HTTPError{StatusCode: 503, Status: "503 Service Unavailable"}, failover, false, true},
		{rpc.HTTPError{StatusCode: 401, Status: "401 Unauthorized"}, failover, false, false},
		{fmt.Errorf("wrapped: %w", context.DeadlineExceeded), failover, false, true},
		{refused, failover, false, true},
		{errors.New("invalid character '<' looking for beginning of value"), failover, false, true},
		{&nodeTrouble{errors.New("wrong chain")}, failover, false, false},
	} {
		if got := classify(tc.err); got != tc.want {
			t.Errorf("classify(%v) = %v, want %v", tc.err, got, tc.want)
		}
		if got := IsLogRangeError(tc.err); got != tc.logRange {
			t.Errorf("IsLogRangeError(%v) = %v", tc.err, got)
		}
		if tc.want == failover || tc.logRange {
			if got := transient(tc.err); got != tc.transient {
				t.Errorf("transient(%v) = %v", tc.err, got)
			}
		}
	}
	if !IsAlreadyKnown(jsonErr{-32000, "already known", nil}) || !IsAlreadyKnown(errors.New("known transaction: 0xabc")) || IsAlreadyKnown(errors.New("nonce too low")) {
		t.Error("IsAlreadyKnown")
	}
}

func TestRedactMessages(t *testing.T) {
	e := &endpoint{raw: "https://user:pw@eth.example/v2/KEY?token=T0K", name: "https://eth.example"}
	err := &url.Error{Op: "Post", URL: e.raw, Err: errors.New("dial tcp: lookup eth.example: no such host")}
	got := sanitize(e, err)
	want := `https://eth.example: Post "https://eth.example": dial tcp: lookup eth.example: no such host`
	if got != want {
		t.Fatalf("sanitize\n got %s\nwant %s", got, want)
	}
	other := &url.Error{Op: "Post", URL: "https://eth.example/v2/KEY", Err: context.Canceled}
	red := redactErr(e, other)
	if !errors.Is(red, context.Canceled) || red.Error() != `Post "https://eth.example…": context canceled` {
		t.Fatalf("redactErr: %v", red)
	}
}
