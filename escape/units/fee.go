package units

import "math/big"

// FeeDigits is how many significant digits a fee or cost is shown with. The
// wei are noise to a person deciding whether to pay; four digits tell 0.0001050
// from 0.0001055. Amounts the user sends or receives are never rounded (see
// ETH), and --json keeps every figure exact in base units.
const FeeDigits = 4

// Rounding says which way a shown figure may move from the exact one.
type Rounding int

const (
	// Nearest suits an estimate ("about"): either way is as true.
	Nearest Rounding = iota
	// Up suits a bound or a need ("at most", "worst case", "send at least"):
	// the shown figure is never below the exact one, so it stays a true bound.
	Up
	// Down suits what is left of a budget: never more than is really left.
	Down
)

// RoundSignificant rounds base units (with decimals of them in one whole
// unit) to FeeDigits significant digits, the way r says. The whole part is
// never cut (12345.678 stays 12346 at Nearest), and a non-zero value never
// becomes zero: its leading digit always survives.
func RoundSignificant(v *big.Int, decimals int, r Rounding) *big.Int {
	if v == nil || v.Sign() == 0 {
		return new(big.Int)
	}
	abs := new(big.Int).Abs(v)
	n := len(abs.String())
	keep := max(FeeDigits, n-decimals)
	drop := n - keep
	if drop <= 0 {
		return new(big.Int).Set(v)
	}
	unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(drop)), nil)
	q, rem := new(big.Int).QuoRem(abs, unit, new(big.Int))
	switch r {
	case Up:
		if rem.Sign() > 0 {
			q.Add(q, big.NewInt(1))
		}
	case Nearest:
		if new(big.Int).Lsh(rem, 1).Cmp(unit) >= 0 {
			q.Add(q, big.NewInt(1))
		}
	}
	q.Mul(q, unit)
	if v.Sign() < 0 {
		q.Neg(q)
	}
	return q
}

// FeeETH prints an estimated fee or cost in wei as ETH to FeeDigits
// significant digits, rounded to the nearest ("about 0.000105 ETH").
func FeeETH(wei *big.Int) string { return ETH(RoundSignificant(wei, 18, Nearest)) }

// FeeETHCeil prints a fee bound or a needed amount in wei as ETH to
// FeeDigits significant digits, rounded up so that it stays a true bound
// ("at most 0.0001555 ETH", "send at least ...").
func FeeETHCeil(wei *big.Int) string { return ETH(RoundSignificant(wei, 18, Up)) }

// FeeETHFloor prints what is left of a fee budget, rounded down so that it
// never promises more than is left.
func FeeETHFloor(wei *big.Int) string { return ETH(RoundSignificant(wei, 18, Down)) }

// FeeGwei prints a fee rate read for information (a base fee now) in gwei
// to FeeDigits significant digits, rounded to the nearest. A max fee a
// transaction is signed with is printed exactly (Gwei): it is what the
// user's wallet shows.
func FeeGwei(wei *big.Int) string { return Gwei(RoundSignificant(wei, 9, Nearest)) }
