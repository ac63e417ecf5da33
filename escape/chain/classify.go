package chain

import (
	"context"
	"errors"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/rpc"
)

type errClass int

const (
	// answered: the endpoint gave a real answer that another endpoint would
	// repeat (a revert, "nonce too low", "not found"): return it at once.
	answered errClass = iota
	// failover: the endpoint could not answer (unreachable, overloaded,
	// rate-limited, missing state): ask the next one.
	failover
)

// Phrases of answers that any honest node gives alike. Checked before the
// trouble phrases, since a revert reason may say anything ("rate limit").
var deterministicPhrases = []string{
	"execution reverted", "revert", "invalid opcode", "out of gas", "stack underflow",
	"nonce too low", "nonce too high", "already known", "known transaction", "alreadyknown",
	"insufficient funds", "underpriced", "intrinsic gas too low", "gas required exceeds",
	"exceeds block gas limit", "invalid sender", "fee cap", "max fee per gas less than",
	"tip higher than", "gas limit reached", "invalid signature", "oversized data",
	"transaction type not supported", "chain id", "invalid argument", "invalid params",
}

// Phrases of node or provider trouble: another endpoint may well answer.
var troublePhrases = []string{
	"header not found", "missing trie node", "unknown block", "block not found",
	"state is not available", "state not available", "historical state", "pruned",
	"rate limit", "too many requests", "capacity", "throughput", "compute units",
	"daily request count", "exceeded the quota", "quota", "credits",
	"timeout", "timed out", "temporarily unavailable", "service unavailable",
	"internal error", "try again", "backend", "upstream", "bad gateway",
	"method not found", "does not exist/is not available", "not supported", "unsupported method",
	"not whitelisted", "unauthorized", "forbidden", "api key", "project id",
	"syncing", "not synced",
}

// Phrases providers use to refuse an eth_getLogs query as too wide.
var logRangePhrases = []string{
	"query returned more than", "block range", "range is too", "range too",
	"limited to a", "maximum block range", "max range", "response size exceeded",
	"log response size", "too many blocks", "logs matched by query exceeds",
	"query exceeds max results", "results limit", "response is too big",
}

func classify(err error) errClass {
	var trouble *nodeTrouble
	switch {
	case err == nil:
		return answered
	case errors.As(err, &trouble):
		return failover
	case errors.Is(err, ethereum.NotFound):
		return answered
	case errors.Is(err, context.DeadlineExceeded):
		// The per-call timeout (the caller's own deadline is checked
		// before this is used).
		return failover
	case errors.Is(err, context.Canceled):
		return answered
	case IsLogRangeError(err):
		// Narrowing the range helps; asking another provider the same
		// wide query mostly does not (FilterLogsChunked narrows).
		return answered
	}
	var herr rpc.HTTPError
	if errors.As(err, &herr) {
		return failover // 429, 5xx, and 401/403/404: a bad key or path at this endpoint
	}
	var rerr rpc.Error
	if errors.As(err, &rerr) {
		if hasRevertData(err) {
			return answered
		}
		msg := strings.ToLower(rerr.Error())
		if containsAny(msg, deterministicPhrases) {
			return answered
		}
		switch rerr.ErrorCode() {
		case -32601, -32005, -32603: // method not found, limit exceeded, internal error
			return failover
		}
		if containsAny(msg, troublePhrases) {
			return failover
		}
		return answered
	}
	// Connection refused, reset, EOF, TLS, DNS, an HTML page instead of
	// JSON: all say "this endpoint", not "this question".
	return failover
}

func hasRevertData(err error) bool {
	var derr rpc.DataError
	return errors.As(err, &derr) && derr.ErrorData() != nil
}

func containsAny(s string, phrases []string) bool {
	for _, p := range phrases {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// IsLogRangeError reports whether err is a provider refusing an eth_getLogs
// query for its block range or result size.
func IsLogRangeError(err error) bool {
	if err == nil {
		return false
	}
	var rerr rpc.Error
	if errors.As(err, &rerr) && rerr.ErrorCode() == -32614 {
		return true
	}
	msg := strings.ToLower(err.Error())
	if containsAny(msg, logRangePhrases) {
		return true
	}
	// Infura and others: -32005 "query returned more than 10000 results";
	// the same code also means "rate limited", so it needs the wording.
	return strings.Contains(msg, "more than") && strings.Contains(msg, "results")
}

// IsAlreadyKnown reports whether err is a node saying it already has the
// transaction: for a send that is success.
func IsAlreadyKnown(err error) bool {
	if err == nil {
		return false
	}
	msg := strings.ToLower(err.Error())
	return strings.Contains(msg, "already known") || strings.Contains(msg, "known transaction") ||
		strings.Contains(msg, "alreadyknown") || strings.Contains(msg, "already imported")
}

// transient reports whether a failure may pass by itself soon (overload,
// rate limits, a dropped connection), as opposed to an endpoint that lacks
// the state or the method asked for.
func transient(err error) bool {
	var herr rpc.HTTPError
	if errors.As(err, &herr) {
		return herr.StatusCode == 429 || herr.StatusCode >= 500
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	var rerr rpc.Error
	if errors.As(err, &rerr) {
		msg := strings.ToLower(rerr.Error())
		return rerr.ErrorCode() == -32005 || containsAny(msg, transientPhrases)
	}
	var trouble *nodeTrouble
	return !errors.As(err, &trouble) // transport errors; not a wrong chain or a batch element's trouble
}

var transientPhrases = []string{
	"rate limit", "too many requests", "capacity", "throughput", "timeout", "timed out",
	"temporarily unavailable", "service unavailable", "try again", "bad gateway", "upstream",
}
