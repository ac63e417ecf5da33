package health

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/arbitrum/l2fee"
	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/network"
	"github.com/l2escape/escape/escape/ui"
	"github.com/l2escape/escape/escape/units"
)

// ArbFacts is what an Arbitrum health check read on L1.
type ArbFacts struct {
	Bridge         common.Address `json:"bridge"`
	Inbox          common.Address `json:"inbox"`
	SequencerInbox common.Address `json:"sequencerInbox"`
	Rollup         common.Address `json:"rollup,omitempty"` // Bridge.rollup()

	// LastBatch is the newest SequencerBatchDelivered that the sequencer
	// posted (force inclusions do not count); nil if none in the scan.
	LastBatch         *Point  `json:"lastBatch"`
	LastBatchSequence *uint64 `json:"lastBatchSequenceNumber,omitempty"`
	ScannedBlocks     uint64  `json:"scannedBlocks"`
	// LastForceInclusion is the newest forceInclusion newer than LastBatch.
	LastForceInclusion *Point `json:"lastForceInclusion,omitempty"`
	ScannedFrom        Point  `json:"scannedFrom"`
	BatchCount         uint64 `json:"batchCount"`

	// Delayed inbox: messages sent on L1 (deposits, forced transactions)
	// that the sequencer has not yet read.
	DelayedMessageCount uint64          `json:"delayedMessageCount"`
	DelayedMessagesRead uint64          `json:"totalDelayedMessagesRead"`
	DelayedWaiting      uint64          `json:"delayedMessagesWaiting"`
	OldestWaiting       *DelayedMessage `json:"oldestWaiting,omitempty"`

	// Force inclusion rules.
	DelayBlocks     uint64       `json:"delayBlocks"`
	DelaySeconds    uint64       `json:"delaySeconds,omitempty"`
	DelayBufferable bool         `json:"delayBufferable"`
	Buffer          *DelayBuffer `json:"buffer,omitempty"`
	// A message sent in the next L1 block can be force-included from
	// block ForceIncludableFromBlock on (estimated time at 12 s a block).
	ForceIncludableFromBlock uint64    `json:"forceIncludableFromBlock"`
	ForceIncludableFrom      time.Time `json:"forceIncludableFrom"`

	// Assertions.
	LatestConfirmed       *Assertion `json:"latestConfirmed,omitempty"`
	ConfirmPeriodBlocks   uint64     `json:"confirmPeriodBlocks,omitempty"`
	ValidatorsAllowListed *bool      `json:"validatorsAllowListed,omitempty"`
	// NextUnconfirmed is the assertion (node) after the latest confirmed
	// one, if any; PastPeriod when its confirm period is over.
	NextUnconfirmed *PendingAssertion `json:"nextUnconfirmed,omitempty"`

	// ForcedCost is what a forced ETH withdrawal costs now.
	ForcedCost *ForcedCost `json:"forcedCost,omitempty"`

	// Pause and allow lists.
	InboxPaused    bool  `json:"inboxPaused"`
	InboxAllowList bool  `json:"inboxAllowList"`
	RollupPaused   *bool `json:"rollupPaused,omitempty"`
}

// DelayedMessage is the oldest message the sequencer has not read.
type DelayedMessage struct {
	Index uint64 `json:"index"`
	Sent  Point  `json:"sent"`
	// DeadlineBlock is forceInclusionDeadline(sent block): from the block
	// after it, anyone can force the message in.
	DeadlineBlock      uint64 `json:"deadlineBlock"`
	ForceIncludableNow bool   `json:"forceIncludableNow"`
}

// DelayBuffer is SequencerInbox.buffer() (delay-bufferable inboxes, as
// Arbitrum One since BoLD): while the sequencer keeps delayed messages
// waiting past the threshold, the buffer drains and the force-inclusion
// delay shrinks from delayBlocks down to the threshold.
type DelayBuffer struct {
	Blocks                   uint64 `json:"bufferBlocks"`
	Max                      uint64 `json:"max"`
	Threshold                uint64 `json:"threshold"`
	ReplenishRateInBasis     uint64 `json:"replenishRateInBasis"`
	PrevBlockNumber          uint64 `json:"prevBlockNumber"`
	PrevSequencedBlockNumber uint64 `json:"prevSequencedBlockNumber"`
}

