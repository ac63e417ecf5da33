// Package pipeline is the one way escape writes to L1. Every transaction
// goes through the same steps:
//
//	verify the network -> build -> simulate with the real sender (eth_call and
//	gas estimate) -> summary and confirmation -> sign -> save to the record
//	(fsynced) -> broadcast -> wait for the receipt -> save the outcome
//
// Because the signed bytes are saved before they are broadcast, a crash, a
// closed terminal or a dead RPC leaves a record from which Resume
// rebroadcasts the very same transaction: it is never signed twice. A step
// that already has a transaction that may still be mined refuses to sign
// another one (Replace is the explicit way to bump a stuck transaction).
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/keys"
	"github.com/l2escape/escape/escape/network"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/escape/ui"
	"github.com/l2escape/escape/escape/units"
)

// Backend is the part of an L1 client the pipeline needs; both
// ethclient.Client and chain.Client provide it.
type Backend interface {
	ChainID(ctx context.Context) (*big.Int, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	EstimateGas(ctx context.Context, call ethereum.CallMsg) (uint64, error)
	CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
	BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
}

// Request is one L1 transaction a flow wants sent.
type Request struct {
	Escape *record.Escape
	Step   string // "deposit", "prove", "finalize", "send-l2-message", "force-include", "execute"
	To     common.Address
	// ToName names the contract for the summary ("OptimismPortal").
	ToName string
	Value  *big.Int
	Data   []byte
	// GasLimit, if non-zero, is used as is; otherwise the estimate plus
	// GasMarginPercent (default 20) is used.
	GasLimit         uint64
	GasMarginPercent uint64
	// GasLimitFor, if set, turns the gas estimate into the gas limit
	// (instead of GasMarginPercent).
	GasLimitFor func(estimate uint64) uint64
	// ExplainRevert, if set, may turn the revert data of a failed
	// simulation into a clearer error than the generic one (nil: keep it).
	ExplainRevert func(data []byte) error
	// NextBlockGasLimit, if set, is asked when the simulation at the head
	// reverts: a non-zero gas limit says the revert holds in the head's
	// block only (e.g. a per-block budget spent there), so the transaction
	// is sent for a later block with that gas limit, without an estimate.
	NextBlockGasLimit func(revertData []byte) uint64
	// ABIs decode revert reasons (custom errors) in simulation failures.
	ABIs []*abi.ABI
	// Summary is what the user sees before confirming: what this
	// transaction does, amounts, recipient, and the times ahead.
	Summary Summary
	// AfterRecord, if set, is called once: when the signed transaction is
	// saved to the record, or when Send returns without one. Arbitrum
	// releases its L2 signing lock there.
	AfterRecord func()
	// Retry sends a new attempt of a step whose earlier transactions were
	// mined: the flow found they failed past L1 (an Arbitrum L2
	// transaction dropped for its max fee). The earlier attempts stay in
	// the record; one still pending is refused as for any step.
	Retry bool
	// Attempts, if more than 1, is how many transactions the user's one
	// confirmation covers for this step: the flow may send the same call
	// again in a later block when an attempt reverted for a reason of its
	// block only (an OP deposit ordered after other deposits spent the
	// block's budget). The summary states the bound of all attempts
	// together (Result.Bound); later attempts go out without asking while
	// they fit in it (Budget).
	Attempts int
	// Budget, if set, is what is left of a bound the user already agreed
	// to: this (later) attempt is sent without asking again when its
	// maximum cost fits in it, and is refused when it does not.
	Budget *big.Int
	// Tip, if set, is the priority fee to bid instead of the node's
	// suggestion: a later attempt bids a fixed multiple of the first
	// attempt's, so that it stays within the bound agreed to.
	Tip *big.Int
	// AttemptsBound, with Attempts > 1, prices all attempts together from
	// the first attempt's gas limit, the L1 base fee and the priority fee
	// it bids. AttemptsNote says in the summary when escape sends again.
	AttemptsBound func(gasLimit uint64, baseFee, tip *big.Int) AttemptsCost
	AttemptsNote  string
}

// AttemptsCost is what the attempts of one step may cost (Request.Attempts).
type AttemptsCost struct {
	// NextBlockFull is the most the step costs if the next block leaves no
	// room for this attempt: it reverts, and the second attempt goes through.
	NextBlockFull *big.Int
	// Bound is the most all attempts may cost together: what the user
	// agrees to, and what no later attempt may take the total past.
	Bound *big.Int
}

// Summary describes a transaction for a person.
type Summary struct {
	Title    string   `json:"title"`
	Lines    []ui.KV  `json:"lines"`
	Timeline []ui.KV  `json:"timeline,omitempty"`
	Warnings []string `json:"warnings,omitempty"`
}

// Result is what Send or Resume did.
type Result struct {
	DryRun  bool           `json:"dryRun,omitempty"`
	Tx      *record.Tx     `json:"tx,omitempty"`
	Receipt *types.Receipt `json:"-"`
	// GasEstimate and MaxCost are filled in dry runs too.
	GasLimit uint64   `json:"gasLimit,omitempty"`
	MaxCost  *big.Int `json:"-"`
	// Bound is the most all attempts of the step may cost together
	// (Request.Attempts > 1): what the user agreed to.
	Bound *big.Int `json:"-"`
}

func maxOf(a, b *big.Int) *big.Int {
	if a.Cmp(b) < 0 {
		return new(big.Int).Set(b)
	}
	return new(big.Int).Set(a)
}

// Pipeline sends L1 transactions for one command run.
type Pipeline struct {
	Net    *network.Network
	L1     Backend
	Keys   keys.Source // loaded only when signing
	Signer *keys.Signer
	From   common.Address // the sender; for dry runs without a key
	Store  *record.Store
	UI     *ui.UI
	Yes    bool
	DryRun bool
	// L2Wallet, if set, has the user's wallet sign Arbitrum's L2
	// transaction instead of the key (l2wallet.go).
	L2Wallet L2Wallet
	// Verify runs the network's chain-of-trust check before anything is
	// signed; a mismatch refuses the send.
	Verify func(ctx context.Context) error
	// Poll is the receipt polling interval (default 2s); WaitTimeout how
	// long Send waits for a receipt before leaving the transaction pending
	// in the record (default 10 minutes).
	Poll        time.Duration
	WaitTimeout time.Duration
	// Offline, if set, writes each transaction unsigned for a key escape
	// never sees instead of signing it (offline.go).
	Offline *Offline
	// Wallet, if set, has the user's own wallet send each L1 transaction
	// (wallet.go): escape plans it, records the plan, asks, records the hash.
	Wallet Wallet
	// L2Balance, if set, reads an account's L2 balance: an Arbitrum L2
	// transaction signed elsewhere must fit in it, as one a wallet signed
	// (CheckSignedL2), or the L2 drops it.
	L2Balance func(ctx context.Context, account common.Address) (*big.Int, error)
	verified  bool
	resuming  bool
}

// LoadSigner loads the key (once). It is exported so flows that sign an L2
// transaction (Arbitrum) use the same key.
func (p *Pipeline) LoadSigner() (*keys.Signer, error) {
	if p.Signer != nil {
		return p.Signer, nil
	}
	s, err := p.Keys.Load()
	if err != nil {
		return nil, err
	}
	p.Signer = s
	p.From = s.Address
	return s, nil
}

// Sender returns the address that will sign: the loaded key's, else From.
func (p *Pipeline) Sender() (common.Address, error) {
	if p.Signer != nil {
		return p.Signer.Address, nil
	}
	if p.From != (common.Address{}) {
		return p.From, nil
	}
	if p.Wallet != nil && !p.Keys.Configured() {
		return p.Wallet.Account(context.Background())
	}
	s, err := p.LoadSigner()
	if err != nil {
		return common.Address{}, err
	}
	return s.Address, nil
}

func (p *Pipeline) poll() time.Duration {
	if p.Poll > 0 {
		return p.Poll
	}
	return 2 * time.Second
}

func (p *Pipeline) waitTimeout() time.Duration {
	if p.WaitTimeout > 0 {
		return p.WaitTimeout
	}
	return 10 * time.Minute
}

// EnsureVerified runs the network check once per run.
func (p *Pipeline) EnsureVerified(ctx context.Context) error {
	if p.verified || p.Verify == nil {
		return nil
	}
	if err := p.Verify(chain.WithPurpose(ctx, "checking the network's contracts on L1 before signing")); err != nil {
		return err
	}
	p.verified = true
	return nil
}

// ownPurpose drops the progress label a caller gave its reads ("reading
// the dispute games"): the pipeline's requests (simulate, price, send,
// wait) are labelled by their own method instead.
func ownPurpose(ctx context.Context) context.Context { return chain.WithPurpose(ctx, "") }

// Send runs the whole pipeline for one transaction.
func (p *Pipeline) Send(ctx context.Context, req Request) (*Result, error) {
	ctx = ownPurpose(ctx)
	afterRecord := once(req.AfterRecord)
	defer afterRecord()
	e := req.Escape
	if e == nil {
		return nil, errors.New("pipeline: request without an escape")
	}
	for _, t := range e.TxsFor(req.Step) {
		if t.State.Pending() {
			return nil, escape.Errorf("step-pending",
				"run `escape next "+e.ID+"` to check on it and rebroadcast it; `escape next "+e.ID+" --bump-fee 20` replaces it with a higher fee",
				"a %s transaction for this escape (%s) is already signed and may still be mined", ui.StepName(req.Step), t.Hash.Hex())
		}
		if t.State == record.TxMined && !req.Retry {
			return nil, escape.Errorf("step-done", "`escape status "+e.ID+"` shows where it stands",
				"the %s step of this escape is already done (transaction %s)", req.Step, t.Hash.Hex())
		}
	}
	if err := p.EnsureVerified(ctx); err != nil {
		return nil, err
	}
	from, err := p.Sender()
	if err != nil {
		if p.DryRun && p.From == (common.Address{}) {
			return nil, escape.Wrap(err, escape.CodeOf(err), "a dry run needs to know the sender: give --from ADDRESS, or the key as for a real run (it is only read, never used to sign in a dry run)", "cannot tell who sends")
		}
		return nil, err
	}
	chainID, err := p.L1.ChainID(ctx)
	if err != nil {
		return nil, rpcErr(err, "read the L1 chain id")
	}
	value := req.Value
	if value == nil {
		value = new(big.Int)
	}
	call := ethereum.CallMsg{From: from, To: &req.To, Value: value, Data: req.Data}

	// Simulate with the real sender first: a revert here costs nothing.
	gasLimit := req.GasLimit
	pf, err := p.readPreflight(chain.WithPurpose(ctx, "simulating the "+req.Step+" transaction and reading L1 fees"), call, gasLimit == 0)
	if err != nil {
		return nil, rpcErr(err, "simulate the transaction and read the L1 head, fees and your balance")
	}
	if pf.simErr != nil {
		if req.NextBlockGasLimit == nil {
			return nil, SimulationError(pf.simErr, req)
		}
		if gasLimit = req.NextBlockGasLimit(revertData(pf.simErr)); gasLimit == 0 {
			return nil, SimulationError(pf.simErr, req)
		}
	}
	if gasLimit == 0 {
		if gasLimit, err = gasLimitFromEstimate(pf.estimate, pf.estErr, req); err != nil {
			return nil, err
		}
	}
	if pf.headErr != nil {
		return nil, rpcErr(pf.headErr, "read the L1 head")
	}
	head, tip := pf.head, pf.tip
	if tip == nil || tip.Sign() == 0 {
		tip = big.NewInt(1e9)
	}
	if req.Tip != nil {
		tip = new(big.Int).Set(req.Tip)
	}
	baseFee := head.BaseFee
	if baseFee == nil {
		baseFee = new(big.Int)
	}
	maxFee := new(big.Int).Add(new(big.Int).Mul(baseFee, big.NewInt(2)), tip)
	maxCost := new(big.Int).Add(new(big.Int).Mul(new(big.Int).SetUint64(gasLimit), maxFee), value)
	likelyFee := new(big.Int).Mul(new(big.Int).SetUint64(gasLimit*3/4), new(big.Int).Add(baseFee, tip))
	if pf.balErr != nil {
		return nil, rpcErr(pf.balErr, "read your L1 balance")
	}
	balance := pf.balance

	res := &Result{GasLimit: gasLimit, MaxCost: maxCost}
	var nextBlockFull *big.Int
	if req.Attempts > 1 && req.Budget == nil && req.AttemptsBound != nil {
		cost := req.AttemptsBound(gasLimit, baseFee, tip)
		res.Bound = maxOf(cost.Bound, maxCost)
		if cost.NextBlockFull != nil {
			nextBlockFull = maxOf(cost.NextBlockFull, maxCost)
		}
	}
	feeFigures := l1FeeFigures{likely: likelyFee, atMost: new(big.Int).Sub(maxCost, value), gasLimit: gasLimit, maxFee: maxFee,
		nextBlockFull: nextBlockFull, bound: res.Bound, attempts: req.Attempts, attemptsNote: req.AttemptsNote, balance: balance}
	shown := p.showSummary(req, chainID.Uint64(), from, value, feeFigures.lines())
	if balance.Cmp(maxCost) < 0 {
		return nil, escape.Errorf("insufficient-l1-balance",
			"send at least "+units.FeeETHCeil(new(big.Int).Sub(maxCost, balance))+" to "+from.Hex()+" on "+p.l1Name()+" to pay the L1 fee, then run the command again",
			"your L1 balance (%s) cannot cover this transaction (up to %s)", units.ETH(balance), units.FeeETHCeil(maxCost))
	}
	if p.DryRun {
		res.DryRun = true
		p.UI.Event("dry-run", map[string]any{"step": req.Step, "gasLimit": gasLimit, "maxCostWei": maxCost.String()}, func(w io.Writer) {
			fmt.Fprintf(w, "\nDry run: the transaction was simulated from %s and would succeed now. Nothing was signed or sent.\n", from.Hex())
		})
		return res, nil
	}
	if req.Budget != nil && maxCost.Cmp(req.Budget) > 0 {
		return nil, escape.Errorf("retry-over-bound",
			"nothing more was signed; `escape next "+e.ID+"` prices it again and asks you",
			"sending the %s again could cost up to %s, more than the %s left of what you agreed to", req.Step, units.FeeETHCeil(maxCost), units.FeeETHFloor(req.Budget))
	}
	if !p.Yes && p.Offline == nil && p.Wallet == nil && req.Budget == nil { // a wallet asks on its own page
		ok, err := p.UI.Confirm("Sign and send this transaction")
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, escape.Errorf("cancelled", "nothing was signed or sent; run the command again when ready", "you did not confirm")
		}
	}
	if p.Offline != nil { // signed elsewhere: see offline.go
		return nil, p.planOffline(ctx, e, req.Step, from, &types.DynamicFeeTx{ChainID: chainID, GasTipCap: tip, GasFeeCap: maxFee,
			Gas: gasLimit, To: &req.To, Value: value, Data: req.Data})
	}
	if p.Wallet != nil { // sent by the user's wallet: see wallet.go
		return p.sendThroughWallet(ctx, e, req.Step, shown, types.NewTx(&types.DynamicFeeTx{ChainID: chainID, GasTipCap: tip, GasFeeCap: maxFee,
			Gas: gasLimit, To: &req.To, Value: value, Data: req.Data}), from, afterRecord, res)
	}
	signer, err := p.LoadSigner()
	if err != nil {
		return nil, err
	}
	if signer.Address != from {
		return nil, fmt.Errorf("pipeline: key address %s differs from sender %s", signer.Address, from)
	}
	// Another escape process signing from this account waits here until
	// our transaction is broadcast, so its nonce comes after ours.
	unlockAccount, err := p.lockAccount(ctx, chainID.Uint64(), from)
	if err != nil {
		return nil, err
	}
	defer unlockAccount()
	nonce, err := p.L1.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, rpcErr(err, "read your L1 nonce")
	}
	unsigned := types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: maxFee,
		Gas: gasLimit, To: &req.To, Value: value, Data: req.Data})
	signed, err := signer.SignTx(unsigned, chainID)
	if err != nil {
		return nil, fmt.Errorf("pipeline: sign: %w", err)
	}
	rec, err := p.record(e, req.Step, signed, from, time.Time{})
	if err != nil {
		return nil, err
	}
	afterRecord()
	res.Tx = rec
	settled, res, err := p.broadcast(ctx, e, rec, signed, res)
	unlockAccount()
	if settled {
		return res, err
	}
	return p.wait(ctx, e, rec, res)
}

