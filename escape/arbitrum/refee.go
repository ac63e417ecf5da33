package arbitrum

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/pipeline"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/escape/ui"
	"github.com/l2escape/escape/escape/units"
)

// feeDropMark is in the reason of every drop for the max fee.
const feeDropMark = "under the L2 base fee"

// droppedForFee: the L2 dropped our transaction because its max fee was
// under the base fee. ArbOS then leaves the account's nonce where it was,
// so the same nonce can be signed again with a higher max fee.
func droppedForFee(a *record.ArbState) bool {
	return a.L2Outcome == "dropped" && strings.Contains(a.L2Reason, feeDropMark)
}

// feeObstacle says why a max fee was refused by the base fee of an L2
// block ("" when it was not).
func feeObstacle(maxFee, baseFee *big.Int, where string) string {
	if baseFee == nil || maxFee.Cmp(baseFee) >= 0 {
		return ""
	}
	return fmt.Sprintf("its max fee %s is %s %s%s", units.Gwei(maxFee), feeDropMark, units.Gwei(baseFee), where)
}

// feeObstacleAt compares our max fee with the base fee of the L2 block
// that ran our delayed message when the L2 says it read it, else with the
// base fee now (what ArbOS will meet when it reaches the message).
func (s *Stack) feeObstacleAt(ctx context.Context, env *flow.Env, q l2Silence, head *types.Header, maxFee *big.Int) string {
	if q.DelayedRead > q.MsgIndex {
		if n, fee, err := s.inclusionBaseFee(ctx, env, q.MsgIndex, head); err == nil {
			return feeObstacle(maxFee, fee, fmt.Sprintf(" of L2 block %d, which ran its delayed message", n))
		}
	}
	return feeObstacle(maxFee, head.BaseFee, " now")
}

// inclusionBaseFee finds the L2 block that ran delayed message index (the
// first whose header nonce, the count of delayed messages read, exceeds it)
// and returns its number and base fee. head is a header past the message.
func (s *Stack) inclusionBaseFee(ctx context.Context, env *flow.Env, index uint64, head *types.Header) (uint64, *big.Int, error) {
	lo, hi := uint64(0), head.Number.Uint64()
	found := head
	for lo < hi {
		mid := lo + (hi-lo)/2
		h, err := env.L2.HeaderByNumber(ctx, new(big.Int).SetUint64(mid))
		if err != nil {
			return 0, nil, err
		}
		if h.Nonce.Uint64() > index {
			hi, found = mid, h
		} else {
			lo = mid + 1
		}
	}
	if found.Nonce.Uint64() <= index {
		return 0, nil, errors.New("no L2 block read the message")
	}
	return found.Number.Uint64(), found.BaseFee, nil
}

