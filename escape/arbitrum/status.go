package arbitrum

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/pipeline"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/escape/ui"
	"github.com/l2escape/escape/escape/units"
)

// l1BlockTime converts block waits into times (Ethereum: 12 s).
const l1BlockTime = 12 * time.Second

// progress is what an evaluation learned, for Next.
type progress struct {
	c          *contracts
	msg        *DelayedMessage
	head       uint64
	headTime   uint64
	forceFrom  uint64 // first L1 block in which forceInclusion succeeds
	confirmed  *assertion
	confirm    *confirmation // the next assertion to confirm, when the user may
	withdrawal *record.ArbWithdrawal
}

// Status reports where an escape stands.
func (s *Stack) Status(ctx context.Context, env *flow.Env, e *record.Escape) (*escape.Status, error) {
	st, _, err := s.evaluate(ctx, env, e)
	return st, err
}

func (s *Stack) newStatus(env *flow.Env, e *record.Escape) *escape.Status {
	now := time.Now()
	if env.Now != nil {
		now = env.Now()
	}
	st := &escape.Status{Ref: e.ID, Network: e.Network, Stack: escape.StackArbitrum, At: now.UTC(), Facts: map[string]string{}}
	if e.Arb != nil {
		st.Facts["l2TxHash"] = e.Arb.L2TxHash.Hex()
		st.Facts["l2Nonce"] = u64s(e.Arb.L2Nonce)
	}
	return st
}

// evaluate reads where the escape stands. The order of the checks:
//  1. our L1 transaction carrying the L2 transaction (notSent until mined);
//  2. the delayed inbox: waiting, then force-includable (delayed);
//  3. included: what the L2 did with it (onL2), and for a withdrawal the
//     Outbox (outbox): confirmed, past its confirm period, in it, or not
//     yet asserted.
func (s *Stack) evaluate(ctx context.Context, env *flow.Env, e *record.Escape) (*escape.Status, *progress, error) {
	if e.Arb == nil {
		return nil, nil, fmt.Errorf("arbitrum: escape %s has no Arbitrum state", e.ID)
	}
	c, err := s.contracts(chain.WithPurpose(ctx, "reading the rollup contracts on L1"), env)
	if err != nil {
		return nil, nil, err
	}
	st := s.newStatus(env, e)
	p := &progress{c: c}
	if e.Kind == flow.KindL2Withdrawal {
		return s.followL2(ctx, env, e, st, p)
	}
	sent, err := s.findMessage(ctx, env, e, c)
	if err != nil {
		return nil, nil, err
	}
	if !sent {
		return s.notSent(e, st), p, nil
	}
	p.msg = messageFacts(st, e.Arb)
	deadline, read, err := s.readDelayedInbox(ctx, env, p)
	if err != nil {
		return nil, nil, err
	}
	if read <= p.msg.Index {
		return s.delayed(env, e, st, p, deadline), p, nil
	}
	return s.included(ctx, env, e, st, p)
}

// findMessage makes sure the delayed message our L1 transaction created is
// recorded, reading it from our mined receipt; false if none is mined.
func (s *Stack) findMessage(ctx context.Context, env *flow.Env, e *record.Escape, c *contracts) (bool, error) {
	if e.Arb.Message != nil {
		return true, nil
	}
	ctx = chain.WithPurpose(ctx, "reading your L1 transaction's receipt")
	// The newest attempt: earlier ones carried L2 transactions that were
	// dropped for their max fee and re-signed (Arb.Dropped), and none may
	// carry the re-signed one yet (signed elsewhere: refee.go).
	var mined *record.Tx
	attempts := currentAttempts(e)
	for _, t := range attempts[max(len(attempts)-1, 0):] {
		if t.State == record.TxMined {
			mined = t
		} else if r, err := env.L1.TransactionReceipt(ctx, t.Hash); err == nil && r != nil && r.Status == types.ReceiptStatusSuccessful {
			mined = t
			mined.Block = r.BlockNumber.Uint64()
		}
	}
	if mined == nil {
		return false, nil
	}
	r, err := env.L1.TransactionReceipt(ctx, mined.Hash)
	if err != nil || r == nil {
		return false, escape.Wrap(err, "rpc-error", "try again or pass another --l1-rpc", "could not read the receipt of %s", mined.Hash.Hex())
	}
	if err := s.recordMessage(e, c, r); err != nil {
		return false, err
	}
	s.save(env, e)
	return true, nil
}

func messageFacts(st *escape.Status, a *record.ArbState) *DelayedMessage {
	m := messageOf(a.Message)
	st.Facts["delayedMessageIndex"] = u64s(m.Index)
	st.Facts["delayedMessageBlock"] = u64s(m.BlockNumber)
	st.Facts["delayedMessageTimestamp"] = u64s(m.Timestamp)
	st.Facts["delayedMessageSender"] = m.Sender.Hex() + " (aliased)"
	st.Facts["messageDataHash"] = m.MessageDataHash.Hex()
	st.Facts["baseFeeL1"] = m.BaseFeeL1.String()
	st.Facts["l1TxHash"] = a.Message.TxHash.Hex()
	return &m
}