// gasLimitFromEstimate is the gas estimate plus the request's margin.
func gasLimitFromEstimate(est uint64, err error, req Request) (uint64, error) {
	if err != nil {
		// Some nodes estimate at the pending block: the same block-only
		// revert as in NextBlockGasLimit (a crowd in the pool) shows here.
		if req.NextBlockGasLimit != nil {
			if limit := req.NextBlockGasLimit(revertData(err)); limit != 0 {
				return limit, nil
			}
		}
		return 0, SimulationError(err, req)
	}
	if req.GasLimitFor != nil {
		return req.GasLimitFor(est), nil
	}
	margin := req.GasMarginPercent
	if margin == 0 {
		margin = 20
	}
	return est + est*margin/100, nil
}

// lockAccount takes the record's signing lock of an account on a chain
// (waiting for another escape process that holds it, within a bound).
func (p *Pipeline) lockAccount(ctx context.Context, chainID uint64, from common.Address) (func(), error) {
	if p.Store == nil {
		return func() {}, nil
	}
	var progress func(string, ...any)
	if p.UI != nil {
		progress = p.UI.Progress
	}
	return p.Store.LockAccount(ctx, chainID, from, progress)
}

// once wraps f (which may be nil) so that it runs at most once.
func once(f func()) func() {
	done := false
	return func() {
		if !done && f != nil {
			done = true
			f()
		}
	}
}

