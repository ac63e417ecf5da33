package opstack

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/l2escape/escape/bindings/opcurrent"
	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/internal/devnet"
)

// gasHungryTarget reverts when called with less than 500,000 gas, and
// otherwise stores 1 in slot 0: a bridge message that finalizes at the
// portal with the gas the L2 asked for fails at the messenger, and
// succeeds when replayed with enough gas.
//
//	GAS PUSH3 500000 GT PUSH1 0x0f JUMPI   ; gas < 500000 → revert
//	PUSH1 1 PUSH1 0 SSTORE STOP
//	JUMPDEST PUSH1 0 PUSH1 0 REVERT
var gasHungryTarget = hexutil.MustDecode("0x5a6207a12011600f576001600055005b60006000fd")

// A withdrawal through the L2CrossDomainMessenger (a bridge message sent
// by a forced L2 call) finalizes at the real 0.17.3 portal while the
// L1CrossDomainMessenger's call to its target fails: status says
// relay-failed (not finalized), and next replays the relay with the gas
// the target needs; the messenger then records it as relayed.
func TestReplayFailedRelay(t *testing.T) {
	ctx := context.Background()
	d, n := newOPNet(t, devnet.OPOptions{})
	env, _ := testEnv(t, d, n, userKey)
	s := &Stack{}
	target := common.HexToAddress("0x00000000000000000000000000000000000be11f")
	check(t, d.L1.SetCode(ctx, target, gasHungryTarget))
	l2Messenger := mustABI(opcurrent.L2CrossDomainMessengerMetaData.GetAbi())
	data, err := l2Messenger.Pack("sendMessage", target, []byte{}, uint32(50_000))
	check(t, err)
	e, err := s.Send(ctx, env, flow.SendRequest{To: L2CrossDomainMessenger, Value: new(big.Int), Data: data, Gas: 500_000})
	check(t, err)
	// Followed as a withdrawal (the L2 call starts one through the messenger).
	e.Kind, e.Recipient, e.Amount = "withdraw-eth", &target, "0"
	_, err = d.RelayDeposits(ctx)
	check(t, err)
	st, err := s.Status(ctx, env, e)
	mustStage(t, st, err, escape.StageWaitingState)
	if e.OP.Withdrawal.Sender != L2CrossDomainMessenger || e.OP.Withdrawal.Target != d.L1CrossDomainMessenger {
		t.Fatalf("withdrawal %+v is not a messenger message", e.OP.Withdrawal)
	}
	game, _, err := d.ProposeGame(ctx, l2Head(t, d))
	check(t, err)
	check(t, d.L1.Mine(ctx, 1))
	st, err = s.Next(ctx, env, e)
	if st == nil || st.Stage != escape.StageWaitingFinalize {
		t.Fatalf("prove: %+v %v", st, err)
	}
	check(t, d.ResolveGame(ctx, game, true))
	check(t, d.Warp(ctx, waits(d)))
	st, err = s.Next(ctx, env, e)
	mustStage(t, st, err, escape.StageRelayFailed)
	if st.Action != escape.ActionRelay || st.Facts["crossDomainMessageHash"] == "" {
		t.Fatalf("after finalize: action %q facts %v", st.Action, st.Facts)
	}
	// The hash escape computed is the one the messenger keys the failure by.
	h := common.HexToHash(st.Facts["crossDomainMessageHash"])
	failed, err := d.L1.Client.CallContract(ctx, ethereum.CallMsg{To: &d.L1CrossDomainMessenger, Data: sel("failedMessages(bytes32)", h.Bytes())}, nil)
	check(t, err)
	if new(big.Int).SetBytes(failed).Sign() == 0 {
		t.Fatalf("the messenger has no failed message %s", h.Hex())
	}
	st, err = s.Status(ctx, env, e)
	mustStage(t, st, err, escape.StageRelayFailed)

	// While the bridge is paused the messenger refuses relays: nothing is sent.
	check(t, d.Pause(ctx))
	nonce := l1Nonce(t, d, e.From)
	if _, err = s.Next(ctx, env, e); escape.CodeOf(err) != "bridge-paused" {
		t.Fatalf("replay while paused: %v", err)
	}
	if l1Nonce(t, d, e.From) != nonce {
		t.Fatal("a replay was sent while the bridge was paused")
	}
	check(t, d.Unpause(ctx))

	st, err = s.Next(ctx, env, e)
	mustStage(t, st, err, escape.StageFinalized)
	stored, err := d.L1.Client.StorageAt(ctx, target, common.Hash{}, nil)
	check(t, err)
	if new(big.Int).SetBytes(stored).Int64() != 1 {
		t.Fatal("the target did not run")
	}
	if len(e.TxsFor("relay")) != 1 {
		t.Fatalf("relay transactions: %d", len(e.TxsFor("relay")))
	}
	st, err = s.Status(ctx, env, e)
	mustStage(t, st, err, escape.StageFinalized)
	if st.Facts["crossDomainMessageHash"] != h.Hex() {
		t.Errorf("facts %v", st.Facts)
	}
}
