package opstack

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/ethereum/go-ethereum/triedb"

	"github.com/l2escape/escape/escape/record"
)

// User-deposit source hash. Vector: viem src/op-stack/utils/getSourceHash.test.ts
// ('userDeposit'; from Base mainnet L1 tx 0xe94031c3...). internal/oracle
// checks that op-node gives the same, and escape op-node's on random inputs.
func TestUserDepositSourceHashVector(t *testing.T) {
	got := UserDepositSourceHash(common.HexToHash("0x9ba3933dc6ce43c145349770a39c30f9b647f17668f004bd2e05c80a2e7262f7"), 196)
	if want := common.HexToHash("0xd0868c8764d81f1749edb7dec4a550966963540d9fe50aefce8cdb38ea7b2213"); got != want {
		t.Fatalf("source hash %s, want %s", got, want)
	}
}

// The L2 deposit transaction hash from a TransactionDeposited log, through
// recordDeposit as the flow uses it. Vector: viem
// src/op-stack/utils/getL2TransactionHash.test.ts ('default'). The receipt
// puts another contract's log and another sender's deposit first, so a
// logs[0] shortcut would fail.
func TestL2DepositHashVector(t *testing.T) {
	portal := common.HexToAddress("0xbEb5Fc579115071764c7423A4f12eDde41f106Ed")
	from := common.HexToAddress("0x1a1E021A302C237453D3D45c7B82B19cEEB7E2e6")
	opaque := hexutil.MustDecode("0x00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000045000000000000520800")
	data, err := portal2ABI().Events["TransactionDeposited"].Inputs.NonIndexed().Pack(opaque)
	if err != nil {
		t.Fatal(err)
	}
	blockHash := common.HexToHash("0x634c52556471c589f42db9131467e0c9484f5c73049e32d1a74e2a4ce0f91d57")
	depositLog := func(sender common.Address, index uint) *types.Log {
		return &types.Log{Address: portal, Topics: []common.Hash{depositedTopic(), common.BytesToHash(sender.Bytes()), common.BytesToHash(from.Bytes()), {}},
			Data: data, BlockHash: blockHash, BlockNumber: 18_000_000, Index: index}
	}
	r := &types.Receipt{Logs: []*types.Log{
		{Address: common.HexToAddress("0x322b47Ff1f565e9A1dDd6cd6b7D4d1c7F73C5aE4"), Topics: []common.Hash{{1}}, BlockHash: blockHash, Index: 107},
		depositLog(common.HexToAddress("0x00000000000000000000000000000000000000aa"), 108),
		depositLog(from, 109),
	}}
	e := &record.Escape{From: from, OP: &record.OPState{}}
	if err := recordDeposit(e, &contracts{portal: portal}, r); err != nil {
		t.Fatal(err)
	}
	if want := common.HexToHash("0x0a60b983815ed475c5919609025204a479654d93afc610feca7d99ae0befc329"); e.OP.L2DepositHash != want {
		t.Fatalf("L2 deposit hash %s, want %s", e.OP.L2DepositHash, want)
	}
	if e.OP.DepositLogIndex != 109 {
		t.Fatalf("log index %d, want 109", e.OP.DepositLogIndex)
	}
	// A receipt without our deposit is an error, not a guess.
	if err := recordDeposit(e, &contracts{portal: portal}, &types.Receipt{Logs: r.Logs[:2]}); err == nil {
		t.Fatal("found a deposit in a receipt that holds only another sender's")
	}
}