// record saves a signed transaction before anything is broadcast.
func (p *Pipeline) record(e *record.Escape, step string, signed *types.Transaction, from common.Address, _ time.Time) (*record.Tx, error) {
	raw, err := signed.MarshalBinary()
	if err != nil {
		return nil, err
	}
	rec := &record.Tx{Step: step, ChainID: signed.ChainId().Uint64(), Hash: signed.Hash(), Raw: raw, From: from, To: signed.To(),
		Nonce: signed.Nonce(), Value: signed.Value().String(), GasLimit: signed.Gas(), MaxFee: signed.GasFeeCap().String(),
		Tip: signed.GasTipCap().String(), State: record.TxSigned, SignedAt: time.Now().UTC()}
	e.Txs = append(e.Txs, rec)
	if p.Net != nil && !p.Net.Verified && e.NetworkFile == "" {
		if abs, err := filepath.Abs(p.Net.File); err == nil {
			e.NetworkFile = abs
		}
	}
	e.Note("signed %s transaction %s (nonce %d)", step, rec.Hash.Hex(), rec.Nonce)
	if err := p.saveSigned(e); err != nil {
		// Not saved, so never broadcast: forget it in memory too.
		e.Txs = e.Txs[:len(e.Txs)-1]
		e.Notes = e.Notes[:len(e.Notes)-1]
		return nil, escape.Wrap(err, "record-write", "nothing was broadcast; fix the record directory (ESCAPE_HOME) and run again",
			"could not save the signed transaction, so it was not sent")
	}
	return rec, nil
}