// readDelayedInbox reads, in one batch with the L1 head, how many delayed
// messages the L2 has read, the Bridge's accumulator at our message (a
// reorg check) and, on 3.x, the force-inclusion deadline.
func (s *Stack) readDelayedInbox(ctx context.Context, env *flow.Env, p *progress) (deadline *view, read uint64, err error) {
	m, c := p.msg, p.c
	total := newView(c.SequencerInbox, sequencerInboxABI(), "totalDelayedMessagesRead")
	acc := newView(c.Bridge, bridgeABI(), "delayedInboxAccs", new(big.Int).SetUint64(m.Index))
	views := []*view{total, acc}
	if c.HasDeadlineGetter {
		deadline = newView(c.SequencerInbox, sequencerInboxABI(), "forceInclusionDeadline", m.BlockNumber)
		views = append(views, deadline)
	}
	var head struct {
		Number    hexutil.Uint64 `json:"number"`
		Timestamp hexutil.Uint64 `json:"timestamp"`
	}
	if err := s.batchWithHead(chain.WithPurpose(ctx, "reading the delayed inbox and the L1 head"), env, &head, views...); err != nil {
		return nil, 0, err
	}
	p.head, p.headTime = uint64(head.Number), uint64(head.Timestamp)
	if err := total.need("SequencerInbox.totalDelayedMessagesRead()"); err != nil {
		return nil, 0, err
	}
	if got, ok := acc.hash(0); ok && got != m.Accumulate() {
		return nil, 0, escape.Errorf("message-reorged",
			"an L1 reorganisation replaced the block of your message; run `escape status` again in a few minutes, and if this stays, start the escape again",
			"the Bridge's delayed accumulator %d (%s) does not match the recorded message (%s)", m.Index, got.Hex(), m.Accumulate().Hex())
	}
	read, _ = total.uint64(0)
	return deadline, read, nil
}

// included: the message is in the L2's history (totalDelayedMessagesRead
// passed it); the rest depends on the L2.
func (s *Stack) included(ctx context.Context, env *flow.Env, e *record.Escape, st *escape.Status, p *progress) (*escape.Status, *progress, error) {
	a, m := e.Arb, p.msg
	if a.IncludedBy == "" {
		a.IncludedBy = "others"
		if e.MinedTx("force-include") != nil {
			a.IncludedBy = "us"
		}
		e.Note("delayed message %d included (by %s)", m.Index, a.IncludedBy)
		s.save(env, e)
	}
	by := "by the sequencer or someone else"
	if a.IncludedBy == "us" {
		by = "by our force inclusion (transaction " + e.MinedTx("force-include").Hash.Hex() + ")"
	}
	included := fmt.Sprintf("Your L2 transaction %s went into the delayed inbox on L1 (message %d, block %d) and has been included in the L2's history %s.",
		a.L2TxHash.Hex(), m.Index, m.BlockNumber, by)
	return s.onL2(ctx, env, e, st, p, included)
}

func (s *Stack) save(env *flow.Env, e *record.Escape) {
	if env.Store != nil && !env.DryRun {
		_ = env.Store.Save(e)
	}
}

// batchWithHead sends the views and eth_getBlockByNumber("latest") in one
// request.
func (s *Stack) batchWithHead(ctx context.Context, env *flow.Env, head any, views ...*view) error {
	elems := []rpc.BatchElem{{Method: "eth_getBlockByNumber", Args: []any{"latest", false}, Result: head}}
	for _, v := range views {
		elems = append(elems, rpc.BatchElem{Method: "eth_call", Args: []any{map[string]any{"to": v.to, "data": hexutil.Bytes(v.data)}, "latest"}, Result: &v.ret})
	}
	if err := env.L1.BatchCall(ctx, elems); err != nil {
		return escape.Wrap(err, "rpc-error", "try again or pass another --l1-rpc", "could not read the delayed inbox")
	}
	if elems[0].Error != nil {
		return escape.Wrap(elems[0].Error, "rpc-error", "try again or pass another --l1-rpc", "could not read the L1 head")
	}
	for i, v := range views {
		v.err = elems[i+1].Error
		if v.err == nil && len(v.ret) == 0 {
			v.err = errors.New("empty answer")
		}
	}
	return nil
}

func (s *Stack) notSent(e *record.Escape, st *escape.Status) *escape.Status {
	txs := currentAttempts(e)
	st.Action = escape.ActionBroadcast
	switch {
	case len(txs) == 0:
		st.Stage = escape.StageSigned
		st.Happened = fmt.Sprintf("Your L2 transaction %s is signed and saved, but the L1 transaction that carries it into the delayed inbox was never sent.", e.Arb.L2TxHash.Hex())
		st.Next = "It has to be sent to the Inbox on L1."
		st.Do = "Run `escape next " + e.ID + "` to send it (the same signed L2 transaction, nothing is signed again on L2)."
	case txs[len(txs)-1].State.Pending():
		t := txs[len(txs)-1]
		st.Stage = escape.StageSubmitted
		st.Facts["l1TxHash"] = t.Hash.Hex()
		st.Happened = fmt.Sprintf("The L1 transaction %s carrying your L2 transaction is signed and was broadcast, but is not mined yet.", t.Hash.Hex())
		st.Next = "Once mined, your L2 transaction is in the delayed inbox."
		st.Do = "Wait a few minutes and run `escape status " + e.ID + "` again; `escape next " + e.ID + "` rebroadcasts it, `escape next " + e.ID + " --bump-fee 20` raises its fee."
	default:
		t := txs[len(txs)-1]
		st.Stage = escape.StageSubmitFailed
		st.Facts["l1TxHash"] = t.Hash.Hex()
		st.Happened = fmt.Sprintf("The L1 transaction %s that should carry your L2 transaction into the delayed inbox %s.", t.Hash.Hex(), t.State)
		st.Next = "Your L2 transaction is not in the delayed inbox."
		st.Do = "Run `escape next " + e.ID + "` to send it again (the same signed L2 transaction)."
	}
	e.Stage = st.Stage
	return st
}

