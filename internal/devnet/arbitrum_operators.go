package devnet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Delayed message kinds (nitro-contracts src/libraries/MessageTypes.sol) and
// the L2 message sub-kind of a signed transaction.
const (
	ArbKindL2Message     uint8 = 3
	ArbKindEthDeposit    uint8 = 12
	ArbL2MessageSignedTx byte  = 4
)

// DelayedMessage is one Bridge.MessageDelivered, with its payload from the
// Inbox's InboxMessageDelivered.
type DelayedMessage struct {
	Index           uint64
	BeforeInboxAcc  common.Hash
	Inbox           common.Address
	Kind            uint8
	Sender          common.Address // as recorded: aliased
	MessageDataHash common.Hash
	BaseFeeL1       *big.Int
	Timestamp       uint64
	BlockNumber     uint64 // L1 block of the log (not in the event)
	TxHash          common.Hash
	Data            []byte // nil if the Inbox's event was not found
}

// ForceInclusionArgs are SequencerInbox.forceInclusion's arguments that
// include every delayed message up to and including m.
func (m DelayedMessage) ForceInclusionArgs() []any {
	return []any{new(big.Int).SetUint64(m.Index + 1), m.Kind, [2]uint64{m.BlockNumber, m.Timestamp},
		m.BaseFeeL1, m.Sender, m.MessageDataHash}
}

// DelayedMessages returns the delayed messages with index >= from.
func (d *ArbDevnet) DelayedMessages(ctx context.Context, from uint64) ([]DelayedMessage, error) {
	delivered := d.Art.Bridge.ABI.Events["MessageDelivered"]
	logs, err := d.L1.Client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: u64(d.DeployBlock), Addresses: []common.Address{d.Bridge}, Topics: [][]common.Hash{{delivered.ID}},
	})
	if err != nil {
		return nil, err
	}
	dataEv := d.Art.Inbox.ABI.Events["InboxMessageDelivered"]
	dataLogs, err := d.L1.Client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: u64(d.DeployBlock), Addresses: []common.Address{d.Inbox}, Topics: [][]common.Hash{{dataEv.ID}},
	})
	if err != nil {
		return nil, err
	}
	payload := map[uint64][]byte{}
	for _, l := range dataLogs {
		vals, err := dataEv.Inputs.NonIndexed().Unpack(l.Data)
		if err != nil {
			return nil, err
		}
		payload[l.Topics[1].Big().Uint64()] = vals[0].([]byte)
	}
	var out []DelayedMessage
	for _, l := range logs {
		idx := l.Topics[1].Big().Uint64()
		if idx < from {
			continue
		}
		vals, err := delivered.Inputs.NonIndexed().Unpack(l.Data)
		if err != nil {
			return nil, err
		}
		out = append(out, DelayedMessage{
			Index:           idx,
			BeforeInboxAcc:  l.Topics[2],
			Inbox:           vals[0].(common.Address),
			Kind:            vals[1].(uint8),
			Sender:          vals[2].(common.Address),
			MessageDataHash: vals[3].([32]byte),
			BaseFeeL1:       vals[4].(*big.Int),
			Timestamp:       vals[5].(uint64),
			BlockNumber:     l.BlockNumber,
			TxHash:          l.TxHash,
			Data:            payload[idx],
		})
	}
	return out, nil
}

// MessageFromReceipt returns the delayed message an L1 receipt created
// (e.g. of Inbox.sendL2Message).
func (d *ArbDevnet) MessageFromReceipt(ctx context.Context, r *types.Receipt) (DelayedMessage, error) {
	logs := receiptLogs(r, d.Bridge, d.Art.Bridge.ABI.Events["MessageDelivered"])
	if len(logs) != 1 {
		return DelayedMessage{}, fmt.Errorf("devnet: receipt has %d MessageDelivered logs", len(logs))
	}
	msgs, err := d.DelayedMessages(ctx, logs[0].Topics[1].Big().Uint64())
	if err != nil {
		return DelayedMessage{}, err
	}
	if len(msgs) == 0 {
		return DelayedMessage{}, errors.New("devnet: delayed message not found")
	}
	return msgs[0], nil
}

