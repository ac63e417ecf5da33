package opstack

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/pipeline"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/escape/ui"
	"github.com/l2escape/escape/escape/units"
)

// The bond of a game the user proposed comes back through the game's
// claimCredit(user), in one of two ways depending on the game's version:
//   - FaultDisputeGame 1.2.0 (contracts-bedrock 0.17.3): resolving a claim
//     credits its winner and unlocks the amount in DelayedWETH at once;
//     after the DelayedWETH delay, one claimCredit pays it.
//   - newer games (bondDistributionMode): nothing is unlocked before the
//     game is finalized (resolved plus the air-gap); the first claimCredit
//     then unlocks, and a second one after the DelayedWETH delay pays.
// A game the challenger won credits the root bond to the challenger: the
// bond is reported lost.

// bondView is what the chain says about the user's bond.
type bondView struct {
	game                 common.Address
	status, resolvedAt   uint64
	credit               *big.Int
	unlockFirst          bool // newer games: claimCredit unlocks first
	unlocked             bool // newer games: hasUnlockedCredit(user)
	finalized            bool // newer games: the AnchorStateRegistry finalized the game
	unlockedAt, wethWait uint64
}

// bondOutstanding reports whether the user has a bond in a game.
func (v *view) bondOutstanding() bool {
	p := v.e.OP.Proposal
	return p != nil && p.BondState == record.BondHeld
}

// proposalGame fills the proposal's game address from the create receipt
// when a crash came between broadcast and recording it.
func (v *view) proposalGame(ctx context.Context) (common.Address, error) {
	p := v.e.OP.Proposal
	if p.Game != (common.Address{}) {
		return p.Game, nil
	}
	tx := v.e.MinedTx("propose")
	if tx == nil {
		return common.Address{}, nil
	}
	r, err := v.env.L1.TransactionReceipt(ctx, tx.Hash)
	if err != nil {
		return common.Address{}, escape.Wrap(err, "rpc-error", "try again", "cannot read the propose receipt")
	}
	g, _ := createdGame(r)
	p.Game, p.CreateTx = g, tx.Hash
	return g, v.env.Store.Save(v.e)
}

func readBond(ctx context.Context, v *view, game common.Address) (*bondView, error) {
	ctx = chain.WithPurpose(ctx, "reading your bond in the dispute game")
	l1, user := v.env.L1, v.e.From
	status := &ethCall{to: game, data: pack(gameNowABI, "status")}
	resolvedAt := &ethCall{to: game, data: pack(gameNowABI, "resolvedAt")}
	credit := &ethCall{to: game, data: pack(gameNowABI, "credit", user)}
	weth := &ethCall{to: game, data: pack(gameNowABI, "weth")}
	mode := &ethCall{to: game, data: pack(gameNowABI, "bondDistributionMode")}
	unlocked := &ethCall{to: game, data: pack(gameNowABI, "hasUnlockedCredit", user)}
	calls := []*ethCall{status, resolvedAt, credit, weth, mode, unlocked}
	var finalized *ethCall
	if v.c.asr != (common.Address{}) {
		finalized = &ethCall{to: v.c.asr, data: pack(asrABI, "isGameFinalized", game)}
		calls = append(calls, finalized)
	}
	if err := batch(ctx, l1, calls); err != nil {
		return nil, escape.Wrap(err, "rpc-error", "try again or pass another --l1-rpc", "cannot read your proposal's game %s", game.Hex())
	}
	b := &bondView{game: game, unlockFirst: mode.err == nil, unlocked: unlocked.bool()}
	b.status, _ = status.uint()
	b.resolvedAt, _ = resolvedAt.uint()
	b.credit, _ = credit.word()
	if b.credit == nil {
		b.credit = new(big.Int)
	}
	b.finalized = finalized != nil && finalized.bool()
	if w, ok := weth.addr(); ok {
		delay := &ethCall{to: w, data: sel("delay()")}
		// withdrawals(owner = the game, guy = the user) -> (amount, timestamp)
		req := &ethCall{to: w, data: sel("withdrawals(address,address)", game.Bytes(), user.Bytes())}
		if err := batch(ctx, l1, []*ethCall{delay, req}); err == nil {
			b.wethWait, _ = delay.uint()
			if len(req.out) >= 64 {
				b.unlockedAt = new(big.Int).SetBytes(req.out[32:64]).Uint64()
			}
		}
	}
	return b, nil
}

// nextStep says which claimCredit call brings the bond of a game the
// defender won back, and from when ("" when it is back already).
func (b *bondView) nextStep(now, finality uint64) (step, what string, due uint64) {
	if b.credit.Sign() == 0 && (!b.unlockFirst || b.unlocked) {
		return "", "", 0
	}
	if b.unlockFirst && !b.unlocked {
		due = b.resolvedAt + finality // the game is finalized (AnchorStateRegistry)
		if b.finalized {
			due = min(due, now)
		}
		return "unlock-bond", "claimCredit (first call): unlocks the bond in DelayedWETH; a second call pays it after the delay", due
	}
	due = b.unlockedAt + b.wethWait
	if b.unlockedAt == 0 {
		due = b.resolvedAt + b.wethWait
	}
	return "claim-bond", "claimCredit: DelayedWETH pays the bond to your address", due
}

