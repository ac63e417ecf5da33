package opstack

import (
	"bytes"
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/record"
)

// Import rebuilds an escape from an L1 transaction that called
// OptimismPortal.depositTransaction (sent from another machine or tool), so
// status and next can follow it. What it was (an ETH withdrawal through the
// message passer, a bridge withdrawal, any other call) is read from the
// deposit itself.
func (s *Stack) Import(ctx context.Context, env *flow.Env, h common.Hash) (*record.Escape, error) {
	// The transaction and its receipt (one batch) are read while the
	// contracts load: neither waits for the other.
	type fetched struct {
		tx         *types.Transaction
		r          *types.Receipt
		err, noRct error
	}
	got := make(chan fetched, 1)
	go func() {
		tx, r, err, noRct := txAndReceipt(ctx, env.L1, h)
		got <- fetched{tx, r, err, noRct}
	}()
	c, err := load(ctx, env)
	f := <-got
	if err != nil {
		return nil, err
	}
	tx, r := f.tx, f.r
	if f.err != nil || tx == nil {
		return nil, escape.Wrap(f.err, "tx-not-found", "check the hash and the network", "cannot find L1 transaction %s", h.Hex())
	}
	if r == nil {
		return nil, escape.Wrap(f.noRct, "not-mined-yet", "import it once it is mined", "L1 transaction %s has no receipt", h.Hex())
	}
	l1From, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
	if err != nil {
		return nil, escape.Wrap(err, "not-an-escape", "", "cannot tell who sent L1 transaction %s", h.Hex())
	}
	// The deposit whose L2 sender is the L1 sender (unaliased: the call
	// runs from the user's own L2 address).
	var (
		found    bool
		depTo    *common.Address
		depValue *big.Int
		depGas   uint64
		depData  []byte
	)
	for _, l := range r.Logs {
		if l.Address != c.portal || len(l.Topics) < 2 || l.Topics[0] != depositedTopic() || common.BytesToAddress(l.Topics[1].Bytes()) != l1From {
			continue
		}
		if dep, err := DepositTxFromLog(l); err == nil {
			found, depTo, depValue, depGas, depData = true, dep.To, dep.Value, dep.Gas, dep.Data
			break
		}
	}
	if !found {
		return nil, escape.Errorf("not-an-escape", "give the hash of an L1 transaction that called OptimismPortal.depositTransaction from your own address",
			"L1 transaction %s holds no deposit by %s to the %s portal", h.Hex(), l1From.Hex(), env.Network.Title)
	}
	e := &record.Escape{Network: env.Network.Name, Stack: escape.StackOP, Kind: "send", L1ChainID: env.Network.L1ChainID,
		L2ChainID: env.Network.L2ChainID, From: l1From, Amount: depValue.String(), OP: &record.OPState{Portal: c.portal, L2GasLimit: depGas}}
	if depTo != nil {
		switch to, data := *depTo, depData; {
		case to == MessagePasser && len(data) >= 4 && bytes.Equal(data[:4], passerABI().Methods["initiateWithdrawal"].ID):
			if args, err := passerABI().Methods["initiateWithdrawal"].Inputs.Unpack(data[4:]); err == nil {
				target := args[0].(common.Address)
				e.Kind, e.Recipient = "withdraw-eth", &target
			}
		case to == L2StandardBridge && len(data) >= 4 && bytes.Equal(data[:4], l2BridgeABI().Methods["withdrawTo"].ID):
			if args, err := l2BridgeABI().Methods["withdrawTo"].Inputs.Unpack(data[4:]); err == nil {
				token, target, amount := args[0].(common.Address), args[1].(common.Address), args[2].(*big.Int)
				e.Kind, e.Token, e.Recipient, e.Amount = "withdraw-erc20", &token, &target, amount.String()
			}
		case to == L2StandardBridge && len(data) == 0:
			// L2StandardBridge.receive(): an ETH withdrawal to the sender.
			self := l1From
			e.Kind, e.Recipient = "withdraw-eth", &self
		}
	}
	state := record.TxMined
	if r.Status != types.ReceiptStatusSuccessful {
		state = record.TxReverted
	}
	e.Txs = append(e.Txs, &record.Tx{Step: "deposit", ChainID: env.Network.L1ChainID, Hash: h, From: l1From, To: tx.To(),
		Nonce: tx.Nonce(), Value: tx.Value().String(), GasLimit: tx.Gas(), MaxFee: tx.GasFeeCap().String(), Tip: tx.GasTipCap().String(),
		State: state, Block: r.BlockNumber.Uint64(), BlockHash: r.BlockHash, GasUsed: r.GasUsed})
	if state == record.TxMined {
		if err := recordDeposit(e, c, r); err != nil {
			return nil, err
		}
	}
	// Nodes that give the block's time with its logs spare the status a
	// read of the deposit's header.
	for _, l := range r.Logs {
		if l.Address == c.portal && l.BlockTimestamp != 0 {
			e.OP.DepositL1Time = l.BlockTimestamp
			break
		}
	}
	e.Note("imported from L1 transaction %s", h.Hex())
	if err := env.Store.Create(e); err != nil {
		return nil, err
	}
	s.keepContracts(e, c)
	return e, nil
}

// txAndReceipt reads an L1 transaction and its receipt in one JSON-RPC
// batch (one round trip). Either is nil when the node does not know it;
// receiptErr is the receipt's own error (the transaction may be pending).
func txAndReceipt(ctx context.Context, l1 *chain.Client, h common.Hash) (_ *types.Transaction, _ *types.Receipt, err, receiptErr error) {
	var (
		tx *types.Transaction
		r  *types.Receipt
	)
	elems := []rpc.BatchElem{
		{Method: "eth_getTransactionByHash", Args: []any{h}, Result: &tx},
		{Method: "eth_getTransactionReceipt", Args: []any{h}, Result: &r},
	}
	if err := l1.BatchCall(ctx, elems); err != nil {
		return nil, nil, err, nil
	}
	if elems[0].Error != nil {
		return nil, nil, elems[0].Error, nil
	}
	if elems[1].Error != nil {
		return tx, nil, nil, elems[1].Error
	}
	return tx, r, nil, nil
}
