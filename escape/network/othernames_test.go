package network

import (
	"slices"
	"testing"
)

func TestOtherNames(t *testing.T) {
	if got := OtherNames("op-mainnet"); !slices.Contains(got, "optimism") || !slices.Contains(got, "op") || slices.Contains(got, "op-mainnet") {
		t.Fatalf("op-mainnet: %q", got)
	}
	if got := OtherNames("arbitrum-one"); !slices.Contains(got, "arb") {
		t.Fatalf("arbitrum-one: %q", got)
	}
	if got := OtherNames("no-such"); len(got) != 0 {
		t.Fatalf("no-such: %q", got)
	}
	// Every alias names a bundled network, so none is lost from the list.
	all, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, b := range all {
		n += len(OtherNames(b.Name))
	}
	if n != len(aliases) {
		t.Fatalf("%d aliases reach a bundled network, of %d", n, len(aliases))
	}
}
