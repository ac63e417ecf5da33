package opstack

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/l2escape/escape/bindings/opcurrent"
	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/pipeline"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/escape/ui"
	"github.com/l2escape/escape/escape/units"
)

// When the chain's proposer stops, no dispute game ever covers a new
// withdrawal. Where the respected game type is permissionless, anyone may
// create one: DisputeGameFactory.create(type, outputRoot, l2Block) with the
// type's bond. escape does, from the user's own L2 replica, and then
// follows the game to the end: resolution, proof, finalization, and the
// bond back (bond.go).

const (
	// proposerStopFactor: the proposer counts as stopped after this many
	// of its usual intervals without a game of the respected type.
	proposerStopFactor = 4
	// paceWindow is how many of the newest games are read for the pace.
	paceWindow = 64
	// assumedInterval stands in when fewer than two recent games of the
	// respected type exist (mainnet proposers post about hourly).
	assumedInterval = 3600
)

var (
	gameNowABI = chain.LazyABI(opcurrent.FaultDisputeGameMetaData)
	pdgNowABI  = chain.LazyABI(opcurrent.PermissionedDisputeGameMetaData)
)

// createdTopic is DisputeGameCreated(address indexed, uint32 indexed, bytes32 indexed).
func createdTopic() common.Hash { return dgfABI().Events["DisputeGameCreated"].ID }

// proposerPace is what the newest games say about the chain's proposer.
type proposerPace struct {
	games    int    // games of the respected type among the newest paceWindow
	last     uint64 // creation time of the newest one (0: none)
	interval uint64 // mean seconds between them
	assumed  bool   // interval is assumedInterval, not read
}

// silence is how long no game of the respected type was created.
func (p *proposerPace) silence(now uint64) uint64 {
	if p.last == 0 || now < p.last {
		return now
	}
	return now - p.last
}

// stopped: no game for proposerStopFactor intervals.
func (p *proposerPace) stopped(now uint64) bool {
	return p.silence(now) > proposerStopFactor*p.interval
}

func (p *proposerPace) describe(now uint64, gameType uint32) string {
	how := fmt.Sprintf("games of type %d came about every %s", gameType, ui.Duration(time.Duration(p.interval)*time.Second))
	if p.assumed {
		how = fmt.Sprintf("too few recent games of type %d to read a pace, so an interval of %s is assumed", gameType, ui.Duration(time.Duration(p.interval)*time.Second))
	}
	if p.last == 0 {
		return fmt.Sprintf("no game of type %d among the newest %d games; %s", gameType, paceWindow, how)
	}
	return fmt.Sprintf("the newest game of type %d was created %s ago; %s", gameType, ui.Duration(time.Duration(p.silence(now))*time.Second), how)
}

// readProposerPace reads the newest paceWindow games in one round trip.
func readProposerPace(ctx context.Context, v *view) (*proposerPace, error) {
	c := v.c
	lo := uint64(0)
	if c.gameCount > paceWindow {
		lo = c.gameCount - paceWindow
	}
	var calls []*ethCall
	for i := lo; i < c.gameCount; i++ {
		calls = append(calls, &ethCall{to: c.dgf, data: pack(dgfABI, "gameAtIndex", new(big.Int).SetUint64(i))})
	}
	if err := batch(ctx, v.env.L1, calls); err != nil {
		return nil, escape.Wrap(err, "rpc-error", "try again or pass another --l1-rpc", "cannot list the newest dispute games")
	}
	p := &proposerPace{}
	var first uint64
	for _, cl := range calls {
		if cl.err != nil || len(cl.out) < 96 {
			continue
		}
		if new(big.Int).SetBytes(cl.out[:32]).Uint64() != uint64(c.respected) {
			continue
		}
		created := new(big.Int).SetBytes(cl.out[32:64]).Uint64()
		if p.games == 0 {
			first = created
		}
		p.games++
		p.last = created
	}
	if p.games >= 2 && p.last > first {
		p.interval = (p.last - first) / uint64(p.games-1)
	} else {
		p.interval, p.assumed = assumedInterval, true
	}
	return p, nil
}

