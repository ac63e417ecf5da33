package devnet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// ArbSysAddress and NodeInterfaceAddress are where ArbOS answers; the devnet
// L2 has the stand-ins' runtime code there.
var (
	ArbSysAddress        = common.HexToAddress("0x0000000000000000000000000000000000000064")
	NodeInterfaceAddress = common.HexToAddress("0x00000000000000000000000000000000000000C8")
)

// StartArbL2 starts the anvil L2 with the Arbitrum chain id and puts the
// ArbSys and NodeInterface stand-ins at their precompile addresses.
func (d *ArbDevnet) StartArbL2(ctx context.Context) error {
	if d.L2 != nil {
		return errors.New("devnet: arbitrum L2 already started")
	}
	l2, err := StartAnvil(ctx, AnvilOptions{ChainID: d.Opts.L2ChainID})
	if err != nil {
		return err
	}
	if err := l2.SetCode(ctx, ArbSysAddress, d.Art.ArbSys.Deployed); err != nil {
		l2.Close()
		return err
	}
	if err := l2.SetCode(ctx, NodeInterfaceAddress, d.Art.NodeInterface.Deployed); err != nil {
		l2.Close()
		return err
	}
	d.L2 = l2
	return nil
}

// L2Execution is what happened on the L2 to one delayed message.
type L2Execution struct {
	Message DelayedMessage
	// TxHash is the hash of the signed L2 transaction (kind 3, 0x04), the
	// hash a Nitro node would give it.
	TxHash common.Hash
	// Receipt is nil when the L2 dropped the message (no receipt at all).
	Receipt *types.Receipt
	Dropped bool
	// Reason says why a message was dropped or ignored.
	Reason string
}

// L2Executions returns every delayed message the harness has executed on
// the L2 so far, in order.
func (d *ArbDevnet) L2Executions() []L2Execution {
	d.mu.Lock()
	defer d.mu.Unlock()
	return append([]L2Execution(nil), d.l2Execution...)
}

// executeOnL2 runs one delayed message on the L2 as ArbOS would:
//   - L2_MSG (3) whose payload is 0x04 || signed tx: the signed tx, unchanged.
//     A tx that ArbOS would reject before execution (wrong chain id or nonce,
//     fee cap under the base fee, balance short of gas*feeCap+value, blob or
//     unparseable) is dropped: no receipt, nonce unchanged.
//   - ethDeposit (12): dest || value credits the balance.
//   - anything else is ignored (recorded with a reason).
func (d *ArbDevnet) executeOnL2(ctx context.Context, m DelayedMessage) (L2Execution, error) {
	ex := L2Execution{Message: m}
	if d.L2 == nil {
		return ex, errors.New("devnet: arbitrum L2 not started")
	}
	// ArbOS takes the L1 block number from the message; the ArbSys stand-in
	// reads it from its slot 0.
	if err := d.L2.SetStorageAt(ctx, ArbSysAddress, common.Hash{}, common.BigToHash(u64(m.BlockNumber))); err != nil {
		return ex, err
	}
	switch {
	case m.Data == nil:
		ex.Reason = "payload not in an InboxMessageDelivered event (e.g. sendL2MessageFromOrigin); not executed"
		return ex, nil
	case m.Kind == ArbKindL2Message && len(m.Data) > 0 && m.Data[0] == ArbL2MessageSignedTx:
		return d.executeSignedTx(ctx, ex, m.Data[1:])
	case m.Kind == ArbKindEthDeposit && len(m.Data) == 52:
		dest := common.BytesToAddress(m.Data[:20])
		value := new(big.Int).SetBytes(m.Data[20:])
		bal, err := d.L2.Client.BalanceAt(ctx, dest, nil)
		if err != nil {
			return ex, err
		}
		ex.Reason = "deposit credited"
		return ex, d.L2.SetBalance(ctx, dest, bal.Add(bal, value))
	default:
		ex.Reason = fmt.Sprintf("kind %d not executed by the devnet L2", m.Kind)
		return ex, nil
	}
}