// delayed: in the delayed inbox, not yet included.
func (s *Stack) delayed(env *flow.Env, e *record.Escape, st *escape.Status, p *progress, deadline *view) *escape.Status {
	m, c := p.msg, p.c
	// forceInclusion reverts unless msg block + delay < block.number; the
	// 3.x getter gives msg block + min(delayBlocks, pending buffer).
	last := m.BlockNumber + c.DelayBlocks
	how := fmt.Sprintf("delayBlocks %d", c.DelayBlocks)
	if deadline != nil {
		if d, ok := deadline.uint64(0); ok {
			last = d
			how = "SequencerInbox.forceInclusionDeadline"
			if d < m.BlockNumber+c.DelayBlocks {
				how += fmt.Sprintf(": the delay buffer is drained, so the delay is %d blocks instead of delayBlocks %d", d-m.BlockNumber, c.DelayBlocks)
			}
		}
	}
	p.forceFrom = last + 1
	st.Facts["forceIncludableFromBlock"] = u64s(p.forceFrom)
	st.Facts["forceInclusionRule"] = how
	timeOK := true
	var fromTime time.Time
	if !c.HasDeadlineGetter && c.DelaySeconds > 0 {
		// Before 3.x the delay in seconds applied as well.
		ts := m.Timestamp + c.DelaySeconds
		fromTime = time.Unix(int64(ts+1), 0).UTC()
		timeOK = p.headTime > ts
	}
	happened := fmt.Sprintf("Your L2 transaction %s is in the delayed inbox on L1 (message %d, block %d), not yet included in the L2's history.",
		e.Arb.L2TxHash.Hex(), m.Index, m.BlockNumber)
	// eth_call and gas estimates run against the head, so the chain must
	// have reached forceFrom for the pipeline's simulation to pass.
	if p.head >= p.forceFrom && timeOK {
		st.Stage = escape.StageForceIncludable
		st.Action = escape.ActionForceInclude
		st.Happened = happened
		st.Next = fmt.Sprintf("The sequencer did not include it in time: since block %d anyone can force it in.", p.forceFrom)
		st.Do = "Run `escape next " + e.ID + "` to force-include it now (one L1 transaction)."
	} else {
		st.Stage = escape.StageWaitingL2
		eta := time.Unix(int64(p.headTime), 0).Add(time.Duration(p.forceFrom-p.head) * l1BlockTime)
		if fromTime.After(eta) {
			eta = fromTime
		}
		st.Waits = append(st.Waits, escape.Wait{What: "force-inclusion delay (" + how + ")", Until: eta, Estimate: true, Block: p.forceFrom})
		st.Happened = happened
		st.Next = fmt.Sprintf("A working sequencer includes it within minutes. If it does not, it can be forced in from L1 block %d, about %s.",
			p.forceFrom, ui.When(eta, st.At))
		st.Do = "Do nothing now. Run `escape status " + e.ID + "` later; from block " + u64s(p.forceFrom) + " on, `escape next " + e.ID + "` forces it in."
	}
	e.Stage = st.Stage
	return st
}

// onL2: what the L2 did with our transaction. The order of the checks:
// without an L2 RPC and nothing known yet, it needs L2 data; otherwise the
// receipt is read (again for a saved "dropped"): not run yet, reverted,
// dropped, ran without a withdrawal, or ran with one (then the Outbox).
func (s *Stack) onL2(ctx context.Context, env *flow.Env, e *record.Escape, st *escape.Status, p *progress, included string) (*escape.Status, *progress, error) {
	a := e.Arb
	if env.L2 == nil && a.L2Outcome == "" {
		return setStage(e, needsL2Receipt(e, st, included)), p, nil
	}
	var pending *l2Silence
	if env.L2 != nil && (a.L2Outcome == "" || a.L2Outcome == "dropped" || (a.L2Outcome == "executed" && a.Withdrawal == nil && e.Kind != "send")) {
		var err error
		if pending, err = s.readL2Outcome(ctx, env, e); err != nil {
			return nil, nil, err
		}
	}
	switch {
	case a.L2Outcome == "":
		return setStage(e, notRunYet(e, st, included, pending, earlierEscape(env, e, pending))), p, nil
	case a.L2Outcome == "reverted":
		return setStage(e, reverted(e, st, included)), p, nil
	case a.L2Outcome == "dropped":
		return setStage(e, dropped(env, e, st, included)), p, nil
	}
	st.Facts["l2Block"] = u64s(a.L2Block)
	ran := included + fmt.Sprintf(" It ran successfully on the L2 in block %d.", a.L2Block)
	if a.Withdrawal == nil {
		return setStage(e, ranWithoutWithdrawal(st, ran)), p, nil
	}
	return s.outbox(ctx, env, e, st, p, ran+withdrawalFacts(st, p, a.Withdrawal))
}

