package units

import (
	"math/big"
	"testing"
)

func wei(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic(s)
	}
	return v
}

func TestFeeFigures(t *testing.T) {
	cases := []struct {
		wei                  string
		nearest, ceil, floor string
	}{
		// The quick start's own figures.
		{"105029629869474", "0.000105 ETH", "0.0001051 ETH", "0.000105 ETH"},
		{"155447012985264", "0.0001554 ETH", "0.0001555 ETH", "0.0001554 ETH"},
		{"43928138542231728", "0.04393 ETH", "0.04393 ETH", "0.04392 ETH"},
		{"500176442000000000", "0.5002 ETH", "0.5002 ETH", "0.5001 ETH"},
		{"501764420000000000", "0.5018 ETH", "0.5018 ETH", "0.5017 ETH"},
		// Exact in four digits: unchanged whichever way.
		{"3000000000000000", "0.003 ETH", "0.003 ETH", "0.003 ETH"},
		{"123400000000000000", "0.1234 ETH", "0.1234 ETH", "0.1234 ETH"},
		// A carry across a digit.
		{"99996000000000000", "0.1 ETH", "0.1 ETH", "0.09999 ETH"},
		{"999950000000000000", "1 ETH", "1 ETH", "0.9999 ETH"},
		// The whole part is never cut.
		{"12345678900000000000000", "12346 ETH", "12346 ETH", "12345 ETH"},
		// Tiny fees never print as 0.
		{"1", "0.000000000000000001 ETH", "0.000000000000000001 ETH", "0.000000000000000001 ETH"},
		{"12345", "0.00000000000001235 ETH", "0.00000000000001235 ETH", "0.00000000000001234 ETH"},
		{"0", "0 ETH", "0 ETH", "0 ETH"},
	}
	for _, c := range cases {
		v := wei(c.wei)
		if got := FeeETH(v); got != c.nearest {
			t.Errorf("FeeETH(%s) = %s, want %s", c.wei, got, c.nearest)
		}
		if got := FeeETHCeil(v); got != c.ceil {
			t.Errorf("FeeETHCeil(%s) = %s, want %s", c.wei, got, c.ceil)
		}
		if got := FeeETHFloor(v); got != c.floor {
			t.Errorf("FeeETHFloor(%s) = %s, want %s", c.wei, got, c.floor)
		}
		if v.String() != c.wei {
			t.Errorf("rounding changed its input %s to %s", c.wei, v)
		}
	}
	if got := FeeGwei(wei("123624001")); got != "0.1236 gwei" {
		t.Errorf("FeeGwei = %s, want 0.1236 gwei", got)
	}
	if got := FeeGwei(wei("10000000000")); got != "10 gwei" {
		t.Errorf("FeeGwei = %s, want 10 gwei", got)
	}
}

// TestRoundSignificantKeepsBounds checks, over many values, that Up never
// shows less than the exact figure, Down never more, Nearest is within half
// a unit of the last kept digit, and no non-zero value becomes zero.
func TestRoundSignificantKeepsBounds(t *testing.T) {
	v := big.NewInt(1)
	for i := 0; i < 400; i++ {
		v.Mul(v, big.NewInt(7)).Add(v, big.NewInt(int64(i)))
		v.Mod(v, wei("100000000000000000000000")) // up to 1e5 ETH
		if v.Sign() == 0 {
			continue
		}
		up, down, near := RoundSignificant(v, 18, Up), RoundSignificant(v, 18, Down), RoundSignificant(v, 18, Nearest)
		if up.Cmp(v) < 0 || down.Cmp(v) > 0 || down.Sign() == 0 || near.Sign() == 0 {
			t.Fatalf("%s: up %s, down %s, nearest %s", v, up, down, near)
		}
		if near.Cmp(down) != 0 && near.Cmp(up) != 0 {
			t.Fatalf("%s: nearest %s is neither %s nor %s", v, near, down, up)
		}
		gap := new(big.Int).Sub(up, down)
		d1, d2 := new(big.Int).Sub(near, v), new(big.Int).Sub(v, near)
		if d1.Lsh(d1.Abs(d1), 1).Cmp(gap) > 0 && d2.Lsh(d2.Abs(d2), 1).Cmp(gap) > 0 {
			t.Fatalf("%s: nearest %s is more than half of %s away", v, near, gap)
		}
	}
}
