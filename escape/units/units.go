// Package units parses and prints what users type: addresses and decimal
// amounts. It is strict on purpose: a typo in a tool that moves money must be
// an error, never a guess.
package units

import (
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/escape"
)

// ParseAddress accepts 0x followed by 40 hex digits. Mixed-case input must
// match its EIP-55 checksum, which catches most typos.
func ParseAddress(what, s string) (common.Address, error) {
	s = strings.TrimSpace(s)
	hint := "an address is 0x followed by 40 hexadecimal digits; copy it again from a trusted source"
	if !strings.HasPrefix(s, "0x") && !strings.HasPrefix(s, "0X") {
		return common.Address{}, escape.Errorf("bad-address", hint, "%s %q is not an address: it must start with 0x", what, s)
	}
	body := s[2:]
	if len(body) != 40 {
		return common.Address{}, escape.Errorf("bad-address", hint, "%s %q is not an address: it has %d hex digits, not 40", what, s, len(body))
	}
	for _, c := range body {
		if !strings.ContainsRune("0123456789abcdefABCDEF", c) {
			return common.Address{}, escape.Errorf("bad-address", hint, "%s %q is not an address: %q is not a hex digit", what, s, c)
		}
	}
	a := common.HexToAddress(s)
	if body != strings.ToLower(body) && body != strings.ToUpper(body) && a.Hex()[2:] != body {
		return common.Address{}, escape.Errorf("bad-address",
			"mixed-case addresses carry a checksum (EIP-55); this one does not match, which usually means a typo",
			"%s %s fails its checksum (expected %s)", what, s, a.Hex())
	}
	if a == (common.Address{}) {
		return common.Address{}, escape.Errorf("bad-address", "funds sent to the zero address are lost", "%s is the zero address", what)
	}
	return a, nil
}

// ParseAmount parses a plain decimal amount ("0.5", "12", "1.000001") into
// base units with the given number of decimals. Exponents, signs, commas and
// more fraction digits than the token has are refused.
func ParseAmount(s string, decimals int, unit string) (*big.Int, error) {
	orig := s
	s = strings.TrimSpace(s)
	hint := "write the amount as a plain decimal number in " + unit + ", e.g. 0.5"
	if s == "" {
		return nil, escape.Errorf("bad-amount", hint, "no amount given")
	}
	intPart, frac, hasDot := strings.Cut(s, ".")
	if intPart == "" && hasDot {
		intPart = "0"
	}
	digits := func(x string) bool {
		for _, c := range x {
			if c < '0' || c > '9' {
				return false
			}
		}
		return true
	}
	if !digits(intPart) || !digits(frac) || intPart == "" || (hasDot && frac == "") {
		return nil, escape.Errorf("bad-amount", hint, "amount %q is not a plain decimal number", orig)
	}
	if len(frac) > decimals {
		return nil, escape.Errorf("bad-amount",
			hint+"; "+unit+" has "+itoa(decimals)+" decimals",
			"amount %q has more decimal places than %s allows (%d)", orig, unit, decimals)
	}
	frac += strings.Repeat("0", decimals-len(frac))
	v, ok := new(big.Int).SetString(intPart+frac, 10)
	if !ok {
		return nil, escape.Errorf("bad-amount", hint, "amount %q is not a number", orig)
	}
	if v.Sign() == 0 {
		return nil, escape.Errorf("bad-amount", "give an amount greater than zero", "amount %q is zero", orig)
	}
	return v, nil
}

// FormatAmount prints base units as a decimal with trailing zeros removed.
func FormatAmount(v *big.Int, decimals int) string {
	if v == nil {
		return "0"
	}
	neg := v.Sign() < 0
	s := new(big.Int).Abs(v).String()
	if decimals > 0 {
		if len(s) <= decimals {
			s = strings.Repeat("0", decimals-len(s)+1) + s
		}
		i, f := s[:len(s)-decimals], strings.TrimRight(s[len(s)-decimals:], "0")
		s = i
		if f != "" {
			s += "." + f
		}
	}
	if neg {
		s = "-" + s
	}
	return s
}

// ETH prints wei as ETH.
func ETH(wei *big.Int) string { return FormatAmount(wei, 18) + " ETH" }

// Gwei prints wei as gwei with up to 9 decimals.
func Gwei(wei *big.Int) string { return FormatAmount(wei, 9) + " gwei" }

func itoa(i int) string { return big.NewInt(int64(i)).String() }
