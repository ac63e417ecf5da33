package opstack

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/l2escape/escape/bindings/opcurrent"
	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/escape/units"
)

// Withdrawals made on L2 without escape (a wallet calling
// L2ToL1MessagePasser.initiateWithdrawal, the L2StandardBridge, the
// L2CrossDomainMessenger) all end in a MessagePassed event of the
// L2ToL1MessagePasser. Importing one records that event's withdrawal; from
// there the escape's own machinery (game search, prove, finalize) follows it
// exactly as it follows a withdrawal escape forced in from L1.

// maxSequencerDrift bounds how far an L2 block's timestamp runs ahead of
// its L1 origin (op-node's max_sequencer_drift, 1800 s since Fjord). A game
// covering the block is created on L1 after that origin, so no game
// created before the block's time minus this can cover it.
const maxSequencerDrift = 1800

var (
	l1BridgeABI = chain.LazyABI(opcurrent.L1StandardBridgeMetaData)
)

func messagePassedEvent() abi.Event { return passerABI().Events["MessagePassed"] }

func withdrawalInitiatedEvent() abi.Event { return l2BridgeABI().Events["WithdrawalInitiated"] }

// l2Withdrawal is one MessagePassed of an L2 transaction.
type l2Withdrawal struct {
	hash    common.Hash
	w       *record.OPWithdrawal
	txHash  common.Hash
	index   int // among the transaction's withdrawals
	count   int
	l2Block uint64
}

// withdrawalsOf returns the withdrawals an L2 receipt made, in log order.
// Only the L2ToL1MessagePasser's own events count, and each one's hash is
// computed here rather than taken from the event.
func withdrawalsOf(r *types.Receipt) ([]*l2Withdrawal, error) {
	var out []*l2Withdrawal
	for _, l := range r.Logs {
		if l.Address != MessagePasser || len(l.Topics) != 4 || l.Topics[0] != messagePassedEvent().ID {
			continue
		}
		w, h, err := ParseMessagePassed(l)
		if err != nil {
			return nil, err
		}
		out = append(out, &l2Withdrawal{hash: h, w: w, txHash: r.TxHash, l2Block: r.BlockNumber.Uint64()})
	}
	for i, w := range out {
		w.index, w.count = i, len(out)
	}
	return out, nil
}

// ParseMessagePassed reads an L2ToL1MessagePasser MessagePassed log: the
// withdrawal's fields and its hash, refused when the event's withdrawalHash
// field does not match the fields.
func ParseMessagePassed(l *types.Log) (*record.OPWithdrawal, common.Hash, error) {
	vals, err := messagePassedEvent().Inputs.NonIndexed().Unpack(l.Data)
	if err != nil || len(vals) != 4 {
		return nil, common.Hash{}, fmt.Errorf("opstack: MessagePassed in L2 transaction %s: %v", l.TxHash.Hex(), err)
	}
	w := &record.OPWithdrawal{
		Nonce:    (*hexutil.Big)(l.Topics[1].Big()),
		Sender:   common.BytesToAddress(l.Topics[2].Bytes()),
		Target:   common.BytesToAddress(l.Topics[3].Bytes()),
		Value:    (*hexutil.Big)(vals[0].(*big.Int)),
		GasLimit: (*hexutil.Big)(vals[1].(*big.Int)),
		Data:     vals[2].([]byte),
	}
	h, err := WithdrawalHash(w)
	if err != nil {
		return nil, common.Hash{}, err
	}
	if got := common.Hash(vals[3].([32]byte)); got != h {
		return nil, common.Hash{}, fmt.Errorf("opstack: MessagePassed in L2 transaction %s names withdrawal hash %s, but its fields hash to %s", l.TxHash.Hex(), got.Hex(), h.Hex())
	}
	return w, h, nil
}

