package pipeline_test

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/keys"
	"github.com/l2escape/escape/escape/pipeline"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/escape/ui"
	"github.com/l2escape/escape/internal/devnet"
	"github.com/l2escape/escape/internal/rpcproxy"
)

// deadBroadcast is an L1 backend whose eth_sendRawTransaction fails, as a
// dead or censoring RPC would, after everything else worked.
type deadBroadcast struct {
	*ethclient.Client
	sends int
}

func (d *deadBroadcast) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	d.sends++
	return errors.New("connection refused")
}

type fixture struct {
	t     *testing.T
	node  *devnet.Anvil
	store *record.Store
	out   *bytes.Buffer
	user  common.Address
	dest  common.Address
}

func newFixture(t *testing.T) *fixture {
	node := devnet.StartAnvilT(t, devnet.AnvilOptions{ChainID: 900})
	store, err := record.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{t: t, node: node, store: store, out: &bytes.Buffer{}, user: devnet.DevAddress(1), dest: common.HexToAddress("0x00000000000000000000000000000000DeaDBeef")}
}

func (f *fixture) pipeline(backend pipeline.Backend) *pipeline.Pipeline {
	return &pipeline.Pipeline{L1: backend, Keys: keys.Source{Env: devnet.DevKeyHex(1)}, Store: f.store,
		UI: &ui.UI{Out: f.out, Err: f.out}, Yes: true, Poll: 20 * time.Millisecond, WaitTimeout: 5 * time.Second}
}

func (f *fixture) newEscape() *record.Escape {
	e := &record.Escape{Network: "devnet", Kind: "send", From: f.user}
	if err := f.store.Create(e); err != nil {
		f.t.Fatal(err)
	}
	return e
}

func (f *fixture) request(e *record.Escape) pipeline.Request {
	return pipeline.Request{Escape: e, Step: "deposit", To: f.dest, ToName: "test target", Value: big.NewInt(12345),
		Summary: pipeline.Summary{Title: "Test transfer"}}
}

func (f *fixture) nonce() uint64 {
	n, err := f.node.Client.NonceAt(context.Background(), f.user, nil)
	if err != nil {
		f.t.Fatal(err)
	}
	return n
}

func TestSendRecordsBeforeBroadcastAndResumeSendsOnce(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	e := f.newEscape()

	// The RPC dies at broadcast: the signed transaction must be in the record.
	dead := &deadBroadcast{Client: f.node.Client}
	_, err := f.pipeline(dead).Send(ctx, f.request(e))
	if escape.CodeOf(err) != "broadcast-failed" {
		t.Fatalf("want broadcast-failed, got %v", err)
	}
	if !strings.Contains(escape.HintOf(err), "escape next") {
		t.Errorf("hint does not say how to resume: %q", escape.HintOf(err))
	}
	saved, err := f.store.Load(e.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(saved.Txs) != 1 || saved.Txs[0].State != record.TxSigned || len(saved.Txs[0].Raw) == 0 {
		t.Fatalf("record after failed broadcast: %+v", saved.Txs)
	}
	if f.nonce() != 0 {
		t.Fatal("a transaction reached the chain through a dead RPC")
	}
	fi, _ := os.Stat(f.store.Path(e.ID))
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("record file mode %v, want 0600", fi.Mode().Perm())
	}

	// A second Send for the same step refuses: it would sign a second transaction.
	if _, err := f.pipeline(f.node.Client).Send(ctx, f.request(saved)); escape.CodeOf(err) != "step-pending" {
		t.Fatalf("second send: want step-pending, got %v", err)
	}

	// Resume (a new process: fresh pipeline, record reloaded) rebroadcasts the same bytes.
	res, err := f.pipeline(f.node.Client).Resume(ctx, saved)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 1 || res[0].Receipt == nil || res[0].Tx.Hash != saved.Txs[0].Hash {
		t.Fatalf("resume result %+v", res)
	}
	if f.nonce() != 1 {
		t.Fatalf("nonce %d after resume, want exactly one transaction", f.nonce())
	}
	bal, _ := f.node.Client.BalanceAt(ctx, f.dest, nil)
	if bal.Int64() != 12345 {
		t.Fatalf("destination balance %s", bal)
	}
	// Resuming again sends nothing.
	again, _ := f.store.Load(e.ID)
	if again.Txs[0].State != record.TxMined {
		t.Fatalf("state %s after resume", again.Txs[0].State)
	}
	if res, err := f.pipeline(f.node.Client).Resume(ctx, again); err != nil || len(res) != 0 {
		t.Fatalf("second resume: %v %v", res, err)
	}
	if f.nonce() != 1 {
		t.Fatal("second resume sent a transaction")
	}
}

