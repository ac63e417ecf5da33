package browser_test

// The wallet page in headless Chromium, with a test EIP-1193 provider
// injected into the page and announced through EIP-6963. The provider
// forwards every request to the Go test through a DevTools binding (the
// page's CSP lets it talk to nothing but escape's server, as a real
// wallet's extension talks to its own background): the test answers as a
// wallet backed by a devnet key, signs eth_sendTransaction with it and
// sends it to anvil.

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// chromiumPath finds Debian's chromium; without it the test is skipped
// locally, and fails in CI (which installs it: .ci/run).
func chromiumPath(t *testing.T) string {
	for _, p := range []string{os.Getenv("ESCAPE_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser"} {
		if p != "" {
			if _, err := os.Stat(p); err == nil {
				return p
			}
		}
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	if os.Getenv("CI") != "" {
		t.Fatal("chromium is not installed: CI must run the browser wallet tests (apt-get install -y chromium)")
	}
	t.Skip("chromium is not installed (apt-get install -y chromium); the browser wallet page tests need it")
	return ""
}

// providerJS is the test wallet as the page sees it: an EIP-1193 provider
// announced through EIP-6963, whose requests go to the Go test.
const providerJS = `(() => {
  if (window.__escapeTestEmit) return;
  const listeners = {};
  const provider = {
    async request({method, params}) {
      const r = await window.escapeTestWallet({method, params: params || []});
      if (r.error) { const e = new Error(r.error.message); e.code = r.error.code; throw e; }
      return r.result;
    },
    on(ev, fn) { (listeners[ev] = listeners[ev] || []).push(fn); },
    removeListener(ev, fn) { listeners[ev] = (listeners[ev] || []).filter((f) => f !== fn); },
  };
  window.__escapeTestEmit = (ev, arg) => { for (const fn of listeners[ev] || []) fn(arg); return true; };
  const info = Object.freeze({uuid: '5f0c1e36-6a4b-4c53-9d3e-8a0b7c7f0e11', name: 'Test Wallet', rdns: 'org.l2escape.testwallet',
    icon: 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 10 10%22%3E%3Ccircle cx=%225%22 cy=%225%22 r=%225%22 fill=%22%23e2761b%22/%3E%3C/svg%3E'});
  const announce = () => window.dispatchEvent(new CustomEvent('eip6963:announceProvider', {detail: Object.freeze({info, provider})}));
  window.addEventListener('eip6963:requestProvider', announce);
  announce();
})();`

// walletMode is how the test wallet answers eth_sendTransaction.
type walletMode int

const (
	sendAsAsked   walletMode = iota
	rejectRequest            // the user rejects it (EIP-1193 code 4001)
	speedUp                  // answers a hash, then sends the same call at a higher fee instead
	cancelIt                 // answers a hash, then sends another call at that nonce instead
	sendAndHang              // sends it and never answers (escape stops meanwhile)
)

// testWallet answers the provider's requests as a wallet with one key.
type testWallet struct {
	t    *testing.T
	l1   *ethclient.Client
	mu   sync.Mutex
	key  []byte // hex-decoded devnet key
	acct common.Address
	// account and chain the wallet reports (a switch changes them)
	shownAcct common.Address
	chainID   uint64
	realChain uint64
	mode      walletMode
	// duringSend, if set, runs while the wallet handles eth_sendTransaction,
	// after it sent (the user switches account in the wallet meanwhile).
	duringSend func()
	sends      int // eth_sendTransaction requests received
	sentHashes []common.Hash
	// rpcs are the chains added with wallet_addEthereumChain and the RPC
	// the wallet sends their transactions to; switches are the chains
	// wallet_switchEthereumChain moved the wallet to, in order.
	rpcs      map[uint64]string
	switches  []uint64
	l2Hashes  []common.Hash // sent through an added chain's RPC
	l2Refused []string      // what that RPC answered when it refused
}

func newTestWallet(t *testing.T, l1 *ethclient.Client, keyHex string, chainID uint64) *testWallet {
	key, err := crypto.HexToECDSA(strings.TrimPrefix(keyHex, "0x"))
	if err != nil {
		t.Fatal(err)
	}
	a := crypto.PubkeyToAddress(key.PublicKey)
	return &testWallet{t: t, l1: l1, key: crypto.FromECDSA(key), acct: a, shownAcct: a, chainID: chainID, realChain: chainID}
}

func (w *testWallet) set(f func(w *testWallet)) { w.mu.Lock(); f(w); w.mu.Unlock() }

// sendCount is how many eth_sendTransaction requests the wallet received.
func (w *testWallet) sendCount() int { w.mu.Lock(); defer w.mu.Unlock(); return w.sends }

// sent is the hashes of the transactions the wallet sent, in order.
func (w *testWallet) sent() []common.Hash {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]common.Hash(nil), w.sentHashes...)
}