// TotalDelayedMessagesRead is SequencerInbox.totalDelayedMessagesRead().
func (d *ArbDevnet) TotalDelayedMessagesRead(ctx context.Context) (uint64, error) {
	return d.callUint(ctx, d.Art.SequencerInbox, d.SequencerInbox, "totalDelayedMessagesRead")
}

func (d *ArbDevnet) callUint(ctx context.Context, a *Artifact, to common.Address, method string, args ...any) (uint64, error) {
	out, err := Call(ctx, d.L1.Client, a, to, method, args...)
	if err != nil {
		return 0, err
	}
	switch v := out[0].(type) {
	case *big.Int:
		return v.Uint64(), nil
	case uint64:
		return v, nil
	}
	return 0, fmt.Errorf("devnet: %s.%s returned %T", a.Name, method, out[0])
}

// Sequence plays a working sequencer: every delayed message not yet
// executed runs on the L2 (see executeOnL2: a signed tx the L2 rejects is
// dropped, as ArbOS drops it), then the batch poster records their
// inclusion on L1 with addSequencerL2BatchFromOrigin (the DelayProof
// variant when the inbox is delay-bufferable), so totalDelayedMessagesRead
// moves. It returns what happened to each message.
func (d *ArbDevnet) Sequence(ctx context.Context) ([]L2Execution, error) {
	done, err := d.executeUpTo(ctx, ^uint64(0))
	if err != nil {
		return done, err
	}
	// The batch reads exactly what the L2 executed, even if more messages
	// arrived meanwhile.
	d.mu.Lock()
	executed := d.l2Executed
	d.mu.Unlock()
	read, err := d.TotalDelayedMessagesRead(ctx)
	if err != nil {
		return done, err
	}
	if executed > read {
		if _, err := d.PostBatch(ctx, executed); err != nil {
			return done, err
		}
	}
	return done, nil
}

// ExecuteForceIncluded runs on the L2 the delayed messages that are
// included on L1 (totalDelayedMessagesRead, e.g. after forceInclusion) but
// not yet executed, without posting a batch: what any nitro node does when
// it derives the chain from L1 while the sequencer is down.
func (d *ArbDevnet) ExecuteForceIncluded(ctx context.Context) ([]L2Execution, error) {
	read, err := d.TotalDelayedMessagesRead(ctx)
	if err != nil {
		return nil, err
	}
	return d.executeUpTo(ctx, read)
}

// executeUpTo executes delayed messages with index < limit not yet run.
func (d *ArbDevnet) executeUpTo(ctx context.Context, limit uint64) ([]L2Execution, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	msgs, err := d.DelayedMessages(ctx, d.l2Executed)
	if err != nil {
		return nil, err
	}
	var done []L2Execution
	for _, m := range msgs {
		if m.Index >= limit {
			break
		}
		if m.Index != d.l2Executed {
			return done, fmt.Errorf("devnet: delayed message %d missing", d.l2Executed)
		}
		ex, err := d.executeOnL2(ctx, m)
		if err != nil {
			return done, fmt.Errorf("devnet: executing delayed message %d on L2: %w", m.Index, err)
		}
		done = append(done, ex)
		d.l2Execution = append(d.l2Execution, ex)
		d.l2Executed++
	}
	return done, nil
}

