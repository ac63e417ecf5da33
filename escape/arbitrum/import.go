package arbitrum

import (
	"bytes"
	"context"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/record"
)

// importTx rebuilds an escape from an L1 Inbox.sendL2Message transaction
// carrying a signed L2 transaction (sent from another machine).
func (s *Stack) importTx(ctx context.Context, env *flow.Env, h common.Hash) (*record.Escape, error) {
	c, err := s.contracts(ctx, env)
	if err != nil {
		return nil, err
	}
	tx, _, err := env.L1.TransactionByHash(ctx, h)
	if err != nil {
		return nil, escape.Wrap(err, "tx-not-found", "check the hash and the network", "cannot find L1 transaction %s", h.Hex())
	}
	notOurs := escape.Errorf("not-an-escape", "give the hash of an L1 transaction that called Inbox.sendL2Message with a signed L2 transaction",
		"L1 transaction %s is not a signed L2 transaction sent to the %s Inbox", h.Hex(), env.Network.Title)
	m := inboxABI().Methods["sendL2Message"]
	if tx.To() == nil || *tx.To() != c.Inbox || len(tx.Data()) < 4 || !bytes.Equal(tx.Data()[:4], m.ID) {
		return nil, notOurs
	}
	args, err := m.Inputs.Unpack(tx.Data()[4:])
	if err != nil {
		return nil, notOurs
	}
	payload := args[0].([]byte)
	if len(payload) < 2 || payload[0] != L2MessageKindSignedTx {
		return nil, notOurs
	}
	var l2tx types.Transaction
	if err := l2tx.UnmarshalBinary(payload[1:]); err != nil {
		return nil, notOurs
	}
	from, err := types.Sender(types.LatestSignerForChainID(l2tx.ChainId()), &l2tx)
	if err != nil {
		return nil, notOurs
	}
	l1From, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
	if err != nil {
		return nil, notOurs
	}
	r, err := env.L1.TransactionReceipt(ctx, h)
	if err != nil || r == nil {
		return nil, escape.Wrap(err, "not-mined-yet", "import it once it is mined", "L1 transaction %s has no receipt", h.Hex())
	}
	kind := "send"
	if l2tx.To() != nil && *l2tx.To() == ArbSysAddress {
		kind = "withdraw-eth"
	}
	e := &record.Escape{Network: env.Network.Name, Stack: escape.StackArbitrum, Kind: kind, L1ChainID: env.Network.L1ChainID,
		L2ChainID: env.Network.L2ChainID, From: from, Stage: escape.StageWaitingL2,
		Arb: &record.ArbState{Inbox: c.Inbox, L2TxHash: l2tx.Hash(), L2SignedTx: hexutil.Encode(payload[1:]), L2From: from, L2Nonce: l2tx.Nonce(),
			L2GasLimit: l2tx.Gas(), L2MaxFeePerGas: l2tx.GasFeeCap().String(), L2Value: l2tx.Value().String()}}
	if l2tx.To() != nil {
		e.Arb.L2To = *l2tx.To()
	}
	if kind == "withdraw-eth" {
		e.Amount = l2tx.Value().String()
	}
	state := record.TxMined
	if r.Status != types.ReceiptStatusSuccessful {
		state = record.TxReverted
	}
	e.Txs = append(e.Txs, &record.Tx{Step: "send-l2-message", ChainID: env.Network.L1ChainID, Hash: h, From: l1From, To: tx.To(),
		Nonce: tx.Nonce(), Value: tx.Value().String(), GasLimit: tx.Gas(), MaxFee: tx.GasFeeCap().String(), Tip: tx.GasTipCap().String(),
		State: state, Block: r.BlockNumber.Uint64(), BlockHash: r.BlockHash, GasUsed: r.GasUsed})
	e.AddRef(l2tx.Hash())
	if state == record.TxMined {
		if err := s.recordMessage(e, c, r); err != nil {
			return nil, err
		}
	}
	e.Note("imported from L1 transaction %s", h.Hex())
	if err := env.Store.Create(e); err != nil {
		return nil, err
	}
	return e, nil
}
