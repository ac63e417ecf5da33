package arbitrum

import (
	"context"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/keys"
	"github.com/l2escape/escape/escape/pipeline"
	"github.com/l2escape/escape/escape/wallet/l2capture"
	"github.com/l2escape/escape/internal/devnet"
)

// browserWallet plays a wallet pointed at escape's local L2 endpoint: it
// asks what MetaMask asks (chain id, nonce, base fee and tip, fee history,
// gas estimate), builds an EIP-1559 transaction as ethers does (max fee =
// 2 × base fee + tip), lets change alter it, signs it with the devnet key
// and sends it.
func browserWallet(ctx context.Context, url string, to common.Address, value *big.Int, data []byte, change func(*types.DynamicFeeTx)) error {
	c, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return err
	}
	defer c.Close()
	from := devnet.DevAddress(userKey)
	chainID, err := c.ChainID(ctx)
	if err != nil {
		return err
	}
	nonce, err := c.PendingNonceAt(ctx, from)
	if err != nil {
		return err
	}
	tip, err := c.SuggestGasTipCap(ctx)
	if err != nil {
		return err
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	if _, err := c.FeeHistory(ctx, 4, nil, []float64{10, 50}); err != nil {
		return err
	}
	gas, err := c.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &to, Value: value, Data: data})
	if err != nil {
		return err
	}
	if bal, err := c.BalanceAt(ctx, from, nil); err != nil || bal.Sign() == 0 {
		return err
	}
	inner := &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip),
		Gas: gas, To: &to, Value: value, Data: data}
	if change != nil {
		change(inner)
	}
	tx, err := types.SignTx(types.NewTx(inner), types.LatestSignerForChainID(chainID), devnet.DevKey(userKey))
	if err != nil {
		return err
	}
	return c.SendTransaction(ctx, tx)
}

