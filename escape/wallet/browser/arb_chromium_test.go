package browser_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/app"
	"github.com/l2escape/escape/escape/pipeline"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/escape/units"
	"github.com/l2escape/escape/escape/wallet/browser"
	"github.com/l2escape/escape/internal/devnet"
)

// TestBrowserWalletArbitrumEscape drives a whole Arbitrum escape with the
// browser wallet and no key: the L2 transaction signed by the wallet
// pointed at escape's local L2 endpoint, then the L1 steps through the page
// in Chromium: the delayed inbox message carrying it, the force inclusion
// (escape stopped while the wallet sends it) and the outbox execution (the
// wallet switching account while it sends).
func TestBrowserWalletArbitrumEscape(t *testing.T) {
	chromiumPath(t)
	pipeline.WalletTxWait = 2 * time.Second
	browser.L2CaptureGrace = 2 * time.Second
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	l1, err := devnet.StartAnvil(ctx, devnet.AnvilOptions{ChainID: 31337})
	if err != nil {
		t.Fatal(err)
	}
	defer l1.Close()
	d, err := devnet.DeployArbitrum(ctx, l1, devnet.ArbOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if err := d.StartArbL2(ctx); err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	// A real Bridge holds users' deposits, which the Outbox pays out of.
	if err := l1.SetBalance(ctx, d.Bridge, new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	netFile := filepath.Join(dir, "arb.json")
	if err := d.WriteNetworkFile(netFile, "arb-devnet"); err != nil {
		t.Fatal(err)
	}
	user, recipient := devnet.DevAddress(1), devnet.DevAddress(2)
	w := newTestWallet(t, l1.Client, devnet.DevKeyHex(1), 31337)
	b := startBrowser(t, w)
	// No key: the browser wallet signs the L2 transaction through escape's
	// local L2 endpoint, and sends every L1 transaction from the page.
	c := &cli{t: t, net: netFile, l1: d.L1.URL, l2: d.L2.URL, home: filepath.Join(dir, "home"), terminal: &syncBuffer{}}
	b.terminal = c.terminal.String
	before, err := l1.Client.BalanceAt(ctx, recipient, nil)
	if err != nil {
		t.Fatal(err)
	}

	// The delayed inbox message: the L2 transaction escape signed, carried
	// by the L1 transaction the wallet sends.
	url, done := c.start("escape withdraw", func(ctx context.Context, o *app.Options) error {
		return app.Withdraw(ctx, o, "0.5", "", recipient.Hex())
	})
	b.connect(url)
	// The page shows the local L2 endpoint and what to send to it; the
	// wallet is pointed at what the page says, not the terminal.
	ep := l2EndpointOnPage(t, b)
	b.screenshot("wallet-arbitrum-l2.png")
	wantChain := l2ChainID(t, d.L2.URL)
	if ep.chainID != wantChain || ep.to != arbSys || ep.value.Cmp(big.NewInt(5e17)) != 0 || len(ep.data) == 0 || ep.from != user {
		t.Errorf("the page shows chain %d, from %s, to %s, value %s, data %x; want chain %d, from %s, to ArbSys, 0.5 ETH and the withdrawal's data",
			ep.chainID, ep.from.Hex(), ep.to.Hex(), ep.value, ep.data, wantChain, user.Hex())
	}
	if !strings.Contains(ep.instructions, "arb-devnet RPC (chain id "+fmt.Sprint(wantChain)+") at this URL: "+ep.url) ||
		!strings.Contains(ep.instructions, "Then send from "+user.Hex()+": to "+arbSys.Hex()+", value 0.5 ETH, data (36 bytes") {
		t.Errorf("the page's instructions for the L2 endpoint say %q", ep.instructions)
	}
	if !strings.Contains(c.terminal.String(), ep.url) {
		t.Errorf("the page's L2 endpoint %s is not the one the terminal printed:\n%s", ep.url, c.terminal)
	}
	if got := b.copyL2URL(); got != ep.url {
		t.Errorf("the copy button copied %q, want %q", got, ep.url)
	}
	// From another account the page refuses, as for L1: nothing is asked.
	w.set(func(w *testWallet) { w.shownAcct = devnet.DevAddress(3) })
	b.click("#l2-send")
	b.waitText("l2-message", "but escape planned this transaction from "+user.Hex()+". Switch your wallet to that account. Nothing was sent.")
	w.set(func(w *testWallet) {
		if w.sends != 0 || len(w.switches) != 0 || len(w.rpcs) != 0 {
			t.Errorf("from another account the page still asked the wallet: %d sends, switches %v, chains added %v", w.sends, w.switches, w.rpcs)
		}
		w.shownAcct = user
	})
	// A wallet that already knows the L2 chain sends to the RPC it has for
	// it (the L2's own), not to escape's endpoint: the page says so.
	public := swallowingRPC(t)
	w.set(func(w *testWallet) { w.rpcs = map[uint64]string{wantChain: public} })
	b.click("#l2-send")
	msg := b.waitText("l2-message", "but escape's endpoint did not receive it")
	b.waitL2ButtonBack()
	var misrouted []common.Hash
	var misSwitches []uint64
	w.set(func(w *testWallet) {
		misrouted, misSwitches = w.l2Hashes, w.switches
		w.rpcs, w.switches, w.l2Hashes = nil, nil, nil
	})
	if len(misrouted) != 1 || !strings.Contains(msg, misrouted[0].Hex()) || !strings.Contains(msg, "set that network's RPC in your wallet to "+ep.url) {
		t.Fatalf("the wallet sent %v elsewhere; the page says %q", misrouted, msg)
	}
	if len(misSwitches) != 2 || misSwitches[1] != 31337 {
		t.Fatalf("the wallet was switched to chains %v, want the L2 and back to 31337", misSwitches)
	}

	// The page asks the wallet for it: the wallet does not know the L2
	// chain, so it is added with the endpoint as its RPC, and the wallet
	// sends the transaction there, then is switched back to L1.
	b.click("#l2-send")
	var l2Hash common.Hash
	waitUntil(t, "the wallet did not send the L2 transaction after the page's button", func() bool {
		var sent []common.Hash
		var refused []string
		w.set(func(w *testWallet) { sent, refused = w.l2Hashes, w.l2Refused })
		if len(refused) > 0 {
			t.Fatalf("escape's L2 endpoint refused what the page asked the wallet for: %v", refused)
		}
		if len(sent) > 0 {
			l2Hash = sent[0]
		}
		return len(sent) > 0
	}, func() string { return "; the page says " + strconv.Quote(b.text("l2-message")) })
	b.waitText("l2-message", "Your wallet sent "+l2Hash.Hex())
	// The page says so before it switches the wallet back to L1.
	b.waitL2ButtonBack()
	var rpcs map[uint64]string
	var switches []uint64
	w.set(func(w *testWallet) { rpcs, switches = w.rpcs, w.switches })
	if rpcs[wantChain] != ep.url || len(rpcs) != 1 {
		t.Errorf("the page added chains %v to the wallet, want chain %d at %s", rpcs, wantChain, ep.url)
	}
	if len(switches) != 2 || switches[0] != wantChain || switches[1] != 31337 {
		t.Errorf("the page switched the wallet to chains %v, want %d then back to 31337", switches, wantChain)
	}
	// Once the wallet sent it, the page stops asking for it, by itself.
	waitUntil(t, "the page still shows the L2 endpoint after the wallet sent the transaction",
		func() bool { return eval[bool](b, "document.getElementById('l2').hidden") }, nil)
	b.waitText("ask-title", "0.5 ETH")
	if lines := b.text("ask-lines"); !strings.Contains(lines, l2Hash.Hex()) {
		t.Errorf("the page does not show the L2 transaction the wallet signed (%s): %q", l2Hash.Hex(), lines)
	}
	b.waitText("ask-check", "Your wallet matches the plan")
	// The status list already has the escape: its plan waits for the wallet.
	eval[bool](b, "loadEscapes(), true")
	b.waitText("escape-list", "Your wallet was asked to send its L1 send-l2-message transaction (nonce 0)")
	b.screenshot("wallet-arbitrum.png")
	b.clickSend()
	if err := c.wait(done); err != nil {
		t.Fatalf("withdraw: %v\n%s", err, c.terminal)
	}
	e := c.last()
	if len(e.Txs) != 1 || e.Txs[0].State != record.TxMined || e.Txs[0].Hash != w.sent()[0] || e.Arb == nil || e.Arb.L2TxHash != l2Hash {
		t.Fatalf("after the inbox message the record holds %+v (L2 transaction %+v, want %s)", e.Txs, e.Arb, l2Hash.Hex())
	}

	// Force inclusion once the delay has passed. The wallet sends it but
	// escape stops before the page hears back: the plan recorded before
	// asking lets the next run find the transaction at its nonce.
	if err := d.MineL1(ctx, 30); err != nil {
		t.Fatal(err)
	}
	url, done, stop := c.startCancellable("escape next", func(ctx context.Context, o *app.Options) error { return app.Next(ctx, o, e.ID) })
	b.connect(url)
	b.waitText("ask-title", "Force-include delayed message")
	w.set(func(w *testWallet) { w.mode = sendAndHang })
	b.clickSend()
	waitUntil(t, "the wallet did not send the force inclusion", func() bool { return nonceOf(t, l1.Client, user) >= 2 }, nil)
	stop()
	if err := c.wait(done); escape.CodeOf(err) != "interrupted" {
		t.Fatalf("next (force inclusion, stopped): %v, want interrupted", err)
	}
	if e := c.last(); e.Unsigned == nil || e.Unsigned.Step != "force-include" || len(e.TxsFor("force-include")) != 0 {
		t.Fatalf("after the stop the record holds plan %+v and %+v", e.Unsigned, e.TxsFor("force-include"))
	}
	w.set(func(w *testWallet) { w.mode = sendAsAsked })
	_, done = c.start("escape next", func(ctx context.Context, o *app.Options) error { return app.Next(ctx, o, e.ID) })
	if err := c.wait(done); err != nil && escape.CodeOf(err) != "too-early" {
		t.Fatalf("next (after the stop): %v\n%s", err, c.terminal)
	}
	if fi := c.last().TxsFor("force-include"); len(fi) != 1 || fi[0].State != record.TxMined || fi[0].Hash != w.sent()[1] {
		t.Fatalf("the force inclusion the wallet sent is recorded as %+v", fi)
	}

	// The operators execute the message on L2 and confirm a send root; the
	// outbox execution goes through the page.
	if _, err := d.ExecuteForceIncluded(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := d.AssertAndConfirm(ctx); err != nil {
		t.Fatal(err)
	}
	url, done = c.start("escape next", func(ctx context.Context, o *app.Options) error { return app.Next(ctx, o, e.ID) })
	b.connect(url)
	b.waitText("ask-title", "Execute withdrawal")
	// The user switches account in the wallet while it sends: the page
	// says so, and escape takes the transaction the wallet was asked for,
	// which it checks on L1 itself.
	other := devnet.DevAddress(3)
	w.set(func(w *testWallet) {
		w.duringSend = func() {
			w.set(func(w *testWallet) { w.shownAcct = other })
			b.emit("accountsChanged", `["`+strings.ToLower(other.Hex())+`"]`)
		}
	})
	b.clickSend()
	b.waitText("message", "your wallet switched account or network while asking")
	if err := c.wait(done); err != nil {
		t.Fatalf("next (execute): %v\n%s", err, c.terminal)
	}
	e = c.last()
	if e.Stage != escape.StageFinalized {
		t.Fatalf("the escape's stage is %s, want finalized", e.Stage)
	}
	for _, step := range []string{"force-include", "execute"} {
		if txs := e.TxsFor(step); len(txs) != 1 || txs[0].State != record.TxMined {
			t.Fatalf("the %s step is recorded as %+v", step, txs)
		}
	}
	after, err := l1.Client.BalanceAt(ctx, recipient, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := new(big.Int).Sub(after, before); got.Cmp(big.NewInt(5e17)) != 0 {
		t.Fatalf("the recipient received %s wei, want 0.5 ETH", got)
	}
	if n := nonceOf(t, l1.Client, user); n != 3 || len(w.sent()) != 3 {
		t.Fatalf("L1 nonce %d and %d transactions sent by the wallet, want 3 and 3", n, len(w.sent()))
	}
}

// arbSys is the L2 precompile a withdrawal calls.
var arbSys = common.HexToAddress("0x0000000000000000000000000000000000000064")

// l2Endpoint is the local L2 endpoint and the transaction to send to it,
// as the page shows them.
type l2Endpoint struct {
	url          string
	chainID      uint64
	from, to     common.Address
	value        *big.Int
	data         []byte
	instructions string
}

// l2EndpointOnPage waits for the page to show escape's local L2 endpoint
// and reads it from the page.
func l2EndpointOnPage(t *testing.T, b *browserT) l2Endpoint {
	t.Helper()
	b.waitText("l2-url", "http://127.0.0.1:")
	if eval[bool](b, "document.getElementById('l2').hidden") {
		t.Fatal("the page holds the L2 endpoint but does not show it")
	}
	var ep l2Endpoint
	ep.url = b.text("l2-url")
	if !regexp.MustCompile(`^http://127\.0\.0\.1:[0-9]+/[0-9a-f]+$`).MatchString(ep.url) {
		t.Fatalf("the page shows the L2 endpoint as %q", ep.url)
	}
	chain, err := strconv.ParseUint(b.text("l2-chain"), 10, 64)
	if err != nil {
		t.Fatalf("the page's chain id: %v", err)
	}
	ep.chainID = chain
	ep.from, ep.to = common.HexToAddress(b.text("l2-from")), common.HexToAddress(b.text("l2-to"))
	if ep.value, err = units.ParseAmount(strings.TrimSuffix(b.text("l2-value"), " ETH"), 18, "ETH"); err != nil {
		t.Fatalf("the page's value: %v", err)
	}
	ep.data = common.FromHex(b.text("l2-data"))
	ep.instructions = strings.Join(strings.Fields(eval[string](b, "document.getElementById('l2').innerText")), " ")
	return ep
}

// copyL2URL presses the page's copy button as the user would (clipboard
// access granted, a user gesture) and returns what the clipboard holds.
func (b *browserT) copyL2URL() string {
	b.t.Helper()
	gesture := func(p *runtime.EvaluateParams) { p.UserGesture = ptrTo(true) }
	b.do(chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		// A headless page never has the focus a user's click gives it.
		if _, err := cdp.Call(ctx, t, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true}); err != nil {
			return err
		}
		for _, name := range []string{"clipboard-read", "clipboard-write"} {
			if _, err := cdp.Call(ctx, t, cdpbrowser.SetPermission, cdpbrowser.SetPermissionParams{
				Permission: &cdpbrowser.PermissionDescriptor{Name: name}, Setting: cdpbrowser.PermissionSettingGranted}); err != nil {
				return err
			}
		}
		return nil
	}))
	ctx, cancel := context.WithTimeout(b.ctx, patience)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool]("document.getElementById('l2-copy').click(), true", gesture)); err != nil {
		b.t.Fatalf("chromium: %v", err)
	}
	waitUntil(b.t, "the copy button does not say it copied", func() bool { return b.text("l2-copied") == "Copied." },
		func() string {
			return b.text("l2-copied") + " (" + eval[string](b, "document.getElementById('l2-copied').title") + ")"
		})
	got, err := chromedp.Run(ctx, chromedp.Evaluate[string]("navigator.clipboard.readText()", chromedp.EvalAwaitPromise, gesture))
	if err != nil {
		b.t.Fatalf("chromium: reading the clipboard: %v", err)
	}
	return got
}

func ptrTo[T any](v T) *T { return &v }

// waitL2ButtonBack waits until the page is done with its L2 button (it
// enables it again once it switched the wallet back to L1).
func (b *browserT) waitL2ButtonBack() {
	b.t.Helper()
	waitUntil(b.t, "the page's L2 button stays disabled", func() bool { return !eval[bool](b, "document.getElementById('l2-send').disabled") }, nil)
}

// swallowingRPC stands in for an L2's own RPC that takes transactions and
// does nothing with them (a sequencer that censors): it answers the
// nonce and eth_sendRawTransaction, and its URL.
func swallowingRPC(t *testing.T) string {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			ID     json.RawMessage   `json:"id"`
			Method string            `json:"method"`
			Params []json.RawMessage `json:"params"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		var result any = "0x0"
		if req.Method == "eth_sendRawTransaction" {
			var raw hexutil.Bytes
			if len(req.Params) == 1 && json.Unmarshal(req.Params[0], &raw) == nil {
				result = crypto.Keccak256Hash(raw)
			}
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{"jsonrpc": "2.0", "id": req.ID, "result": result})
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

func l2ChainID(t *testing.T, url string) uint64 {
	t.Helper()
	c, err := ethclient.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	id, err := c.ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return id.Uint64()
}
