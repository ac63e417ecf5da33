package units

import (
	"math/big"
	"testing"

	"github.com/l2escape/escape/escape"
)

func TestParseAmount(t *testing.T) {
	good := map[string]string{
		"0.5":                  "500000000000000000",
		"1":                    "1000000000000000000",
		".25":                  "250000000000000000",
		"12.000001":            "12000001000000000000",
		" 3 ":                  "3000000000000000000",
		"0.000000000000000001": "1",
	}
	for in, want := range good {
		v, err := ParseAmount(in, 18, "ETH")
		if err != nil {
			t.Errorf("ParseAmount(%q): %v", in, err)
			continue
		}
		if v.String() != want {
			t.Errorf("ParseAmount(%q) = %s, want %s", in, v, want)
		}
	}
	for _, in := range []string{"", "-1", "1e18", "1,5", "0x10", "1.", "abc", "0", "0.0", "0.0000000000000000001", "1.2.3", "+1"} {
		_, err := ParseAmount(in, 18, "ETH")
		if err == nil {
			t.Errorf("ParseAmount(%q) accepted", in)
			continue
		}
		if escape.CodeOf(err) != "bad-amount" || escape.HintOf(err) == "" {
			t.Errorf("ParseAmount(%q): error %v lacks code or hint", in, err)
		}
	}
	if _, err := ParseAmount("1.1234567", 6, "USDC"); err == nil {
		t.Error("7 decimals accepted for a 6-decimal token")
	}
}

func TestFormatAmount(t *testing.T) {
	cases := []struct {
		v    string
		dec  int
		want string
	}{{"500000000000000000", 18, "0.5"}, {"1", 18, "0.000000000000000001"}, {"1000000", 6, "1"}, {"0", 18, "0"}, {"123", 0, "123"}}
	for _, c := range cases {
		v, _ := new(big.Int).SetString(c.v, 10)
		if got := FormatAmount(v, c.dec); got != c.want {
			t.Errorf("FormatAmount(%s, %d) = %s, want %s", c.v, c.dec, got, c.want)
		}
	}
}

func TestParseAddress(t *testing.T) {
	// EIP-55's own test vectors (eips.ethereum.org/EIPS/eip-55, "Test Cases").
	for _, a := range []string{
		"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
		"0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
		"0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
		"0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
	} {
		got, err := ParseAddress("--to", a)
		if err != nil || got.Hex() != a {
			t.Errorf("ParseAddress(%s) = %s, %v", a, got.Hex(), err)
		}
	}
	// All lower or all upper case carry no checksum and are accepted.
	if _, err := ParseAddress("--to", "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"); err != nil {
		t.Error(err)
	}
	for _, bad := range []string{
		"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", // one letter's case flipped: checksum fails
		"5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",   // no 0x
		"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe",  // 39 digits
		"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAedd",
		"0xZaAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
		"0x0000000000000000000000000000000000000000",
		"alice.eth",
	} {
		_, err := ParseAddress("--to", bad)
		if err == nil {
			t.Errorf("ParseAddress(%q) accepted", bad)
		} else if escape.CodeOf(err) != "bad-address" || escape.HintOf(err) == "" {
			t.Errorf("ParseAddress(%q): %v lacks code/hint", bad, err)
		}
	}
}
