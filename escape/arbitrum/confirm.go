package arbitrum

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/bindings/nitro"
	"github.com/l2escape/escape/bindings/nitrolegacy"
	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/pipeline"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/escape/ui"
	"github.com/l2escape/escape/escape/units"
)

// usualAssertionBlocks is how often validators post assertions on the
// Arbitrum chains in practice (about an hour of L1 blocks); the rollup's
// own minimumAssertionPeriod is only a floor.
const usualAssertionBlocks = 300

var (
	boldRollupABI   = chain.LazyABI(nitro.RollupUserLogicMetaData)
	legacyRollupABI = chain.LazyABI(nitrolegacy.RollupUserLogicMetaData)
)

// confirmation is what the rollup says about confirming the next
// assertion (node) after the latest confirmed one, and who may.
type confirmation struct {
	Prev     common.Hash // the latest confirmed assertion (legacy: node number) when read
	Next     *assertion  // the child of the latest confirmed assertion
	Deadline uint64      // first L1 block confirmAssertion / confirmNextNode accepts
	// Who may call: the rollup's onlyValidator modifier.
	WhitelistDisabled bool
	UserIsValidator   bool
	Paused            bool
	// BoLD: a second child of the latest confirmed means a challenge.
	Challenged bool
	// BoLD: from this L1 block on anyone may lift the allow-list
	// (removeWhitelistAfterValidatorAfk); 0 when not known.
	AfkFrom uint64
	// The call, ready to send.
	Data []byte
}

// blocker says who can confirm when the user cannot ("" when the user can).
func (c *confirmation) blocker(head uint64) string {
	switch {
	case c.Paused:
		return "the rollup is paused by its owner: nobody can confirm assertions until it is resumed"
	case c.Challenged:
		return "the assertion has a rival (a BoLD challenge): only the winner of the challenge can be confirmed, by a validator, once its edge is confirmed and challengeGracePeriodBlocks have passed"
	case !c.WhitelistDisabled && !c.UserIsValidator:
		s := "only the rollup's allow-listed validators can confirm it (RollupUserLogic's onlyValidator; the validator allow-list is on)"
		if c.AfkFrom > 0 && head >= c.AfkFrom {
			s += fmt.Sprintf("; the validators have been inactive long enough that anyone may lift the allow-list with removeWhitelistAfterValidatorAfk() (since L1 block %d), after which anyone may confirm", c.AfkFrom)
		} else if c.AfkFrom > 0 {
			s += fmt.Sprintf("; if the validators stay inactive, anyone may lift the allow-list with removeWhitelistAfterValidatorAfk() from L1 block %d on", c.AfkFrom)
		}
		return s
	}
	return ""
}

// whoMay says in a sentence why the user may confirm.
func (c *confirmation) whoMay() string {
	if c.WhitelistDisabled {
		return "anyone may confirm it (the rollup's validator allow-list is disabled)"
	}
	return "your address is on the rollup's validator allow-list"
}

