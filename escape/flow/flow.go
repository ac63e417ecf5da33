// Package flow is the contract between the CLI and the stacks: the CLI
// builds an Env (network, clients, record, pipeline, output) and calls the
// Stack that the network's stack names. Keeping the interface here lets
// cmd/ stay flag wiring and lets each stack package stay independent.
package flow

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/network"
	"github.com/l2escape/escape/escape/pipeline"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/escape/ui"
)

// Env is everything one command run has.
type Env struct {
	Network *network.Network
	L1      *chain.Client
	// L2 is nil when the user gave no L2 RPC and no bundled one answered.
	// Flows must work without it wherever the data is on L1, and say
	// exactly which L2 data they need otherwise.
	L2       *chain.Client
	Store    *record.Store
	Pipeline *pipeline.Pipeline
	UI       *ui.UI
	Yes      bool
	DryRun   bool
	Now      func() time.Time
	// L2Nonce overrides the L2 nonce (Arbitrum --l2-nonce); nil if unset.
	L2Nonce *uint64
	// BumpFeePercent asks `next` to replace a stuck transaction.
	BumpFeePercent uint64
}

// WithdrawRequest is `escape withdraw`.
type WithdrawRequest struct {
	Amount *big.Int // base units of the token (wei for ETH)
	// AmountText is what the user typed (for messages).
	AmountText string
	// Token is nil for ETH. OP: the L2 token address; Arbitrum: the L1 token.
	Token *common.Address
	// To is the L1 recipient; nil means the sender.
	To *common.Address
}

// SendRequest is `escape send`: any forced L2 call.
type SendRequest struct {
	To    common.Address
	Value *big.Int
	Data  []byte
	Gas   uint64 // 0: the stack picks
}

// VerifyCheck is one link of the chain of trust.
type VerifyCheck struct {
	Name   string `json:"name"` // e.g. "OptimismPortal.systemConfig()"
	Want   string `json:"want"` // expected value
	Got    string `json:"got"`  // value read from the chain
	OK     bool   `json:"ok"`
	Detail string `json:"detail,omitempty"`
	// Advisory checks concern contracts outside the path of the user's
	// funds (Chainlink's uptime feed): a failure is reported as a warning
	// and never refuses a signing command.
	Advisory bool `json:"advisory,omitempty"`
}

// VerifyReport is the outcome of `escape verify`.
type VerifyReport struct {
	Network  string            `json:"network"`
	Verified bool              `json:"bundled"` // the addresses came from the bundled registry
	Checks   []VerifyCheck     `json:"checks"`
	Resolved map[string]string `json:"resolved,omitempty"` // addresses read at run time (ASR, rollup, outbox...)
	Facts    map[string]string `json:"facts,omitempty"`    // versions, respected game type, delays
}

// OK reports whether every check that guards the funds passed.
func (r *VerifyReport) OK() bool { return len(r.Failed()) == 0 }

// Failed returns the failing checks that guard the funds.
func (r *VerifyReport) Failed() []VerifyCheck {
	var out []VerifyCheck
	for _, c := range r.Checks {
		if !c.OK && !c.Advisory {
			out = append(out, c)
		}
	}
	return out
}

// Warnings returns the failing advisory checks.
func (r *VerifyReport) Warnings() []VerifyCheck {
	var out []VerifyCheck
	for _, c := range r.Checks {
		if !c.OK && c.Advisory {
			out = append(out, c)
		}
	}
	return out
}

// Stack is one family of L2s.
type Stack interface {
	// Verify walks the chain of trust on L1 from the bundled addresses.
	Verify(ctx context.Context, env *Env) (*VerifyReport, error)
	// Withdraw starts a forced withdrawal and records it.
	Withdraw(ctx context.Context, env *Env, req WithdrawRequest) (*record.Escape, error)
	// Send starts any forced L2 transaction and records it.
	Send(ctx context.Context, env *Env, req SendRequest) (*record.Escape, error)
	// Status reports where an escape stands (read-only).
	Status(ctx context.Context, env *Env, e *record.Escape) (*escape.Status, error)
	// Next performs the step that is due (through env.Pipeline), if any,
	// and returns the status afterwards.
	Next(ctx context.Context, env *Env, e *record.Escape) (*escape.Status, error)
	// Import builds a record entry from an L1 transaction hash that is not
	// in the local record (e.g. sent from another machine).
	Import(ctx context.Context, env *Env, l1TxHash common.Hash) (*record.Escape, error)
}

var registry = map[escape.Stack]func() Stack{}

// Register makes a stack implementation available; cmd/escape registers
// the stacks it is built with.
func Register(name escape.Stack, mk func() Stack) { registry[name] = mk }

// Lookup returns a registered stack.
func Lookup(name escape.Stack) (Stack, bool) {
	mk, ok := registry[name]
	if !ok {
		return nil, false
	}
	return mk(), true
}
