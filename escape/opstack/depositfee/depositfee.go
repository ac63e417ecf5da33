// Package depositfee is the OP Stack portal's deposit market
// (ResourceMetering.sol) as arithmetic: every L1 block sells at most
// maxResourceLimit L2 gas to deposits, at a base fee that moves EIP-1559-style
// with the gas bought in the previous block; the price is paid by burning L1
// gas inside depositTransaction. opstack prices deposits with it, and
// `escape health` says what one costs now.
package depositfee

import (
	"math"
	"math/big"
)

// WithdrawEthL2Gas is the L2 gas escape gives a forced ETH withdrawal
// (L2ToL1MessagePasser.initiateWithdrawal, with room to spare).
const WithdrawEthL2Gas = 200_000

// Config mirrors SystemConfig.resourceConfig() (field names as in the ABI,
// for abi.ConvertType).
type Config struct {
	MaxResourceLimit            uint32
	ElasticityMultiplier        uint8
	BaseFeeMaxChangeDenominator uint8
	MinimumBaseFee              uint32
	SystemTxMaxGas              uint32
	MaximumBaseFee              *big.Int
}

// NextBaseFee is the price update at the top of ResourceMetering._metered
// for the first deposit of a block blockDiff (> 0) blocks after the last
// one with deposits: one EIP-1559 step for the gas bought then, then
// (1 - 1/denominator) per empty block in between (Arithmetic.cdexp), each
// clamped to [minimumBaseFee, maximumBaseFee]. The config's elasticity and
// denominator must not be zero.
func NextBaseFee(cfg Config, prevBaseFee *big.Int, prevBoughtGas, blockDiff uint64) *big.Int {
	target := big.NewInt(int64(cfg.MaxResourceLimit) / int64(cfg.ElasticityMultiplier))
	delta := new(big.Int).Sub(new(big.Int).SetUint64(prevBoughtGas), target)
	delta.Mul(delta, prevBaseFee)
	// Solidity's signed division truncates toward zero, as big.Int.Quo does.
	delta.Quo(delta, new(big.Int).Mul(target, big.NewInt(int64(cfg.BaseFeeMaxChangeDenominator))))
	fee := clamp(cfg, new(big.Int).Add(prevBaseFee, delta))
	if blockDiff > 1 {
		// cdexp computes c·(1-1/d)^n with solmate's powWad (fixed point,
		// accurate to a few parts in 1e18): a float is as close as the
		// gwei-sized prices need, and rounding down keeps it a lower price.
		d := float64(cfg.BaseFeeMaxChangeDenominator)
		factor := math.Pow(1-1/d, float64(blockDiff-1))
		f, _ := new(big.Float).Mul(new(big.Float).SetInt(fee), big.NewFloat(factor)).Int(nil)
		fee = clamp(cfg, f)
	}
	return fee
}

func clamp(cfg Config, v *big.Int) *big.Int {
	if min := big.NewInt(int64(cfg.MinimumBaseFee)); v.Cmp(min) < 0 {
		return min
	}
	if cfg.MaximumBaseFee != nil && v.Cmp(cfg.MaximumBaseFee) > 0 {
		return new(big.Int).Set(cfg.MaximumBaseFee)
	}
	return v
}

// BurnGas is the L1 gas ResourceMetering._metered makes a deposit of l2Gas
// cost: l2Gas × depositBaseFee / max(block.basefee, 1 gwei). The portal
// subtracts the gas depositTransaction used so far from this and burns the
// rest, so the deposit's whole L1 gas is at least this much.
func BurnGas(l2Gas uint64, depositBaseFee, l1BaseFee *big.Int) uint64 {
	div := big.NewInt(1e9)
	if l1BaseFee != nil && l1BaseFee.Cmp(div) > 0 {
		div = l1BaseFee
	}
	cost := new(big.Int).Mul(new(big.Int).SetUint64(l2Gas), depositBaseFee)
	cost.Quo(cost, div)
	if !cost.IsUint64() {
		return math.MaxUint64
	}
	return cost.Uint64()
}
