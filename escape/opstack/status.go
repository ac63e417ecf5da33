package opstack

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/l2escape/escape/bindings/opbedrock"
	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/pipeline"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/escape/ui"
)

// Game status values (IDisputeGame.status()).
const (
	gameInProgress    = 0
	gameChallengerWin = 1
	gameDefenderWins  = 2
)

// Status reports where an escape stands, reading only.
func (s *Stack) Status(ctx context.Context, env *flow.Env, e *record.Escape) (*escape.Status, error) {
	return s.advance(ctx, env, e, false)
}

// Next performs the step that is due (rebroadcast, prove, finalize,
// relay) and reports the state afterwards. When no step is due yet it
// returns the status with escape.TooEarly.
func (s *Stack) Next(ctx context.Context, env *flow.Env, e *record.Escape) (*escape.Status, error) {
	txs, hadPending := len(e.Txs), len(e.PendingTxs()) > 0
	st, err := s.advance(ctx, env, e, true)
	if err != nil || st == nil || hadPending || len(e.Txs) > txs || env.DryRun {
		return st, err
	}
	if st.Action == escape.ActionNone && !st.Stage.Finished() {
		return st, escape.TooEarly(e.ID, st)
	}
	return st, nil
}

// preReads are the withdrawal's standing on the portal, read in the same
// batch as the portal's own getters. Nil calls were not made (the
// withdrawal hash was not known yet).
type preReads struct {
	finalized, numProvers, provenMine, checkMine, provenLegacy *ethCall
}

func newPreReads(e *record.Escape) *preReads {
	p := &preReads{}
	if e.OP == nil || e.OP.WithdrawalHash == (common.Hash{}) || e.Kind == "send" {
		return p
	}
	h := e.OP.WithdrawalHash
	to := e.OP.Portal
	// The generation is not known yet: every one's reads go out, each
	// packed with the binding of the portal that has it (provenWithdrawals
	// takes a prover since 3.x, only the hash on the 2.x portal).
	p.finalized = &ethCall{to: to, data: pack(portal2ABI, "finalizedWithdrawals", h)}
	p.numProvers = &ethCall{to: to, data: pack(portal2ABI, "numProofSubmitters", h)}
	p.provenMine = &ethCall{to: to, data: pack(portal2ABI, "provenWithdrawals", h, e.From)}
	p.checkMine = &ethCall{to: to, data: pack(portal2ABI, "checkWithdrawal", h, e.From), void: true}
	p.provenLegacy = &ethCall{to: to, data: pack(portalABI, "provenWithdrawals", h)}
	return p
}

func (p *preReads) calls() []*ethCall {
	if p.finalized == nil {
		return nil
	}
	return []*ethCall{p.finalized, p.numProvers, p.provenMine, p.checkMine, p.provenLegacy}
}

type view struct {
	pre  *preReads
	env  *flow.Env
	e    *record.Escape
	c    *contracts
	st   *escape.Status
	now  time.Time // L1 head time: the clock the contracts use
	head uint64
	// lost are games in progress that the challenger wins once resolved:
	// no proof is made against them.
	lost map[common.Address]bool
	// ahead holds what status read ahead of need (status_ahead.go).
	ahead *ahead
}

