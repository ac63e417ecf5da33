package pipeline

// The user's own wallet sends (docs/wallets.md). With Wallet set, Send runs
// every step up to the signature as usual (verify, simulation with the
// wallet's address, summary), then records the plan as the escape's intent,
// and only then asks the wallet to send exactly that transaction. The hash
// the wallet answers is recorded next, with the signed bytes read back from
// L1. A wallet may replace its transaction (speed up, cancel) or drop it:
// the account's nonce is followed block by block, so a replacement at the
// same nonce with the same call is adopted and anything else at that nonce
// is reported.

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/record"
)

// Wallet is a signer escape never holds a key of, which broadcasts itself:
// a browser wallet behind escape's local page.
type Wallet interface {
	// Account is the wallet's address; it waits until the user connected
	// a wallet.
	Account(ctx context.Context) (common.Address, error)
	// SendPlanned asks the wallet to send exactly the planned transaction
	// and returns the hash the wallet answers. It returns when the wallet
	// sent it, or with an error when escape should stop asking.
	SendPlanned(ctx context.Context, ask WalletAsk) (common.Hash, error)
}

// WalletAsk is one transaction shown to the user and sent by the wallet.
type WalletAsk struct {
	Escape string
	Plan   *record.Unsigned
	Shown  Shown
}

// WalletTxWait is how long escape looks for the wallet's transaction at
// its own L1 endpoints before recording the hash alone (the wallet may
// broadcast through another node).
var WalletTxWait = 30 * time.Second

// txByHash is what reads a transaction back (chain.Client and ethclient).
type txByHash interface {
	TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error)
}

// blockReader reads whole blocks, to follow an account's nonce.
type blockReader interface {
	BlockByNumber(ctx context.Context, number *big.Int) (*types.Block, error)
}

// sendThroughWallet records the planned transaction as the escape's intent,
// asks the wallet to send it, records the hash it answers and waits for it.
func (p *Pipeline) sendThroughWallet(ctx context.Context, e *record.Escape, step string, shown Shown, tx *types.Transaction,
	from common.Address, afterRecord func(), res *Result) (*Result, error) {
	unlockAccount, err := p.lockAccount(ctx, tx.ChainId().Uint64(), from)
	if err != nil {
		return nil, err
	}
	defer unlockAccount()
	nonce, err := p.L1.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, rpcErr(err, "read your L1 nonce")
	}
	head, err := p.L1.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, rpcErr(err, "read the L1 head")
	}
	inner := &types.DynamicFeeTx{ChainID: tx.ChainId(), Nonce: nonce, GasTipCap: tx.GasTipCap(), GasFeeCap: tx.GasFeeCap(),
		Gas: tx.Gas(), To: tx.To(), Value: tx.Value(), Data: tx.Data()}
	plan := PlanOf(types.NewTx(inner), from, step, "L1")
	// The intent first: whatever happens once the wallet is asked, the
	// record knows this step may be sent at this nonce.
	prev := e.Unsigned
	e.Unsigned = plan
	e.Note("asked the wallet to send the %s transaction (L1 nonce %d)", step, nonce)
	if err := p.saveSigned(e); err != nil {
		e.Unsigned = prev
		e.Notes = e.Notes[:len(e.Notes)-1]
		return nil, escape.Wrap(err, "record-write", "nothing was sent; fix the record directory (ESCAPE_HOME) and run again", "could not save the planned transaction")
	}
	p.UI.Progress("Recorded as escape %s. Confirm the %s transaction in your wallet (nonce %d) ...", e.ID, step, nonce)
	hash, err := p.Wallet.SendPlanned(ctx, WalletAsk{Escape: e.ID, Plan: plan, Shown: shown})
	if err != nil {
		return nil, err
	}
	rec, err := p.recordWalletHash(ctx, e, plan, hash)
	if err != nil {
		return nil, err
	}
	plan.Nonce = rec.Nonce // followed at the nonce the wallet used
	afterRecord()
	unlockAccount()
	res.Tx = rec
	return p.waitWallet(ctx, e, rec, plan, head.Number.Uint64(), res)
}