// Assertion is the rollup's latest confirmed assertion (BoLD) or node
// (legacy rollups).
type Assertion struct {
	ID        string `json:"id"` // assertion hash, or node number
	Created   Point  `json:"created"`
	Confirmed *Point `json:"confirmed,omitempty"`
}

// PendingAssertion is the first assertion (node) not yet confirmed.
type PendingAssertion struct {
	// ID: legacy node number; BoLD assertions are named by their creation
	// block (the rollup has no getter from parent to child hash).
	ID            string `json:"id"`
	CreatedBlock  uint64 `json:"createdBlock"`
	DeadlineBlock uint64 `json:"deadlineBlock"` // confirmable from this L1 block
	PastPeriod    bool   `json:"pastPeriod"`
}

// Event topics, from the bindings' ABIs: the SequencerInbox's and
// Bridge's (nitro-contracts 3.x, unchanged since 1.x), the BoLD rollup's
// AssertionConfirmed and the legacy rollup's NodeConfirmed.
func topicSequencerBatchDelivered() common.Hash {
	return sequencerInboxABI().Events["SequencerBatchDelivered"].ID
}
func topicMessageDelivered() common.Hash   { return bridgeABI().Events["MessageDelivered"].ID }
func topicAssertionConfirmed() common.Hash { return boldRollupABI().Events["AssertionConfirmed"].ID }
func topicNodeConfirmed() common.Hash      { return legacyRollupABI().Events["NodeConfirmed"].ID }

// BatchDataLocation.NoData (IBridge): a batch of delayed messages only,
// which is what forceInclusion posts.
const dataLocationNoData = 2

// batchDataLocation reads SequencerBatchDelivered's dataLocation: the data
// words are delayedAcc, afterDelayedMessagesRead, timeBounds (4 words),
// dataLocation.
func batchDataLocation(l *types.Log) uint64 {
	if len(l.Data) < 7*32 {
		return 0
	}
	return new(big.Int).SetBytes(l.Data[6*32 : 7*32]).Uint64()
}

// Scan bounds for logs (one eth_getLogs covers up to 10,000 blocks).
const (
	minBatchLogBlocks   = 7200  // a day: the last batch's age is worth knowing beyond the thresholds
	delayedLogBlocks    = 50400 // a week: older unread messages are long force-includable anyway
	confirmedLogBlocks  = 20000
	arbLogChunkMaxRange = chain.DefaultLogRange
)

