package arbitrum

import (
	"encoding/json"
	"math/big"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/internal/devnet"
)

// Outbox items, leaves and Merkle proofs against the withdrawals of
// nitro-contracts' own test fixture test/contract/outbox/withdraw-testcase.json
// (OffchainLabs/nitro-contracts @ 67487333202561b74492d07de62a4f56be28560e,
// file last changed in 916c2d64ed3939d87c30e6a6182b3e795ffffe24; used by
// test/contract/outboxOptimisation.spec.ts, where the real Outbox accepts
// each proof against the root).
func TestOutboxVectorsFromNitroContracts(t *testing.T) {
	raw, err := os.ReadFile("testdata/nitro-contracts-withdraw-testcase.json")
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Cases []struct {
			Proof       []common.Hash  `json:"proof"`
			Root        common.Hash    `json:"root"`
			Index       uint64         `json:"index"`
			L2Sender    common.Address `json:"l2Sender"`
			To          common.Address `json:"to"`
			L2Block     uint64         `json:"l2Block"`
			L1Block     uint64         `json:"l1Block"`
			L2Timestamp uint64         `json:"l2Timestamp"`
			Value       string         `json:"value"`
			Data        string         `json:"data"`
		} `json:"cases"`
	}
	if err := json.Unmarshal(raw, &f); err != nil {
		t.Fatal(err)
	}
	if len(f.Cases) != 3 {
		t.Fatalf("%d cases", len(f.Cases))
	}
	for _, c := range f.Cases {
		v, _ := new(big.Int).SetString(c.Value, 10)
		w := &Withdrawal{Caller: c.L2Sender, Destination: c.To, ArbBlockNum: new(big.Int).SetUint64(c.L2Block),
			EthBlockNum: new(big.Int).SetUint64(c.L1Block), Timestamp: new(big.Int).SetUint64(c.L2Timestamp), CallValue: v, Data: common.FromHex(c.Data)}
		if got := CalculateRoot(c.Proof, c.Index, OutboxLeaf(w.ItemHash())); got != c.Root {
			t.Errorf("case %d: root %s, want %s", c.Index, got.Hex(), c.Root.Hex())
		}
		// A wrong index must not reach the root.
		if got := CalculateRoot(c.Proof, c.Index^1, OutboxLeaf(w.ItemHash())); got == c.Root {
			t.Errorf("case %d: root reached with the wrong index", c.Index)
		}
	}
}

// sendAccumulator replays ArbOS's merkle accumulator (nitro
// arbos/merkleAccumulator): it records the SendMerkleUpdate events it would
// emit, keyed by their position.
type sendAccumulator struct {
	partials []common.Hash
	size     uint64
	events   map[common.Hash]common.Hash // position -> hash
}

func (a *sendAccumulator) append(sendHash common.Hash) {
	a.size++
	soFar := crypto.Keccak256Hash(sendHash.Bytes())
	for level := 0; ; level++ {
		if level == len(a.partials) {
			a.partials = append(a.partials, soFar)
			return
		}
		if a.partials[level] == (common.Hash{}) {
			a.partials[level] = soFar
			return
		}
		soFar = crypto.Keccak256Hash(a.partials[level].Bytes(), soFar.Bytes())
		a.partials[level] = common.Hash{}
		pos := new(big.Int).Lsh(big.NewInt(int64(level+1)), 192)
		pos.Or(pos, new(big.Int).SetUint64(a.size-1))
		a.events[common.BigToHash(pos)] = soFar
	}
}