// readConfirmation reads what confirming the child of conf needs: BoLD
// confirmAssertion's arguments from the child's AssertionCreated event
// (its afterState, afterInboxBatchAcc, and the parent's config carried in
// its beforeStateData); legacy confirmNextNode's from NodeCreated.
func (s *Stack) readConfirmation(ctx context.Context, env *flow.Env, c *contracts, conf *assertion, user common.Address) (*confirmation, error) {
	if !c.BoLD {
		return s.readLegacyConfirmation(ctx, env, c, conf, user)
	}
	first := newView(c.Rollup, boldRollupABI(), "getFirstChildCreationBlock", conf.Hash)
	second := newView(c.Rollup, boldRollupABI(), "getSecondChildCreationBlock", conf.Hash)
	open := newView(c.Rollup, boldRollupABI(), "validatorWhitelistDisabled")
	paused := newView(c.Rollup, boldRollupABI(), "paused")
	isVal := newView(c.Rollup, boldRollupABI(), "isValidator", user)
	afk := newView(c.Rollup, boldRollupABI(), "validatorAfkBlocks")
	if err := runViews(ctx, env.L1, nil, first, second, open, paused, isVal, afk); err != nil {
		return nil, err
	}
	childBlock, ok := first.uint64(0)
	if !ok {
		return nil, first.need("Rollup.getFirstChildCreationBlock()")
	}
	if childBlock == 0 {
		return nil, nil // nothing asserted after the latest confirmed
	}
	cf := &confirmation{Prev: conf.Hash}
	cf.WhitelistDisabled, _ = open.bool()
	cf.Paused, _ = paused.bool()
	cf.UserIsValidator, _ = isVal.bool()
	if n, ok := second.uint64(0); ok && n > 0 {
		cf.Challenged = true
	}
	if n, ok := afk.uint64(0); ok && n > 0 {
		// _validatorIsAfk: the latest confirmed's first child (else the
		// latest confirmed itself) older than validatorAfkBlocks.
		cf.AfkFrom = childBlock + n + 1
	}
	b := new(big.Int).SetUint64(childBlock)
	logs, err := env.L1.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: b, ToBlock: b, Addresses: []common.Address{c.Rollup},
		Topics: [][]common.Hash{{topicAssertionCreated()}, nil, {conf.Hash}}})
	if err != nil {
		return nil, escape.Wrap(err, "rpc-error", "try again or pass another --l1-rpc", "could not read the assertion after %s", conf.ID)
	}
	if len(logs) == 0 {
		return nil, escape.Errorf("assertion-not-found", "try another --l1-rpc (this one may prune old logs)",
			"the AssertionCreated event of the child of %s is not in L1 block %d", conf.ID, childBlock)
	}
	l := logs[0]
	ev := boldRollupABI().Events["AssertionCreated"]
	vals, err := ev.Inputs.NonIndexed().Unpack(l.Data)
	if err != nil {
		return nil, fmt.Errorf("arbitrum: AssertionCreated: %w", err)
	}
	in := *abi.ConvertType(vals[0], new(nitro.AssertionInputs)).(*nitro.AssertionInputs)
	inboxAcc := vals[1].([32]byte)
	next := &assertion{ID: l.Topics[1].Hex(), Hash: l.Topics[1], CreatedAt: l.BlockNumber}
	if err := parseCreated(&l, true, next); err != nil {
		return nil, err
	}
	prevConfig := in.BeforeStateData.ConfigData
	next.DeadlineBlock = l.BlockNumber + prevConfig.ConfirmPeriodBlocks
	cf.Next, cf.Deadline = next, next.DeadlineBlock
	cf.Data = pack(boldRollupABI(), "confirmAssertion", next.Hash, conf.Hash, in.AfterState, [32]byte{}, prevConfig, inboxAcc)
	return cf, nil
}

// readLegacyConfirmation: confirmNextNode confirms firstUnresolvedNode
// with the block hash and send root its NodeCreated claimed.
func (s *Stack) readLegacyConfirmation(ctx context.Context, env *flow.Env, c *contracts, conf *assertion, user common.Address) (*confirmation, error) {
	firstUnresolved := newView(c.Rollup, legacyRollupABI(), "firstUnresolvedNode")
	latest := newView(c.Rollup, legacyRollupABI(), "latestNodeCreated")
	open := newView(c.Rollup, legacyRollupABI(), "validatorWhitelistDisabled")
	paused := newView(c.Rollup, legacyRollupABI(), "paused")
	isVal := newView(c.Rollup, legacyRollupABI(), "isValidator", user)
	if err := runViews(ctx, env.L1, nil, firstUnresolved, latest, open, paused, isVal); err != nil {
		return nil, err
	}
	num, ok := firstUnresolved.uint64(0)
	if !ok {
		return nil, firstUnresolved.need("Rollup.firstUnresolvedNode()")
	}
	if last, ok := latest.uint64(0); !ok || num > last {
		return nil, nil
	}
	next, err := s.assertionByID(ctx, env, c, common.BigToHash(new(big.Int).SetUint64(num)))
	if err != nil {
		return nil, err
	}
	cf := &confirmation{Prev: conf.Hash, Next: next, Deadline: next.DeadlineBlock}
	cf.WhitelistDisabled, _ = open.bool()
	cf.Paused, _ = paused.bool()
	cf.UserIsValidator, _ = isVal.bool()
	cf.Data = pack(legacyRollupABI(), "confirmNextNode", next.L2BlockHash, next.SendRoot)
	return cf, nil
}