// WithdrawalHash is keccak256(abi.encode(nonce, sender, target, value,
// gasLimit, data)), Hashing.hashWithdrawal.
func WithdrawalHash(w *record.OPWithdrawal) (common.Hash, error) {
	// nonce, sender, target, value, gasLimit, data: the event's first six.
	args := abi.Arguments(messagePassedEvent().Inputs[:6])
	enc, err := args.Pack(w.Nonce.ToInt(), w.Sender, w.Target, w.Value.ToInt(), w.GasLimit.ToInt(), []byte(w.Data))
	if err != nil {
		return common.Hash{}, err
	}
	return crypto.Keccak256Hash(enc), nil
}

// payout is what a withdrawal pays on L1, as far as its data tells: a
// standard-bridge withdrawal names the recipient and amount inside the
// messenger's relayMessage call; any other withdrawal pays its value to
// its target.
type payout struct {
	recipient common.Address
	amount    *big.Int
	token     *common.Address // the L2 token of an ERC-20 withdrawal
}

func payoutOf(w *record.OPWithdrawal) payout {
	p := payout{recipient: w.Target, amount: w.Value.ToInt()}
	relay := l1MessengerABI().Methods["relayMessage"]
	if w.Sender != L2CrossDomainMessenger || len(w.Data) < 4 || !bytes.Equal(w.Data[:4], relay.ID) {
		return p
	}
	args, err := relay.Inputs.Unpack(w.Data[4:])
	if err != nil || len(args) != 6 {
		return p
	}
	target, value, msg := args[2].(common.Address), args[3].(*big.Int), args[5].([]byte)
	p.recipient, p.amount = target, value
	if len(msg) < 4 {
		return p
	}
	if m := l1BridgeABI().Methods["finalizeBridgeETH"]; bytes.Equal(msg[:4], m.ID) {
		if a, err := m.Inputs.Unpack(msg[4:]); err == nil && len(a) == 4 {
			p.recipient, p.amount = a[1].(common.Address), a[2].(*big.Int)
		}
	} else if m := l1BridgeABI().Methods["finalizeBridgeERC20"]; bytes.Equal(msg[:4], m.ID) {
		if a, err := m.Inputs.Unpack(msg[4:]); err == nil && len(a) == 6 {
			l2Token := a[1].(common.Address)
			p.recipient, p.amount, p.token = a[3].(common.Address), a[4].(*big.Int), &l2Token
		}
	}
	return p
}

// ImportL2 records a withdrawal made on L2: ref is its L2 transaction hash
// (index picks one of several) or its withdrawal hash.
func (s *Stack) ImportL2(ctx context.Context, env *flow.Env, ref common.Hash, index int) (*record.Escape, error) {
	if env.L2 == nil {
		return nil, escape.Errorf("needs-l2", "pass --l2-rpc URL: any read-only L2 node serves, including a replica",
			"following a withdrawal made on L2 needs its L2 transaction's logs")
	}
	c, err := load(ctx, env)
	if err != nil {
		return nil, err
	}
	var ws []*l2Withdrawal
	r, err := env.L2.TransactionReceipt(ctx, ref)
	switch {
	case err == nil && r != nil:
		if ws, err = withdrawalsOf(r); err != nil {
			return nil, escape.Wrap(err, "no-withdrawal", "check the L2 transaction on an L2 explorer", "cannot read the withdrawals of L2 transaction %s", ref.Hex())
		}
		if len(ws) == 0 {
			return nil, escape.Errorf("no-withdrawal", "give the hash of an L2 transaction that withdrew to L1 (through the L2StandardBridge, the L2CrossDomainMessenger or the L2ToL1MessagePasser)",
				"L2 transaction %s started no withdrawal (no MessagePassed event of the L2ToL1MessagePasser)", ref.Hex())
		}
	case err != nil && !errors.Is(err, ethereum.NotFound) && !isNotFound(err):
		return nil, escape.Wrap(err, "rpc-error", "try again or pass another --l2-rpc", "cannot read L2 transaction %s", ref.Hex())
	default:
		w, err := s.byWithdrawalHash(ctx, env, c, ref)
		if err != nil {
			return nil, err
		}
		if index != flow.NoIndex && index != w.index {
			return nil, escape.Errorf("bad-index", "leave out #N: a withdrawal hash names one withdrawal", "withdrawal %s is #%d of its L2 transaction, not #%d", ref.Hex(), w.index, index)
		}
		ws, index = []*l2Withdrawal{w}, 0
	}
	w, err := pickWithdrawal(env, ws, ref, index, describeOP)
	if err != nil {
		return nil, err
	}
	return s.recordL2Withdrawal(ctx, env, c, w)
}