// The withdrawal hash and its storage slot. Vector: op-chain-ops/crossdomain
// withdrawal_test.go TestWithdrawalHashing case 1 (generated with forge);
// internal/oracle checks that op-node gives the same.
func TestWithdrawalHashVector(t *testing.T) {
	local, err := WithdrawalHash(&record.OPWithdrawal{Nonce: (*hexutil.Big)(big.NewInt(0)),
		Sender: common.HexToAddress("0x00000000000000000000000000000000000011bc"),
		Target: common.HexToAddress("0x00000000000000000000000000000000000033eb"),
		Value:  (*hexutil.Big)(big.NewInt(26)), GasLimit: (*hexutil.Big)(big.NewInt(22338)),
		Data: hexutil.MustDecode("0x0000000000000000000000000000000000000000000000000000000000000004")})
	if want := common.HexToHash("0x65768976d27ba8a7f91c5b267b97d29830103171863c0ba24f3234ef07d0f8e3"); err != nil || local != want {
		t.Fatalf("withdrawal hash %s (%v), want %s", local, err, want)
	}
	if got, want := StorageSlotOfWithdrawal(local), common.HexToHash("0xd73bc49fa8e52d7717fb65cbec7ff0e30bf4e2fbbd38924d1b2efa1f96381517"); got != want {
		t.Fatalf("storage slot %s, want %s", got, want)
	}
}

// The version-0 output root. Vector: op-node/node/server_test.go
// TestOutputAtBlock (optimism_outputAtBlock of a real block 0xdcdc89).
func TestOutputRootVector(t *testing.T) {
	got := OutputRoot(common.HexToHash("0xb46d4bcb0e471e1b8506031a1f34ebc6f200253cbaba56246dd2320e8e2c8f13"),
		common.HexToHash("0xc1917a80cb25ccc50d0d1921525a44fb619b4601194ca726ae32312f08a799f8"),
		common.HexToHash("0x8512bee03061475e4b069171f7b406097184f16b22c3f5c97c0abfc49591c524"))
	if want := common.HexToHash("0xc861dbdc5bf1d8bbbc0bca7cd876ab6a70748c50b2054a46e8f30e99002170ab"); got != want {
		t.Fatalf("output root %s, want %s", got, want)
	}
}

// orderedProof collects trie.Prove's nodes in the order it writes them
// (root first), as eth_getProof returns them.
type orderedProof [][]byte

func (p *orderedProof) Put(_ []byte, v []byte) error {
	*p = append(*p, common.CopyBytes(v))
	return nil
}
func (p *orderedProof) Delete([]byte) error { return nil }

// AddInlinedLeaf on a real trie: two keys that differ only in the last
// nibble end in a branch whose leaves are inlined (under 32 bytes), so the
// proof stops at the branch; the fix appends our leaf and no other.
func TestAddInlinedLeafRealTrie(t *testing.T) {
	tr := trie.NewEmpty(triedb.NewDatabase(rawdb.NewMemoryDatabase(), nil))
	k1 := common.HexToHash("0x1111111111111111111111111111111111111111111111111111111111111110")
	k2 := common.HexToHash("0x1111111111111111111111111111111111111111111111111111111111111111")
	// 20-byte values: each leaf stays under 32 bytes (inlined), the branch
	// holding two of them does not (so it is a proof node of its own).
	v, _ := rlp.EncodeToBytes(common.HexToAddress("0x00000000000000000000000000000000000000ff").Bytes())
	for _, k := range []common.Hash{k1, k2} {
		if err := tr.Update(k[:], v); err != nil {
			t.Fatal(err)
		}
	}
	var proof orderedProof
	if err := tr.Prove(k1[:], &proof); err != nil {
		t.Fatal(err)
	}
	got := AddInlinedLeaf(k1[:], proof)
	if len(got) != len(proof)+1 {
		t.Fatalf("proof of %d nodes ending in a branch with the leaf inline: got %d nodes", len(proof), len(got))
	}
	var leaf [][]byte
	if err := rlp.DecodeBytes(got[len(got)-1], &leaf); err != nil || len(leaf) != 2 {
		t.Fatalf("appended node is not a leaf: %x", got[len(got)-1])
	}
	// Without an inlined leaf at the end, the proof is unchanged.
	if again := AddInlinedLeaf(k1[:], got); len(again) != len(got) {
		t.Fatal("changed a proof that ends in a leaf")
	}
	other := common.HexToHash("0x1111111111111111111111111111111111111111111111111111111111111112")
	if g := AddInlinedLeaf(other[:], proof); len(g) != len(proof) {
		t.Fatal("appended a leaf that belongs to another key")
	}
}