// proposal is a game escape can create for the withdrawal.
type proposal struct {
	gameType  uint32
	l2Block   uint64
	root      common.Hash
	safeNote  string // how the block was checked against the L1-derived safe head
	bond      *big.Int
	impl      common.Address
	maxClock  uint64
	wethDelay uint64
	// unlockFirst: the game pays bonds in two claimCredit calls (unlock,
	// then withdraw after the DelayedWETH delay) once it is finalized,
	// rather than one claimCredit after the delay from resolution.
	unlockFirst bool
}

// readProposalTerms reads the bond, the game's clock and the DelayedWETH
// delay of the respected type.
func readProposalTerms(ctx context.Context, v *view, p *proposal) error {
	c, l1 := v.c, v.env.L1
	bond := &ethCall{to: c.dgf, data: pack(dgfABI, "initBonds", p.gameType)}
	impl := &ethCall{to: c.dgf, data: pack(dgfABI, "gameImpls", p.gameType)}
	if err := batch(ctx, l1, []*ethCall{bond, impl}); err != nil {
		return escape.Wrap(err, "rpc-error", "try again or pass another --l1-rpc", "cannot read the DisputeGameFactory")
	}
	p.bond, _ = bond.word()
	if p.bond == nil {
		p.bond = new(big.Int)
	}
	p.impl, _ = impl.addr()
	if p.impl == (common.Address{}) {
		return escape.Errorf("no-game-implementation", "the chain cannot take games of its respected type; report it to the chain",
			"the DisputeGameFactory has no implementation for game type %d", p.gameType)
	}
	clock := &ethCall{to: p.impl, data: pack(gameNowABI, "maxClockDuration")}
	weth := &ethCall{to: p.impl, data: pack(gameNowABI, "weth")}
	mode := &ethCall{to: p.impl, data: pack(gameNowABI, "bondDistributionMode")}
	// Output-root games answer l2BlockNumber(); super-root games (a root
	// over several chains at a timestamp) do not, and escape's claim, one
	// chain's output root, would be wrong for them.
	outputRootGame := &ethCall{to: p.impl, data: pack(gameNowABI, "l2BlockNumber")}
	if err := batch(ctx, l1, []*ethCall{clock, weth, mode, outputRootGame}); err != nil {
		return escape.Wrap(err, "rpc-error", "try again or pass another --l1-rpc", "cannot read the dispute game implementation")
	}
	if outputRootGame.err != nil {
		return escape.Errorf("proposal-unsupported", "wait for the chain's proposer; `escape health --network "+v.e.Network+"` shows whether it is back",
			"game type %d (%s) does not claim a single chain's output root at an L2 block, so escape cannot propose one", p.gameType, p.impl.Hex())
	}
	p.maxClock, _ = clock.uint()
	p.unlockFirst = mode.err == nil
	if w, ok := weth.addr(); ok {
		if d, err := getUint(ctx, l1, w, sel("delay()")); err == nil {
			p.wethDelay = d
		}
	}
	return nil
}

// proposalBlock picks the L2 block to propose: the replica's L1-derived
// safe head (optimism_syncStatus where the replica is an op-node, else the
// "safe" block tag), which must be at or after the withdrawal's block.
func proposalBlock(ctx context.Context, v *view) (block uint64, note string, ready bool, err error) {
	want := v.e.OP.L2Block
	var sync struct {
		SafeL2 struct {
			Number hexutil.Uint64 `json:"number"`
		} `json:"safe_l2"`
	}
	if err := v.env.L2.CallContext(ctx, &sync, "optimism_syncStatus"); err == nil && sync.SafeL2.Number > 0 {
		safe := uint64(sync.SafeL2.Number)
		return safe, fmt.Sprintf("the replica's L1-derived safe head (optimism_syncStatus) is block %d", safe), safe >= want, nil
	}
	if h, err := v.env.L2.HeaderByNumber(ctx, big.NewInt(int64(rpc.SafeBlockNumber))); err == nil && h != nil {
		safe := h.Number.Uint64()
		return safe, fmt.Sprintf("the replica's safe block (L1-derived) is %d", safe), safe >= want, nil
	}
	head, err := v.env.L2.BlockNumber(ctx)
	if err != nil {
		return 0, "", false, escape.Wrap(err, "rpc-error", "try again or pass another --l2-rpc", "cannot read the L2 head")
	}
	return head, "the replica does not say its L1-derived safe head (no optimism_syncStatus, no \"safe\" tag): the head was used unchecked", head >= want, nil
}