// saveSigned writes an escape that now holds a signed transaction. A new
// escape enters the record here, and only here: a flow that stops before
// signing (declined, interrupted, refused, a dry run) leaves nothing behind.
func (p *Pipeline) saveSigned(e *record.Escape) error {
	if e.ID != "" {
		return p.Store.Save(e)
	}
	if e.Stage == "" {
		e.Stage = escape.StageSigned
	}
	if err := p.Store.Create(e); err != nil {
		e.ID, e.Created = "", time.Time{}
		return err
	}
	return nil
}

func (p *Pipeline) broadcastAndWait(ctx context.Context, e *record.Escape, rec *record.Tx, signed *types.Transaction, res *Result) (*Result, error) {
	settled, res, err := p.broadcast(ctx, e, rec, signed, res)
	if settled {
		return res, err
	}
	return p.wait(ctx, e, rec, res)
}

// broadcast sends the signed bytes. settled means there is nothing to wait
// for: the send failed, or reconciling a "nonce too low" decided the outcome.
func (p *Pipeline) broadcast(ctx context.Context, e *record.Escape, rec *record.Tx, signed *types.Transaction, res *Result) (settled bool, _ *Result, _ error) {
	if rec.BroadcastAt.IsZero() && rec.Error == "" && !p.resuming {
		p.UI.Event("signed", map[string]any{"escape": e.ID, "step": rec.Step, "hash": rec.Hash}, func(w io.Writer) {
			fmt.Fprintf(w, "\nSigned and saved to the record as escape %s.\nBroadcasting the %s transaction %s ...\n", e.ID, ui.StepName(rec.Step), rec.Hash.Hex())
		})
	} else {
		p.UI.Event("rebroadcast", map[string]any{"escape": e.ID, "step": rec.Step, "hash": rec.Hash}, func(w io.Writer) {
			fmt.Fprintf(w, "\nBroadcasting the saved %s transaction %s again (the same signed bytes) ...\n", ui.StepName(rec.Step), rec.Hash.Hex())
		})
	}
	if err := p.L1.SendTransaction(ctx, signed); err != nil && !isAlreadyKnown(err) {
		if isNonceTooLow(err) {
			// Maybe it was mined already (a resumed run), maybe the nonce was
			// used by another transaction: reconcile decides.
			res, err := p.reconcile(ctx, e, rec, res)
			return true, res, err
		}
		rec.Error = err.Error()
		_ = p.Store.Save(e)
		return true, res, escape.Wrap(err, "broadcast-failed",
			"the signed transaction is saved; run `escape next "+e.ID+"` to broadcast exactly the same transaction again (it is never signed twice), with another --l1-rpc if this one is down",
			"could not broadcast the %s transaction", ui.StepName(rec.Step))
	}
	if rec.State == record.TxSigned {
		rec.State = record.TxBroadcast
		rec.BroadcastAt = time.Now().UTC()
		rec.Error = ""
		e.Note("broadcast %s", rec.Hash.Hex())
		if err := p.Store.Save(e); err != nil {
			return true, res, err
		}
	}
	return false, res, nil
}

