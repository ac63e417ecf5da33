// Package arbitrum is the Arbitrum (Nitro) escape: a transaction signed
// with the user's key for the L2 is put into the delayed inbox on L1
// (Inbox.sendL2Message as a signed-transaction message), forced into the
// L2's history with SequencerInbox.forceInclusion once the delay has
// passed, and, for withdrawals, paid out on L1 by Outbox.executeTransaction
// once an assertion covering it is confirmed. Where the validators left
// that assertion unconfirmed past its period and the rollup lets anyone
// confirm (validator allow-list disabled), escape confirms it itself
// (confirmAssertion, or confirmNextNode on pre-BoLD rollups).
//
// Stages used (escape.Stage): signed, submitted, submit-failed, waiting-l2
// (in the delayed inbox, not yet force-includable), force-includable,
// included (executed on L2; for `send` the end), l2-failed (reverted or
// dropped), waiting-state (waiting for an assertion), waiting-finalize
// (confirm period), ready-to-finalize (the Outbox can pay), finalized.
package arbitrum

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/record"
)

// Stack implements flow.Stack for Arbitrum networks.
type Stack struct {
	c      *contracts
	report *flow.VerifyReport
}

// New returns the Arbitrum stack (one per command run: it caches what it
// verified).
func New() flow.Stack { return &Stack{} }

func init() { flow.Register(escape.StackArbitrum, New) }

func stackOf(env *flow.Env) *Stack { return &Stack{} }

var _ flow.Stack = (*Stack)(nil)

// Import builds a record entry from an L1 transaction that called
// Inbox.sendL2Message with a signed L2 transaction.
func (s *Stack) Import(ctx context.Context, env *flow.Env, l1TxHash common.Hash) (*record.Escape, error) {
	return s.importTx(ctx, env, l1TxHash)
}
