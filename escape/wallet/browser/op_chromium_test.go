package browser_test

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/app"
	"github.com/l2escape/escape/escape/arbitrum"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/keys"
	"github.com/l2escape/escape/escape/opstack"
	"github.com/l2escape/escape/escape/pipeline"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/escape/ui"
	"github.com/l2escape/escape/internal/devnet"
)

// The stacks, registered as cmd/escape does.
func init() {
	flow.Register(escape.StackOP, opstack.New)
	flow.Register(escape.StackArbitrum, arbitrum.New)
}

// syncBuffer is the terminal of the commands under test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}
func (s *syncBuffer) String() string { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

// cli runs escape's commands as the binary does, with --wallet browser.
type cli struct {
	t        *testing.T
	net      string
	l1, l2   string
	home     string
	terminal *syncBuffer
	// key, if set, signs what only a key can sign (Arbitrum's L2
	// transaction); the L1 transactions still go through the wallet.
	key string
}

func (c *cli) options() *app.Options {
	return &app.Options{Network: c.net, L1RPCs: []string{c.l1}, L2RPCs: []string{c.l2}, Home: c.home, Poll: 100 * time.Millisecond,
		UI: &ui.UI{Out: c.terminal, Err: c.terminal}, Keys: keys.Source{Env: c.key}}
}

// start serves the wallet page for one command and runs it in the
// background; the returned channel gets its outcome.
func (c *cli) start(title string, cmd func(ctx context.Context, o *app.Options) error) (url string, done <-chan error) {
	url, done, _ = c.startCancellable(title, cmd)
	return url, done
}

// startCancellable is start with a way to stop the command (Ctrl-C).
func (c *cli) startCancellable(title string, cmd func(ctx context.Context, o *app.Options) error) (url string, done <-chan error, stop func()) {
	c.t.Helper()
	o := c.options()
	s, err := app.StartBrowserWallet(o, title, false)
	if err != nil {
		c.t.Fatal(err)
	}
	ch := make(chan error, 1)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	go func() {
		defer s.Close()
		defer cancel()
		err := cmd(ctx, o)
		if err != nil {
			fmt.Fprintf(c.terminal, "error: %v\nhint: %s\n", err, escape.HintOf(err))
		}
		ch <- err
	}()
	return s.URL(), ch, cancel
}

func (c *cli) wait(done <-chan error) error {
	c.t.Helper()
	select {
	case err := <-done:
		return err
	case <-time.After(3 * time.Minute):
		c.t.Fatalf("the command did not finish; its output:\n%s", c.terminal)
		return nil
	}
}

// waitTerminal waits until the command under test printed want.
func (c *cli) waitTerminal(want string) {
	c.t.Helper()
	waitUntil(c.t, "the terminal does not say "+strconv.Quote(want), func() bool { return strings.Contains(c.terminal.String(), want) },
		func() string { return "; it says:\n" + c.terminal.String() })
}

func (c *cli) last() *record.Escape {
	c.t.Helper()
	st, err := record.Open(c.home)
	if err != nil {
		c.t.Fatal(err)
	}
	e, err := st.Find("last")
	if err != nil {
		c.t.Fatal(err)
	}
	return e
}

func nonceOf(t *testing.T, l1 *ethclient.Client, a common.Address) uint64 {
	n, err := l1.NonceAt(context.Background(), a, nil)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestBrowserWalletOPEscape drives a whole OP Stack escape through the
// wallet page in Chromium: the deposit (after a rejected request and a
// wallet that switches account and chain), the proof (the wallet speeds
// its transaction up: escape adopts the replacement), and finalization
// (the wallet first spends the nonce on another call: reported, then sent).
func TestBrowserWalletOPEscape(t *testing.T) {
	chromiumPath(t)
	pipeline.WalletTxWait = 2 * time.Second
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	d, err := devnet.StartOPDevnet(ctx, devnet.OPOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	dir := t.TempDir()
	netFile := filepath.Join(dir, "op.json")
	if err := d.WriteNetworkFile(netFile, "op-devnet"); err != nil {
		t.Fatal(err)
	}
	const userKey = 6 // accounts 0-5 play the devnet's roles
	user, other := devnet.DevAddress(userKey), devnet.DevAddress(7)
	recipient := common.HexToAddress("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")
	chainID, err := d.L1.Client.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	w := newTestWallet(t, d.L1.Client, devnet.DevKeyHex(userKey), chainID.Uint64())
	b := startBrowser(t, w)
	c := &cli{t: t, net: netFile, l1: d.L1.URL, l2: d.L2.URL, home: filepath.Join(dir, "home"), terminal: &syncBuffer{}}
	b.terminal = c.terminal.String
	before, err := d.L1.Client.BalanceAt(ctx, recipient, nil)
	if err != nil {
		t.Fatal(err)
	}

	// escape is stopped while the page waits for the wallet: the next run
	// sees the planned nonce still free, so the wallet never sent it.
	url, done, stop := c.startCancellable("escape withdraw", func(ctx context.Context, o *app.Options) error {
		return app.Withdraw(ctx, o, "0.5", "", recipient.Hex())
	})
	b.connect(url)
	b.waitText("ask-title", "Forced withdrawal of 0.5 ETH")
	stop()
	if err := c.wait(done); escape.CodeOf(err) != "interrupted" {
		t.Fatalf("withdraw, stopped: %v, want interrupted", err)
	}
	stale := c.last()
	_, done = c.start("escape next", func(ctx context.Context, o *app.Options) error { return app.Next(ctx, o, stale.ID) })
	if err := c.wait(done); escape.CodeOf(err) != "wallet-never-sent" {
		t.Fatalf("next after the stop: %v, want wallet-never-sent\n%s", err, c.terminal)
	}
	if err := app.Status(ctx, c.options(), stale.ID); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(c.terminal.String(), "Your wallet never sent this escape's first transaction") {
		t.Errorf("the status of the escape the wallet never sent:\n%s", c.terminal)
	}

	// The deposit: the page shows the terminal's summary.
	url, done = c.start("escape withdraw", func(ctx context.Context, o *app.Options) error {
		return app.Withdraw(ctx, o, "0.5", "", recipient.Hex())
	})
	b.connect(url)
	b.waitText("ask-title", "Forced withdrawal of 0.5 ETH")
	if lines := b.text("ask-lines"); !strings.Contains(lines, "OptimismPortal") || !strings.Contains(lines, user.Hex()) {
		t.Errorf("the page's summary lacks the portal or the sender: %q", lines)
	}
	b.waitText("ask-check", "Your wallet matches the plan")
	b.screenshot("wallet-deposit.png")

	// The user rejects the request: nothing is sent, and the intent is in
	// the record before the wallet was asked.
	w.set(func(w *testWallet) { w.mode = rejectRequest })
	b.clickSend()
	b.waitText("message", "You rejected the request in your wallet. Nothing was sent")
	e := c.last()
	if e.Unsigned == nil || e.Unsigned.Step != "deposit" || len(e.Txs) != 0 {
		t.Fatalf("after a rejection the record holds plan %+v and %d transactions; want the deposit's plan and none", e.Unsigned, len(e.Txs))
	}
	// The page says it before it tells escape: the terminal follows.
	c.waitTerminal("You rejected the request")

	// The wallet switches account without saying so: the page reads it
	// again before asking, and refuses.
	sends := w.sendCount()
	w.set(func(w *testWallet) { w.mode = sendAsAsked; w.shownAcct = other })
	b.clickSend()
	b.waitText("message", "Switch your wallet to that account. Nothing was sent")
	// ... and says so (accountsChanged): the button is disabled.
	b.emit("accountsChanged", `["`+strings.ToLower(other.Hex())+`"]`)
	b.waitText("ask-check", "but escape planned this transaction from "+strings.ToLower(user.Hex()))
	if !b.sendDisabled() {
		t.Error("the send button is enabled for another account")
	}
	w.set(func(w *testWallet) { w.shownAcct = user })
	b.emit("accountsChanged", `["`+strings.ToLower(user.Hex())+`"]`)
	b.waitText("ask-check", "Your wallet matches the plan")
	// Another chain (chainChanged), then back.
	w.set(func(w *testWallet) { w.chainID = 1 })
	b.emit("chainChanged", `"0x1"`)
	b.waitText("ask-check", "Your wallet is on chain 1, but this transaction is for chain "+chainID.String())
	if !b.sendDisabled() {
		t.Error("the send button is enabled on another chain")
	}
	w.set(func(w *testWallet) { w.chainID = chainID.Uint64() })
	b.emit("chainChanged", `"`+hexChain(chainID)+`"`)
	b.waitText("ask-check", "Your wallet matches the plan")
	if n := w.sendCount(); n != sends {
		t.Fatalf("the wallet was asked %d times while it had another account or chain", n-sends)
	}
	if n := nonceOf(t, d.L1.Client, user); n != 0 {
		t.Fatalf("the user's L1 nonce is %d before the deposit was sent", n)
	}
	if e := c.last(); len(e.Txs) != 0 {
		t.Fatalf("the record holds %d transactions before the wallet sent one", len(e.Txs))
	}

	b.clickSend()
	b.waitText("message", "Your wallet sent 0x")
	if err := c.wait(done); err != nil {
		t.Fatalf("withdraw: %v\n%s", err, c.terminal)
	}
	e = c.last()
	if len(e.Txs) != 1 || e.Txs[0].Step != "deposit" || e.Txs[0].State != record.TxMined || e.Txs[0].Hash != w.sent()[0] || len(e.Txs[0].Raw) == 0 || e.Unsigned != nil {
		t.Fatalf("after the deposit the record holds %+v (plan %v)", e.Txs, e.Unsigned)
	}

	// The operators relay the deposit and propose; the proof goes through
	// the page, and the wallet speeds it up.
	if _, err := d.RelayDeposits(ctx); err != nil {
		t.Fatal(err)
	}
	head, err := d.L2.Client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	game, _, err := d.ProposeGame(ctx, head)
	if err != nil {
		t.Fatal(err)
	}
	url, done = c.start("escape next", func(ctx context.Context, o *app.Options) error { return app.Next(ctx, o, e.ID) })
	b.connect(url)
	b.waitText("ask-title", "Prove")
	w.set(func(w *testWallet) { w.mode = speedUp })
	b.clickSend()
	if err := c.wait(done); err != nil {
		t.Fatalf("next (prove): %v\n%s", err, c.terminal)
	}
	e = c.last()
	proves := e.TxsFor("prove")
	if len(proves) != 2 || proves[0].State != record.TxReplaced || proves[1].State != record.TxMined || proves[1].Replaces != proves[0].Hash ||
		proves[1].Hash != w.sent()[len(w.sent())-1] {
		t.Fatalf("the sped-up proof is recorded as %+v", proves)
	}
	if !strings.Contains(c.terminal.String(), "Your wallet replaced") {
		t.Errorf("the terminal does not mention the replacement:\n%s", c.terminal)
	}

	// The page lists the escape with its countdown (as escape ui does).
	o := c.options()
	s, err := app.StartBrowserWallet(o, "escape ui", false)
	if err != nil {
		t.Fatal(err)
	}
	b.do(chromedpNavigate(s.URL()))
	b.waitText("escape-list", e.ID)
	b.waitText("escape-list", string(escape.StageWaitingFinalize))
	if n := eval[int](b, `document.querySelectorAll('#escape-list .countdown').length`); n == 0 {
		t.Errorf("no countdown on the status list: %q", b.text("escape-list"))
	}
	b.screenshot("wallet-status.png")
	s.Close()

	// Finalization: first the wallet spends the nonce on another call
	// (a cancel): escape reports it; then it is sent.
	if err := d.ResolveGame(ctx, game, true); err != nil {
		t.Fatal(err)
	}
	if err := d.Warp(ctx, 120); err != nil {
		t.Fatal(err)
	}
	url, done = c.start("escape next", func(ctx context.Context, o *app.Options) error { return app.Next(ctx, o, e.ID) })
	b.connect(url)
	b.waitText("ask-title", "Finalize")
	w.set(func(w *testWallet) { w.mode = cancelIt })
	b.clickSend()
	if err := c.wait(done); escape.CodeOf(err) != "nonce-used" {
		t.Fatalf("next (finalize, cancelled by the wallet): %v, want nonce-used\n%s", err, c.terminal)
	}
	if fin := c.last().TxsFor("finalize"); len(fin) != 1 || fin[0].State != record.TxDropped {
		t.Fatalf("the cancelled finalization is recorded as %+v", fin)
	}
	url, done = c.start("escape next", func(ctx context.Context, o *app.Options) error { return app.Next(ctx, o, e.ID) })
	b.connect(url)
	b.waitText("ask-title", "Finalize")
	w.set(func(w *testWallet) { w.mode = sendAsAsked })
	b.clickSend()
	if err := c.wait(done); err != nil {
		t.Fatalf("next (finalize): %v\n%s", err, c.terminal)
	}
	if st := c.last().Stage; st != escape.StageFinalized {
		t.Fatalf("the escape's stage is %s, want finalized", st)
	}
	after, err := d.L1.Client.BalanceAt(ctx, recipient, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := new(big.Int).Sub(after, before); got.Cmp(big.NewInt(5e17)) != 0 {
		t.Fatalf("the recipient received %s wei, want 0.5 ETH", got)
	}
	t.Logf("wallet requests: %d eth_sendTransaction, %d transactions sent; L1 nonce %d", w.sendCount(), len(w.sent()), nonceOf(t, d.L1.Client, user))
}

func hexChain(id *big.Int) string { return "0x" + id.Text(16) }