// receiptWatch tells "not mined yet" (the endpoint answered: no receipt)
// from "could not ask" (every endpoint failed the receipt call). Only the
// first is evidence that the transaction is not mined: a fee bump is never
// suggested on the strength of the second.
type receiptWatch struct {
	checks, failures int
	failingSince     time.Time // start of the current run of failures
	lastErr          error
}

func (w *receiptWatch) answered() { w.checks++; w.failingSince = time.Time{} }

func (w *receiptWatch) failed(err error) (first bool) {
	w.checks++
	w.failures++
	w.lastErr = err
	if w.failingSince.IsZero() {
		w.failingSince = time.Now()
		return true
	}
	return false
}

// failingFor is how long receipt calls have failed without a break.
func (w *receiptWatch) failingFor() time.Duration {
	if w.failingSince.IsZero() {
		return 0
	}
	return time.Since(w.failingSince)
}

func (p *Pipeline) wait(ctx context.Context, e *record.Escape, rec *record.Tx, res *Result) (*Result, error) {
	deadline := time.Now().Add(p.waitTimeout())
	// An endpoint that keeps failing for a fifth of the wait is not going
	// to say more by the end of it.
	giveUpFailing := p.waitTimeout() / 5
	start := time.Now()
	lastNote := time.Time{}
	var w receiptWatch
	for {
		r, err := p.L1.TransactionReceipt(ctx, rec.Hash)
		switch {
		case err == nil && r != nil:
			return p.finish(e, rec, r, res)
		case err == nil || errors.Is(err, ethereum.NotFound):
			w.answered()
			// A fee bump (`escape next --bump-fee`, maybe from another
			// process) signs another transaction at the same nonce: the
			// one that is mined settles this wait, whichever it is.
			if t, r := p.minedSibling(ctx, e, rec); r != nil {
				res.GasLimit = t.GasLimit
				return p.finish(e, t, r, res)
			}
		case ctx.Err() != nil:
			// Stopped by the user, handled below.
		default:
			if w.failed(err) {
				p.UI.Progress("  the L1 endpoint did not answer the receipt request (%s); %s may be mined already. Still asking, on every --l1-rpc given.",
					firstLine(err.Error()), rec.Hash.Hex())
			}
		}
		if time.Since(lastNote) > 30*time.Second {
			if !lastNote.IsZero() {
				p.UI.Progress("  still waiting for %s to be mined (%s so far)", rec.Hash.Hex(), ui.Duration(time.Since(start)))
			}
			lastNote = time.Now()
		}
		if w.failures > 0 && (time.Now().After(deadline) || (w.failures >= 3 && w.failingFor() >= giveUpFailing)) {
			return res, p.receiptUnknown(e, rec, &w)
		}
		if time.Now().After(deadline) {
			return res, escape.Errorf("not-mined-yet",
				"the transaction is saved; `escape next "+e.ID+"` checks on it again and rebroadcasts it, and `escape next "+e.ID+" --bump-fee 20` replaces it with a higher fee",
				"transaction %s was not mined within %s", rec.Hash.Hex(), ui.Duration(p.waitTimeout()))
		}
		select {
		case <-ctx.Done():
			return res, escape.Errorf("interrupted",
				"the transaction is saved and may still be mined; `escape status "+e.ID+"` shows where it stands",
				"stopped waiting for %s", rec.Hash.Hex())
		case <-time.After(p.poll()):
		}
	}
}

// minedSibling looks for a mined transaction at rec's nonce that is not
// rec: one this escape recorded (a replacement, or the original a
// replacement waits on), or one another escape process saved to the record
// meanwhile (`escape next --bump-fee` while this process waits), which
// then joins e.
func (p *Pipeline) minedSibling(ctx context.Context, e *record.Escape, rec *record.Tx) (*record.Tx, *types.Receipt) {
	if p.Store != nil {
		if disk, err := p.Store.Load(e.ID); err == nil && disk != nil {
			have := map[common.Hash]bool{}
			for _, t := range e.Txs {
				have[t.Hash] = true
			}
			for _, t := range disk.Txs {
				if !have[t.Hash] && sameNonce(t, rec) {
					e.Txs = append(e.Txs, t)
					p.UI.Progress("  %s was replaced by %s (a higher fee, saved by another escape process); waiting for either to be mined", rec.Hash.Hex(), t.Hash.Hex())
				}
			}
		}
	}
	for _, t := range e.Txs {
		// A replacement the other process already saw mined counts too.
		if t == rec || !sameNonce(t, rec) || t.State == record.TxReplaced || t.State == record.TxDropped {
			continue
		}
		if r, err := p.L1.TransactionReceipt(ctx, t.Hash); err == nil && r != nil {
			return t, r
		}
	}
	return nil, nil
}

func sameNonce(a, b *record.Tx) bool {
	return a.Hash != b.Hash && a.From == b.From && a.ChainID == b.ChainID && a.Nonce == b.Nonce
}