// recordWalletHash saves the hash the wallet answered, with the signed
// bytes when escape's endpoint already knows the transaction.
func (p *Pipeline) recordWalletHash(ctx context.Context, e *record.Escape, plan *record.Unsigned, hash common.Hash) (*record.Tx, error) {
	tx := p.lookupTx(ctx, hash, WalletTxWait)
	if tx != nil {
		if err := checkWalletSent(plan, tx); err != nil {
			e.Note("the wallet sent %s, which is not the planned %s transaction: %s", hash.Hex(), plan.Step, err)
			_ = p.Store.Save(e)
			return nil, err
		}
	}
	rec := walletTx(plan, hash, tx)
	e.Txs = append(e.Txs, rec)
	e.Unsigned = nil
	e.Note("the wallet sent %s transaction %s (nonce %d)", plan.Step, hash.Hex(), plan.Nonce)
	if err := p.Store.Save(e); err != nil {
		return nil, escape.Wrap(err, "record-write", "the transaction "+hash.Hex()+" was sent by your wallet; fix the record directory (ESCAPE_HOME), then `escape status "+hash.Hex()+" --network NET` finds it",
			"could not save the transaction your wallet sent")
	}
	p.UI.Event("sent", map[string]any{"escape": e.ID, "step": plan.Step, "hash": hash}, func(w io.Writer) {
		fmt.Fprintf(w, "\nYour wallet sent the %s transaction %s; saved to escape %s.\n", plan.Step, hash.Hex(), e.ID)
	})
	return rec, nil
}

// walletTx is the record of a transaction a wallet sent; tx (the signed
// transaction read back from L1) may be nil when it is not seen yet.
func walletTx(plan *record.Unsigned, hash common.Hash, tx *types.Transaction) *record.Tx {
	to := plan.To
	rec := &record.Tx{Step: plan.Step, ChainID: plan.ChainID, Hash: hash, From: plan.From, To: &to, Nonce: plan.Nonce, Value: plan.Value,
		GasLimit: plan.Gas, MaxFee: plan.MaxFeePerGas, Tip: plan.MaxPriorityFeePerGas, State: record.TxBroadcast,
		SignedAt: time.Now().UTC(), BroadcastAt: time.Now().UTC(), Data: common.CopyBytes(plan.Data)}
	if tx != nil {
		rec.Raw, _ = tx.MarshalBinary()
		// The wallet chooses the nonce (another of its transactions may
		// have been pending), and the fees.
		rec.Nonce = tx.Nonce()
		rec.GasLimit, rec.MaxFee, rec.Tip = tx.Gas(), tx.GasFeeCap().String(), tx.GasTipCap().String()
	}
	return rec
}

// lookupTx reads a transaction from L1, waiting up to wait for it to
// reach escape's endpoint; nil if it did not.
func (p *Pipeline) lookupTx(ctx context.Context, hash common.Hash, wait time.Duration) *types.Transaction {
	r, ok := p.L1.(txByHash)
	if !ok {
		return nil
	}
	deadline := time.Now().Add(wait)
	for {
		if tx, _, err := r.TransactionByHash(ctx, hash); err == nil && tx != nil {
			return tx
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			return nil
		}
		select {
		case <-ctx.Done():
		case <-time.After(p.poll() / 4):
		}
	}
}

// checkWalletSent compares what the wallet sent with the plan. Fees and
// the gas limit are the wallet's to choose (the user pays them); the call
// itself and its sender are not.
func checkWalletSent(plan *record.Unsigned, tx *types.Transaction) error {
	differs := func(field, got, want string) error {
		return escape.Errorf("wallet-sent-other",
			"your wallet sent another transaction than the one escape planned; check it on an L1 explorer, then run the step again",
			"the transaction your wallet sent has %s %s, the plan says %s", field, got, want)
	}
	if tx.ChainId().Uint64() != plan.ChainID {
		return differs("chain id", tx.ChainId().String(), fmt.Sprint(plan.ChainID))
	}
	if tx.To() == nil || *tx.To() != plan.To {
		return differs("to", fmt.Sprint(tx.To()), plan.To.Hex())
	}
	if tx.Value().String() != plan.Value {
		return differs("value", tx.Value().String(), plan.Value)
	}
	if string(tx.Data()) != string(plan.Data) {
		return differs("data", fmt.Sprintf("%d bytes", len(tx.Data())), fmt.Sprintf("%d bytes", len(plan.Data)))
	}
	if signer, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx); err != nil || signer != plan.From {
		return differs("sender", signer.Hex(), plan.From.Hex())
	}
	return nil
}

// sameCall reports whether tx makes the planned call: a wallet's
// replacement (speed up) of it.
func sameCall(plan *record.Unsigned, tx *types.Transaction) bool {
	return tx.To() != nil && *tx.To() == plan.To && tx.Value().String() == plan.Value && string(tx.Data()) == string(plan.Data)
}