func (c *checker) checkArbitrum(ctx context.Context) error {
	n := c.in.Network
	l1 := c.in.L1
	f := &ArbFacts{Bridge: n.MustAddress(network.Bridge), Inbox: n.MustAddress(network.Inbox), SequencerInbox: n.MustAddress(network.SequencerInbox)}
	c.r.Arbitrum = f
	br, inbox, si := f.Bridge, f.Inbox, f.SequencerInbox
	failed := func(err error) error { return rpcError(err, "cannot read %s's contracts on L1", n.Title) }

	delayedCount := get(br, bridgeABI, "delayedMessageCount")
	rollupView := get(br, bridgeABI, "rollup")
	read := get(si, sequencerInboxABI, "totalDelayedMessagesRead")
	batchCount := get(si, sequencerInboxABI, "batchCount")
	bufferable := get(si, sequencerInboxABI, "isDelayBufferable")
	buffer := get(si, sequencerInboxABI, "buffer")
	mtv := get(si, sequencerInboxABI, "maxTimeVariation")
	deadlineNow := get(si, sequencerInboxABI, "forceInclusionDeadline", c.head+1)
	inboxPaused := get(inbox, inboxABI, "paused")
	allowList := get(inbox, inboxABI, "allowListEnabled")
	views := []*view{delayedCount, rollupView, read, batchCount, bufferable, buffer, mtv, deadlineNow, inboxPaused, allowList}
	// The rollup the network file names is read in the same round; used
	// only if the Bridge names the same one.
	var rv *rollupViews
	if ro, ok := n.Address(network.Rollup); ok {
		rv = newRollupViews(ro)
		views = append(views, rv.all()...)
	}
	if err := run(ctx, l1, c.head, views...); err != nil {
		return failed(err)
	}
	var ok bool
	if f.DelayedMessageCount, ok = delayedCount.uint(0); !ok {
		return escape.Errorf("verify-failed", "run `escape verify --network "+n.Arg()+"`: the Bridge address may be wrong",
			"Bridge %s did not answer delayedMessageCount(): %v", br.Hex(), delayedCount.err)
	}
	if f.DelayedMessagesRead, ok = read.uint(0); !ok {
		return escape.Errorf("verify-failed", "run `escape verify --network "+n.Arg()+"`: the SequencerInbox address may be wrong",
			"SequencerInbox %s did not answer totalDelayedMessagesRead(): %v", si.Hex(), read.err)
	}
	if f.DelayedMessageCount > f.DelayedMessagesRead {
		f.DelayedWaiting = f.DelayedMessageCount - f.DelayedMessagesRead
	}
	f.BatchCount, _ = batchCount.uint(0)
	f.Rollup, _ = rollupView.address()
	f.DelayBufferable, _ = bufferable.bool()
	if f.DelayBufferable && buffer.ok(6) {
		b := &DelayBuffer{}
		b.Blocks, _ = buffer.uint(0)
		b.Max, _ = buffer.uint(1)
		b.Threshold, _ = buffer.uint(2)
		b.PrevBlockNumber, _ = buffer.uint(3)
		b.ReplenishRateInBasis, _ = buffer.uint(4)
		b.PrevSequencedBlockNumber, _ = buffer.uint(5)
		f.Buffer = b
	}
	if mtv.ok(4) {
		f.DelayBlocks, _ = mtv.uint(0)
		f.DelaySeconds, _ = mtv.uint(2)
	}
	hasDeadlineFn := deadlineNow.ok(1)
	if hasDeadlineFn {
		d, _ := deadlineNow.uint(0)
		f.ForceIncludableFromBlock = d + 1
	} else {
		// Before nitro-contracts v3 there is no forceInclusionDeadline:
		// the delay is maxTimeVariation's (plus delaySeconds, checked too).
		f.ForceIncludableFromBlock = c.head + 1 + f.DelayBlocks + 1
	}
	f.ForceIncludableFrom = c.now.Add(time.Duration(f.ForceIncludableFromBlock-c.head) * l1BlockTime)
	if byTime := c.now.Add(time.Duration(f.DelaySeconds+1) * time.Second); !hasDeadlineFn && byTime.After(f.ForceIncludableFrom) {
		f.ForceIncludableFrom = byTime
	}
	if p, ok := inboxPaused.bool(); ok {
		f.InboxPaused = p
	} else {
		c.note("Inbox.paused() did not answer (%v); the pause state is unknown.", inboxPaused.err)
	}
	f.InboxAllowList, _ = allowList.bool()

	if rv != nil && rv.rollup != f.Rollup {
		rv = nil
	}

	// Then two independent walks at the same time: the rollup (latest
	// confirmed assertion, allow list, pause) and the batches and delayed
	// messages.
	rollup := func(c *checker) error {
		if f.Rollup == (common.Address{}) {
			return nil
		}
		if err := c.readRollup(ctx, f, rv); err != nil {
			return failed(err)
		}
		return nil
	}
	batches := func(c *checker) error { return c.readArbBatches(ctx, f, hasDeadlineFn) }
	if err := c.alongside(rollup, batches); err != nil {
		return err
	}
	f.ForcedCost = c.forcedCost(ctx)
	c.judgeArbitrum(f)
	return nil
}

