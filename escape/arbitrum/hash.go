package arbitrum

import (
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// DelayedMessage is one Bridge.MessageDelivered: what forceInclusion must
// be given back exactly.
type DelayedMessage struct {
	Index           uint64
	BeforeInboxAcc  common.Hash
	Inbox           common.Address
	Kind            uint8
	Sender          common.Address // as the Bridge recorded it: aliased
	MessageDataHash common.Hash
	BaseFeeL1       *big.Int
	Timestamp       uint64
	BlockNumber     uint64 // the L1 block of the log (the event does not carry it)
}

// MessageHash is Messages.messageHash (nitro-contracts src/bridge/Messages.sol):
// keccak256(abi.encodePacked(uint8 kind, address sender, uint64 blockNumber,
// uint64 timestamp, uint256 inboxSeqNum, uint256 baseFeeL1, bytes32 messageDataHash)).
func (m DelayedMessage) MessageHash() common.Hash {
	buf := make([]byte, 0, 1+20+8+8+32+32+32)
	buf = append(buf, m.Kind)
	buf = append(buf, m.Sender.Bytes()...)
	buf = binary.BigEndian.AppendUint64(buf, m.BlockNumber)
	buf = binary.BigEndian.AppendUint64(buf, m.Timestamp)
	buf = append(buf, common.BigToHash(new(big.Int).SetUint64(m.Index)).Bytes()...)
	fee := m.BaseFeeL1
	if fee == nil {
		fee = new(big.Int)
	}
	buf = append(buf, common.BigToHash(fee).Bytes()...)
	buf = append(buf, m.MessageDataHash.Bytes()...)
	return crypto.Keccak256Hash(buf)
}

// Accumulate is Messages.accumulateInboxMessage: the delayed inbox
// accumulator after this message, keccak256(prevAcc, messageHash).
func (m DelayedMessage) Accumulate() common.Hash {
	return crypto.Keccak256Hash(m.BeforeInboxAcc.Bytes(), m.MessageHash().Bytes())
}

// ForceInclusionArgs are SequencerInbox.forceInclusion's arguments that
// include every delayed message up to and including m.
func (m DelayedMessage) ForceInclusionArgs() []any {
	fee := m.BaseFeeL1
	if fee == nil {
		fee = new(big.Int)
	}
	return []any{new(big.Int).SetUint64(m.Index + 1), m.Kind, [2]uint64{m.BlockNumber, m.Timestamp}, fee, m.Sender, m.MessageDataHash}
}

// aliasOffset is AddressAliasHelper's L1-to-L2 offset.
var aliasOffset = new(big.Int).SetBytes(common.FromHex("0x1111000000000000000000000000000000001111"))

// ApplyL1ToL2Alias is AddressAliasHelper.applyL1ToL2Alias: the Inbox records
// every sender this way.
func ApplyL1ToL2Alias(a common.Address) common.Address {
	v := new(big.Int).Add(new(big.Int).SetBytes(a.Bytes()), aliasOffset)
	v.Mod(v, new(big.Int).Lsh(big.NewInt(1), 160))
	return common.BigToAddress(v)
}

// Withdrawal is an ArbSys L2ToL1Tx: the Outbox pays it against a proof.
type Withdrawal struct {
	Caller      common.Address `json:"caller"`
	Destination common.Address `json:"destination"`
	SendHash    common.Hash    `json:"sendHash"`
	Position    uint64         `json:"position"`
	ArbBlockNum *big.Int       `json:"arbBlockNum"`
	EthBlockNum *big.Int       `json:"ethBlockNum"`
	Timestamp   *big.Int       `json:"timestamp"`
	CallValue   *big.Int       `json:"callValue"`
	Data        []byte         `json:"data"`
}

// ItemHash is Outbox.calculateItemHash, equal to ArbOS's send hash:
// keccak256(abi.encodePacked(l2Sender, to, l2Block, l1Block, l2Timestamp, value, data)).
func (w *Withdrawal) ItemHash() common.Hash {
	buf := append([]byte{}, w.Caller.Bytes()...)
	buf = append(buf, w.Destination.Bytes()...)
	for _, v := range []*big.Int{w.ArbBlockNum, w.EthBlockNum, w.Timestamp, w.CallValue} {
		buf = append(buf, common.BigToHash(v).Bytes()...)
	}
	buf = append(buf, w.Data...)
	return crypto.Keccak256Hash(buf)
}

// OutboxLeaf is the Merkle leaf of a send: keccak256(sendHash) (Outbox
// recordOutputAsSpent hashes the item once more).
func OutboxLeaf(sendHash common.Hash) common.Hash {
	return crypto.Keccak256Hash(sendHash.Bytes())
}

// CalculateRoot is MerkleLib.calculateRoot: walk up from the leaf, the
// index's bit at each level saying on which side the sibling is.
func CalculateRoot(proof []common.Hash, index uint64, leaf common.Hash) common.Hash {
	h := leaf
	for i, node := range proof {
		if (index>>uint(i))&1 == 0 {
			h = crypto.Keccak256Hash(h.Bytes(), node.Bytes())
		} else {
			h = crypto.Keccak256Hash(node.Bytes(), h.Bytes())
		}
	}
	return h
}

// treeNode names a node of the send Merkle tree: the subtree of 2^Level
// leaves starting at leaf Index<<Level.
type treeNode struct {
	Level, Index uint64
}

// ArbOS appends sends to a Merkle accumulator (nitro arbos/merkleAccumulator):
// each time a subtree of 2^L leaves (L >= 1) is completed it emits
// SendMerkleUpdate(0, hash, L<<192 | lastLeaf); level-0 nodes are
// keccak(sendHash) of the L2ToL1Tx at that position. The tree of the first
// `size` sends is as deep as the smallest power of two holding them, with
// empty subtrees as zero. So every sibling on a proof path is either zero,
// a complete subtree (one event), or the partly filled right edge, built
// from its own children.

// proofPlan lists, for each level of leaf's proof in a tree of size
// leaves, how to obtain the sibling.
type proofPlan struct {
	depth  int
	leaf   uint64
	size   uint64
	needed map[treeNode]bool // complete subtrees whose hash must be looked up
}

func treeDepth(size uint64) int {
	d := 0
	for uint64(1)<<uint(d) < size {
		d++
	}
	return d
}

func newProofPlan(size, leaf uint64) (*proofPlan, error) {
	if leaf >= size {
		return nil, fmt.Errorf("leaf %d is not in a tree of %d sends", leaf, size)
	}
	p := &proofPlan{depth: treeDepth(size), leaf: leaf, size: size, needed: map[treeNode]bool{}}
	for l := 0; l < p.depth; l++ {
		p.collect(treeNode{uint64(l), (leaf >> uint(l)) ^ 1})
	}
	return p, nil
}

func (p *proofPlan) collect(n treeNode) {
	first := n.Index << n.Level
	end := (n.Index + 1) << n.Level
	switch {
	case first >= p.size:
		return // empty: zero
	case end <= p.size:
		p.needed[n] = true
	default:
		p.collect(treeNode{n.Level - 1, 2 * n.Index})
		p.collect(treeNode{n.Level - 1, 2*n.Index + 1})
	}
}

// eventPosition is the position field ArbOS gives a node's event: the
// level in the top 64 bits, the index of the subtree's last leaf below.
func (n treeNode) eventPosition() common.Hash {
	last := ((n.Index + 1) << n.Level) - 1
	v := new(big.Int).Lsh(new(big.Int).SetUint64(n.Level), 192)
	v.Or(v, new(big.Int).SetUint64(last))
	return common.BigToHash(v)
}

// build assembles the proof from the looked-up complete nodes (level-0
// entries hold the send hash's leaf hash already).
func (p *proofPlan) build(known map[treeNode]common.Hash) ([]common.Hash, error) {
	var node func(n treeNode) (common.Hash, error)
	node = func(n treeNode) (common.Hash, error) {
		first := n.Index << n.Level
		end := (n.Index + 1) << n.Level
		switch {
		case first >= p.size:
			return common.Hash{}, nil
		case end <= p.size:
			h, ok := known[n]
			if !ok {
				return common.Hash{}, fmt.Errorf("send tree node (level %d, index %d) not found in the L2 logs", n.Level, n.Index)
			}
			return h, nil
		}
		l, err := node(treeNode{n.Level - 1, 2 * n.Index})
		if err != nil {
			return l, err
		}
		r, err := node(treeNode{n.Level - 1, 2*n.Index + 1})
		if err != nil {
			return r, err
		}
		return crypto.Keccak256Hash(l.Bytes(), r.Bytes()), nil
	}
	proof := make([]common.Hash, p.depth)
	for l := 0; l < p.depth; l++ {
		h, err := node(treeNode{uint64(l), (p.leaf >> uint(l)) ^ 1})
		if err != nil {
			return nil, err
		}
		proof[l] = h
	}
	return proof, nil
}