func (s *Stack) advance(ctx context.Context, env *flow.Env, e *record.Escape, act bool) (*escape.Status, error) {
	if e.OP == nil {
		e.OP = &record.OPState{}
	}
	st := &escape.Status{Ref: e.ID, Network: e.Network, Stack: escape.StackOP, Facts: map[string]string{}}
	// Transactions we signed but that are not settled come first: resend them
	// (next) or say they are waiting (status).
	if act && len(e.PendingTxs()) > 0 {
		// Settles them (a dry run only looks for receipts).
		if _, err := env.Pipeline.Resume(ctx, e); err != nil {
			return nil, err
		}
	}
	if pending := e.PendingTxs(); len(pending) > 0 {
		t := pending[len(pending)-1]
		st.Stage, st.Action = escape.StageSubmitted, escape.ActionBroadcast
		st.Happened = fmt.Sprintf("Your %s transaction %s is signed and saved, but escape has not seen it mined on L1.", t.Step, t.Hash.Hex())
		st.Next = "Once it is mined, the escape moves on."
		st.Do = "Run `escape next " + e.ID + "`: it checks on the transaction and broadcasts the same signed bytes again if needed (never a second transaction)."
		st.At = time.Now()
		return st, nil
	}
	dep := e.MinedTx("deposit")
	if dep == nil && act && !env.DryRun {
		if retried, err := s.retryDeposit(ctx, env, e); retried {
			if err != nil {
				return nil, err
			}
			return s.advance(ctx, env, e, act)
		}
	}
	if dep == nil && e.Kind != flow.KindL2Withdrawal { // a withdrawal made on L2 has no deposit
		st.Stage = escape.StageSubmitFailed
		st.Happened = "The deposit transaction was not mined successfully on L1 (see `escape history`)."
		st.Do = "Start a new withdrawal with `escape withdraw`."
		if deps := e.TxsFor("deposit"); len(deps) > 0 && deps[len(deps)-1].State == record.TxReverted {
			st.Do = "Run `escape next " + e.ID + "`: if the deposit reverted because its L1 block's deposit budget was spent by other deposits, or because it ran out of L1 gas as the deposit price rose, it sends the deposit again; otherwise start a new withdrawal with `escape withdraw`."
		}
		st.At = time.Now()
		return st, nil
	}
	// One round trip for the portal, the L1 head and, once the withdrawal
	// is known, where it stands; beside them what the escape has yet to
	// learn (the deposit's block time, its L2 receipt) and the newest
	// games' listing for the game search.
	pre := newPreReads(e)
	ahead := readAhead(ctx, env, e)
	c := s.takeContracts(env, e)
	var err error
	what := "reading the portal and where your withdrawal stands"
	if e.Kind == "send" {
		what = "reading the portal"
	}
	standing := chain.WithPurpose(ctx, what)
	if c == nil {
		c, err = load(standing, env, pre.calls()...)
	} else if calls := pre.calls(); len(calls) > 0 {
		err = batch(standing, env.L1, calls)
	}
	learnable := e.OP.WithdrawalHash != (common.Hash{}) || env.L2 != nil // else status stops at waiting for L2
	if err == nil && c.gen != Legacy && e.Kind != "send" && learnable && pre.mayNeedGame() {
		ahead.listNewestGames(ctx, env, c)
	}
	ahead.wait()
	if err != nil {
		return nil, err
	}
	v := &view{env: env, e: e, c: c, st: st, pre: pre, ahead: ahead}
	defer ahead.cancel()
	head, err := ahead.head, ahead.headErr
	if err != nil {
		return nil, escape.Wrap(err, "rpc-error", "try again or pass another --l1-rpc", "cannot read the L1 head")
	}
	v.head, v.now = head.Number.Uint64(), time.Unix(int64(head.Time), 0)
	st.At = v.now
	if e.OP.L2DepositHash == (common.Hash{}) {
		r, err := env.L1.TransactionReceipt(chain.WithPurpose(ctx, "reading your deposit's receipt"), dep.Hash)
		if err != nil {
			return nil, escape.Wrap(err, "rpc-error", "try again", "cannot read the deposit receipt")
		}
		if err := recordDeposit(e, c, r); err != nil {
			return nil, err
		}
		_ = env.Store.Save(e)
	}
	if e.OP.DepositL1Time == 0 && ahead.depositTime != 0 {
		e.OP.DepositL1Time = ahead.depositTime
		_ = env.Store.Save(e)
	}
	if e.OP.DepositL1Time == 0 {
		// The game search skips games created before the deposit.
		if h, err := env.L1.HeaderByNumber(chain.WithPurpose(ctx, "reading your deposit's L1 block"), new(big.Int).SetUint64(e.OP.DepositL1Block)); err == nil {
			e.OP.DepositL1Time = h.Time
			_ = env.Store.Save(e)
		}
	}
	if dep != nil {
		st.Facts["l1DepositTx"] = dep.Hash.Hex()
	}
	st.Facts["l2Tx"] = e.OP.L2DepositHash.Hex()
	if c.paused {
		st.Overlays = append(st.Overlays, "paused")
	}
	if done, err := v.l2Inclusion(ctx); err != nil || done {
		return v.finish(err)
	}
	if e.Kind == "send" {
		return v.finish(nil)
	}
	if err := v.readStanding(ctx); err != nil {
		return nil, err
	}
	if v.isFinalized(ctx) {
		sent := len(e.Txs)
		err := v.finalized(ctx, act)
		if err == nil && v.bondOutstanding() {
			// The escape is over only when the bond is back (or lost).
			err = v.followBond(ctx, act && len(e.Txs) == sent, st.Stage == escape.StageFinalized)
		} else if err == nil {
			v.noteSettledBond()
		}
		return v.finish(err)
	}
	// Proving and finalizing revert while the portal is paused: say so and
	// send nothing, but still report the stage the withdrawal is in.
	stepping := act && !c.paused
	sent := len(e.Txs)
	var stepErr error
	if c.gen == Legacy {
		stepErr = v.legacy(ctx, stepping)
	} else {
		stepErr = v.faultProofs(ctx, stepping)
		if stepErr == nil && v.bondOutstanding() {
			// One step per run: the bond waits if this run sent something.
			stepErr = v.followBond(ctx, act && len(e.Txs) == sent, st.Stage == escape.StageFinalized)
		}
	}
	if stepErr == nil && c.paused {
		due := st.Action
		v.pausedByGuardian()
		v.pauseExpiry(ctx)
		if act && (due == escape.ActionProve || due == escape.ActionFinalize) {
			return nil, escape.Errorf("bridge-paused",
				"nothing was sent. Wait for the guardian to unpause the bridge, then run `escape next "+e.ID+"` again; your withdrawal stays "+string(st.Stage)+" meanwhile",
				"the %s bridge is paused: withdrawals cannot be proven or finalized until it is unpaused", env.Network.Title)
		}
	}
	return v.finish(stepErr)
}

// pausedByGuardian tells the user what a pause means for the stage just
// decided: nothing can be proven or finalized, by anyone, until the
// guardian unpauses; a proof already made and its maturity clock are kept.
func (v *view) pausedByGuardian() {
	st := v.st
	st.Action = escape.ActionNone
	kept := "Your withdrawal is kept where it is: once the bridge is unpaused it continues from this stage."
	if st.Facts["provenAgainstGame"] != "" && !hasString(st.Overlays, "invalidated") {
		kept = "Your proof and your place in line are kept: the proof maturity period keeps counting during the pause, and nothing needs to be proven again once it is lifted."
	}
	st.Next = "The guardian has paused the " + v.env.Network.Title + " bridge: while it is paused, no withdrawal can be proven or finalized, by anyone. " + kept
	st.Do = "Nothing can be done until the guardian unpauses. `escape health --network " + v.e.Network + "` shows the pause; run `escape status " + v.e.ID + "` again later."
}