func (d *ArbDevnet) executeSignedTx(ctx context.Context, ex L2Execution, raw []byte) (L2Execution, error) {
	drop := func(reason string) (L2Execution, error) {
		ex.Dropped, ex.Reason = true, reason
		return ex, nil
	}
	var tx types.Transaction
	if err := tx.UnmarshalBinary(raw); err != nil {
		return drop("unparseable transaction: " + err.Error())
	}
	ex.TxHash = tx.Hash()
	if tx.Type() == types.BlobTxType {
		return drop("blob transactions are not accepted on Arbitrum")
	}
	if tx.ChainId() == nil || tx.ChainId().Uint64() != d.Opts.L2ChainID {
		return drop("wrong chain id")
	}
	from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), &tx)
	if err != nil {
		return drop("bad signature")
	}
	nonce, err := d.L2.Client.NonceAt(ctx, from, nil)
	if err != nil {
		return ex, err
	}
	if tx.Nonce() != nonce {
		return drop(fmt.Sprintf("nonce %d, account is at %d", tx.Nonce(), nonce))
	}
	head, err := d.L2.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return ex, err
	}
	if head.BaseFee != nil && tx.GasFeeCap().Cmp(head.BaseFee) < 0 {
		return drop(fmt.Sprintf("fee cap %s under the base fee %s", tx.GasFeeCap(), head.BaseFee))
	}
	bal, err := d.L2.Client.BalanceAt(ctx, from, nil)
	if err != nil {
		return ex, err
	}
	cost := new(big.Int).Mul(new(big.Int).SetUint64(tx.Gas()), tx.GasFeeCap())
	cost.Add(cost, tx.Value())
	if bal.Cmp(cost) < 0 {
		return drop("insufficient funds for gas * fee cap + value")
	}
	if err := d.L2.RPC.CallContext(ctx, nil, "eth_sendRawTransaction", hexutil.Bytes(raw)); err != nil {
		return drop("rejected by the L2: " + err.Error())
	}
	wctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	r, err := WaitReceipt(wctx, d.L2.Client, ex.TxHash)
	if err != nil {
		// Never leave it in the pool to be mined later: ArbOS would not.
		_ = d.L2.RPC.CallContext(ctx, nil, "anvil_dropTransaction", ex.TxHash)
		return drop("not mined by the L2")
	}
	ex.Receipt = r
	return ex, nil
}

// L2ToL1Tx is ArbSys's L2ToL1Tx event.
type L2ToL1Tx struct {
	Caller      common.Address
	Destination common.Address
	Hash        common.Hash // the send hash (the event's uint256 hash)
	Position    uint64      // leaf index in the send Merkle tree
	ArbBlockNum *big.Int
	EthBlockNum *big.Int
	Timestamp   *big.Int
	CallValue   *big.Int
	Data        []byte
	L2Block     uint64 // block of the log
	TxHash      common.Hash
}

// ParseL2ToL1Tx decodes an L2ToL1Tx log from ArbSys.
func (d *ArbDevnet) ParseL2ToL1Tx(l *types.Log) (*L2ToL1Tx, error) {
	ev := d.Art.ArbSys.ABI.Events["L2ToL1Tx"]
	if l.Address != ArbSysAddress || len(l.Topics) != 4 || l.Topics[0] != ev.ID {
		return nil, errors.New("devnet: not an ArbSys L2ToL1Tx log")
	}
	vals, err := ev.Inputs.NonIndexed().Unpack(l.Data)
	if err != nil {
		return nil, err
	}
	return &L2ToL1Tx{
		Caller:      vals[0].(common.Address),
		Destination: common.BytesToAddress(l.Topics[1].Bytes()),
		Hash:        l.Topics[2],
		Position:    l.Topics[3].Big().Uint64(),
		ArbBlockNum: vals[1].(*big.Int),
		EthBlockNum: vals[2].(*big.Int),
		Timestamp:   vals[3].(*big.Int),
		CallValue:   vals[4].(*big.Int),
		Data:        vals[5].([]byte),
		L2Block:     l.BlockNumber,
		TxHash:      l.TxHash,
	}, nil
}

// L2ToL1Txs returns every L2ToL1Tx on the L2 so far, by position.
func (d *ArbDevnet) L2ToL1Txs(ctx context.Context) ([]*L2ToL1Tx, error) {
	logs, err := d.L2.Client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: big.NewInt(0),
		Addresses: []common.Address{ArbSysAddress},
		Topics:    [][]common.Hash{{d.Art.ArbSys.ABI.Events["L2ToL1Tx"].ID}},
	})
	if err != nil {
		return nil, err
	}
	out := make([]*L2ToL1Tx, 0, len(logs))
	for i := range logs {
		w, err := d.ParseL2ToL1Tx(&logs[i])
		if err != nil {
			return nil, err
		}
		out = append(out, w)
	}
	return out, nil
}

// SendMerkleTreeState reads ArbSys.sendMerkleTreeState() at an L2 block
// (nil for the head), as a validator reads the send root.
func (d *ArbDevnet) SendMerkleTreeState(ctx context.Context, block *big.Int) (size uint64, root common.Hash, partials []common.Hash, err error) {
	out, err := d.callL2(ctx, ArbSysAddress, d.Art.ArbSys, block, "sendMerkleTreeState")
	if err != nil {
		return 0, common.Hash{}, nil, err
	}
	for _, p := range out[2].([][32]byte) {
		partials = append(partials, p)
	}
	return out[0].(*big.Int).Uint64(), out[1].([32]byte), partials, nil
}

// ConstructOutboxProof calls the NodeInterface stand-in at the L2 head.
func (d *ArbDevnet) ConstructOutboxProof(ctx context.Context, size, leaf uint64) (send, root common.Hash, proof []common.Hash, err error) {
	out, err := d.callL2(ctx, NodeInterfaceAddress, d.Art.NodeInterface, nil, "constructOutboxProof", size, leaf)
	if err != nil {
		return common.Hash{}, common.Hash{}, nil, err
	}
	for _, p := range out[2].([][32]byte) {
		proof = append(proof, p)
	}
	return out[0].([32]byte), out[1].([32]byte), proof, nil
}

