// Package rpcproxy is an HTTP reverse proxy on 127.0.0.1 in front of one
// JSON-RPC URL, for tests and benchmarks. It plays the parts of a real
// provider that anvil does not: added latency, eth_getLogs range limits,
// a node that swallows or refuses transactions, a node that goes away. It
// also counts what the client under test asked for, so tests can assert
// "no failover happened" and benchmarks can report round trips.
//
// Round trips. A flow that sends requests one after another pays the latency
// once per request; one that overlaps them (or batches) pays it once per
// overlap. The proxy therefore counts "windows": a window opens when a request
// arrives while no other request is in flight, and closes when the last
// in-flight request has been answered. With an added latency L, a client's
// wall time spent waiting on the network is about Windows × L, so Windows is
// the number of sequential round trips the client made. A batch is one HTTP
// request and so one round trip however many calls it holds.
//
// Windows depend on timing: two requests a client sends side by side count
// once only if the second arrives before the first is answered, and a
// request that follows a slow answer (an eth_getLogs the node took long
// over) may miss a faster one sent beside it. On a loaded machine that turns
// into a round trip more or less. Options.Rounds takes timing out of the
// count for assertions: the proxy answers in rounds, as a provider whose
// every answer takes the same time would (see Options.Rounds).
package rpcproxy

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// DeadMode says how a dead proxy refuses requests.
type DeadMode int

const (
	// Alive forwards requests.
	Alive DeadMode = iota
	// Refused closes the listener and every open connection, so clients get
	// "connection refused" as from a stopped node.
	Refused
	// Unavailable answers every HTTP request with 503, as a load balancer
	// with no healthy backend does.
	Unavailable
	// TooManyRequests answers every HTTP request with 429, as a rate-limited
	// public endpoint does.
	TooManyRequests
)

// Options configures a proxy at start; every field can be changed later.
type Options struct {
	// Latency is added to every HTTP request before it is forwarded.
	Latency time.Duration
	// MaxLogRange, if non-zero, refuses eth_getLogs calls spanning more than
	// this many blocks (to-from+1) with error -32614, as providers do.
	MaxLogRange uint64
	// Record keeps every JSON-RPC call (method and parameters) for
	// Recorded, so a benchmark can replay them, e.g. to measure the gas of
	// each eth_call with eth_estimateGas.
	Record bool
	// Group, if set, also counts this proxy's requests in a window count
	// shared with the other proxies of the group (e.g. an L1 and an L2
	// proxy), so a client that talks to both gets one figure for its
	// sequential round trips.
	Group *Group
	// Rounds, if non-zero, answers in rounds: a round opens when a request
	// arrives and no round is gathering; it gathers every request that
	// arrives within Rounds, forwards them, and answers them all at once
	// when the node has answered the last. Requests a client sends side by
	// side therefore share a round even when the node is slower on one
	// of them, and the client's next requests start together; Windows
	// counts rounds, which is the client's sequential round trips as long
	// as it sends each request within Rounds of the answers it waited for.
	// The proxies of a Group share its rounds (give them the same Rounds).
	// A request that hangs (HangCalls, HangSends) holds its round.
	Rounds time.Duration
}

// Group counts sequential round trips across several proxies: a window
// opens when a request arrives at any of them while none has one in flight.
type Group struct {
	mu       sync.Mutex
	inFlight int
	windows  int
	current  *round // the latest round (Options.Rounds)
}

// round is one round of answers (Options.Rounds).
type round struct {
	gathering bool          // still taking requests; guarded by Group.mu
	pending   int           // requests not yet answered by the node; Group.mu
	gathered  chan struct{} // closed when gathering ends
	done      chan struct{} // closed when the node answered every request
}

// join puts a request in the round that is gathering, or opens one that
// gathers for gather.
func (g *Group) join(gather time.Duration) *round {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.current == nil || !g.current.gathering {
		r := &round{gathering: true, gathered: make(chan struct{}), done: make(chan struct{})}
		g.current = r
		g.windows++
		time.AfterFunc(gather, func() {
			g.mu.Lock()
			r.gathering = false
			last := r.pending == 0
			g.mu.Unlock()
			close(r.gathered)
			if last {
				close(r.done)
			}
		})
	}
	g.current.pending++
	return g.current
}

// answered marks one request of r answered by the node; the last one
// after gathering releases the round.
func (g *Group) answered(r *round) {
	g.mu.Lock()
	r.pending--
	last := r.pending == 0 && !r.gathering
	g.mu.Unlock()
	if last {
		close(r.done)
	}
}

// Windows returns the group's sequential round trips since the last Reset.
func (g *Group) Windows() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.windows
}