// PostBatch has the batch poster post an empty batch that reads delayed
// messages up to afterDelayedMessagesRead.
func (d *ArbDevnet) PostBatch(ctx context.Context, afterDelayedMessagesRead uint64) (*types.Receipt, error) {
	seq, err := d.callUint(ctx, d.Art.SequencerInbox, d.SequencerInbox, "batchCount")
	if err != nil {
		return nil, err
	}
	read, err := d.TotalDelayedMessagesRead(ctx)
	if err != nil {
		return nil, err
	}
	si := d.Art.SequencerInbox
	args := []any{u64(seq), []byte{}, u64(afterDelayedMessagesRead), common.Address{}, big.NewInt(0), big.NewInt(0)}
	method := arbMethod(si, "addSequencerL2BatchFromOrigin(uint256,bytes,uint256,address,uint256,uint256)")
	if d.Opts.DelayBuffer && afterDelayedMessagesRead > read {
		// The buffer is updated from the first newly read message, proven
		// against the delayed accumulator.
		msgs, err := d.DelayedMessages(ctx, read)
		if err != nil {
			return nil, err
		}
		if len(msgs) == 0 {
			return nil, fmt.Errorf("devnet: delayed message %d not found", read)
		}
		m := msgs[0]
		proof := struct {
			BeforeDelayedAcc [32]byte
			DelayedMessage   struct {
				Kind            uint8
				Sender          common.Address
				BlockNumber     uint64
				Timestamp       uint64
				InboxSeqNum     *big.Int
				BaseFeeL1       *big.Int
				MessageDataHash [32]byte
			}
		}{BeforeDelayedAcc: m.BeforeInboxAcc}
		proof.DelayedMessage.Kind = m.Kind
		proof.DelayedMessage.Sender = m.Sender
		proof.DelayedMessage.BlockNumber = m.BlockNumber
		proof.DelayedMessage.Timestamp = m.Timestamp
		proof.DelayedMessage.InboxSeqNum = u64(m.Index)
		proof.DelayedMessage.BaseFeeL1 = m.BaseFeeL1
		proof.DelayedMessage.MessageDataHash = m.MessageDataHash
		args = append(args, proof)
		method = "addSequencerL2BatchFromOriginDelayProof"
	}
	r, err := d.BatchPoster.Transact(ctx, si, d.SequencerInbox, nil, method, args...)
	return r, arbDecodeErr(d.Art, err)
}

// ForceInclude has key (nil: dev account ArbThirdPartyKey) call
// SequencerInbox.forceInclusion for the newest delayed message that is
// past its deadline, including it and every one before it. It fails if
// none is eligible or all are already included.
func (d *ArbDevnet) ForceInclude(ctx context.Context, key *ecdsa.PrivateKey) (*types.Receipt, error) {
	read, err := d.TotalDelayedMessagesRead(ctx)
	if err != nil {
		return nil, err
	}
	msgs, err := d.DelayedMessages(ctx, read)
	if err != nil {
		return nil, err
	}
	head, err := d.L1.Client.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	for i := len(msgs) - 1; i >= 0; i-- {
		deadline, err := d.callUint(ctx, d.Art.SequencerInbox, d.SequencerInbox, "forceInclusionDeadline", msgs[i].BlockNumber)
		if err != nil {
			return nil, err
		}
		if deadline < head+1 { // the forceInclusion tx lands in block head+1
			return d.ForceIncludeMessage(ctx, key, msgs[i])
		}
	}
	return nil, fmt.Errorf("devnet: no delayed message past its force-inclusion deadline (%d pending)", len(msgs))
}

// ForceIncludeMessage calls forceInclusion for m from key (nil: ArbThirdPartyKey).
func (d *ArbDevnet) ForceIncludeMessage(ctx context.Context, key *ecdsa.PrivateKey, m DelayedMessage) (*types.Receipt, error) {
	if key == nil {
		key = DevKey(ArbThirdPartyKey)
	}
	s, err := d.SenderFor(ctx, key)
	if err != nil {
		return nil, err
	}
	r, err := s.Transact(ctx, d.Art.SequencerInbox, d.SequencerInbox, nil, "forceInclusion", m.ForceInclusionArgs()...)
	return r, arbDecodeErr(d.Art, err)
}