// pastPeriod: an assertion covering the withdrawal is past its confirm
// period and not confirmed (the newest one, or the next to confirm when it
// already covers). If the rollup lets the user, `escape next` confirms the
// assertions in order up to it; otherwise the status says who can. False
// when nothing covering is confirmable yet.
func (s *Stack) pastPeriod(ctx context.Context, env *flow.Env, e *record.Escape, st *escape.Status, p *progress, conf, newest *assertion, ran string) (bool, error) {
	cf, err := s.readConfirmation(ctx, env, p.c, conf, e.From)
	if err != nil || cf == nil || p.head < cf.Deadline {
		return false, err
	}
	covering := newest
	if p.head < newest.DeadlineBlock {
		// Confirming now helps only if the next assertion covers it.
		if err := s.sendCount(ctx, env, cf.Next); err != nil {
			return false, err
		}
		if cf.Next.SendCount <= p.withdrawal.Position {
			return false, nil
		}
		covering = cf.Next
	}
	if cf.Challenged {
		// The newest may be the rival itself: name the first child, whose
		// fate the challenge decides.
		covering = cf.Next
	}
	p.confirm = cf
	st.Stage = escape.StageWaitingFinalize
	st.Facts["coveringAssertion"] = covering.ID
	st.Facts["nextToConfirm"] = cf.Next.ID
	st.Happened = ran + fmt.Sprintf(" Assertion %s (L1 block %d) covers it; its confirm period ended at L1 block %d, but nobody has confirmed it.",
		covering.ID, covering.CreatedAt, covering.DeadlineBlock)
	first := ""
	if cf.Next.Hash != covering.Hash {
		first = fmt.Sprintf(" The assertions before it come first, starting with %s (confirmable since block %d).", cf.Next.ID, cf.Deadline)
	}
	if who := cf.blocker(p.head); who != "" {
		st.Overlays = append(st.Overlays, "unconfirmed-past-period")
		st.Next = "It can be confirmed on the rollup, but " + who + "." + first
		st.Do = "Wait for the chain's validators to confirm it, and run `escape status " + e.ID + "` later (`escape health` shows whether the rollup is stalled)."
		return true, nil
	}
	st.Action = escape.ActionConfirm
	st.Next = "The validators did not confirm it, but " + cf.whoMay() + "." + first + " Once it is confirmed, the Outbox pays the withdrawal."
	st.Do = "Run `escape next " + e.ID + "` to confirm it (one L1 transaction per assertion), then the withdrawal is executed on the Outbox."
	return true, nil
}

// confirm sends confirmAssertion (BoLD) or confirmNextNode (legacy)
// through the pipeline. The step name carries the assertion, so each is
// confirmed at most once by this escape.
func (s *Stack) confirm(ctx context.Context, env *flow.Env, e *record.Escape, p *progress) error {
	cf, c := p.confirm, p.c
	method, step := "confirmAssertion", "confirm-assertion-"+cf.Next.Hash.Hex()[:18]
	if !c.BoLD {
		method, step = "confirmNextNode", "confirm-"+stepName(cf.Next.ID)
	}
	_, err := env.Pipeline.Send(ctx, pipeline.Request{Escape: e, Step: step, To: c.Rollup, ToName: "Rollup", Data: cf.Data, ABIs: errorABIs(),
		Summary: pipeline.Summary{Title: fmt.Sprintf("Confirm assertion %s on the rollup (%s)", cf.Next.ID, method),
			Lines: []ui.KV{
				{Key: "Why", Value: fmt.Sprintf("its confirm period ended at L1 block %d and the validators did not confirm it", cf.Deadline)},
				{Key: "Claims", Value: fmt.Sprintf("L2 block %s, send root %s (as posted in its creation event)", short(cf.Next.L2BlockHash), short(cf.Next.SendRoot))},
				{Key: "Allowed", Value: cf.whoMay()},
			},
			Timeline: []ui.KV{{Key: "Next", Value: "the Outbox learns the send root; `escape next` then executes the withdrawal"}}}})
	if err == nil {
		return nil
	}
	// A validator (or anyone) may have confirmed it first: that is success.
	lc := newView(c.Rollup, rollupABI(), "latestConfirmed")
	if runViews(ctx, env.L1, nil, lc) == nil {
		if now, ok := lc.hash(0); ok && now != cf.Prev {
			env.UI.Progress("Assertion %s was confirmed by someone else meanwhile: nothing more to confirm.", cf.Next.ID)
			return nil
		}
	}
	return err
}

