package arbitrum

import (
	"math/big"
	"testing"
)

func gwei(f float64) *big.Int {
	v, _ := new(big.Float).Mul(big.NewFloat(f), big.NewFloat(1e9)).Int(nil)
	return v
}

// The max fee is the higher of 3 × the base fee now and 100 × the minimum,
// lowered to what the balance pays for, never under 3 × now.
func TestFeePolicy(t *testing.T) {
	min := gwei(0.01)
	big1 := ether(100)
	for name, c := range map[string]struct {
		current, balance, want *big.Int
		limited                bool
	}{
		"quiet: the spike floor":         {gwei(0.01), big1, gwei(1), false},
		"busy: 3 × now":                  {gwei(2), big1, gwei(6), false},
		"no L2 RPC: the floor":           {nil, nil, gwei(1), false},
		"balance limits the headroom":    {gwei(0.01), new(big.Int).Add(ether(1), gwei(0.5*100_000)), gwei(0.5), true},
		"balance under 3 × now: 3 × now": {gwei(0.01), ether(1), gwei(0.03), true},
	} {
		t.Run(name, func(t *testing.T) {
			f := feePolicy(c.current, min, 100_000, ether(1), c.balance)
			if f.Max.Cmp(c.want) != 0 || f.LimitedByBalance != c.limited {
				t.Fatalf("max %s limited %v, want %s %v", f.Max, f.LimitedByBalance, c.want, c.limited)
			}
			if f.worstCost(100_000, ether(1)).Cmp(f.expectedCost(100_000, ether(1))) < 0 {
				t.Fatal("worst case under expected")
			}
		})
	}
}
