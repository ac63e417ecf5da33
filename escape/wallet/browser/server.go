// Package browser is escape's local page for browser wallets
// (docs/wallets.md): the binary serves a page on 127.0.0.1, and the user's
// wallet (found through EIP-6963) sends the L1 transactions escape
// prepared. The server implements pipeline.Wallet: the pipeline records
// each plan before asking, and the hash the wallet answers after.
//
// The page is reachable only at http://127.0.0.1:PORT/t/TOKEN/ with a
// random token made for this run; every request must name the server as
// its Host, and a request that carries an Origin must come from the page
// itself. Every asset is embedded, and the Content-Security-Policy lets
// the page load nothing but its own files.
package browser

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/pipeline"
)

//go:embed assets
var assets embed.FS

// CSP lets the page run its own script and style and talk to its own
// server, and nothing else: no inline script, no other origin.
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
	"base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// Config tunes a Server.
type Config struct {
	// Status returns the escapes for the page's status list (nil: none).
	Status func(ctx context.Context) (any, error)
	// Log prints a line to the terminal that runs escape.
	Log func(format string, args ...any)
	// Title heads the page ("escape withdraw", ...).
	Title string
}

// Server is the local page and the wallet it talks to.
type Server struct {
	cfg    Config
	token  string
	host   string // 127.0.0.1:PORT
	ln     net.Listener
	srv    *http.Server
	closed chan struct{}

	mu         sync.Mutex
	wallet     *walletState
	connected  chan struct{} // closed once a wallet reported its account
	askConnect sync.Once
	ask        *pendingAsk
	nextID     int
	sent       []sentTx
	message    string
	l2         *l2EndpointView // the local L2 endpoint while it waits (l2endpoint.go)
	l2Got      []common.Hash   // the L2 transactions that endpoint took
}

// L2CaptureGrace is how long the page waits, after the wallet answered
// the hash of the L2 transaction it was asked for, for escape's local L2
// endpoint to have it, before saying the wallet sent it to another RPC.
// The endpoint takes it before the wallet hears back, so this only covers
// a wallet that answers before it sends.
var L2CaptureGrace = 10 * time.Second

type walletState struct {
	Name    string         `json:"name"`
	Account common.Address `json:"account"`
	ChainID uint64         `json:"chainId"`
}

type pendingAsk struct {
	ID      int
	Ask     pipeline.WalletAsk
	results chan result
}

type sentTx struct {
	Escape string      `json:"escape"`
	Step   string      `json:"step"`
	Hash   common.Hash `json:"hash"`
}

// result is what the page reports after asking the wallet.
type result struct {
	ID      int            `json:"id"`
	Hash    *common.Hash   `json:"hash,omitempty"`
	Account common.Address `json:"account"`
	ChainID uint64         `json:"chainId"`
	Error   *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error,omitempty"`
}

// Start listens on a random port of 127.0.0.1 and serves the page.
func Start(cfg Config) (*Server, error) {
	if cfg.Log == nil {
		cfg.Log = func(string, ...any) {}
	}
	var b [24]byte
	if _, err := rand.Read(b[:]); err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, escape.Wrap(err, "wallet-page", "escape serves the wallet page on 127.0.0.1; check that the loopback interface works", "cannot serve the wallet page")
	}
	s := &Server{cfg: cfg, token: hex.EncodeToString(b[:]), host: ln.Addr().String(), ln: ln, closed: make(chan struct{}), connected: make(chan struct{})}
	s.srv = &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = s.srv.Serve(ln) }()
	return s, nil
}

// URL is the page's address, token included.
func (s *Server) URL() string { return "http://" + s.host + "/t/" + s.token + "/" }

// Close stops the server; a pending Account or SendPlanned returns.
func (s *Server) Close() error {
	select {
	case <-s.closed:
		return nil
	default:
	}
	close(s.closed)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	return s.srv.Shutdown(ctx)
}

