package opstack

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/keys"
	"github.com/l2escape/escape/escape/network"
	"github.com/l2escape/escape/escape/pipeline"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/escape/ui"
	"github.com/l2escape/escape/internal/devnet"
)

// userKey is the person escaping: dev account 5 holds ETH on both chains
// and the devnet's L2 test token.
const userKey = 5

func ether(f float64) *big.Int {
	v, _ := new(big.Float).Mul(big.NewFloat(f), big.NewFloat(1e18)).Int(nil)
	return v
}

func newOPNet(t *testing.T, opts devnet.OPOptions) (*devnet.OPDevnet, *network.Network) {
	t.Helper()
	d := devnet.StartOPDevnetT(t, opts)
	n := d.NetworkFile("op-devnet")
	if err := n.Validate(); err != nil {
		t.Fatal(err)
	}
	return d, n
}

// testEnv builds what the CLI would: clients on the devnet's anvils, a
// pipeline that does not ask, a temporary record, a dev key.
func testEnv(t *testing.T, d *devnet.OPDevnet, n *network.Network, key int) (*flow.Env, *bytes.Buffer) {
	return testEnvVia(t, d, n, key, d.L1.URL)
}

// testEnvVia is testEnv with the L1 reached through l1URL (a proxy).
func testEnvVia(t *testing.T, d *devnet.OPDevnet, n *network.Network, key int, l1URL string) (*flow.Env, *bytes.Buffer) {
	t.Helper()
	ctx := context.Background()
	l1, err := chain.Dial(ctx, "L1", []string{l1URL}, n.L1ChainID, chain.Options{Retries: -1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(l1.Close)
	l2, err := chain.Dial(ctx, "L2", []string{d.L2.URL}, n.L2ChainID, chain.Options{Retries: -1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(l2.Close)
	store, err := record.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	out := &bytes.Buffer{}
	u := &ui.UI{Out: out, Err: out}
	env := &flow.Env{Network: n, L1: l1, L2: l2, Store: store, UI: u, Yes: true, Now: time.Now}
	env.Pipeline = &pipeline.Pipeline{Net: n, L1: l1, Keys: keys.Source{Env: devnet.DevKeyHex(key)}, Store: store, UI: u, Yes: true,
		Poll: 20 * time.Millisecond, Verify: func(ctx context.Context) error { return VerifyNetwork(ctx, env) }}
	return env, out
}

func mustStage(t *testing.T, st *escape.Status, err error, want escape.Stage) *escape.Status {
	t.Helper()
	if err != nil {
		t.Fatalf("want stage %s, got error: %v", want, err)
	}
	if st.Stage != want {
		t.Fatalf("stage %s, want %s (happened: %q; next: %q; facts %v)", st.Stage, want, st.Happened, st.Next, st.Facts)
	}
	checkMachineKeys(t, st)
	return st
}

// machineKey is the form of a status fact's key: camelCase, as --json
// prints it (docs/json.md); people read labels made from it.
var machineKey = regexp.MustCompile(`^[a-z][A-Za-z0-9]*$`)

func checkMachineKeys(t *testing.T, st *escape.Status) {
	t.Helper()
	for k := range st.Facts {
		if !machineKey.MatchString(k) {
			t.Errorf("status fact key %q is not a camelCase machine key", k)
		}
	}
}

// mustTooEarly checks that next did nothing because no step is due: the
// status comes back with a too-early error (exit code 3 in the CLI).
func mustTooEarly(t *testing.T, st *escape.Status, err error, want escape.Stage) *escape.Status {
	t.Helper()
	if escape.CodeOf(err) != "too-early" || st == nil {
		t.Fatalf("want too-early with the status, got %v (status %+v)", err, st)
	}
	return mustStage(t, st, nil, want)
}

func l1Balance(t *testing.T, d *devnet.OPDevnet, a common.Address) *big.Int {
	t.Helper()
	b, err := d.L1.Client.BalanceAt(context.Background(), a, nil)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func l1Nonce(t *testing.T, d *devnet.OPDevnet, a common.Address) uint64 {
	t.Helper()
	n, err := d.L1.Client.NonceAt(context.Background(), a, nil)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func l2Head(t *testing.T, d *devnet.OPDevnet) uint64 {
	t.Helper()
	n, err := d.L2.Client.BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func check(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// waits is the longest wait a proven withdrawal can face on the devnet.
func waits(d *devnet.OPDevnet) uint64 {
	return max(d.Opts.ProofMaturityDelay, d.Opts.DisputeGameFinalityDelay, d.Opts.FinalizationPeriod) + 1
}

// startETH withdraws 0.5 ETH to recipient and has the sequencer include it.
func startETH(t *testing.T, d *devnet.OPDevnet, env *flow.Env, recipient common.Address) *record.Escape {
	t.Helper()
	ctx := context.Background()
	e, err := (&Stack{}).Withdraw(ctx, env, flow.WithdrawRequest{Amount: ether(0.5), AmountText: "0.5", To: &recipient})
	check(t, err)
	included, err := d.RelayDeposits(ctx)
	check(t, err)
	found := false
	for _, h := range included {
		found = found || h == e.OP.L2DepositHash
	}
	if !found {
		t.Fatalf("the L2 deposit hash we recorded (%s) is not among those the sequencer included: %v", e.OP.L2DepositHash, included)
	}
	return e
}

// The ETH forced withdrawal on OptimismPortal2 3.10.0: deposit, inclusion,
// a game, prove, resolution and waits, finalize; the recipient is paid.
func TestETHWithdrawalPortal3(t *testing.T) {
	ctx := context.Background()
	d, n := newOPNet(t, devnet.OPOptions{})
	env, out := testEnv(t, d, n, userKey)
	s := &Stack{}
	recipient := devnet.DevAddress(7)
	before := l1Balance(t, d, recipient)
	user := devnet.DevAddress(userKey)

	e, err := s.Withdraw(ctx, env, flow.WithdrawRequest{Amount: ether(0.5), AmountText: "0.5", To: &recipient})
	check(t, err)
	if !strings.Contains(out.String(), "sequencing window") || !strings.Contains(out.String(), "L2 gas limit") {
		t.Errorf("the summary does not show the L2 gas limit and the sequencing window:\n%s", out)
	}
	if e.OP.L2DepositHash == (common.Hash{}) {
		t.Fatal("no L2 deposit hash recorded")
	}
	st, err := s.Status(ctx, env, e)
	mustStage(t, st, err, escape.StageWaitingL2)
	if !strings.Contains(st.Facts["l1Finality"], fmt.Sprint(e.OP.DepositL1Block)) {
		t.Errorf("waiting for L2: no L1 finality fact: %v", st.Facts)
	}
	if len(st.Waits) == 0 || st.Waits[0].Block != e.OP.DepositL1Block+d.Opts.SequencingWindow {
		t.Errorf("waiting for L2: want the sequencing-window deadline, got %+v", st.Waits)
	}
	// Without an L2 RPC the status names the L2 data it needs.
	noL2 := *env
	noL2.L2 = nil
	st, err = s.Status(ctx, &noL2, e)
	mustStage(t, st, err, escape.StageWaitingL2)
	if !strings.Contains(st.NeedsL2, e.OP.L2DepositHash.Hex()) || !strings.Contains(st.NeedsL2, "replica") {
		t.Errorf("NeedsL2 = %q", st.NeedsL2)
	}

	included, err := d.RelayDeposits(ctx)
	check(t, err)
	if len(included) != 1 || included[0] != e.OP.L2DepositHash {
		t.Fatalf("sequencer included %v, we recorded %s", included, e.OP.L2DepositHash)
	}
	st, err = s.Status(ctx, env, e)
	mustStage(t, st, err, escape.StageWaitingState)
	if e.OP.WithdrawalHash == (common.Hash{}) {
		t.Fatal("no withdrawal hash recorded after inclusion")
	}
	game, _, err := d.ProposeGame(ctx, l2Head(t, d))
	check(t, err)
	st, err = s.Status(ctx, env, e)
	mustStage(t, st, err, escape.StageReadyToProve)
	// The L1 part needs no L2; proving does, and the status says which data.
	st, err = s.Status(ctx, &noL2, e)
	mustStage(t, st, err, escape.StageReadyToProve)
	if !strings.Contains(st.NeedsL2, "eth_getProof") || !strings.Contains(st.NeedsL2, "replica") {
		t.Errorf("ready to prove without an L2 RPC: NeedsL2 = %q", st.NeedsL2)
	}

	st, err = s.Next(ctx, env, e)
	mustStage(t, st, err, escape.StageWaitingFinalize)
	if e.OP.ProofGame != game {
		t.Fatalf("proved against %s, want %s", e.OP.ProofGame, game)
	}
	nonce := l1Nonce(t, d, user)
	st, err = s.Next(ctx, env, e)
	st = mustTooEarly(t, st, err, escape.StageWaitingFinalize)
	if len(st.Waits) < 2 {
		t.Errorf("want the proof maturity and game resolution waits, got %+v", st.Waits)
	}
	if l1Nonce(t, d, user) != nonce {
		t.Fatal("next sent a transaction while the withdrawal was still waiting")
	}

	check(t, d.ResolveGame(ctx, game, true))
	check(t, d.Warp(ctx, waits(d)))
	st, err = s.Status(ctx, env, e)
	mustStage(t, st, err, escape.StageReadyToFinalize)
	st, err = s.Next(ctx, env, e)
	mustStage(t, st, err, escape.StageFinalized)
	if got := new(big.Int).Sub(l1Balance(t, d, recipient), before); got.Cmp(ether(0.5)) != 0 {
		t.Fatalf("recipient's L1 balance rose by %s, want 0.5 ETH", got)
	}
	st, err = s.Status(ctx, env, e)
	mustStage(t, st, err, escape.StageFinalized)
}

// Verify passes on the devnet and names a swapped bundled address; a
// signing command then sends nothing.
func TestVerifyDevnet(t *testing.T) {
	ctx := context.Background()
	for _, legacy := range []bool{false, true} {
		d, n := newOPNet(t, devnet.OPOptions{Legacy: legacy})
		env, _ := testEnv(t, d, n, userKey)
		r, err := (&Stack{}).Verify(ctx, env)
		check(t, err)
		if !r.OK() {
			t.Fatalf("legacy=%v: verify failed on the devnet: %+v", legacy, r.Failed())
		}
		if legacy != strings.Contains(r.Facts["portal generation"], "legacy") {
			t.Errorf("legacy=%v: generation %q", legacy, r.Facts["portal generation"])
		}
		if r.Facts["SystemConfig version"] == "" || r.Facts["portal version"] == "" {
			t.Errorf("legacy=%v: versions missing from %v", legacy, r.Facts)
		}
		if !legacy && (r.Facts["DisputeGameFactory version"] == "" || r.Facts["respected game type"] != "0") {
			t.Errorf("fault proofs: facts %v", r.Facts)
		}
		for _, name := range []string{network.SystemConfig, network.L1StandardBridge, network.L1CrossDomainMessenger} {
			swapped := *n
			swapped.Contracts = map[string]network.Contract{}
			for k, v := range n.Contracts {
				swapped.Contracts[k] = v
			}
			c := swapped.Contracts[name]
			c.Address = devnet.DevAddress(9)
			swapped.Contracts[name] = c
			env2, _ := testEnv(t, d, &swapped, userKey)
			err := VerifyNetwork(ctx, env2)
			if escape.CodeOf(err) != "verify-failed" || !strings.Contains(err.Error(), devnet.DevAddress(9).Hex()) {
				t.Fatalf("legacy=%v, %s swapped: VerifyNetwork = %v", legacy, name, err)
			}
			nonce := l1Nonce(t, d, devnet.DevAddress(userKey))
			if _, err := (&Stack{}).Withdraw(ctx, env2, flow.WithdrawRequest{Amount: ether(0.1), AmountText: "0.1"}); err == nil {
				t.Fatalf("%s swapped: withdraw went ahead", name)
			}
			if l1Nonce(t, d, devnet.DevAddress(userKey)) != nonce {
				t.Fatalf("%s swapped: a transaction was sent", name)
			}
		}
	}
}

// The same on the legacy OptimismPortal with an L2OutputOracle, including a
// deleted output, which voids the proof until an output is back.
func TestETHWithdrawalLegacy(t *testing.T) {
	ctx := context.Background()
	d, n := newOPNet(t, devnet.OPOptions{Legacy: true})
	env, _ := testEnv(t, d, n, userKey)
	s := &Stack{}
	recipient := devnet.DevAddress(7)
	before := l1Balance(t, d, recipient)
	e := startETH(t, d, env, recipient)

	st, err := s.Status(ctx, env, e)
	mustStage(t, st, err, escape.StageWaitingState)
	indices, err := d.ProposeOutputsThrough(ctx, l2Head(t, d))
	check(t, err)
	st, err = s.Next(ctx, env, e)
	mustStage(t, st, err, escape.StageWaitingFinalize)

	// The challenger deletes the output: the proof is void, prove again.
	check(t, d.DeleteOutputs(ctx, indices[len(indices)-1]))
	st, err = s.Status(ctx, env, e)
	mustStage(t, st, err, escape.StageWaitingState)
	if !hasOverlay(st, "invalidated") {
		t.Errorf("a proof against a deleted output is not flagged invalidated: %v", st.Overlays)
	}
	_, err = d.ProposeOutputsThrough(ctx, l2Head(t, d))
	check(t, err)
	st, err = s.Next(ctx, env, e)
	if escape.CodeOf(err) == "too-early" {
		err = nil // the first proof is good again: nothing to do yet
	}
	mustStage(t, st, err, escape.StageWaitingFinalize)
	// The harness re-proposes the same (valid) root at the same index, which
	// makes the first proof good again: the portal only voids a proof whose
	// index now holds a different root. Either way the status must be right.
	check(t, d.Warp(ctx, waits(d)))
	st, err = s.Next(ctx, env, e)
	mustStage(t, st, err, escape.StageFinalized)
	if got := new(big.Int).Sub(l1Balance(t, d, recipient), before); got.Cmp(ether(0.5)) != 0 {
		t.Fatalf("recipient's L1 balance rose by %s, want 0.5 ETH", got)
	}
}

func hasOverlay(st *escape.Status, o string) bool {
	for _, x := range st.Overlays {
		if x == o {
			return true
		}
	}
	return false
}

// An ERC-20 withdrawal through the standard bridges, on both portal
// generations.
func TestERC20Withdrawal(t *testing.T) {
	for _, legacy := range []bool{false, true} {
		name := "portal3"
		if legacy {
			name = "legacy"
		}
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			d, n := newOPNet(t, devnet.OPOptions{Legacy: legacy})
			env, _ := testEnv(t, d, n, userKey)
			s := &Stack{}
			recipient := devnet.DevAddress(8)
			l2Before, err := d.L2TokenBalance(ctx, devnet.DevAddress(userKey))
			check(t, err)
			token := d.L2Token
			e, err := s.Withdraw(ctx, env, flow.WithdrawRequest{AmountText: "12.5", Token: &token, To: &recipient})
			check(t, err)
			_, err = d.RelayDeposits(ctx)
			check(t, err)
			st, err := s.Status(ctx, env, e)
			mustStage(t, st, err, escape.StageWaitingState)
			l2After, err := d.L2TokenBalance(ctx, devnet.DevAddress(userKey))
			check(t, err)
			if got := new(big.Int).Sub(l2Before, l2After); got.Cmp(ether(12.5)) != 0 {
				t.Fatalf("L2 token balance fell by %s, want 12.5e18", got)
			}
			var game common.Address
			if legacy {
				_, err = d.ProposeOutputsThrough(ctx, l2Head(t, d))
			} else {
				game, _, err = d.ProposeGame(ctx, l2Head(t, d))
			}
			check(t, err)
			st, err = s.Next(ctx, env, e)
			mustStage(t, st, err, escape.StageWaitingFinalize)
			if !legacy {
				check(t, d.ResolveGame(ctx, game, true))
			}
			check(t, d.Warp(ctx, waits(d)))
			st, err = s.Next(ctx, env, e)
			mustStage(t, st, err, escape.StageFinalized)
			got, err := d.L1TokenBalance(ctx, recipient)
			check(t, err)
			if got.Cmp(ether(12.5)) != 0 {
				t.Fatalf("recipient holds %s L1 tokens, want 12.5e18", got)
			}
		})
	}
}

// A proof made void after proving (the game lost, blacklisted, or the
// respected game type changed): the status says so and `next` proves again
// against a newer valid game, then finalizes.
func TestReproveAfterInvalidation(t *testing.T) {
	for name, c := range map[string]struct {
		invalidate func(ctx context.Context, d *devnet.OPDevnet, game common.Address) error
		because    string
		newType    uint32
	}{
		"lost": {func(ctx context.Context, d *devnet.OPDevnet, g common.Address) error {
			return d.ResolveGame(ctx, g, false)
		}, "lost", 0},
		"blacklisted": {func(ctx context.Context, d *devnet.OPDevnet, g common.Address) error { return d.BlacklistGame(ctx, g) }, "blacklisted", 0},
		"type-changed": {func(ctx context.Context, d *devnet.OPDevnet, g common.Address) error {
			return d.SetRespectedGameType(ctx, 1)
		},
			"respects type 1", 1},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			d, n := newOPNet(t, devnet.OPOptions{})
			env, _ := testEnv(t, d, n, userKey)
			s := &Stack{}
			recipient := devnet.DevAddress(7)
			before := l1Balance(t, d, recipient)
			e := startETH(t, d, env, recipient)
			first, _, err := d.ProposeGame(ctx, l2Head(t, d))
			check(t, err)
			st, err := s.Next(ctx, env, e)
			mustStage(t, st, err, escape.StageWaitingFinalize)
			check(t, c.invalidate(ctx, d, first))

			st, err = s.Status(ctx, env, e)
			mustStage(t, st, err, escape.StageWaitingState)
			if !hasOverlay(st, "invalidated") || !strings.Contains(st.Facts["invalidated"], c.because) {
				t.Fatalf("invalidation not reported: overlays %v, facts %v", st.Overlays, st.Facts)
			}
			// A later block: the factory refuses a second game with the same claim.
			good, _, err := d.ProposeGameOfType(ctx, c.newType, l2Head(t, d)+1)
			check(t, err)
			st, err = s.Next(ctx, env, e)
			mustStage(t, st, err, escape.StageWaitingFinalize)
			if e.OP.ProofGame != good || e.OP.ProofsTried != 2 {
				t.Fatalf("re-proved against %s (try %d), want %s (try 2)", e.OP.ProofGame, e.OP.ProofsTried, good)
			}
			check(t, d.ResolveGame(ctx, good, true))
			check(t, d.Warp(ctx, waits(d)))
			st, err = s.Next(ctx, env, e)
			mustStage(t, st, err, escape.StageFinalized)
			if got := new(big.Int).Sub(l1Balance(t, d, recipient), before); got.Cmp(ether(0.5)) != 0 {
				t.Fatalf("recipient's L1 balance rose by %s, want 0.5 ETH", got)
			}
		})
	}
}

// A withdrawal proved by someone else is finalized with
// finalizeWithdrawalTransactionExternalProof.
func TestFinalizeExternalProof(t *testing.T) {
	ctx := context.Background()
	d, n := newOPNet(t, devnet.OPOptions{})
	env, out := testEnv(t, d, n, userKey)
	s := &Stack{}
	recipient := devnet.DevAddress(7)
	before := l1Balance(t, d, recipient)
	e := startETH(t, d, env, recipient)
	st, err := s.Status(ctx, env, e)
	mustStage(t, st, err, escape.StageWaitingState)
	game, index, err := d.ProposeGame(ctx, l2Head(t, d))
	check(t, err)
	gameBlock := l2Head(t, d)

	// Dev account 6 proves our withdrawal.
	p, err := buildProof(ctx, env, e.OP.WithdrawalHash, gameBlock)
	check(t, err)
	v := &view{env: env, e: e}
	input, err := portal2ABI().Pack("proveWithdrawalTransaction", v.withdrawalTx(), new(big.Int).SetUint64(index), p.rootProof, p.proof)
	check(t, err)
	other, err := devnet.NewSender(ctx, d.L1.Client, devnet.DevKey(6))
	check(t, err)
	portal := d.OptimismPortal
	r, err := other.SendRaw(ctx, &portal, nil, input)
	check(t, err)
	if r.Status != 1 {
		t.Fatal("the other prover's proof reverted")
	}
	st, err = s.Status(ctx, env, e)
	mustStage(t, st, err, escape.StageWaitingFinalize)
	check(t, d.ResolveGame(ctx, game, true))
	check(t, d.Warp(ctx, waits(d)))
	st, err = s.Next(ctx, env, e)
	mustStage(t, st, err, escape.StageFinalized)
	if !strings.Contains(out.String(), "finalizeWithdrawalTransactionExternalProof") {
		t.Errorf("the summary does not name the external-proof call:\n%s", out)
	}
	if e.OP.ProofsTried != 0 {
		t.Errorf("we proved ourselves (%d), the other address's proof should have served", e.OP.ProofsTried)
	}
	if got := new(big.Int).Sub(l1Balance(t, d, recipient), before); got.Cmp(ether(0.5)) != 0 {
		t.Fatalf("recipient's L1 balance rose by %s, want 0.5 ETH", got)
	}
}

// A paused portal: a clear message and nothing is sent, for the deposit
// and for a due prove.
func TestPaused(t *testing.T) {
	ctx := context.Background()
	d, n := newOPNet(t, devnet.OPOptions{})
	env, out := testEnv(t, d, n, userKey)
	s := &Stack{}
	user := devnet.DevAddress(userKey)
	e := startETH(t, d, env, devnet.DevAddress(7))
	_, _, err := d.ProposeGame(ctx, l2Head(t, d))
	check(t, err)
	check(t, d.Pause(ctx))
	// Deposits have no pause check: the withdrawal starts, with a warning
	// that proving and finalizing wait for the unpause.
	out.Reset()
	started, err := s.Withdraw(ctx, env, flow.WithdrawRequest{Amount: ether(0.1), AmountText: "0.1"})
	if err != nil || started.MinedTx("deposit") == nil {
		t.Fatalf("withdraw on a paused portal: %v", err)
	}
	if !strings.Contains(out.String(), "proving and finalizing wait until the bridge is unpaused") {
		t.Errorf("withdraw on a paused portal does not warn:\n%s", out.String())
	}
	nonce := l1Nonce(t, d, user)
	st, err := s.Status(ctx, env, e)
	mustStage(t, st, err, escape.StageReadyToProve)
	if !hasOverlay(st, "paused") || !strings.Contains(st.Next, "guardian has paused") || st.Action != escape.ActionNone {
		t.Errorf("status of a paused portal: overlays %v action %q next %q", st.Overlays, st.Action, st.Next)
	}
	_, err = s.Next(ctx, env, e)
	if escape.CodeOf(err) != "bridge-paused" || !strings.Contains(err.Error(), "paused") {
		t.Fatalf("next on a paused portal: %v", err)
	}
	if l1Nonce(t, d, user) != nonce {
		t.Fatal("a transaction was sent while the portal was paused")
	}
	check(t, d.Unpause(ctx))
	st, err = s.Next(ctx, env, e)
	mustStage(t, st, err, escape.StageWaitingFinalize)
}

// A sender the portal would alias (an address with contract code) is
// refused before anything is signed; a contract recipient is warned about.
func TestAliasedSenderAndContractRecipient(t *testing.T) {
	ctx := context.Background()
	d, n := newOPNet(t, devnet.OPOptions{})
	env, out := testEnv(t, d, n, userKey)
	s := &Stack{}
	// A recipient with code: the warning names the loss risk, and the
	// withdrawal still goes ahead (the user was told).
	bridge := d.L1StandardBridge
	_, err := s.Withdraw(ctx, env, flow.WithdrawRequest{Amount: ether(0.1), AmountText: "0.1", To: &bridge})
	check(t, err)
	if !strings.Contains(out.String(), "is a contract") {
		t.Errorf("no warning about a contract recipient:\n%s", out)
	}
	user := devnet.DevAddress(userKey)
	check(t, d.L1.SetCode(ctx, user, []byte{0x60, 0x00, 0x60, 0x00, 0xf3}))
	nonce := l1Nonce(t, d, user)
	_, err = s.Withdraw(ctx, env, flow.WithdrawRequest{Amount: ether(0.1), AmountText: "0.1"})
	if escape.CodeOf(err) != "aliased-sender" {
		t.Fatalf("withdraw from an address with code: %v", err)
	}
	if l1Nonce(t, d, user) != nonce {
		t.Fatal("a transaction was sent")
	}
	// EIP-7702 delegation code is still an EOA: not refused for that.
	delegation := append([]byte{0xef, 0x01, 0x00}, common.HexToAddress("0x1234").Bytes()...)
	check(t, d.L1.SetCode(ctx, user, delegation))
	if _, err := s.Withdraw(ctx, env, flow.WithdrawRequest{Amount: ether(0.1), AmountText: "0.1"}); escape.CodeOf(err) == "aliased-sender" {
		t.Fatal("an EIP-7702 delegated EOA was refused as aliased")
	}
}

// escape send: any forced L2 call from the user's own address; here an L2
// transfer of 0.25 ETH to another account.
func TestSendForcedL2Call(t *testing.T) {
	ctx := context.Background()
	d, n := newOPNet(t, devnet.OPOptions{})
	env, _ := testEnv(t, d, n, userKey)
	s := &Stack{}
	to := devnet.DevAddress(8)
	before, err := d.L2.Client.BalanceAt(ctx, to, nil)
	check(t, err)
	e, err := s.Send(ctx, env, flow.SendRequest{To: to, Value: ether(0.25)})
	check(t, err)
	if e.OP.L2GasLimit < 21_000 {
		t.Fatalf("L2 gas limit %d", e.OP.L2GasLimit)
	}
	st, err := s.Status(ctx, env, e)
	mustStage(t, st, err, escape.StageWaitingL2)
	_, err = d.RelayDeposits(ctx)
	check(t, err)
	st, err = s.Status(ctx, env, e)
	mustStage(t, st, err, escape.StageIncluded)
	after, err := d.L2.Client.BalanceAt(ctx, to, nil)
	check(t, err)
	if got := new(big.Int).Sub(after, before); got.Cmp(ether(0.25)) != 0 {
		t.Fatalf("L2 recipient's balance rose by %s, want 0.25 ETH", got)
	}
}

// An escape sent from another machine is imported from its L1 transaction
// hash (ETH and ERC-20 withdrawals recognised from the deposit itself) and
// followed to the end from the new record.
func TestImportFromL1Tx(t *testing.T) {
	ctx := context.Background()
	d, n := newOPNet(t, devnet.OPOptions{})
	elsewhere, _ := testEnv(t, d, n, userKey)
	here, _ := testEnv(t, d, n, userKey)
	s := &Stack{}
	recipient := devnet.DevAddress(7)
	before := l1Balance(t, d, recipient)
	orig := startETH(t, d, elsewhere, recipient)
	token := d.L2Token
	origToken, err := s.Withdraw(ctx, elsewhere, flow.WithdrawRequest{AmountText: "3", Token: &token, To: &recipient})
	check(t, err)

	e, err := s.Import(ctx, here, orig.MinedTx("deposit").Hash)
	check(t, err)
	if e.Kind != "withdraw-eth" || e.Recipient == nil || *e.Recipient != recipient || e.Amount != ether(0.5).String() || e.OP.L2DepositHash != orig.OP.L2DepositHash {
		t.Fatalf("imported %s to %v amount %s L2 hash %s; want the original %+v", e.Kind, e.Recipient, e.Amount, e.OP.L2DepositHash, orig.OP)
	}
	et, err := s.Import(ctx, here, origToken.MinedTx("deposit").Hash)
	check(t, err)
	if et.Kind != "withdraw-erc20" || et.Token == nil || *et.Token != token || et.Amount != ether(3).String() || *et.Recipient != recipient {
		t.Fatalf("imported token withdrawal: %s %v %s to %v", et.Kind, et.Token, et.Amount, et.Recipient)
	}
	// A transaction that is no deposit is refused.
	if _, err := s.Import(ctx, here, e.OP.L2DepositHash); err == nil {
		t.Fatal("imported a hash that is no L1 deposit")
	}
	game, _, err := d.ProposeGame(ctx, l2Head(t, d))
	check(t, err)
	st, err := s.Next(ctx, here, e)
	mustStage(t, st, err, escape.StageWaitingFinalize)
	check(t, d.ResolveGame(ctx, game, true))
	check(t, d.Warp(ctx, waits(d)))
	st, err = s.Next(ctx, here, e)
	mustStage(t, st, err, escape.StageFinalized)
	if got := new(big.Int).Sub(l1Balance(t, d, recipient), before); got.Cmp(ether(0.5)) != 0 {
		t.Fatalf("recipient's L1 balance rose by %s, want 0.5 ETH", got)
	}
}

// With an L2 RPC that still has older state, the proof goes against a
// covering game the defender already won rather than the newest one, which
// could still be lost.
func TestPrefersResolvedGame(t *testing.T) {
	ctx := context.Background()
	d, n := newOPNet(t, devnet.OPOptions{})
	env, _ := testEnv(t, d, n, userKey)
	s := &Stack{}
	e := startETH(t, d, env, devnet.DevAddress(7))
	won, _, err := d.ProposeGame(ctx, l2Head(t, d))
	check(t, err)
	// (The harness's ResolveGame right after ProposeGame hit ClockNotExpired
	// here; a second of L1 time first avoids it.)
	check(t, d.Warp(ctx, 1))
	check(t, d.ResolveGame(ctx, won, true))
	newer, _, err := d.ProposeGame(ctx, l2Head(t, d)+1)
	check(t, err)
	st, err := s.Status(ctx, env, e)
	mustStage(t, st, err, escape.StageReadyToProve)
	if !strings.Contains(st.Happened, newer.Hex()) {
		t.Errorf("status names %q, want the newest covering game %s", st.Happened, newer)
	}
	st, err = s.Next(ctx, env, e)
	mustStage(t, st, err, escape.StageWaitingFinalize)
	if e.OP.ProofGame != won {
		t.Fatalf("proved against %s, want the resolved game %s (newest is %s)", e.OP.ProofGame, won, newer)
	}
}
