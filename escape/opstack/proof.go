package opstack

import (
	"bytes"
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"

	"github.com/l2escape/escape/bindings/opbedrock"
	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/flow"
)

// outputProof is everything proveWithdrawalTransaction needs besides the
// withdrawal itself, built from the L2 at one block.
type outputProof struct {
	root      common.Hash
	rootProof opbedrock.TypesOutputRootProof
	proof     [][]byte
}

// OutputRoot is the OP Stack output root (version 0): keccak256 of the
// version, the state root, the message passer's storage root and the block
// hash (specs: protocol/proposals.md, "L2 Output Commitment Construction").
func OutputRoot(stateRoot, messagePasserStorageRoot, blockHash common.Hash) common.Hash {
	var version [32]byte
	return crypto.Keccak256Hash(version[:], stateRoot[:], messagePasserStorageRoot[:], blockHash[:])
}

// buildProof reads the storage proof of a withdrawal from the L2 at l2Block.
// Any read-only L2 node that still has the state of that block serves.
func buildProof(ctx context.Context, env *flow.Env, withdrawalHash common.Hash, l2Block uint64) (*outputProof, error) {
	ctx = chain.WithPurpose(ctx, "reading your withdrawal's storage proof on L2")
	header, err := env.L2.HeaderByNumber(ctx, new(big.Int).SetUint64(l2Block))
	if err != nil {
		return nil, escape.Wrap(err, "needs-l2", "the L2 RPC must serve block "+fmt.Sprint(l2Block)+"; any read-only L2 node serves", "cannot read L2 block %d", l2Block)
	}
	slot := StorageSlotOfWithdrawal(withdrawalHash)
	res, err := env.L2.GetProof(ctx, MessagePasser, []common.Hash{slot}, header.Number)
	if err != nil {
		return nil, escape.Wrap(err, "needs-l2-archive",
			"the L2 RPC could not prove storage at block "+fmt.Sprint(l2Block)+"; nodes keep recent state only, so use an archive node or one that keeps proofs (eth_getProof) for that block",
			"eth_getProof at L2 block %d failed", l2Block)
	}
	if len(res.StorageProof) != 1 || res.StorageProof[0].Value == nil || res.StorageProof[0].Value.Sign() == 0 {
		return nil, escape.Errorf("withdrawal-not-in-state", "the L2 RPC may be out of sync; try another --l2-rpc",
			"the L2 state at block %d does not hold withdrawal %s", l2Block, withdrawalHash.Hex())
	}
	var nodes [][]byte
	for _, p := range res.StorageProof[0].Proof {
		b, err := hexutil.Decode(p)
		if err != nil {
			return nil, fmt.Errorf("opstack: bad proof node from L2 RPC: %w", err)
		}
		nodes = append(nodes, b)
	}
	nodes = AddInlinedLeaf(crypto.Keccak256(slot[:]), nodes)
	op := &outputProof{
		rootProof: opbedrock.TypesOutputRootProof{StateRoot: header.Root, MessagePasserStorageRoot: res.StorageHash, LatestBlockhash: header.Hash()},
		proof:     nodes,
	}
	op.root = OutputRoot(header.Root, res.StorageHash, header.Hash())
	return op, nil
}

// AddInlinedLeaf works around the on-chain MerkleTrie library: when the
// proof's last node is a branch that holds the leaf inline (a node under 32
// bytes is embedded rather than hashed), eth_getProof ends at the branch and
// the contract cannot walk into the inlined leaf. Appending the leaf's own
// RLP lets it. (The same fix as viem's maybeAddProofNode and the old SDK's;
// op-node's withdrawals package lacks it.)
func AddInlinedLeaf(trieKey []byte, proof [][]byte) [][]byte {
	if len(proof) == 0 {
		return proof
	}
	var items []rlp.RawValue
	if err := rlp.DecodeBytes(proof[len(proof)-1], &items); err != nil || len(items) != 17 {
		return proof
	}
	keyNibbles := toNibbles(trieKey)
	for nibble, item := range items[:16] {
		kind, _, _, err := rlp.Split(item)
		if err != nil || kind != rlp.List {
			continue // a hash or empty: not inlined
		}
		var leaf [][]byte
		if err := rlp.DecodeBytes(item, &leaf); err != nil || len(leaf) != 2 {
			continue
		}
		path, isLeaf := compactToNibbles(leaf[0])
		// The leaf must finish our key: its path is the key's tail, and the
		// branch slot it sits in is the nibble just before that tail.
		rest := len(keyNibbles) - len(path)
		if !isLeaf || rest < 1 || keyNibbles[rest-1] != byte(nibble) || !bytes.Equal(keyNibbles[rest:], path) {
			continue
		}
		return append(append([][]byte{}, proof...), append([]byte{}, item...))
	}
	return proof
}

func toNibbles(b []byte) []byte {
	out := make([]byte, 0, len(b)*2)
	for _, x := range b {
		out = append(out, x>>4, x&0x0f)
	}
	return out
}

// compactToNibbles decodes a hex-prefix (compact) path.
func compactToNibbles(compact []byte) ([]byte, bool) {
	if len(compact) == 0 {
		return nil, false
	}
	flag := compact[0] >> 4
	nib := toNibbles(compact)
	isLeaf := flag >= 2
	if flag&1 == 1 { // odd length: the first nibble of the path shares the flag byte
		return nib[1:], isLeaf
	}
	return nib[2:], isLeaf
}