func stepName(id string) string {
	out := []byte{}
	for _, r := range []byte(id) {
		if r == ' ' {
			r = '-'
		}
		out = append(out, r)
	}
	return string(out)
}

// stakeToAssert says, when no assertion has covered the withdrawal for
// longer than validators usually take, whether the user could post one and
// what it takes. It never offers to: staking is for those who run a node.
func (s *Stack) stakeToAssert(ctx context.Context, env *flow.Env, e *record.Escape, c *contracts, newest *assertion, head uint64) string {
	var views []*view
	var stake, token, open, minPeriod *view
	if c.BoLD {
		stake = newView(c.Rollup, boldRollupABI(), "baseStake")
		token = newView(c.Rollup, boldRollupABI(), "stakeToken")
		open = newView(c.Rollup, boldRollupABI(), "validatorWhitelistDisabled")
		minPeriod = newView(c.Rollup, boldRollupABI(), "minimumAssertionPeriod")
	} else {
		stake = newView(c.Rollup, legacyRollupABI(), "currentRequiredStake")
		token = newView(c.Rollup, legacyRollupABI(), "stakeToken")
		open = newView(c.Rollup, legacyRollupABI(), "validatorWhitelistDisabled")
		minPeriod = newView(c.Rollup, legacyRollupABI(), "minimumAssertionPeriod")
	}
	views = append(views, stake, token, open, minPeriod)
	if runViews(ctx, env.L1, nil, views...) != nil {
		return ""
	}
	interval := uint64(usualAssertionBlocks)
	if n, ok := minPeriod.uint64(0); ok && n > interval {
		interval = n
	}
	if newest == nil || head < newest.CreatedAt+interval {
		return ""
	}
	since := head - newest.CreatedAt
	msg := fmt.Sprintf("No new assertion for %d L1 blocks (about %s; validators usually post one every %d blocks or less): the validators may have stopped.",
		since, ui.Duration(time.Duration(since)*l1BlockTime), interval)
	amount := "(could not read the required stake)"
	if v := stake.word(0); v != nil {
		tok, _ := token.address()
		if tok == (common.Address{}) && !c.BoLD {
			amount = units.ETH(v)
		} else {
			amount = s.tokenAmount(ctx, env, tok, v)
		}
	}
	disabled, _ := open.bool()
	if !disabled {
		return msg + " Posting an assertion is reserved to the rollup's allow-listed validators (the validator allow-list is on), so you cannot post one; the withdrawal waits for them."
	}
	return msg + fmt.Sprintf(" Anyone may post an assertion by staking %s: that means running an Arbitrum node to compute the L2 state, locking the stake until the assertion is confirmed, and losing it if the assertion is wrong and challenged. escape does not do this for you; a validator (e.g. Offchain Labs' BoLD validator) does.", amount)
}

var erc20MetaABI = chain.LazyABI(nitro.ERC20MetaData)

// tokenAmount formats v in the token's units when it answers symbol() and
// decimals(), else in base units.
func (s *Stack) tokenAmount(ctx context.Context, env *flow.Env, tok common.Address, v *big.Int) string {
	sym := newView(tok, erc20MetaABI(), "symbol")
	dec := newView(tok, erc20MetaABI(), "decimals")
	if runViews(ctx, env.L1, nil, sym, dec) == nil && sym.err == nil {
		d, ok := dec.uint64(0)
		out, err := erc20MetaABI().Unpack("symbol", sym.ret)
		if ok && err == nil && d <= 36 {
			if name, _ := out[0].(string); name != "" {
				return fmt.Sprintf("%s %s (stake token %s)", units.FormatAmount(v, int(d)), name, tok.Hex())
			}
		}
	}
	return fmt.Sprintf("%s base units of the stake token %s", v, tok.Hex())
}
