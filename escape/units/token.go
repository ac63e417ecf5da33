package units

import (
	"math/big"
	"unicode"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
)

// Token is an ERC-20 as the bridge knows it: the pair of addresses it
// joins on L1 and L2, and the unit its amounts are counted in, read from
// the chain. The bridges move base units one for one, so an amount in
// Decimals means the same number of base units on both sides.
type Token struct {
	L1 common.Address `json:"l1Token"`
	L2 common.Address `json:"l2Token"`
	// GivenOn is the layer of the address --token named: "L1" or "L2".
	GivenOn string `json:"givenOn"`
	Symbol  string `json:"symbol"`
	// Decimals and Symbol were read on ReadOn ("L1" or "L2"): the L2
	// token's when an L2 RPC answers (the balance being withdrawn is
	// there), else the L1 token's.
	Decimals int    `json:"decimals"`
	ReadOn   string `json:"readOn"`
	// FoundBy says, in words, how the other address of the pair was found
	// (e.g. "the L2 token's remoteToken()").
	FoundBy string `json:"foundBy"`
}

// Given is the address --token named.
func (t Token) Given() common.Address {
	if t.GivenOn == "L2" {
		return t.L2
	}
	return t.L1
}

// Unit is the token for people: "DEVT (18 decimals)".
func (t Token) Unit() string {
	return t.Symbol + " (" + itoa(t.Decimals) + " decimals, read on " + t.ReadOn + ")"
}

// Pair is the pair for people, the address given first:
// "L1 0xabc… ↔ L2 0xdef…".
func (t Token) Pair() string {
	if t.GivenOn == "L2" {
		return "L2 " + t.L2.Hex() + " ↔ L1 " + t.L1.Hex()
	}
	return "L1 " + t.L1.Hex() + " ↔ L2 " + t.L2.Hex()
}

// Format prints base units of the token with its symbol: "1.5 DEVT".
func (t Token) Format(v *big.Int) string { return FormatAmount(v, t.Decimals) + " " + t.Symbol }

// Parse reads an amount the user typed in the token's units.
func (t Token) Parse(text string) (*big.Int, error) { return ParseAmount(text, t.Decimals, t.Symbol) }

// CleanSymbol keeps a symbol read from a contract fit to print: short and
// printable (no control or direction-changing characters, which could
// make a summary read other than it is); otherwise fallback.
func CleanSymbol(s, fallback string) string {
	if s == "" || len(s) > 16 || !utf8.ValidString(s) {
		return fallback
	}
	for _, r := range s {
		if !unicode.IsPrint(r) {
			return fallback
		}
	}
	return s
}
