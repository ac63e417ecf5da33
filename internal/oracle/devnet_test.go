package oracle

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum-optimism/optimism/op-node/rollup/derive"
	"github.com/ethereum-optimism/optimism/op-node/withdrawals"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/gethclient"

	"github.com/l2escape/escape/escape/opstack"
	"github.com/l2escape/escape/internal/devnet"
)

// On the OP devnet (real contracts, anvil as the L2): a withdrawal forced in
// through the portal. The deposit's L2 hash is op-node's for the log, and
// escape's; op-geth's client reads anvil's deposit transaction back under
// it; the withdrawal event and hash are op-node's; the harness's proof is
// op-node/withdrawals' proof for the same block.
func TestDevnetDepositWithdrawalAndProofMatchOpNode(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	d := devnet.StartOPDevnetT(t, devnet.OPOptions{})
	const user = 5
	passer, err := devnet.OPContract("L2ToL1MessagePasser")
	if err != nil {
		t.Fatal(err)
	}
	portal, err := devnet.OPContract("OptimismPortal2")
	if err != nil {
		t.Fatal(err)
	}
	data, err := passer.ABI.Pack("initiateWithdrawal", devnet.DevAddress(user), big.NewInt(100_000), []byte{})
	if err != nil {
		t.Fatal(err)
	}
	s, err := devnet.NewSender(ctx, d.L1.Client, devnet.DevKey(user))
	if err != nil {
		t.Fatal(err)
	}
	l1r, err := s.Transact(ctx, portal, d.OptimismPortal, nil, "depositTransaction", devnet.L2ToL1MessagePasserAddr, big.NewInt(1e18), uint64(200_000), false, data)
	if err != nil {
		t.Fatal(err)
	}
	var want common.Hash
	for _, l := range l1r.Logs {
		if l.Address != d.OptimismPortal || l.Topics[0] != devnet.TransactionDepositedTopic {
			continue
		}
		dep, err := derive.UnmarshalDepositLogEvent(l)
		if err != nil {
			t.Fatal(err)
		}
		want = dep.Hash()
		local, err := opstack.DepositTxFromLog(l)
		if err != nil || opstack.DepositTxHash(local) != want {
			t.Fatalf("escape's deposit hash differs from op-node's %s (%v)", want, err)
		}
		harness, err := devnet.OPDepositTx(l)
		if err != nil || harness.Hash() != want {
			t.Fatalf("the harness's deposit hash differs from op-node's %s (%v)", want, err)
		}
	}
	hashes, err := d.RelayDeposits(ctx)
	if err != nil || len(hashes) != 1 || hashes[0] != want {
		t.Fatalf("relayed %v (%v), op-node derives %s", hashes, err, want)
	}
	tx, _, err := d.L2.Client.TransactionByHash(ctx, want)
	if err != nil || tx.Hash() != want || !tx.IsDepositTx() {
		t.Fatalf("op-geth reads the L2 deposit tx: %v", err)
	}
	r, err := d.L2.Client.TransactionReceipt(ctx, want)
	if err != nil || r.Status != types.ReceiptStatusSuccessful || r.Type != types.DepositTxType {
		t.Fatalf("L2 deposit receipt %+v (%v)", r, err)
	}

	ws, err := devnet.ParseOPWithdrawals(r)
	if err != nil || len(ws) != 1 {
		t.Fatalf("harness withdrawals %v (%v)", ws, err)
	}
	ev, err := withdrawals.ParseMessagePassed(r)
	if err != nil {
		t.Fatal(err)
	}
	h, err := withdrawals.WithdrawalHash(ev)
	if err != nil || h != ws[0].Hash() || h != common.Hash(ev.WithdrawalHash) {
		t.Fatalf("withdrawal hash: op-node %s, harness %s (%v)", h, ws[0].Hash(), err)
	}

	l2Block := r.BlockNumber.Uint64()
	out, proof, err := d.WithdrawalProof(ctx, ws[0], l2Block)
	if err != nil {
		t.Fatal(err)
	}
	header, err := d.L2.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(l2Block))
	if err != nil || header.Hash() != out.LatestBlockhash {
		t.Fatalf("op-geth's header hash differs from anvil's %s (%v)", out.LatestBlockhash, err)
	}
	params, err := withdrawals.ProveWithdrawalParametersForBlock(ctx, gethclient.New(d.L2.RPC), d.L2.Client, r.TxHash, header, big.NewInt(0))
	if err != nil {
		t.Fatal(err)
	}
	if params.OutputRootProof.MessagePasserStorageRoot != out.MessagePasserStorageRoot || len(params.WithdrawalProof) > len(proof) {
		t.Fatalf("op-node proof differs: storage root %x vs %s", params.OutputRootProof.MessagePasserStorageRoot, out.MessagePasserStorageRoot)
	}
	for i := range params.WithdrawalProof {
		if string(params.WithdrawalProof[i]) != string(proof[i]) {
			t.Fatalf("proof node %d differs from op-node's", i)
		}
	}
}