// pauseExpiry adds when the pause lifts by itself: on portals 4.x/5.x the
// SuperchainConfig's pauses (the global one, keyed to address(0), and the
// one keyed to the chain's ETHLockbox, else its portal) expire after
// PAUSE_EXPIRY unless the guardian extends them; expiration(identifier)
// gives the time (0 when that pause is off). The bridge is paused until
// the last active one expires.
func (v *view) pauseExpiry(ctx context.Context) {
	c := v.c
	if c.gen != Portal4 || c.superchain == (common.Address{}) {
		return
	}
	identifier := c.portal
	lockbox := &ethCall{to: c.portal, data: pack(portalNowABI, "ethLockbox")}
	if batch(ctx, v.env.L1, []*ethCall{lockbox}) == nil {
		if a, ok := lockbox.addr(); ok && a != (common.Address{}) {
			identifier = a
		}
	}
	global := &ethCall{to: c.superchain, data: pack(superchainABI, "expiration", common.Address{})}
	chain := &ethCall{to: c.superchain, data: pack(superchainABI, "expiration", identifier)}
	if err := batch(ctx, v.env.L1, []*ethCall{global, chain}); err != nil {
		return
	}
	var until uint64
	for _, e := range []*ethCall{global, chain} {
		if t, ok := e.uint(); ok && t > uint64(v.now.Unix()) && t > until {
			until = t
		}
	}
	if until == 0 {
		return
	}
	lifts := time.Unix(int64(until), 0)
	v.st.Next += " The pause lifts by itself at its expiry in the SuperchainConfig, " + ui.When(lifts, v.now) + ", unless the guardian extends it."
	v.st.Waits = append(v.st.Waits, escape.Wait{What: "the guardian's unpause (at the latest, the pause's expiry)", Until: lifts})
}

func hasString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// finish returns the status; the caller saves its stage (app.settleStage),
// so the stage printed and the stage recorded are one.
func (v *view) finish(err error) (*escape.Status, error) {
	if err != nil {
		return nil, err
	}
	v.st.Waits = v.pendingWaits()
	return v.st, nil
}

// pendingWaits drops the waits that are over: a wait's Until is the first
// moment the contract accepts, so one at or before the L1 head is past.
func (v *view) pendingWaits() []escape.Wait {
	var left []escape.Wait
	for _, w := range v.st.Waits {
		if !w.Until.IsZero() && !w.Until.After(v.now) {
			continue
		}
		left = append(left, w)
	}
	return left
}

// l2Inclusion learns from the L2 whether the deposit ran, and the withdrawal
// it started. It reports done when the status is complete without more steps.
func (v *view) l2Inclusion(ctx context.Context) (bool, error) {
	e, st, c := v.e, v.st, v.c
	if e.OP.WithdrawalHash != (common.Hash{}) || (e.Kind == "send" && e.OP.L2Block > 0) {
		st.Facts["l2Block"] = fmt.Sprint(e.OP.L2Block)
		if e.Kind == "send" {
			st.Stage = escape.StageIncluded
			st.Happened = fmt.Sprintf("Your forced transaction ran on L2 in block %d.", e.OP.L2Block)
			st.Do = "Nothing more: the L2 call is done."
			return true, nil
		}
		return false, nil
	}
	deadlineBlock := e.OP.DepositL1Block + c.seqWindow
	wait := escape.Wait{What: "forced L2 inclusion (end of the sequencing window)", Block: deadlineBlock}
	if deadlineBlock > v.head {
		// Counted from the head: the blocks still to come, at the L1's pace.
		wait.Until = v.now.Add(time.Duration((deadlineBlock-v.head)*c.l1Block) * time.Second)
		wait.Estimate = true
	}
	waiting := func() {
		// L1 finality of the deposit: once its block is finalized, no L1
		// reorg can drop it.
		if fin, err := v.env.L1.HeaderByNumber(chain.WithPurpose(ctx, "reading the finalized L1 block"), big.NewInt(int64(rpc.FinalizedBlockNumber))); err == nil && fin != nil {
			if fin.Number.Uint64() >= e.OP.DepositL1Block {
				st.Facts["l1Finality"] = fmt.Sprintf("the deposit's L1 block %d is finalized", e.OP.DepositL1Block)
			} else {
				st.Facts["l1Finality"] = fmt.Sprintf("the deposit's L1 block %d is not finalized yet (finalized head %d; about 13 minutes after inclusion)", e.OP.DepositL1Block, fin.Number.Uint64())
			}
		}
		st.Stage = escape.StageWaitingL2
		st.Happened = fmt.Sprintf("Your deposit is on L1 (block %d). The L2 must include its transaction %s.", e.OP.DepositL1Block, e.OP.L2DepositHash.Hex())
		st.Next = fmt.Sprintf("A working sequencer includes it within minutes. If the sequencer is down, the L2 must include it by L1 block %d, the end of the sequencing window.", deadlineBlock)
		st.Do = "Wait. Run `escape status " + e.ID + "` to check again; nothing needs signing until the withdrawal can be proven."
		st.Waits = nil
		if deadlineBlock > v.head {
			st.Waits = []escape.Wait{wait}
		}
	}
	if v.env.L2 == nil {
		waiting()
		st.NeedsL2 = "whether L2 transaction " + e.OP.L2DepositHash.Hex() + " ran, and the withdrawal it started (its MessagePassed event). Pass --l2-rpc: any read-only L2 node, including a replica, serves."
		return true, nil
	}
	r, err := v.ahead.l2Receipt(chain.WithPurpose(ctx, "looking for your transaction's receipt on L2"), v.env, e.OP.L2DepositHash)
	if err != nil {
		if errors.Is(err, ethereum.NotFound) || isNotFound(err) {
			waiting()
			return true, nil
		}
		return false, escape.Wrap(err, "rpc-error", "try again or pass another --l2-rpc", "cannot read the L2 receipt")
	}
	e.OP.L2Block = r.BlockNumber.Uint64()
	st.Facts["l2Block"] = fmt.Sprint(e.OP.L2Block)
	if r.Status != types.ReceiptStatusSuccessful {
		e.OP.L2Failed = true
		st.Stage = escape.StageL2Failed
		st.Happened = fmt.Sprintf("Your forced transaction reached L2 (block %d) but failed there. Nothing left your L2 balance except what the failed call used.", e.OP.L2Block)
		st.Do = "Check your L2 balance and the amount (and the L2 gas limit for `escape send`), then start again."
		return true, nil
	}
	if e.Kind == "send" {
		st.Stage = escape.StageIncluded
		st.Happened = fmt.Sprintf("Your forced transaction ran on L2 in block %d.", e.OP.L2Block)
		st.Do = "Nothing more: the L2 call is done."
		return true, nil
	}
	ws, err := withdrawalsOf(r)
	if err == nil && len(ws) == 0 {
		err = errors.New("no MessagePassed event from the message passer")
	}
	if err != nil {
		return false, escape.Wrap(err, "no-withdrawal", "the L2 transaction ran but started no withdrawal; check it on an L2 explorer", "no MessagePassed event in L2 transaction %s", e.OP.L2DepositHash.Hex())
	}
	h := ws[0].hash
	e.OP.WithdrawalHash = h
	e.OP.Withdrawal = ws[0].w
	e.AddRef(h)
	e.Note("included on L2 in block %d; withdrawal %s", e.OP.L2Block, h.Hex())
	_ = v.env.Store.Save(e)
	return false, nil
}