// The proof assembled from event lookups equals the proof of the
// zero-padded tree (the harness's independent construction) for every leaf
// of trees of 1 to 70 sends, and the nodes it looks up are exactly events
// ArbOS emits.
func TestProofFromEventsMatchesTree(t *testing.T) {
	acc := &sendAccumulator{events: map[common.Hash]common.Hash{}}
	var sends []common.Hash
	for i := 0; i < 70; i++ {
		h := crypto.Keccak256Hash([]byte{byte(i), 7})
		sends = append(sends, h)
		acc.append(h)
		size := uint64(len(sends))
		for leaf := uint64(0); leaf < size; leaf++ {
			root, want, err := devnet.OutboxProofFromSends(sends, size, leaf)
			if err != nil {
				t.Fatal(err)
			}
			plan, err := newProofPlan(size, leaf)
			if err != nil {
				t.Fatal(err)
			}
			known := map[treeNode]common.Hash{}
			for n := range plan.needed {
				if n.Level == 0 {
					known[n] = OutboxLeaf(sends[n.Index])
					continue
				}
				h, ok := acc.events[n.eventPosition()]
				if !ok {
					t.Fatalf("size %d leaf %d: node %+v was never emitted", size, leaf, n)
				}
				known[n] = h
			}
			got, err := plan.build(known)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(want) {
				t.Fatalf("size %d leaf %d: %d hashes, want %d", size, leaf, len(got), len(want))
			}
			for i := range got {
				if got[i] != want[i] {
					t.Fatalf("size %d leaf %d: level %d differs", size, leaf, i)
				}
			}
			if CalculateRoot(got, leaf, OutboxLeaf(sends[leaf])) != root {
				t.Fatalf("size %d leaf %d: root differs", size, leaf)
			}
		}
	}
}