// readArbBatches finds the sequencer's last batch (and the last force
// inclusion) and the oldest unread delayed message.
func (c *checker) readArbBatches(ctx context.Context, f *ArbFacts, hasDeadlineFn bool) error {
	n, l1, br, si := c.in.Network, c.in.L1, f.Bridge, f.SequencerInbox
	failed := func(err error) error { return rpcError(err, "cannot read %s's contracts on L1", n.Title) }
	window := c.scanWindow()
	span := uint64(window/l1BlockTime)*2 + 64
	if span < minBatchLogBlocks {
		span = minBatchLogBlocks
	}
	from := uint64(0)
	if c.head > span {
		from = c.head - span
	}
	// Force inclusions emit SequencerBatchDelivered too (with no data):
	// they are users forcing their way in, not the sequencer posting, so
	// the walk goes on past them to the sequencer's own newest batch.
	var last, forced *types.Log
	err := l1.FilterLogsBackward(chain.WithPurpose(ctx, "searching the sequencer's newest batch"), ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(c.head),
		Addresses: []common.Address{si}, Topics: [][]common.Hash{{topicSequencerBatchDelivered()}},
	}, arbLogChunkMaxRange, func(logs []types.Log) error {
		for i := len(logs) - 1; i >= 0; i-- {
			l := logs[i]
			if batchDataLocation(&l) == dataLocationNoData {
				if forced == nil {
					forced = &l
				}
				continue
			}
			last = &l
			return chain.ErrStopScan
		}
		return nil
	})
	if err != nil {
		return failed(err)
	}
	f.ScannedBlocks = c.head - from + 1

	// The oldest unread delayed message.
	var delivered *types.Log
	if f.DelayedWaiting > 0 {
		dfrom := uint64(0)
		if c.head > delayedLogBlocks {
			dfrom = c.head - delayedLogBlocks
		}
		delivered, err = l1.LatestLog(chain.WithPurpose(ctx, "searching the oldest unread delayed message"), ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(dfrom), ToBlock: new(big.Int).SetUint64(c.head),
			Addresses: []common.Address{br},
			Topics:    [][]common.Hash{{topicMessageDelivered()}, {common.BigToHash(new(big.Int).SetUint64(f.DelayedMessagesRead))}},
		}, arbLogChunkMaxRange)
		if err != nil {
			return failed(err)
		}
		if delivered == nil {
			c.note("Delayed message %d (the oldest unread) was not found in the last %d L1 blocks; it is older than a week.", f.DelayedMessagesRead, delayedLogBlocks)
		}
	}

	// Block times, in one request.
	var want []uint64
	if last != nil {
		want = append(want, last.BlockNumber)
	} else {
		want = append(want, from)
	}
	if forced != nil {
		want = append(want, forced.BlockNumber)
	}
	times, err := c.blockTimes(ctx, want...)
	if err != nil {
		return failed(err)
	}
	if last != nil {
		h := last.TxHash
		p := c.point(last.BlockNumber, times[last.BlockNumber], &h)
		f.LastBatch = &p
		if len(last.Topics) > 1 {
			if s := last.Topics[1].Big(); s.IsUint64() {
				seq := s.Uint64()
				f.LastBatchSequence = &seq
			}
		}
		// Only the search's lower bound matters when something was found.
		f.ScannedFrom = Point{Block: from}
	} else {
		f.ScannedFrom = c.point(from, times[from], nil)
	}
	if forced != nil {
		h := forced.TxHash
		p := c.point(forced.BlockNumber, times[forced.BlockNumber], &h)
		f.LastForceInclusion = &p
	}

	if delivered != nil {
		m := &DelayedMessage{Index: f.DelayedMessagesRead}
		// MessageDelivered's data: inbox, kind, sender, messageDataHash,
		// baseFeeL1, timestamp (the L1 block's).
		ts := uint64(0)
		if len(delivered.Data) >= 6*32 {
			if t := new(big.Int).SetBytes(delivered.Data[5*32 : 6*32]); t.IsUint64() {
				ts = t.Uint64()
			}
		}
		h := delivered.TxHash
		m.Sent = c.point(delivered.BlockNumber, time.Unix(int64(ts), 0), &h)
		m.DeadlineBlock = delivered.BlockNumber + f.DelayBlocks
		if hasDeadlineFn {
			dl := get(si, sequencerInboxABI, "forceInclusionDeadline", delivered.BlockNumber)
			if err := run(ctx, l1, c.head, dl); err == nil {
				if d, ok := dl.uint(0); ok {
					m.DeadlineBlock = d
				}
			}
		}
		m.ForceIncludableNow = m.DeadlineBlock <= c.head
		if !hasDeadlineFn && f.DelaySeconds > 0 && ts+f.DelaySeconds >= uint64(c.headTm.Unix()) {
			m.ForceIncludableNow = false
		}
		f.OldestWaiting = m
	}
	return nil
}