func isNotFound(err error) bool {
	var re rpc.Error
	return errors.As(err, &re) && re.ErrorCode() == -32000 && (err.Error() == "not found")
}

func (v *view) withdrawalTx() opbedrock.TypesWithdrawalTransaction {
	w := v.e.OP.Withdrawal
	return opbedrock.TypesWithdrawalTransaction{Nonce: w.Nonce.ToInt(), Sender: w.Sender, Target: w.Target,
		Value: w.Value.ToInt(), GasLimit: w.GasLimit.ToInt(), Data: w.Data}
}

func (v *view) isFinalized(ctx context.Context) bool {
	if v.pre != nil && v.pre.finalized != nil && v.pre.finalized.err == nil {
		return v.pre.finalized.bool()
	}
	finalized := &ethCall{to: v.c.portal, data: pack(portal2ABI, "finalizedWithdrawals", v.e.OP.WithdrawalHash)}
	err := batch(chain.WithPurpose(ctx, "reading whether your withdrawal is finalized"), v.env.L1, []*ethCall{finalized})
	return err == nil && finalized.bool()
}

// faultProofs decides the stage on OptimismPortal2 (3.x; 4.x/5.x share the
// calls used here), in the order of the withdrawal's life: proven by whom →
// finalizable? → the proof's game still good? → its waits → else a game
// that covers the withdrawal → prove.
func (v *view) faultProofs(ctx context.Context, act bool) error {
	v.st.Facts["withdrawalHash"] = v.e.OP.WithdrawalHash.Hex()
	proofs, err := v.readProofs(ctx)
	if err != nil {
		return err
	}
	if p := finalizableProof(proofs); p != nil {
		return v.readyToFinalize(ctx, *p, act)
	}
	// Our own proof comes first; another's serves when we have none.
	if len(proofs) > 0 {
		p := proofs[0]
		g, err := v.readProofGame(ctx, p.game)
		if err != nil {
			return err
		}
		why := v.invalidation(g)
		if why == "" {
			if why, err = v.lostPastClock(ctx, g); err != nil {
				return err
			}
		}
		if why != "" {
			v.markInvalidated(p, why) // and prove again below
		} else {
			return v.provenWaiting(ctx, p, g, act)
		}
	}
	found, err := v.searchGames(ctx)
	if err != nil {
		return err
	}
	if found.newest == nil && found.justCreated != nil {
		return v.coveringGameTooNew(found.justCreated)
	}
	if found.newest == nil {
		return v.noCoveringGame(ctx, found, act)
	}
	return v.readyToProve(ctx, found, act)
}

// portalProof is one address's proof of the withdrawal on the portal.
type portalProof struct {
	prover    common.Address
	game      common.Address
	timestamp uint64
	check     *ethCall // checkWithdrawal(hash, prover): passes once finalizable
}