// receiptUnknown is the end of a wait in which the endpoints failed: the
// transaction was accepted and may well be mined, so no fee bump.
func (p *Pipeline) receiptUnknown(e *record.Escape, rec *record.Tx, w *receiptWatch) error {
	return escape.Errorf("receipt-unknown",
		"the transaction is saved and may well be mined already: do not replace it. Check "+rec.Hash.Hex()+" on an L1 explorer or with another --l1-rpc; `escape next "+e.ID+"` checks again (add --l1-rpc URL for a working endpoint) and rebroadcasts the same signed bytes only if it is not mined",
		"the L1 endpoint is failing: %d of %d requests for the receipt of %s failed (last: %s), so escape cannot tell whether it is mined",
		w.failures, w.checks, rec.Hash.Hex(), firstLine(w.lastErr.Error()))
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

func (p *Pipeline) finish(e *record.Escape, rec *record.Tx, r *types.Receipt, res *Result) (*Result, error) {
	rec.Block = r.BlockNumber.Uint64()
	rec.BlockHash = r.BlockHash
	rec.GasUsed = r.GasUsed
	rec.MinedAt = time.Now().UTC()
	res.Receipt = r
	res.Tx = rec
	// Any other transaction we signed with the same nonce is now replaced.
	for _, t := range e.Txs {
		if t != rec && t.From == rec.From && t.ChainID == rec.ChainID && t.Nonce == rec.Nonce && t.State.Pending() {
			t.State = record.TxReplaced
		}
	}
	if r.Status == types.ReceiptStatusSuccessful {
		rec.State = record.TxMined
		e.Note("%s transaction %s mined in block %d", rec.Step, rec.Hash.Hex(), rec.Block)
	} else {
		rec.State = record.TxReverted
		e.Note("%s transaction %s reverted in block %d", rec.Step, rec.Hash.Hex(), rec.Block)
	}
	if err := p.Store.Save(e); err != nil {
		return res, err
	}
	if rec.State == record.TxReverted {
		return res, escape.Errorf("tx-reverted",
			"the L1 fee was spent but nothing else happened; `escape status "+e.ID+"` explains the state, and the step can be tried again",
			"the %s transaction %s reverted on L1 (block %d)", ui.StepName(rec.Step), rec.Hash.Hex(), rec.Block)
	}
	p.UI.Event("mined", map[string]any{"escape": e.ID, "step": rec.Step, "hash": rec.Hash, "block": rec.Block}, func(w io.Writer) {
		fmt.Fprintf(w, "Mined in L1 block %d.\n", rec.Block)
	})
	return res, nil
}

// Resume settles every transaction of an escape that may still be mined:
// it records receipts that arrived, rebroadcasts the saved bytes of those
// that did not, and notices a nonce used by a transaction we never signed.
// It returns the results of the transactions it settled.
func (p *Pipeline) Resume(ctx context.Context, e *record.Escape) ([]*Result, error) {
	ctx = ownPurpose(ctx)
	var out []*Result
	for _, rec := range e.PendingTxs() {
		if !rec.State.Pending() { // settled by an earlier iteration (replacement)
			continue
		}
		res := &Result{Tx: rec}
		if r, err := p.L1.TransactionReceipt(ctx, rec.Hash); err == nil && r != nil {
			res, err := p.finish(e, rec, r, res)
			out = append(out, res)
			if err != nil {
				return out, err
			}
			continue
		}
		if p.DryRun {
			p.UI.Progress("Dry run: transaction %s (%s) is saved but not mined; a real run would broadcast the same signed bytes again. Nothing was sent.", rec.Hash.Hex(), rec.Step)
			continue
		}
		res, err := p.reconcile(ctx, e, rec, res)
		out = append(out, res)
		if err != nil {
			return out, err
		}
	}
	return out, nil
}

// reconcile decides what happened to a pending transaction with no receipt.
func (p *Pipeline) reconcile(ctx context.Context, e *record.Escape, rec *record.Tx, res *Result) (*Result, error) {
	// A sibling with the same nonce may have been mined (a replacement).
	for _, t := range e.Txs {
		if t != rec && t.Nonce == rec.Nonce && t.From == rec.From && t.ChainID == rec.ChainID {
			if r, err := p.L1.TransactionReceipt(ctx, t.Hash); err == nil && r != nil {
				return p.finish(e, t, r, &Result{Tx: t})
			}
		}
	}
	if len(rec.Raw) == 0 { // sent by a wallet and never seen by escape's endpoints: wallet.go
		return p.resumeWallet(ctx, e, rec, res)
	}
	mined, err := p.L1.NonceAt(ctx, rec.From, nil)
	if err != nil {
		return res, rpcErr(err, "read your L1 nonce")
	}
	if mined > rec.Nonce {
		// Our nonce was used, and not by anything we recorded. Re-check our
		// own receipt once more: a lagging endpoint may have missed it.
		if r, err := p.L1.TransactionReceipt(ctx, rec.Hash); err == nil && r != nil {
			return p.finish(e, rec, r, res)
		}
		rec.State = record.TxDropped
		rec.Error = fmt.Sprintf("nonce %d was used by another transaction from %s", rec.Nonce, rec.From.Hex())
		e.Note("%s transaction %s dropped: %s", rec.Step, rec.Hash.Hex(), rec.Error)
		if err := p.Store.Save(e); err != nil {
			return res, err
		}
		return res, escape.Errorf("nonce-used",
			"another transaction from your address (another wallet or tool?) used the same nonce; check your address on an L1 explorer, then run the step again with `escape next "+e.ID+"`",
			"the %s transaction %s was never mined: its nonce %d was used by a transaction that escape did not send", ui.StepName(rec.Step), rec.Hash.Hex(), rec.Nonce)
	}
	var signed types.Transaction
	if err := signed.UnmarshalBinary(rec.Raw); err != nil {
		return res, fmt.Errorf("pipeline: saved transaction %s is unreadable: %w", rec.Hash, err)
	}
	if signed.Hash() != rec.Hash {
		return res, fmt.Errorf("pipeline: saved transaction bytes do not hash to %s", rec.Hash)
	}
	p.UI.Progress("Transaction %s (%s) is saved but not mined: broadcasting the same signed bytes again.", rec.Hash.Hex(), rec.Step)
	p.resuming = true
	defer func() { p.resuming = false }()
	return p.broadcastAndWait(ctx, e, rec, &signed, res)
}

// Replace re-signs the newest pending transaction of an escape with the
// same nonce, recipient, value and data and fees raised by bumpPercent (at
// least 10, the minimum nodes accept), records it and broadcasts it.
func (p *Pipeline) Replace(ctx context.Context, e *record.Escape, bumpPercent uint64) (*Result, error) {
	ctx = ownPurpose(ctx)
	pending := e.PendingTxs()
	if len(pending) == 0 {
		return nil, escape.Errorf("nothing-pending", "`escape status "+e.ID+"` shows where the escape stands", "escape %s has no transaction waiting to be mined", e.ID)
	}
	old := pending[len(pending)-1]
	if bumpPercent < 10 {
		bumpPercent = 10
	}
	if err := p.EnsureVerified(ctx); err != nil {
		return nil, err
	}
	var prev types.Transaction
	if err := prev.UnmarshalBinary(old.Raw); err != nil {
		return nil, err
	}
	bump := func(x *big.Int) *big.Int {
		y := new(big.Int).Mul(x, big.NewInt(int64(100+bumpPercent)))
		y.Div(y, big.NewInt(100))
		return y.Add(y, big.NewInt(1))
	}
	tip, feeCap := bump(prev.GasTipCap()), bump(prev.GasFeeCap())
	if head, err := p.L1.HeaderByNumber(ctx, nil); err == nil && head.BaseFee != nil {
		if min := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip); feeCap.Cmp(min) < 0 {
			feeCap = min
		}
	}
	if !p.Yes || p.DryRun {
		p.UI.Printf("\nReplace the %s transaction %s (nonce %d) with the same transaction at a higher fee:\n", ui.StepName(old.Step), old.Hash.Hex(), old.Nonce)
		ui.WriteKVs(p.UI.Out, []ui.KV{{Key: "Max fee per gas", Value: units.Gwei(prev.GasFeeCap()) + " -> " + units.Gwei(feeCap)},
			{Key: "Priority fee", Value: units.Gwei(prev.GasTipCap()) + " -> " + units.Gwei(tip)}})
	}
	if p.DryRun {
		p.UI.Printf("\nDry run: a real run would sign and send this replacement. Nothing was signed or sent.\n")
		return &Result{DryRun: true}, nil
	}
	if !p.Yes {
		ok, err := p.UI.Confirm("Sign and send the replacement")
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, escape.Errorf("cancelled", "nothing was signed or sent", "you did not confirm")
		}
	}
	signer, err := p.LoadSigner()
	if err != nil {
		return nil, err
	}
	if signer.Address != old.From {
		return nil, escape.Errorf("wrong-key", "use the key that signed the original transaction ("+old.From.Hex()+")", "the key given is for %s", signer.Address.Hex())
	}
	unlockAccount, err := p.lockAccount(ctx, prev.ChainId().Uint64(), old.From)
	if err != nil {
		return nil, err
	}
	defer unlockAccount()
	unsigned := types.NewTx(&types.DynamicFeeTx{ChainID: prev.ChainId(), Nonce: prev.Nonce(), GasTipCap: tip, GasFeeCap: feeCap,
		Gas: prev.Gas(), To: prev.To(), Value: prev.Value(), Data: prev.Data()})
	signed, err := signer.SignTx(unsigned, prev.ChainId())
	if err != nil {
		return nil, err
	}
	rec, err := p.record(e, old.Step, signed, old.From, time.Time{})
	if err != nil {
		return nil, err
	}
	rec.Replaces = old.Hash
	_ = p.Store.Save(e)
	settled, res, err := p.broadcast(ctx, e, rec, signed, &Result{Tx: rec})
	unlockAccount()
	if settled {
		return res, err
	}
	return p.wait(ctx, e, rec, res)
}

