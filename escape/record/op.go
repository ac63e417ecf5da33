package record

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// OPState is what the OP Stack flow learns and keeps about an escape.
// escape/opstack owns this type.
type OPState struct {
	Portal          common.Address `json:"portal"`
	L2DepositHash   common.Hash    `json:"l2DepositHash,omitempty"`
	DepositL1Block  uint64         `json:"depositL1Block,omitempty"`
	DepositLogIndex uint           `json:"depositLogIndex,omitempty"`
	DepositL1Time   uint64         `json:"depositL1Time,omitempty"`
	L2GasLimit      uint64         `json:"l2GasLimit,omitempty"`

	// Filled once the deposit ran on L2.
	L2Block        uint64        `json:"l2Block,omitempty"`
	L2Failed       bool          `json:"l2Failed,omitempty"`
	WithdrawalHash common.Hash   `json:"withdrawalHash,omitempty"`
	Withdrawal     *OPWithdrawal `json:"withdrawal,omitempty"`

	// The proof we submitted (fault proofs: the game; legacy: the output index).
	ProofGame   common.Address `json:"proofGame,omitempty"`
	ProofIndex  uint64         `json:"proofIndex,omitempty"`
	ProofL2Blk  uint64         `json:"proofL2Block,omitempty"`
	ProofsTried int            `json:"proofsTried,omitempty"`

	// Proposal is the dispute game the user created because the chain's
	// proposer had stopped. Its bond is the user's money: the escape is
	// not over until the bond is back or reported lost.
	Proposal *OPProposal `json:"proposal,omitempty"`

	Extra map[string]string `json:"extra,omitempty"`
}

// Bond states of an OPProposal.
const (
	BondHeld     = "held"     // in the game (and DelayedWETH) until resolution and the delays
	BondReturned = "returned" // paid back to the proposer's address
	BondLost     = "lost"     // the challenger won the game: the bond went to them
)

// OPProposal is a dispute game the user created (DisputeGameFactory.create).
type OPProposal struct {
	Game      common.Address `json:"game"`
	GameType  uint32         `json:"gameType"`
	RootClaim common.Hash    `json:"rootClaim"`
	L2Block   uint64         `json:"l2Block"`
	Bond      *hexutil.Big   `json:"bond"` // wei sent with create (initBonds(gameType))
	CreateTx  common.Hash    `json:"createTx"`
	BondState string         `json:"bondState"`
	// BondNote says how the bond came back or why it was lost.
	BondNote string `json:"bondNote,omitempty"`
}

// OPWithdrawal is the L2ToL1MessagePasser's withdrawal transaction, as the
// portal's prove and finalize calls take it.
type OPWithdrawal struct {
	Nonce    *hexutil.Big   `json:"nonce"`
	Sender   common.Address `json:"sender"`
	Target   common.Address `json:"target"`
	Value    *hexutil.Big   `json:"value"`
	GasLimit *hexutil.Big   `json:"gasLimit"`
	Data     hexutil.Bytes  `json:"data"`
}