// outputRootAt computes the version-0 output root of an L2 block from the
// replica: its state root, the L2ToL1MessagePasser's storage root
// (eth_getProof) and its hash.
func outputRootAt(ctx context.Context, v *view, block uint64) (common.Hash, error) {
	n := new(big.Int).SetUint64(block)
	header, err := v.env.L2.HeaderByNumber(ctx, n)
	if err != nil {
		return common.Hash{}, escape.Wrap(err, "needs-l2", "the L2 RPC must serve block "+fmt.Sprint(block), "cannot read L2 block %d", block)
	}
	res, err := v.env.L2.GetProof(ctx, MessagePasser, nil, n)
	if err != nil {
		return common.Hash{}, escape.Wrap(err, "needs-l2-archive", "the L2 RPC must answer eth_getProof at block "+fmt.Sprint(block), "eth_getProof at L2 block %d failed", block)
	}
	return OutputRoot(header.Root, res.StorageHash, header.Hash()), nil
}

// simulateCreate runs DisputeGameFactory.create as the user would send it
// (from the user's address, the bond attached). The user's balance is
// raised for the simulation only, so that permission, not funds, decides;
// endpoints without state overrides get the plain call.
func simulateCreate(ctx context.Context, v *view, gameType uint32, root common.Hash, l2Block uint64, bond *big.Int) error {
	input, err := dgfABI().Pack("create", gameType, root, common.BigToHash(new(big.Int).SetUint64(l2Block)).Bytes())
	if err != nil {
		return err
	}
	to := v.c.dgf
	callArg := map[string]any{"from": v.e.From, "to": to, "data": hexutil.Bytes(input), "value": (*hexutil.Big)(bond)}
	rich := new(big.Int).Add(bond, new(big.Int).Lsh(big.NewInt(1), 80))
	override := map[common.Address]map[string]any{v.e.From: {"balance": (*hexutil.Big)(rich)}}
	var out hexutil.Bytes
	err = v.env.L1.CallContext(ctx, &out, "eth_call", callArg, "latest", override)
	if err == nil || pipeline.RevertReason(err, allRevertABIs()...) != "" || isRevert(err) {
		return err
	}
	_, err = v.env.L1.CallContract(ctx, ethereum.CallMsg{From: v.e.From, To: &to, Value: bond, Data: input}, nil)
	return err
}

func isRevert(err error) bool {
	var de rpc.DataError
	return errors.As(err, &de) && de.ErrorData() != nil
}

// revertSelector is the 4-byte error selector of a revert, if any.
func revertSelector(err error) []byte {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil
	}
	var data []byte
	switch d := de.ErrorData().(type) {
	case string:
		data, _ = hexutil.Decode(d)
	case []byte:
		data = d
	}
	if len(data) < 4 {
		return nil
	}
	return data[:4]
}

// isBadAuth: the game refused the creator (PermissionedDisputeGame: only
// its proposer may create).
func isBadAuth(err error) bool {
	id := pdgNowABI().Errors["BadAuth"].ID
	return bytes.Equal(revertSelector(err), id[:4])
}

// permissionProbeRoot is the claim used to ask "may this address create a
// game?" when no real output root is known (no L2 RPC): the permission
// check comes before any check of the claim.
var permissionProbeRoot = crypto.Keccak256Hash([]byte("escape: may this address create a game?"))

// offerProposal is the propose step, reached when no usable game covers the
// withdrawal: it reads the proposer's pace and, if the proposer looks
// stopped, whether the user may create a game, and offers to (next: does).
// What it cannot read is reported in the status, not as an error: the
// withdrawal's own stage stands either way.
func (v *view) offerProposal(ctx context.Context, act bool) error {
	if v.c.paused {
		return nil // nothing can be proven while paused: no bond is staked
	}
	prop, err := v.proposalOffer(ctx)
	if err != nil {
		v.st.Facts["proposalCheck"] = firstLine(err.Error())
		return nil
	}
	if prop != nil && act {
		return v.propose(ctx, prop)
	}
	return nil
}