// Every selector, event topic and error this package uses exists, with the
// same signature, in the nitro-contracts 3.2.0 artifacts (npm).
func TestABIMatchesNitroContracts(t *testing.T) {
	art, err := devnet.LoadArbArtifacts()
	if err != nil {
		t.Skip("nitro-contracts artifacts not installed (npm install --no-save): ", err)
	}
	pairs := []struct {
		name string
		ours *devnetABI
	}{
		{"Inbox", &devnetABI{inboxABI(), art.Inbox}},
		{"Bridge", &devnetABI{bridgeABI(), art.Bridge}},
		{"SequencerInbox", &devnetABI{sequencerInboxABI(), art.SequencerInbox}},
		{"Outbox", &devnetABI{outboxABI(), art.Outbox}},
	}
	for _, p := range pairs {
		real := p.ours.real.ABI
		for name, m := range p.ours.ours.Methods {
			if name == "paused" {
				continue
			}
			found := false
			for _, rm := range real.Methods {
				if string(rm.ID) == string(m.ID) {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: %s (%x) not in the real ABI", p.name, m.Sig, m.ID)
			}
		}
		for name, ev := range p.ours.ours.Events {
			if real.Events[name].ID != ev.ID {
				t.Errorf("%s: event %s topic differs", p.name, name)
			}
		}
		for name, e := range p.ours.ours.Errors {
			if re, ok := real.Errors[name]; ok && re.ID != e.ID {
				t.Errorf("%s: error %s differs", p.name, name)
			}
		}
	}
	// Rollup events (struct-carrying, read by word) against the BoLD
	// rollup of nitro-contracts and the legacy stand-in (nitro-contracts
	// 2.x shapes).
	if got := art.Rollup.ABI.Events["AssertionCreated"].ID; got != topicAssertionCreated() {
		t.Errorf("AssertionCreated topic %s", got.Hex())
	}
	if got := art.LegacyRollup.ABI.Events["NodeCreated"].ID; got != topicNodeCreated() {
		t.Errorf("NodeCreated topic %s", got.Hex())
	}
	for _, ev := range []string{"L2ToL1Tx", "SendMerkleUpdate"} {
		if art.ArbSys.ABI.Events[ev].ID != arbSysABI().Events[ev].ID {
			t.Errorf("ArbSys %s topic differs", ev)
		}
	}
}

type devnetABI struct {
	ours *abi.ABI
	real *devnet.Artifact
}

// The alias offset (AddressAliasHelper.sol): 0x1111000000000000000000000000000000001111,
// wrapping around 2^160.
func TestAlias(t *testing.T) {
	if got := ApplyL1ToL2Alias(common.Address{}); got != common.HexToAddress("0x1111000000000000000000000000000000001111") {
		t.Fatal(got)
	}
	if got := ApplyL1ToL2Alias(common.HexToAddress("0xffffffffffffffffffffffffffffffffffffffff")); got != common.HexToAddress("0x1111000000000000000000000000000000001110") {
		t.Fatal(got)
	}
}

// ERC-20 withdrawals call L2GatewayRouter.outboundTransfer(address,address,uint256,bytes)
// (token-bridge-contracts; selector 0x7b3a3c8b) with the L1 token and empty data.
func TestTokenWithdrawalCalldata(t *testing.T) {
	token, to := common.HexToAddress("0x6B175474E89094C44Da98b954EedeAC495271d0F"), common.HexToAddress("0x00000000000000000000000000000000000000aa")
	data := tokenWithdrawalCalldata(token, to, big.NewInt(1234))
	if common.Bytes2Hex(data[:4]) != "7b3a3c8b" {
		t.Fatalf("selector %x", data[:4])
	}
	args, err := l2GatewayRouterABI().Methods["outboundTransfer"].Inputs.Unpack(data[4:])
	if err != nil {
		t.Fatal(err)
	}
	if args[0].(common.Address) != token || args[1].(common.Address) != to || args[2].(*big.Int).Int64() != 1234 || len(args[3].([]byte)) != 0 {
		t.Fatalf("args %v", args)
	}
}

// Before nitro-contracts 3.x (no forceInclusionDeadline getter) the
// SequencerInbox also required delaySeconds to have passed
// (ForceIncludeTimeTooSoon): both rules apply.
func TestForceInclusionRulesBefore3x(t *testing.T) {
	s := &Stack{}
	env := &flow.Env{Now: func() time.Time { return time.Unix(1_000_100, 0) }}
	e := &record.Escape{ID: "x", Arb: &record.ArbState{}}
	m := DelayedMessage{Index: 3, BlockNumber: 100, Timestamp: 1_000_000}
	c := &contracts{DelayBlocks: 10, DelaySeconds: 120}
	p := &progress{c: c, msg: &m, head: 111, headTime: 1_000_100}
	st := s.delayed(env, e, s.newStatus(env, e), p, nil)
	if st.Stage != escape.StageWaitingL2 || p.forceFrom != 111 {
		t.Fatalf("blocks passed, seconds not: %s from %d", st.Stage, p.forceFrom)
	}
	if got := st.Waits[0].Until.Unix(); got != 1_000_121 {
		t.Fatalf("wait until %d, want the delaySeconds bound 1000121", got)
	}
	p.headTime = 1_000_121
	if st = s.delayed(env, e, s.newStatus(env, e), p, nil); st.Stage != escape.StageForceIncludable {
		t.Fatalf("both passed: %s", st.Stage)
	}
	p.head, p.headTime = 110, 1_000_500
	if st = s.delayed(env, e, s.newStatus(env, e), p, nil); st.Stage != escape.StageWaitingL2 {
		t.Fatalf("seconds passed, blocks not: %s", st.Stage)
	}
}

// The L2GatewayRouter calls match the real router of
// @arbitrum/token-bridge-contracts 1.2.5 (npm); erc20_devnet_test.go runs
// the whole token withdrawal against that bytecode.
func TestGatewayRouterABIMatchesTokenBridge(t *testing.T) {
	art, err := devnet.ArtifactAt("@arbitrum/token-bridge-contracts/build/contracts/contracts/tokenbridge/arbitrum/gateway/L2GatewayRouter.sol/L2GatewayRouter.json", "L2GatewayRouter")
	if err != nil {
		t.Skip("token-bridge-contracts not installed (npm install --no-save): ", err)
	}
	for name, m := range l2GatewayRouterABI().Methods {
		found := false
		for _, rm := range art.ABI.Methods {
			if string(rm.ID) == string(m.ID) && rm.Sig == m.Sig {
				found = true
			}
		}
		if !found {
			t.Errorf("%s (%s) is not in the real L2GatewayRouter", name, m.Sig)
		}
	}
	// The calldata decodes with the real ABI to the same arguments.
	token, to := common.HexToAddress("0x6B175474E89094C44Da98b954EedeAC495271d0F"), common.HexToAddress("0xaa")
	data := tokenWithdrawalCalldata(token, to, big.NewInt(77))
	m, err := art.ABI.MethodById(data[:4])
	if err != nil {
		t.Fatal(err)
	}
	args, err := m.Inputs.Unpack(data[4:])
	if err != nil || args[0].(common.Address) != token || args[1].(common.Address) != to || args[2].(*big.Int).Int64() != 77 {
		t.Fatalf("%s: %v %v", m.Sig, args, err)
	}
}