// MineL1 mines n L1 blocks.
func (d *ArbDevnet) MineL1(ctx context.Context, n uint64) error { return d.L1.Mine(ctx, n) }

// PauseInbox has the rollup owner pause the Inbox (sendL2Message then
// reverts with "Pausable: paused").
func (d *ArbDevnet) PauseInbox(ctx context.Context) error {
	_, err := d.Owner.Transact(ctx, d.Art.Inbox, d.Inbox, nil, "pause")
	return arbDecodeErr(d.Art, err)
}

// UnpauseInbox undoes PauseInbox.
func (d *ArbDevnet) UnpauseInbox(ctx context.Context) error {
	_, err := d.Owner.Transact(ctx, d.Art.Inbox, d.Inbox, nil, "unpause")
	return arbDecodeErr(d.Art, err)
}

// DepositEth sends Inbox.depositEth() with value from key: the L1 side of a
// deposit, which also funds the Bridge that pays withdrawals out.
func (d *ArbDevnet) DepositEth(ctx context.Context, key *ecdsa.PrivateKey, value *big.Int) (DelayedMessage, error) {
	s, err := d.SenderFor(ctx, key)
	if err != nil {
		return DelayedMessage{}, err
	}
	r, err := s.Transact(ctx, d.Art.Inbox, d.Inbox, value, arbMethod(d.Art.Inbox, "depositEth()"))
	if err != nil {
		return DelayedMessage{}, arbDecodeErr(d.Art, err)
	}
	return d.MessageFromReceipt(ctx, r)
}

// SendL2Message sends Inbox.sendL2Message(0x04 || signedTx) from key.
func (d *ArbDevnet) SendL2Message(ctx context.Context, key *ecdsa.PrivateKey, signedTx []byte) (DelayedMessage, error) {
	s, err := d.SenderFor(ctx, key)
	if err != nil {
		return DelayedMessage{}, err
	}
	payload := append([]byte{ArbL2MessageSignedTx}, signedTx...)
	r, err := s.Transact(ctx, d.Art.Inbox, d.Inbox, nil, "sendL2Message", payload)
	if err != nil {
		return DelayedMessage{}, arbDecodeErr(d.Art, err)
	}
	return d.MessageFromReceipt(ctx, r)
}

// ABI shapes of the BoLD rollup's structs (Assertion.sol, AssertionState.sol,
// GlobalState.sol), for packing and unpacking.
type (
	ArbGlobalState struct {
		Bytes32Vals [2][32]byte // [L2 block hash, send root]
		U64Vals     [2]uint64   // [inbox position (batch), position in message]
	}
	ArbAssertionState struct {
		GlobalState    ArbGlobalState
		MachineStatus  uint8 // 1 = FINISHED
		EndHistoryRoot [32]byte
	}
	ArbConfigData struct {
		WasmModuleRoot      [32]byte
		RequiredStake       *big.Int
		ChallengeManager    common.Address
		ConfirmPeriodBlocks uint64
		NextInboxPosition   uint64
	}
	ArbBeforeStateData struct {
		PrevPrevAssertionHash [32]byte
		SequencerBatchAcc     [32]byte
		ConfigData            ArbConfigData
	}
	ArbAssertionInputs struct {
		BeforeStateData ArbBeforeStateData
		BeforeState     ArbAssertionState
		AfterState      ArbAssertionState
	}
)

// Legacy (pre-BoLD) rollup shapes (nitro-contracts v1/v2 Node.sol).
type (
	ArbExecutionState struct {
		GlobalState   ArbGlobalState
		MachineStatus uint8
	}
	ArbLegacyAssertion struct {
		BeforeState ArbExecutionState
		AfterState  ArbExecutionState
		NumBlocks   uint64
	}
)

