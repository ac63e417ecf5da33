package devnet

import (
	"context"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/l2escape/escape/escape/network"
)

var arbOneEther = big.NewInt(1e18)

func arbEther(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), arbOneEther) }

// withdrawCalldata is ArbSys.withdrawEth(dest).
func arbWithdrawCalldata(t *testing.T, d *ArbDevnet, dest common.Address) []byte {
	t.Helper()
	data, err := d.Art.ArbSys.ABI.Pack("withdrawEth", dest)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// The whole escape path, with raw calls to the real contracts: a signed L2
// withdrawal goes in through Inbox.sendL2Message, is force-included after
// the delay, runs on the L2, is asserted and confirmed, and the real Outbox
// pays it out on L1 against a proof built from the L2 events.
func TestArbitrumForceInclusionWithdrawal(t *testing.T) {
	for name, opts := range map[string]ArbOptions{
		"no-delay-buffer":      {},
		"delay-buffer":         {DelayBuffer: true, BufferMax: 60, BufferThreshold: 10},
		"legacy-rollup-buffer": {DelayBuffer: true, LegacyRollup: true},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			opts.DelayBlocks = 30
			testForceInclusionWithdrawal(t, opts)
		})
	}
}

func testForceInclusionWithdrawal(t *testing.T, opts ArbOptions) {
	ctx := context.Background()
	start := time.Now()
	buffer := opts.DelayBuffer
	d := NewArbDevnetT(t, opts)
	t.Logf("L1 + bridge set + L2 up in %s", time.Since(start).Round(time.Millisecond))
	defer func() { t.Logf("whole flow %s", time.Since(start).Round(time.Millisecond)) }()
	art := d.Art

	isBuffered, err := Call(ctx, d.L1.Client, art.SequencerInbox, d.SequencerInbox, "isDelayBufferable")
	if err != nil {
		t.Fatal(err)
	}
	if isBuffered[0].(bool) != buffer {
		t.Fatalf("isDelayBufferable = %v, want %v", isBuffered[0], buffer)
	}
	// How the SDK tells BoLD from legacy: extraChallengeTimeBlocks() exists only on legacy.
	if _, err := Call(ctx, d.L1.Client, art.LegacyRollup, d.Rollup, "extraChallengeTimeBlocks"); (err == nil) != opts.LegacyRollup {
		t.Fatalf("extraChallengeTimeBlocks(): %v (legacy %v)", err, opts.LegacyRollup)
	}
	if got, _ := d.callUint(ctx, d.RollupArt, d.Rollup, "confirmPeriodBlocks"); got != d.Opts.ConfirmPeriodBlocks {
		t.Fatalf("confirmPeriodBlocks = %d", got)
	}
	rollupOfBridge, err := Call(ctx, d.L1.Client, art.Bridge, d.Bridge, "rollup")
	if err != nil || rollupOfBridge[0].(common.Address) != d.Rollup {
		t.Fatalf("Bridge.rollup() = %v, %v", rollupOfBridge, err)
	}

	// Someone's deposit gives the Bridge the ETH that withdrawals pay out.
	funder, err := d.SenderFor(ctx, DevKey(1))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := funder.Transact(ctx, art.Inbox, d.Inbox, arbEther(5), arbMethod(art.Inbox, "depositEth()")); err != nil {
		t.Fatal(err)
	}

	// The user signs an L2 withdrawal of 1 ETH to dest and sends it through L1.
	userKey, dest := DevKey(2), common.HexToAddress("0x00000000000000000000000000000000000d0e57")
	raw, l2Hash, err := d.SignL2Tx(ctx, userKey, ArbSysAddress, arbOneEther, arbWithdrawCalldata(t, d, dest), L2TxOpts{})
	if err != nil {
		t.Fatal(err)
	}
	user, err := d.SenderFor(ctx, userKey)
	if err != nil {
		t.Fatal(err)
	}
	r, err := user.Transact(ctx, art.Inbox, d.Inbox, nil, "sendL2Message", append([]byte{4}, raw...))
	if err != nil {
		t.Fatal(err)
	}
	delivered := receiptLogs(r, d.Bridge, art.Bridge.ABI.Events["MessageDelivered"])
	if len(delivered) != 1 {
		t.Fatalf("%d MessageDelivered logs", len(delivered))
	}
	ev, err := art.Bridge.ABI.Events["MessageDelivered"].Inputs.NonIndexed().Unpack(delivered[0].Data)
	if err != nil {
		t.Fatal(err)
	}
	index := delivered[0].Topics[1].Big()
	if index.Uint64() != 1 {
		t.Fatalf("message index %d, want 1 (after the deposit)", index)
	}
	args := []any{new(big.Int).Add(index, big.NewInt(1)), ev[1].(uint8), [2]uint64{r.BlockNumber.Uint64(), ev[5].(uint64)},
		ev[4].(*big.Int), ev[2].(common.Address), common.Hash(ev[3].([32]byte))}
	if ev[1].(uint8) != 3 || ev[3].([32]byte) != crypto.Keccak256Hash(append([]byte{4}, raw...)) {
		t.Fatalf("unexpected MessageDelivered %v", ev)
	}

	// Too early: the real SequencerInbox refuses.
	if _, err := user.Transact(ctx, art.SequencerInbox, d.SequencerInbox, nil, "forceInclusion", args...); err == nil ||
		ArbRevertName(art, err) != "ForceIncludeBlockTooSoon" {
		t.Fatalf("early forceInclusion: %v (%s)", err, ArbRevertName(art, err))
	}
	deadline, err := d.callUint(ctx, art.SequencerInbox, d.SequencerInbox, "forceInclusionDeadline", r.BlockNumber.Uint64())
	if err != nil {
		t.Fatal(err)
	}
	head, _ := d.L1.Client.BlockNumber(ctx)
	if err := d.MineL1(ctx, deadline-head); err != nil { // the next block is deadline+1
		t.Fatal(err)
	}
	if _, err := user.Transact(ctx, art.SequencerInbox, d.SequencerInbox, nil, "forceInclusion", args...); err != nil {
		t.Fatalf("forceInclusion: %v (%s)", err, ArbRevertName(art, err))
	}
	if read, _ := d.TotalDelayedMessagesRead(ctx); read != 2 {
		t.Fatalf("totalDelayedMessagesRead = %d, want 2", read)
	}

	// A node derives the forced messages: the deposit and the withdrawal run on L2.
	execs, err := d.ExecuteForceIncluded(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(execs) != 2 || execs[1].Dropped || execs[1].TxHash != l2Hash || execs[1].Receipt == nil || execs[1].Receipt.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("L2 executions: %+v", execs)
	}
	var w *L2ToL1Tx
	for _, l := range execs[1].Receipt.Logs {
		if x, err := d.ParseL2ToL1Tx(l); err == nil {
			w = x
		}
	}
	if w == nil || w.Destination != dest || w.CallValue.Cmp(arbOneEther) != 0 || w.Caller != crypto.PubkeyToAddress(userKey.PublicKey) {
		t.Fatalf("L2ToL1Tx = %+v", w)
	}
	if w.EthBlockNum.Uint64() != r.BlockNumber.Uint64() {
		t.Fatalf("L2ToL1Tx ethBlockNum %d, want the message's L1 block %d", w.EthBlockNum, r.BlockNumber)
	}

	// The validator asserts the L2 head and confirms it; the Outbox learns the root.
	a, err := d.AssertAndConfirm(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if a.SendCount != 1 {
		t.Fatalf("assertion send count %d", a.SendCount)
	}
	blockHash, err := Call(ctx, d.L1.Client, art.Outbox, d.Outbox, "roots", a.SendRoot)
	if err != nil || common.Hash(blockHash[0].([32]byte)) != a.L2BlockHash {
		t.Fatalf("Outbox.roots(sendRoot) = %v, %v; want %s", blockHash, err, a.L2BlockHash)
	}
	latest, err := Call(ctx, d.L1.Client, d.RollupArt, d.Rollup, "latestConfirmed")
	if opts.LegacyRollup {
		if err != nil || latest[0].(uint64) != a.NodeNum || a.NodeNum != 1 {
			t.Fatalf("latestConfirmed = %v, %v; node %d", latest, err, a.NodeNum)
		}
		node, err := Call(ctx, d.L1.Client, d.RollupArt, d.Rollup, "getNode", a.NodeNum)
		if err != nil {
			t.Fatal(err)
		}
		if created := node[0].(struct {
			StateHash                   [32]byte `json:"stateHash"`
			ChallengeHash               [32]byte `json:"challengeHash"`
			ConfirmData                 [32]byte `json:"confirmData"`
			PrevNum                     uint64   `json:"prevNum"`
			DeadlineBlock               uint64   `json:"deadlineBlock"`
			NoChildConfirmedBeforeBlock uint64   `json:"noChildConfirmedBeforeBlock"`
			StakerCount                 uint64   `json:"stakerCount"`
			ChildStakerCount            uint64   `json:"childStakerCount"`
			FirstChildBlock             uint64   `json:"firstChildBlock"`
			LatestChildNumber           uint64   `json:"latestChildNumber"`
			CreatedAtBlock              uint64   `json:"createdAtBlock"`
			NodeHash                    [32]byte `json:"nodeHash"`
		}); created.CreatedAtBlock != a.CreatedAtBlock || common.Hash(created.NodeHash) != a.Hash {
			t.Fatalf("getNode = %+v, assertion %+v", created, a)
		}
	} else {
		if err != nil || common.Hash(latest[0].([32]byte)) != a.Hash {
			t.Fatalf("latestConfirmed = %v, %v", latest, err)
		}
		node, err := Call(ctx, d.L1.Client, d.RollupArt, d.Rollup, "getAssertionCreationBlockForLogLookup", a.Hash)
		if err != nil || node[0].(*big.Int).Uint64() != a.CreatedAtBlock {
			t.Fatalf("getAssertionCreationBlockForLogLookup = %v, %v", node, err)
		}
	}

	// Proof from the L2 events; the NodeInterface stand-in must agree.
	sends, err := d.L2ToL1Txs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	hashes := make([]common.Hash, len(sends))
	for i, s := range sends {
		hashes[i] = s.Hash
	}
	root, proof, err := OutboxProofFromSends(hashes, a.SendCount, w.Position)
	if err != nil {
		t.Fatal(err)
	}
	if root != a.SendRoot {
		t.Fatalf("root from events %s, asserted %s", root, a.SendRoot)
	}
	send, niRoot, niProof, err := d.ConstructOutboxProof(ctx, a.SendCount, w.Position)
	if err != nil || send != w.Hash || niRoot != root || len(niProof) != len(proof) {
		t.Fatalf("constructOutboxProof = %s %s %v, %v", send, niRoot, niProof, err)
	}

	before, _ := d.L1.Client.BalanceAt(ctx, dest, nil)
	execArgs := []any{proof, new(big.Int).SetUint64(w.Position), w.Caller, w.Destination, w.ArbBlockNum, w.EthBlockNum, w.Timestamp, w.CallValue, w.Data}
	if _, err := funder.Transact(ctx, art.Outbox, d.Outbox, nil, "executeTransaction", execArgs...); err != nil {
		t.Fatalf("executeTransaction: %v (%s)", err, ArbRevertName(art, err))
	}
	after, _ := d.L1.Client.BalanceAt(ctx, dest, nil)
	if new(big.Int).Sub(after, before).Cmp(arbOneEther) != 0 {
		t.Fatalf("dest received %s wei, want 1 ETH", new(big.Int).Sub(after, before))
	}
	if _, err := funder.Transact(ctx, art.Outbox, d.Outbox, nil, "executeTransaction", execArgs...); ArbRevertName(art, err) != "AlreadySpent" {
		t.Fatalf("second executeTransaction: %v (%s)", err, ArbRevertName(art, err))
	}
}

// The harness's sequencer: it executes delayed messages, drops the signed
// transactions the L2 would reject (no receipt), and records the inclusion
// on L1 with a batch (a delay proof when the inbox is delay-bufferable).
// Then a third party's force inclusion and the user's own, which finds the
// message already included.
func TestArbitrumSequencerAndThirdPartyForceInclusion(t *testing.T) {
	for _, buffer := range []bool{false, true} {
		name := "no-delay-buffer"
		if buffer {
			name = "delay-buffer"
		}
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			d := NewArbDevnetT(t, ArbOptions{DelayBuffer: buffer})
			userKey := DevKey(2)
			userL2Nonce, err := d.L2.Client.NonceAt(ctx, crypto.PubkeyToAddress(userKey.PublicKey), nil)
			if err != nil {
				t.Fatal(err)
			}
			dest := common.HexToAddress("0x00000000000000000000000000000000000d0e58")
			wrongNonce := userL2Nonce + 5
			badRaw, badHash, err := d.SignL2Tx(ctx, userKey, ArbSysAddress, big.NewInt(7), arbWithdrawCalldata(t, d, dest), L2TxOpts{Nonce: &wrongNonce})
			if err != nil {
				t.Fatal(err)
			}
			lowFeeRaw, _, err := d.SignL2Tx(ctx, userKey, ArbSysAddress, big.NewInt(8), arbWithdrawCalldata(t, d, dest), L2TxOpts{GasFeeCap: big.NewInt(1)})
			if err != nil {
				t.Fatal(err)
			}
			goodRaw, goodHash, err := d.SignL2Tx(ctx, userKey, ArbSysAddress, big.NewInt(9), arbWithdrawCalldata(t, d, dest), L2TxOpts{})
			if err != nil {
				t.Fatal(err)
			}
			for _, raw := range [][]byte{badRaw, lowFeeRaw, goodRaw} {
				if _, err := d.SendL2Message(ctx, userKey, raw); err != nil {
					t.Fatal(err)
				}
			}
			execs, err := d.Sequence(ctx)
			if err != nil {
				t.Fatal(err)
			}
			for _, ex := range execs {
				t.Logf("delayed message %d: dropped=%v %s", ex.Message.Index, ex.Dropped, ex.Reason)
			}
			if len(execs) != 3 || !execs[0].Dropped || !execs[1].Dropped || execs[2].Dropped || execs[2].Receipt == nil {
				t.Fatalf("executions: %+v", execs)
			}
			if _, err := d.L2.Client.TransactionReceipt(ctx, badHash); err == nil {
				t.Fatal("the wrong-nonce transaction has a receipt")
			}
			if r, err := d.L2.Client.TransactionReceipt(ctx, goodHash); err != nil || r.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("good transaction: %v %v", r, err)
			}
			if read, _ := d.TotalDelayedMessagesRead(ctx); read != 3 {
				t.Fatalf("totalDelayedMessagesRead = %d after Sequence, want 3", read)
			}
			if batches, _ := d.callUint(ctx, d.Art.Bridge, d.Bridge, "sequencerMessageCount"); batches != 1 {
				t.Fatalf("%d batches, want 1", batches)
			}

			// Sequencer down from here. A new message, force-included by a third party.
			raw, _, err := d.SignL2Tx(ctx, userKey, ArbSysAddress, big.NewInt(10), arbWithdrawCalldata(t, d, dest), L2TxOpts{})
			if err != nil {
				t.Fatal(err)
			}
			m, err := d.SendL2Message(ctx, userKey, raw)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := d.ForceInclude(ctx, nil); err == nil {
				t.Fatal("ForceInclude before the deadline succeeded")
			}
			if err := d.MineL1(ctx, d.Opts.DelayBlocks+1); err != nil {
				t.Fatal(err)
			}
			if _, err := d.ForceInclude(ctx, nil); err != nil {
				t.Fatal(err)
			}
			user, _ := d.SenderFor(ctx, userKey)
			_, err = user.Transact(ctx, d.Art.SequencerInbox, d.SequencerInbox, nil, "forceInclusion", m.ForceInclusionArgs()...)
			if ArbRevertName(d.Art, err) != "DelayedBackwards" {
				t.Fatalf("user's forceInclusion after the third party's: %v", err)
			}
			execs, err = d.ExecuteForceIncluded(ctx)
			if err != nil || len(execs) != 1 || execs[0].Receipt == nil {
				t.Fatalf("ExecuteForceIncluded: %+v, %v", execs, err)
			}
			if n := len(d.L2Executions()); n != 4 {
				t.Fatalf("%d L2 executions recorded", n)
			}
		})
	}
}

