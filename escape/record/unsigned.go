package record

import (
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Unsigned is a transaction escape planned for a key it never sees
// (--unsigned): everything a signer needs, kept in the record so the signed
// transaction given back (--signed) is checked against exactly this plan.
type Unsigned struct {
	Step  string `json:"step"`
	Layer string `json:"layer"` // "L1", or "L2" for Arbitrum's signed L2 transaction
	// Type is the EIP-2718 type; always 2 (EIP-1559).
	Type                 int            `json:"type"`
	ChainID              uint64         `json:"chainId"`
	From                 common.Address `json:"from"`
	Nonce                uint64         `json:"nonce"`
	To                   common.Address `json:"to"`
	Value                string         `json:"value"` // wei, decimal
	Data                 hexutil.Bytes  `json:"data"`
	Gas                  uint64         `json:"gas"`
	MaxFeePerGas         string         `json:"maxFeePerGas"`         // wei, decimal
	MaxPriorityFeePerGas string         `json:"maxPriorityFeePerGas"` // wei, decimal
	PlannedAt            time.Time      `json:"plannedAt"`
}