// waitWallet waits for the wallet's transaction, following the account's
// nonce from the block the plan was made at: a transaction the wallet
// replaced is adopted, one whose nonce went to another call is reported.
func (p *Pipeline) waitWallet(ctx context.Context, e *record.Escape, rec *record.Tx, plan *record.Unsigned, fromBlock uint64, res *Result) (*Result, error) {
	deadline := time.Now().Add(p.waitTimeout())
	next := fromBlock
	for {
		if r, err := p.L1.TransactionReceipt(ctx, rec.Hash); err == nil && r != nil {
			p.fillRaw(ctx, rec)
			return p.finish(e, rec, r, res)
		}
		used, other, err := p.nonceUser(ctx, plan, &next)
		if err != nil {
			p.UI.Progress("  could not follow your L1 nonce (%s); still waiting for %s", firstLine(err.Error()), rec.Hash.Hex())
		}
		if used && other != nil {
			return p.walletReplaced(ctx, e, rec, plan, other, res)
		}
		if used { // the nonce is taken and not by a transaction we can see
			if r, err := p.L1.TransactionReceipt(ctx, rec.Hash); err == nil && r != nil {
				p.fillRaw(ctx, rec)
				return p.finish(e, rec, r, res)
			}
		}
		if time.Now().After(deadline) {
			return res, escape.Errorf("not-mined-yet",
				"the hash is saved; `escape next "+e.ID+"` checks on it again, and your wallet can speed it up (escape adopts the replacement)",
				"transaction %s was not mined within %s", rec.Hash.Hex(), p.waitTimeout())
		}
		select {
		case <-ctx.Done():
			return res, escape.Errorf("interrupted", "the hash is saved and the transaction may still be mined; `escape status "+e.ID+"` shows where it stands",
				"stopped waiting for %s", rec.Hash.Hex())
		case <-time.After(p.poll()):
		}
	}
}

// fillRaw keeps the signed bytes of a wallet's transaction once escape's
// endpoint knows them (a rebroadcast then sends exactly these).
func (p *Pipeline) fillRaw(ctx context.Context, rec *record.Tx) {
	if len(rec.Raw) > 0 {
		return
	}
	if tx := p.lookupTx(ctx, rec.Hash, 0); tx != nil {
		rec.Raw, _ = tx.MarshalBinary()
	}
}

// nonceUser scans the blocks from *next to the head for the transaction
// from the plan's sender at the plan's nonce. used says the nonce is
// spent; tx is the transaction that spent it, when found in those blocks.
func (p *Pipeline) nonceUser(ctx context.Context, plan *record.Unsigned, next *uint64) (used bool, _ *types.Transaction, _ error) {
	mined, err := p.L1.NonceAt(ctx, plan.From, nil)
	if err != nil || mined <= plan.Nonce {
		return false, nil, err
	}
	br, ok := p.L1.(blockReader)
	if !ok {
		return true, nil, nil
	}
	head, err := p.L1.HeaderByNumber(ctx, nil)
	if err != nil {
		return true, nil, err
	}
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(plan.ChainID))
	for ; *next <= head.Number.Uint64(); *next++ {
		b, err := br.BlockByNumber(ctx, new(big.Int).SetUint64(*next))
		if err != nil {
			return true, nil, err
		}
		for _, tx := range b.Transactions() {
			if tx.Nonce() != plan.Nonce {
				continue
			}
			if from, err := types.Sender(signer, tx); err == nil && from == plan.From {
				return true, tx, nil
			}
		}
	}
	return true, nil, nil
}

// walletReplaced settles a wallet transaction whose nonce another
// transaction took: the same call (sped up, re-sent) is adopted and
// recorded as its replacement; anything else is reported.
func (p *Pipeline) walletReplaced(ctx context.Context, e *record.Escape, rec *record.Tx, plan *record.Unsigned, other *types.Transaction, res *Result) (*Result, error) {
	if other.Hash() == rec.Hash {
		r, err := p.L1.TransactionReceipt(ctx, rec.Hash)
		if err != nil || r == nil {
			return res, rpcErr(fmt.Errorf("no receipt for %s: %v", rec.Hash.Hex(), err), "read the receipt")
		}
		rec.Raw, _ = other.MarshalBinary()
		return p.finish(e, rec, r, res)
	}
	if !sameCall(plan, other) {
		rec.State = record.TxDropped
		rec.Error = fmt.Sprintf("nonce %d was used by transaction %s, which is not this step's", rec.Nonce, other.Hash().Hex())
		e.Note("%s transaction %s dropped: %s", rec.Step, rec.Hash.Hex(), rec.Error)
		if err := p.Store.Save(e); err != nil {
			return res, err
		}
		return res, escape.Errorf("nonce-used",
			"your wallet sent another transaction with the same nonce (cancelled or replaced with another call); the step was not done: run it again with `escape next "+e.ID+" --wallet browser`",
			"the %s transaction %s was never mined: its nonce %d was used by %s, another call", rec.Step, rec.Hash.Hex(), rec.Nonce, other.Hash().Hex())
	}
	r, err := p.L1.TransactionReceipt(ctx, other.Hash())
	if err != nil || r == nil {
		return res, rpcErr(fmt.Errorf("no receipt for %s: %v", other.Hash().Hex(), err), "read the receipt of the replacement")
	}
	repl := walletTx(plan, other.Hash(), other)
	repl.Replaces = rec.Hash
	e.Txs = append(e.Txs, repl)
	e.Note("the wallet replaced %s transaction %s with %s (same nonce, same call): adopted", rec.Step, rec.Hash.Hex(), other.Hash().Hex())
	p.UI.Progress("Your wallet replaced %s with %s (the same call at the same nonce, sped up?): following the replacement.", rec.Hash.Hex(), other.Hash().Hex())
	res.Tx = repl
	return p.finish(e, repl, r, res)
}

