// Package flow is the contract between the CLI and the stacks: the CLI
// builds an Env (network, clients, record, pipeline, output) and calls the
// Stack that the network's stack names. Keeping the interface here lets
// cmd/ stay flag wiring and lets each stack package stay independent.
package flow

import (
	"bytes"
	"context"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

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
	// Token is nil for ETH: the token's L1 or L2 address as --token gave
	// it; the stack resolves the pair. The record keeps the OP L2 token and
	// the Arbitrum L1 token.
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
	// ImportL2 records a withdrawal started on L2 the normal way (not by
	// escape), of kind KindL2Withdrawal, from the hash of its L2
	// transaction or, on stacks that have one, of the withdrawal itself
	// (OP: the withdrawal hash). index picks one of several withdrawals of
	// one L2 transaction, in log order; NoIndex when the user gave none.
	// It needs env.L2 (any read-only replica serves).
	ImportL2(ctx context.Context, env *Env, ref common.Hash, index int) (*record.Escape, error)
	// Find lists the withdrawals of an address that are not finalized yet,
	// from the L2 logs (env.L2) and the L1 bridge state.
	Find(ctx context.Context, env *Env, req FindRequest) ([]FoundWithdrawal, error)
}

// KindL2Withdrawal is the record kind of a withdrawal made on L2 by the
// user's wallet or a dApp and imported into escape to be finished on L1.
const KindL2Withdrawal = "withdraw-l2"

// NoIndex means no withdrawal index was given with an L2 transaction hash.
const NoIndex = -1

// FindRequest is `escape find`.
type FindRequest struct {
	Address common.Address
	// FromBlock is the first L2 block scanned; nil: about LookbackDays ago.
	FromBlock *uint64
	// LookbackDays bounds the scan when FromBlock is nil.
	LookbackDays uint64
	// Progress is told, after each part of the scan, the L2 blocks done
	// out of the total.
	Progress func(done, total uint64)
}

// FoundWithdrawal is one unfinished withdrawal `escape find` lists.
type FoundWithdrawal struct {
	Ref       string          `json:"ref"` // what to pass to `escape status`: L2 tx hash#index
	L2TxHash  common.Hash     `json:"l2TxHash"`
	Index     int             `json:"index"`
	L2Block   uint64          `json:"l2Block"`
	Hash      common.Hash     `json:"withdrawalHash"` // OP: the withdrawal hash; Arbitrum: the send hash
	Position  *uint64         `json:"position,omitempty"`
	Recipient common.Address  `json:"recipient"`
	Amount    string          `json:"amount"` // base units, decimal
	Token     *common.Address `json:"token,omitempty"`
	Stage     escape.Stage    `json:"stage"`
	Detail    string          `json:"detail"`
	// Escape is the id of the record entry that follows it, if any.
	Escape string `json:"escape,omitempty"`
}

// ScanPart is how many L2 blocks ScanL2 covers between two progress reports.
const ScanPart = 100_000

// ScanL2 runs each query over the L2 blocks from req.FromBlock (0 if nil)
// to the head, in parts of ScanPart blocks (each asked in ranges the
// provider accepts), telling req.Progress after each part, and hands every
// log to fn.
func ScanL2(ctx context.Context, l2 *chain.Client, req FindRequest, queries []ethereum.FilterQuery, fn func(types.Log)) error {
	head, err := l2.BlockNumber(ctx)
	if err != nil {
		return err
	}
	from := uint64(0)
	if req.FromBlock != nil {
		from = *req.FromBlock
	}
	if from > head {
		return nil
	}
	total := head - from + 1
	for start := from; start <= head; {
		end := min(head, start+ScanPart-1)
		for _, q := range queries {
			q.FromBlock, q.ToBlock = new(big.Int).SetUint64(start), new(big.Int).SetUint64(end)
			err := l2.FilterLogsChunked(ctx, q, 0, func(logs []types.Log) error {
				for _, l := range logs {
					if !l.Removed {
						fn(l)
					}
				}
				return nil
			})
			if err != nil {
				return err
			}
		}
		if req.Progress != nil {
			req.Progress(end-from+1, total)
		}
		start = end + 1
	}
	return nil
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

// TxsInBlockOrder returns the transactions ScanL2 found (hash → block), in
// block order, then by hash, so that a listing is the same every time.
func TxsInBlockOrder(txs map[common.Hash]uint64) []common.Hash {
	out := make([]common.Hash, 0, len(txs))
	for h := range txs {
		out = append(out, h)
	}
	sort.Slice(out, func(i, j int) bool {
		if txs[out[i]] != txs[out[j]] {
			return txs[out[i]] < txs[out[j]]
		}
		return bytes.Compare(out[i][:], out[j][:]) < 0
	})
	return out
}