func (d *ArbDevnet) callL2(ctx context.Context, to common.Address, a *Artifact, block *big.Int, method string, args ...any) ([]any, error) {
	input, err := a.ABI.Pack(method, args...)
	if err != nil {
		return nil, err
	}
	out, err := d.L2.Client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: input}, block)
	if err != nil {
		return nil, fmt.Errorf("devnet: L2 call %s.%s: %w", a.Name, method, err)
	}
	return a.ABI.Unpack(method, out)
}

// OutboxProofFromSends builds the outbox proof of leaf in the send tree of
// the first size sends, from their send hashes (the L2ToL1Tx hashes in
// position order), the way nitro's tree is shaped: leaves keccak(sendHash),
// zero for missing subtrees, depth ceil(log2(size)). It is the harness's
// independent check, not the escape tool's algorithm.
func OutboxProofFromSends(sendHashes []common.Hash, size, leaf uint64) (root common.Hash, proof []common.Hash, err error) {
	if leaf >= size || size > uint64(len(sendHashes)) {
		return common.Hash{}, nil, fmt.Errorf("devnet: leaf %d / size %d / %d sends", leaf, size, len(sendHashes))
	}
	leaves := make([]common.Hash, size)
	for i := range leaves {
		leaves[i] = crypto.Keccak256Hash(sendHashes[i].Bytes())
	}
	var node func(level, index uint64) common.Hash
	node = func(level, index uint64) common.Hash {
		if index<<level >= size {
			return common.Hash{}
		}
		if level == 0 {
			return leaves[index]
		}
		return crypto.Keccak256Hash(node(level-1, 2*index).Bytes(), node(level-1, 2*index+1).Bytes())
	}
	depth := uint64(0)
	for uint64(1)<<depth < size {
		depth++
	}
	for level := uint64(0); level < depth; level++ {
		proof = append(proof, node(level, (leaf>>level)^1))
	}
	return node(depth, 0), proof, nil
}

// L2TxOpts overrides what SignL2Tx would pick.
type L2TxOpts struct {
	Nonce     *uint64  // default: the account's L2 nonce
	Gas       uint64   // default: eth_estimateGas on the L2, plus a margin
	GasFeeCap *big.Int // default: twice the L2 head's base fee
}

// SignL2Tx signs a dynamic-fee L2 transaction (tip 0: Arbitrum ignores
// tips) as a user would before sending it through the delayed inbox. It
// returns the raw bytes (what follows 0x04 in sendL2Message) and the hash.
func (d *ArbDevnet) SignL2Tx(ctx context.Context, key *ecdsa.PrivateKey, to common.Address, value *big.Int, data []byte, o L2TxOpts) ([]byte, common.Hash, error) {
	from := crypto.PubkeyToAddress(key.PublicKey)
	if value == nil {
		value = new(big.Int)
	}
	var nonce uint64
	if o.Nonce != nil {
		nonce = *o.Nonce
	} else {
		n, err := d.L2.Client.NonceAt(ctx, from, nil)
		if err != nil {
			return nil, common.Hash{}, err
		}
		nonce = n
	}
	gas := o.Gas
	if gas == 0 {
		g, err := d.L2.Client.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &to, Value: value, Data: data})
		if err != nil {
			return nil, common.Hash{}, fmt.Errorf("devnet: estimate L2 gas: %w", err)
		}
		gas = g + g/2
	}
	feeCap := o.GasFeeCap
	if feeCap == nil {
		head, err := d.L2.Client.HeaderByNumber(ctx, nil)
		if err != nil {
			return nil, common.Hash{}, err
		}
		feeCap = new(big.Int).Mul(head.BaseFee, big.NewInt(2))
	}
	chainID := new(big.Int).SetUint64(d.Opts.L2ChainID)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: new(big.Int), GasFeeCap: feeCap, Gas: gas, To: &to, Value: value, Data: data,
	})
	if err != nil {
		return nil, common.Hash{}, err
	}
	raw, err := tx.MarshalBinary()
	return raw, tx.Hash(), err
}

// SetL2BaseFee mines an L2 block whose base fee is wei: the L2 base fee
// after an outage, while the backlog is replayed. The stand-in sequencer
// then drops, as ArbOS does, a delayed transaction whose max fee is under
// it (executeSignedTx compares with the head's base fee). Later blocks
// decay from it EIP-1559-style (12.5% per empty block).
func (d *ArbDevnet) SetL2BaseFee(ctx context.Context, wei *big.Int) error {
	if err := d.L2.RPC.CallContext(ctx, nil, "anvil_setNextBlockBaseFeePerGas", hexutil.EncodeBig(wei)); err != nil {
		return err
	}
	return d.L2.Mine(ctx, 1)
}