// outbox: where the withdrawal stands on L1. The order of the checks: paid
// out; without an L2 RPC, it needs L2 data; the latest confirmed assertion
// covers it (execute); a covering assertion is past its confirm period but
// unconfirmed (confirm, or say who can); in its confirm period; no
// assertion covers it yet.
func (s *Stack) outbox(ctx context.Context, env *flow.Env, e *record.Escape, st *escape.Status, p *progress, ran string) (*escape.Status, *progress, error) {
	ctx = chain.WithPurpose(ctx, "reading the Outbox and the rollup's assertions")
	w := p.withdrawal
	spent := newView(p.c.Outbox, outboxABI(), "isSpent", new(big.Int).SetUint64(w.Position))
	if err := runViews(ctx, env.L1, nil, spent); err != nil {
		return nil, nil, err
	}
	if done, _ := spent.bool(); done {
		return setStage(e, paidOut(e, st, ran)), p, nil
	}
	if env.L2 == nil {
		return setStage(e, needsL2SendCount(e, st, w, ran)), p, nil
	}
	conf, err := s.latestConfirmed(ctx, env, p.c)
	if err != nil {
		return nil, nil, err
	}
	if err := s.sendCount(ctx, env, conf); err != nil {
		return nil, nil, err
	}
	st.Facts["latestConfirmedAssertion"] = conf.ID
	if conf.SendCount > w.Position {
		p.confirmed = conf
		return setStage(e, readyToExecute(e, st, conf, ran)), p, nil
	}
	newest, err := s.latestCreated(ctx, env, p.c, conf)
	if err != nil {
		return nil, nil, err
	}
	if newest.Hash != conf.Hash {
		if err := s.sendCount(ctx, env, newest); err != nil {
			return nil, nil, err
		}
	}
	covers := newest.Hash != conf.Hash && newest.SendCount > w.Position
	// An assertion created after conf is confirmable from conf's creation
	// plus the confirm period at the earliest.
	if covers && p.head >= conf.CreatedAt+p.c.ConfirmPeriodBlocks {
		// A failed read here only leaves the confirm period's wait shown.
		done, err := s.pastPeriod(ctx, env, e, st, p, conf, newest, ran)
		if err != nil {
			st.Facts["confirmCheckFailed"] = err.Error()
		}
		if done {
			return setStage(e, st), p, nil
		}
	}
	if covers {
		return setStage(e, inConfirmPeriod(e, st, p, newest, ran)), p, nil
	}
	return setStage(e, s.notAsserted(ctx, env, e, st, p, newest, ran)), p, nil
}

// setStage keeps the record's last known stage with the status.
func setStage(e *record.Escape, st *escape.Status) *escape.Status {
	e.Stage = st.Stage
	return st
}

func needsL2Receipt(e *record.Escape, st *escape.Status, included string) *escape.Status {
	st.Stage = escape.StageIncluded
	st.Happened = included
	st.NeedsL2 = fmt.Sprintf("the L2 receipt of transaction %s (did it run, revert or get dropped?) and, for a withdrawal, the L2 send data for the Outbox proof; any read-only L2 node that follows L1 serves (pass --l2-rpc)", e.Arb.L2TxHash.Hex())
	st.Next = "Whether it ran on the L2 needs L2 data."
	st.Do = "Run `escape status " + e.ID + " --l2-rpc URL` with any L2 RPC (not necessarily the sequencer's)."
	return st
}

// notRunYet: no receipt, not dropped; pending says what it waits for, and
// earlier is this user's escape holding the nonce it waits for, if any.
func notRunYet(e *record.Escape, st *escape.Status, included string, pending *l2Silence, earlier *record.Escape) *escape.Status {
	st.Stage = escape.StageIncluded
	st.Happened = included + " The L2 RPC has no receipt for it yet."
	st.Next = "An L2 node executes it once it has read the inclusion from L1."
	st.Do = "Run `escape status " + e.ID + "` again in a few minutes. If this stays, the L2 RPC may not follow L1 while the sequencer is down: try another --l2-rpc."
	if pending.waitsForEarlierNonce() {
		st.Waits = append(st.Waits, escape.Wait{What: "L2 nonce " + nonceRange(pending.AccountNonce, pending.TxNonce-1) + " of the account"})
		st.Facts["l2AccountNonce"] = u64s(pending.AccountNonce)
		st.Next = "It is pending, not dropped: it waits for " + pending.WaitsFor + ". It runs once the account's nonce reaches " + u64s(pending.TxNonce) + "."
		st.Do = "Finish the account's earlier escape first (`escape history` lists them; `escape next REF` on the one with the lower L2 nonce), then run `escape status " + e.ID + "` again."
		if earlier != nil {
			st.Facts["waitsForEscape"] = earlier.ID
			st.Do = waitForEarlier(e, earlier, pending.AccountNonce)
		}
	}
	return st
}

// earlierEscape finds the user's escape whose L2 transaction holds the
// nonce a pending one waits for.
func earlierEscape(env *flow.Env, e *record.Escape, pending *l2Silence) *record.Escape {
	if !pending.waitsForEarlierNonce() || env.Store == nil {
		return nil
	}
	all, err := env.Store.List()
	if err != nil {
		return nil
	}
	for _, o := range all {
		if o.ID != e.ID && o.Network == e.Network && o.Arb != nil && o.Arb.L2From == e.Arb.L2From && o.Arb.L2Nonce == pending.AccountNonce {
			return o
		}
	}
	return nil
}

// waitForEarlier says what to do while e waits for escape earlier's nonce:
// nothing when earlier's message is ahead in the delayed inbox (the L2 runs
// both in order); otherwise earlier must run first, and e, reached first,
// would be dropped.
func waitForEarlier(e, earlier *record.Escape, nonce uint64) string {
	m, om := e.Arb.Message, earlier.Arb.Message
	if om != nil && m != nil && om.Index < m.Index {
		return fmt.Sprintf("Nothing to do: escape %s holds L2 nonce %d and its delayed message %d is ahead of this one (%d), so the L2 runs it first, then this one. Run `escape status %s` later.",
			earlier.ID, nonce, om.Index, m.Index, e.ID)
	}
	return fmt.Sprintf("Escape %s holds L2 nonce %d but is not ahead of this one in the delayed inbox: run `escape next %s` to get it in first. If the L2 runs this one before it, it drops this one and this escape has to be started again.",
		earlier.ID, nonce, earlier.ID)
}

