package arbitrum

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
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/l2escape/escape/bindings/tokenbridge"
	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/escape/units"
)

// Withdrawals made on L2 without escape (ArbSys.withdrawEth, sendTxToL1,
// the token gateways, which call ArbSys themselves) all end in an L2ToL1Tx
// event of ArbSys. Importing one records that event; from there the
// escape's own Outbox machinery (confirmed assertion, proof, execute)
// follows it exactly as it follows a withdrawal escape forced in from L1.

var (
	l2GatewayABI = chain.LazyABI(tokenbridge.L2ERC20GatewayMetaData)
	l1GatewayABI = chain.LazyABI(tokenbridge.L1ERC20GatewayMetaData)
)

func l2ToL1TxEvent() abi.Event { return arbSysABI().Events["L2ToL1Tx"] }

// The L2 gateways' WithdrawalInitiated(l1Token, _from indexed, _to
// indexed, _l2ToL1Id indexed, _exitNum, _amount): _l2ToL1Id is the
// position of the ArbSys send the gateway made.
func gatewayWithdrawalEvent() abi.Event { return l2GatewayABI().Events["WithdrawalInitiated"] }

func l1GatewayInbound() abi.Method { return l1GatewayABI().Methods["finalizeInboundTransfer"] }

// l2Send is one L2ToL1Tx of an L2 transaction.
type l2Send struct {
	w           *record.ArbWithdrawal
	txHash      common.Hash
	index       int // among the transaction's sends
	count       int
	l2Block     uint64
	l2BlockHash common.Hash
}

// sendsOf returns every L2ToL1Tx of ArbSys in an L2 receipt, in log order.
func sendsOf(r *types.Receipt) ([]*l2Send, error) {
	var out []*l2Send
	for _, l := range r.Logs {
		if l.Address != ArbSysAddress || len(l.Topics) != 4 || l.Topics[0] != l2ToL1TxEvent().ID {
			continue
		}
		vals, err := l2ToL1TxEvent().Inputs.NonIndexed().Unpack(l.Data)
		if err != nil {
			return nil, err
		}
		w := &record.ArbWithdrawal{
			Position:    l.Topics[3].Big().Uint64(),
			Caller:      vals[0].(common.Address),
			Destination: common.BytesToAddress(l.Topics[1].Bytes()),
			SendHash:    l.Topics[2],
			ArbBlockNum: vals[1].(*big.Int).Uint64(),
			EthBlockNum: vals[2].(*big.Int).Uint64(),
			Timestamp:   vals[3].(*big.Int).Uint64(),
			CallValue:   vals[4].(*big.Int).String(),
			Data:        vals[5].([]byte),
		}
		out = append(out, &l2Send{w: w, txHash: r.TxHash, l2Block: r.BlockNumber.Uint64(), l2BlockHash: r.BlockHash})
	}
	for i, s := range out {
		s.index, s.count = i, len(out)
	}
	return out, nil
}

// payout is what a send pays on L1: a token gateway's send carries
// finalizeInboundTransfer(token, from, to, amount, data) for the L1
// gateway; any other send pays its call value to its destination.
type payout struct {
	recipient common.Address
	amount    *big.Int
	token     *common.Address // the L1 token of a gateway withdrawal
}

func payoutOf(w *record.ArbWithdrawal) payout {
	v, _ := new(big.Int).SetString(w.CallValue, 10)
	if v == nil {
		v = new(big.Int)
	}
	p := payout{recipient: w.Destination, amount: v}
	if len(w.Data) >= 4 && bytes.Equal(w.Data[:4], l1GatewayInbound().ID) {
		if a, err := l1GatewayInbound().Inputs.Unpack(w.Data[4:]); err == nil && len(a) == 5 {
			token := a[0].(common.Address)
			p.recipient, p.amount, p.token = a[2].(common.Address), a[3].(*big.Int), &token
		}
	}
	return p
}

func describeSend(s *l2Send) string {
	p := payoutOf(s.w)
	what := units.ETH(p.amount)
	if p.token != nil {
		what = p.amount.String() + " units of L1 token " + p.token.Hex()
	}
	return fmt.Sprintf("%s to %s (send %d)", what, p.recipient.Hex(), s.w.Position)
}