// Reset zeroes the group's count (a request in flight counts as one).
func (g *Group) Reset() {
	g.mu.Lock()
	g.windows = 0
	if g.inFlight > 0 || g.current != nil && (g.current.gathering || g.current.pending > 0) {
		g.windows = 1
	}
	g.mu.Unlock()
}

func (g *Group) enter(inRound bool) {
	if g == nil {
		return
	}
	g.mu.Lock()
	if g.inFlight == 0 && !inRound {
		g.windows++
	}
	g.inFlight++
	g.mu.Unlock()
}

func (g *Group) leave() {
	if g == nil {
		return
	}
	g.mu.Lock()
	g.inFlight--
	g.mu.Unlock()
}

// Call is one JSON-RPC call the proxy received (Options.Record).
type Call struct {
	Method string
	Params []json.RawMessage
}

// Stats is what the proxy counted since start or the last Reset.
type Stats struct {
	// HTTPRequests counts HTTP requests received (including refused ones
	// answered with 503/429; not connections refused while dead).
	HTTPRequests int
	// Calls counts JSON-RPC calls, each element of a batch counted.
	Calls int
	// Methods counts calls per JSON-RPC method.
	Methods map[string]int
	// GetLogs counts eth_getLogs calls, including those refused for range.
	GetLogs int
	// GetLogsRefused counts eth_getLogs calls refused for their range.
	GetLogsRefused int
	// Batches counts HTTP requests whose body was a JSON array.
	Batches int
	// Windows counts the sequential round trips (see the package comment).
	Windows int
	// Overlapping counts HTTP requests that arrived while another request
	// was in flight (and so cost no round trip of their own).
	Overlapping int
	// MaxInFlight is the largest number of HTTP requests in flight at once.
	MaxInFlight int
	// Requests lists the HTTP requests in the order they were read, each as
	// "W:method+method..." (W the window it arrived in, a batch's methods
	// joined by "+"), so a benchmark can show where the round trips go.
	Requests []string
}

// Proxy is one running proxy. Its URL is stable for its lifetime, across
// SetDead(Refused) and back.
type Proxy struct {
	// URL is http://127.0.0.1:PORT. Any path is accepted and ignored, so
	// tests can append "/v3/SECRET" to check that secrets are redacted.
	URL      string
	addr     string
	upstream string
	client   *http.Client

	mu          sync.Mutex
	srv         *http.Server
	latency     time.Duration
	maxLogRange uint64
	record      bool
	recorded    []Call
	group       *Group
	rounds      time.Duration
	roundsOf    *Group // the Group whose rounds this proxy joins
	lastRound   *round // the round of the latest request; guarded by mu
	dead        DeadMode
	send        sendMode
	sendRelease <-chan struct{}
	sendErr     string
	hung        map[string]bool // methods that never get an answer
	closed      chan struct{}
	inFlight    int
	stats       Stats
}

type sendMode int

const (
	sendForward sendMode = iota
	sendHang
	sendFail
)

// Start listens on a free 127.0.0.1 port and forwards to upstream.
func Start(upstream string, opts Options) (*Proxy, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	p := &Proxy{
		URL:         "http://" + ln.Addr().String(),
		addr:        ln.Addr().String(),
		upstream:    upstream,
		client:      &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}},
		latency:     opts.Latency,
		maxLogRange: opts.MaxLogRange,
		record:      opts.Record,
		group:       opts.Group,
		rounds:      opts.Rounds,
		roundsOf:    opts.Group,
		closed:      make(chan struct{}),
		stats:       Stats{Methods: map[string]int{}},
	}
	if p.roundsOf == nil {
		p.roundsOf = &Group{}
	}
	p.serve(ln)
	return p, nil
}

// StartT starts a proxy for a test and closes it when the test ends.
func StartT(t testing.TB, upstream string, opts Options) *Proxy {
	t.Helper()
	p, err := Start(upstream, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = p.Close() })
	return p
}

func (p *Proxy) serve(ln net.Listener) {
	srv := &http.Server{Handler: http.HandlerFunc(p.handle), ReadHeaderTimeout: 10 * time.Second}
	p.srv = srv
	go func() { _ = srv.Serve(ln) }()
}

// Close stops the proxy and releases every hanging request.
func (p *Proxy) Close() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	select {
	case <-p.closed:
		return nil
	default:
	}
	close(p.closed)
	if p.srv != nil {
		err := p.srv.Close()
		p.srv = nil
		return err
	}
	return nil
}

// SetLatency changes the latency added to each HTTP request.
func (p *Proxy) SetLatency(d time.Duration) {
	p.mu.Lock()
	p.latency = d
	p.mu.Unlock()
}