// readProofs lists every address that proved this withdrawal: ours first,
// then others (a withdrawal proved by someone else can be finalized with
// their proof). Ours was read with the portal; others take two more rounds.
func (v *view) readProofs(ctx context.Context) ([]portalProof, error) {
	ctx = chain.WithPurpose(ctx, "reading who proved your withdrawal")
	e, c, l1 := v.e, v.c, v.env.L1
	h := e.OP.WithdrawalHash
	var proven []portalProof
	mine, mineCheck := v.pre.provenMine, v.pre.checkMine
	if mine == nil || mine.err != nil {
		mine = &ethCall{to: c.portal, data: pack(portal2ABI, "provenWithdrawals", h, e.From)}
		mineCheck = &ethCall{to: c.portal, data: pack(portal2ABI, "checkWithdrawal", h, e.From), void: true}
		if err := batch(ctx, l1, []*ethCall{mine, mineCheck}); err != nil {
			return nil, escape.Wrap(err, "rpc-error", "try again or pass another --l1-rpc", "cannot read the portal's proofs")
		}
	}
	if p, ok := parseProvenWithdrawal(e.From, mine, mineCheck); ok {
		proven = append(proven, p)
	}
	numProvers := uint64(0)
	if v.pre.numProvers != nil {
		numProvers, _ = v.pre.numProvers.uint()
	} else if n := (&ethCall{to: c.portal, data: pack(portal2ABI, "numProofSubmitters", h)}); batch(ctx, l1, []*ethCall{n}) == nil {
		numProvers, _ = n.uint()
	}
	if numProvers <= uint64(len(proven)) {
		return proven, nil
	}
	var subs []*ethCall
	for i := uint64(0); i < numProvers && i < 16; i++ {
		subs = append(subs, &ethCall{to: c.portal, data: pack(portal2ABI, "proofSubmitters", h, new(big.Int).SetUint64(i))})
	}
	if err := batch(ctx, l1, subs); err != nil {
		return nil, escape.Wrap(err, "rpc-error", "try again or pass another --l1-rpc", "cannot read the portal's provers")
	}
	var reads []*ethCall
	var others []common.Address
	for _, sc := range subs {
		if a, ok := sc.addr(); ok && a != e.From {
			others = append(others, a)
			reads = append(reads, &ethCall{to: c.portal, data: pack(portal2ABI, "provenWithdrawals", h, a)},
				&ethCall{to: c.portal, data: pack(portal2ABI, "checkWithdrawal", h, a), void: true})
		}
	}
	if err := batch(ctx, l1, reads); err != nil {
		return nil, escape.Wrap(err, "rpc-error", "try again or pass another --l1-rpc", "cannot read the portal's proofs")
	}
	for i, a := range others {
		if p, ok := parseProvenWithdrawal(a, reads[2*i], reads[2*i+1]); ok {
			proven = append(proven, p)
		}
	}
	return proven, nil
}

// parseProvenWithdrawal reads provenWithdrawals(hash, prover): (game, timestamp).
func parseProvenWithdrawal(prover common.Address, pw, check *ethCall) (portalProof, bool) {
	game, ok := pw.addr()
	if !ok || len(pw.out) < 64 {
		return portalProof{}, false
	}
	ts := new(big.Int).SetBytes(pw.out[32:64]).Uint64()
	return portalProof{prover, game, ts, check}, ts > 0
}

// finalizableProof is the first proof checkWithdrawal accepts: it passes
// only when every wait is over and the game is still good.
func finalizableProof(proofs []portalProof) *portalProof {
	for i := range proofs {
		if proofs[i].check.err == nil {
			return &proofs[i]
		}
	}
	return nil
}

func (v *view) readyToFinalize(ctx context.Context, p portalProof, act bool) error {
	st := v.st
	st.Stage, st.Action = escape.StageReadyToFinalize, escape.ActionFinalize
	st.Happened = fmt.Sprintf("The withdrawal is proven (by %s) and every waiting period is over.", p.prover.Hex())
	st.Do = "Run `escape next " + v.e.ID + "` to finalize it: the funds are then released on L1."
	if act {
		return v.finalize(ctx, p.prover)
	}
	return nil
}

// proofGame is what the game, and the portal or AnchorStateRegistry, say
// about the game a proof stands on.
type proofGame struct {
	proxy                                 common.Address
	status, gameType, resolvedAt, created uint64
	clock                                 uint64 // maxClockDuration
	proper, respected, blacklisted        bool   // 4.x: proper, respected; 3.x: blacklisted
	// resolution is read once the root claim's clock has run out.
	resolution *gameResolution
}

func (v *view) readProofGame(ctx context.Context, game common.Address) (*proofGame, error) {
	ctx = chain.WithPurpose(ctx, "reading the dispute game of your proof")
	c := v.c
	reads := []*ethCall{
		{to: game, data: pack(gameNowABI, "status")}, {to: game, data: pack(gameNowABI, "gameType")}, {to: game, data: pack(gameNowABI, "resolvedAt")},
		{to: game, data: pack(gameNowABI, "createdAt")}, {to: game, data: pack(gameNowABI, "maxClockDuration")},
	}
	if c.gen == Portal4 {
		reads = append(reads, &ethCall{to: c.asr, data: pack(asrABI, "isGameProper", game)},
			&ethCall{to: c.asr, data: pack(asrABI, "isGameRespected", game)},
			&ethCall{to: c.asr, data: pack(asrABI, "disputeGameBlacklist", game)})
	} else {
		reads = append(reads, &ethCall{to: c.portal, data: pack(portal2ABI, "disputeGameBlacklist", game)})
	}
	if err := batch(ctx, v.env.L1, reads); err != nil {
		return nil, escape.Wrap(err, "rpc-error", "try again or pass another --l1-rpc", "cannot read the dispute game")
	}
	g := &proofGame{proxy: game}
	g.status, _ = reads[0].uint()
	g.gameType, _ = reads[1].uint()
	g.resolvedAt, _ = reads[2].uint()
	g.created, _ = reads[3].uint()
	g.clock, _ = reads[4].uint()
	if c.gen == Portal4 {
		g.respected, g.blacklisted = reads[6].bool(), reads[7].bool()
		g.proper = c.properIgnoringPause(reads[5].bool(), g.blacklisted, g.created)
	} else {
		g.blacklisted = reads[5].bool()
	}
	return g, nil
}