// ServeHTTP refuses what does not come from the page, then routes.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", CSP)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	h.Set("Cross-Origin-Resource-Policy", "same-origin")
	if why := s.refuse(r); why != "" {
		http.Error(w, "refused: "+why, http.StatusForbidden)
		return
	}
	rest := strings.TrimPrefix(r.URL.Path, "/t/"+s.token+"/")
	switch {
	case rest == "" || rest == "index.html":
		s.asset(w, r, "index.html", "text/html; charset=utf-8")
	case rest == "app.js":
		s.asset(w, r, "app.js", "text/javascript; charset=utf-8")
	case rest == "style.css":
		s.asset(w, r, "style.css", "text/css; charset=utf-8")
	case rest == "api/state" && r.Method == http.MethodGet:
		s.state(w)
	case rest == "api/escapes" && r.Method == http.MethodGet:
		s.escapes(w, r)
	case rest == "api/wallet" && r.Method == http.MethodPost:
		s.walletReport(w, r)
	case rest == "api/result" && r.Method == http.MethodPost:
		s.result(w, r)
	default:
		http.NotFound(w, r)
	}
}

// refuse says why a request is not the page's own, or "".
func (s *Server) refuse(r *http.Request) string {
	if r.Host != s.host {
		// A page of another site that resolves its own name to 127.0.0.1
		// (DNS rebinding) sends its own name here.
		return "wrong Host"
	}
	if origin := r.Header.Get("Origin"); origin != "" && origin != "http://"+s.host {
		return "another Origin"
	}
	if site := r.Header.Get("Sec-Fetch-Site"); site != "" && site != "same-origin" && site != "none" {
		return "a request from another site"
	}
	rest, ok := strings.CutPrefix(r.URL.Path, "/t/")
	tok, _, _ := strings.Cut(rest, "/")
	if !ok || subtle.ConstantTimeCompare([]byte(tok), []byte(s.token)) != 1 {
		return "no valid token"
	}
	if r.Method == http.MethodPost {
		if r.Header.Get("Origin") == "" {
			return "a POST without Origin"
		}
		if ct, _, _ := strings.Cut(r.Header.Get("Content-Type"), ";"); ct != "application/json" {
			return "not JSON"
		}
	} else if r.Method != http.MethodGet {
		return "method"
	}
	return ""
}

func (s *Server) asset(w http.ResponseWriter, r *http.Request, name, ctype string) {
	b, err := fs.ReadFile(assets, "assets/"+name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", ctype)
	_, _ = w.Write(b)
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

// askView is a transaction to send as the page shows it and hands it to
// the wallet (EIP-1193 eth_sendTransaction: hex quantities).
type askView struct {
	ID     int            `json:"id"`
	Escape string         `json:"escape"`
	Step   string         `json:"step"`
	Shown  pipeline.Shown `json:"summary"`
	Tx     map[string]any `json:"tx"`
	Nonce  uint64         `json:"nonce"`
	From   common.Address `json:"from"`
	Chain  uint64         `json:"chainId"`
}

func quantity(dec string) string {
	v, ok := new(big.Int).SetString(dec, 10)
	if !ok {
		v = new(big.Int)
	}
	return hexutil.EncodeBig(v)
}

func viewOf(a *pendingAsk) *askView {
	p := a.Ask.Plan
	return &askView{ID: a.ID, Escape: a.Ask.Escape, Step: p.Step, Shown: a.Ask.Shown, Nonce: p.Nonce, From: p.From, Chain: p.ChainID,
		Tx: map[string]any{
			"from": p.From, "to": p.To, "value": quantity(p.Value), "data": hexutil.Bytes(p.Data),
			"gas": hexutil.Uint64(p.Gas), "maxFeePerGas": quantity(p.MaxFeePerGas), "maxPriorityFeePerGas": quantity(p.MaxPriorityFeePerGas),
			"chainId": hexutil.Uint64(p.ChainID), "type": "0x2",
		}}
}

func (s *Server) state(w http.ResponseWriter) {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := map[string]any{"title": s.cfg.Title, "wallet": s.wallet, "sent": s.sent, "message": s.message, "l2": s.l2,
		"l2Captured": s.l2Got, "l2GraceMs": L2CaptureGrace.Milliseconds()}
	if s.ask != nil {
		st["ask"] = viewOf(s.ask)
	}
	writeJSON(w, http.StatusOK, st)
}

func (s *Server) escapes(w http.ResponseWriter, r *http.Request) {
	if s.cfg.Status == nil {
		writeJSON(w, http.StatusOK, []any{})
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 30*time.Second)
	defer cancel()
	v, err := s.cfg.Status(ctx)
	if err != nil {
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": err.Error()})
		return
	}
	writeJSON(w, http.StatusOK, v)
}

func readJSON(r *http.Request, v any) error {
	return json.NewDecoder(http.MaxBytesReader(nil, r.Body, 64<<10)).Decode(v)
}

// walletReport is the page saying which wallet, account and chain are
// connected (again after accountsChanged or chainChanged).
func (s *Server) walletReport(w http.ResponseWriter, r *http.Request) {
	var ws walletState
	if err := readJSON(r, &ws); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	first := s.wallet == nil
	s.wallet = &ws
	if first {
		close(s.connected)
	}
	s.mu.Unlock()
	s.cfg.Log("Wallet %s connected in the page: account %s on chain %d.", ws.Name, ws.Account.Hex(), ws.ChainID)
	writeJSON(w, http.StatusOK, map[string]bool{"ok": true})
}

// result is the page reporting what the wallet answered.
func (s *Server) result(w http.ResponseWriter, r *http.Request) {
	var res result
	if err := readJSON(r, &res); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	a := s.ask
	s.mu.Unlock()
	if a == nil || a.ID != res.ID {
		writeJSON(w, http.StatusConflict, map[string]string{"error": "no such request waits for the wallet"})
		return
	}
	// What escape makes of the answer, said to the page that gave it (so
	// it is not shown again as news) and to any other page.
	msg := refusal(a.Ask.Plan.From, a.Ask.Plan.ChainID, res)
	s.mu.Lock()
	s.message = msg
	s.mu.Unlock()
	select {
	case a.results <- res:
		writeJSON(w, http.StatusOK, map[string]any{"ok": true, "message": msg})
	case <-r.Context().Done():
	case <-time.After(10 * time.Second):
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"error": "escape is busy"})
	}
}