// followBond is the bond step: it runs whenever the user has a bond out,
// after the withdrawal's own stage was decided. It reports the bond, and
// when nothing else is due it offers (next: sends) what brings it back:
// resolving the game if nobody did, then claimCredit. withdrawalDone says
// the withdrawal is finalized, so the escape waits on the bond alone.
func (v *view) followBond(ctx context.Context, act, withdrawalDone bool) error {
	e, st := v.e, v.st
	game, err := v.proposalGame(ctx)
	if err != nil || game == (common.Address{}) {
		return err
	}
	b, err := readBond(ctx, v, game)
	if err != nil {
		return err
	}
	bond := units.ETH(e.OP.Proposal.Bond.ToInt())
	st.Facts["yourProposal"] = fmt.Sprintf("game %s, bond %s", game.Hex(), bond)
	free := st.Action == escape.ActionNone // nothing else is due now
	now := uint64(v.now.Unix())
	switch b.status {
	case gameChallengerWin:
		return v.settleBond(record.BondLost, fmt.Sprintf("the challenger won game %s, so the bond of %s went to them", game.Hex(), bond), withdrawalDone)
	case gameInProgress:
		v.bondNotBack(withdrawalDone)
		return v.resolveOwnGame(ctx, game, free, act)
	}
	// DEFENDER_WINS: the credit is the user's.
	step, what, due := b.nextStep(now, v.c.finality)
	if step == "" {
		return v.settleBond(record.BondReturned, fmt.Sprintf("the bond of %s came back from game %s", bond, game.Hex()), withdrawalDone)
	}
	if due <= now && free && act {
		return v.claimBond(ctx, b, step, what, withdrawalDone)
	}
	v.bondNotBack(withdrawalDone)
	if due > now {
		st.Waits = append(st.Waits, escape.Wait{What: fmt.Sprintf("the bond's delay (DelayedWETH, %s)", ui.Duration(time.Duration(b.wethWait)*time.Second)), Until: time.Unix(int64(due), 0)})
		return nil
	}
	if free {
		st.Action = escape.ActionClaimBond
		st.Next = fmt.Sprintf("The bond of %s can be claimed back from game %s.", units.ETH(b.credit), game.Hex())
		st.Do = "Run `escape next " + e.ID + "` to claim it."
	}
	return nil
}

// bondNotBack: with the withdrawal finalized, the escape waits on the bond.
func (v *view) bondNotBack(withdrawalDone bool) {
	if !withdrawalDone {
		return
	}
	st, p := v.st, v.e.OP.Proposal
	st.Stage = escape.StageRecoveringBond
	st.Happened += fmt.Sprintf(" The bond of %s you staked on dispute game %s is not back yet.", units.ETH(p.Bond.ToInt()), p.Game.Hex())
	st.Do = "Wait for the bond; `escape status " + v.e.ID + "` shows when it can be claimed."
	st.Waits = nil
}

// resolveOwnGame resolves the user's game once its clock has run out, when
// nothing else is due (the proof may stand on another game, which leaves
// ours to resolve for the bond alone).
func (v *view) resolveOwnGame(ctx context.Context, game common.Address, free, act bool) error {
	r, err := readGameResolution(ctx, v, game)
	if err != nil {
		return err
	}
	if !r.resolvableAt(uint64(v.now.Unix())) || r.challengerWins {
		v.st.Waits = append(v.st.Waits, escape.Wait{What: "your proposal's game resolves (its clock)", Until: time.Unix(int64(r.readyAt), 0), Estimate: true})
		return nil
	}
	if !free {
		return nil
	}
	v.describeUnresolved(r, "the one you proposed")
	if act {
		return v.resolveGame(ctx, r)
	}
	return nil
}

// claimBond sends claimCredit(user) through the pipeline.
func (v *view) claimBond(ctx context.Context, b *bondView, step, what string, withdrawalDone bool) error {
	e, st := v.e, v.st
	input, err := gameABI().Pack("claimCredit", e.From)
	if err != nil {
		return err
	}
	res, err := v.env.Pipeline.Send(ctx, pipeline.Request{Escape: e, Step: step, To: b.game, ToName: "FaultDisputeGame", Data: input, ABIs: append(allRevertABIs(), gameNowABI()),
		Summary: pipeline.Summary{Title: "Claim back the bond of the dispute game you proposed",
			Lines: []ui.KV{{Key: "Game", Value: b.game.Hex()}, {Key: "Call", Value: what}, {Key: "Credit", Value: units.ETH(b.credit) + " to " + e.From.Hex()}}}})
	if err != nil || res.DryRun {
		return err // a dry run claimed nothing: the status stays as it was
	}
	st.Action = escape.ActionNone
	if step == "unlock-bond" {
		v.bondNotBack(withdrawalDone)
		st.Next = fmt.Sprintf("The bond is unlocked; it can be claimed after the DelayedWETH delay (%s).", ui.Duration(time.Duration(b.wethWait)*time.Second))
		return v.env.Store.Save(e)
	}
	return v.settleBond(record.BondReturned, fmt.Sprintf("claimed the bond of %s back from game %s", units.ETH(b.credit), b.game.Hex()), withdrawalDone)
}

// noteSettledBond reports how the bond of the user's proposal ended.
func (v *view) noteSettledBond() {
	if p := v.e.OP.Proposal; p != nil && p.BondState != record.BondHeld {
		v.st.Facts["yourProposal"] = fmt.Sprintf("bond %s: %s", p.BondState, p.BondNote)
	}
}

// settleBond records the end of the bond and, if the withdrawal is done,
// the end of the escape.
func (v *view) settleBond(state, note string, withdrawalDone bool) error {
	e, st := v.e, v.st
	e.OP.Proposal.BondState, e.OP.Proposal.BondNote = state, note
	e.Note("bond %s: %s", state, note)
	st.Facts["yourProposal"] = note
	if withdrawalDone {
		st.Stage = escape.StageFinalized
		st.Happened += " Your proposal bond: " + note + "."
		st.Next, st.Do, st.Waits = "", "Nothing. Check the balance on an L1 explorer.", nil
	}
	return v.env.Store.Save(e)
}