// proposalOffer decides whether escape can propose, and fills the status;
// it returns the proposal when it can: the proposer looks stopped, the
// replica gives a claim at an L1-derived block, and the factory lets the
// user create the game.
func (v *view) proposalOffer(ctx context.Context) (*proposal, error) {
	if p := v.e.OP.Proposal; p != nil {
		// A game we proposed that no longer serves (lost, blacklisted...):
		// its bond is followed in bond.go; escape does not stake again.
		v.st.Facts["yourProposal"] = fmt.Sprintf("game %s no longer covers the withdrawal; escape does not propose twice on its own", p.Game.Hex())
		return nil, nil
	}
	if stopped, err := v.proposerStopped(ctx); err != nil || !stopped {
		return nil, err
	}
	prop, err := v.draftProposal(ctx)
	if err != nil || prop == nil {
		return nil, err
	}
	if allowed, err := v.mayPropose(ctx, prop); err != nil || !allowed || prop.root == (common.Hash{}) {
		return nil, err
	}
	v.st.Waits = nil
	v.describeProposal(prop)
	return prop, nil
}

// proposerStopped reads the proposer's pace into the status.
func (v *view) proposerStopped(ctx context.Context) (bool, error) {
	now := uint64(v.now.Unix())
	pace, err := readProposerPace(ctx, v)
	if err != nil {
		return false, err
	}
	v.st.Facts["proposer"] = pace.describe(now, v.c.respected)
	if !pace.stopped(now) {
		return false, nil
	}
	// The proposer's pace no longer predicts the next game.
	v.st.Waits = []escape.Wait{{What: "the chain's proposer to post a game covering L2 block " + fmt.Sprint(v.e.OP.L2Block)}}
	return true, nil
}

// draftProposal reads the game's terms and, from the user's L2 replica, the
// block and its output root. Without an L2 RPC the root stays zero (the
// permission can still be checked); nil means the withdrawal's block is not
// L1-derived yet.
func (v *view) draftProposal(ctx context.Context) (*proposal, error) {
	e, st := v.e, v.st
	prop := &proposal{gameType: v.c.respected, l2Block: e.OP.L2Block}
	if v.env.L2 != nil {
		b, note, ready, err := proposalBlock(ctx, v)
		if err != nil {
			return nil, err
		}
		if !ready {
			st.Next = fmt.Sprintf("The proposer looks stopped (%s). escape can propose a game itself once the withdrawal's L2 block %d is derived from L1: %s.", st.Facts["proposer"], e.OP.L2Block, note)
			return nil, nil
		}
		if prop.root, err = outputRootAt(ctx, v, b); err != nil {
			return nil, err
		}
		prop.l2Block, prop.safeNote = b, note
	}
	return prop, readProposalTerms(ctx, v, prop)
}

// mayPropose simulates DisputeGameFactory.create from the user's address
// (with a placeholder claim when the root is not known): never a table of
// game names. It fills the status when the user may not, or cannot tell.
func (v *view) mayPropose(ctx context.Context, p *proposal) (bool, error) {
	e, st, c := v.e, v.st, v.c
	root := p.root
	if root == (common.Hash{}) {
		root = permissionProbeRoot
	}
	needsL2 := fmt.Sprintf("to propose a game yourself escape computes the output root of an L2 block at or after %d (state root, L2ToL1MessagePasser storage root by eth_getProof, block hash). Pass --l2-rpc: a read-only replica serves.", e.OP.L2Block)
	err := simulateCreate(ctx, v, c.respected, root, p.l2Block, p.bond)
	switch {
	case err != nil && isBadAuth(err):
		return false, v.permissioned(ctx)
	case err != nil && p.root == (common.Hash{}):
		// The placeholder claim may fail on its block: permission is
		// unknown until the real root is known.
		st.NeedsL2 = "the proposer looks stopped; " + needsL2
		return false, nil
	case err != nil:
		reason := pipeline.RevertReason(err, append(allRevertABIs(), gameNowABI(), pdgNowABI())...)
		if reason == "" {
			reason = firstLine(err.Error())
		}
		st.Facts["proposalSimulation"] = fmt.Sprintf("DisputeGameFactory.create of type %d from your address reverts: %s", c.respected, reason)
		return false, nil
	}
	st.Facts["permissionless"] = fmt.Sprintf("game type %d: DisputeGameFactory.create simulated from your address succeeds", c.respected)
	if p.root == (common.Hash{}) {
		st.Next = fmt.Sprintf("The proposer looks stopped (%s), and anyone may create games of type %d: escape can propose one itself.", st.Facts["proposer"], c.respected)
		st.NeedsL2 = "proposing needs the output root: " + needsL2
	}
	return true, nil
}