type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func (w *testWallet) handle(ctx context.Context, method string, params []json.RawMessage) (any, *rpcError) {
	w.mu.Lock()
	defer w.mu.Unlock()
	switch method {
	case "eth_requestAccounts", "eth_accounts":
		return []string{strings.ToLower(w.shownAcct.Hex())}, nil
	case "eth_chainId":
		return hexutil.EncodeUint64(w.chainID), nil
	case "wallet_switchEthereumChain", "wallet_addEthereumChain":
		var p struct {
			ChainID hexutil.Uint64 `json:"chainId"`
			RPCURLs []string       `json:"rpcUrls"`
		}
		if len(params) != 1 || json.Unmarshal(params[0], &p) != nil {
			return nil, &rpcError{-32602, "want one chain parameter"}
		}
		id := uint64(p.ChainID)
		if method == "wallet_addEthereumChain" {
			if len(p.RPCURLs) == 0 {
				return nil, &rpcError{-32602, "no rpcUrls"}
			}
			if w.rpcs == nil {
				w.rpcs = map[uint64]string{}
			}
			w.rpcs[id] = p.RPCURLs[0]
			return nil, nil
		}
		if _, known := w.rpcs[id]; !known && id != w.realChain {
			return nil, &rpcError{4902, "Unrecognized chain ID"}
		}
		w.chainID = id
		w.switches = append(w.switches, id)
		return nil, nil
	case "eth_sendTransaction":
		w.sends++
		if url, ok := w.rpcs[w.chainID]; ok && w.chainID != w.realChain {
			return w.sendThrough(ctx, url, w.chainID, params)
		}
		var p struct {
			From, To                                       common.Address
			Value, Gas, MaxFeePerGas, MaxPriorityFeePerGas *hexutil.Big
			Data                                           hexutil.Bytes
			ChainID                                        *hexutil.Big `json:"chainId"`
		}
		if err := json.Unmarshal(params[0], &p); err != nil {
			return nil, &rpcError{-32602, err.Error()}
		}
		if w.mode == rejectRequest {
			return nil, &rpcError{4001, "User rejected the request."}
		}
		if p.From != w.shownAcct {
			return nil, &rpcError{4100, "from is not the selected account"}
		}
		res, rerr := w.sign(ctx, p.To, p.Value.ToInt(), p.Data, uint64(p.Gas.ToInt().Int64()), p.MaxFeePerGas.ToInt(), p.MaxPriorityFeePerGas.ToInt())
		if f := w.duringSend; f != nil && rerr == nil {
			w.duringSend = nil
			w.mu.Unlock()
			f()
			w.mu.Lock()
		}
		if w.mode == sendAndHang && rerr == nil {
			w.mu.Unlock()
			<-ctx.Done() // the page never hears back
			w.mu.Lock()
			return nil, &rpcError{-32603, "gone"}
		}
		return res, rerr
	}
	return nil, &rpcError{4200, "unsupported method " + method}
}