func (p *Pipeline) l1Name() string {
	if p.Net != nil && p.Net.L1Name != "" {
		return p.Net.L1Name
	}
	return "L1"
}

// Shown is a summary as the user sees it: in the terminal, and on the
// browser wallet's page (wallet.go), which shows the very same lines.
type Shown struct {
	Title    string   `json:"title"`
	Lines    []ui.KV  `json:"lines"`
	Timeline []ui.KV  `json:"timeline,omitempty"`
	Warnings []string `json:"warnings,omitempty"`
}

// l1FeeFigures are the fee lines of a summary: for people fees to a few
// significant digits (bounds rounded up), with --json exact (ui.KV.Exact).
type l1FeeFigures struct {
	likely, atMost *big.Int
	gasLimit       uint64
	maxFee         *big.Int
	nextBlockFull  *big.Int // the first attempt reverted and the second; nil for one attempt
	bound          *big.Int // all attempts together; nil for one attempt
	attempts       int
	attemptsNote   string
	balance        *big.Int
}

func (f l1FeeFigures) lines() []ui.KV {
	var fees []ui.KV
	add := func(key string, line func(estimate, bound func(*big.Int) string) string) {
		fees = append(fees, ui.KV{Key: key, Value: line(units.FeeETH, units.FeeETHCeil), Exact: line(units.ETH, units.ETH)})
	}
	add("L1 fee (likely)", func(estimate, _ func(*big.Int) string) string { return "about " + estimate(f.likely) })
	add("L1 fee (at most)", func(_, bound func(*big.Int) string) string {
		return fmt.Sprintf("%s (gas limit %d × max fee %s)", bound(f.atMost), f.gasLimit, units.Gwei(f.maxFee))
	})
	if f.nextBlockFull != nil {
		add("Next block full", func(_, bound func(*big.Int) string) string {
			return fmt.Sprintf("at most %s if this attempt finds its L1 block's budget spent: it reverts, paying only the gas it used, and the second goes through",
				bound(f.nextBlockFull))
		})
	}
	if f.bound != nil {
		add("With retries", func(_, bound func(*big.Int) string) string {
			return fmt.Sprintf("at most %s for up to %d attempts together: %s; escape does not ask again while the total stays within this",
				bound(f.bound), f.attempts, f.attemptsNote)
		})
	}
	return append(fees, ui.KV{Key: "Your L1 balance", Value: units.ETH(f.balance)})
}