// TestWalletSignsL2ThroughLocalEndpoint: the forced withdrawal with its L2
// transaction signed by a wallet through the local endpoint, carried
// through the real Inbox, force-included and paid out by the Outbox. The
// wallet first sends a wrong nonce, which is refused; nothing is
// recorded until the planned transaction arrives.
func TestWalletSignsL2ThroughLocalEndpoint(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	d, n := newArbNet(t, devnet.ArbOptions{DelayBlocks: 30})
	env, out := testEnv(t, d, n, "")
	s := New().(*Stack)
	recipient := common.HexToAddress("0x00000000000000000000000000000000000e5c4e")
	amount := ether(0.5)
	data := pack(arbSysABI(), "withdrawEth", recipient)

	walletErrs := make(chan error, 2)
	env.Pipeline.L2Wallet = l2capture.Wallet{Started: func(url string) {
		go func() {
			// The escape is not in the record while escape waits.
			if all, _ := env.Store.List(); len(all) != 0 {
				walletErrs <- errorf("an escape was recorded before the wallet signed")
				return
			}
			err := browserWallet(ctx, url, ArbSysAddress, amount, data, func(x *types.DynamicFeeTx) { x.Nonce++ })
			if err == nil || !strings.Contains(err.Error(), "nonce") {
				walletErrs <- errorf("a wrong nonce was not refused: %v", err)
				return
			}
			if all, _ := env.Store.List(); len(all) != 0 {
				walletErrs <- errorf("a refused transaction was recorded")
				return
			}
			walletErrs <- browserWallet(ctx, url, ArbSysAddress, amount, data, nil)
		}()
	}}
	e, err := s.Withdraw(ctx, env, flow.WithdrawRequest{Amount: amount, To: &recipient})
	if err != nil {
		t.Fatalf("withdraw with the wallet: %v\n%s", err, out)
	}
	if err := <-walletErrs; err != nil {
		t.Fatalf("wallet: %v\n%s", err, out)
	}
	for _, want := range []string{"Point your wallet's", "(chain id " + u64s(n.L2ChainID) + ")", "escape refused", "signed in your wallet", "Signed in your wallet"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if e.Arb.Message == nil || e.Arb.L2SignedTx == "" {
		t.Fatalf("the captured transaction did not reach the Inbox: %+v", e.Arb)
	}
	var l2tx types.Transaction
	if err := l2tx.UnmarshalBinary(common.FromHex(e.Arb.L2SignedTx)); err != nil || l2tx.Hash() != e.Arb.L2TxHash || l2tx.GasFeeCap().String() != e.Arb.L2MaxFeePerGas {
		t.Fatalf("recorded L2 transaction %s (max fee %s): %v", e.Arb.L2TxHash, e.Arb.L2MaxFeePerGas, err)
	}

	// From here on the escape goes as any other.
	if err := d.MineL1(ctx, e.Arb.Message.Block+30+1-l1Head(t, d)); err != nil {
		t.Fatal(err)
	}
	if st, err := s.Next(ctx, env, e); err != nil || st.Stage != escape.StageIncluded {
		t.Fatalf("force include: %+v %v\n%s", st, err, out)
	}
	ex, err := d.ExecuteForceIncluded(ctx)
	if err != nil || len(ex) == 0 || ex[len(ex)-1].Receipt == nil || ex[len(ex)-1].TxHash != l2tx.Hash() {
		t.Fatalf("the L2 did not run the wallet's transaction: %+v %v", ex, err)
	}
	otherWithdrawals(t, d, 2)
	if _, err := d.Assert(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Confirm(ctx); err != nil {
		t.Fatal(err)
	}
	before, _ := d.L1.Client.BalanceAt(ctx, recipient, nil)
	if st, err := s.Next(ctx, env, e); err != nil || st.Stage != escape.StageFinalized {
		t.Fatalf("execute: %+v %v\n%s", st, err, out)
	}
	after, _ := d.L1.Client.BalanceAt(ctx, recipient, nil)
	if got := new(big.Int).Sub(after, before); got.Cmp(amount) != 0 {
		t.Fatalf("recipient got %s wei, want %s", got, amount)
	}
}

// lyingWallet returns whatever it was given, unchecked: the flow must
// check the wallet's answer itself.
type lyingWallet struct{ tx *types.Transaction }

func (w lyingWallet) SignL2(context.Context, pipeline.L2SignRequest) (*types.Transaction, error) {
	return w.tx, nil
}

// TestWalletAnswerCheckedByTheFlow: a wallet side that hands back another
// transaction than the plan (here: another recipient's withdrawal) is
// refused by the flow, and nothing is recorded or sent.
func TestWalletAnswerCheckedByTheFlow(t *testing.T) {
	ctx := context.Background()
	d, n := newArbNet(t, devnet.ArbOptions{DelayBlocks: 30})
	env, out := testEnv(t, d, n, "")
	s := New().(*Stack)
	user := devnet.DevAddress(userKey)
	nonce, err := d.L2.Client.NonceAt(ctx, user, nil)
	if err != nil {
		t.Fatal(err)
	}
	l1Nonce, _ := d.L1.Client.NonceAt(ctx, user, nil)
	thief := common.HexToAddress("0x00000000000000000000000000000000000bad00")
	to := ArbSysAddress
	tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: new(big.Int).SetUint64(n.L2ChainID), Nonce: nonce, GasTipCap: new(big.Int),
		GasFeeCap: big.NewInt(20e9), Gas: 300_000, To: &to, Value: ether(0.5), Data: pack(arbSysABI(), "withdrawEth", thief)}),
		types.LatestSignerForChainID(new(big.Int).SetUint64(n.L2ChainID)), devnet.DevKey(userKey))
	if err != nil {
		t.Fatal(err)
	}
	env.Pipeline.L2Wallet = lyingWallet{tx: tx}
	recipient := common.HexToAddress("0x00000000000000000000000000000000000e5c4e")
	_, err = s.Withdraw(ctx, env, flow.WithdrawRequest{Amount: ether(0.5), To: &recipient})
	if code(err) != "signed-mismatch" || !strings.Contains(err.Error(), "data") {
		t.Fatalf("another transaction from the wallet: %v\n%s", err, out)
	}
	if all, _ := env.Store.List(); len(all) != 0 {
		t.Fatal("the refused transaction was recorded")
	}
	if got, _ := d.L1.Client.NonceAt(ctx, user, nil); got != l1Nonce {
		t.Fatal("an L1 transaction was sent")
	}
}