// invalidation says why a proof's game can no longer let the withdrawal
// finalize, or "" when it still can.
func (v *view) invalidation(g *proofGame) string {
	c := v.c
	switch {
	case g.status == gameChallengerWin:
		return "the dispute game it was proven against was lost (the challenger won)"
	case c.gen == Portal4 && !g.proper:
		return "the dispute game it was proven against is no longer proper (blacklisted, or retired by a respected-game-type change)"
	case g.blacklisted:
		return "the dispute game it was proven against was blacklisted by the guardian"
	case c.gen == Portal4 && !g.respected:
		return "the dispute game it was proven against was not of the respected game type when it was created"
	case c.gen != Portal4 && uint32(g.gameType) != c.respected:
		return fmt.Sprintf("the dispute game it was proven against is of type %d, and the portal now only respects type %d", g.gameType, c.respected)
	case c.gen != Portal4 && g.created < c.cutoff:
		return "the dispute game it was proven against was created before the respected game type was last set"
	}
	return ""
}

func (v *view) markInvalidated(p portalProof, why string) {
	v.noteProof(p)
	v.st.Overlays = append(v.st.Overlays, "invalidated")
	v.st.Facts["invalidated"] = why
}

func (v *view) noteProof(p portalProof) {
	v.st.Facts["provenAgainstGame"] = p.game.Hex()
	if p.prover != v.e.From {
		v.st.Facts["provenBy"] = p.prover.Hex()
	}
}

// provenWaiting: proven against a good game, waiting for the proof to
// mature and the game to resolve and pass its air-gap.
func (v *view) provenWaiting(ctx context.Context, p portalProof, g *proofGame, act bool) error {
	if g.resolution != nil {
		return v.unresolvedPastClock(ctx, p, g, act)
	}
	return v.waitingFinalize(p, g)
}

// unresolvedPastClock: the game's clock has run out but nobody resolved it.
// Anyone may resolve it (resolveClaim bottom-up, then resolve()): status
// says so and next does it (resolve.go).
func (v *view) unresolvedPastClock(ctx context.Context, p portalProof, g *proofGame, act bool) error {
	if err := v.waitingFinalize(p, g); err != nil {
		return err
	}
	r := g.resolution
	if !r.resolvableAt(uint64(v.now.Unix())) {
		// Counter-claims keep the game open past the root's clock.
		for i := range v.st.Waits {
			if v.st.Waits[i].What == "dispute game resolution" {
				v.st.Waits[i].Until = time.Unix(int64(r.readyAt), 0)
			}
		}
		return nil
	}
	for i := range v.st.Waits {
		if v.st.Waits[i].What == "dispute game resolution" {
			v.st.Waits[i].What = "dispute game resolution (its clock ran out: `escape next` resolves it)"
		}
	}
	v.describeUnresolved(r, "the one the withdrawal was proven against")
	if act {
		return v.resolveGame(ctx, r)
	}
	return nil
}

func (v *view) waitingFinalize(p portalProof, g *proofGame) error {
	e, st, c := v.e, v.st, v.c
	v.noteProof(p)
	st.Stage = escape.StageWaitingFinalize
	by := ""
	if p.prover != e.From {
		by = " by " + p.prover.Hex()
	}
	st.Happened = fmt.Sprintf("The withdrawal was proven on L1%s at %s against dispute game %s.", by, ui.When(time.Unix(int64(p.timestamp), 0), v.now), p.game.Hex())
	// The portal's and the registry's comparisons are strict
	// (block.timestamp - proven > maturity; block.timestamp - resolvedAt >
	// finality): each wait ends one second after the sum.
	matures := time.Unix(int64(p.timestamp+c.maturity+1), 0)
	st.Waits = append(st.Waits, escape.Wait{What: fmt.Sprintf("proof maturity (%s)", ui.Duration(time.Duration(c.maturity)*time.Second)), Until: matures})
	airGap := ui.Duration(time.Duration(c.finality) * time.Second)
	notBefore := matures
	if g.status == gameInProgress || g.resolvedAt == 0 {
		// resolveClaim accepts once the clock has run (>= maxClockDuration,
		// not strict); counter-claims can push it later, so it is an estimate.
		resolution := escape.Wait{What: "dispute game resolution", Estimate: true}
		resolves := v.now
		if clockEnd := g.created + g.clock; g.created > 0 && g.clock > 0 {
			if clockEnd > uint64(v.now.Unix()) {
				resolution.Until, resolves = time.Unix(int64(clockEnd), 0), time.Unix(int64(clockEnd), 0)
			} else {
				resolution.What = fmt.Sprintf("dispute game resolution (its clock ran out at %s; anyone may resolve it)", time.Unix(int64(clockEnd), 0).UTC().Format("2006-01-02 15:04 UTC"))
			}
		}
		airGapEnds := resolves.Add(time.Duration(c.finality+1) * time.Second)
		st.Waits = append(st.Waits, resolution,
			escape.Wait{What: fmt.Sprintf("finality air-gap after resolution (%s)", airGap), Until: airGapEnds, Estimate: true})
		if airGapEnds.After(notBefore) {
			notBefore = airGapEnds
		}
	} else {
		airGapEnds := time.Unix(int64(g.resolvedAt+c.finality+1), 0)
		st.Waits = append(st.Waits, escape.Wait{What: fmt.Sprintf("finality air-gap after the game resolved (%s)", airGap), Until: airGapEnds})
		if airGapEnds.After(notBefore) {
			notBefore = airGapEnds
		}
	}
	st.Facts["finalizeNotBefore"] = notBefore.UTC().Format("2006-01-02 15:04:05 UTC")
	if g.status == gameInProgress || g.resolvedAt == 0 {
		st.Facts["finalizeNotBefore"] += " (if the game resolves at the end of its clock)"
	}
	st.Next = "Once every wait below is over, the withdrawal can be finalized."
	st.Do = "Wait. `escape watch " + e.ID + "` counts down; then run `escape next " + e.ID + "`."
	return nil
}