// showSummary prints the summary; with --json its lines and fees carry
// their exact figures (ui.ExactKVs).
func (p *Pipeline) showSummary(req Request, chainID uint64, from common.Address, value *big.Int, fees []ui.KV) Shown {
	s := req.Summary
	netName := ""
	if p.Net != nil {
		netName = p.Net.Title
		if !p.Net.Verified {
			s.Warnings = append(s.Warnings, "the network comes from your own file "+p.Net.File+": its addresses are UNVERIFIED by escape's bundled registry")
		}
	}
	head := []ui.KV{
		{Key: "Network", Value: netName},
		{Key: "Sent on", Value: fmt.Sprintf("%s (chain id %d)", p.l1Name(), chainID)},
		{Key: "From", Value: from.Hex()},
		{Key: "Contract", Value: strings.TrimSpace(req.ToName + " " + req.To.Hex())},
	}
	if value.Sign() > 0 {
		head = append(head, ui.KV{Key: "L1 value sent", Value: units.ETH(value)})
	}
	p.UI.Event("summary", map[string]any{"step": req.Step, "title": s.Title, "chainId": chainID, "from": from, "to": req.To,
		"valueWei": value.String(), "lines": ui.ExactKVs(s.Lines), "fees": ui.ExactKVs(fees), "timeline": s.Timeline, "warnings": s.Warnings}, func(w io.Writer) {
		fmt.Fprintf(w, "%s\n\n", s.Title)
		ui.WriteKVs(w, append(append(head, s.Lines...), fees...))
		if len(s.Timeline) > 0 {
			fmt.Fprintf(w, "\nWhat happens next:\n")
			ui.WriteKVs(w, s.Timeline)
		}
		for _, warn := range s.Warnings {
			fmt.Fprintf(w, "\nWARNING: %s\n", warn)
		}
		fmt.Fprintln(w)
	})
	return Shown{Title: s.Title, Lines: append(append(head, s.Lines...), fees...), Timeline: s.Timeline, Warnings: s.Warnings}
}

// SimulationError turns a failed eth_call or gas estimate into an error that
// names the revert reason; nothing was signed.
func SimulationError(err error, req Request) error {
	if req.ExplainRevert != nil {
		if explained := req.ExplainRevert(revertData(err)); explained != nil {
			return explained
		}
	}
	reason := RevertReason(err, req.ABIs...)
	if reason == "" {
		reason = err.Error()
	}
	return escape.Errorf("simulation-reverted",
		"nothing was signed or sent; `escape status` and `escape health` explain the state of the escape and of the network",
		"the %s transaction would fail on L1: %s", ui.StepName(req.Step), reason)
}

// RevertReason decodes revert data from an RPC error: Error(string),
// Panic(uint256) or a custom error of one of the ABIs. Empty if none.
func RevertReason(err error, abis ...*abi.ABI) string {
	return DecodeRevert(revertData(err), abis...)
}

// revertData is the revert data an RPC error carries, or nil.
func revertData(err error) []byte {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil
	}
	switch v := de.ErrorData().(type) {
	case string:
		data, _ := hexutil.Decode(v)
		return data
	case []byte:
		return v
	}
	return nil
}

// DecodeRevert names revert data.
func DecodeRevert(data []byte, abis ...*abi.ABI) string {
	if len(data) < 4 {
		return ""
	}
	if s, err := abi.UnpackRevert(data); err == nil {
		return s
	}
	for _, a := range abis {
		if a == nil {
			continue
		}
		for name, e := range a.Errors {
			if string(e.ID[:4]) == string(data[:4]) {
				args, err := e.Inputs.Unpack(data[4:])
				if err != nil || len(args) == 0 {
					return name
				}
				return fmt.Sprintf("%s%v", name, args)
			}
		}
	}
	return "custom error 0x" + common.Bytes2Hex(data[:4])
}

func isAlreadyKnown(err error) bool {
	s := strings.ToLower(err.Error())
	return strings.Contains(s, "already known") || strings.Contains(s, "known transaction") || strings.Contains(s, "already imported")
}

func isNonceTooLow(err error) bool {
	s := strings.ToLower(err.Error())
	return strings.Contains(s, "nonce too low") || strings.Contains(s, "nonce is too low") || strings.Contains(s, "invalid nonce")
}

func rpcErr(err error, what string) error {
	if escape.HintOf(err) != "" {
		return err
	}
	return escape.Wrap(err, "rpc-error", "the L1 RPC did not answer properly; try again, or pass another with --l1-rpc", "could not %s", what)
}