// rollupViews are the rollup's first round: latest confirmed, allow list,
// pause and confirm period.
type rollupViews struct {
	rollup                             common.Address
	latest, wlDisabled, paused, period *view
}

func newRollupViews(ro common.Address) *rollupViews {
	return &rollupViews{rollup: ro, latest: get(ro, boldRollupABI, "latestConfirmed"), wlDisabled: get(ro, boldRollupABI, "validatorWhitelistDisabled"),
		paused: get(ro, boldRollupABI, "paused"), period: get(ro, boldRollupABI, "confirmPeriodBlocks")}
}

func (v *rollupViews) all() []*view { return []*view{v.latest, v.wlDisabled, v.paused, v.period} }

// readRollup reads the latest confirmed assertion (BoLD) or node (legacy),
// the validator allow list and the pause state.
// rv, if not nil, holds its first round already read.
func (c *checker) readRollup(ctx context.Context, f *ArbFacts, rv *rollupViews) error {
	l1 := c.in.L1
	ro := f.Rollup
	if rv == nil {
		rv = newRollupViews(ro)
		if err := run(ctx, l1, c.head, rv.all()...); err != nil {
			return err
		}
	}
	latest, wlDisabled, paused, period := rv.latest, rv.wlDisabled, rv.paused, rv.period
	if d, ok := wlDisabled.bool(); ok {
		allow := !d
		f.ValidatorsAllowListed = &allow
	}
	if p, ok := paused.bool(); ok {
		f.RollupPaused = &p
	}
	f.ConfirmPeriodBlocks, _ = period.uint(0)
	id, ok := latest.hash(0)
	if !ok {
		c.note("The rollup %s did not answer latestConfirmed() (%v).", ro.Hex(), latest.err)
		return nil
	}
	// BoLD returns the assertion hash; legacy rollups a node number. A
	// hash below 2^64 does not happen by chance.
	legacy := new(big.Int).SetBytes(id[:]).IsUint64()
	var node *view
	a := &Assertion{}
	if legacy {
		num := new(big.Int).SetBytes(id[:]).Uint64()
		a.ID = fmt.Sprint(num)
		node = get(ro, legacyRollupABI, "getNode", num)
	} else {
		a.ID = id.Hex()
		node = get(ro, boldRollupABI, "getAssertion", [32]byte(id))
	}
	if err := run(ctx, l1, c.head, node); err != nil {
		return err
	}
	// Node.createdAtBlock is its 11th field; AssertionNode.createdAtBlock its 3rd.
	field := 2
	if legacy {
		field = 10
	}
	created, ok := node.uint(field)
	if !ok {
		c.note("The rollup did not describe its latest confirmed assertion %s (%v).", a.ID, node.err)
		return nil
	}
	// When it was confirmed: the newest confirmation event for it.
	topic := topicAssertionConfirmed()
	if legacy {
		topic = topicNodeConfirmed()
	}
	cfrom := created
	if c.head > confirmedLogBlocks && c.head-confirmedLogBlocks > cfrom {
		cfrom = c.head - confirmedLogBlocks
	}
	conf, err := l1.LatestLog(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(cfrom), ToBlock: new(big.Int).SetUint64(c.head),
		Addresses: []common.Address{ro}, Topics: [][]common.Hash{{topic}, {id}},
	}, arbLogChunkMaxRange)
	if err != nil {
		return err
	}
	blocks := []uint64{created}
	if conf != nil {
		blocks = append(blocks, conf.BlockNumber)
	}
	times, err := c.blockTimes(ctx, blocks...)
	if err != nil {
		return err
	}
	a.Created = c.point(created, times[created], nil)
	if conf != nil {
		h := conf.TxHash
		p := c.point(conf.BlockNumber, times[conf.BlockNumber], &h)
		a.Confirmed = &p
	}
	f.LatestConfirmed = a
	return c.readNextUnconfirmed(ctx, f, node, legacy)
}