func reverted(e *record.Escape, st *escape.Status, included string) *escape.Status {
	st.Stage = escape.StageL2Failed
	st.Happened = included + fmt.Sprintf(" It ran on the L2 in block %d but REVERTED: nothing was withdrawn; L2 gas was charged.", e.Arb.L2Block)
	st.Next = "This escape cannot go further."
	st.Do = "Start a new escape; if it ran out of gas, pass a higher --gas. Check the call on an L2 explorer."
	return st
}

func dropped(env *flow.Env, e *record.Escape, st *escape.Status, included string) *escape.Status {
	st.Stage = escape.StageL2Failed
	st.Happened = included + " The L2 DROPPED it without running it: " + e.Arb.L2Reason + ". Your L2 funds did not move; only the L1 fee was spent."
	if env.L2 == nil {
		st.Happened += " (As last read from the L2; `escape status` with --l2-rpc reads it again.)"
	}
	st.Next = "This escape cannot go further."
	st.Do = dropFix(e)
	if droppedForFee(e.Arb) {
		st.Next = fmt.Sprintf("ArbOS left your L2 nonce %d unused, so the same transaction can be signed again with a higher max fee and sent in a new delayed message.", e.Arb.L2Nonce)
		st.Do = "Run `escape next " + e.ID + "` to re-sign it at the same nonce with a higher max fee (it shows the new L2 cost and asks; one L1 transaction to the Inbox)."
		if env.L2 != nil {
			st.Action = escape.ActionResign
		} else {
			st.Do = "Run `escape next " + e.ID + " --l2-rpc URL` to re-sign it at the same nonce with a higher max fee (it needs the L2's base fee, your nonce and balance)."
		}
	}
	return st
}

func ranWithoutWithdrawal(st *escape.Status, ran string) *escape.Status {
	st.Stage = escape.StageIncluded
	st.Happened = ran
	st.Next = "Nothing more to do: the transaction made no withdrawal to L1."
	st.Do = "Nothing."
	return st
}

// withdrawalFacts notes the withdrawal in the status and progress, and
// returns the sentence that describes it.
func withdrawalFacts(st *escape.Status, p *progress, w *record.ArbWithdrawal) string {
	p.withdrawal = w
	st.Facts["withdrawalPosition"] = u64s(w.Position)
	st.Facts["sendHash"] = w.SendHash.Hex()
	amount := "the withdrawal"
	if v, ok := new(big.Int).SetString(w.CallValue, 10); ok && v.Sign() > 0 {
		amount = units.ETH(v)
	}
	return fmt.Sprintf(" It started a withdrawal to L1 (%s to %s, send %d).", amount, w.Destination.Hex(), w.Position)
}

func paidOut(e *record.Escape, st *escape.Status, ran string) *escape.Status {
	st.Stage = escape.StageFinalized
	st.Happened = ran + " It has been paid out on L1 by the Outbox."
	if t := e.MinedTx("execute"); t != nil {
		st.Happened += " (our transaction " + t.Hash.Hex() + ", block " + u64s(t.Block) + ")"
		st.Facts["executeTxHash"] = t.Hash.Hex()
	}
	st.Next = "Nothing: the escape is complete."
	st.Do = "Nothing. Check the recipient's L1 balance."
	return st
}

func needsL2SendCount(e *record.Escape, st *escape.Status, w *record.ArbWithdrawal, ran string) *escape.Status {
	st.Stage = escape.StageWaitingState
	st.Happened = ran + " It has not been paid out on L1 yet."
	st.NeedsL2 = "the send count at the L2 block of the latest confirmed assertion (does it cover send " + u64s(w.Position) + "?) and the L2 send data for the Outbox proof; any read-only L2 node that follows L1 serves (pass --l2-rpc)"
	st.Next = "Whether an assertion covering it is confirmed needs L2 data."
	st.Do = "Run `escape status " + e.ID + " --l2-rpc URL` (or `escape next " + e.ID + " --l2-rpc URL` to execute it once confirmed)."
	return st
}

func readyToExecute(e *record.Escape, st *escape.Status, conf *assertion, ran string) *escape.Status {
	st.Stage = escape.StageReadyToFinalize
	st.Action = escape.ActionExecute
	st.Happened = ran + fmt.Sprintf(" Assertion %s, confirmed on L1, covers it (send root %s).", conf.ID, short(conf.SendRoot))
	st.Next = "The Outbox can pay it out now."
	st.Do = "Run `escape next " + e.ID + "` to execute the withdrawal on the Outbox (one L1 transaction)."
	return st
}

func inConfirmPeriod(e *record.Escape, st *escape.Status, p *progress, covering *assertion, ran string) *escape.Status {
	st.Stage = escape.StageWaitingFinalize
	eta := time.Unix(int64(p.headTime), 0)
	if covering.DeadlineBlock > p.head {
		eta = eta.Add(time.Duration(covering.DeadlineBlock-p.head) * l1BlockTime)
	}
	st.Waits = append(st.Waits, escape.Wait{What: fmt.Sprintf("confirm period (%d L1 blocks)", p.c.ConfirmPeriodBlocks), Until: eta, Estimate: true, Block: covering.DeadlineBlock})
	st.Facts["coveringAssertion"] = covering.ID
	st.Happened = ran + fmt.Sprintf(" Assertion %s (L1 block %d) covers it and waits for confirmation.", covering.ID, covering.CreatedAt)
	st.Next = fmt.Sprintf("It can be confirmed from L1 block %d, about %s, if no one challenges it.", covering.DeadlineBlock, ui.When(eta, st.At))
	st.Do = "Do nothing until then; after that, run `escape next " + e.ID + "` (it executes on the Outbox once the assertion is confirmed)."
	return st
}

