package opstack

// The few OP Stack protocol functions escape runs, written locally so that the
// binary does not carry op-node (whose packages pull in libp2p, pebble,
// sentry and pyroscope) nor op-geth (whose chain-config registry alone is
// 3.5 MB); the withdrawal hash is WithdrawalHash and a MessagePassed event is
// read by ParseMessagePassed (l2import.go). The oracle tests in the nested
// module internal/oracle compare each with op-node's and op-geth's own
// functions on many inputs; vectors_test.go with published vectors.

import (
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
)

// DepositTxType is the EIP-2718 type byte of an L2 deposit transaction.
const DepositTxType = 0x7E

// DepositTx is an L2 deposit transaction (specs: protocol/deposits.md, "The
// Deposited Transaction Type"), with op-geth's field order and RLP rules
// (To and Mint encode as empty when nil). escape builds on upstream
// go-ethereum, which has no deposit type; internal/oracle compares this
// with op-geth's types.DepositTx.
type DepositTx struct {
	SourceHash          common.Hash
	From                common.Address
	To                  *common.Address `rlp:"nil"` // nil: contract creation
	Mint                *big.Int        `rlp:"nil"` // nil: no ETH minted
	Value               *big.Int
	Gas                 uint64
	IsSystemTransaction bool
	Data                []byte
}

// MarshalBinary is the transaction as the L2 carries it: 0x7E ++ rlp(fields).
func (d *DepositTx) MarshalBinary() ([]byte, error) {
	body, err := rlp.EncodeToBytes(d)
	if err != nil {
		return nil, err
	}
	return append([]byte{DepositTxType}, body...), nil
}

// userDepositSourceDomain is the source-hash domain of user deposits
// (specs: protocol/deposits.md, "Source hash computation").
const userDepositSourceDomain = 0

// UserDepositSourceHash is keccak256(bytes32(0) ++ keccak256(l1BlockHash ++
// bytes32(logIndex))): what makes a user deposit's L2 transaction unique.
func UserDepositSourceHash(l1BlockHash common.Hash, logIndex uint64) common.Hash {
	var id [64]byte
	copy(id[:32], l1BlockHash[:])
	binary.BigEndian.PutUint64(id[56:], logIndex)
	depositID := crypto.Keccak256Hash(id[:])
	var domain [64]byte
	binary.BigEndian.PutUint64(domain[24:32], userDepositSourceDomain)
	copy(domain[32:], depositID[:])
	return crypto.Keccak256Hash(domain[:])
}

// DepositTxFromLog decodes a version-0 TransactionDeposited log into the L2
// deposit transaction it derives (specs: protocol/deposits.md, "Deposit
// Contract"): topics are the event, from, to and version; the data is the ABI
// encoding of opaqueData = mint(32) ++ value(32) ++ gas(8) ++ isCreation(1) ++
// data. The checks are op-node's (derive.UnmarshalDepositLogEvent).
func DepositTxFromLog(l *types.Log) (*DepositTx, error) {
	if len(l.Topics) != 4 {
		return nil, fmt.Errorf("deposit log has %d topics, want 4", len(l.Topics))
	}
	if l.Topics[0] != depositedTopic() {
		return nil, fmt.Errorf("log %s is not TransactionDeposited", l.Topics[0])
	}
	if l.Topics[3] != (common.Hash{}) {
		return nil, fmt.Errorf("deposit version %s is not 0", l.Topics[3])
	}
	opaque, err := depositOpaqueData(l.Data)
	if err != nil {
		return nil, err
	}
	if len(opaque) < 32+32+8+1 {
		return nil, fmt.Errorf("deposit opaqueData of %d bytes is too short", len(opaque))
	}
	dep := &DepositTx{
		SourceHash: UserDepositSourceHash(l.BlockHash, uint64(l.Index)),
		From:       common.BytesToAddress(l.Topics[1][12:]),
		Value:      new(big.Int).SetBytes(opaque[32:64]),
		Gas:        binary.BigEndian.Uint64(opaque[64:72]),
		Data:       opaque[73:],
	}
	if mint := new(big.Int).SetBytes(opaque[:32]); mint.Sign() != 0 {
		dep.Mint = mint
	}
	if opaque[72] == 0 {
		to := common.BytesToAddress(l.Topics[2][12:])
		dep.To = &to
	}
	return dep, nil
}

// depositOpaqueData reads the single `bytes` argument of the log's data:
// offset 32, a length that fits, and no more than 31 bytes of padding.
func depositOpaqueData(data []byte) ([]byte, error) {
	if len(data) < 64 || len(data)%32 != 0 {
		return nil, fmt.Errorf("deposit log data of %d bytes is not an ABI-encoded bytes", len(data))
	}
	offset, length := new(big.Int).SetBytes(data[:32]), new(big.Int).SetBytes(data[32:64])
	room := uint64(len(data) - 64)
	if !offset.IsUint64() || offset.Uint64() != 32 {
		return nil, fmt.Errorf("deposit opaqueData offset %s, want 32", offset)
	}
	if !length.IsUint64() || length.Uint64() > room || length.Uint64()+32 <= room {
		return nil, fmt.Errorf("deposit opaqueData length %s does not match %d bytes of data", length, room)
	}
	return data[64 : 64+length.Uint64()], nil
}

// DepositTxHash is the L2 transaction hash of a deposit, known from L1 alone:
// keccak256 of its binary form. The encoding fails only on a negative Value
// or Mint, which a deposit decoded from a log cannot have; such a deposit
// gets the zero hash, which matches no transaction.
func DepositTxHash(dep *DepositTx) common.Hash {
	raw, err := dep.MarshalBinary()
	if err != nil {
		return common.Hash{}
	}
	return crypto.Keccak256Hash(raw)
}

// StorageSlotOfWithdrawal is the message passer's storage slot that holds
// sentMessages[withdrawalHash]: the mapping is slot 0, so the slot is
// keccak256(withdrawalHash ++ bytes32(0)).
func StorageSlotOfWithdrawal(withdrawalHash common.Hash) common.Hash {
	var buf [64]byte
	copy(buf[:32], withdrawalHash[:])
	return crypto.Keccak256Hash(buf[:])
}
