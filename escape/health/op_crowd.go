package health

import (
	"fmt"
	"math/big"

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
	return call(f.OptimismPortal, "params()"), call(f.SystemConfig, "resourceConfig()")
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