// proposalTimeline says when each step becomes possible after creating the
// game now (if nobody challenges it).
func (v *view) proposalTimeline(p *proposal) []ui.KV {
	c := v.c
	now := v.now
	resolves := now.Add(time.Duration(p.maxClock) * time.Second)
	finalize := resolves.Add(time.Duration(c.finality) * time.Second)
	if m := now.Add(time.Duration(c.maturity) * time.Second); m.After(finalize) {
		finalize = m
	}
	bondBack := resolves.Add(time.Duration(p.wethDelay) * time.Second)
	how := "one claimCredit after the DelayedWETH delay from resolution"
	if p.unlockFirst {
		bondBack = resolves.Add(time.Duration(c.finality+p.wethDelay) * time.Second)
		how = "claimCredit once the game is finalized (unlocks), again after the DelayedWETH delay (pays)"
	}
	return []ui.KV{
		{Key: "Game clock", Value: fmt.Sprintf("%s: unchallenged, the game can be resolved %s", ui.Duration(time.Duration(p.maxClock)*time.Second), ui.When(resolves, now))},
		{Key: "Prove", Value: "right after the game is created (`escape next`)"},
		{Key: "Finalize", Value: fmt.Sprintf("about %s: proof maturity %s; resolution plus the %s air-gap", ui.When(finalize, now),
			ui.Duration(time.Duration(c.maturity)*time.Second), ui.Duration(time.Duration(c.finality)*time.Second))},
		{Key: "Bond back", Value: fmt.Sprintf("about %s: %s; DelayedWETH delay %s", ui.When(bondBack, now), how, ui.Duration(time.Duration(p.wethDelay)*time.Second))},
	}
}

func (v *view) describeProposal(p *proposal) {
	e, st, c := v.e, v.st, v.c
	st.Action = escape.ActionPropose
	st.Facts["proposal"] = fmt.Sprintf("L2 block %d, output root %s; %s", p.l2Block, p.root.Hex(), p.safeNote)
	st.Facts["proposalBond"] = units.ETH(p.bond)
	st.Next = fmt.Sprintf("The proposer looks stopped (%s). Anyone may create games of type %d, so escape can propose one itself: it stakes a bond of %s, which comes back once the game resolves in your favour and the delays pass.",
		st.Facts["proposer"], c.respected, units.ETH(p.bond))
	st.Do = "Run `escape next " + e.ID + "` to create the game (it shows the bond and the times first)."
}