func errorf(format string, args ...any) error { return escape.Errorf("test", "", format, args...) }

// TestWalletL2WithL1SignedElsewhere: the documented way for someone whose
// key lives only in a wallet: the L2 transaction from the wallet through
// the local endpoint, the Inbox call written unsigned (--from --unsigned)
// and given back signed.
func TestWalletL2WithL1SignedElsewhere(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	d, n := newArbNet(t, devnet.ArbOptions{DelayBlocks: 30})
	env, out := testEnv(t, d, n, "")
	s := New().(*Stack)
	user, key := devnet.DevAddress(userKey), devnet.DevKey(userKey)
	file := filepath.Join(t.TempDir(), "inbox.json")
	env.Pipeline.Keys = keys.Source{}
	env.Pipeline.From = user
	env.Pipeline.Offline = &pipeline.Offline{File: file}
	recipient := common.HexToAddress("0x00000000000000000000000000000000000e5c4e")
	amount := ether(0.25)
	walletErr := make(chan error, 1)
	env.Pipeline.L2Wallet = l2capture.Wallet{Started: func(url string) {
		go func() {
			walletErr <- browserWallet(ctx, url, ArbSysAddress, amount, pack(arbSysABI(), "withdrawEth", recipient), nil)
		}()
	}}
	e, err := s.Withdraw(ctx, env, flow.WithdrawRequest{Amount: amount, To: &recipient})
	if code(err) != pipeline.CodeAwaitingSignature || e == nil || e.Unsigned == nil || e.Unsigned.Layer != "L1" || e.Unsigned.Step != "send-l2-message" {
		t.Fatalf("want the Inbox call planned for signing elsewhere, got %v (%+v)\n%s", err, e, out)
	}
	if err := <-walletErr; err != nil {
		t.Fatal(err)
	}
	if e.Arb.L2SignedTx == "" {
		t.Fatal("the wallet's L2 transaction is not in the record")
	}
	res, err := env.Pipeline.SubmitSigned(ctx, e, signElsewhere(t, file, key, nil))
	if err != nil || res.Receipt == nil || res.Receipt.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("Inbox call signed elsewhere: %v\n%s", err, out)
	}
	st, err := s.Status(ctx, env, e)
	if err != nil || st.Stage != escape.StageWaitingL2 || e.Arb.Message == nil {
		t.Fatalf("after the inbox message: %+v %v", st, err)
	}
	// The message carries the wallet's bytes.
	if e.Arb.Message.MessageDataHash != crypto.Keccak256Hash(append([]byte{4}, common.FromHex(e.Arb.L2SignedTx)...)) {
		t.Fatal("the delayed message does not carry the wallet's transaction")
	}
}