// The ArbSys stand-in's send Merkle accumulator against an independent
// tree: roots for every size, SendMerkleUpdate events for interior nodes,
// NodeInterface proofs for every leaf; then the real Outbox pays out two
// leaves of an unbalanced tree.
func TestArbitrumSendMerkleTree(t *testing.T) {
	ctx := context.Background()
	d := NewArbDevnetT(t, ArbOptions{})
	l2, err := NewSender(ctx, d.L2.Client, DevKey(3))
	if err != nil {
		t.Fatal(err)
	}
	var hashes []common.Hash
	const n = 7
	for i := 0; i < n; i++ {
		dest := common.BigToAddress(big.NewInt(int64(0xd000 + i)))
		r, err := l2.Transact(ctx, d.Art.ArbSys, ArbSysAddress, big.NewInt(int64(1000+i)), "withdrawEth", dest)
		if err != nil {
			t.Fatal(err)
		}
		var w *L2ToL1Tx
		updates := map[uint64]common.Hash{}
		for _, l := range r.Logs {
			if x, err := d.ParseL2ToL1Tx(l); err == nil {
				w = x
			} else if l.Topics[0] == d.Art.ArbSys.ABI.Events["SendMerkleUpdate"].ID {
				pos := l.Topics[3].Big()
				level := new(big.Int).Rsh(pos, 192).Uint64()
				if leaf := new(big.Int).And(pos, new(big.Int).SetUint64(^uint64(0))).Uint64(); leaf != uint64(i) {
					t.Fatalf("SendMerkleUpdate leaf %d in send %d", leaf, i)
				}
				updates[level] = l.Topics[2]
			}
		}
		if w == nil || w.Position != uint64(i) {
			t.Fatalf("send %d: %+v", i, w)
		}
		hashes = append(hashes, w.Hash)
		size := uint64(i + 1)
		// Interior nodes completed by this send: levels 1.. while the leaf count is divisible.
		for level := uint64(1); size%(1<<level) == 0; level++ {
			want := arbSubtreeRoot(hashes[size-(1<<level) : size])
			if updates[level] != want {
				t.Fatalf("size %d level %d: SendMerkleUpdate %s, want %s", size, level, updates[level], want)
			}
			delete(updates, level)
		}
		if len(updates) != 0 {
			t.Fatalf("size %d: unexpected SendMerkleUpdate levels %v", size, updates)
		}
		gotSize, root, _, err := d.SendMerkleTreeState(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		wantRoot, _, err := OutboxProofFromSends(hashes, size, 0)
		if err != nil || gotSize != size || root != wantRoot {
			t.Fatalf("size %d: sendMerkleTreeState (%d, %s), want %s (%v)", size, gotSize, root, wantRoot, err)
		}
		for leaf := uint64(0); leaf < size; leaf++ {
			_, wantProof, _ := OutboxProofFromSends(hashes, size, leaf)
			send, niRoot, proof, err := d.ConstructOutboxProof(ctx, size, leaf)
			if err != nil || send != hashes[leaf] || niRoot != wantRoot || len(proof) != len(wantProof) {
				t.Fatalf("constructOutboxProof(%d, %d) = %s %s %v, %v", size, leaf, send, niRoot, proof, err)
			}
			for j := range proof {
				if proof[j] != wantProof[j] {
					t.Fatalf("constructOutboxProof(%d, %d)[%d] differs", size, leaf, j)
				}
			}
		}
	}

	funder, _ := d.SenderFor(ctx, DevKey(1))
	if _, err := d.DepositEth(ctx, DevKey(1), arbEther(1)); err != nil {
		t.Fatal(err)
	}
	// The real rollup needs a batch before an assertion can move the inbox;
	// the sequencer posts one.
	if _, err := d.Sequence(ctx); err != nil {
		t.Fatal(err)
	}
	a, err := d.AssertAndConfirm(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if a.SendCount != n {
		t.Fatalf("asserted send count %d", a.SendCount)
	}
	sends, err := d.L2ToL1Txs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, leaf := range []uint64{0, 6} {
		w := sends[leaf]
		_, proof, _ := OutboxProofFromSends(hashes, a.SendCount, leaf)
		if _, err := funder.Transact(ctx, d.Art.Outbox, d.Outbox, nil, "executeTransaction", proof, new(big.Int).SetUint64(leaf),
			w.Caller, w.Destination, w.ArbBlockNum, w.EthBlockNum, w.Timestamp, w.CallValue, w.Data); err != nil {
			t.Fatalf("leaf %d: %v (%s)", leaf, err, ArbRevertName(d.Art, err))
		}
		bal, _ := d.L1.Client.BalanceAt(ctx, w.Destination, nil)
		if bal.Cmp(w.CallValue) != 0 {
			t.Fatalf("leaf %d paid %s, want %s", leaf, bal, w.CallValue)
		}
	}
}

// subtreeRoot hashes a full subtree of sends (a power of two).
func arbSubtreeRoot(sends []common.Hash) common.Hash {
	if len(sends) == 1 {
		return crypto.Keccak256Hash(sends[0].Bytes())
	}
	h := len(sends) / 2
	return crypto.Keccak256Hash(arbSubtreeRoot(sends[:h]).Bytes(), arbSubtreeRoot(sends[h:]).Bytes())
}

func TestArbitrumPausedInboxAndNetworkFile(t *testing.T) {
	ctx := context.Background()
	d := NewArbDevnetT(t, ArbOptions{})
	raw, _, err := d.SignL2Tx(ctx, DevKey(2), ArbSysAddress, big.NewInt(1), arbWithdrawCalldata(t, d, DevAddress(2)), L2TxOpts{})
	if err != nil {
		t.Fatal(err)
	}
	if err := d.PauseInbox(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := d.SendL2Message(ctx, DevKey(2), raw); err == nil || !strings.Contains(err.Error(), "paused") {
		t.Fatalf("sendL2Message on a paused inbox: %v", err)
	}
	if err := d.UnpauseInbox(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := d.SendL2Message(ctx, DevKey(2), raw); err != nil {
		t.Fatal(err)
	}

	path := filepath.Join(t.TempDir(), "arb-devnet.json")
	if err := d.WriteNetworkFile(path, "arb-devnet"); err != nil {
		t.Fatal(err)
	}
	parsed, err := network.Lookup(path)
	if err != nil {
		t.Fatal(err)
	}
	if parsed.MustAddress(network.Outbox) != d.Outbox || parsed.L2RPCs[0] != d.L2.URL || parsed.L2ChainID != ArbL2ChainID {
		t.Fatalf("network file: %+v", parsed)
	}
	if v, _ := parsed.ParamValue(network.ParamDelayBlocks); v != d.Opts.DelayBlocks {
		t.Fatalf("delayBlocks %d", v)
	}
}

// The stand-ins must expose exactly the real chains' selectors and event
// topics (values from arbitrum.md, computed from the real signatures), or a
// tool tested here would fail on Arbitrum One.
func TestArbitrumStandinShapes(t *testing.T) {
	art, err := LoadArbArtifacts()
	if err != nil {
		t.Fatal(err)
	}
	events := map[*Artifact]map[string]string{
		art.Rollup: {
			"AssertionCreated":   "0x901c3aee23cf4478825462caaab375c606ab83516060388344f0650340753630",
			"AssertionConfirmed": "0xfc42829b29c259a7370ab56c8f69fce23b5f351a9ce151da453281993ec0090c",
		},
		art.ArbSys: {
			"L2ToL1Tx":         "0x3e7aafa77dbf186b7fd488006beff893744caa3c4f6f299e8a709fa2087374fc",
			"SendMerkleUpdate": "0xe9e13da364699fb5b0496ff5a0fc70760ad5836e93ba96568a4e42b9914a8b95",
		},
	}
	for a, evs := range events {
		for name, topic := range evs {
			if got := a.ABI.Events[name].ID.Hex(); got != topic {
				t.Errorf("%s.%s topic %s, want %s", a.Name, name, got, topic)
			}
		}
	}
	if got := art.LegacyRollup.ABI.Events["NodeConfirmed"].ID.Hex(); !strings.HasPrefix(got, "0x22ef0479") {
		t.Errorf("NodeConfirmed topic %s", got)
	}
	methods := map[*Artifact]map[string]string{
		art.Rollup: {
			"latestConfirmed": "65f7f80d", "getAssertion": "88302884", "confirmPeriodBlocks": "2e7acfa6",
			"getAssertionCreationBlockForLogLookup": "13c56ca7", "bridge": "e78cea92", "outbox": "ce11e6ab", "owner": "8da5cb5b",
		},
		art.LegacyRollup: {
			"latestConfirmed": "65f7f80d", "latestNodeCreated": "7ba9534a", "getNode": "92c8134c",
			"extraChallengeTimeBlocks": "771b2f97", "confirmPeriodBlocks": "2e7acfa6",
		},
		art.ArbSys:        {"withdrawEth": "25e16063", "sendTxToL1": "928c169a"},
		art.NodeInterface: {"constructOutboxProof": "42696350"},
	}
	for a, ms := range methods {
		for name, sel := range ms {
			m, ok := a.ABI.Methods[name]
			if !ok || common.Bytes2Hex(m.ID) != sel {
				t.Errorf("%s.%s selector %x, want %s", a.Name, name, m.ID, sel)
			}
		}
	}
	if _, ok := art.Rollup.ABI.Methods["extraChallengeTimeBlocks"]; ok {
		t.Error("the BoLD stand-in must not answer extraChallengeTimeBlocks()")
	}
}
