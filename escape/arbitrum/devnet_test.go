package arbitrum

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/keys"
	"github.com/l2escape/escape/escape/network"
	"github.com/l2escape/escape/escape/pipeline"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/escape/ui"
	"github.com/l2escape/escape/internal/devnet"
	"github.com/l2escape/escape/internal/rpcproxy"
)

const userKey = 0 // dev account 0: the person escaping

func ether(f float64) *big.Int {
	v, _ := new(big.Float).Mul(big.NewFloat(f), big.NewFloat(1e18)).Int(nil)
	return v
}

// testEnv builds what the CLI would: clients on the devnet's anvils, a
// pipeline that does not ask, a temporary record, the dev key.
func testEnv(t *testing.T, d *devnet.ArbDevnet, n *network.Network, l1URL string) (*flow.Env, *bytes.Buffer) {
	t.Helper()
	ctx := context.Background()
	if l1URL == "" {
		l1URL = d.L1.URL
	}
	l1, err := chain.Dial(ctx, "L1", []string{l1URL}, n.L1ChainID, chain.Options{Retries: -1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(l1.Close)
	var l2 *chain.Client
	if d.L2 != nil {
		if l2, err = chain.Dial(ctx, "L2", []string{d.L2.URL}, n.L2ChainID, chain.Options{Retries: -1}); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(l2.Close)
	}
	store, err := record.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	out := &bytes.Buffer{}
	u := &ui.UI{Out: out, Err: out}
	env := &flow.Env{Network: n, L1: l1, L2: l2, Store: store, UI: u, Yes: true, Now: time.Now}
	env.Pipeline = &pipeline.Pipeline{Net: n, L1: l1, Keys: keys.Source{Env: devnet.DevKeyHex(userKey)}, Store: store, UI: u, Yes: true,
		Poll: 20 * time.Millisecond, Verify: func(ctx context.Context) error { return VerifyNetwork(ctx, env) }}
	return env, out
}

func newArbNet(t *testing.T, opts devnet.ArbOptions) (*devnet.ArbDevnet, *network.Network) {
	t.Helper()
	d := devnet.NewArbDevnetT(t, opts)
	n := d.NetworkFile("arb-devnet")
	if err := n.Validate(); err != nil {
		t.Fatal(err)
	}
	// Someone's deposit gives the Bridge the ETH withdrawals pay out.
	if _, err := d.DepositEth(context.Background(), devnet.DevKey(1), ether(5)); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Sequence(context.Background()); err != nil {
		t.Fatal(err)
	}
	return d, n
}

// otherWithdrawals has dev account 2 withdraw n times through the working
// sequencer, so our send is not alone in the send tree.
func otherWithdrawals(t *testing.T, d *devnet.ArbDevnet, n int) {
	t.Helper()
	ctx := context.Background()
	key := devnet.DevKey(2)
	for i := 0; i < n; i++ {
		raw, _, err := d.SignL2Tx(ctx, key, ArbSysAddress, big.NewInt(int64(1000+i)), pack(arbSysABI(), "withdrawEth", devnet.DevAddress(2)), devnet.L2TxOpts{})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := d.SendL2Message(ctx, key, raw); err != nil {
			t.Fatal(err)
		}
		if _, err := d.Sequence(ctx); err != nil {
			t.Fatal(err)
		}
	}
}

func code(err error) string { return escape.CodeOf(err) }

func l1Head(t *testing.T, d *devnet.ArbDevnet) uint64 {
	n, err := d.L1.Client.BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// The forced ETH withdrawal end to end, with and without the delay buffer.
func TestForcedWithdrawalEndToEnd(t *testing.T) {
	for name, c := range map[string]struct {
		opts devnet.ArbOptions
		// eventsProof removes the NodeInterface from the L2, so the proof
		// is built from the L2's events.
		eventsProof bool
	}{
		"no-delay-buffer":            {opts: devnet.ArbOptions{DelayBlocks: 30}},
		"delay-buffer":               {opts: devnet.ArbOptions{DelayBlocks: 30, DelayBuffer: true, BufferMax: 60, BufferThreshold: 10}},
		"legacy-rollup":              {opts: devnet.ArbOptions{DelayBlocks: 30, LegacyRollup: true}},
		"delay-buffer-events-proof":  {opts: devnet.ArbOptions{DelayBlocks: 30, DelayBuffer: true}, eventsProof: true},
		"legacy-rollup-events-proof": {opts: devnet.ArbOptions{DelayBlocks: 30, LegacyRollup: true}, eventsProof: true},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			testForcedWithdrawal(t, c.opts, c.eventsProof)
		})
	}
}

func testForcedWithdrawal(t *testing.T, opts devnet.ArbOptions, eventsProof bool) {
	ctx := context.Background()
	d, n := newArbNet(t, opts)
	otherWithdrawals(t, d, 5)
	if eventsProof {
		if err := d.L2.SetCode(ctx, NodeInterfaceAddress, nil); err != nil {
			t.Fatal(err)
		}
	}
	l1URL := ""
	var l1Proxy, l2Proxy *rpcproxy.Proxy
	if eventsProof {
		// Providers that refuse wide eth_getLogs ranges: every scan must
		// go in small ranges (assertions on L1, send tree nodes on L2).
		l1Proxy = rpcproxy.StartT(t, d.L1.URL, rpcproxy.Options{MaxLogRange: 5})
		l2Proxy = rpcproxy.StartT(t, d.L2.URL, rpcproxy.Options{MaxLogRange: 3})
		l1URL = l1Proxy.URL
	}
	env, out := testEnv(t, d, n, l1URL)
	if eventsProof {
		l2, err := chain.Dial(ctx, "L2", []string{l2Proxy.URL}, n.L2ChainID, chain.Options{Retries: -1})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(l2.Close)
		env.L2 = l2
	}
	s := New().(*Stack)

	recipient := common.HexToAddress("0x00000000000000000000000000000000000e5c4e")
	amount := ether(0.5)
	e, err := s.Withdraw(ctx, env, flow.WithdrawRequest{Amount: amount, To: &recipient})
	if err != nil {
		t.Fatalf("withdraw: %v\n%s", err, out)
	}
	for _, want := range []string{"L2 balance needed", "force", "Confirmation"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
	a := e.Arb
	if a.Message == nil {
		t.Fatal("no delayed message recorded")
	}
	user := devnet.DevAddress(userKey)
	if a.Message.Sender != ApplyL1ToL2Alias(user) || a.Message.Kind != KindL2Message {
		t.Fatalf("message sender %s kind %d", a.Message.Sender.Hex(), a.Message.Kind)
	}
	// The recorded message hashes to what the real Bridge accumulated.
	m := messageOf(a.Message)
	accs, err := devnet.Call(ctx, d.L1.Client, d.Art.Bridge, d.Bridge, "delayedInboxAccs", new(big.Int).SetUint64(m.Index))
	if err != nil {
		t.Fatal(err)
	}
	if common.Hash(accs[0].([32]byte)) != m.Accumulate() {
		t.Fatalf("accumulator %x, computed %s", accs[0], m.Accumulate().Hex())
	}
	if m.MessageDataHash != crypto.Keccak256Hash(append([]byte{4}, common.FromHex(a.L2SignedTx)...)) {
		t.Fatal("messageDataHash is not keccak(0x04 || signed tx)")
	}
	// Reload from disk: the record is what later runs see.
	if e, err = env.Store.Load(e.ID); err != nil {
		t.Fatal(err)
	}

	// Too early: refused, naming the block.
	deadline, err := devnet.Call(ctx, d.L1.Client, d.Art.SequencerInbox, d.SequencerInbox, "forceInclusionDeadline", m.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	from := deadline[0].(uint64) + 1
	if from != m.BlockNumber+opts.DelayBlocks+1 {
		t.Fatalf("deadline+1 = %d, message block %d + delay %d + 1", from, m.BlockNumber, opts.DelayBlocks)
	}
	_, err = s.Next(ctx, env, e)
	if code(err) != "too-early" || !strings.Contains(escape.HintOf(err)+err.Error(), u64s(from)) {
		t.Fatalf("early next: %v (hint %q), want too-early naming block %d", err, escape.HintOf(err), from)
	}
	st, err := s.Status(ctx, env, e)
	if err != nil || st.Stage != escape.StageWaitingL2 || st.Waits[0].Block != from {
		t.Fatalf("status %+v, %v", st, err)
	}
	// One block before: still refused.
	if err := d.MineL1(ctx, from-1-l1Head(t, d)); err != nil {
		t.Fatal(err)
	}
	if _, err = s.Next(ctx, env, e); code(err) != "too-early" {
		t.Fatalf("next at block %d: %v", from-1, err)
	}
	if err := d.MineL1(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if st, err = s.Next(ctx, env, e); err != nil {
		t.Fatalf("force include: %v\n%s", err, out)
	}
	if st.Stage != escape.StageIncluded || e.Arb.IncludedBy != "us" || e.MinedTx("force-include") == nil {
		t.Fatalf("after force inclusion: %s, by %q", st.Stage, e.Arb.IncludedBy)
	}
	if fi := e.MinedTx("force-include"); fi.Block != from+1 {
		t.Fatalf("force-include mined in %d, want %d", fi.Block, from+1)
	}

	// The L2 derives it from L1 and runs it.
	if _, err := d.ExecuteForceIncluded(ctx); err != nil {
		t.Fatal(err)
	}
	st, err = s.Status(ctx, env, e)
	if err != nil || st.Stage != escape.StageWaitingState || e.Arb.Withdrawal == nil {
		t.Fatalf("after L2 execution: %+v %v", st, err)
	}
	// Without an L2 RPC the status says which L2 data it needs.
	l2 := env.L2
	env.L2 = nil
	if st, err = s.Status(ctx, env, e); err != nil || st.NeedsL2 == "" || st.Stage != escape.StageWaitingState {
		t.Fatalf("status without L2 after execution: %+v %v", st, err)
	}
	env.L2 = l2
	// Others withdraw after us: the asserted tree is larger than our leaf.
	otherWithdrawals(t, d, 6)
	if _, err := d.Assert(ctx); err != nil {
		t.Fatal(err)
	}
	st, err = s.Status(ctx, env, e)
	if err != nil || st.Stage != escape.StageWaitingFinalize || len(st.Waits) == 0 {
		t.Fatalf("after assertion: %+v %v", st, err)
	}
	if _, err := d.Confirm(ctx); err != nil {
		t.Fatal(err)
	}
	before, err := d.L1.Client.BalanceAt(ctx, recipient, nil)
	if err != nil {
		t.Fatal(err)
	}
	st, err = s.Next(ctx, env, e)
	if err != nil {
		t.Fatalf("execute: %v\n%s", err, out)
	}
	if st.Stage != escape.StageFinalized {
		t.Fatalf("after execute: %s: %s", st.Stage, st.Happened)
	}
	wantHow := "NodeInterface"
	if eventsProof {
		wantHow = "built from the L2's L2ToL1Tx and SendMerkleUpdate events"
	}
	if !strings.Contains(out.String(), wantHow) {
		t.Errorf("the summary does not say the proof came from %s", wantHow)
	}
	if eventsProof {
		l1s, l2s := l1Proxy.Stats(), l2Proxy.Stats()
		if l2s.GetLogs < 2 || l2s.GetLogsRefused == 0 {
			t.Errorf("L2 logs: %d calls, %d refused: the proof's lookups did not go through the narrowed ranges", l2s.GetLogs, l2s.GetLogsRefused)
		}
		t.Logf("eth_getLogs: L1 %d (%d refused), L2 %d (%d refused)", l1s.GetLogs, l1s.GetLogsRefused, l2s.GetLogs, l2s.GetLogsRefused)
	}
	if e.Arb.Withdrawal.Position != 5 {
		t.Errorf("our send is at position %d, want 5", e.Arb.Withdrawal.Position)
	}
	after, _ := d.L1.Client.BalanceAt(ctx, recipient, nil)
	if got := new(big.Int).Sub(after, before); got.Cmp(amount) != 0 {
		t.Fatalf("recipient got %s wei, want %s", got, amount)
	}
	// Nothing left to do.
	if st, err = s.Next(ctx, env, e); err != nil || st.Stage != escape.StageFinalized {
		t.Fatalf("next after finalized: %v %v", st, err)
	}
	t.Logf("%s", st.Happened)
}

// Force inclusion by someone else is recognised as inclusion; a dropped
// L2 transaction (a nonce the account had already used) is reported with
// the fix. (A nonce ahead of the account's is pending, not dropped: see
// TestTwoInFlightSecondForcedFirst.)
func TestIncludedByOthersAndDropped(t *testing.T) {
	ctx := context.Background()
	d, n := newArbNet(t, devnet.ArbOptions{DelayBlocks: 20})
	env, out := testEnv(t, d, n, "")
	s := New().(*Stack)
	// The account uses nonce 0 through the working sequencer.
	raw, _, err := d.SignL2Tx(ctx, devnet.DevKey(userKey), devnet.DevAddress(3), big.NewInt(1), nil, devnet.L2TxOpts{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.SendL2Message(ctx, devnet.DevKey(userKey), raw); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Sequence(ctx); err != nil {
		t.Fatal(err)
	}
	wrong := uint64(0)
	env.L2Nonce = &wrong
	e, err := s.Withdraw(ctx, env, flow.WithdrawRequest{Amount: ether(0.1)})
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if err := d.MineL1(ctx, 25); err != nil {
		t.Fatal(err)
	}
	if _, err := d.ForceInclude(ctx, nil); err != nil { // a third party
		t.Fatal(err)
	}
	st, err := s.Next(ctx, env, e)
	if err != nil && code(err) != "too-early" { // included by others: nothing for us to do yet
		t.Fatalf("next: %v", err)
	}
	if e.Arb.IncludedBy != "others" || len(e.TxsFor("force-include")) != 0 {
		t.Fatalf("included by %q, %d force-include txs", e.Arb.IncludedBy, len(e.TxsFor("force-include")))
	}
	if _, err := d.ExecuteForceIncluded(ctx); err != nil {
		t.Fatal(err)
	}
	st, err = s.Status(ctx, env, e)
	if err != nil {
		t.Fatal(err)
	}
	if st.Stage != escape.StageL2Failed || e.Arb.L2Outcome != "dropped" || !strings.Contains(e.Arb.L2Reason, "nonce") || !strings.Contains(st.Do, "nonce") {
		t.Fatalf("status %s / %q / %q / %q", st.Stage, e.Arb.L2Outcome, e.Arb.L2Reason, st.Do)
	}
	t.Logf("%s\n%s", st.Happened, st.Do)
}

// A fee cap under the L2 base fee gets the transaction dropped, reported
// as such.
func TestDroppedForFee(t *testing.T) {
	ctx := context.Background()
	d, n := newArbNet(t, devnet.ArbOptions{DelayBlocks: 20})
	// A tiny floor makes the tool pick a fee cap under anvil's base fee.
	n.Params[ParamL2MinBaseFee] = network.Param{Value: 1, Unit: "wei"}
	env, out := testEnv(t, d, n, "")
	l2 := env.L2
	env.L2 = nil // no L2 at signing: the fee comes from the floor alone
	zero := uint64(0)
	env.L2Nonce = &zero
	s := New().(*Stack)
	e, err := s.Send(ctx, env, flow.SendRequest{To: common.HexToAddress("0x1234"), Value: big.NewInt(1), Gas: 50_000})
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if _, err := d.Sequence(ctx); err != nil {
		t.Fatal(err)
	}
	env.L2 = l2
	st, err := s.Status(ctx, env, e)
	if err != nil {
		t.Fatal(err)
	}
	if st.Stage != escape.StageL2Failed || !strings.Contains(e.Arb.L2Reason, "fee") {
		t.Fatalf("%s / %q", st.Stage, e.Arb.L2Reason)
	}
}

// Verify names the mismatch when one bundled address is swapped.
func TestVerifySwappedAddress(t *testing.T) {
	ctx := context.Background()
	d := devnet.NewArbDevnetT(t, devnet.ArbOptions{})
	n := d.NetworkFile("arb-devnet")
	env, _ := testEnv(t, d, n, "")
	r, err := New().Verify(ctx, env)
	if err != nil || !r.OK() {
		t.Fatalf("%+v %v", r, err)
	}
	if r.Facts["rollup"] == "" || r.Resolved["Outbox"] != d.Outbox.Hex() {
		t.Fatalf("facts %v resolved %v", r.Facts, r.Resolved)
	}
	// A bundled rollup that upgrades replaced is reported, not refused.
	n1 := d.NetworkFile("arb-devnet")
	n1.Contracts[network.Rollup] = network.Contract{Address: common.HexToAddress("0x5eF0D09d1E6204141B4d37530808eD19f60FBa35")}
	env1, _ := testEnv(t, d, n1, "")
	r1, err := New().Verify(ctx, env1)
	if err != nil || !r1.OK() || r1.Resolved["Rollup"] != d.Rollup.Hex() {
		t.Fatalf("stale bundled rollup: %+v %v", r1, err)
	}
	if !strings.Contains(fmt.Sprint(r1.Checks), "informative") {
		t.Fatalf("the stale rollup is not explained: %+v", r1.Checks)
	}
	// The SequencerInbox swapped for the Outbox.
	n2 := d.NetworkFile("arb-devnet")
	n2.Contracts[network.SequencerInbox] = network.Contract{Address: d.Outbox}
	env2, _ := testEnv(t, d, n2, "")
	err = VerifyNetwork(ctx, env2)
	if code(err) != "verify-failed" || !strings.Contains(err.Error(), "Inbox.sequencerInbox()") {
		t.Fatalf("swapped SequencerInbox: %v", err)
	}
	// A wrong Outbox.
	n3 := d.NetworkFile("arb-devnet")
	n3.Contracts[network.Outbox] = network.Contract{Address: d.Inbox}
	env3, _ := testEnv(t, d, n3, "")
	err = VerifyNetwork(ctx, env3)
	if code(err) != "verify-failed" || !strings.Contains(err.Error(), "Rollup.outbox()") {
		t.Fatalf("swapped Outbox: %v", err)
	}
	// And nothing is signed: withdraw refuses before the key is used.
	if _, err := New().Withdraw(ctx, env3, flow.WithdrawRequest{Amount: big.NewInt(1)}); code(err) != "verify-failed" {
		t.Fatalf("withdraw on a wrong network: %v", err)
	}
}

// When the sequencer has drained the delay buffer, force inclusion comes
// earlier than delayBlocks: the tool follows the contract's deadline.
func TestDrainedDelayBuffer(t *testing.T) {
	ctx := context.Background()
	const delay = 30
	d, n := newArbNet(t, devnet.ArbOptions{DelayBlocks: delay, DelayBuffer: true, BufferMax: 60, BufferThreshold: 5})
	// The sequencer keeps a deposit waiting 55 blocks before including it:
	// 50 blocks past the threshold come off the buffer.
	if _, err := d.DepositEth(ctx, devnet.DevKey(3), ether(1)); err != nil {
		t.Fatal(err)
	}
	if err := d.MineL1(ctx, 55); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Sequence(ctx); err != nil {
		t.Fatal(err)
	}
	// The consumption shows in the pending buffer (stored at the next update).
	head := l1Head(t, d)
	dl, err := devnet.Call(ctx, d.L1.Client, d.Art.SequencerInbox, d.SequencerInbox, "forceInclusionDeadline", head)
	if err != nil {
		t.Fatal(err)
	}
	if left := dl[0].(uint64) - head; left >= delay {
		t.Fatalf("buffer not drained: delay %d blocks", left)
	}
	env, out := testEnv(t, d, n, "")
	s := New().(*Stack)
	e, err := s.Withdraw(ctx, env, flow.WithdrawRequest{Amount: ether(0.2)})
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if !strings.Contains(out.String(), "drained delay buffer") {
		t.Errorf("the summary does not mention the drained buffer:\n%s", out)
	}
	st, err := s.Status(ctx, env, e)
	if err != nil {
		t.Fatal(err)
	}
	msgBlock := e.Arb.Message.Block
	from := st.Waits[0].Block
	if from >= msgBlock+delay+1 {
		t.Fatalf("force-includable from %d, not earlier than delayBlocks allows (%d)", from, msgBlock+delay+1)
	}
	if !strings.Contains(st.Facts["forceInclusionRule"], "drained") {
		t.Errorf("rule: %q", st.Facts["forceInclusionRule"])
	}
	if err := d.MineL1(ctx, from-1-l1Head(t, d)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Next(ctx, env, e); code(err) != "too-early" {
		t.Fatalf("next one block early: %v", err)
	}
	if err := d.MineL1(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if st, err = s.Next(ctx, env, e); err != nil || e.Arb.IncludedBy != "us" {
		t.Fatalf("force include at %d (message block %d, delayBlocks %d): %v", from, msgBlock, delay, err)
	}
	t.Logf("message block %d: force-included from block %d instead of %d (%s)", msgBlock, from, msgBlock+delay+1, st.Stage)
}

// A declined withdrawal leaves nothing behind: no record, no L1
// transaction (since the record-truth change, the escape and its signed L2
// transaction enter the record together with the L1 transaction that
// carries them). A sent one, without an L2 RPC, says which L2 data it needs.
func TestDeclinedLeavesNothingAndNeedsL2(t *testing.T) {
	ctx := context.Background()
	d, n := newArbNet(t, devnet.ArbOptions{DelayBlocks: 20})
	env, out := testEnv(t, d, n, "")
	env.Pipeline.Yes = false
	env.UI.Interactive = true
	env.UI.ConfirmFunc = func(string) (bool, error) { return false, nil }
	s := New().(*Stack)
	user := devnet.DevAddress(userKey)
	nonceBefore, err := d.L1.Client.NonceAt(ctx, user, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Withdraw(ctx, env, flow.WithdrawRequest{Amount: ether(0.1)}); code(err) != "cancelled" {
		t.Fatalf("declined withdraw: %v", err)
	}
	all, err := env.Store.List()
	if err != nil || len(all) != 0 {
		t.Fatalf("%d records after declining, %v", len(all), err)
	}
	if nonceAfter, _ := d.L1.Client.NonceAt(ctx, user, nil); nonceAfter != nonceBefore {
		t.Fatalf("L1 nonce %d -> %d: something was sent", nonceBefore, nonceAfter)
	}
	env.Pipeline.Yes = true
	e, err := s.Withdraw(ctx, env, flow.WithdrawRequest{Amount: ether(0.1)})
	if err != nil {
		t.Fatalf("withdraw: %v\n%s", err, out)
	}
	if e.Arb.Message == nil || e.Arb.Message.MessageDataHash != crypto.Keccak256Hash(append([]byte{4}, common.FromHex(e.Arb.L2SignedTx)...)) {
		t.Fatal("the L1 transaction did not carry the recorded L2 transaction")
	}
	if _, err := d.Sequence(ctx); err != nil {
		t.Fatal(err)
	}
	env.L2 = nil
	st, err := s.Status(ctx, env, e)
	if err != nil || st.Stage != escape.StageIncluded || !strings.Contains(st.NeedsL2, e.Arb.L2TxHash.Hex()) {
		t.Fatalf("status without L2: %+v %v", st, err)
	}
	if e.Arb.IncludedBy != "others" {
		t.Fatalf("included by %q", e.Arb.IncludedBy)
	}
}

// A sender whose L2 balance no longer covers value + gas × fee cap when the
// transaction runs: dropped, reported with the fix.
func TestDroppedForBalance(t *testing.T) {
	ctx := context.Background()
	d, n := newArbNet(t, devnet.ArbOptions{DelayBlocks: 20})
	env, out := testEnv(t, d, n, "")
	s := New().(*Stack)
	e, err := s.Withdraw(ctx, env, flow.WithdrawRequest{Amount: ether(1)})
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	// The funds leave the L2 account before the message runs.
	if err := d.L2.SetBalance(ctx, devnet.DevAddress(userKey), ether(0.5)); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Sequence(ctx); err != nil {
		t.Fatal(err)
	}
	st, err := s.Status(ctx, env, e)
	if err != nil {
		t.Fatal(err)
	}
	if st.Stage != escape.StageL2Failed || !strings.Contains(e.Arb.L2Reason, "balance") || !strings.Contains(st.Do, "smaller amount") {
		t.Fatalf("%s / %q / %q", st.Stage, e.Arb.L2Reason, st.Do)
	}
}

// An L2 call that reverts is reported as reverted (it ran; gas was charged).
func TestRevertedOnL2(t *testing.T) {
	ctx := context.Background()
	d, n := newArbNet(t, devnet.ArbOptions{DelayBlocks: 20})
	env, out := testEnv(t, d, n, "")
	s := New().(*Stack)
	e, err := s.Send(ctx, env, flow.SendRequest{To: ArbSysAddress, Data: common.FromHex("0xdeadbeef"), Gas: 100_000})
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if _, err := d.Sequence(ctx); err != nil {
		t.Fatal(err)
	}
	st, err := s.Status(ctx, env, e)
	if err != nil {
		t.Fatal(err)
	}
	if st.Stage != escape.StageL2Failed || e.Arb.L2Outcome != "reverted" || e.Arb.L2Block == 0 {
		t.Fatalf("%s / %q: %s", st.Stage, e.Arb.L2Outcome, st.Happened)
	}
}
