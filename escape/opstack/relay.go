package opstack

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/l2escape/escape/bindings/opcurrent"
	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/network"
	"github.com/l2escape/escape/escape/pipeline"
	"github.com/l2escape/escape/escape/ui"
)

// A withdrawal sent through the L2CrossDomainMessenger (every ERC-20
// withdrawal and any bridge message) is a call from the portal to the
// L1CrossDomainMessenger's relayMessage. The portal marks the withdrawal
// finalized whatever that call does; when the messenger's call to the
// target fails (a reverting target, too little gas), the messenger keeps
// the message in failedMessages and anyone may replay it with
// relayMessage, with no value attached.

// L2CrossDomainMessenger is the L2 predeploy that sends messages to L1.
var L2CrossDomainMessenger = common.HexToAddress("0x4200000000000000000000000000000000000007")

// estimationAddress is Constants.ESTIMATION_ADDRESS: a relay whose target
// fails reverts only when tx.origin is this address, so that gas estimates
// from it find the gas the target needs (from anyone else a failed relay
// is a successful transaction that marks the message failed again).
var estimationAddress = common.HexToAddress("0x0000000000000000000000000000000000000001")

var l1MessengerABI = chain.LazyABI(opcurrent.L1CrossDomainMessengerMetaData)

// crossDomainMessage is relayMessage's arguments (message version 1).
type crossDomainMessage struct {
	Nonce       *big.Int
	Sender      common.Address
	Target      common.Address
	Value       *big.Int
	MinGasLimit *big.Int
	Message     []byte
}

// version is the message version, kept in the nonce's top two bytes
// (Encoding.decodeVersionedNonce).
func (m *crossDomainMessage) version() uint64 {
	return new(big.Int).Rsh(m.Nonce, 240).Uint64()
}

var (
	relayV0Args = mustArgs("address", "address", "bytes", "uint256")
	relayV0Sel  = crypto.Keccak256([]byte("relayMessage(address,address,bytes,uint256)"))[:4]
)

// encode is the relayMessage calldata whose keccak is the message's
// versioned hash (Encoding.encodeCrossDomainMessage): version 0 is the
// legacy relayMessage(target, sender, message, nonce), version 1 the
// current one with value and gas limit.
func (m *crossDomainMessage) encode() ([]byte, error) {
	switch m.version() {
	case 0:
		args, err := relayV0Args.Pack(m.Target, m.Sender, m.Message, m.Nonce)
		return append(append([]byte{}, relayV0Sel...), args...), err
	case 1:
		return l1MessengerABI().Pack("relayMessage", m.Nonce, m.Sender, m.Target, m.Value, m.MinGasLimit, m.Message)
	}
	return nil, fmt.Errorf("unknown cross-domain message version %d", m.version())
}

// hash is Hashing.hashCrossDomainMessage: the key of successfulMessages
// and failedMessages.
func (m *crossDomainMessage) hash() (common.Hash, error) {
	enc, err := m.encode()
	if err != nil {
		return common.Hash{}, err
	}
	return crypto.Keccak256Hash(enc), nil
}

// decodeRelayMessage reads a withdrawal's data as the version-1
// relayMessage call the L2CrossDomainMessenger puts there.
func decodeRelayMessage(data []byte) (*crossDomainMessage, error) {
	method := l1MessengerABI().Methods["relayMessage"]
	if len(data) < 4 || !bytes.Equal(data[:4], method.ID) {
		return nil, errors.New("not a relayMessage call")
	}
	vals, err := method.Inputs.Unpack(data[4:])
	if err != nil {
		return nil, err
	}
	return &crossDomainMessage{Nonce: vals[0].(*big.Int), Sender: vals[1].(common.Address), Target: vals[2].(common.Address),
		Value: vals[3].(*big.Int), MinGasLimit: vals[4].(*big.Int), Message: vals[5].([]byte)}, nil
}

