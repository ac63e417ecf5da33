package health

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/network"
)

// Chainlink's L1 validators keep no sequencer status on L1: ArbitrumValidator
// and OptimismValidator (smartcontractkit/chainlink
// contracts/src/v0.8/l2ep/{arbitrum,optimism}) hold only immutables and gas
// settings, and forward each status as a cross-chain call
// updateStatus(bool status, uint64 timestamp) to the L2 feed. What L1 does
// keep is that message, in the bridge's own events: the Arbitrum Inbox's
// InboxMessageDelivered (a retryable ticket) and the OP
// L1CrossDomainMessenger's SentMessage. escape finds the validator through
// the L2 feed (l1Sender()), then looks on L1 for a status message the L2 has
// not applied: during an outage that is where the "down" waits.

// PendingStatus is a status Chainlink's L1 validator sent that the feed on
// L2 has not applied (yet).
type PendingStatus struct {
	Down bool `json:"down"`
	// SentAt is the validator's timestamp (its L1 block's time); it becomes
	// the feed's startedAt once applied.
	SentAt time.Time `json:"sentAt"`
	Tx     Point     `json:"tx"`
	// Message is the Arbitrum delayed message index.
	Message *uint64 `json:"delayedMessage,omitempty"`
}

// The bridges' events that carry the validator's message, from the
// bindings' ABIs.
func topicSentMessage() common.Hash           { return l1MessengerABI().Events["SentMessage"].ID }
func topicInboxMessageDelivered() common.Hash { return inboxABI().Events["InboxMessageDelivered"].ID }

var (
	// The L2 feed's updateStatus: Chainlink's contract, no binding.
	selectorUpdateStatus = crypto.Keccak256([]byte("updateStatus(bool,uint64)"))[:4]
	// AddressAliasHelper's offset: the Bridge records an L1 contract
	// sender as this much above its address.
	arbAliasOffset = new(big.Int).SetBytes(common.FromHex("0x1111000000000000000000000000000000001111"))
)

// uptimeL1Blocks bounds the OP search for a pending status message: a day
// of L1 blocks, twice the mainnets' 12-hour sequencing window, after which
// the L2 must have included it.
const uptimeL1Blocks = 7200

// decodeUpdateStatus reads updateStatus(bool,uint64) calldata.
func decodeUpdateStatus(data []byte) (down bool, ts uint64, ok bool) {
	if len(data) < 4+64 || !bytes.Equal(data[:4], selectorUpdateStatus) {
		return false, 0, false
	}
	t := new(big.Int).SetBytes(data[36:68])
	if !t.IsUint64() {
		return false, 0, false
	}
	return new(big.Int).SetBytes(data[4:36]).Sign() != 0, t.Uint64(), true
}

// abiBytesAt reads an ABI "bytes" whose offset is in word i of data.
func abiBytesAt(data []byte, i int) ([]byte, bool) {
	if len(data) < 32*(i+1) {
		return nil, false
	}
	off := new(big.Int).SetBytes(data[32*i : 32*i+32])
	if !off.IsUint64() || off.Uint64()+32 > uint64(len(data)) {
		return nil, false
	}
	o := off.Uint64()
	n := new(big.Int).SetBytes(data[o : o+32])
	if !n.IsUint64() || o+32+n.Uint64() > uint64(len(data)) {
		return nil, false
	}
	return data[o+32 : o+32+n.Uint64()], true
}

// readL1Sender asks the feed behind the proxy which L1 contract may update
// it: Chainlink's validator.
func (c *checker) readL1Sender(ctx context.Context, u *UptimeFeed, block uint64) {
	v := call(u.Aggregator, "l1Sender()")
	if err := run(ctx, c.in.L2, block, v); err != nil {
		return
	}
	if a, ok := v.address(); ok {
		u.L1Sender = a
	}
}

// findPendingStatus looks on L1 for the newest status message from the
// validator to the feed that the feed has not applied: one sent after the
// feed's current round started, saying the opposite.
func (c *checker) findPendingStatus(ctx context.Context, u *UptimeFeed) (*PendingStatus, error) {
	var p *PendingStatus
	var err error
	switch c.in.Network.Stack {
	case escape.StackOP:
		p, err = c.pendingOP(ctx, u)
	case escape.StackArbitrum:
		p, err = c.pendingArbitrum(ctx, u)
	}
	if err != nil || p == nil {
		return nil, err
	}
	if p.Down == !u.Up || !p.SentAt.After(u.Since) {
		return nil, nil // applied, or older than the current round: the feed ignores it
	}
	return p, nil
}