// TestWalletWithoutL2RPC: with no L2 RPC at all (the L2's nodes down, the
// nonce from --l2-nonce), the endpoint still gives the wallet what it
// needs to send (balance: what an accepted transaction can cost), and
// escape carries the transaction to the Inbox, warning that it could not
// check the balance.
func TestWalletWithoutL2RPC(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	d, n := newArbNet(t, devnet.ArbOptions{DelayBlocks: 30})
	env, out := testEnv(t, d, n, "")
	nonce, err := d.L2.Client.NonceAt(ctx, devnet.DevAddress(userKey), nil)
	if err != nil {
		t.Fatal(err)
	}
	env.L2, env.L2Nonce = nil, &nonce
	s := New().(*Stack)
	recipient := common.HexToAddress("0x00000000000000000000000000000000000e5c4e")
	amount := ether(0.1)
	walletErr := make(chan error, 1)
	env.Pipeline.L2Wallet = l2capture.Wallet{Started: func(url string) {
		go func() {
			walletErr <- browserWallet(ctx, url, ArbSysAddress, amount, pack(arbSysABI(), "withdrawEth", recipient), nil)
		}()
	}}
	e, err := s.Withdraw(ctx, env, flow.WithdrawRequest{Amount: amount, To: &recipient})
	if err != nil {
		t.Fatalf("withdraw: %v\n%s", err, out)
	}
	if err := <-walletErr; err != nil {
		t.Fatal(err)
	}
	if e.Arb.Message == nil || !strings.Contains(out.String(), "no L2 RPC was available to check your L2 balance") {
		t.Fatalf("message %+v; output:\n%s", e.Arb.Message, out)
	}
	// The L2 runs it once force-included.
	if err := d.MineL1(ctx, e.Arb.Message.Block+30+1-l1Head(t, d)); err != nil {
		t.Fatal(err)
	}
	if st, err := s.Next(ctx, env, e); err != nil || st.Stage != escape.StageIncluded {
		t.Fatalf("force include: %+v %v", st, err)
	}
	ex, err := d.ExecuteForceIncluded(ctx)
	if err != nil || len(ex) == 0 || ex[len(ex)-1].Receipt == nil || ex[len(ex)-1].TxHash != e.Arb.L2TxHash {
		t.Fatalf("the L2 did not run the wallet's transaction: %+v %v", ex, err)
	}
}

// TestWalletResignsDroppedForFee: an L2 transaction dropped for its max fee
// is re-signed in the wallet (`escape next REF --wallet l2-endpoint`): same
// nonce, a max fee above the spike, and the L2 runs it.
func TestWalletResignsDroppedForFee(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	d, n := newArbNet(t, devnet.ArbOptions{DelayBlocks: 20})
	env, out := testEnv(t, d, n, "")
	s := New().(*Stack)
	recipient := common.HexToAddress("0x00000000000000000000000000000000000fee01")
	amount := ether(0.25)
	e, err := s.Withdraw(ctx, env, flow.WithdrawRequest{Amount: amount, To: &recipient})
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	first, nonce := e.Arb.L2TxHash, e.Arb.L2Nonce
	spike := new(big.Int).Mul(signedFee(t, e.Arb.L2SignedTx), big.NewInt(10))
	if err := d.SetL2BaseFee(ctx, spike); err != nil {
		t.Fatal(err)
	}
	if ex, err := d.Sequence(ctx); err != nil || len(ex) != 1 || !ex[0].Dropped {
		t.Fatalf("not dropped for its fee: %+v %v", ex, err)
	}
	if _, err := s.Status(ctx, env, e); err != nil {
		t.Fatal(err)
	}

	walletErr := make(chan error, 1)
	env.Pipeline.L2Wallet = l2capture.Wallet{Started: func(url string) {
		go func() {
			walletErr <- browserWallet(ctx, url, ArbSysAddress, amount, pack(arbSysABI(), "withdrawEth", recipient), nil)
		}()
	}}
	if _, err := s.Next(ctx, env, e); err != nil {
		t.Fatalf("re-sign in the wallet: %v\n%s", err, out)
	}
	if err := <-walletErr; err != nil {
		t.Fatal(err)
	}
	a := e.Arb
	if a.L2TxHash == first || a.L2Nonce != nonce || signedFee(t, a.L2SignedTx).Cmp(spike) <= 0 || a.L2MaxFeePerGas != signedFee(t, a.L2SignedTx).String() {
		t.Fatalf("re-signed %s nonce %d max fee %s (spike %s)", a.L2TxHash.Hex(), a.L2Nonce, a.L2MaxFeePerGas, spike)
	}
	if _, err := d.Sequence(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Status(ctx, env, e); err != nil || e.Arb.L2Outcome != "executed" {
		t.Fatalf("the wallet's re-signed transaction did not run: %v (%s)", err, e.Arb.L2Reason)
	}
}