// coveringGameTooNew: the only covering game was created in the current L1
// block, and the portal takes proofs against it only in a later one.
func (v *view) coveringGameTooNew(g *game) error {
	e, st := v.e, v.st
	st.Stage = escape.StageWaitingState
	st.Happened = fmt.Sprintf("Your withdrawal ran on L2 in block %d and dispute game %s (index %d, L2 block %d) covers it, but the game was created in the current L1 block: the portal accepts proofs against a game only in a later block.", e.OP.L2Block, g.proxy.Hex(), g.index, g.l2Block)
	st.Next = "From the next L1 block (about " + fmt.Sprint(v.c.l1Block) + " seconds), the withdrawal can be proven against it."
	st.Do = "Run `escape next " + e.ID + "` again in a few seconds."
	st.Waits = []escape.Wait{{What: "the next L1 block (proofs against game " + g.proxy.Hex() + " are accepted from then)", Until: time.Unix(int64(g.created+1), 0), Estimate: true}}
	return nil
}

// noCoveringGame: no usable game of the respected type covers the
// withdrawal's L2 block yet. When the proposer has stopped and the
// respected type is permissionless, escape offers to propose (propose.go).
func (v *view) noCoveringGame(ctx context.Context, found *gameSearch, act bool) error {
	e, st, c := v.e, v.st, v.c
	st.Stage = escape.StageWaitingState
	st.Happened = fmt.Sprintf("Your withdrawal ran on L2 in block %d. No valid dispute game of the respected type (%d) covers that block yet.", e.OP.L2Block, c.respected)
	st.Next = "The proposer creates dispute games regularly (about every hour on mainnets). If the proposer is down, games on permissionless chains can be created by anyone."
	st.Do = "Wait, and run `escape status " + e.ID + "` again."
	w := escape.Wait{What: "a dispute game covering L2 block " + fmt.Sprint(e.OP.L2Block), Estimate: true}
	if found.interval > 0 {
		// The proposer's recent pace; a game proposed after the
		// withdrawal's block covers it.
		next := found.lastRespected + found.interval
		for next < uint64(v.now.Unix()) {
			next += found.interval
		}
		w.Until = time.Unix(int64(next), 0)
		st.Next += fmt.Sprintf(" Recent games of type %d came about every %s.", c.respected, ui.Duration(time.Duration(found.interval)*time.Second))
	}
	st.Waits = []escape.Wait{w}
	return v.offerProposal(ctx, act)
}

func (v *view) readyToProve(ctx context.Context, found *gameSearch, act bool) error {
	e, st, c := v.e, v.st, v.c
	g := found.newest
	st.Stage, st.Action = escape.StageReadyToProve, escape.ActionProve
	st.Happened = fmt.Sprintf("Your withdrawal ran on L2 in block %d and dispute game %s (index %d, L2 block %d) covers it.", e.OP.L2Block, g.proxy.Hex(), g.index, g.l2Block)
	st.Do = "Run `escape next " + e.ID + "` to prove it on L1. Proving starts the proof maturity period (" + ui.Duration(time.Duration(c.maturity)*time.Second) + ")."
	if v.env.L2 == nil {
		st.NeedsL2 = fmt.Sprintf("proving needs the storage proof of the withdrawal at L2 block %d (eth_getProof on the L2ToL1MessagePasser) and that block's header. Pass --l2-rpc: any read-only L2 node that still has that block's state serves, including a replica.", g.l2Block)
	}
	if !act {
		return nil
	}
	// A game the defender already won cannot be lost any more: prove
	// against it when the L2 RPC still has the state of its block.
	if r := found.resolved; r != nil && r != g && v.env.L2 != nil {
		if p, err := buildProof(ctx, v.env, e.OP.WithdrawalHash, r.l2Block); err == nil && p.root == r.root {
			return v.proveWith(ctx, r, p)
		}
	}
	return v.prove(ctx, g)
}

func (v *view) prove(ctx context.Context, g *game) error {
	if v.env.L2 == nil {
		v.st.NeedsL2 = fmt.Sprintf("the storage proof of the withdrawal at L2 block %d (eth_getProof); any read-only L2 node that has that block's state serves", g.l2Block)
		return escape.Errorf("needs-l2", "pass --l2-rpc URL (a read-only replica serves)", "proving needs L2 data")
	}
	p, err := buildProof(ctx, v.env, v.e.OP.WithdrawalHash, g.l2Block)
	if err != nil {
		return err
	}
	return v.proveWith(ctx, g, p)
}