// ArbAssertion is one assertion (BoLD) or node (legacy) of the stand-in
// rollup, as its AssertionCreated / NodeCreated event describes it.
type ArbAssertion struct {
	Hash, ParentHash common.Hash // assertion hashes (BoLD) or node hashes (legacy)
	NodeNum          uint64      // legacy only: the node number
	AfterState       ArbAssertionState
	InboxAcc         common.Hash   // afterInboxBatchAcc
	Config           ArbConfigData // BoLD: what its children's beforeStateData.configData must be; legacy: NextInboxPosition = inboxMaxCount
	CreatedAtBlock   uint64
	// What it asserts about the L2 (zero for genesis).
	L2BlockHash   common.Hash
	L2BlockNumber uint64
	SendRoot      common.Hash
	SendCount     uint64
	Confirmed     bool
}

const machineFinished = 1

func (d *ArbDevnet) createdEvent() abi.Event {
	if d.Opts.LegacyRollup {
		return d.RollupArt.ABI.Events["NodeCreated"]
	}
	return d.RollupArt.ABI.Events["AssertionCreated"]
}

func (d *ArbDevnet) parseCreated(l *types.Log) (*ArbAssertion, error) {
	ev := d.createdEvent()
	vals, err := ev.Inputs.NonIndexed().Unpack(l.Data)
	if err != nil {
		return nil, err
	}
	if d.Opts.LegacyRollup {
		// executionHash, assertion, afterInboxBatchAcc, wasmModuleRoot, inboxMaxCount
		as := *abi.ConvertType(vals[1], new(ArbLegacyAssertion)).(*ArbLegacyAssertion)
		return &ArbAssertion{
			Hash:           l.Topics[3],
			ParentHash:     l.Topics[2],
			NodeNum:        l.Topics[1].Big().Uint64(),
			AfterState:     ArbAssertionState{GlobalState: as.AfterState.GlobalState, MachineStatus: as.AfterState.MachineStatus},
			InboxAcc:       vals[2].([32]byte),
			Config:         ArbConfigData{WasmModuleRoot: vals[3].([32]byte), RequiredStake: new(big.Int), NextInboxPosition: vals[4].(*big.Int).Uint64()},
			CreatedAtBlock: l.BlockNumber,
			L2BlockHash:    as.AfterState.GlobalState.Bytes32Vals[0],
			SendRoot:       as.AfterState.GlobalState.Bytes32Vals[1],
		}, nil
	}
	inputs := *abi.ConvertType(vals[0], new(ArbAssertionInputs)).(*ArbAssertionInputs)
	return &ArbAssertion{
		Hash:       l.Topics[1],
		ParentHash: l.Topics[2],
		AfterState: inputs.AfterState,
		InboxAcc:   vals[1].([32]byte),
		Config: ArbConfigData{
			WasmModuleRoot:      vals[3].([32]byte),
			RequiredStake:       vals[4].(*big.Int),
			ChallengeManager:    vals[5].(common.Address),
			ConfirmPeriodBlocks: vals[6].(uint64),
			NextInboxPosition:   vals[2].(*big.Int).Uint64(),
		},
		CreatedAtBlock: l.BlockNumber,
		L2BlockHash:    inputs.AfterState.GlobalState.Bytes32Vals[0],
		SendRoot:       inputs.AfterState.GlobalState.Bytes32Vals[1],
	}, nil
}

func (d *ArbDevnet) loadGenesisAssertion(ctx context.Context) error {
	logs, err := d.L1.Client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: u64(d.DeployBlock), Addresses: []common.Address{d.Rollup}, Topics: [][]common.Hash{{d.createdEvent().ID}},
	})
	if err != nil {
		return err
	}
	if len(logs) != 1 {
		return fmt.Errorf("devnet: %d genesis creation logs", len(logs))
	}
	g, err := d.parseCreated(&logs[0])
	if err != nil {
		return err
	}
	g.Confirmed = true
	d.assertions = []*ArbAssertion{g}
	return nil
}

