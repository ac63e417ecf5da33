package network

import (
	"testing"

	"github.com/l2escape/escape/escape"
)

// Every alias, and every example an L1 name's hint gives, is a bundled
// network: a typo in the tables would send people to an unknown name.
func TestAliasesNameBundledNetworks(t *testing.T) {
	all, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, n := range all {
		names = append(names, n.Name)
	}
	for alias, name := range aliases {
		if got, err := resolveName(alias, names); err != nil || got != name {
			t.Errorf("alias %q: got %q, %v; want %q", alias, got, err, name)
		}
	}
	for l1, example := range l1Names {
		if _, err := resolveName(l1, names); escape.CodeOf(err) != "l1-network" {
			t.Errorf("%q: %v, want an l1-network error", l1, err)
		}
		if _, err := resolveName(example, names); err != nil {
			t.Errorf("%q's example %q is not bundled", l1, example)
		}
	}
}

func TestResolveName(t *testing.T) {
	names := []string{"arbitrum-one", "base", "op-mainnet", "zora"}
	for in, want := range map[string]string{
		"op-mainnet": "op-mainnet", "OP Mainnet": "op-mainnet", "Optimism": "op-mainnet", "op_mainnet": "op-mainnet",
		"ARB": "arbitrum-one", "Arbitrum-One": "arbitrum-one", "base-mainnet": "base", "Zora-Mainnet": "zora",
	} {
		if got, err := resolveName(in, names); err != nil || got != want {
			t.Errorf("%q: got %q, %v; want %q", in, got, err, want)
		}
	}
	for in, msg := range map[string]string{
		"arbitrum-on":   `unknown network "arbitrum-on"; did you mean arbitrum-one?`,
		"optimsim":      `unknown network "optimsim"; did you mean op-mainnet?`,
		"solana":        `unknown network "solana"`,
		"ethereum":      `"ethereum" is Ethereum (L1), not an L2`,
		"no-such-chain": `unknown network "no-such-chain"`,
	} {
		if _, err := resolveName(in, names); err == nil || err.Error() != msg {
			t.Errorf("%q: got %v, want %q", in, err, msg)
		}
	}
}
