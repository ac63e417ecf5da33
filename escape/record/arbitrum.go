package record

import "github.com/ethereum/go-ethereum/common"

// ArbState is what the Arbitrum flow learns and keeps about an escape.
// escape/arbitrum owns this type and may add fields.
type ArbState struct {
	Inbox      common.Address    `json:"inbox"`
	L2TxHash   common.Hash       `json:"l2TxHash,omitempty"`
	L2SignedTx string            `json:"l2SignedTx,omitempty"` // hex of the signed L2 transaction (public data)
	Extra      map[string]string `json:"extra,omitempty"`
}
