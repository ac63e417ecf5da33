package arbitrum

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/pipeline"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/escape/ui"
	"github.com/l2escape/escape/escape/units"
)

// planL2 is start for a key escape never sees (docs/offline.md): the L2
// transaction is written unsigned and the escape recorded with its plan.
// `escape next REF --signed` gives the signed L2 transaction back
// (pipeline.SubmitSigned checks it and fills in the Arbitrum state); the
// escape then stands "signed, not sent", and the next run sends the Inbox
// call around it through the pipeline, itself unsigned for the L1 key.
func (s *Stack) planL2(env *flow.Env, c *contracts, call l2Call, from common.Address, unsigned *types.Transaction,
	recipient *common.Address, amount *big.Int, token *common.Address) (*record.Escape, error) {
	n := env.Network
	e := &record.Escape{Network: n.Name, Stack: escape.StackArbitrum, Kind: call.kind, L1ChainID: n.L1ChainID, L2ChainID: n.L2ChainID,
		From: from, Recipient: recipient, Token: token, Stage: escape.StageSigned,
		Arb: &record.ArbState{Inbox: c.Inbox, L2From: from, L2Nonce: unsigned.Nonce(), L2GasLimit: unsigned.Gas(),
			L2MaxFeePerGas: unsigned.GasFeeCap().String(), L2To: *unsigned.To(), L2Value: unsigned.Value().String()}}
	if amount != nil {
		e.Amount = amount.String()
	}
	if err := env.Pipeline.SavePlan(e, pipeline.PlanOf(unsigned, from, "l2-tx", "L2")); err != nil {
		if e.ID == "" {
			return nil, err
		}
		return e, err
	}
	return e, nil
}

// planResign is refee for a key escape never sees: the re-signed L2
// transaction (same nonce, call, value and gas, the higher max fee) is
// written unsigned and kept as the escape's plan; the dropped one stays
// the escape's L2 transaction until the signed form comes back
// (pipeline.SubmitSigned checks it against the plan and makes it the
// escape's with pipeline.ReplaceL2Tx). The next run then writes the Inbox
// call that carries it, a new send-l2-message attempt, for the L1 key.
func (s *Stack) planResign(env *flow.Env, e *record.Escape, dropped, unsigned *types.Transaction, from common.Address, fees []ui.KV) error {
	env.UI.Progress("Your L2 transaction %s was dropped for its max fee (%s): the same transaction, at the same L2 nonce %d, with a max fee of %s, is to be signed again.",
		dropped.Hash().Hex(), units.Gwei(dropped.GasFeeCap()), unsigned.Nonce(), units.Gwei(unsigned.GasFeeCap()))
	for _, kv := range fees {
		env.UI.Progress("  %s: %s", kv.Key, kv.Value)
	}
	return env.Pipeline.SavePlan(e, pipeline.PlanOf(unsigned, from, "l2-tx", "L2"))
}