// pendingOP: the validator calls L1CrossDomainMessenger.sendMessage(feed,
// updateStatus(...), gas); SentMessage indexes the target, and carries the
// sender and the message. Deposits are not counted on L1, so "not applied"
// is judged from the feed's round (see findPendingStatus).
func (c *checker) pendingOP(ctx context.Context, u *UptimeFeed) (*PendingStatus, error) {
	messenger, ok := c.in.Network.Address(network.L1CrossDomainMessenger)
	if !ok {
		return nil, nil
	}
	from := uint64(0)
	if c.head > uptimeL1Blocks {
		from = c.head - uptimeL1Blocks
	}
	var found *types.Log
	var down bool
	var ts uint64
	err := c.in.L1.FilterLogsBackward(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(c.head),
		Addresses: []common.Address{messenger},
		Topics:    [][]common.Hash{{topicSentMessage()}, {common.BytesToHash(u.Aggregator.Bytes())}},
	}, chain.DefaultLogRange, func(logs []types.Log) error {
		for i := len(logs) - 1; i >= 0; i-- {
			l := logs[i]
			// data: sender, message (offset), messageNonce, gasLimit
			if len(l.Data) < 32 || common.BytesToAddress(l.Data[:32]) != u.L1Sender {
				continue
			}
			msg, ok := abiBytesAt(l.Data, 1)
			if !ok {
				continue
			}
			if d, t, ok := decodeUpdateStatus(msg); ok {
				found, down, ts = &logs[i], d, t
				return chain.ErrStopScan
			}
		}
		return nil
	})
	if err != nil || found == nil {
		return nil, err
	}
	h := found.TxHash
	return &PendingStatus{Down: down, SentAt: time.Unix(int64(ts), 0).UTC(), Tx: c.point(found.BlockNumber, time.Unix(int64(ts), 0), &h)}, nil
}

// pendingArbitrum: the validator creates a retryable ticket to the feed
// through the Inbox; InboxMessageDelivered carries its data (to, ...,
// calldata) and the Bridge's MessageDelivered the aliased sender. Only the
// delayed messages the sequencer has not read can be pending.
func (c *checker) pendingArbitrum(ctx context.Context, u *UptimeFeed) (*PendingStatus, error) {
	f := c.r.Arbitrum
	if f == nil || f.DelayedWaiting == 0 || f.OldestWaiting == nil {
		return nil, nil
	}
	var found *types.Log
	var down bool
	var ts, index uint64
	err := c.in.L1.FilterLogsBackward(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(f.OldestWaiting.Sent.Block), ToBlock: new(big.Int).SetUint64(c.head),
		Addresses: []common.Address{f.Inbox},
		Topics:    [][]common.Hash{{topicInboxMessageDelivered()}},
	}, chain.DefaultLogRange, func(logs []types.Log) error {
		for i := len(logs) - 1; i >= 0; i-- {
			l := logs[i]
			if len(l.Topics) < 2 || !l.Topics[1].Big().IsUint64() || l.Topics[1].Big().Uint64() < f.DelayedMessagesRead {
				continue
			}
			// data: the message (bytes): to, l2CallValue, value,
			// maxSubmissionCost, two refund addresses, gasLimit,
			// maxFeePerGas, data length, data (packed).
			msg, ok := abiBytesAt(l.Data, 0)
			if !ok || len(msg) < 9*32 || common.BytesToAddress(msg[:32]) != u.Aggregator {
				continue
			}
			if d, t, ok := decodeUpdateStatus(msg[9*32:]); ok {
				found, down, ts, index = &logs[i], d, t, l.Topics[1].Big().Uint64()
				return chain.ErrStopScan
			}
		}
		return nil
	})
	if err != nil || found == nil {
		return nil, err
	}
	// Only the validator's own message counts: the Bridge records the
	// sender aliased.
	sender, err := c.arbMessageSender(ctx, f.Bridge, index, found.BlockNumber)
	if err != nil {
		return nil, err
	}
	if sender != arbAlias(u.L1Sender) {
		return nil, nil
	}
	h := found.TxHash
	return &PendingStatus{Down: down, SentAt: time.Unix(int64(ts), 0).UTC(), Tx: c.point(found.BlockNumber, time.Unix(int64(ts), 0), &h), Message: &index}, nil
}

func (c *checker) arbMessageSender(ctx context.Context, bridge common.Address, index, block uint64) (common.Address, error) {
	logs, err := c.in.L1.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(block), ToBlock: new(big.Int).SetUint64(block),
		Addresses: []common.Address{bridge},
		Topics:    [][]common.Hash{{topicMessageDelivered()}, {common.BigToHash(new(big.Int).SetUint64(index))}},
	})
	if err != nil {
		return common.Address{}, err
	}
	// MessageDelivered's data: inbox, kind, sender, ...
	if len(logs) == 0 || len(logs[0].Data) < 3*32 {
		return common.Address{}, nil
	}
	return common.BytesToAddress(logs[0].Data[2*32 : 3*32]), nil
}

// arbAlias is AddressAliasHelper.applyL1ToL2Alias.
func arbAlias(a common.Address) common.Address {
	n := new(big.Int).Add(new(big.Int).SetBytes(a.Bytes()), arbAliasOffset)
	n.Mod(n, new(big.Int).Lsh(big.NewInt(1), 160))
	return common.BigToAddress(n)
}

func statusWord(down bool) string {
	if down {
		return "down"
	}
	return "up"
}

// pendingText says what the pending message means.
func pendingText(p *PendingStatus) string {
	where := fmt.Sprintf("in L1 block %d", p.Tx.Block)
	if p.Message != nil {
		where = fmt.Sprintf("as delayed message %d (L1 block %d), not yet read by the sequencer", *p.Message, p.Tx.Block)
	}
	return fmt.Sprintf("Chainlink's L1 validator sent \"sequencer %s\" at %s %s; the feed on L2 has not applied it", statusWord(p.Down), p.SentAt.Format("2006-01-02 15:04 UTC"), where)
}