// notAsserted: no assertion covers the withdrawal yet; if none has come
// for longer than validators take, say what posting one would take.
func (s *Stack) notAsserted(ctx context.Context, env *flow.Env, e *record.Escape, st *escape.Status, p *progress, newest *assertion, ran string) *escape.Status {
	st.Stage = escape.StageWaitingState
	st.Happened = ran
	st.Next = fmt.Sprintf("No assertion covers it yet: validators post one roughly every hour, then it needs %d L1 blocks (about %s) to be confirmed.",
		p.c.ConfirmPeriodBlocks, ui.Duration(time.Duration(p.c.ConfirmPeriodBlocks)*l1BlockTime))
	st.Do = "Wait, and run `escape status " + e.ID + "` later. If no validator posts assertions, one can be posted by anyone with the stake (BoLD) or by the allow-listed validators."
	if stalled := s.stakeToAssert(ctx, env, e, p.c, newest, p.head); stalled != "" {
		st.Overlays = append(st.Overlays, "no-new-assertions")
		st.Next += " " + stalled
		st.Do = "Wait for the validators, and run `escape status " + e.ID + "` later; `escape health` shows whether the rollup is stalled."
	}
	return st
}

func dropFix(e *record.Escape) string {
	r := e.Arb.L2Reason
	switch {
	case strings.Contains(r, "balance"):
		return "Start a new escape for a smaller amount: the L2 balance must cover the value plus gas limit × max fee."
	case strings.Contains(r, "nonce"):
		return "Start a new escape: escape reads your current L2 nonce (or pass --l2-nonce with your account's L2 transaction count)."
	case strings.Contains(r, "fee"):
		return "Start a new escape: escape picks a max fee with headroom above the L2's current base fee."
	}
	return "Start a new escape with `escape withdraw` or `escape send`."
}

// readL2Outcome looks for our L2 transaction's receipt. Without one it
// decides between dropped (for good) and pending; a saved "dropped" is read
// again here, so a transaction that ran after all is never lost. It returns
// what a pending transaction waits for (nil when it is not pending).
func (s *Stack) readL2Outcome(ctx context.Context, env *flow.Env, e *record.Escape) (*l2Silence, error) {
	ctx = chain.WithPurpose(ctx, "looking for your transaction on L2")
	a := e.Arb
	r, err := env.L2.TransactionReceipt(ctx, a.L2TxHash)
	if err == nil && r != nil {
		was := a.L2Outcome
		a.L2Block, a.L2BlockHash, a.L2Reason = r.BlockNumber.Uint64(), r.BlockHash, ""
		if r.Status != types.ReceiptStatusSuccessful {
			a.L2Outcome = "reverted"
		} else {
			a.L2Outcome = "executed"
			w, err := parseWithdrawal(r)
			if err != nil {
				return nil, err
			}
			a.Withdrawal = w
		}
		if was == "dropped" {
			e.Note("L2 transaction %s, saved as dropped, %s after all in L2 block %d", a.L2TxHash.Hex(), a.L2Outcome, a.L2Block)
		} else {
			e.Note("L2 transaction %s %s in L2 block %d", a.L2TxHash.Hex(), a.L2Outcome, a.L2Block)
		}
		s.save(env, e)
		return nil, nil
	}
	q, err := s.askL2(ctx, env, e)
	if err != nil {
		return nil, nil // the L2 did not answer: nothing concluded
	}
	dropped, why := judgeSilence(q)
	switch {
	case dropped && (a.L2Outcome != "dropped" || a.L2Reason != why):
		a.L2Outcome, a.L2Reason = "dropped", why
		e.Note("L2 transaction %s dropped: %s", a.L2TxHash.Hex(), why)
		s.save(env, e)
	case !dropped && a.L2Outcome == "dropped":
		a.L2Outcome, a.L2Reason = "", ""
		e.Note("L2 transaction %s, saved as dropped, is pending again: %s", a.L2TxHash.Hex(), why)
		s.save(env, e)
	}
	if dropped {
		return nil, nil
	}
	q.WaitsFor = why
	return &q, nil
}

// l2Silence is what the L2 says around a transaction it has no receipt for.
type l2Silence struct {
	TxNonce, AccountNonce uint64
	MsgIndex              uint64 // our delayed message
	// DelayedRead is how many delayed messages the L2 head has read (a
	// Nitro header's nonce field); 0 when the node does not say.
	DelayedRead uint64
	// Obstacle is why ArbOS would refuse it in the current state (fee cap
	// under the base fee, balance short), "" if nothing.
	Obstacle string
	// WaitsFor is, for a pending transaction, what it waits for.
	WaitsFor string
}

// waitsForEarlierNonce: the account's nonce is below ours and the L2 has
// not said it ran our message.
func (q *l2Silence) waitsForEarlierNonce() bool {
	return q != nil && q.AccountNonce < q.TxNonce && !(q.DelayedRead > q.MsgIndex)
}