// ImportL2 records a withdrawal made on L2 from its L2 transaction hash;
// index picks one of several sends.
func (s *Stack) ImportL2(ctx context.Context, env *flow.Env, ref common.Hash, index int) (*record.Escape, error) {
	if env.L2 == nil {
		return nil, escape.Errorf("needs-l2", "pass --l2-rpc URL: any read-only L2 node serves, including a replica",
			"following a withdrawal made on L2 needs its L2 transaction's logs")
	}
	r, err := env.L2.TransactionReceipt(ctx, ref)
	if err != nil || r == nil {
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			return nil, escape.Wrap(err, "rpc-error", "try again or pass another --l2-rpc", "cannot read L2 transaction %s", ref.Hex())
		}
		return nil, escape.Errorf("l2-ref-not-found",
			"give the hash of the L2 transaction that withdrew, with the right --network; an L1 transaction hash of an escape works too. Check that --l2-rpc serves "+env.Network.Title,
			"%s is neither an L1 transaction nor an L2 transaction of %s", ref.Hex(), env.Network.Title)
	}
	sends, err := sendsOf(r)
	if err != nil {
		return nil, escape.Wrap(err, "no-withdrawal", "check the L2 transaction on an L2 explorer", "cannot read the withdrawals of L2 transaction %s", ref.Hex())
	}
	if len(sends) == 0 {
		return nil, escape.Errorf("no-withdrawal", "give the hash of an L2 transaction that withdrew to L1 (ArbSys.withdrawEth or sendTxToL1, or a token gateway)",
			"L2 transaction %s started no withdrawal (no L2ToL1Tx event of ArbSys)", ref.Hex())
	}
	send, err := pickSend(sends, ref, index)
	if err != nil {
		return nil, err
	}
	// Already followed: the escape escape started whose L2 transaction
	// this is.
	if e, err := env.Store.Find(ref.Hex()); err == nil && e.L2Tx == nil && send.count == 1 {
		return e, nil
	}
	var tx struct {
		From common.Address `json:"from"`
	}
	if err := env.L2.CallContext(ctx, &tx, "eth_getTransactionByHash", ref); err != nil {
		return nil, escape.Wrap(err, "rpc-error", "try again or pass another --l2-rpc", "cannot read L2 transaction %s", ref.Hex())
	}
	p := payoutOf(send.w)
	recipient := p.recipient
	e := &record.Escape{Network: env.Network.Name, Stack: escape.StackArbitrum, Kind: flow.KindL2Withdrawal,
		L1ChainID: env.Network.L1ChainID, L2ChainID: env.Network.L2ChainID, From: tx.From, Recipient: &recipient,
		Amount: p.amount.String(), Token: p.token, Stage: escape.StageIncluded,
		L2Tx: &record.L2Tx{Hash: send.txHash, Index: send.index, Count: send.count},
		Arb: &record.ArbState{L2TxHash: send.txHash, L2From: tx.From, L2Outcome: "executed", L2Block: send.l2Block,
			L2BlockHash: send.l2BlockHash, Withdrawal: send.w}}
	if send.count == 1 {
		// A send hash does not include the send's position: equal sends
		// of one transaction share it, so only a lone send answers to it.
		e.AddRef(send.w.SendHash)
	}
	e.Note("imported from L2 transaction %s (withdrawal #%d of %d, send %d), made in L2 block %d", send.txHash.Hex(), send.index, send.count, send.w.Position, send.l2Block)
	if err := env.Store.Create(e); err != nil {
		return nil, err
	}
	return e, nil
}

func pickSend(sends []*l2Send, ref common.Hash, index int) (*l2Send, error) {
	if index == flow.NoIndex && len(sends) == 1 {
		return sends[0], nil
	}
	if index >= 0 && index < len(sends) {
		return sends[index], nil
	}
	var lines []string
	for _, s := range sends {
		lines = append(lines, fmt.Sprintf("  %s#%d  %s", s.txHash.Hex(), s.index, describeSend(s)))
	}
	if index == flow.NoIndex {
		return nil, escape.Errorf("several-withdrawals", "give the one to follow as REF#N, e.g. `escape status "+ref.Hex()+"#1`",
			"L2 transaction %s made %d withdrawals:\n%s", ref.Hex(), len(sends), strings.Join(lines, "\n"))
	}
	return nil, escape.Errorf("bad-index", "the withdrawals are numbered from 0 in the order the transaction made them",
		"L2 transaction %s made %d withdrawal(s), so there is no #%d:\n%s", ref.Hex(), len(sends), index, strings.Join(lines, "\n"))
}

