// Package l2capture lets a browser or desktop wallet sign Arbitrum's L2
// transaction for escape. Such wallets sign only what they send (no
// eth_signTransaction), so escape serves a local JSON-RPC endpoint that
// stands in for the L2, for one planned transaction: the user points the
// wallet's network RPC at it and sends the transaction; the endpoint
// checks the signed transaction the wallet sends against the plan
// (pipeline.CheckSignedL2: type 2, chain id, nonce, to, value, data, gas
// and fee bounds, signer, and the L2 balance when known), answers the
// wallet with its hash, and hands it to escape, which carries it to the
// delayed inbox through the pipeline (record first). The L2 never sees it
// from here: it runs when the delayed message is included.
//
// What the endpoint answers, and why each answer cannot cost funds:
//   - eth_chainId, net_version: the L2's chain id (the plan's).
//   - eth_blockNumber, eth_getBlockByNumber/ByHash (latest): one block,
//     the replica's head number when there is a replica, whose base fee is
//     the plan's max fee per gas. Wallets turn the base fee into a max fee
//     (1.1× to 2× plus the tip), which lands in the bounds the plan
//     accepts (the planned max fee up to 3×); the L2 charges the base fee
//     of the block the transaction runs in, never this one, so the only
//     effect is that the wallet shows the worst case as its fee estimate.
//     eth_gasPrice is the same fee; eth_maxPriorityFeePerGas the plan's
//     tip (0: nitro never pays tips of delayed-inbox transactions);
//     eth_feeHistory repeats them.
//   - eth_getTransactionCount of the planned sender: the planned nonce,
//     the one the transaction must carry to run (any other is dropped).
//   - eth_estimateGas of the planned call: the planned gas limit.
//   - eth_getBalance, eth_call, eth_getCode, receipts and other reads:
//     passed to the read-only L2 replica when there is one. Without one,
//     eth_getBalance of the sender answers what any transaction escape
//     accepts can cost (value + 2 × gas × 3 × max fee) so the wallet lets
//     the user confirm: escape has already warned that it could not check
//     the balance, and a transaction the balance cannot pay is dropped by
//     the L2 (no receipt, nonce unchanged, funds stay); eth_getCode of an
//     ArbOS precompile is 0xfe, the code ArbOS installs there; anything
//     else is an error.
//   - eth_sendRawTransaction: the capture. A mismatch is refused with the
//     field that differs and nothing is recorded; the wallet may send
//     again. The captured transaction is then reported as pending
//     (eth_getTransactionByHash) with no receipt yet, which is the truth.
//   - Anything else: a JSON-RPC error, never an invented answer.
//
// The server listens on 127.0.0.1 on a random port; the path holds a
// one-time token (compared in constant time); the Host header must be
// 127.0.0.1 or localhost with that port (DNS rebinding); an Origin
// header, when sent, must be a browser extension's (MetaMask, Rabby and
// the like send from their extension pages) or one given in
// Plan.AllowOrigins: web pages are refused. CORS headers are sent only to
// those origins.
//
// API, for escape's flows and its browser page:
//
//	srv, err := l2capture.Start(ctx, l2capture.Plan{Tx: plan, Balance: bal, Replica: l2})
//	defer srv.Close()
//	fmt.Println(srv.URL()) // http://127.0.0.1:PORT/TOKEN
//	signed := <-srv.Captured()
//
// Wallet implements pipeline.L2Wallet on top of it for the CLI
// (`--wallet l2-endpoint`): it prints where to point the wallet and waits.
package l2capture

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/l2escape/escape/escape/record"
)

// Plan is the one L2 transaction the endpoint stands in for.
type Plan struct {
	// Tx is the planned L2 transaction (record.Unsigned, Layer "L2").
	Tx *record.Unsigned
	// Balance is the sender's L2 balance; nil when unknown.
	Balance *big.Int
	// Replica is a read-only L2 node for the wallet's other reads; nil
	// when there is none.
	Replica *rpc.Client
	// Head is the L2 block number shown; 0 asks the replica (else 1).
	Head uint64
	// AllowOrigins are extra Origin values accepted besides browser
	// extensions' (e.g. escape's own page), exactly as sent.
	AllowOrigins []string
	// Notify, if set, hears what the wallet does (called on the
	// server's goroutines; keep it quick).
	Notify func(Event)
}

// Event is one thing the wallet did.
type Event struct {
	Method string // the JSON-RPC method asked
	// Refused is set when a sent transaction did not match the plan.
	Refused error
	// Captured is set when the planned transaction arrived.
	Captured *types.Transaction
}