// Assertions returns the rollup's assertions (nodes) so far, genesis first.
func (d *ArbDevnet) Assertions() []*ArbAssertion {
	d.mu.Lock()
	defer d.mu.Unlock()
	out := make([]*ArbAssertion, len(d.assertions))
	for i, a := range d.assertions {
		c := *a
		out[i] = &c
	}
	return out
}

// Assert has the validator create an assertion (legacy: a node) on top of
// the newest one, claiming the L2 head: its block hash and ArbSys's send
// root there, and the current batch count as inbox position.
func (d *ArbDevnet) Assert(ctx context.Context) (*ArbAssertion, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	head, err := d.L2.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	size, root, _, err := d.SendMerkleTreeState(ctx, head.Number)
	if err != nil {
		return nil, err
	}
	batches, err := d.callUint(ctx, d.Art.Bridge, d.Bridge, "sequencerMessageCount")
	if err != nil {
		return nil, err
	}
	parent := d.assertions[len(d.assertions)-1]
	after := ArbAssertionState{
		GlobalState:   ArbGlobalState{Bytes32Vals: [2][32]byte{head.Hash(), root}, U64Vals: [2]uint64{batches, 0}},
		MachineStatus: machineFinished,
	}
	var r *types.Receipt
	if d.Opts.LegacyRollup {
		exec := func(s ArbAssertionState) ArbExecutionState {
			return ArbExecutionState{GlobalState: s.GlobalState, MachineStatus: s.MachineStatus}
		}
		as := ArbLegacyAssertion{BeforeState: exec(parent.AfterState), AfterState: exec(after), NumBlocks: 1}
		r, err = d.Validator.Transact(ctx, d.RollupArt, d.Rollup, nil, "stakeOnNewNode", as, common.Hash{}, u64(parent.Config.NextInboxPosition))
	} else {
		inputs := ArbAssertionInputs{
			BeforeStateData: ArbBeforeStateData{
				PrevPrevAssertionHash: parent.ParentHash,
				SequencerBatchAcc:     parent.InboxAcc,
				ConfigData:            parent.Config,
			},
			BeforeState: parent.AfterState,
			AfterState:  after,
		}
		r, err = d.Validator.Transact(ctx, d.RollupArt, d.Rollup, nil, "stakeOnNewAssertion", inputs, common.Hash{})
	}
	if err != nil {
		return nil, arbDecodeErr(d.Art, err)
	}
	logs := receiptLogs(r, d.Rollup, d.createdEvent())
	if len(logs) != 1 {
		return nil, errors.New("devnet: no AssertionCreated/NodeCreated in the receipt")
	}
	a, err := d.parseCreated(logs[0])
	if err != nil {
		return nil, err
	}
	a.L2BlockNumber, a.SendCount = head.Number.Uint64(), size
	d.assertions = append(d.assertions, a)
	c := *a
	return &c, nil
}

// Confirm confirms every pending assertion (node) in order, mining L1
// blocks until each one's confirm period has passed. Each confirmation
// makes the rollup call the real Outbox.updateSendRoot(sendRoot, l2BlockHash).
func (d *ArbDevnet) Confirm(ctx context.Context) ([]*ArbAssertion, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	var done []*ArbAssertion
	for i := 1; i < len(d.assertions); i++ {
		a, parent := d.assertions[i], d.assertions[i-1]
		if a.Confirmed {
			continue
		}
		headNum, err := d.L1.Client.BlockNumber(ctx)
		if err != nil {
			return done, err
		}
		period := parent.Config.ConfirmPeriodBlocks // BoLD: the parent's config decides
		if d.Opts.LegacyRollup {
			period = d.Opts.ConfirmPeriodBlocks
		}
		if need := a.CreatedAtBlock + period; headNum+1 < need {
			if err := d.L1.Mine(ctx, need-headNum-1); err != nil {
				return done, err
			}
		}
		if d.Opts.LegacyRollup {
			_, err = d.Validator.Transact(ctx, d.RollupArt, d.Rollup, nil, "confirmNextNode", a.L2BlockHash, a.SendRoot)
		} else {
			_, err = d.Validator.Transact(ctx, d.RollupArt, d.Rollup, nil, "confirmAssertion",
				a.Hash, a.ParentHash, a.AfterState, common.Hash{}, parent.Config, a.InboxAcc)
		}
		if err != nil {
			return done, arbDecodeErr(d.Art, err)
		}
		a.Confirmed = true
		c := *a
		done = append(done, &c)
	}
	return done, nil
}