// judgeSilence decides, for a transaction without a receipt, whether the L2
// dropped it for good or it is still pending, and why (for pending: what it
// waits for). ArbOS runs delayed messages in order and drops a transaction
// it cannot run; no receipt is final only once the L2 is past it: the
// account's nonce moved beyond ours (another transaction took it), or the
// node says it read past our message.
func judgeSilence(q l2Silence) (dropped bool, why string) {
	switch {
	case q.AccountNonce > q.TxNonce:
		return true, fmt.Sprintf("its nonce %d was already used (the account is at nonce %d)", q.TxNonce, q.AccountNonce)
	case q.DelayedRead > 0 && q.DelayedRead <= q.MsgIndex:
		return false, fmt.Sprintf("an L2 node to execute delayed message %d (the L2 RPC has read %d delayed messages)", q.MsgIndex, q.DelayedRead)
	case q.DelayedRead > q.MsgIndex && q.AccountNonce < q.TxNonce:
		return true, fmt.Sprintf("its nonce %d was ahead of the account's nonce %d when the L2 ran it", q.TxNonce, q.AccountNonce)
	case q.DelayedRead > q.MsgIndex && q.Obstacle != "":
		return true, q.Obstacle
	case q.DelayedRead > q.MsgIndex:
		return true, "the L2 read its delayed message and has no receipt for it"
	case q.AccountNonce < q.TxNonce:
		return false, fmt.Sprintf("the account's earlier L2 nonce %s to run first (the account is at nonce %d; another of its transactions, e.g. another escape in the delayed inbox, must run before this one)",
			nonceRange(q.AccountNonce, q.TxNonce-1), q.AccountNonce)
	case q.Obstacle != "":
		// Our nonce is next and the state refuses it: what ArbOS does when
		// it reaches the message. Saved, and read again on every status.
		return true, q.Obstacle
	}
	return false, fmt.Sprintf("an L2 node to execute delayed message %d", q.MsgIndex)
}

func nonceRange(from, to uint64) string {
	if from == to {
		return u64s(from)
	}
	return fmt.Sprintf("%d to %d", from, to)
}

// askL2 reads the account's nonce, the L2 head (its delayed-message count
// and base fee) and, when our nonce is next, the balance.
func (s *Stack) askL2(ctx context.Context, env *flow.Env, e *record.Escape) (l2Silence, error) {
	a := e.Arb
	q := l2Silence{TxNonce: a.L2Nonce}
	if a.Message != nil {
		q.MsgIndex = a.Message.Index
	}
	nonce, err := env.L2.NonceAt(ctx, a.L2From, nil)
	if err != nil {
		return q, err
	}
	q.AccountNonce = nonce
	var tx types.Transaction
	if err := tx.UnmarshalBinary(common.FromHex(a.L2SignedTx)); err != nil {
		return q, err
	}
	h, err := env.L2.HeaderByNumber(ctx, nil)
	if err != nil {
		return q, nil
	}
	q.DelayedRead = h.Nonce.Uint64()
	if nonce != a.L2Nonce {
		return q, nil
	}
	if q.Obstacle = s.feeObstacleAt(ctx, env, q, h, tx.GasFeeCap()); q.Obstacle != "" {
		return q, nil
	}
	if bal, err := env.L2.BalanceAt(ctx, a.L2From, nil); err == nil {
		need := new(big.Int).Add(new(big.Int).Mul(new(big.Int).SetUint64(tx.Gas()), tx.GasFeeCap()), tx.Value())
		if bal.Cmp(need) < 0 {
			q.Obstacle = fmt.Sprintf("the account's L2 balance %s is below value + gas limit × max fee (%s)", units.ETH(bal), units.FeeETHCeil(need))
		}
	}
	return q, nil
}

// Next performs the step that is due.
func (s *Stack) Next(ctx context.Context, env *flow.Env, e *record.Escape) (*escape.Status, error) {
	// A stuck transaction was replaced already (--bump-fee: app.Next calls
	// Pipeline.Replace for both stacks); here it is only checked on.
	if len(e.PendingTxs()) > 0 {
		if _, err := env.Pipeline.Resume(ctx, e); err != nil && escape.CodeOf(err) != "tx-reverted" {
			return nil, err
		}
	}
	st, p, err := s.evaluate(ctx, env, e)
	if err != nil {
		return nil, err
	}
	switch st.Action {
	case escape.ActionBroadcast:
		if env.DryRun && len(e.PendingTxs()) > 0 {
			return st, nil // Resume said what a real run would rebroadcast
		}
		if err := s.resend(ctx, env, e, p.c); err != nil {
			return nil, err
		}
	case escape.ActionForceInclude:
		if err := s.forceInclude(ctx, env, e, p); err != nil {
			return nil, err
		}
		if env.DryRun {
			return st, nil
		}
		// Included now (by us or, in a race, by someone else): no need to
		// read the delayed inbox again.
		st, _, err = s.included(ctx, env, e, s.newStatus(env, e), p)
		return st, err
	case escape.ActionConfirm:
		for st.Action == escape.ActionConfirm {
			if err := s.confirm(ctx, env, e, p); err != nil {
				return nil, err
			}
			if env.DryRun {
				return st, nil
			}
			if st, p, err = s.evaluate(ctx, env, e); err != nil {
				return nil, err
			}
		}
		if st.Action == escape.ActionExecute {
			if err := s.execute(ctx, env, e, p); err != nil {
				return nil, err
			}
		}
	case escape.ActionExecute:
		if err := s.execute(ctx, env, e, p); err != nil {
			return nil, err
		}
	case escape.ActionResign:
		if err := s.refee(ctx, env, e, p.c); err != nil {
			return nil, err
		}
	default:
		if st.Stage == escape.StageWaitingL2 && p.forceFrom > 0 {
			return st, escape.Errorf("too-early",
				fmt.Sprintf("run `escape next %s` again from L1 block %d on (now %d); `escape status %s` shows the time", e.ID, p.forceFrom, p.head, e.ID),
				"the message cannot be force-included yet: SequencerInbox accepts it from L1 block %d, %d blocks from now", p.forceFrom, p.forceFrom-p.head)
		}
		if st.Action == escape.ActionNone && !st.Stage.Finished() {
			return st, escape.TooEarly(e.ID, st)
		}
		return st, nil
	}
	if env.DryRun {
		return st, nil
	}
	st, _, err = s.evaluate(ctx, env, e)
	return st, err
}