func TestResumeDetectsNonceUsedElsewhere(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	e := f.newEscape()
	dead := &deadBroadcast{Client: f.node.Client}
	if _, err := f.pipeline(dead).Send(ctx, f.request(e)); err == nil {
		t.Fatal("expected broadcast failure")
	}
	// Another wallet uses the same key and nonce meanwhile.
	s, _ := devnet.NewSender(ctx, f.node.Client, devnet.DevKey(1))
	if _, err := s.SendRaw(ctx, &f.dest, big.NewInt(1), nil); err != nil {
		t.Fatal(err)
	}
	saved, _ := f.store.Load(e.ID)
	_, err := f.pipeline(f.node.Client).Resume(ctx, saved)
	if escape.CodeOf(err) != "nonce-used" {
		t.Fatalf("want nonce-used, got %v", err)
	}
	saved, _ = f.store.Load(e.ID)
	if saved.Txs[0].State != record.TxDropped {
		t.Fatalf("state %s", saved.Txs[0].State)
	}
	if f.nonce() != 1 {
		t.Fatal("resume sent something")
	}
}

func TestReplaceStuckTransaction(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	e := f.newEscape()
	if err := f.node.Automine(ctx, false); err != nil {
		t.Fatal(err)
	}
	p := f.pipeline(f.node.Client)
	p.WaitTimeout = 300 * time.Millisecond
	_, err := p.Send(ctx, f.request(e))
	if escape.CodeOf(err) != "not-mined-yet" {
		t.Fatalf("want not-mined-yet, got %v", err)
	}
	saved, _ := f.store.Load(e.ID)
	old := saved.Txs[0]
	if old.State != record.TxBroadcast {
		t.Fatalf("state %s", old.State)
	}
	// Replace, then let the node mine: the higher-fee replacement wins.
	p2 := f.pipeline(f.node.Client)
	done := make(chan error, 1)
	go func() { _, err := p2.Replace(ctx, saved, 20); done <- err }()
	for { // mine once the replacement is broadcast (not after a fixed sleep, which a loaded machine outruns)
		if r, err := f.store.Load(e.ID); err == nil && len(r.Txs) == 2 && r.Txs[1].State == record.TxBroadcast {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := f.node.Mine(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	final, _ := f.store.Load(e.ID)
	if len(final.Txs) != 2 || final.Txs[1].State != record.TxMined || final.Txs[0].State != record.TxReplaced || final.Txs[1].Replaces != old.Hash {
		for _, tx := range final.Txs {
			t.Logf("%s %s replaces=%s", tx.Hash, tx.State, tx.Replaces)
		}
		t.Fatal("replacement not recorded as expected")
	}
	if final.Txs[0].Nonce != final.Txs[1].Nonce {
		t.Fatal("replacement has another nonce")
	}
	if f.nonce() != 1 {
		t.Fatalf("nonce %d", f.nonce())
	}
}

func TestDryRunAndRevertSignNothing(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	e := f.newEscape()
	p := f.pipeline(f.node.Client)
	p.DryRun = true
	p.Yes = false
	res, err := p.Send(ctx, f.request(e))
	if err != nil || !res.DryRun || res.GasLimit == 0 {
		t.Fatalf("dry run: %+v %v", res, err)
	}
	if !strings.Contains(f.out.String(), "Nothing was signed") {
		t.Errorf("dry run output: %s", f.out.String())
	}

	// A call that reverts: a contract whose code is just REVERT with a reason.
	reverter := common.HexToAddress("0x000000000000000000000000000000000000BEEF")
	// PUSH1 0 PUSH1 0 REVERT
	if err := f.node.SetCode(ctx, reverter, []byte{0x60, 0x00, 0x60, 0x00, 0xfd}); err != nil {
		t.Fatal(err)
	}
	req := f.request(e)
	req.To = reverter
	_, err = f.pipeline(f.node.Client).Send(ctx, req)
	if escape.CodeOf(err) != "simulation-reverted" {
		t.Fatalf("want simulation-reverted, got %v", err)
	}

	// No terminal and no --yes: refuse before signing.
	p = f.pipeline(f.node.Client)
	p.Yes = false
	_, err = p.Send(ctx, f.request(e))
	if escape.CodeOf(err) != "needs-confirmation" {
		t.Fatalf("want needs-confirmation, got %v", err)
	}
	saved, _ := f.store.Load(e.ID)
	if len(saved.Txs) != 0 || f.nonce() != 0 {
		t.Fatalf("something was signed or sent: %d txs, nonce %d", len(saved.Txs), f.nonce())
	}
}

func TestInsufficientBalance(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	if err := f.node.SetBalance(ctx, f.user, big.NewInt(1e12)); err != nil {
		t.Fatal(err)
	}
	_, err := f.pipeline(f.node.Client).Send(ctx, f.request(f.newEscape()))
	if escape.CodeOf(err) != "insufficient-l1-balance" {
		t.Fatalf("want insufficient-l1-balance, got %v", err)
	}
}

// The L1 endpoint accepts the broadcast, then never answers a receipt
// request (every call times out) although the transaction is mined at once:
// the wait must say the endpoint is failing, give up early, and never
// suggest a fee bump for a transaction that may well be mined.
func TestReceiptTimeoutsAreNotNotMined(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	proxy := rpcproxy.StartT(t, f.node.URL, rpcproxy.Options{})
	l1, err := chain.Dial(ctx, "L1", []string{proxy.URL}, 900, chain.Options{CallTimeout: 200 * time.Millisecond, Retries: -1})
	if err != nil {
		t.Fatal(err)
	}
	defer l1.Close()
	proxy.HangCalls("eth_getTransactionReceipt")
	e := f.newEscape()
	p := f.pipeline(l1)
	p.WaitTimeout = 5 * time.Second
	start := time.Now()
	_, err = p.Send(ctx, f.request(e))
	took := time.Since(start)
	if escape.CodeOf(err) != "receipt-unknown" {
		t.Fatalf("want receipt-unknown, got %v (hint %q)", err, escape.HintOf(err))
	}
	if hint := escape.HintOf(err); strings.Contains(hint, "--bump-fee") || !strings.Contains(hint, "--l1-rpc") || !strings.Contains(hint, "escape next "+e.ID) {
		t.Errorf("hint must send the user to another endpoint and `escape next`, never to a fee bump: %q", hint)
	}
	if !strings.Contains(err.Error(), "endpoint is failing") {
		t.Errorf("error does not say the endpoint is failing: %v", err)
	}
	if took >= p.WaitTimeout {
		t.Errorf("waited the whole %s (%s) on an endpoint that answered nothing", p.WaitTimeout, took)
	}
	if !strings.Contains(f.out.String(), "may be mined already") {
		t.Errorf("no progress line about the failing endpoint:\n%s", f.out.String())
	}
	calls := proxy.Stats().Methods["eth_getTransactionReceipt"]
	t.Logf("gave up after %s and %d receipt calls, all unanswered", took.Round(time.Millisecond), calls)
	// It was mined all along, exactly once, and the record still says it may be.
	if f.nonce() != 1 {
		t.Fatalf("nonce %d, want 1", f.nonce())
	}
	saved, _ := f.store.Load(e.ID)
	if len(saved.Txs) != 1 || saved.Txs[0].State != record.TxBroadcast {
		t.Fatalf("record after the failing wait: %+v", saved.Txs)
	}
	// `escape next` with a working endpoint settles it without sending again.
	res, err := f.pipeline(f.node.Client).Resume(ctx, saved)
	if err != nil || len(res) != 1 || res[0].Receipt == nil {
		t.Fatalf("resume: %+v %v", res, err)
	}
	if f.nonce() != 1 {
		t.Fatal("resume sent a second transaction")
	}
}

// With a second endpoint, a first one that stopped answering receipts costs
// nothing: the receipt comes from the other.
func TestReceiptFromAnotherEndpoint(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	broken := rpcproxy.StartT(t, f.node.URL, rpcproxy.Options{})
	l1, err := chain.Dial(ctx, "L1", []string{broken.URL, f.node.URL}, 900, chain.Options{CallTimeout: 200 * time.Millisecond, Retries: -1})
	if err != nil {
		t.Fatal(err)
	}
	defer l1.Close()
	broken.HangCalls("eth_getTransactionReceipt")
	res, err := f.pipeline(l1).Send(ctx, f.request(f.newEscape()))
	if err != nil || res.Receipt == nil {
		t.Fatalf("send: %+v %v", res, err)
	}
}

// A new escape (no id yet) enters the record only with its first signed
// transaction: a refusal, a failed simulation or a dry run leave no file.
func TestEscapeEntersRecordOnlyWhenSigned(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	e := &record.Escape{Network: "devnet", Kind: "send", From: f.user}
	count := func() int {
		all, err := f.store.List()
		if err != nil {
			t.Fatal(err)
		}
		return len(all)
	}

	p := f.pipeline(f.node.Client)
	p.Yes = false // and no terminal
	if _, err := p.Send(ctx, f.request(e)); escape.CodeOf(err) != "needs-confirmation" {
		t.Fatalf("want needs-confirmation, got %v", err)
	}
	p = f.pipeline(f.node.Client)
	p.DryRun = true
	if _, err := p.Send(ctx, f.request(e)); err != nil {
		t.Fatal(err)
	}
	reverter := common.HexToAddress("0x000000000000000000000000000000000000BEEF")
	if err := f.node.SetCode(ctx, reverter, []byte{0x60, 0x00, 0x60, 0x00, 0xfd}); err != nil {
		t.Fatal(err)
	}
	req := f.request(e)
	req.To = reverter
	if _, err := f.pipeline(f.node.Client).Send(ctx, req); escape.CodeOf(err) != "simulation-reverted" {
		t.Fatalf("want simulation-reverted, got %v", err)
	}
	if n := count(); n != 0 || e.ID != "" {
		t.Fatalf("%d escapes in the record (id %q) before anything was signed", n, e.ID)
	}

	if _, err := f.pipeline(f.node.Client).Send(ctx, f.request(e)); err != nil {
		t.Fatal(err)
	}
	saved, err := f.store.Load(e.ID)
	if err != nil {
		t.Fatalf("the escape with a signed transaction is not in the record: %v", err)
	}
	if count() != 1 || len(saved.Txs) != 1 || saved.Txs[0].State != record.TxMined || saved.Stage != escape.StageSigned {
		t.Fatalf("record: %d escapes, txs %+v, stage %q", count(), saved.Txs, saved.Stage)
	}
}

// The record cannot be written (a file where its directory should be; the
// store makes a missing directory on its first write): nothing is
// broadcast and no escape is left, not even in memory.
func TestRecordWriteFailureLeavesNoEscape(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	if err := os.RemoveAll(f.store.Dir()); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(f.store.Dir(), []byte("in the way"), 0o600); err != nil {
		t.Fatal(err)
	}
	e := &record.Escape{Network: "devnet", Kind: "send", From: f.user}
	_, err := f.pipeline(f.node.Client).Send(ctx, f.request(e))
	if code := escape.CodeOf(err); code != "record-write" && code != "no-record-dir" {
		t.Fatalf("want record-write or no-record-dir, got %v", err)
	}
	if e.ID != "" || len(e.Txs) != 0 || f.nonce() != 0 {
		t.Fatalf("after a failed record write: id %q, %d txs, nonce %d", e.ID, len(e.Txs), f.nonce())
	}
	if fi, err := os.Stat(f.store.Dir()); err != nil || fi.IsDir() {
		t.Fatalf("the file in the record directory's place was replaced: %v", err)
	}
}

// Issue #17: `escape next --bump-fee` in another process replaces the
// transaction a running command waits for. The waiting command follows the
// replacement it finds in the record and returns its receipt, instead of
// waiting for the replaced hash until its time runs out.
func TestWaitFollowsReplacementFromAnotherProcess(t *testing.T) {
	// Polling often, the waiting command most likely sees the replacement
	// pending; polling every 2 s (the default), it surely finds it already
	// mined and saved so by the other process.
	for _, poll := range []time.Duration{20 * time.Millisecond, 2 * time.Second} {
		t.Run(poll.String(), func(t *testing.T) { waitFollowsReplacement(t, poll) })
	}
}

func waitFollowsReplacement(t *testing.T, poll time.Duration) {
	f := newFixture(t)
	ctx := context.Background()
	e := f.newEscape()
	if err := f.node.Automine(ctx, false); err != nil {
		t.Fatal(err)
	}
	waiting := f.pipeline(f.node.Client)
	waiting.WaitTimeout = 2 * time.Minute // the replacement, not the time, ends the wait
	waiting.Poll = poll
	type sent struct {
		res *pipeline.Result
		err error
	}
	done := make(chan sent, 1)
	go func() {
		res, err := waiting.Send(ctx, f.request(e))
		done <- sent{res, err}
	}()
	// The other process: once the first transaction is broadcast, it bumps
	// the fee from its own copy of the record.
	var saved *record.Escape
	for saved == nil {
		select {
		case s := <-done:
			t.Fatalf("Send returned before the replacement: %v", s.err)
		case <-time.After(20 * time.Millisecond):
		}
		if r, err := f.store.Load(e.ID); err == nil && len(r.Txs) == 1 && r.Txs[0].State == record.TxBroadcast {
			saved = r
		}
	}
	old := saved.Txs[0].Hash
	bumped := make(chan error, 1)
	other := f.pipeline(f.node.Client)
	other.UI = &ui.UI{Out: &bytes.Buffer{}, Err: &bytes.Buffer{}} // its own terminal
	go func() { _, err := other.Replace(ctx, saved, 20); bumped <- err }()
	for { // the replacement is saved before it is broadcast: mine after both
		if r, err := f.store.Load(e.ID); err == nil && len(r.Txs) == 2 && r.Txs[1].State == record.TxBroadcast {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := f.node.Mine(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if err := <-bumped; err != nil {
		t.Fatal(err)
	}
	s := <-done
	if s.err != nil {
		t.Fatalf("the waiting command failed: %v\n%s", s.err, f.out)
	}
	if s.res.Receipt == nil || s.res.Tx.Hash == old || s.res.Receipt.TxHash != s.res.Tx.Hash {
		t.Fatalf("the waiting command returned %+v, want the replacement's receipt", s.res.Tx)
	}
	if len(e.Txs) != 2 || e.Txs[0].State != record.TxReplaced || e.Txs[1].State != record.TxMined {
		t.Fatalf("the waiting command's record: %+v", e.Txs)
	}
	if !strings.Contains(f.out.String(), "was replaced by") {
		t.Errorf("the waiting command did not say it follows the replacement:\n%s", f.out)
	}
}

// A later attempt of a step (an OP deposit sent again after a crowd spent
// its block's budget) goes out without asking only if its max cost fits in
// what is left of the bound the user agreed to: over it, nothing is signed
// (retry-over-bound); within it, the attempt is sent with the priority fee
// it was given, and still without asking.
func TestLaterAttemptWithinAgreedBound(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	e := f.newEscape()
	p := f.pipeline(f.node.Client)
	p.Yes = false // a later attempt never asks: the user agreed to the bound
	req := f.request(e)
	req.Attempts, req.Tip = 4, big.NewInt(8e9)
	dry := f.pipeline(f.node.Client)
	dry.DryRun = true
	priced, err := dry.Send(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	req.Budget = new(big.Int).Sub(priced.MaxCost, big.NewInt(1))
	_, err = p.Send(ctx, req)
	if escape.CodeOf(err) != "retry-over-bound" {
		t.Fatalf("want retry-over-bound, got %v", err)
	}
	if len(e.Txs) != 0 || f.nonce() != 0 {
		t.Fatalf("something was signed or sent over the bound: %d txs, nonce %d", len(e.Txs), f.nonce())
	}

	req.Budget = new(big.Int).Set(priced.MaxCost)
	res, err := p.Send(ctx, req)
	if err != nil {
		t.Fatalf("an attempt within the bound: %v", err)
	}
	if res.Tx.Tip != "8000000000" || f.nonce() != 1 {
		t.Fatalf("sent with priority fee %s (want the 8 gwei given), nonce %d", res.Tx.Tip, f.nonce())
	}
}
