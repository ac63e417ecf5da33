package arbitrum

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/network"
)

// MaxETH is the most ETH a forced withdrawal can take out of an L2
// balance: the L2 gas is paid from the same balance, so Kept = Gas ×
// MaxFee stays behind.
type MaxETH struct {
	Amount *big.Int // wei; zero or negative when the balance does not pay the gas
	Kept   *big.Int // Gas × MaxFee
	Gas    uint64   // the L2 gas limit Withdraw will sign
	MaxFee *big.Int // the max fee per gas Withdraw will sign
}

// anyRecipient stands for the recipient, not known yet when the amount is
// asked: non-zero bytes cost the most calldata gas, so no recipient makes
// the flow's gas limit larger than this one's.
var anyRecipient = common.HexToAddress("0xffffffffffffffffffffffffffffffffffffffff")

// MaxWithdrawEth is MaxETH for from's balance, with Withdraw's own gas
// limit (pickGas) and max fee policy (pickFee, unlimited by balance), so
// that withdrawing Amount passes the flow's balance check at the full
// policy's max fee.
func MaxWithdrawEth(ctx context.Context, n *network.Network, l2 *chain.Client, from common.Address, balance *big.Int) MaxETH {
	s := &Stack{}
	env := &flow.Env{Network: n, L2: l2}
	call := l2Call{kind: "withdraw-eth", to: ArbSysAddress, value: balance, data: pack(arbSysABI(), "withdrawEth", anyRecipient)}
	gas, _ := s.pickGas(ctx, env, from, call)
	fee := s.pickFee(ctx, env, gas, call.value, nil)
	m := maxETHAt(balance, gas, fee.Max)
	// The flow estimates with the amount as the value: should that cost
	// more gas, keep back for the larger limit.
	if m.Amount.Sign() > 0 {
		call.value = m.Amount
		if again, _ := s.pickGas(ctx, env, from, call); again > gas {
			m = maxETHAt(balance, again, fee.Max)
		}
	}
	return m
}

func maxETHAt(balance *big.Int, gas uint64, maxFee *big.Int) MaxETH {
	kept := new(big.Int).Mul(new(big.Int).SetUint64(gas), maxFee)
	return MaxETH{Amount: new(big.Int).Sub(balance, kept), Kept: kept, Gas: gas, MaxFee: maxFee}
}
