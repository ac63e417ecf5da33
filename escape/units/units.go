// Package units parses and prints what users type: addresses and decimal
// amounts. It is strict on purpose: a typo in a tool that moves money must be
// an error, never a guess.
package units

import (
	"fmt"
	"math/big"
	"regexp"
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
	if !ChecksumMatches(s) {
		return common.Address{}, ChecksumError(what+" "+s, "")
	}
	if a == (common.Address{}) {
		return common.Address{}, escape.Errorf("bad-address", "funds sent to the zero address are lost", "%s is the zero address", what)
	}
	return a, nil
}

// ChecksumMatches reports whether a 0x-prefixed 40-digit hex address is
// all lower case, all upper case (neither carries a checksum, as EIP-55
// allows), or mixed case matching its EIP-55 checksum.
func ChecksumMatches(s string) bool {
	body := s[2:]
	if body == strings.ToLower(body) || body == strings.ToUpper(body) {
		return true
	}
	return common.HexToAddress(s).Hex()[2:] == body
}

// ChecksumError is the error for an address whose EIP-55 checksum does not
// match. It never shows the address with its checksum recomputed: that is
// the typo itself in a form escape would accept, and a user pasting it
// would send funds to it. fix says where to correct it ("" for a flag).
func ChecksumError(what, fix string) error {
	hint := "copy the address again from its source (the wallet, explorer or message it came from) instead of retyping it or changing its case; escape never guesses the right address"
	if fix != "" {
		hint = fix + "; " + hint
	}
	return escape.Errorf("bad-address", hint,
		"%s: its checksum (the pattern of upper- and lower-case letters, EIP-55) does not match, so a character is probably wrong", what)
}

// MaxUint256 is the largest amount a contract can hold or be sent: every
// amount and value on Ethereum is a uint256, and anything larger would be
// cut to its low 256 bits when encoded, silently turning into another number.
var MaxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// ParseAmount parses a plain decimal amount ("0.5", "12", "1.000001") into
// base units with the given number of decimals. Exponents, signs, commas,
// more fraction digits than the token has, and amounts that do not fit in
// a uint256 are refused.
func ParseAmount(s string, decimals int, unit string) (*big.Int, error) {
	intPart, frac, err := splitAmount(s, unit)
	if err != nil {
		return nil, err
	}
	orig := strings.TrimSpace(s)
	hint := amountHint(unit)
	if len(frac) > decimals {
		return nil, escape.Errorf("bad-amount",
			hint+"; "+unit+" has "+itoa(decimals)+" decimals",
			"amount %s has more decimal places than %s allows (%d)", Shown(orig), unit, decimals)
	}
	frac += strings.Repeat("0", decimals-len(frac))
	v, ok := new(big.Int).SetString(intPart+frac, 10)
	if !ok {
		return nil, escape.Errorf("bad-amount", hint, "amount %s is not a number", Shown(orig))
	}
	if v.Sign() == 0 {
		return nil, escape.Errorf("bad-amount", "give an amount greater than zero", "amount %s is zero", Shown(orig))
	}
	if v.Cmp(MaxUint256) > 0 {
		return nil, tooLarge(orig, unit)
	}
	return v, nil
}

// CheckAmountText checks the syntax of an amount whose decimals are not
// known yet (a token's are read from the chain later): a plain positive
// decimal whose whole part alone already fits in a uint256.
func CheckAmountText(s string, unit string) error {
	intPart, frac, err := splitAmount(s, unit)
	if err != nil {
		return err
	}
	orig := strings.TrimSpace(s)
	v, _ := new(big.Int).SetString(intPart, 10)
	if v.Sign() == 0 && strings.Trim(frac, "0") == "" {
		return escape.Errorf("bad-amount", "give an amount greater than zero", "amount %s is zero", Shown(orig))
	}
	if v.Cmp(MaxUint256) > 0 {
		return tooLarge(orig, unit)
	}
	return nil
}

// secretShaped matches 32 bytes in hex, the shape of a private key.
var secretShaped = regexp.MustCompile(`^(0[xX])?[0-9a-fA-F]{64}$`)

// Shown quotes what the user typed for an error message. A value shaped
// like a private key is never repeated, and long values are cut so that a
// pasted blob does not fill the screen.
func Shown(s string) string {
	t := strings.TrimSpace(s)
	switch {
	case secretShaped.MatchString(t):
		return "(64 hex digits, not repeated here)"
	case len(t) > 100:
		return fmt.Sprintf("%q", t[:80]+"…"+t[len(t)-8:])
	}
	return fmt.Sprintf("%q", s)
}

// Abbrev shortens a 32-byte hash to its first and last two bytes
// (0x1234…abcd). A REF cannot be told from a private key by its shape, so
// messages about a REF that was not found show only this much of it.
func Abbrev(s string) string {
	t := strings.TrimSpace(s)
	if !secretShaped.MatchString(t) {
		return Shown(s)
	}
	body := t
	if len(t) == 66 {
		body = t[2:]
	}
	return "0x" + strings.ToLower(body[:4]) + "…" + strings.ToLower(body[60:])
}

func amountHint(unit string) string {
	return "write the amount as a plain decimal number in " + unit + ", e.g. 0.5"
}

func tooLarge(orig, unit string) error {
	return escape.Errorf("bad-amount",
		"no balance on Ethereum can exceed 2^256-1 base units (about 1.16e59 ETH); check the amount and its unit",
		"amount %s in %s does not fit in 256 bits", Shown(orig), unit)
}

// splitAmount checks that s is a plain decimal number and returns its whole
// and fraction digits.
func splitAmount(s, unit string) (intPart, frac string, err error) {
	orig := s
	s = strings.TrimSpace(s)
	hint := amountHint(unit)
	if s == "" {
		return "", "", escape.Errorf("bad-amount", hint, "no amount given")
	}
	intPart, frac, hasDot := strings.Cut(s, ".")
	if intPart == "" && hasDot {
		intPart = "0"
	}
	if !digits(intPart) || !digits(frac) || intPart == "" || (hasDot && frac == "") {
		return "", "", escape.Errorf("bad-amount", hint, "amount %s is not a plain decimal number", Shown(orig))
	}
	return intPart, frac, nil
}

func digits(x string) bool {
	for _, c := range x {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// ParseGas parses a positive whole number of gas units. Gas limits are
// uint64 in every transaction format.
func ParseGas(flag, s string) (uint64, error) {
	s = strings.TrimSpace(s)
	hint := flag + " takes a positive whole number of gas units, e.g. 200000"
	if !digits(s) || s == "" {
		return 0, escape.Errorf("bad-gas", hint, "%s %s is not a whole number", flag, Shown(s))
	}
	v, ok := new(big.Int).SetString(s, 10)
	if !ok || v.Sign() == 0 {
		return 0, escape.Errorf("bad-gas", hint, "%s %s is zero", flag, Shown(s))
	}
	if !v.IsUint64() {
		return 0, escape.Errorf("bad-gas", hint+"; a gas limit fits in 64 bits (no block holds more than about 4e7)",
			"%s %s is too large for a gas limit", flag, Shown(s))
	}
	return v.Uint64(), nil
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
