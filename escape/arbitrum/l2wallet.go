package arbitrum

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/pipeline"
	"github.com/l2escape/escape/escape/ui"
	"github.com/l2escape/escape/escape/units"
)

// walletSignL2 has the user's wallet sign the planned L2 transaction
// (pipeline.L2Wallet, e.g. escape/wallet/l2capture's local L2 endpoint)
// and checks what comes back against the plan, whatever the wallet side
// already checked: chain id, nonce, to, value, data, gas and fee bounds,
// the signer, and that the balance (when known) pays gas × max fee +
// value, without which the L2 drops it.
func (s *Stack) walletSignL2(ctx context.Context, env *flow.Env, unsigned *types.Transaction, from common.Address, balance *big.Int) (*types.Transaction, error) {
	plan := pipeline.PlanOf(unsigned, from, "l2-tx", "L2")
	var replica *rpc.Client
	if env.L2 != nil {
		replica = env.L2.Raw()
	}
	tx, err := env.Pipeline.L2Wallet.SignL2(ctx, pipeline.L2SignRequest{Plan: plan, Network: env.Network.Title, Balance: balance, Replica: replica, UI: env.UI})
	if err != nil {
		return nil, err
	}
	if err := pipeline.CheckSignedL2(plan, tx, balance); err != nil {
		return nil, err
	}
	return tx, nil
}

// walletLine tells the summary what the wallet signed when it raised the
// gas limit or the max fee within the plan's bounds.
func walletLine(tx *types.Transaction, plannedGas uint64, plannedMaxFee *big.Int) []ui.KV {
	if tx.Gas() == plannedGas && tx.GasFeeCap().Cmp(plannedMaxFee) == 0 {
		return nil
	}
	return []ui.KV{{Key: "Signed in your wallet", Value: fmt.Sprintf("gas limit %d, max fee %s (the plan: %d, %s; your L2 balance must hold value + %s)",
		tx.Gas(), units.Gwei(tx.GasFeeCap()), plannedGas, units.Gwei(plannedMaxFee), units.FeeETHCeil(new(big.Int).Mul(new(big.Int).SetUint64(tx.Gas()), tx.GasFeeCap())))}}
}