// SetMaxLogRange changes the eth_getLogs range limit (0: none).
func (p *Proxy) SetMaxLogRange(blocks uint64) {
	p.mu.Lock()
	p.maxLogRange = blocks
	p.mu.Unlock()
}

// HangSends makes eth_sendRawTransaction hang until release is closed (nil:
// until the proxy closes or the client gives up); then the transaction is
// forwarded as usual, like a node that was slow to answer. The upstream
// never sees the transaction while it hangs.
func (p *Proxy) HangSends(release <-chan struct{}) {
	p.mu.Lock()
	p.send, p.sendRelease = sendHang, release
	p.mu.Unlock()
}

// FailSends makes eth_sendRawTransaction answer with JSON-RPC error -32000
// and the given message (e.g. "nonce too low") without forwarding it.
func (p *Proxy) FailSends(message string) {
	p.mu.Lock()
	p.send, p.sendErr = sendFail, message
	p.mu.Unlock()
}

// ForwardSends undoes HangSends and FailSends.
func (p *Proxy) ForwardSends() {
	p.mu.Lock()
	p.send, p.sendRelease = sendForward, nil
	p.mu.Unlock()
}

// HangCalls makes calls of the given JSON-RPC methods hang until the client
// gives up, as a node that accepts a broadcast and then stops answering
// does; other methods are still forwarded. HangCalls() with no method
// forwards them all again.
func (p *Proxy) HangCalls(methods ...string) {
	p.mu.Lock()
	p.hung = map[string]bool{}
	for _, m := range methods {
		p.hung[m] = true
	}
	p.mu.Unlock()
}

// SetDead switches the proxy between alive and one of the dead modes.
func (p *Proxy) SetDead(mode DeadMode) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	select {
	case <-p.closed:
		return errors.New("rpcproxy: closed")
	default:
	}
	prev := p.dead
	p.dead = mode
	switch {
	case mode == Refused && prev != Refused:
		err := p.srv.Close()
		p.srv = nil
		return err
	case mode != Refused && prev == Refused:
		ln, err := net.Listen("tcp", p.addr)
		if err != nil {
			p.dead = Refused
			return fmt.Errorf("rpcproxy: listen again on %s: %w", p.addr, err)
		}
		p.serve(ln)
	}
	return nil
}

// Stats returns a copy of the counters.
func (p *Proxy) Stats() Stats {
	p.mu.Lock()
	defer p.mu.Unlock()
	s := p.stats
	s.Requests = append([]string(nil), p.stats.Requests...)
	s.Methods = make(map[string]int, len(p.stats.Methods))
	for k, v := range p.stats.Methods {
		s.Methods[k] = v
	}
	return s
}

// Recorded returns the calls received since start or the last Reset, in
// arrival order, when Options.Record is set.
func (p *Proxy) Recorded() []Call {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]Call(nil), p.recorded...)
}

// Reset zeroes the counters and the recorded calls (not the settings).
func (p *Proxy) Reset() {
	p.mu.Lock()
	p.stats = Stats{Methods: map[string]int{}}
	p.recorded = nil
	p.lastRound = nil
	if p.inFlight > 0 {
		// A request still in flight keeps its window open; count it as the
		// first window after the reset.
		p.stats.Windows = 1
	}
	p.mu.Unlock()
}

// rpcMessage is one JSON-RPC request as the proxy needs to see it.
type rpcMessage struct {
	ID     json.RawMessage   `json:"id,omitempty"`
	Method string            `json:"method"`
	Params []json.RawMessage `json:"params,omitempty"`
}

type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

type rpcResponse struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Error   *rpcError       `json:"error,omitempty"`
}

// enter counts a request arriving; r is its round (nil without Rounds), in
// which case windows are counted by rounds rather than by overlap.
func (p *Proxy) enter(r *round) {
	p.group.enter(r != nil)
	p.mu.Lock()
	p.stats.HTTPRequests++
	switch {
	case r != nil && r != p.lastRound:
		p.stats.Windows++
		p.lastRound = r
	case r != nil:
		p.stats.Overlapping++
	case p.inFlight == 0:
		p.stats.Windows++
	default:
		p.stats.Overlapping++
	}
	p.inFlight++
	if p.inFlight > p.stats.MaxInFlight {
		p.stats.MaxInFlight = p.inFlight
	}
	p.mu.Unlock()
}

func (p *Proxy) leave() {
	p.mu.Lock()
	p.inFlight--
	p.mu.Unlock()
	p.group.leave()
}