// sendThrough signs eth_sendTransaction's call as asked, for chain id, at
// the nonce the chain's RPC url gives, and sends it there: a wallet whose
// RPC for that chain is url.
func (w *testWallet) sendThrough(ctx context.Context, url string, id uint64, params []json.RawMessage) (any, *rpcError) {
	var p struct {
		From, To                                       common.Address
		Value, Gas, MaxFeePerGas, MaxPriorityFeePerGas *hexutil.Big
		Data                                           hexutil.Bytes
	}
	if len(params) != 1 || json.Unmarshal(params[0], &p) != nil || p.Value == nil || p.Gas == nil || p.MaxFeePerGas == nil || p.MaxPriorityFeePerGas == nil {
		return nil, &rpcError{-32602, "want one transaction with value, gas and fees"}
	}
	if p.From != w.shownAcct {
		return nil, &rpcError{4100, "from is not the selected account"}
	}
	c, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, &rpcError{-32603, err.Error()}
	}
	defer c.Close()
	nonce, err := c.PendingNonceAt(ctx, w.acct)
	if err != nil {
		return nil, &rpcError{-32603, err.Error()}
	}
	key, _ := crypto.ToECDSA(w.key)
	chain := new(big.Int).SetUint64(id)
	tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: chain, Nonce: nonce, To: &p.To, Value: p.Value.ToInt(), Data: p.Data,
		Gas: p.Gas.ToInt().Uint64(), GasFeeCap: p.MaxFeePerGas.ToInt(), GasTipCap: p.MaxPriorityFeePerGas.ToInt()}), types.LatestSignerForChainID(chain), key)
	if err != nil {
		w.t.Fatal(err)
	}
	if err := c.SendTransaction(ctx, tx); err != nil {
		w.l2Refused = append(w.l2Refused, err.Error())
		return nil, &rpcError{-32603, err.Error()}
	}
	w.l2Hashes = append(w.l2Hashes, tx.Hash())
	return tx.Hash().Hex(), nil
}

// sign signs with the wallet's key at the pending nonce and sends; in the
// speedUp and cancelIt modes the answered hash is never broadcast.
func (w *testWallet) sign(ctx context.Context, to common.Address, value *big.Int, data []byte, gas uint64, maxFee, tip *big.Int) (any, *rpcError) {
	key, _ := crypto.ToECDSA(w.key)
	nonce, err := w.l1.PendingNonceAt(ctx, w.acct)
	if err != nil {
		return nil, &rpcError{-32603, err.Error()}
	}
	chain := new(big.Int).SetUint64(w.realChain)
	signer := types.LatestSignerForChainID(chain)
	mk := func(to common.Address, value *big.Int, data []byte, maxFee, tip *big.Int) *types.Transaction {
		tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: chain, Nonce: nonce, To: &to, Value: value, Data: data, Gas: gas,
			GasFeeCap: maxFee, GasTipCap: tip}), signer, key)
		if err != nil {
			w.t.Fatal(err)
		}
		return tx
	}
	asked := mk(to, value, data, maxFee, tip)
	sent := asked
	bump := func(x *big.Int) *big.Int {
		return new(big.Int).Div(new(big.Int).Mul(x, big.NewInt(130)), big.NewInt(100))
	}
	switch w.mode {
	case speedUp:
		sent = mk(to, value, data, bump(maxFee), bump(tip))
	case cancelIt:
		sent = mk(w.acct, new(big.Int), nil, bump(maxFee), bump(tip))
	}
	if err := w.l1.SendTransaction(ctx, sent); err != nil {
		return nil, &rpcError{-32603, err.Error()}
	}
	w.sentHashes = append(w.sentHashes, sent.Hash())
	return asked.Hash().Hex(), nil
}

// browserT is one headless Chromium with the test wallet injected.
type browserT struct {
	t      *testing.T
	ctx    context.Context
	wallet *testWallet
	// terminal is what the command under test printed, for failures.
	terminal func() string
}

type walletRequest struct {
	Method string            `json:"method"`
	Params []json.RawMessage `json:"params"`
}

type walletReply struct {
	Result any       `json:"result,omitempty"`
	Error  *rpcError `json:"error,omitempty"`
}

func startBrowser(t *testing.T, w *testWallet) *browserT {
	path := chromiumPath(t)
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(path), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true), chromedp.Flag("no-first-run", true),
		chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1000, 1200))
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	t.Cleanup(func() { cancelC(); cancelA() })
	b := &browserT{t: t, ctx: ctx, wallet: w}
	answer := func(ctx context.Context, req walletRequest) (walletReply, error) {
		res, rerr := w.handle(ctx, req.Method, req.Params)
		return walletReply{Result: res, Error: rerr}, nil
	}
	err := chromedp.Do(ctx, chromedp.ExposeFunc("escapeTestWallet", answer), chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: providerJS})
		return err
	}))
	if err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	return b
}

// patience is how long a test waits for a condition (an element's text,
// a button, a transaction): generous, so that a busy 2-core machine never
// fails a test that would pass; a passing run never waits it out, it
// polls every 100ms.
const patience = 2 * time.Minute