// refee re-signs an L2 transaction dropped for its max fee: the same
// nonce, gas, call and value, with a max fee from the policy against the
// higher of the base fee now and the max fee that was refused, sent in a
// new delayed message (a new send-l2-message attempt; the dropped
// transaction and its L1 transaction stay in the record).
func (s *Stack) refee(ctx context.Context, env *flow.Env, e *record.Escape, c *contracts) error {
	a := e.Arb
	if env.L2 == nil {
		return escape.Errorf("needs-l2", "pass --l2-rpc URL (any read-only L2 node)",
			"re-signing the dropped L2 transaction needs the L2's nonce, base fee and your balance")
	}
	var old types.Transaction
	if err := old.UnmarshalBinary(common.FromHex(a.L2SignedTx)); err != nil {
		return fmt.Errorf("arbitrum: the saved L2 transaction: %w", err)
	}
	from, err := env.Pipeline.Sender()
	if err != nil {
		return err
	}
	if from != a.L2From {
		return escape.Errorf("wrong-key", "use the key of "+a.L2From.Hex()+", which signed the dropped transaction (or, for a dry run, --from "+a.L2From.Hex()+")",
			"the sender given (the key, or --from) is %s, not the L2 sender %s", from.Hex(), a.L2From.Hex())
	}
	unlock, err := s.lockL2Account(ctx, env, from)
	if err != nil {
		return err
	}
	defer unlock()
	nonce, err := env.L2.NonceAt(ctx, from, nil)
	if err != nil {
		return escape.Wrap(err, "rpc-error", "try again or pass another --l2-rpc", "could not read your L2 nonce")
	}
	if nonce != a.L2Nonce {
		return escape.Errorf("l2-nonce-used", "start a new escape with `escape withdraw` or `escape send`",
			"the dropped L2 transaction's nonce %d can no longer be used: your L2 account is at nonce %d", a.L2Nonce, nonce)
	}
	head, err := env.L2.HeaderByNumber(ctx, nil)
	if err != nil || head.BaseFee == nil {
		return escape.Wrap(err, "rpc-error", "try again or pass another --l2-rpc", "could not read the L2 base fee")
	}
	balance, err := env.L2.BalanceAt(ctx, from, nil)
	if err != nil {
		return escape.Wrap(err, "rpc-error", "try again or pass another --l2-rpc", "could not read your L2 balance")
	}
	// The base fee that refused it was above its max fee: price from
	// whichever is higher, that or the base fee now.
	against := new(big.Int).Set(head.BaseFee)
	if refused := new(big.Int).Add(old.GasFeeCap(), big.NewInt(1)); refused.Cmp(against) > 0 {
		against = refused
	}
	fee := feePolicy(against, s.minBaseFee(env), old.Gas(), old.Value(), balance)
	fee.Current, fee.CurrentKnown = head.BaseFee, true
	need := fee.worstCost(old.Gas(), old.Value())
	if balance.Cmp(need) < 0 {
		return escape.Errorf("insufficient-l2-balance",
			"the L2 drops a transaction its sender cannot pay for; add L2 funds, or start a new escape for less",
			"your L2 balance (%s) does not cover the value plus gas limit × the new max fee (%s)", units.ETH(balance), units.FeeETHCeil(need))
	}
	chainID := new(big.Int).SetUint64(env.Network.L2ChainID)
	unsigned := types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Nonce: a.L2Nonce, GasTipCap: new(big.Int), GasFeeCap: fee.Max,
		Gas: old.Gas(), To: old.To(), Value: old.Value(), Data: old.Data()})
	if env.Pipeline.Offline != nil && env.Pipeline.L2Wallet == nil && !env.DryRun { // re-signed elsewhere: offline.go
		return s.planResign(env, e, &old, unsigned, from, fee.summary(old.Gas(), old.Value()))
	}
	var l2tx *types.Transaction
	if env.Pipeline.L2Wallet != nil && !env.DryRun { // re-signed in the user's wallet: l2wallet.go
		l2tx, err = s.walletSignL2(ctx, env, unsigned, from, balance)
	} else {
		l2tx, err = s.signL2(env, unsigned, chainID, units.FeeETHCeil(need))
	}
	if err != nil {
		return err
	}
	raw, err := l2tx.MarshalBinary()
	if err != nil {
		return err
	}

	saved, notes, refs, plan := *a, len(e.Notes), len(e.Refs), e.Unsigned
	attempts := len(e.TxsFor("send-l2-message"))
	pipeline.ReplaceL2Tx(e, l2tx, raw) // a wallet may raise its max fee within the plan's bounds
	if plan != nil && plan.Layer == "L2" {
		e.Unsigned = nil // a re-sign planned for signing elsewhere, done here instead
	}
	lines := []ui.KV{
		{Key: "Dropped", Value: fmt.Sprintf("L2 transaction %s (message %d): %s", saved.L2TxHash.Hex(), messageIndex(&saved), saved.L2Reason)},
		{Key: "L2 transaction", Value: l2tx.Hash().Hex() + " (re-signed by you: the same call, value and gas limit, a higher max fee)"},
		{Key: "L2 nonce", Value: u64s(a.L2Nonce) + " (the same: the dropped transaction did not use it)"},
		{Key: "L2 gas limit", Value: u64s(old.Gas())},
	}
	if env.DryRun {
		lines[1].Value = "would be re-signed by your key when you confirm: the same call, value and gas limit, a higher max fee"
	}
	lines = append(lines, fee.summary(old.Gas(), old.Value())...)
	lines = append(lines, ui.KV{Key: "Your L2 balance", Value: units.ETH(balance)})
	warnings := []string{}
	if fee.LimitedByBalance {
		warnings = append(warnings, fee.balanceWarning())
	}
	res, err := env.Pipeline.Send(ctx, pipeline.Request{Escape: e, Step: "send-l2-message", To: c.Inbox, ToName: "Inbox", Retry: true,
		Data: pack(inboxABI(), "sendL2Message", append([]byte{L2MessageKindSignedTx}, raw...)), ABIs: errorABIs(),
		Summary: pipeline.Summary{Title: "Re-sign your dropped L2 transaction with a higher max fee and send it through the delayed inbox again",
			Lines: lines, Timeline: s.timeline(ctx, env, c, e.Kind), Warnings: warnings},
		AfterRecord: unlock})
	if len(e.TxsFor("send-l2-message")) == attempts {
		// Declined, refused or a dry run: nothing new was recorded, so
		// the dropped transaction is still the escape's.
		*a, e.Notes, e.Refs, e.Unsigned = saved, e.Notes[:notes], e.Refs[:refs], plan
		return err
	}
	if err != nil || res.DryRun {
		return err
	}
	e.Stage = escape.StageWaitingL2
	if res.Receipt != nil {
		if err := s.recordMessage(e, c, res.Receipt); err != nil {
			return err
		}
	}
	return env.Store.Save(e)
}

func messageIndex(a *record.ArbState) uint64 {
	if a.Message == nil {
		return 0
	}
	return a.Message.Index
}

// sendL2MessageData is the Inbox call that carries a signed L2
// transaction (its raw bytes, 0x-hex) into the delayed inbox.
func sendL2MessageData(signedL2Tx string) []byte {
	return pack(inboxABI(), "sendL2Message", append([]byte{L2MessageKindSignedTx}, common.FromHex(signedL2Tx)...))
}

// carriesCurrentL2Tx says whether send-l2-message transaction t carries the
// escape's current L2 transaction, not one dropped for its max fee before
// it: a re-signed L2 transaction given back from signing elsewhere is the
// escape's before any L1 transaction carries it. A transaction without its
// raw bytes was imported from L1 (`escape status L1_TX`) and carries the
// escape's first L2 transaction: the current one unless it was re-signed.
func carriesCurrentL2Tx(t *record.Tx, a *record.ArbState) bool {
	if len(a.Dropped) == 0 {
		return true
	}
	if len(t.Raw) == 0 {
		return false
	}
	var tx types.Transaction
	if err := tx.UnmarshalBinary(t.Raw); err != nil {
		return true
	}
	return bytes.Equal(tx.Data(), sendL2MessageData(a.L2SignedTx))
}

// currentAttempts are the send-l2-message transactions carrying the
// escape's current L2 transaction, oldest first.
func currentAttempts(e *record.Escape) []*record.Tx {
	var txs []*record.Tx
	for _, t := range e.TxsFor("send-l2-message") {
		if carriesCurrentL2Tx(t, e.Arb) {
			txs = append(txs, t)
		}
	}
	return txs
}
