// Package chain is escape's RPC client: one chain, several endpoints. It
// checks that every endpoint serves the chain the network file names, sets
// aside endpoints that lag behind the others, and fails over to the next
// endpoint when one is unreachable, overloaded or missing state — but never
// when an endpoint gave a real answer (a revert, "nonce too low"): asking
// another node the same question would only cost time.
//
// Endpoints are tried in a stable order (the order the user gave, healthy ones
// first) so the number of round trips a flow makes is predictable, and only
// redacted endpoints (scheme and host) ever appear in messages: paths and
// queries often hold API keys.
package chain

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"path"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/l2escape/escape/escape"
)

// Defaults for Options' zero values.
const (
	// DefaultCallTimeout bounds each request at one endpoint. A healthy
	// endpoint answers in well under a second, an overloaded public one in
	// a few; one that has not answered in 5 s is dead for a person waiting
	// in an incident, and the next endpoint is asked. Slow links can raise
	// it with --rpc-timeout.
	DefaultCallTimeout = 5 * time.Second
	// LogCallTimeoutFactor: eth_getLogs and batches get this many times
	// the timeout. A 10,000-block log query is legitimately slow on a busy
	// provider (seconds), and narrowing the range after a timeout costs
	// more round trips than waiting; a batch of eight full blocks (health's
	// batch scan) is a megabyte or more, seconds on a slow link. The
	// progress line shows they are being waited for.
	LogCallTimeoutFactor = 3
	DefaultCooldown      = 30 * time.Second
	DefaultMaxLagL1      = 32  // ~6.4 minutes of Ethereum blocks
	DefaultMaxLagL2      = 240 // 8 minutes on OP Stack (2s), 1 minute on Arbitrum (0.25s)
)

// Options tunes a Client. The zero value is fine.
type Options struct {
	// Names names chain ids for messages ("OP Mainnet (an L2)"), so a wrong
	// RPC is recognised for what it is.
	Names map[uint64]string
	// NameChain, if set, is asked for ids Names does not hold.
	NameChain func(chainID uint64) string
	// MaxLagBlocks: an endpoint whose head is further behind the best
	// endpoint's is set aside. 0 means DefaultMaxLagL1 or DefaultMaxLagL2.
	MaxLagBlocks uint64
	// CallTimeout bounds each attempt at one endpoint (default
	// DefaultCallTimeout): a dead endpoint is left after it.
	CallTimeout time.Duration
	// LogCallTimeout bounds each eth_getLogs and batch attempt (default
	// LogCallTimeoutFactor × CallTimeout).
	LogCallTimeout time.Duration
	// Progress, if set, is told about slow requests and failovers (see
	// Event). It is called from the goroutines making requests and must
	// not block.
	Progress func(Event)
	// SlowAfter is how long a request waits before it is reported slow
	// (default DefaultSlowAfter).
	SlowAfter time.Duration
	// Cooldown is how long an endpoint that failed is passed over while
	// others work (default 30s). It is tried again after that.
	Cooldown time.Duration
	// Flag and Env name where the user sets these endpoints, for hints.
	// Defaults: "--l1-rpc"/"ESCAPE_L1_RPC" for role L1, "--l2-rpc"/"ESCAPE_L2_RPC" for L2.
	Flag, Env string
	// Retries is how many more times every endpoint is tried, RetryWait
	// apart (growing), when all of them failed and at least one for a
	// passing reason (429, 5xx, timeout, connection trouble) (default 1
	// time, 1s; -1: none).
	Retries   int
	RetryWait time.Duration
	// DialOptions are passed to rpc.DialOptions (e.g. rpc.WithHTTPClient).
	DialOptions []rpc.ClientOption
	// DialRetryBudget bounds the time Dial spends trying again when every
	// endpoint refused for a passing reason (HTTP 429 or 5xx, "rate
	// limit"): a public endpoint at its limit often answers a second later
	// (default 4s; none when Retries is -1).
	DialRetryBudget time.Duration
	// MaxHeadAge: an L1 whose best head is older than this by the wall
	// clock is reported by StaleHead (default 5 minutes; L1 only: an L2
	// with a stopped sequencer is the very case escape is for).
	MaxHeadAge time.Duration
	// Now is the wall clock (tests); default time.Now.
	Now func() time.Time
}