func (p *Proxy) handle(w http.ResponseWriter, r *http.Request) {
	p.mu.Lock()
	gather, closed := p.rounds, p.closed
	p.mu.Unlock()
	if gather <= 0 {
		p.serveRequest(w, r, nil)
		return
	}
	// Options.Rounds: wait for the round to gather, answer into a buffer,
	// and write the answer when the whole round has its answers.
	rd := p.roundsOf.join(gather)
	var answer *httptest.ResponseRecorder
	func() {
		defer p.roundsOf.answered(rd)
		select {
		case <-rd.gathered:
		case <-r.Context().Done():
			return
		case <-closed:
			return
		}
		answer = httptest.NewRecorder()
		p.serveRequest(answer, r, rd)
	}()
	if answer == nil {
		return
	}
	select {
	case <-rd.done:
	case <-r.Context().Done():
		return
	case <-closed:
		return
	}
	for k, v := range answer.Header() {
		w.Header()[k] = v
	}
	w.WriteHeader(answer.Code)
	_, _ = w.Write(answer.Body.Bytes())
}

// serveRequest answers one HTTP request (into a buffer in a round).
func (p *Proxy) serveRequest(w http.ResponseWriter, r *http.Request, rd *round) {
	p.enter(rd)
	defer p.leave()
	p.mu.Lock()
	latency, dead, closed := p.latency, p.dead, p.closed
	p.mu.Unlock()
	if latency > 0 {
		t := time.NewTimer(latency)
		select {
		case <-t.C:
		case <-r.Context().Done():
			t.Stop()
			return
		case <-closed:
			t.Stop()
			return
		}
	}
	switch dead {
	case Unavailable:
		http.Error(w, "503 Service Unavailable", http.StatusServiceUnavailable)
		return
	case TooManyRequests:
		http.Error(w, `{"jsonrpc":"2.0","error":{"code":-32005,"message":"rate limit exceeded"}}`, http.StatusTooManyRequests)
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, 64<<20))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	trimmed := bytes.TrimLeft(body, " \t\r\n")
	batch := len(trimmed) > 0 && trimmed[0] == '['
	var msgs []rpcMessage
	if batch {
		err = json.Unmarshal(body, &msgs)
	} else {
		var m rpcMessage
		err = json.Unmarshal(body, &m)
		msgs = []rpcMessage{m}
	}
	if err != nil {
		// Not ours to judge: let the upstream answer the malformed request.
		p.forwardRaw(r.Context(), w, body)
		return
	}
	p.count(msgs, batch)

	// Answer the calls the proxy intercepts; forward the rest.
	local := make([]json.RawMessage, len(msgs))
	var forward []int
	for i, m := range msgs {
		resp, handled := p.intercept(r.Context(), m)
		if handled {
			if resp == nil { // the client went away or the proxy closed
				return
			}
			local[i] = resp
		} else {
			forward = append(forward, i)
		}
	}
	if len(forward) == len(msgs) {
		p.forwardRaw(r.Context(), w, body)
		return
	}
	var upstream []json.RawMessage
	if len(forward) > 0 {
		var raws []json.RawMessage
		if batch {
			var all []json.RawMessage
			_ = json.Unmarshal(body, &all)
			for _, i := range forward {
				raws = append(raws, all[i])
			}
		} else {
			raws = []json.RawMessage{body}
		}
		out, _ := json.Marshal(raws)
		respBody, status, err := p.post(r.Context(), out)
		if err != nil || status != http.StatusOK {
			http.Error(w, "upstream failed", http.StatusBadGateway)
			return
		}
		if err := json.Unmarshal(respBody, &upstream); err != nil {
			http.Error(w, "upstream answered a batch with something else", http.StatusBadGateway)
			return
		}
	}
	w.Header().Set("Content-Type", "application/json")
	if !batch {
		_, _ = w.Write(local[0])
		return
	}
	var all []json.RawMessage
	for _, resp := range local {
		if resp != nil {
			all = append(all, resp)
		}
	}
	all = append(all, upstream...)
	out, _ := json.Marshal(all)
	_, _ = w.Write(out)
}

func (p *Proxy) count(msgs []rpcMessage, batch bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if batch {
		p.stats.Batches++
	}
	methods := make([]string, len(msgs))
	for i, m := range msgs {
		methods[i] = m.Method
	}
	p.stats.Requests = append(p.stats.Requests, fmt.Sprintf("%d:%s", p.stats.Windows, strings.Join(methods, "+")))
	for _, m := range msgs {
		p.stats.Calls++
		p.stats.Methods[m.Method]++
		if p.record {
			p.recorded = append(p.recorded, Call{Method: m.Method, Params: m.Params})
		}
		if m.Method == "eth_getLogs" {
			p.stats.GetLogs++
		}
	}
}