// resumeScanBlocks is how far back a later run looks for the transaction
// that took a wallet transaction's nonce.
const resumeScanBlocks = 256

// resumeWallet settles, in a later run, a wallet's transaction whose
// signed bytes escape never saw: it cannot be rebroadcast, so escape reads
// it back, or follows the nonce to its replacement. The replacement is
// adopted when it makes the recorded call (to, value, data), and another
// call at that nonce is reported. (A record written before Tx.Data was
// kept knows the data only from the signed bytes, when escape saw them.)
func (p *Pipeline) resumeWallet(ctx context.Context, e *record.Escape, rec *record.Tx, res *Result) (*Result, error) {
	if tx := p.lookupTx(ctx, rec.Hash, 0); tx != nil {
		rec.Raw, _ = tx.MarshalBinary()
		_ = p.Store.Save(e)
	}
	// The call as planned, recorded before the wallet was asked, so that a
	// replacement found at the nonce is adopted only when it makes it.
	plan := &record.Unsigned{Step: rec.Step, Layer: "L1", ChainID: rec.ChainID, From: rec.From, Nonce: rec.Nonce, Value: rec.Value, Data: rec.Data}
	if rec.To != nil {
		plan.To = *rec.To
	}
	from := uint64(0)
	if head, err := p.L1.HeaderByNumber(ctx, nil); err == nil && head.Number.Uint64() > resumeScanBlocks {
		from = head.Number.Uint64() - resumeScanBlocks
	}
	if len(rec.Raw) > 0 {
		var tx types.Transaction
		if err := tx.UnmarshalBinary(rec.Raw); err == nil {
			plan.Data = tx.Data()
		}
	}
	return p.waitWallet(ctx, e, rec, plan, from, res)
}

// SettleWalletPlan settles, in a later run, a step whose plan was recorded
// before the wallet was asked but whose hash never reached the record
// (escape stopped while the wallet was asking). If the account's nonce
// moved past the plan's, the transaction that took it is looked for in
// the recent blocks: the planned call is recorded as the step's
// transaction and followed; another call is reported. If the nonce is
// still free, the wallet never sent it: the plan is dropped, and sent reports
// false so the step can be asked again.
func (p *Pipeline) SettleWalletPlan(ctx context.Context, e *record.Escape) (sent bool, _ error) {
	ctx = ownPurpose(ctx)
	plan := e.Unsigned
	if plan == nil || plan.Layer != "L1" {
		return false, nil
	}
	from := uint64(0)
	if head, err := p.L1.HeaderByNumber(ctx, nil); err != nil {
		return false, rpcErr(err, "read the L1 head")
	} else if head.Number.Uint64() > resumeScanBlocks {
		from = head.Number.Uint64() - resumeScanBlocks
	}
	used, tx, err := p.nonceUser(ctx, plan, &from)
	if err != nil {
		return false, rpcErr(err, "follow your L1 nonce")
	}
	if !used {
		e.Unsigned = nil
		e.Note("the wallet never sent the planned %s transaction (nonce %d is still free): plan dropped", plan.Step, plan.Nonce)
		return false, p.Store.Save(e)
	}
	if tx == nil || !sameCall(plan, tx) {
		e.Unsigned = nil
		e.Note("nonce %d of the planned %s transaction was used by another transaction: plan dropped", plan.Nonce, plan.Step)
		if err := p.Store.Save(e); err != nil {
			return false, err
		}
		return false, escape.Errorf("nonce-used", "check your address on an L1 explorer; the step was not done: run it again with `escape next "+e.ID+" --wallet browser`",
			"the nonce %d planned for the %s transaction was used by another transaction", plan.Nonce, plan.Step)
	}
	rec := walletTx(plan, tx.Hash(), tx)
	e.Txs = append(e.Txs, rec)
	e.Unsigned = nil
	e.Note("found the %s transaction %s the wallet sent at nonce %d", plan.Step, tx.Hash().Hex(), plan.Nonce)
	if err := p.Store.Save(e); err != nil {
		return false, err
	}
	p.UI.Progress("Found the %s transaction %s your wallet sent (nonce %d) before escape stopped.", plan.Step, tx.Hash().Hex(), plan.Nonce)
	_, err = p.Resume(ctx, e)
	return true, err
}