// readNextUnconfirmed finds the assertion after the latest confirmed one:
// BoLD, the latest confirmed's firstChildBlock (its AssertionNode's first
// field) plus the confirm period; legacy, firstUnresolvedNode's
// deadlineBlock (Node's fifth field).
func (c *checker) readNextUnconfirmed(ctx context.Context, f *ArbFacts, latestNode *view, legacy bool) error {
	if !legacy {
		child, ok := latestNode.uint(0)
		if !ok || child == 0 {
			return nil
		}
		p := &PendingAssertion{ID: fmt.Sprintf("the assertion created in L1 block %d", child), CreatedBlock: child, DeadlineBlock: child + f.ConfirmPeriodBlocks}
		p.PastPeriod = c.head >= p.DeadlineBlock
		f.NextUnconfirmed = p
		return nil
	}
	first := get(f.Rollup, legacyRollupABI, "firstUnresolvedNode")
	last := get(f.Rollup, legacyRollupABI, "latestNodeCreated")
	if err := run(ctx, c.in.L1, c.head, first, last); err != nil {
		return err
	}
	num, ok1 := first.uint(0)
	newest, ok2 := last.uint(0)
	if !ok1 || !ok2 || num > newest {
		return nil
	}
	node := get(f.Rollup, legacyRollupABI, "getNode", num)
	if err := run(ctx, c.in.L1, c.head, node); err != nil {
		return err
	}
	deadline, ok1 := node.uint(4)
	created, ok2 := node.uint(10)
	if !ok1 || !ok2 {
		return nil
	}
	f.NextUnconfirmed = &PendingAssertion{ID: fmt.Sprintf("node %d", num), CreatedBlock: created, DeadlineBlock: deadline, PastPeriod: c.head >= deadline}
	return nil
}

// blockTimes reads the timestamps of L1 blocks in one request.
func (c *checker) blockTimes(ctx context.Context, blocks ...uint64) (map[uint64]time.Time, error) {
	type hdr struct {
		Timestamp hexutil.Uint64 `json:"timestamp"`
	}
	out := map[uint64]time.Time{}
	var elems []rpc.BatchElem
	var hs []*hdr
	var nums []uint64
	for _, b := range blocks {
		if _, dup := out[b]; dup {
			continue
		}
		out[b] = time.Time{}
		h := new(hdr)
		hs, nums = append(hs, h), append(nums, b)
		elems = append(elems, rpc.BatchElem{Method: "eth_getBlockByNumber", Args: []any{hexutil.EncodeUint64(b), false}, Result: h})
	}
	if err := c.in.L1.BatchCall(ctx, elems); err != nil {
		return nil, err
	}
	for i, el := range elems {
		if el.Error != nil {
			return nil, fmt.Errorf("L1 block %d: %w", nums[i], el.Error)
		}
		out[nums[i]] = time.Unix(int64(hs[i].Timestamp), 0).UTC()
	}
	return out, nil
}