func describeOP(w *l2Withdrawal) string {
	p := payoutOf(w.w)
	what := units.ETH(p.amount)
	if p.token != nil {
		what = p.amount.String() + " units of L2 token " + p.token.Hex()
	}
	return fmt.Sprintf("%s to %s (withdrawal %s)", what, p.recipient.Hex(), w.hash.Hex())
}

// pickWithdrawal returns withdrawal index of an L2 transaction; with
// several and no index, it lists them and asks for one.
func pickWithdrawal(env *flow.Env, ws []*l2Withdrawal, ref common.Hash, index int, describe func(*l2Withdrawal) string) (*l2Withdrawal, error) {
	if index == flow.NoIndex && len(ws) == 1 {
		return ws[0], nil
	}
	if index >= 0 && index < len(ws) {
		return ws[index], nil
	}
	var lines []string
	for _, w := range ws {
		lines = append(lines, fmt.Sprintf("  %s#%d  %s", w.txHash.Hex(), w.index, describe(w)))
	}
	if index == flow.NoIndex {
		return nil, escape.Errorf("several-withdrawals", "give the one to follow as REF#N, e.g. `escape status "+ws[0].txHash.Hex()+"#1`",
			"L2 transaction %s made %d withdrawals:\n%s", ref.Hex(), len(ws), strings.Join(lines, "\n"))
	}
	return nil, escape.Errorf("bad-index", "the withdrawals are numbered from 0 in the order the transaction made them",
		"L2 transaction %s made %d withdrawal(s), so there is no #%d:\n%s", ref.Hex(), len(ws), index, strings.Join(lines, "\n"))
}

func (s *Stack) recordL2Withdrawal(ctx context.Context, env *flow.Env, c *contracts, w *l2Withdrawal) (*record.Escape, error) {
	// Already followed: an escape escape started (whose forced L2
	// transaction this is) or an earlier import.
	if e, err := env.Store.Find(w.hash.Hex()); err == nil {
		return e, nil
	}
	if e, err := env.Store.Find(w.txHash.Hex()); err == nil && e.L2Tx == nil && w.count == 1 {
		return e, nil
	}
	var tx struct {
		From common.Address `json:"from"`
	}
	if err := env.L2.CallContext(ctx, &tx, "eth_getTransactionByHash", w.txHash); err != nil {
		return nil, escape.Wrap(err, "rpc-error", "try again or pass another --l2-rpc", "cannot read L2 transaction %s", w.txHash.Hex())
	}
	h, err := env.L2.HeaderByNumber(ctx, new(big.Int).SetUint64(w.l2Block))
	if err != nil {
		return nil, escape.Wrap(err, "rpc-error", "try again or pass another --l2-rpc", "cannot read L2 block %d", w.l2Block)
	}
	p := payoutOf(w.w)
	recipient := p.recipient
	e := &record.Escape{Network: env.Network.Name, Stack: escape.StackOP, Kind: flow.KindL2Withdrawal, L1ChainID: env.Network.L1ChainID,
		L2ChainID: env.Network.L2ChainID, From: tx.From, Recipient: &recipient, Amount: p.amount.String(), Token: p.token,
		Stage: escape.StageIncluded,
		L2Tx:  &record.L2Tx{Hash: w.txHash, Index: w.index, Count: w.count},
		OP: &record.OPState{Portal: c.portal,
			// The flow names the L2 transaction of an escape L2DepositHash:
			// here it is the user's own L2 transaction, and there is no
			// deposit, so the deposit steps are skipped.
			L2DepositHash:  w.txHash,
			L2Block:        w.l2Block,
			DepositL1Time:  max(h.Time, maxSequencerDrift+1) - maxSequencerDrift,
			WithdrawalHash: w.hash, Withdrawal: w.w}}
	e.AddRef(w.hash)
	e.Note("imported from L2 transaction %s (withdrawal #%d of %d), made in L2 block %d; withdrawal %s", w.txHash.Hex(), w.index, w.count, w.l2Block, w.hash.Hex())
	if err := env.Store.Create(e); err != nil {
		return nil, err
	}
	return e, nil
}