// followL2 is the status of a withdrawal made on L2: it skips the delayed
// inbox (there is no L1 message) and goes straight to the Outbox.
func (s *Stack) followL2(ctx context.Context, env *flow.Env, e *record.Escape, st *escape.Status, p *progress) (*escape.Status, *progress, error) {
	head, err := env.L1.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, escape.Wrap(err, "rpc-error", "try again or pass another --l1-rpc", "cannot read the L1 head")
	}
	p.head, p.headTime = head.Number.Uint64(), head.Time
	delete(st.Facts, "l2Nonce")
	made := fmt.Sprintf("You made this withdrawal on L2 in transaction %s", e.Arb.L2TxHash.Hex())
	if e.L2Tx != nil && e.L2Tx.Count > 1 {
		made += fmt.Sprintf(" (withdrawal #%d of %d)", e.L2Tx.Index, e.L2Tx.Count)
	}
	return s.onL2(ctx, env, e, st, p, made+".")
}

// Find lists the withdrawals of an address not yet executed on the
// Outbox: sends to it (L2ToL1Tx's indexed destination: withdrawEth and
// sendTxToL1 to that address) and token withdrawals from it (a gateway's
// WithdrawalInitiated with indexed _from; the send is the one at its
// _l2ToL1Id in the same transaction).
func (s *Stack) Find(ctx context.Context, env *flow.Env, req flow.FindRequest) ([]flow.FoundWithdrawal, error) {
	if env.L2 == nil {
		return nil, escape.Errorf("needs-l2", "pass --l2-rpc URL: any read-only L2 node serves, including a replica",
			"finding withdrawals needs the L2's logs")
	}
	c, err := s.contracts(ctx, env)
	if err != nil {
		return nil, err
	}
	addr := common.BytesToHash(req.Address.Bytes())
	queries := []ethereum.FilterQuery{
		{Addresses: []common.Address{ArbSysAddress}, Topics: [][]common.Hash{{l2ToL1TxEvent().ID}, {addr}}},
		// Any contract may emit this event: only the ArbSys send it names,
		// read from the same receipt, counts.
		{Topics: [][]common.Hash{{gatewayWithdrawalEvent().ID}, {addr}}},
	}
	txs := map[common.Hash]uint64{}
	if err := flow.ScanL2(ctx, env.L2, req, queries, func(l types.Log) { txs[l.TxHash] = l.BlockNumber }); err != nil {
		return nil, escape.Wrap(err, "rpc-error", "try again, narrow the scan with --from-block, or pass another --l2-rpc", "cannot scan the L2's withdrawal events")
	}
	var found []*l2Send
	for _, h := range flow.TxsInBlockOrder(txs) {
		r, err := env.L2.TransactionReceipt(ctx, h)
		if err != nil {
			return nil, escape.Wrap(err, "rpc-error", "try again or pass another --l2-rpc", "cannot read L2 transaction %s", h.Hex())
		}
		sends, err := sendsOf(r)
		if err != nil {
			return nil, err
		}
		mine := map[uint64]bool{}
		for _, l := range r.Logs {
			if len(l.Topics) == 4 && l.Topics[0] == gatewayWithdrawalEvent().ID && l.Topics[1] == addr {
				mine[l.Topics[3].Big().Uint64()] = true
			}
		}
		for _, snd := range sends {
			if snd.w.Destination == req.Address || mine[snd.w.Position] {
				found = append(found, snd)
			}
		}
	}
	if len(found) == 0 {
		return nil, nil
	}
	views := make([]*view, len(found))
	for i, snd := range found {
		views[i] = newView(c.Outbox, outboxABI(), "isSpent", new(big.Int).SetUint64(snd.w.Position))
	}
	if err := runViews(ctx, env.L1, nil, views...); err != nil {
		return nil, err
	}
	// One confirmed assertion answers for every send: those below its
	// send count can be executed now.
	var confirmedSends uint64
	conf, err := s.latestConfirmed(ctx, env, c)
	if err == nil {
		if err := s.sendCount(ctx, env, conf); err == nil {
			confirmedSends = conf.SendCount
		}
	}
	var out []flow.FoundWithdrawal
	for i, snd := range found {
		if spent, _ := views[i].bool(); spent {
			continue
		}
		p := payoutOf(snd.w)
		pos := snd.w.Position
		f := flow.FoundWithdrawal{L2TxHash: snd.txHash, Index: snd.index, L2Block: snd.l2Block, Hash: snd.w.SendHash, Position: &pos,
			Recipient: p.recipient, Amount: p.amount.String(), Token: p.token,
			Stage: escape.StageWaitingState, Detail: "no confirmed assertion covers it yet"}
		f.Ref = (&record.L2Tx{Hash: snd.txHash, Index: snd.index, Count: snd.count}).Ref()
		if pos < confirmedSends {
			f.Stage, f.Detail = escape.StageReadyToFinalize, "confirmed, not executed on the Outbox"
		}
		out = append(out, f)
	}
	return out, nil
}