// ForcedCost prices a forced ETH withdrawal now: the L1 fee of
// sendL2Message at the L1 base fee, and with an L2 RPC the max fee escape
// would sign (l2fee's policy) and the L2 gas it may cost at most.
type ForcedCost struct {
	L1BaseFee string `json:"l1BaseFeeWei"`
	L1Gas     uint64 `json:"l1Gas"`
	L1Fee     string `json:"l1FeeWei"`
	L2BaseFee string `json:"l2BaseFeeWei,omitempty"`
	L2MaxFee  string `json:"l2MaxFeeWei,omitempty"`
	L2Gas     uint64 `json:"l2Gas,omitempty"`
	L2MaxCost string `json:"l2MaxCostWei,omitempty"` // L2Gas × L2MaxFee
	// Text is the sentence for people.
	Text string `json:"text"`
}

// forcedCost prices from the checked L1 head's base fee and, with an L2
// RPC, the L2's (one more L2 read); nil when the L1 head has no base fee.
func (c *checker) forcedCost(ctx context.Context) *ForcedCost {
	l1Base := c.headBaseFee
	if l1Base == nil {
		return nil
	}
	l1Fee := new(big.Int).Mul(l1Base, big.NewInt(l2fee.SendL2MessageGas))
	fc := &ForcedCost{L1BaseFee: l1Base.String(), L1Gas: l2fee.SendL2MessageGas, L1Fee: l1Fee.String()}
	fc.Text = fmt.Sprintf("A forced ETH withdrawal costs now about %s on L1 (sendL2Message, about %d gas at the L1 base fee %s)",
		units.FeeETH(l1Fee), l2fee.SendL2MessageGas, units.FeeGwei(l1Base))
	if c.in.L2 == nil {
		fc.Text += "; its L2 gas is priced with --l2-rpc."
		return fc
	}
	l2h, err := c.in.L2.HeaderByNumber(ctx, nil)
	if err != nil || l2h.BaseFee == nil {
		fc.Text += "."
		return fc
	}
	minimum := big.NewInt(l2fee.DefaultMinBaseFee)
	if v, ok := c.in.Network.ParamValue(l2fee.ParamMinBaseFee); ok && v > 0 {
		minimum.SetUint64(v)
	}
	maxFee := l2fee.MaxFee(l2h.BaseFee, minimum)
	maxCost := new(big.Int).Mul(maxFee, big.NewInt(l2fee.WithdrawEthGas))
	fc.L2BaseFee, fc.L2MaxFee, fc.L2Gas, fc.L2MaxCost = l2h.BaseFee.String(), maxFee.String(), l2fee.WithdrawEthGas, maxCost.String()
	fc.Text += fmt.Sprintf(", plus at most %s of L2 gas (%d gas × the max fee escape signs, %s: the higher of %d × the L2 base fee now, %s, and %d × its minimum, for a rise while the backlog is replayed).",
		units.FeeETHCeil(maxCost), l2fee.WithdrawEthGas, units.Gwei(maxFee), l2fee.CurrentFactor, units.FeeGwei(l2h.BaseFee), l2fee.SpikeFactor)
	return fc
}

