package health

import (
	"fmt"
	"math"
	"math/big"

	"github.com/l2escape/escape/escape/opstack/depositfee"
	"github.com/l2escape/escape/escape/units"
)

// OPDeposits is the portal's deposit market (ResourceMetering): every L1
// block sells at most MaxResourceLimit L2 gas to deposits, at a base fee
// that rises EIP-1559-style when blocks buy more than their target.
type OPDeposits struct {
	BaseFeeWei        string `json:"baseFeeWei"`        // params().prevBaseFee
	BoughtGas         uint64 `json:"boughtGas"`         // params().prevBoughtGas, in BoughtInBlock
	BoughtInBlock     uint64 `json:"boughtInBlock"`     // params().prevBlockNum
	MaxResourceLimit  uint64 `json:"maxResourceLimit"`  // resourceConfig()
	MinimumBaseFeeWei string `json:"minimumBaseFeeWei"` // resourceConfig()
	// Crowded: the last deposit block bought most of its budget, or the
	// price is far above its floor.
	Crowded bool `json:"crowded"`
	// What a forced ETH withdrawal's deposit price costs in the next L1
	// block: ForcedL2Gas at NextBaseFeeWei burns ForcedBurnGas L1 gas,
	// ForcedBurnFeeWei at the L1 base fee now (empty before London).
	NextBaseFeeWei   string `json:"nextBaseFeeWei"`
	ForcedL2Gas      uint64 `json:"forcedL2Gas"`
	ForcedBurnGas    uint64 `json:"forcedBurnGas"`
	ForcedBurnFeeWei string `json:"forcedBurnFeeWei,omitempty"`
}

// A deposit market is crowded when the last block with deposits bought at
// least crowdedShare of its budget, or the price is crowdedPriceFactor
// times its floor (two full blocks in a row more than quadruple it).
const (
	crowdedShare       = 0.8
	crowdedPriceFactor = 4
)

// depositViews are the portal's params() and the SystemConfig's
// resourceConfig(), read in round 1.
func depositViews(f *OPFacts) (params, cfg *view) {
	return get(f.OptimismPortal, portalABI, "params"), get(f.SystemConfig, systemConfigABI, "resourceConfig")
}

// opDeposits reads the deposit doors from depositViews' answers; nil if
// either did not answer.
func (c *checker) opDeposits(params, cfg *view) *OPDeposits {
	if !params.ok(3) || !cfg.ok(6) {
		return nil
	}
	fee := new(big.Int).SetBytes(params.word(0))
	bought, _ := params.uint(1)
	block, _ := params.uint(2)
	limit, _ := cfg.uint(0)
	floor, _ := cfg.uint(3)
	d := &OPDeposits{BaseFeeWei: fee.String(), BoughtGas: bought, BoughtInBlock: block, MaxResourceLimit: limit,
		MinimumBaseFeeWei: fmt.Sprint(floor)}
	elasticity, _ := cfg.uint(1)
	denominator, _ := cfg.uint(2)
	if elasticity > 0 && denominator > 0 && block <= c.head && limit <= math.MaxUint32 && floor <= math.MaxUint32 {
		rc := depositfee.Config{MaxResourceLimit: uint32(limit), ElasticityMultiplier: uint8(elasticity),
			BaseFeeMaxChangeDenominator: uint8(denominator), MinimumBaseFee: uint32(floor), MaximumBaseFee: new(big.Int).SetBytes(cfg.word(5))}
		next := depositfee.NextBaseFee(rc, fee, bought, c.head+1-block)
		d.NextBaseFeeWei, d.ForcedL2Gas = next.String(), depositfee.WithdrawEthL2Gas
		d.ForcedBurnGas = depositfee.BurnGas(d.ForcedL2Gas, next, c.headBaseFee)
		if c.headBaseFee != nil {
			d.ForcedBurnFeeWei = new(big.Int).Mul(new(big.Int).SetUint64(d.ForcedBurnGas), c.headBaseFee).String()
		}
	}
	recentBlock := block+1 >= c.head
	d.Crowded = (recentBlock && float64(bought) >= crowdedShare*float64(limit)) ||
		fee.Cmp(new(big.Int).Mul(new(big.Int).SetUint64(floor), big.NewInt(crowdedPriceFactor))) >= 0
	return d
}

// crowdText is what Forcing adds when the doors are crowded.
func (d *OPDeposits) crowdText() string {
	if d == nil || !d.Crowded {
		return ""
	}
	fee, _ := new(big.Int).SetString(d.BaseFeeWei, 10)
	floor, _ := new(big.Int).SetString(d.MinimumBaseFeeWei, 10)
	return fmt.Sprintf(" The portal's deposit doors are crowded: L1 block %d bought %d of its %d L2 gas for deposits, at %s per L2 gas (floor %s); a forced transaction costs more now, and one that finds a block's budget spent waits for the next block.",
		d.BoughtInBlock, d.BoughtGas, d.MaxResourceLimit, units.Gwei(fee), units.Gwei(floor))
}

// costText says what a forced ETH withdrawal's deposit price costs now
// (empty when the market or the L1 base fee is unknown).
func (d *OPDeposits) costText() string {
	if d == nil || d.ForcedBurnFeeWei == "" {
		return ""
	}
	next, _ := new(big.Int).SetString(d.NextBaseFeeWei, 10)
	cost, _ := new(big.Int).SetString(d.ForcedBurnFeeWei, 10)
	return fmt.Sprintf(" A forced ETH withdrawal costs now about %s on L1 for its deposit price (%d L2 gas at %s per L2 gas in the next L1 block: a burn of %d L1 gas at the L1 base fee now), plus the gas of the portal call itself.",
		units.FeeETH(cost), d.ForcedL2Gas, units.Gwei(next), d.ForcedBurnGas)
}