// Client talks to one chain through one or more endpoints. It is safe for
// concurrent use.
type Client struct {
	role    string
	chainID uint64
	opts    Options
	eps     []*endpoint

	mu       sync.Mutex
	last     *endpoint // the endpoint that answered last
	logRange uint64    // the eth_getLogs range endpoints have accepted
}

type endpoint struct {
	index int
	raw   string // the URL as given: never printed
	name  string // redacted, unique within the client

	// Guarded by Client.mu.
	rpc        *rpc.Client
	eth        *ethclient.Client
	verified   bool // the chain id was checked
	wrongChain bool
	chainID    uint64
	head       uint64    // at Dial
	headTime   time.Time // the head's timestamp at Dial (L1), if known
	behind     uint64    // blocks behind the best endpoint at Dial
	lagging    bool
	downUntil  time.Time
	streak     int // failures since its last answer
	answered   int
	failed     int
	lastErr    string
}

// Dial opens a client for role ("L1" or "L2") over urls and checks, in
// parallel, that each endpoint serves wantChainID. An endpoint on another
// chain fails the whole Dial (code "wrong-chain"): the user pointed escape at
// the wrong network and must know. Endpoints that do not answer are kept
// aside and tried again later; if none answers the error has code
// "rpc-unreachable".
func Dial(ctx context.Context, role string, urls []string, wantChainID uint64, opts Options) (*Client, error) {
	if opts.CallTimeout <= 0 {
		opts.CallTimeout = DefaultCallTimeout
	}
	if opts.LogCallTimeout <= 0 {
		opts.LogCallTimeout = LogCallTimeoutFactor * opts.CallTimeout
	}
	if opts.SlowAfter <= 0 {
		opts.SlowAfter = DefaultSlowAfter
	}
	if opts.Cooldown <= 0 {
		opts.Cooldown = DefaultCooldown
	}
	switch {
	case opts.Retries == 0:
		opts.Retries = 1
	case opts.Retries < 0:
		opts.Retries = 0
	}
	if opts.RetryWait <= 0 {
		opts.RetryWait = time.Second
	}
	if opts.DialRetryBudget <= 0 {
		opts.DialRetryBudget = 4 * time.Second
	}
	if opts.MaxHeadAge <= 0 {
		opts.MaxHeadAge = 5 * time.Minute
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.MaxLagBlocks == 0 {
		opts.MaxLagBlocks = DefaultMaxLagL1
		if role == "L2" {
			opts.MaxLagBlocks = DefaultMaxLagL2
		}
	}
	if opts.Flag == "" {
		opts.Flag = "--" + strings.ToLower(role) + "-rpc"
	}
	if opts.Env == "" {
		opts.Env = "ESCAPE_" + strings.ToUpper(role) + "_RPC"
	}
	c := &Client{role: role, chainID: wantChainID, opts: opts}
	if len(urls) == 0 {
		return nil, escape.Errorf("rpc-unreachable", c.unreachableHint(), "no %s RPC endpoint given", role)
	}
	if err := CheckURLs(opts.Flag+" (or "+opts.Env+")", urls); err != nil {
		return nil, err // not a URL: a usage error, not an outage
	}
	seen := map[string]int{}
	for i, u := range urls {
		name := Redact(u)
		seen[name]++
		if seen[name] > 1 {
			// Two keys on one provider: keep them apart in messages.
			name = fmt.Sprintf("%s (#%d)", name, i+1)
		}
		c.eps = append(c.eps, &endpoint{index: i, raw: strings.TrimSpace(u), name: name})
	}

	results, tries, err := c.probeAll(ctx)
	if err != nil {
		c.Close()
		return nil, err
	}

	var best uint64
	var failures []string
	var errs []error
	for i, e := range c.eps {
		r := results[i]
		switch {
		case r.err != nil:
			e.failed++
			e.lastErr = e.name + ": " + c.failureReason(e, r.err, opts.CallTimeout)
			e.setAside(opts.Now(), opts.Cooldown)
			failures = append(failures, e.lastErr)
			errs = append(errs, r.err)
		case r.id != wantChainID:
			c.Close()
			return nil, c.wrongChainError(e, r.id)
		default:
			e.verified, e.chainID, e.head, e.headTime = true, r.id, r.head, r.headTime
			best = max(best, r.head)
		}
	}
	if len(failures) == len(c.eps) {
		c.Close()
		return nil, c.noAnswerError(errs, failures, tries)
	}
	for _, e := range c.eps {
		if e.verified {
			e.behind = best - e.head
			e.lagging = e.behind > opts.MaxLagBlocks
		}
	}
	c.reportDialFailures(results)
	return c, nil
}

// reportDialFailures tells Progress about each endpoint that did not
// answer at Dial, naming the endpoint that will be asked instead.
func (c *Client) reportDialFailures(results []probeResult) {
	if c.opts.Progress == nil {
		return
	}
	next := ""
	if o := c.order(); len(o) > 0 && o[0].verified {
		next = o[0].name
	}
	for i, e := range c.eps {
		if r := results[i]; r.err != nil {
			c.emit(Event{Kind: EventGaveUp, ID: r.attempt, Endpoint: e.name, Method: "eth_chainId",
				Purpose: MethodPurpose(c.role, "eth_chainId"), Waited: r.took, Next: next,
				Reason: c.failureReason(e, r.err, c.opts.CallTimeout)})
		}
	}
}

type probeResult struct {
	id, head uint64
	headTime time.Time // zero when the endpoint did not say
	err      error
	took     time.Duration
	attempt  uint64 // the progress events' ID
}

// probeAll probes every endpoint in parallel. When all of them refused for
// a passing reason (rate limit, overload), it tries the refused ones again
// with growing waits, within DialRetryBudget: a public endpoint at its
// limit often answers a moment later, and "check your internet connection"
// after one try would be wrong. tries is how many rounds were made.
func (c *Client) probeAll(ctx context.Context) (results []probeResult, tries int, err error) {
	results = make([]probeResult, len(c.eps))
	deadline := time.Now().Add(c.opts.DialRetryBudget)
	wait := c.opts.DialRetryBudget / 8
	for {
		tries++
		var wg sync.WaitGroup
		for i, e := range c.eps {
			if tries > 1 && results[i].err == nil {
				continue
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				results[i] = c.probe(ctx, e)
			}()
		}
		wg.Wait()
		if err := ctx.Err(); err != nil {
			return nil, tries, err
		}
		refusedForNow := 0
		for _, r := range results {
			switch {
			case r.err == nil:
				return results, tries, nil
			case refusedByLoad(r.err):
				refusedForNow++
			}
		}
		if refusedForNow == 0 || c.opts.Retries == 0 || time.Now().Add(wait).After(deadline) {
			return results, tries, nil
		}
		c.emit(Event{Kind: EventRetry, ID: attemptIDs.Add(1), Method: "eth_chainId", Purpose: MethodPurpose(c.role, "eth_chainId"), RetryIn: wait})
		select {
		case <-ctx.Done():
			return nil, tries, ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
}

// probe dials one endpoint and asks its chain id and head in one request
// (for L1, the head block's timestamp too).
func (c *Client) probe(ctx context.Context, e *endpoint) (r probeResult) {
	ctx, cancel := context.WithTimeout(ctx, c.opts.CallTimeout)
	defer cancel()
	slow := c.watchSlow(e, "eth_chainId", MethodPurpose(c.role, "eth_chainId"))
	r = c.probeOnce(ctx, e)
	r.took, r.attempt = time.Since(slow.start), slow.ev.ID
	slow.end(r.err == nil)
	return r
}

// probeOnce is probe without its timeout and progress reports, for an
// attempt that has its own.
func (c *Client) probeOnce(ctx context.Context, e *endpoint) (r probeResult) {
	if err := c.connect(ctx, e); err != nil {
		return probeResult{err: err}
	}
	var id, num hexutil.Uint64
	batch := []rpc.BatchElem{
		{Method: "eth_chainId", Result: &id},
		{Method: "eth_blockNumber", Result: &num},
	}
	// L1: the head block's timestamp too, in the same request. An endpoint
	// that cannot give it still serves; its age is then unknown.
	var head *struct {
		Number    hexutil.Uint64 `json:"number"`
		Timestamp hexutil.Uint64 `json:"timestamp"`
	}
	if c.role == "L1" {
		batch = append(batch, rpc.BatchElem{Method: "eth_getBlockByNumber", Args: []any{"latest", false}, Result: &head})
	}
	if err := e.rpc.BatchCallContext(ctx, batch); err != nil {
		return probeResult{err: err}
	}
	for _, b := range batch[:2] {
		if b.Error != nil {
			return probeResult{err: b.Error}
		}
	}
	r = probeResult{id: uint64(id), head: uint64(num)}
	if len(batch) > 2 && batch[2].Error == nil && head != nil && head.Timestamp > 0 {
		r.headTime = time.Unix(int64(head.Timestamp), 0)
	}
	return r
}

// refusedByLoad: the endpoint answered but refused for now (HTTP 429 or
// 5xx, or a JSON-RPC rate-limit error), as opposed to not answering.
func refusedByLoad(err error) bool {
	if status := httpStatus(err); status != 0 {
		return status == 429 || status >= 500
	}
	var rerr rpc.Error
	return errors.As(err, &rerr) && (rerr.ErrorCode() == -32005 || containsAny(strings.ToLower(rerr.Error()), []string{"rate limit", "too many requests"}))
}

func httpStatus(err error) int {
	var herr rpc.HTTPError
	if errors.As(err, &herr) {
		return herr.StatusCode
	}
	return 0
}

// noAnswerError says why no endpoint answered, naming a rate limit or an
// overloaded endpoint as such: "check your internet connection" is only
// the hint when nothing answered at all.
func (c *Client) noAnswerError(errs []error, failures []string, tries int) error {
	limited, overloaded := 0, 0
	for _, err := range errs {
		switch status := httpStatus(err); {
		case status == 429 || (status == 0 && refusedByLoad(err)):
			limited++
		case status >= 500:
			overloaded++
		}
	}
	after := ""
	if tries > 1 {
		after = fmt.Sprintf(" (asked %d times over %s)", tries, c.opts.DialRetryBudget)
	}
	own := fmt.Sprintf("pass your own %s RPC with %s URL (or set %s; a free account at an RPC provider is enough; several URLs separated by commas are tried in order)", c.role, c.opts.Flag, c.opts.Env)
	switch {
	case limited > 0:
		return escape.Errorf("rpc-rate-limited",
			"the endpoint limits how many requests each user may make, and public endpoints are overloaded during incidents: "+own+", or wait a minute and try again",
			"the %s RPC is rate-limiting escape (HTTP 429 Too Many Requests)%s: %s", c.role, after, strings.Join(failures, "; "))
	case overloaded == len(errs):
		return escape.Errorf("rpc-unreachable",
			"the endpoint answered but is overloaded or down for maintenance, not your connection: "+own+", or try again later",
			"no %s RPC endpoint served requests%s: %s", c.role, after, strings.Join(failures, "; "))
	}
	return escape.Errorf("rpc-unreachable", c.unreachableHint(),
		"no %s RPC endpoint answered: %s", c.role, strings.Join(failures, "; "))
}

// StaleHead describes an L1 whose newest head is older than MaxHeadAge by
// the wall clock: the endpoints are lagging (or L1 has stalled), and
// everything escape reads is as old. Empty when the head is recent or its
// time unknown.
func (c *Client) StaleHead() string {
	if c.role != "L1" {
		return ""
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	var best *endpoint
	for _, e := range c.eps {
		if e.verified && !e.headTime.IsZero() && (best == nil || e.headTime.After(best.headTime)) {
			best = e
		}
	}
	if best == nil {
		return ""
	}
	age := c.opts.Now().Sub(best.headTime)
	if age <= c.opts.MaxHeadAge {
		return ""
	}
	return fmt.Sprintf("warning: the newest L1 block any endpoint gave (%d, from %s) is %s old by this computer's clock: the %s RPC is lagging (or this computer's clock is wrong), and what escape reads may be stale. Use another endpoint with %s if you can.",
		best.head, best.headTime.UTC().Format(time.RFC3339), age.Round(time.Second), c.role, c.opts.Flag)
}

// connect dials e if it has no client yet (a WebSocket that failed at
// start). HTTP clients dial lazily, so this only fails on bad URLs.
func (c *Client) connect(ctx context.Context, e *endpoint) error {
	c.mu.Lock()
	have := e.rpc != nil
	c.mu.Unlock()
	if have {
		return nil
	}
	u, err := url.Parse(e.raw)
	if err != nil || u.Host == "" || !knownScheme(u.Scheme) {
		return errors.New("not an http(s):// or ws(s):// URL")
	}
	rc, err := rpc.DialOptions(ctx, e.raw, c.opts.DialOptions...)
	if err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if e.rpc != nil { // another call connected meanwhile
		rc.Close()
		return nil
	}
	e.rpc, e.eth = rc, ethclient.NewClient(rc)
	return nil
}

func knownScheme(s string) bool {
	switch strings.ToLower(s) {
	case "http", "https", "ws", "wss":
		return true
	}
	return false
}

func (c *Client) chainName(id uint64) string {
	if n, ok := c.opts.Names[id]; ok && n != "" {
		return n
	}
	if c.opts.NameChain != nil {
		if n := c.opts.NameChain(id); n != "" {
			return n
		}
	}
	return ""
}

func (c *Client) describeChain(id uint64) string {
	if n := c.chainName(id); n != "" {
		return fmt.Sprintf("chain id %d (%s)", id, n)
	}
	return fmt.Sprintf("chain id %d", id)
}

func (c *Client) wrongChainError(e *endpoint, got uint64) *escape.Error {
	want := c.chainName(c.chainID)
	if want == "" {
		want = fmt.Sprintf("chain %d", c.chainID)
	}
	hint := fmt.Sprintf("%s wants an RPC for %s (chain id %d); check the URL and --network", c.opts.Flag, want, c.chainID)
	if n := c.chainName(got); n != "" {
		hint = fmt.Sprintf("this looks like an RPC for %s; %s wants an RPC for %s (chain id %d)", n, c.opts.Flag, want, c.chainID)
	}
	return escape.Errorf("wrong-chain", hint, "%s endpoint %s serves %s, not %s",
		c.role, e.name, c.describeChain(got), c.describeChain(c.chainID))
}

func (c *Client) unreachableHint() string {
	return fmt.Sprintf("check your internet connection, or pass a working %s RPC with %s URL (or set %s); several URLs separated by commas are tried in order",
		c.role, c.opts.Flag, c.opts.Env)
}

// Redact keeps only the scheme and host of an RPC URL: providers put API
// keys in the path ("/v2/KEY"), the query or the user info.
func Redact(raw string) string {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		if err == nil && u.Scheme == "" && strings.HasSuffix(u.Path, ".ipc") {
			return "ipc:" + path.Base(u.Path)
		}
		return "(an RPC URL that is not http(s):// or ws(s)://)"
	}
	return strings.ToLower(u.Scheme) + "://" + u.Host
}

// sanitize renders an endpoint's error without its URL's secrets (Go's HTTP
// client puts the whole URL in its errors).
func sanitize(e *endpoint, err error) string {
	msg := redactMsg(e, err.Error())
	// HTTP errors carry the response body: keep one short line of it.
	msg = strings.Join(strings.Fields(msg), " ")
	if r := []rune(msg); len(r) > 200 {
		msg = string(r[:200]) + "…"
	}
	return e.name + ": " + msg
}

func redactMsg(e *endpoint, msg string) string {
	if e.raw != "" {
		msg = strings.ReplaceAll(msg, e.raw, e.name)
	}
	if u, perr := url.Parse(e.raw); perr == nil {
		for _, secret := range []string{u.RawQuery, u.EscapedPath(), u.Path, u.User.String()} {
			if len(secret) > 1 {
				msg = strings.ReplaceAll(msg, secret, "…")
			}
		}
	}
	return msg
}

// endpointError is a failure at one endpoint, printed without the URL's
// secrets; errors.Is/As still reach the original.
type endpointError struct {
	msg string
	err error
}

func (e *endpointError) Error() string { return e.msg }
func (e *endpointError) Unwrap() error { return e.err }

// EndpointStatus describes one endpoint, for output such as "answered by".
type EndpointStatus struct {
	URL string `json:"url"` // redacted: scheme and host
	// State is "ok", "lagging" (set aside: used only if the others fail),
	// "failing" (failed recently: passed over for a while) or "unverified"
	// (never answered, so its chain id is not known yet).
	State    string `json:"state"`
	ChainID  uint64 `json:"chainId,omitempty"`
	Head     uint64 `json:"head,omitempty"`   // its head when dialled
	Behind   uint64 `json:"behind,omitempty"` // blocks behind the best endpoint when dialled
	Answered int    `json:"answered"`         // calls it answered
	Failed   int    `json:"failed"`           // attempts that failed over
	// LastError is its last failure, redacted.
	LastError string `json:"lastError,omitempty"`
}

// Endpoints reports every endpoint in the order given.
func (c *Client) Endpoints() []EndpointStatus {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := c.opts.Now()
	out := make([]EndpointStatus, 0, len(c.eps))
	for _, e := range c.eps {
		s := EndpointStatus{URL: e.name, ChainID: e.chainID, Head: e.head, Behind: e.behind,
			Answered: e.answered, Failed: e.failed, LastError: e.lastErr}
		switch {
		case now.Before(e.downUntil):
			s.State = "failing"
		case !e.verified:
			s.State = "unverified"
		case e.lagging:
			s.State = "lagging"
		default:
			s.State = "ok"
		}
		out = append(out, s)
	}
	return out
}

// Notes are sentences worth showing the user about the endpoints: which were
// set aside and why. Empty when all is well.
func (c *Client) Notes() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var best *endpoint
	for _, e := range c.eps {
		if e.verified && (best == nil || e.head > best.head) {
			best = e
		}
	}
	var notes []string
	for _, e := range c.eps {
		switch {
		case e.lagging && best != nil:
			notes = append(notes, fmt.Sprintf("%s endpoint %s is %d blocks behind %s (head %d vs %d): set aside, used only if the others fail.",
				c.role, e.name, e.behind, best.name, e.head, best.head))
		case !e.verified && e.lastErr != "":
			notes = append(notes, fmt.Sprintf("%s endpoint %s did not answer (%s): it will be tried again only if the others fail.",
				c.role, e.name, strings.TrimPrefix(e.lastErr, e.name+": ")))
		}
	}
	return notes
}

// Endpoint is the redacted endpoint that answered last (before any call,
// the one that will be asked first).
func (c *Client) Endpoint() string {
	c.mu.Lock()
	last := c.last
	c.mu.Unlock()
	if last != nil {
		return last.name
	}
	if o := c.order(); len(o) > 0 {
		return o[0].name
	}
	return c.eps[0].name
}

// Role is "L1" or "L2", as given to Dial.
func (c *Client) Role() string { return c.role }

// Raw is the go-ethereum client of the endpoint that would be asked next,
// for calls this package does not wrap. Calls through it do not fail over.
func (c *Client) Raw() *rpc.Client {
	for _, e := range c.order() {
		c.mu.Lock()
		rc := e.rpc
		c.mu.Unlock()
		if rc != nil {
			return rc
		}
	}
	return nil
}

// Close closes every endpoint's connection.
func (c *Client) Close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, e := range c.eps {
		if e.rpc != nil {
			e.rpc.Close()
		}
	}
}

// order lists the endpoints to try: healthy ones in the order given, then
// lagging ones, then those that failed recently, then those on the wrong
// chain never.
func (c *Client) order() []*endpoint {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := c.opts.Now()
	var healthy, lagging, down []*endpoint
	for _, e := range c.eps {
		switch {
		case e.wrongChain:
		case now.Before(e.downUntil):
			down = append(down, e)
		case e.lagging:
			lagging = append(lagging, e)
		default:
			healthy = append(healthy, e)
		}
	}
	return append(append(healthy, lagging...), down...)
}

// do runs call against endpoints in order until one answers. An answer
// includes a deterministic error (revert, nonce too low), which is returned
// at once; transport and node trouble moves on to the next endpoint.
func (c *Client) do(ctx context.Context, method string, call func(ctx context.Context, e *endpoint) error) error {
	var failures []string
	var lastErr error
	retry := false
	purpose := c.purpose(ctx, method)
	for pass := 0; pass <= c.opts.Retries; pass++ {
		if pass > 0 {
			if !retry {
				break // missing state or an unsupported method: asking again will not help
			}
			retry = false
			// Every endpoint failed: during an incident public endpoints
			// answer 429/503 in bursts, so wait a little and go round again.
			pause := time.Duration(pass) * c.opts.RetryWait
			c.emit(Event{Kind: EventRetry, ID: attemptIDs.Add(1), Method: method, Purpose: purpose, RetryIn: pause})
			t := time.NewTimer(pause)
			select {
			case <-ctx.Done():
				t.Stop()
				return ctx.Err()
			case <-t.C:
			}
		}
		order := c.order()
		for i, e := range order {
			if err := ctx.Err(); err != nil {
				return err
			}
			slow := c.watchSlow(e, method, purpose)
			err := c.attempt(ctx, e, method, call)
			slow.end(err == nil || classify(err) == answered)
			if err == nil || classify(err) == answered {
				c.mu.Lock()
				e.answered++
				e.downUntil, e.streak = time.Time{}, 0
				c.last = e
				c.mu.Unlock()
				return redactErr(e, err)
			}
			if ctx.Err() != nil {
				// The caller gave up; that says nothing about the endpoint.
				return redactErr(e, err)
			}
			reason := c.failureReason(e, err, c.callTimeout(method))
			msg := e.name + ": " + reason
			c.mu.Lock()
			e.failed++
			e.lastErr = msg
			e.setAside(c.opts.Now(), c.opts.Cooldown)
			c.mu.Unlock()
			failures = append(failures, msg)
			lastErr = err
			retry = retry || transient(err)
			next := ""
			if i+1 < len(order) {
				next = order[i+1].name
			}
			c.emit(Event{Kind: EventGaveUp, ID: slow.ev.ID, Endpoint: e.name, Method: method, Purpose: purpose,
				Waited: time.Since(slow.start), Next: next, Reason: reason})
		}
	}
	if lastErr == nil {
		return escape.Errorf("rpc-unreachable", c.unreachableHint(), "no %s endpoint left to ask %s", c.role, method)
	}
	return escape.Wrap(&endpointError{msg: strings.Join(failures, "; "), err: lastErr}, "rpc-unreachable", c.unreachableHint(),
		"no %s endpoint could answer %s", c.role, method)
}

// redactErr returns err as is unless its text holds the endpoint's URL
// (Go's HTTP client errors do), in which case it is wrapped redacted.
func redactErr(e *endpoint, err error) error {
	if err == nil {
		return nil
	}
	clean := redactMsg(e, err.Error())
	if clean == err.Error() {
		return err
	}
	return &endpointError{msg: clean, err: err}
}

// attempt runs call at one endpoint with the per-call timeout, connecting
// and checking the chain id first if that has not happened yet.
func (c *Client) attempt(ctx context.Context, e *endpoint, method string, call func(ctx context.Context, e *endpoint) error) error {
	ctx, cancel := context.WithTimeout(ctx, c.callTimeout(method))
	defer cancel()
	c.mu.Lock()
	verified := e.verified
	c.mu.Unlock()
	if !verified {
		r := c.probeOnce(ctx, e)
		if r.err != nil {
			return r.err
		}
		id := r.id
		c.mu.Lock()
		e.chainID, e.head, e.headTime = id, r.head, r.headTime
		if id != c.chainID {
			e.wrongChain = true
			e.lastErr = c.wrongChainError(e, id).Error()
		} else {
			e.verified = true
		}
		c.mu.Unlock()
		if id != c.chainID {
			return &nodeTrouble{c.wrongChainError(e, id)}
		}
	}
	return call(ctx, e)
}

// maxCooldownDoublings caps how long a failing endpoint is passed over:
// 30 s doubled four times is 8 minutes.
const maxCooldownDoublings = 4

// setAside passes e over for cooldown after a failure, doubled for each
// failure since its last answer: a dead endpoint would otherwise cost a
// full timeout every 30 s of `escape watch`. Guarded by Client.mu.
func (e *endpoint) setAside(now time.Time, cooldown time.Duration) {
	e.streak++
	e.downUntil = now.Add(cooldown << min(e.streak-1, maxCooldownDoublings))
}

// nodeTrouble marks an error as a reason to ask another endpoint.
type nodeTrouble struct{ err error }

func (n *nodeTrouble) Error() string { return n.err.Error() }
func (n *nodeTrouble) Unwrap() error { return n.err }