func mustArgs(types ...string) abi.Arguments {
	var args abi.Arguments
	for _, t := range types {
		typ, err := abi.NewType(t, "", nil)
		if err != nil {
			panic(err)
		}
		args = append(args, abi.Argument{Type: typ})
	}
	return args
}

// messengerRelay is the relay a finalized withdrawal asked the
// L1CrossDomainMessenger for, and what became of it.
type messengerRelay struct {
	messenger common.Address
	msg       *crossDomainMessage
	hash      common.Hash
	relayed   bool // successfulMessages[hash]
	failed    bool // failedMessages[hash] (and not relayed since)
}

// messengerMessage returns the cross-domain message when the withdrawal is
// one (sent by the L2CrossDomainMessenger to the L1CrossDomainMessenger).
func (v *view) messengerMessage() (*crossDomainMessage, common.Address, bool) {
	w := v.e.OP.Withdrawal
	messenger, ok := v.env.Network.Address(network.L1CrossDomainMessenger)
	if w == nil || !ok || w.Sender != L2CrossDomainMessenger || w.Target != messenger {
		return nil, common.Address{}, false
	}
	m, err := decodeRelayMessage(w.Data)
	if err != nil {
		return nil, common.Address{}, false
	}
	return m, messenger, true
}

// readRelay reads the messenger's record of the message, or nil when the
// withdrawal is not a cross-domain message.
func (v *view) readRelay(ctx context.Context) (*messengerRelay, error) {
	m, messenger, ok := v.messengerMessage()
	if !ok {
		return nil, nil
	}
	h, err := m.hash()
	if err != nil {
		return nil, err
	}
	done := &ethCall{to: messenger, data: pack(l1MessengerABI, "successfulMessages", h)}
	failed := &ethCall{to: messenger, data: pack(l1MessengerABI, "failedMessages", h)}
	if err := batch(ctx, v.env.L1, []*ethCall{done, failed}); err != nil {
		return nil, escape.Wrap(err, "rpc-error", "try again or pass another --l1-rpc", "cannot read the L1CrossDomainMessenger")
	}
	r := &messengerRelay{messenger: messenger, msg: m, hash: h, relayed: done.bool()}
	r.failed = !r.relayed && failed.bool()
	return r, nil
}

// finalized reports a withdrawal the portal has finalized: for a
// cross-domain message, also whether the messenger's relay went through,
// and (next) replays a failed relay.
func (v *view) finalized(ctx context.Context, act bool) error {
	st, e := v.st, v.e
	st.Stage, st.Action = escape.StageFinalized, escape.ActionNone
	st.Happened = "The withdrawal is finalized on L1: the funds were released to " + v.recipient() + "."
	st.Next, st.Do, st.Waits = "", "Nothing. Check the balance on an L1 explorer.", nil
	r, err := v.readRelay(ctx)
	if err != nil || r == nil {
		return err
	}
	st.Facts["crossDomainMessageHash"] = r.hash.Hex()
	switch {
	case r.relayed:
		st.Happened = fmt.Sprintf("The withdrawal is finalized on L1 and the L1CrossDomainMessenger relayed its message to %s.", r.msg.Target.Hex())
	case r.failed && v.c.paused:
		// The messenger refuses relays while the bridge is paused.
		v.relayFailed(r)
		v.pausedByGuardian()
		v.pauseExpiry(ctx)
		if act {
			return escape.Errorf("bridge-paused",
				"nothing was sent. Wait for the guardian to unpause the bridge, then run `escape next "+e.ID+"` again; the failed message stays replayable",
				"the %s bridge is paused: the failed message cannot be replayed until it is unpaused", v.env.Network.Title)
		}
	case r.failed:
		v.relayFailed(r)
		if act {
			return v.relay(ctx, r)
		}
	default:
		// The portal's call into the messenger itself failed: the
		// messenger never saw the message, and the portal cannot replay it.
		st.Happened = "The withdrawal is finalized at the OptimismPortal, but its call to the L1CrossDomainMessenger failed before the messenger recorded the message (neither relayed nor failed there)."
		st.Do = "Nothing can replay it through escape: the L1CrossDomainMessenger has no record of message " + r.hash.Hex() + ". Check the finalization transaction on an L1 explorer."
	}
	return nil
}

