package record

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// ArbState is what the Arbitrum flow learns and keeps about an escape.
// escape/arbitrum owns this type and may add fields.
type ArbState struct {
	Inbox common.Address `json:"inbox"`
	// The signed L2 transaction is saved before the L1 transaction that
	// carries it is signed, so a resumed run sends these very bytes (same
	// nonce, same hash) and never signs a second L2 transaction.
	L2TxHash       common.Hash    `json:"l2TxHash,omitempty"`
	L2SignedTx     string         `json:"l2SignedTx,omitempty"` // hex of the signed L2 transaction (public data)
	L2From         common.Address `json:"l2From,omitempty"`
	L2Nonce        uint64         `json:"l2Nonce"`
	L2GasLimit     uint64         `json:"l2GasLimit,omitempty"`
	L2MaxFeePerGas string         `json:"l2MaxFeePerGas,omitempty"` // wei, decimal
	L2To           common.Address `json:"l2To,omitempty"`
	L2Value        string         `json:"l2Value,omitempty"` // wei, decimal

	// Message is the delayed message our sendL2Message created, read from
	// our own L1 receipt.
	Message *ArbMessage `json:"message,omitempty"`
	// IncludedBy says who moved totalDelayedMessagesRead past the message:
	// "us" (our force-inclusion), "others" (the sequencer or a third party).
	IncludedBy string `json:"includedBy,omitempty"`

	// L2 outcome: "executed", "reverted", "dropped".
	L2Outcome   string      `json:"l2Outcome,omitempty"`
	L2Block     uint64      `json:"l2Block,omitempty"`
	L2Reason    string      `json:"l2Reason,omitempty"`
	L2BlockHash common.Hash `json:"l2BlockHash,omitempty"`
	// Withdrawal is the ArbSys L2ToL1Tx of our L2 transaction, if any.
	Withdrawal *ArbWithdrawal `json:"withdrawal,omitempty"`

	// Dropped are the earlier L2 transactions of this escape that the L2
	// dropped for their max fee, each replaced by a re-signed one at the
	// same nonce (the fields above are the newest).
	Dropped []ArbDroppedTx `json:"dropped,omitempty"`

	Extra map[string]string `json:"extra,omitempty"`
}

// ArbDroppedTx is an L2 transaction the L2 dropped, kept for the record.
type ArbDroppedTx struct {
	L2TxHash       common.Hash `json:"l2TxHash"`
	L2SignedTx     string      `json:"l2SignedTx"`
	L2MaxFeePerGas string      `json:"l2MaxFeePerGas"`
	MessageIndex   uint64      `json:"messageIndex"`
	Reason         string      `json:"reason"`
}

// ArbMessage is one Bridge.MessageDelivered.
type ArbMessage struct {
	Index           uint64         `json:"index"`
	BeforeInboxAcc  common.Hash    `json:"beforeInboxAcc"`
	Kind            uint8          `json:"kind"`
	Sender          common.Address `json:"sender"` // aliased, as the Bridge recorded it
	MessageDataHash common.Hash    `json:"messageDataHash"`
	BaseFeeL1       string         `json:"baseFeeL1"` // wei, decimal
	Timestamp       uint64         `json:"timestamp"`
	Block           uint64         `json:"block"`
	BlockHash       common.Hash    `json:"blockHash"`
	TxHash          common.Hash    `json:"txHash"`
}

// ArbWithdrawal is an ArbSys L2ToL1Tx, everything Outbox.executeTransaction needs.
type ArbWithdrawal struct {
	Position    uint64         `json:"position"`
	Caller      common.Address `json:"caller"`
	Destination common.Address `json:"destination"`
	SendHash    common.Hash    `json:"sendHash"`
	ArbBlockNum uint64         `json:"arbBlockNum"`
	EthBlockNum uint64         `json:"ethBlockNum"`
	Timestamp   uint64         `json:"timestamp"`
	CallValue   string         `json:"callValue"` // wei, decimal
	Data        hexutil.Bytes  `json:"data"`
}