// byWithdrawalHash finds a withdrawal from its hash: the
// L2ToL1MessagePasser's sentMessages says whether it exists, then its
// MessagePassed is looked for backwards from the head (the hash is not an
// indexed topic, so each chunk's events are hashed here).
func (s *Stack) byWithdrawalHash(ctx context.Context, env *flow.Env, c *contracts, h common.Hash) (*l2Withdrawal, error) {
	sent := &ethCall{to: MessagePasser, data: pack(passerABI, "sentMessages", h)}
	if err := batch(ctx, env.L2, []*ethCall{sent}); err != nil {
		return nil, escape.Wrap(err, "rpc-error", "try again or pass another --l2-rpc", "cannot read the L2ToL1MessagePasser")
	}
	if !sent.bool() {
		finalized := &ethCall{to: c.portal, data: pack(portal2ABI, "finalizedWithdrawals", h)}
		if batch(ctx, env.L1, []*ethCall{finalized}) == nil && finalized.bool() {
			return nil, escape.Errorf("already-finalized", "nothing is left to do: the funds were released on L1",
				"withdrawal %s is already finalized on L1", h.Hex())
		}
		return nil, escape.Errorf("l2-ref-not-found",
			"give the hash of the L2 transaction that withdrew, or its withdrawal hash, with the right --network; an L1 transaction hash of an escape works too. Check that --l2-rpc serves "+env.Network.Title,
			"%s is neither an L1 transaction, an L2 transaction nor a withdrawal of %s", h.Hex(), env.Network.Title)
	}
	var found *types.Log
	q := ethereum.FilterQuery{Addresses: []common.Address{MessagePasser}, Topics: [][]common.Hash{{messagePassedEvent().ID}}}
	env.UI.Progress("Looking for withdrawal %s in the L2ToL1MessagePasser's events, newest first...", h.Hex())
	err := env.L2.FilterLogsBackward(ctx, q, 0, func(logs []types.Log) error {
		for i := range logs {
			if _, got, err := ParseMessagePassed(&logs[i]); err == nil && got == h {
				found = &logs[i]
				return chain.ErrStopScan
			}
		}
		return nil
	})
	if err != nil {
		return nil, escape.Wrap(err, "rpc-error", "pass an --l2-rpc that serves old logs", "cannot scan the L2ToL1MessagePasser's events")
	}
	if found == nil {
		return nil, escape.Errorf("l2-ref-not-found", "pass an --l2-rpc that keeps old logs, or give the L2 transaction hash",
			"withdrawal %s exists on L2 but its MessagePassed event is not in the L2 RPC's logs", h.Hex())
	}
	r, err := env.L2.TransactionReceipt(ctx, found.TxHash)
	if err != nil {
		return nil, escape.Wrap(err, "rpc-error", "try again or pass another --l2-rpc", "cannot read L2 transaction %s", found.TxHash.Hex())
	}
	ws, err := withdrawalsOf(r)
	if err != nil {
		return nil, err
	}
	for _, w := range ws {
		if w.hash == h {
			return w, nil
		}
	}
	return nil, fmt.Errorf("opstack: withdrawal %s not in the receipt of %s", h.Hex(), found.TxHash.Hex())
}

