package units

import (
	"math/big"
	"strings"
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
	// A checksum typo is refused without showing the typo with its checksum
	// recomputed: pasted back, that form would pass and send funds to the typo.
	_, err := ParseAddress("--to", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD")
	if text := err.Error() + escape.HintOf(err); strings.Contains(text, "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed") ||
		!strings.Contains(text, "a character is probably wrong") || !strings.Contains(text, "copy the address again from its source") {
		t.Errorf("checksum typo: %q", text)
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

func TestParseAmountRefusesMoreThanUint256(t *testing.T) {
	max := MaxUint256.String() // 78 digits
	if v, err := ParseAmount(max, 0, "wei"); err != nil || v.Cmp(MaxUint256) != 0 {
		t.Fatalf("2^256-1 wei: %v, %v", v, err)
	}
	over := new(big.Int).Add(MaxUint256, big.NewInt(1)).String()
	for _, c := range []struct {
		in  string
		dec int
	}{
		{over, 0},
		{"115792089237316195423570985008687907853269984665640564039458", 18}, // 2^256 wei and then some, in ETH
		{"1" + strings.Repeat("0", 80), 18},
	} {
		_, err := ParseAmount(c.in, c.dec, "ETH")
		if err == nil {
			t.Errorf("ParseAmount(%s, %d) accepted an amount above 2^256-1", c.in, c.dec)
			continue
		}
		if escape.CodeOf(err) != "bad-amount" || !strings.Contains(escape.HintOf(err), "2^256-1") {
			t.Errorf("ParseAmount(%s): %v (hint %q)", c.in, err, escape.HintOf(err))
		}
	}
}

func TestCheckAmountText(t *testing.T) {
	for _, ok := range []string{"1", "0.5", "1.000000000000000000000000000001", MaxUint256.String()} {
		if err := CheckAmountText(ok, "token units"); err != nil {
			t.Errorf("CheckAmountText(%q): %v", ok, err)
		}
	}
	for _, bad := range []string{"", "0", "0.000", "1e5", "-1", new(big.Int).Add(MaxUint256, big.NewInt(1)).String()} {
		if err := CheckAmountText(bad, "token units"); err == nil || escape.CodeOf(err) != "bad-amount" {
			t.Errorf("CheckAmountText(%q) = %v", bad, err)
		}
	}
}

func TestParseGas(t *testing.T) {
	if g, err := ParseGas("--gas", " 200000 "); err != nil || g != 200000 {
		t.Errorf("ParseGas(200000) = %d, %v", g, err)
	}
	for _, bad := range []string{"", "0", "-1", "1e6", "0x10", "18446744073709551616", strings.Repeat("9", 90)} {
		if _, err := ParseGas("--gas", bad); err == nil || escape.CodeOf(err) != "bad-gas" || escape.HintOf(err) == "" {
			t.Errorf("ParseGas(%q) = %v", bad, err)
		}
	}
}

func TestErrorsNeverRepeatAKeyShapedValue(t *testing.T) {
	key := "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"
	for _, err := range []error{
		func() error { _, err := ParseAmount(key, 18, "ETH"); return err }(),
		func() error { _, err := ParseAmount(key[2:], 18, "ETH"); return err }(),
		CheckAmountText(key, "token units"),
		func() error { _, err := ParseGas("--gas", key); return err }(),
	} {
		if err == nil || strings.Contains(strings.ToLower(err.Error()), key[10:30]) {
			t.Errorf("error repeats the key: %v", err)
		}
	}
	if got := Abbrev(key); got != "0x4c08…2318" {
		t.Errorf("Abbrev = %s", got)
	}
}

// FuzzParseAmount: whatever is typed, ParseAmount never panics, and what it
// accepts is a positive uint256 that prints back to the same number.
func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{"0.5", "1", ".25", "12.000001", "0", "1e18", MaxUint256.String(),
		"115792089237316195423570985008687907853269984665640564039458", "00001.10", " 3 ", "1.", "+1", "0x10"} {
		f.Add(s, uint8(18))
		f.Add(s, uint8(0))
	}
	f.Fuzz(func(t *testing.T, s string, dec uint8) {
		decimals := int(dec % 80)
		v, err := ParseAmount(s, decimals, "units")
		if err != nil {
			if escape.CodeOf(err) != "bad-amount" || escape.HintOf(err) == "" {
				t.Fatalf("ParseAmount(%q, %d): error without code or hint: %v", s, decimals, err)
			}
			return
		}
		if v.Sign() <= 0 || v.Cmp(MaxUint256) > 0 {
			t.Fatalf("ParseAmount(%q, %d) = %s: outside 1..2^256-1", s, decimals, v)
		}
		back, err := ParseAmount(FormatAmount(v, decimals), decimals, "units")
		if err != nil || back.Cmp(v) != 0 {
			t.Fatalf("ParseAmount(%q, %d) = %s, which prints as %s and reads back as %v, %v", s, decimals, v, FormatAmount(v, decimals), back, err)
		}
		if CheckAmountText(s, "units") != nil {
			t.Fatalf("CheckAmountText refuses %q, which ParseAmount accepts", s)
		}
	})
}