// resend sends the saved signed L2 transaction again (never re-signed).
func (s *Stack) resend(ctx context.Context, env *flow.Env, e *record.Escape, c *contracts) error {
	raw := common.FromHex(e.Arb.L2SignedTx)
	// Retry: earlier attempts carried L2 transactions dropped for their
	// max fee; the re-signed one (signed elsewhere) has none mined yet.
	res, err := env.Pipeline.Send(ctx, pipeline.Request{Escape: e, Step: "send-l2-message", To: c.Inbox, ToName: "Inbox", Retry: len(e.Arb.Dropped) > 0,
		Data: pack(inboxABI(), "sendL2Message", append([]byte{L2MessageKindSignedTx}, raw...)), ABIs: errorABIs(),
		Summary: pipeline.Summary{Title: "Send your saved L2 transaction " + e.Arb.L2TxHash.Hex() + " into the delayed inbox",
			Lines: []ui.KV{{Key: "L2 nonce", Value: u64s(e.Arb.L2Nonce)}}, Timeline: s.timeline(ctx, env, c, e.Kind)}})
	if err != nil || res.DryRun || res.Receipt == nil {
		return err
	}
	if err := s.recordMessage(e, c, res.Receipt); err != nil {
		return err
	}
	return env.Store.Save(e)
}

func (s *Stack) forceInclude(ctx context.Context, env *flow.Env, e *record.Escape, p *progress) error {
	m := p.msg
	req := pipeline.Request{Escape: e, Step: "force-include", To: p.c.SequencerInbox, ToName: "SequencerInbox",
		Data: pack(sequencerInboxABI(), "forceInclusion", m.ForceInclusionArgs()...), ABIs: errorABIs(),
		Summary: pipeline.Summary{Title: fmt.Sprintf("Force-include delayed message %d (your L2 transaction %s)", m.Index, e.Arb.L2TxHash.Hex()),
			Lines: []ui.KV{{Key: "Includes", Value: fmt.Sprintf("every delayed message up to %d (yours)", m.Index)},
				{Key: "Message", Value: fmt.Sprintf("L1 block %d, sender %s (aliased)", m.BlockNumber, m.Sender.Hex())}},
			Timeline: []ui.KV{{Key: "Next", Value: "L2 nodes execute it once they read this from L1; `escape status` then reports the L2 outcome"}}}}
	_, err := env.Pipeline.Send(ctx, req)
	if err == nil {
		return nil
	}
	// Someone else may have included it first: that is success.
	read := newView(p.c.SequencerInbox, sequencerInboxABI(), "totalDelayedMessagesRead")
	if runViews(ctx, env.L1, nil, read) == nil {
		if n, ok := read.uint64(0); ok && n > m.Index {
			env.UI.Progress("Delayed message %d was already included by someone else: nothing more to force.", m.Index)
			return nil
		}
	}
	if strings.Contains(err.Error(), "DelayedBackwards") {
		return nil
	}
	return err
}

func (s *Stack) execute(ctx context.Context, env *flow.Env, e *record.Escape, p *progress) error {
	w, a := p.withdrawal, p.confirmed
	proof, how, err := s.outboxProof(ctx, env, w, a)
	if err != nil {
		return err
	}
	root := CalculateRoot(proof, w.Position, OutboxLeaf(w.SendHash))
	known := newView(p.c.Outbox, outboxABI(), "roots", root)
	spent := newView(p.c.Outbox, outboxABI(), "isSpent", new(big.Int).SetUint64(w.Position))
	if err := runViews(chain.WithPurpose(ctx, "checking the Outbox knows your withdrawal's root"), env.L1, nil, known, spent); err != nil {
		return err
	}
	if h, ok := known.hash(0); !ok || h == (common.Hash{}) {
		return escape.Errorf("unknown-root", "the assertion may not be confirmed on this Outbox yet; run `escape status "+e.ID+"`",
			"the Outbox does not know the send root %s", root.Hex())
	}
	if done, _ := spent.bool(); done {
		return nil
	}
	wd := withdrawalOf(w)
	proofArg := make([][32]byte, len(proof))
	for i, h := range proof {
		proofArg[i] = h
	}
	data := pack(outboxABI(), "executeTransaction", proofArg, new(big.Int).SetUint64(w.Position), wd.Caller, wd.Destination,
		wd.ArbBlockNum, wd.EthBlockNum, wd.Timestamp, wd.CallValue, []byte(wd.Data))
	_, err = env.Pipeline.Send(ctx, pipeline.Request{Escape: e, Step: "execute", To: p.c.Outbox, ToName: "Outbox", Data: data, ABIs: errorABIs(),
		Summary: pipeline.Summary{Title: fmt.Sprintf("Execute withdrawal %d on the Outbox", w.Position),
			Lines: []ui.KV{{Key: "Pays", Value: units.ETH(wd.CallValue) + " to " + wd.Destination.Hex()},
				{Key: "Proof", Value: fmt.Sprintf("%d hashes, %s; root %s confirmed in assertion %s", len(proof), how, short(root), a.ID)}}}})
	return err
}