// Find lists the withdrawals of an address not finalized on L1: those it
// made itself through the L2ToL1MessagePasser or that pay it directly
// (MessagePassed's indexed sender and target), and those it made through
// the L2StandardBridge
// (WithdrawalInitiated's indexed from; the MessagePassed is then the
// messenger's, in the same transaction).
func (s *Stack) Find(ctx context.Context, env *flow.Env, req flow.FindRequest) ([]flow.FoundWithdrawal, error) {
	if env.L2 == nil {
		return nil, escape.Errorf("needs-l2", "pass --l2-rpc URL: any read-only L2 node serves, including a replica",
			"finding withdrawals needs the L2's logs")
	}
	c, err := load(ctx, env)
	if err != nil {
		return nil, err
	}
	addr := common.BytesToHash(req.Address.Bytes())
	queries := []ethereum.FilterQuery{
		{Addresses: []common.Address{MessagePasser}, Topics: [][]common.Hash{{messagePassedEvent().ID}, nil, {addr}}},
		{Addresses: []common.Address{MessagePasser}, Topics: [][]common.Hash{{messagePassedEvent().ID}, nil, nil, {addr}}},
		{Addresses: []common.Address{L2StandardBridge}, Topics: [][]common.Hash{{withdrawalInitiatedEvent().ID}, nil, nil, {addr}}},
	}
	txs := map[common.Hash]uint64{}
	viaBridge := map[common.Hash]bool{}
	err = flow.ScanL2(ctx, env.L2, req, queries, func(l types.Log) {
		txs[l.TxHash] = l.BlockNumber
		viaBridge[l.TxHash] = viaBridge[l.TxHash] || l.Address == L2StandardBridge
	})
	if err != nil {
		return nil, escape.Wrap(err, "rpc-error", "try again, narrow the scan with --from-block, or pass another --l2-rpc", "cannot scan the L2's withdrawal events")
	}
	var ws []*l2Withdrawal
	for _, h := range flow.TxsInBlockOrder(txs) {
		r, err := env.L2.TransactionReceipt(ctx, h)
		if err != nil {
			return nil, escape.Wrap(err, "rpc-error", "try again or pass another --l2-rpc", "cannot read L2 transaction %s", h.Hex())
		}
		got, err := withdrawalsOf(r)
		if err != nil {
			return nil, err
		}
		// Only the address's own: a transaction may carry others' too.
		for _, w := range got {
			if w.w.Sender == req.Address || w.w.Target == req.Address || payoutOf(w.w).recipient == req.Address ||
				(viaBridge[h] && w.w.Sender == L2CrossDomainMessenger) {
				ws = append(ws, w)
			}
		}
	}
	if len(ws) == 0 {
		return nil, nil
	}
	var calls []*ethCall
	for _, w := range ws {
		calls = append(calls, &ethCall{to: c.portal, data: pack(portal2ABI, "finalizedWithdrawals", w.hash)})
		if c.gen == Legacy {
			calls = append(calls, &ethCall{to: c.portal, data: pack(portalABI, "provenWithdrawals", w.hash)})
		} else {
			calls = append(calls, &ethCall{to: c.portal, data: pack(portal2ABI, "numProofSubmitters", w.hash)})
		}
	}
	if err := batch(ctx, env.L1, calls); err != nil {
		return nil, escape.Wrap(err, "rpc-error", "try again or pass another --l1-rpc", "cannot read the portal's withdrawals")
	}
	var out []flow.FoundWithdrawal
	for i, w := range ws {
		if calls[2*i].bool() {
			continue
		}
		proven := false
		if c.gen == Legacy {
			// provenWithdrawals(bytes32) returns (outputRoot, timestamp, l2OutputIndex).
			if pw := calls[2*i+1]; pw.err == nil && len(pw.out) >= 64 {
				proven = new(big.Int).SetBytes(pw.out[32:64]).Sign() > 0
			}
		} else if n, ok := calls[2*i+1].uint(); ok && n > 0 {
			proven = true
		}
		p := payoutOf(w.w)
		f := flow.FoundWithdrawal{L2TxHash: w.txHash, Index: w.index, L2Block: w.l2Block, Hash: w.hash,
			Recipient: p.recipient, Amount: p.amount.String(), Token: p.token,
			Stage: escape.StageIncluded, Detail: "not proven yet"}
		f.Ref = (&record.L2Tx{Hash: w.txHash, Index: w.index, Count: w.count}).Ref()
		if proven {
			f.Stage, f.Detail = escape.StageWaitingFinalize, "proven, not finalized"
		}
		out = append(out, f)
	}
	return out, nil
}