// Account waits for the page to connect a wallet and returns its account.
func (s *Server) Account(ctx context.Context) (common.Address, error) {
	s.askConnect.Do(func() { s.cfg.Log("Open %s and connect your wallet.", s.URL()) })
	select {
	case <-s.connected:
	case <-ctx.Done():
		return common.Address{}, escape.Errorf("interrupted", "nothing was sent; run the command again with --wallet browser", "stopped waiting for a wallet")
	case <-s.closed:
		return common.Address{}, errors.New("browser: the page's server is closed")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.wallet.Account, nil
}

// SendPlanned shows the plan on the page and waits until the wallet sent
// it. A refusal (the user rejected it, the wrong account or chain) is
// shown on the page and in the terminal, and the page may ask again.
func (s *Server) SendPlanned(ctx context.Context, ask pipeline.WalletAsk) (common.Hash, error) {
	s.mu.Lock()
	s.nextID++
	a := &pendingAsk{ID: s.nextID, Ask: ask, results: make(chan result)}
	s.ask, s.message = a, ""
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		if s.ask == a {
			s.ask = nil
		}
		s.mu.Unlock()
	}()
	plan := ask.Plan
	for {
		select {
		case <-ctx.Done():
			return common.Hash{}, escape.Errorf("interrupted", "the plan is in the record and nothing was sent by escape; run the step again with --wallet browser",
				"stopped waiting for the wallet")
		case <-s.closed:
			return common.Hash{}, errors.New("browser: the page's server is closed")
		case res := <-a.results:
			if msg := refusal(plan.From, plan.ChainID, res); msg != "" {
				s.cfg.Log("%s", msg) // the page has it already (result)
				continue
			}
			h := *res.Hash
			s.mu.Lock()
			s.sent = append(s.sent, sentTx{Escape: ask.Escape, Step: plan.Step, Hash: h})
			s.mu.Unlock()
			return h, nil
		}
	}
}

// refusal says why the page's answer is not a sent transaction from the
// planned account on the planned chain, or "".
func refusal(from common.Address, chainID uint64, res result) string {
	switch {
	case res.Error != nil && res.Error.Code == 4001:
		return "You rejected the request in your wallet. Nothing was sent; the page can ask again."
	case res.Error != nil:
		return fmt.Sprintf("The wallet did not send the transaction (error %d: %s): nothing was sent.", res.Error.Code, res.Error.Message)
	case res.Account != from:
		return "The wallet's account is " + res.Account.Hex() + ", but escape planned this transaction from " + from.Hex() + ": switch your wallet to that account. Nothing was recorded as sent."
	case res.ChainID != chainID:
		return "The wallet is on chain " + strconv.FormatUint(res.ChainID, 10) + ", but this transaction is for chain " + strconv.FormatUint(chainID, 10) + ": switch your wallet's network. Nothing was recorded as sent."
	case res.Hash == nil:
		return "The wallet answered without a transaction hash: nothing was recorded as sent."
	}
	return ""
}
