package record

import "github.com/ethereum/go-ethereum/common"

// OPState is what the OP Stack flow learns and keeps about an escape.
// escape/opstack owns this type and may add fields.
type OPState struct {
	Portal          common.Address    `json:"portal"`
	L2DepositHash   common.Hash       `json:"l2DepositHash,omitempty"`
	DepositL1Block  uint64            `json:"depositL1Block,omitempty"`
	DepositLogIndex uint              `json:"depositLogIndex,omitempty"`
	Extra           map[string]string `json:"extra,omitempty"`
}
