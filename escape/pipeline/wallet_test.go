package pipeline_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/keys"
	"github.com/l2escape/escape/escape/pipeline"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/internal/devnet"
)

// fakeWallet sends with the devnet key what it is asked, or (other) the
// same transaction with other data; it checks the plan is in the record
// before it sends.
type fakeWallet struct {
	f          *fixture
	other      bool
	planSeen   bool
	sentHashes []common.Hash
}

func (w *fakeWallet) Account(ctx context.Context) (common.Address, error) { return w.f.user, nil }

func (w *fakeWallet) SendPlanned(ctx context.Context, ask pipeline.WalletAsk) (common.Hash, error) {
	saved, err := w.f.store.Load(ask.Escape)
	w.planSeen = err == nil && saved.Unsigned != nil && saved.Unsigned.Nonce == ask.Plan.Nonce && len(saved.Txs) == 0
	p := ask.Plan
	value, _ := new(big.Int).SetString(p.Value, 10)
	fee, _ := new(big.Int).SetString(p.MaxFeePerGas, 10)
	tip, _ := new(big.Int).SetString(p.MaxPriorityFeePerGas, 10)
	data := p.Data
	if w.other {
		data = []byte{0xde, 0xad}
	}
	tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: new(big.Int).SetUint64(p.ChainID), Nonce: p.Nonce, To: &p.To, Value: value,
		Data: data, Gas: p.Gas + 1000, GasFeeCap: fee, GasTipCap: tip}), types.LatestSignerForChainID(new(big.Int).SetUint64(p.ChainID)), devnet.DevKey(1))
	if err != nil {
		return common.Hash{}, err
	}
	if err := w.f.node.Client.SendTransaction(ctx, tx); err != nil {
		return common.Hash{}, err
	}
	w.sentHashes = append(w.sentHashes, tx.Hash())
	return tx.Hash(), nil
}

func (f *fixture) walletPipeline(w pipeline.Wallet) *pipeline.Pipeline {
	return &pipeline.Pipeline{L1: f.node.Client, Keys: keys.Source{}, Store: f.store, UI: f.pipeline(nil).UI, Wallet: w,
		Poll: 20 * time.Millisecond, WaitTimeout: 5 * time.Second}
}

// TestWalletSendIsRecordedBeforeAndAfter: the plan is in the record before
// the wallet is asked, and the transaction it sent (with its own gas limit)
// after, with the signed bytes read back from L1.
func TestWalletSendIsRecordedBeforeAndAfter(t *testing.T) {
	f := newFixture(t)
	e := f.newEscape()
	w := &fakeWallet{f: f}
	res, err := f.walletPipeline(w).Send(context.Background(), f.request(e))
	if err != nil {
		t.Fatal(err)
	}
	if !w.planSeen {
		t.Error("the wallet was asked before the plan was in the record")
	}
	saved, err := f.store.Load(e.ID)
	if err != nil {
		t.Fatal(err)
	}
	if saved.Unsigned != nil || len(saved.Txs) != 1 || saved.Txs[0].Hash != w.sentHashes[0] || saved.Txs[0].State != record.TxMined ||
		len(saved.Txs[0].Raw) == 0 || res.Tx.Hash != w.sentHashes[0] {
		t.Fatalf("after the wallet sent, the record holds plan %v and %+v", saved.Unsigned, saved.Txs)
	}
	var tx types.Transaction
	if err := tx.UnmarshalBinary(saved.Txs[0].Raw); err != nil || tx.Hash() != w.sentHashes[0] {
		t.Fatalf("the recorded bytes are not the wallet's transaction: %v", err)
	}
}

// TestWalletSentAnotherCall: a wallet that sends another call than the
// plan's gets it refused as the step's transaction.
func TestWalletSentAnotherCall(t *testing.T) {
	f := newFixture(t)
	e := f.newEscape()
	w := &fakeWallet{f: f, other: true}
	_, err := f.walletPipeline(w).Send(context.Background(), f.request(e))
	if escape.CodeOf(err) != "wallet-sent-other" {
		t.Fatalf("want wallet-sent-other, got %v", err)
	}
	saved, err := f.store.Load(e.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(saved.Txs) != 0 {
		t.Fatalf("another call was recorded as the step's: %+v", saved.Txs)
	}
}