// intercept answers a call itself when a setting says so. It returns
// (nil, true) when the request should be dropped without an answer.
func (p *Proxy) intercept(ctx context.Context, m rpcMessage) (json.RawMessage, bool) {
	p.mu.Lock()
	maxRange, send, release, sendErr, closed := p.maxLogRange, p.send, p.sendRelease, p.sendErr, p.closed
	hung := p.hung[m.Method]
	p.mu.Unlock()
	switch {
	case hung:
		select {
		case <-ctx.Done():
		case <-closed:
		}
		return nil, true
	case m.Method == "eth_getLogs" && maxRange > 0:
		span, err := p.logSpan(ctx, m)
		if err != nil || span <= maxRange {
			return nil, false // let the upstream judge what we could not
		}
		p.mu.Lock()
		p.stats.GetLogsRefused++
		p.mu.Unlock()
		return errorResponse(m.ID, -32614, "eth_getLogs is limited to a "+thousands(maxRange)+" range"), true
	case m.Method == "eth_sendRawTransaction" && send == sendFail:
		return errorResponse(m.ID, -32000, sendErr), true
	case m.Method == "eth_sendRawTransaction" && send == sendHang:
		select {
		case <-release: // a nil channel never fires
			return nil, false
		case <-ctx.Done():
		case <-closed:
		}
		return nil, true
	}
	return nil, false
}

func errorResponse(id json.RawMessage, code int, msg string) json.RawMessage {
	if len(id) == 0 {
		id = json.RawMessage("null")
	}
	out, _ := json.Marshal(rpcResponse{JSONRPC: "2.0", ID: id, Error: &rpcError{Code: code, Message: msg}})
	return out
}

// logSpan is the number of blocks an eth_getLogs filter covers.
func (p *Proxy) logSpan(ctx context.Context, m rpcMessage) (uint64, error) {
	if len(m.Params) != 1 {
		return 0, errors.New("eth_getLogs wants one parameter")
	}
	var f struct {
		FromBlock *string `json:"fromBlock"`
		ToBlock   *string `json:"toBlock"`
		BlockHash *string `json:"blockHash"`
	}
	if err := json.Unmarshal(m.Params[0], &f); err != nil {
		return 0, err
	}
	if f.BlockHash != nil {
		return 1, nil
	}
	from, err := p.resolveBlock(ctx, f.FromBlock)
	if err != nil {
		return 0, err
	}
	to, err := p.resolveBlock(ctx, f.ToBlock)
	if err != nil {
		return 0, err
	}
	if to < from {
		return 0, nil
	}
	return to - from + 1, nil
}

// resolveBlock turns a block tag or number into a number, asking the
// upstream for tags (a request the counters do not see).
func (p *Proxy) resolveBlock(ctx context.Context, tag *string) (uint64, error) {
	t := "latest"
	if tag != nil {
		t = *tag
	}
	switch t {
	case "earliest":
		return 0, nil
	case "latest", "pending", "safe", "finalized":
		body := fmt.Sprintf(`{"jsonrpc":"2.0","id":1,"method":"eth_getBlockByNumber","params":[%q,false]}`, t)
		resp, status, err := p.post(ctx, []byte(body))
		if err != nil {
			return 0, err
		}
		if status != http.StatusOK {
			return 0, fmt.Errorf("upstream status %d", status)
		}
		var out struct {
			Result *struct {
				Number string `json:"number"`
			} `json:"result"`
		}
		if err := json.Unmarshal(resp, &out); err != nil {
			return 0, err
		}
		if out.Result == nil {
			return 0, fmt.Errorf("upstream has no %s block", t)
		}
		t = out.Result.Number
	}
	return strconv.ParseUint(strings.TrimPrefix(t, "0x"), 16, 64)
}

func (p *Proxy) post(ctx context.Context, body []byte) ([]byte, int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.upstream, bytes.NewReader(body))
	if err != nil {
		return nil, 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := p.client.Do(req)
	if err != nil {
		return nil, 0, err
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	return out, resp.StatusCode, err
}

func (p *Proxy) forwardRaw(ctx context.Context, w http.ResponseWriter, body []byte) {
	out, status, err := p.post(ctx, body)
	if err != nil {
		if ctx.Err() == nil {
			http.Error(w, "upstream: "+err.Error(), http.StatusBadGateway)
		}
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(out)
}

// thousands formats 10000 as "10,000", as providers' messages do.
func thousands(n uint64) string {
	s := strconv.FormatUint(n, 10)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