// waitUntil polls cond until it holds, failing the test with what (and
// detail, when given) after patience.
func waitUntil(t *testing.T, what string, cond func() bool, detail func() string) {
	t.Helper()
	for deadline := time.Now().Add(patience); !cond(); time.Sleep(100 * time.Millisecond) {
		if time.Now().After(deadline) {
			more := ""
			if detail != nil {
				more = detail()
			}
			t.Fatalf("after %s: %s %s", patience, what, more)
		}
	}
}

func (b *browserT) do(actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, patience)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		b.t.Fatalf("chromium: %v", err)
	}
}

func eval[T any](b *browserT, expr string) T {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, patience)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		term := ""
		if b.terminal != nil {
			term = b.terminal()
		}
		b.t.Fatalf("chromium: %s: %v; the terminal:\n%s", expr, err, term)
	}
	return v
}

// text is an element's text (textContent, so hidden ones too).
func (b *browserT) text(id string) string {
	return eval[string](b, fmt.Sprintf("(document.getElementById(%q) || {}).textContent || ''", id))
}

// waitText waits until the element's text contains want.
func (b *browserT) waitText(id, want string) string {
	b.t.Helper()
	deadline := time.Now().Add(patience)
	var text string
	for time.Now().Before(deadline) {
		if text = b.text(id); strings.Contains(text, want) {
			return text
		}
		time.Sleep(100 * time.Millisecond)
	}
	term := ""
	if b.terminal != nil {
		term = b.terminal()
	}
	b.t.Fatalf("#%s says %q, want %q; the message line says %q; the terminal:\n%s", id, text, want, b.text("message"), term)
	return ""
}

// connect opens the page and connects the test wallet.
func (b *browserT) connect(url string) {
	b.t.Helper()
	b.do(chromedp.Navigate(url))
	b.click("#wallet-list button")
	b.waitText("wallet-status", "Connected: Test Wallet")
}

// emit makes the provider fire an EIP-1193 event.
func (b *browserT) emit(event, argJSON string) {
	eval[bool](b, fmt.Sprintf("window.__escapeTestEmit(%q, %s)", event, argJSON))
}

func (b *browserT) sendDisabled() bool {
	return eval[bool](b, `document.getElementById('send').disabled`)
}

func (b *browserT) clickSend() {
	b.t.Helper()
	b.click("#send")
}

// click clicks the element once it is there and enabled.
func (b *browserT) click(sel string) {
	b.t.Helper()
	deadline := time.Now().Add(patience)
	for time.Now().Before(deadline) {
		if eval[bool](b, fmt.Sprintf(`(() => { const e = document.querySelector(%q); if (!e || e.disabled || e.offsetParent === null) return false; e.click(); return true; })()`, sel)) {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	b.t.Fatalf("%s is not there to click; terminal %s; the page says %q (url %s)", sel, b.terminal(), eval[string](b, "document.body ? document.body.innerText : document.documentElement.outerHTML"), eval[string](b, "location.href"))
}

// screenshot writes the page as PNG to docs/img/NAME when
// ESCAPE_SCREENSHOTS is set (ESCAPE_SCREENSHOTS=1 go test ... refreshes
// the documentation's pictures).
func (b *browserT) screenshot(name string) {
	if os.Getenv("ESCAPE_SCREENSHOTS") == "" {
		return
	}
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		b.t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join("..", "..", "..", "docs", "img", name), smallPNG(b.t, png), 0o644); err != nil {
		b.t.Fatal(err)
	}
}

// smallPNG re-encodes a screenshot with a palette of its most frequent
// colours, so the documentation's pictures stay small.
func smallPNG(t *testing.T, in []byte) []byte {
	img, err := png.Decode(bytes.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	bounds := img.Bounds()
	count := map[color.RGBA]int{}
	for y := bounds.Min.Y; y < bounds.Max.Y; y++ {
		for x := bounds.Min.X; x < bounds.Max.X; x++ {
			count[color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)]++
		}
	}
	colors := make([]color.RGBA, 0, len(count))
	for c := range count {
		colors = append(colors, c)
	}
	sort.Slice(colors, func(i, j int) bool { return count[colors[i]] > count[colors[j]] })
	if len(colors) > 64 {
		colors = colors[:64]
	}
	pal := make(color.Palette, len(colors))
	for i, c := range colors {
		pal[i] = c
	}
	out := image.NewPaletted(bounds, pal)
	draw.Draw(out, bounds, img, bounds.Min, draw.Src)
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&buf, out); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func chromedpNavigate(url string) chromedp.Action[chromedp.Void] { return chromedp.Navigate(url) }