// AssertAndConfirm is Assert followed by Confirm.
func (d *ArbDevnet) AssertAndConfirm(ctx context.Context) (*ArbAssertion, error) {
	a, err := d.Assert(ctx)
	if err != nil {
		return nil, err
	}
	if _, err := d.Confirm(ctx); err != nil {
		return nil, err
	}
	a.Confirmed = true
	return a, nil
}

// SetValidatorWhitelistDisabled has the rollup owner lift (true) or restore
// the validator allow-list, as RollupAdminLogic.setValidatorWhitelistDisabled:
// with it lifted, anyone may confirm assertions (and, BoLD, post them with a
// stake).
func (d *ArbDevnet) SetValidatorWhitelistDisabled(ctx context.Context, disabled bool) error {
	_, err := d.Owner.Transact(ctx, d.RollupArt, d.Rollup, nil, "setValidatorWhitelistDisabled", disabled)
	return arbDecodeErr(d.Art, err)
}

// PauseRollup and ResumeRollup have the owner pause the rollup (confirming
// then reverts with "Pausable: paused").
func (d *ArbDevnet) PauseRollup(ctx context.Context) error {
	_, err := d.Owner.Transact(ctx, d.RollupArt, d.Rollup, nil, "pause")
	return arbDecodeErr(d.Art, err)
}

func (d *ArbDevnet) ResumeRollup(ctx context.Context) error {
	_, err := d.Owner.Transact(ctx, d.RollupArt, d.Rollup, nil, "resume")
	return arbDecodeErr(d.Art, err)
}

// MarkConfirmed tells the harness that assertions (nodes) up to and
// including hash were confirmed by someone else (e.g. escape), so Confirm
// does not try them again.
func (d *ArbDevnet) MarkConfirmed(hash common.Hash) {
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, a := range d.assertions {
		a.Confirmed = true
		if a.Hash == hash {
			return
		}
	}
}

// AssertRival has the validator create a second child of the newest
// assertion's parent (BoLD only): the same L2 block, a different send root.
// On the real rollup a second child starts a challenge; the rival is not
// kept in Assertions() (the harness never confirms it).
func (d *ArbDevnet) AssertRival(ctx context.Context) (*ArbAssertion, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.Opts.LegacyRollup || len(d.assertions) < 2 {
		return nil, errors.New("devnet: AssertRival needs a BoLD rollup with an assertion after genesis")
	}
	honest, parent := d.assertions[len(d.assertions)-1], d.assertions[len(d.assertions)-2]
	after := honest.AfterState
	after.GlobalState.Bytes32Vals[1] = common.HexToHash("0xbad5e9d")
	inputs := ArbAssertionInputs{
		BeforeStateData: ArbBeforeStateData{PrevPrevAssertionHash: parent.ParentHash, SequencerBatchAcc: parent.InboxAcc, ConfigData: parent.Config},
		BeforeState:     parent.AfterState,
		AfterState:      after,
	}
	r, err := d.Validator.Transact(ctx, d.RollupArt, d.Rollup, nil, "stakeOnNewAssertion", inputs, common.Hash{})
	if err != nil {
		return nil, arbDecodeErr(d.Art, err)
	}
	logs := receiptLogs(r, d.Rollup, d.createdEvent())
	if len(logs) != 1 {
		return nil, errors.New("devnet: no AssertionCreated in the receipt")
	}
	return d.parseCreated(logs[0])
}