// propose creates the game through the pipeline and records it.
func (v *view) propose(ctx context.Context, p *proposal) error {
	e, c := v.e, v.c
	input, err := dgfABI().Pack("create", p.gameType, p.root, common.BigToHash(new(big.Int).SetUint64(p.l2Block)).Bytes())
	if err != nil {
		return err
	}
	// Recorded before the broadcast (with the transaction), so a crash
	// after it still knows a bond is out.
	e.OP.Proposal = &record.OPProposal{GameType: p.gameType, RootClaim: p.root, L2Block: p.l2Block, Bond: (*hexutil.Big)(p.bond), BondState: record.BondHeld}
	res, err := v.env.Pipeline.Send(ctx, pipeline.Request{Escape: e, Step: "propose", To: c.dgf, ToName: "DisputeGameFactory", Value: p.bond, Data: input, ABIs: allRevertABIs(),
		Summary: pipeline.Summary{Title: "Propose a dispute game for your withdrawal (the chain's proposer has stopped)",
			Lines: []ui.KV{{Key: "Game", Value: fmt.Sprintf("type %d, L2 block %d", p.gameType, p.l2Block)},
				{Key: "Output root", Value: p.root.Hex() + " (computed from your L2 RPC)"},
				{Key: "L2 block check", Value: p.safeNote},
				{Key: "Bond", Value: units.ETH(p.bond) + " (DisputeGameFactory.initBonds; yours again once the game resolves in your favour)"}},
			Timeline: v.proposalTimeline(p),
			Warnings: []string{"If someone challenges the claim and wins, the bond goes to them. The claim is only as right as your L2 RPC: use a node you trust."}}})
	if err != nil || res == nil || res.DryRun {
		if res == nil || res.Tx == nil || res.Tx.State == record.TxReverted {
			// Nothing was signed, or the create reverted (the bond was
			// never taken): no bond is out.
			e.OP.Proposal = nil
			_ = v.env.Store.Save(e)
		}
		return err
	}
	e.OP.Proposal.CreateTx = res.Tx.Hash
	if g, ok := createdGame(res.Receipt); ok {
		e.OP.Proposal.Game = g
	}
	e.Note("proposed dispute game %s (type %d, L2 block %d, bond %s wei)", e.OP.Proposal.Game.Hex(), p.gameType, p.l2Block, p.bond)
	st := v.st
	st.Stage, st.Action = escape.StageReadyToProve, escape.ActionProve
	st.Happened = fmt.Sprintf("You created dispute game %s for L2 block %d with a bond of %s.", e.OP.Proposal.Game.Hex(), p.l2Block, units.ETH(p.bond))
	st.Next = "Next the withdrawal is proven against it; the game resolves when its clock runs out."
	st.Do = "Run `escape next " + e.ID + "` to prove the withdrawal."
	return v.env.Store.Save(e)
}

// createdGame finds the factory's DisputeGameCreated event in a receipt.
func createdGame(r *types.Receipt) (common.Address, bool) {
	if r == nil {
		return common.Address{}, false
	}
	for _, l := range r.Logs {
		if len(l.Topics) == 4 && l.Topics[0] == createdTopic() {
			return common.BytesToAddress(l.Topics[1][12:]), true
		}
	}
	return common.Address{}, false
}

// permissionlessType is the game type anyone may create on standard chains
// (FaultDisputeGame, CANNON).
const permissionlessType = 0

// permissioned: only the chain's proposer may create games of the
// respected type. status (and health) say what that means for the
// withdrawal, and the chain's own fallback if it has one.
func (v *view) permissioned(ctx context.Context) error {
	st, c, e := v.st, v.c, v.e
	st.Facts["proposals"] = fmt.Sprintf("permissioned: only the chain's proposer may create games of type %d (DisputeGameFactory.create simulated from your address reverts with BadAuth)", c.respected)
	st.Next = fmt.Sprintf("The proposer looks stopped (%s). You cannot propose a game yourself: the respected game type %d is permissioned. The withdrawal stays safe on L2 but cannot be proven until the chain's proposer creates a game covering L2 block %d. %s",
		st.Facts["proposer"], c.respected, e.OP.L2Block, v.permissionedFallback(ctx))
	st.Do = "Wait, and run `escape status " + e.ID + "` again; `escape health --network " + e.Network + "` shows whether the proposer is back."
	return nil
}

// permissionedFallback names the chain's fallback: a permissionless game
// type registered in the factory that the guardian can make respected.
func (v *view) permissionedFallback(ctx context.Context) string {
	c := v.c
	if c.respected == permissionlessType {
		return ""
	}
	impl := &ethCall{to: c.dgf, data: pack(dgfABI, "gameImpls", uint32(permissionlessType))}
	if err := batch(ctx, v.env.L1, []*ethCall{impl}); err != nil {
		return ""
	}
	if a, ok := impl.addr(); ok && a != (common.Address{}) {
		return fmt.Sprintf("The chain's fallback: its DisputeGameFactory also registers the permissionless game type %d (%s); the guardian can make it the respected type, after which anyone, escape included, can propose.", permissionlessType, a.Hex())
	}
	return "The chain registers no permissionless game type, so it has no fallback but its proposer."
}