func (c *checker) judgeArbitrum(f *ArbFacts) {
	if f.InboxPaused {
		c.reason(BridgePaused, "inbox-paused", "The Inbox is paused: no message, and so no forced transaction, can be sent to the L2 until the rollup owner unpauses it.")
	}
	if f.RollupPaused != nil && *f.RollupPaused {
		c.reason(BridgePaused, "rollup-paused", "The rollup is paused: validators cannot post or confirm assertions, so withdrawals cannot be executed on L1 until it is unpaused.")
	}
	c.judgeBatches(f.LastBatch, f.ScannedFrom, f.ScannedBlocks, "from the sequencer (SequencerBatchDelivered)")

	if m := f.OldestWaiting; m != nil {
		waited := c.age(m.Sent)
		switch {
		case m.ForceIncludableNow:
			c.reason(SequencerDown, "delayed-overdue", fmt.Sprintf("Delayed message %d was sent %s ago (L1 block %d) and the sequencer has not included it: it is past its force-inclusion deadline (block %d), so anyone can force it in now.",
				m.Index, human(waited), m.Sent.Block, m.DeadlineBlock))
		case waited >= c.lim.DelayedDegraded:
			c.reason(Degraded, "delayed-late", fmt.Sprintf("Delayed message %d has waited %s for the sequencer (sent in L1 block %d); it becomes force-includable after block %d.",
				m.Index, human(waited), m.Sent.Block, m.DeadlineBlock))
		}
	}
	if a := f.LatestConfirmed; a != nil {
		// An assertion is confirmed confirmPeriodBlocks after it was
		// created, so the newest confirmed one is at least that old.
		limit := time.Duration(f.ConfirmPeriodBlocks)*l1BlockTime + c.lim.ProposalDegraded
		if age := c.age(a.Created); age > limit {
			c.reason(Degraded, "assertions-stalled", fmt.Sprintf("The latest confirmed assertion was created %s ago (L1 block %d), more than the %d-block confirm period plus %s: withdrawals wait for the validators.",
				human(age), a.Created.Block, f.ConfirmPeriodBlocks, human(c.lim.ProposalDegraded)))
		}
	}
	if p := f.NextUnconfirmed; p != nil && p.PastPeriod && (f.RollupPaused == nil || !*f.RollupPaused) {
		who := "The rollup's validator allow-list is disabled, so anyone may confirm it: `escape next REF` on a withdrawal waiting for it confirms it, then executes the withdrawal."
		if f.ValidatorsAllowListed == nil || *f.ValidatorsAllowListed {
			who = "Only the rollup's allow-listed validators may confirm it (the validator allow-list is on): withdrawals wait for them; `escape status REF` says when yours can be executed."
		}
		c.reason(Degraded, "assertions-unconfirmed", fmt.Sprintf("%s is past its confirm period (since L1 block %d, %d blocks ago) but nobody has confirmed it. %s",
			upperFirst(p.ID), p.DeadlineBlock, c.head-p.DeadlineBlock, who))
	}
	if f.InboxAllowList {
		c.note("The Inbox only accepts allow-listed senders (allowListEnabled): unless your address is on the list, you cannot send a message to force.")
	}
	if f.ValidatorsAllowListed != nil && *f.ValidatorsAllowListed {
		c.note("Validators are allow-listed: only the rollup's permitted validators can post and confirm assertions, so withdrawals depend on them.")
	}

	title := c.r.Title
	switch {
	case f.InboxPaused:
		c.r.Forcing = fmt.Sprintf("Forcing is not possible now: %s's Inbox is paused.", title)
	case f.InboxAllowList:
		c.r.Forcing = fmt.Sprintf("Forcing is possible only for allow-listed senders: %s's Inbox has its allow list on. For them, a message sent now can be force-included from L1 block %d, about %s.",
			title, f.ForceIncludableFromBlock, ui.When(f.ForceIncludableFrom, c.now))
	default:
		c.r.Forcing = fmt.Sprintf("Forcing is possible: a message sent to %s's Inbox now can be force-included from L1 block %d, about %s, if the sequencer has not included it by then.",
			title, f.ForceIncludableFromBlock, ui.When(f.ForceIncludableFrom, c.now))
		if m := f.OldestWaiting; m != nil && m.ForceIncludableNow {
			c.r.Forcing += fmt.Sprintf(" Delayed message %d is past its deadline and can be forced in right now.", m.Index)
		}
	}
	if f.DelayedWaiting > 0 && !f.InboxPaused {
		c.r.Forcing += fmt.Sprintf(" %d delayed message(s) wait for the sequencer now; a new one goes behind them (the L2 runs them in order).", f.DelayedWaiting)
	}
	if f.ForcedCost != nil && !f.InboxPaused {
		c.r.Forcing += " " + f.ForcedCost.Text
	}
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