// SignedTx is the captured transaction.
type SignedTx struct {
	Tx  *types.Transaction
	Raw []byte
}

// Server is a running endpoint.
type Server struct {
	plan     Plan
	token    string
	addr     string
	http     *http.Server
	head     header
	captured chan SignedTx

	mu        sync.Mutex
	got       *SignedTx
	closeOnce sync.Once
	closed    chan struct{}
}

// Start serves the endpoint until Close (or ctx ends).
func Start(ctx context.Context, p Plan) (*Server, error) {
	if p.Tx == nil || p.Tx.Layer != "L2" {
		return nil, errors.New("l2capture: the plan is not an L2 transaction")
	}
	tok := make([]byte, 16)
	if _, err := rand.Read(tok); err != nil {
		return nil, err
	}
	if p.Head == 0 && p.Replica != nil {
		rctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		var n string
		if p.Replica.CallContext(rctx, &n, "eth_blockNumber") == nil {
			p.Head, _ = strconv.ParseUint(strings.TrimPrefix(n, "0x"), 16, 64)
		}
		cancel()
	}
	if p.Head == 0 {
		p.Head = 1
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("l2capture: listen on 127.0.0.1: %w", err)
	}
	s := &Server{plan: p, token: hex.EncodeToString(tok), addr: ln.Addr().String(), captured: make(chan SignedTx, 1), closed: make(chan struct{})}
	s.head = newHeader(p, time.Now())
	s.http = &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second}
	go func() { _ = s.http.Serve(ln) }()
	go func() {
		select {
		case <-ctx.Done():
			s.Close()
		case <-s.closed:
		}
	}()
	return s, nil
}

// URL is the endpoint to give the wallet, token included.
func (s *Server) URL() string { return "http://" + s.addr + "/" + s.token }

// Captured delivers the planned transaction once, when the wallet sends it.
func (s *Server) Captured() <-chan SignedTx { return s.captured }

// Close stops serving, after answering the requests under way (the
// wallet gets the hash of the transaction it just sent), within 2s.
func (s *Server) Close() error {
	s.closeOnce.Do(func() { close(s.closed) })
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if err := s.http.Shutdown(ctx); err != nil {
		return s.http.Close()
	}
	return nil
}

// maxBody bounds a request: the largest transaction the Inbox takes is
// 117,964 bytes, twice that in hex.
const maxBody = 1 << 20

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	// DNS rebinding: a page on another name resolving to 127.0.0.1 sends
	// its own Host.
	if r.Host != s.addr && r.Host != "localhost:"+s.port() {
		http.Error(w, "wrong host", http.StatusForbidden)
		return
	}
	if subtle.ConstantTimeCompare([]byte(strings.TrimSuffix(r.URL.Path, "/")), []byte("/"+s.token)) != 1 {
		http.NotFound(w, r)
		return
	}
	origin := r.Header.Get("Origin")
	if origin != "" && !s.originAllowed(origin) {
		http.Error(w, "origin not allowed", http.StatusForbidden)
		return
	}
	if origin != "" {
		w.Header().Set("Access-Control-Allow-Origin", origin)
		w.Header().Set("Vary", "Origin")
	}
	switch r.Method {
	case http.MethodOptions:
		w.Header().Set("Access-Control-Allow-Methods", "POST")
		w.Header().Set("Access-Control-Allow-Headers", "Content-Type")
		w.Header().Set("Access-Control-Max-Age", "600")
		if r.Header.Get("Access-Control-Request-Private-Network") == "true" {
			// Chrome's Private Network Access preflight, for an allowed
			// origin only (the checks above).
			w.Header().Set("Access-Control-Allow-Private-Network", "true")
		}
		w.WriteHeader(http.StatusNoContent)
		return
	case http.MethodPost:
	default:
		http.Error(w, "JSON-RPC over POST only", http.StatusMethodNotAllowed)
		return
	}
	s.serveRPC(w, http.MaxBytesReader(w, r.Body, maxBody))
}

func (s *Server) port() string {
	_, port, _ := net.SplitHostPort(s.addr)
	return port
}

// originAllowed: browser extensions (the wallets) and the plan's own.
func (s *Server) originAllowed(origin string) bool {
	for _, o := range s.plan.AllowOrigins {
		if origin == o {
			return true
		}
	}
	for _, scheme := range []string{"chrome-extension://", "moz-extension://", "safari-web-extension://", "ms-browser-extension://"} {
		if strings.HasPrefix(origin, scheme) && len(origin) > len(scheme) {
			return true
		}
	}
	return false
}

func (s *Server) notify(ev Event) {
	if s.plan.Notify != nil {
		s.plan.Notify(ev)
	}
}
