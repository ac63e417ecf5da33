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

// unseenWallet signs what it is asked but broadcasts it through a node
// escape does not reach (here: nowhere), as a wallet with its own RPC may:
// escape records the hash alone, without the signed bytes.
type unseenWallet struct {
	f      *fixture
	asked  *record.Unsigned
	signed *types.Transaction
}

func (w *unseenWallet) Account(ctx context.Context) (common.Address, error) { return w.f.user, nil }

func (w *unseenWallet) SendPlanned(ctx context.Context, ask pipeline.WalletAsk) (common.Hash, error) {
	w.asked = ask.Plan
	w.signed = signPlanned(w.f.t, ask.Plan, ask.Plan.Data, 1)
	return w.signed.Hash(), nil
}

// signPlanned signs the plan's transaction with the devnet key, with data
// and the max fee and tip multiplied by feeTimes.
func signPlanned(t *testing.T, p *record.Unsigned, data []byte, feeTimes int64) *types.Transaction {
	t.Helper()
	value, _ := new(big.Int).SetString(p.Value, 10)
	fee, _ := new(big.Int).SetString(p.MaxFeePerGas, 10)
	tip, _ := new(big.Int).SetString(p.MaxPriorityFeePerGas, 10)
	chain := new(big.Int).SetUint64(p.ChainID)
	tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: chain, Nonce: p.Nonce, To: &p.To, Value: value, Data: data,
		Gas: p.Gas + 1000, GasFeeCap: new(big.Int).Mul(fee, big.NewInt(feeTimes)), GasTipCap: new(big.Int).Mul(tip, big.NewInt(feeTimes))}),
		types.LatestSignerForChainID(chain), devnet.DevKey(1))
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

// walletTxUnseen runs a step whose call has data through a wallet whose
// transaction escape never sees on L1: the run ends with the hash
// recorded and not mined. It returns the escape as saved and the wallet,
// which holds the transaction it signed.
func walletTxUnseen(t *testing.T, f *fixture) (*record.Escape, *unseenWallet) {
	t.Helper()
	wait := pipeline.WalletTxWait
	pipeline.WalletTxWait = 50 * time.Millisecond
	t.Cleanup(func() { pipeline.WalletTxWait = wait })
	e := f.newEscape()
	w := &unseenWallet{f: f}
	p := f.walletPipeline(w)
	p.WaitTimeout = 300 * time.Millisecond
	req := f.request(e)
	req.Data = []byte{0x12, 0x34, 0x56, 0x78, 0x9a}
	if _, err := p.Send(context.Background(), req); escape.CodeOf(err) != "not-mined-yet" {
		t.Fatalf("the first run: %v, want not-mined-yet", err)
	}
	saved, err := f.store.Load(e.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(saved.Txs) != 1 || len(saved.Txs[0].Raw) != 0 || saved.Txs[0].Hash != w.signed.Hash() {
		t.Fatalf("after the first run the record holds %+v, want the wallet's hash without its bytes", saved.Txs)
	}
	return saved, w
}

// TestWalletResumeAdoptsSpedUpReplacement: a later run finds that the
// wallet replaced the transaction escape never saw with the same call at a
// higher fee (sped up), and adopts the replacement, which the recorded
// plan's call data identifies.
func TestWalletResumeAdoptsSpedUpReplacement(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	e, w := walletTxUnseen(t, f)
	plan := w.asked
	faster := signPlanned(t, plan, w.signed.Data(), 2)
	if err := f.node.Client.SendTransaction(ctx, faster); err != nil {
		t.Fatal(err)
	}
	res, err := f.walletPipeline(w).Resume(ctx, e)
	if err != nil {
		t.Fatalf("resume: %v\n%s", err, f.out)
	}
	saved, err := f.store.Load(e.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(saved.Txs) != 2 || saved.Txs[1].Hash != faster.Hash() || saved.Txs[1].State != record.TxMined || saved.Txs[1].Replaces != w.signed.Hash() ||
		len(res) != 1 || res[0].Tx.Hash != faster.Hash() {
		t.Fatalf("after the resume the record holds %+v", saved.Txs)
	}
}

// TestWalletResumeReportsAnotherCall: a later run finds the nonce of the
// wallet's unseen transaction taken by another call: reported, not adopted.
func TestWalletResumeReportsAnotherCall(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	e, w := walletTxUnseen(t, f)
	plan := w.asked
	other := signPlanned(t, plan, []byte{0xde, 0xad}, 2)
	if err := f.node.Client.SendTransaction(ctx, other); err != nil {
		t.Fatal(err)
	}
	_, err := f.walletPipeline(w).Resume(ctx, e)
	if escape.CodeOf(err) != "nonce-used" {
		t.Fatalf("resume: %v, want nonce-used", err)
	}
	saved, err := f.store.Load(e.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(saved.Txs) != 1 || saved.Txs[0].State != record.TxDropped {
		t.Fatalf("after the resume the record holds %+v", saved.Txs)
	}
}
