package units

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestTokenUnit(t *testing.T) {
	l1, l2 := common.HexToAddress("0x00000000000000000000000000000000000000a1"), common.HexToAddress("0x00000000000000000000000000000000000000b2")
	tok := Token{L1: l1, L2: l2, GivenOn: "L2", Symbol: "USDC", Decimals: 6, ReadOn: "L2"}
	if got := tok.Format(big.NewInt(1_500_000)); got != "1.5 USDC" {
		t.Errorf("Format = %q", got)
	}
	if v, err := tok.Parse("1.5"); err != nil || v.Int64() != 1_500_000 {
		t.Errorf("Parse(1.5) = %v, %v", v, err)
	}
	if _, err := tok.Parse("0.0000001"); err == nil {
		t.Error("7 decimals of a 6-decimal token accepted")
	}
	if got, want := tok.Pair(), "L2 "+l2.Hex()+" ↔ L1 "+l1.Hex(); got != want {
		t.Errorf("Pair = %q, want %q", got, want)
	}
	if tok.Given() != l2 {
		t.Errorf("Given = %s", tok.Given())
	}
	tok.GivenOn = "L1"
	if got, want := tok.Pair(), "L1 "+l1.Hex()+" ↔ L2 "+l2.Hex(); got != want || tok.Given() != l1 {
		t.Errorf("Pair = %q, want %q", got, want)
	}
	if got := tok.Unit(); got != "USDC (6 decimals, read on L2)" {
		t.Errorf("Unit = %q", got)
	}
	for in, want := range map[string]string{"DAI": "DAI", "": "tokens", "A\nB": "tokens", "ABCDEFGHIJKLMNOPQ": "tokens", "US\u202eDC": "tokens", "\xff": "tokens"} {
		if got := CleanSymbol(in, "tokens"); got != want {
			t.Errorf("CleanSymbol(%q) = %q, want %q", in, got, want)
		}
	}
}
