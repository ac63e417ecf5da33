package opstack

import (
	"context"
	"sort"
	"testing"

	"github.com/l2escape/escape/escape/network"
	"github.com/l2escape/escape/internal/devnet"
)

// registryShaped is the bundled network `name` as internal/genregistry wrote
// it (its contract names, parameters and sources) with the devnet's chain
// ids, RPCs and addresses in place of the chain's own. Contracts from other
// sources (Chainlink's L2 feed) are dropped: the devnet has none.
func registryShaped(t *testing.T, name string, dev *network.Network) *network.Network {
	t.Helper()
	b, err := network.Lookup(name)
	if err != nil {
		t.Fatal(err)
	}
	n := *b
	n.L1ChainID, n.L2ChainID, n.L1RPCs, n.L2RPCs = dev.L1ChainID, dev.L2ChainID, dev.L1RPCs, dev.L2RPCs
	n.Contracts = map[string]network.Contract{}
	var names []string
	for k, c := range b.Contracts {
		if c.Source.Repo != "ethereum-optimism/superchain-registry" {
			continue
		}
		d, ok := dev.Contracts[k]
		if !ok {
			t.Fatalf("%s has %s, which the devnet does not deploy", name, k)
		}
		c.Address = d.Address
		n.Contracts[k] = c
		names = append(names, k)
	}
	sort.Strings(names)
	t.Logf("%s shape: %v, params %v", name, names, b.Params)
	if err := n.Validate(); err != nil {
		t.Fatal(err)
	}
	return &n
}

// TestVerifyRegistryShapes runs the chain-of-trust walk on network files of
// the two shapes the generator writes: a fault-proof chain (bob: the standard
// delays as bundled estimates) and a legacy L2OutputOracle chain (race: no
// finalization period bundled, read from the oracle).
func TestVerifyRegistryShapes(t *testing.T) {
	ctx := context.Background()
	for _, c := range []struct {
		name   string
		legacy bool
	}{{"bob", false}, {"race", true}} {
		d, dev := newOPNet(t, devnet.OPOptions{Legacy: c.legacy})
		n := registryShaped(t, c.name, dev)
		env, _ := testEnv(t, d, n, userKey)
		r, err := (&Stack{}).Verify(ctx, env)
		check(t, err)
		if !r.OK() {
			t.Fatalf("%s-shaped file: verify failed on the devnet: %+v", c.name, r.Failed())
		}
		if c.legacy {
			if _, bundled := n.ParamValue(network.ParamFinalizationPeriod); bundled {
				t.Errorf("race's file bundles a finalization period; the registry has none")
			}
		}
	}
}