// proveWith sends the proof after checking locally that the output root
// built from the L2 equals the game's root claim.
func (v *view) proveWith(ctx context.Context, g *game, p *outputProof) error {
	if p.root != g.root {
		return escape.Errorf("root-mismatch",
			"the game's claim does not match the L2 state your L2 RPC reports: either the game is invalid (it will be challenged; wait for another) or the L2 RPC is wrong. Nothing was sent.",
			"dispute game %s claims output root %s, but the L2 gives %s at block %d", g.proxy.Hex(), g.root.Hex(), p.root.Hex(), g.l2Block)
	}
	input, err := portal2ABI().Pack("proveWithdrawalTransaction", v.withdrawalTx(), new(big.Int).SetUint64(g.index), p.rootProof, p.proof)
	if err != nil {
		return err
	}
	step := "prove"
	if v.e.OP.ProofsTried > 0 {
		step = fmt.Sprintf("prove-%d", v.e.OP.ProofsTried+1)
	}
	res, err := v.env.Pipeline.Send(ctx, pipeline.Request{Escape: v.e, Step: step, To: v.c.portal, ToName: "OptimismPortal", Data: input, ABIs: allRevertABIs(),
		Summary: pipeline.Summary{Title: "Prove your withdrawal on L1",
			Lines: []ui.KV{{Key: "Withdrawal", Value: v.e.OP.WithdrawalHash.Hex()}, {Key: "Dispute game", Value: fmt.Sprintf("%s (index %d, L2 block %d)", g.proxy.Hex(), g.index, g.l2Block)},
				{Key: "Output root", Value: p.root.Hex() + " (checked against the L2 state)"}},
			Timeline: []ui.KV{{Key: "Then", Value: fmt.Sprintf("wait the proof maturity period (%s) and for the game to resolve, then `escape next` finalizes", ui.Duration(time.Duration(v.c.maturity)*time.Second))}}}})
	if err != nil || res.DryRun {
		return err // a dry run proved nothing: the status stays ready-to-prove
	}
	v.e.OP.ProofsTried++
	v.e.OP.ProofGame, v.e.OP.ProofIndex, v.e.OP.ProofL2Blk = g.proxy, g.index, g.l2Block
	forgetOldProof(v.st, g.proxy)
	v.st.Stage, v.st.Action = escape.StageWaitingFinalize, escape.ActionNone
	v.st.Happened = fmt.Sprintf("The withdrawal is proven on L1 against dispute game %s.", g.proxy.Hex())
	v.st.Next = fmt.Sprintf("It can be finalized after the proof maturity period (%s), once the game has resolved and its finality delay has passed.", ui.Duration(time.Duration(v.c.maturity)*time.Second))
	v.st.Do = "Wait; `escape status " + v.e.ID + "` shows the times, and `escape next " + v.e.ID + "` finalizes when they are over."
	return v.env.Store.Save(v.e)
}

func (v *view) finalize(ctx context.Context, prover common.Address) error {
	var input []byte
	var err error
	how := "finalizeWithdrawalTransaction"
	if prover == v.e.From || v.c.gen == Legacy {
		input, err = portal2ABI().Pack("finalizeWithdrawalTransaction", v.withdrawalTx())
	} else {
		how = "finalizeWithdrawalTransactionExternalProof (proved by " + prover.Hex() + ")"
		input, err = portal2ABI().Pack("finalizeWithdrawalTransactionExternalProof", v.withdrawalTx(), prover)
	}
	if err != nil {
		return err
	}
	amount := "the withdrawn funds"
	if v.e.Token == nil && v.e.Amount != "" {
		if a, ok := new(big.Int).SetString(v.e.Amount, 10); ok {
			amount = fmt.Sprintf("%s ETH", formatETH(a))
		}
	}
	res, err := v.env.Pipeline.Send(ctx, pipeline.Request{Escape: v.e, Step: "finalize", To: v.c.portal, ToName: "OptimismPortal", Data: input, ABIs: allRevertABIs(),
		Summary: pipeline.Summary{Title: "Finalize your withdrawal on L1",
			Lines: []ui.KV{{Key: "Withdrawal", Value: v.e.OP.WithdrawalHash.Hex()}, {Key: "Call", Value: how},
				{Key: "Pays", Value: amount + " to " + v.recipient()}}}})
	if err != nil || res.DryRun {
		return err // a dry run finalized nothing: the status stays ready-to-finalize
	}
	v.st.Stage, v.st.Action = escape.StageFinalized, escape.ActionNone
	v.st.Happened = "The withdrawal is finalized on L1: " + amount + " went to " + v.recipient() + "."
	v.st.Next, v.st.Do = "", "Nothing. Check the balance on an L1 explorer."
	v.st.Waits = nil
	// A cross-domain message may finalize at the portal while the
	// messenger's call to its target fails: say so at once.
	if r, err := v.readRelay(ctx); err == nil && r != nil {
		v.st.Facts["crossDomainMessageHash"] = r.hash.Hex()
		if r.failed {
			v.relayFailed(r)
		}
	}
	return nil
}

// forgetOldProof drops what the status said about an earlier proof once a
// new one is mined: the invalidated game is history, not the state.
func forgetOldProof(st *escape.Status, game common.Address) {
	var kept []string
	for _, ov := range st.Overlays {
		if ov != "invalidated" {
			kept = append(kept, ov)
		}
	}
	st.Overlays = kept
	delete(st.Facts, "invalidated")
	delete(st.Facts, "proven by")
	st.Facts["provenAgainstGame"] = game.Hex()
}

// recipient names who the withdrawal pays: the recorded recipient, else
// the withdrawal's L1 target (a withdrawal followed from L2 may have no
// recipient recorded).
func (v *view) recipient() string {
	switch {
	case v.e.Recipient != nil:
		return v.e.Recipient.Hex()
	case v.e.OP != nil && v.e.OP.Withdrawal != nil:
		return v.e.OP.Withdrawal.Target.Hex()
	}
	return "its L1 target"
}

func formatETH(a *big.Int) string {
	f := new(big.Float).Quo(new(big.Float).SetInt(a), big.NewFloat(1e18))
	return f.Text('f', -1)
}