func (v *view) relayFailed(r *messengerRelay) {
	st := v.st
	st.Stage, st.Action = escape.StageRelayFailed, escape.ActionRelay
	st.Happened = fmt.Sprintf("The withdrawal is finalized at the OptimismPortal, but the L1CrossDomainMessenger's call to %s failed (a reverting target or too little gas): the messenger holds the message as failed, and the funds have not arrived.", r.msg.Target.Hex())
	st.Next = "Anyone may replay a failed message with enough gas; it stays replayable until it succeeds."
	st.Do = "Run `escape next " + v.e.ID + "` to replay it (relayMessage on the L1CrossDomainMessenger, with the gas the target needs)."
}

// relay replays a failed message. The gas comes from an estimate made as
// Constants.ESTIMATION_ADDRESS, for which a failing target reverts: from
// the user's own address a relay with too little gas would succeed as a
// transaction and only mark the message failed again.
func (v *view) relay(ctx context.Context, r *messengerRelay) error {
	m := r.msg
	input, err := l1MessengerABI().Pack("relayMessage", m.Nonce, m.Sender, m.Target, m.Value, m.MinGasLimit, m.Message)
	if err != nil {
		return err
	}
	gas, err := v.env.L1.EstimateGas(ctx, ethereum.CallMsg{From: estimationAddress, To: &r.messenger, Data: input})
	if err != nil {
		return escape.Wrap(pipeline.SimulationError(err, pipeline.Request{ABIs: allRevertABIs()}), "relay-would-fail",
			"nothing was sent. The target still fails with any gas; it may accept later (for example once it is unpaused): run `escape next "+v.e.ID+"` again then",
			"replaying message %s to %s would fail again", r.hash.Hex(), m.Target.Hex())
	}
	gas += gas / 4
	step := "relay"
	if n := len(v.e.TxsFor("relay")); n > 0 {
		step = fmt.Sprintf("relay-%d", n+1)
	}
	res, err := v.env.Pipeline.Send(ctx, pipeline.Request{Escape: v.e, Step: step, To: r.messenger, ToName: "L1CrossDomainMessenger", Data: input,
		GasLimit: gas, ABIs: []*abi.ABI{l1MessengerABI()},
		Summary: pipeline.Summary{Title: "Replay your failed message on L1",
			Lines: []ui.KV{{Key: "Message", Value: r.hash.Hex()}, {Key: "Target", Value: m.Target.Hex()},
				{Key: "Value", Value: formatETH(m.Value) + " ETH (held by the L1CrossDomainMessenger since the finalization)"},
				{Key: "Gas limit", Value: fmt.Sprintf("%d (what the target needs, estimated as the messenger's estimation address, plus 25%%)", gas)}}}})
	if err != nil || res.DryRun {
		return err
	}
	after, err := v.readRelay(ctx)
	if err != nil {
		return err
	}
	if !after.relayed {
		return escape.Errorf("relay-failed", "the message stays replayable: run `escape next "+v.e.ID+"` again later",
			"the replay was mined but the L1CrossDomainMessenger's call to %s failed again", m.Target.Hex())
	}
	v.st.Stage, v.st.Action = escape.StageFinalized, escape.ActionNone
	v.st.Happened = fmt.Sprintf("The withdrawal is finalized on L1 and the L1CrossDomainMessenger relayed its message to %s (replayed by you).", m.Target.Hex())
	v.st.Next, v.st.Do = "", "Nothing. Check the balance on an L1 explorer."
	return nil
}
