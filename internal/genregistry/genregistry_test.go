package genregistry

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/l2escape/escape/escape/network"
)

var update = flag.Bool("update", false, "rewrite testdata/want from the generator's output")

const fixtureCommit = "1234567890abcdef1234567890abcdef12345678"

func generateFixture(t *testing.T) *Output {
	t.Helper()
	out, err := Generate(Input{
		Registry: os.DirFS("testdata/registry"), Commit: fixtureCommit, Date: "2026-08-04T21:07:49Z",
		Existing: os.DirFS("testdata/existing"),
		Removed:  []network.LeftOutChain{removed("mainnet/gone", "Gone", 99, fixtureCommit, "removed from the registry")},
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestGenerateFixture runs the generator on a two-chain registry tree: Alpha
// is bundled (under the name and title of its existing file, keeping that
// file's Chainlink feed and extra L2 RPC, its registry addresses replaced),
// Beta is left out for its custom gas token. The output must equal
// testdata/want byte for byte, and a second run must give the same bytes.
func TestGenerateFixture(t *testing.T) {
	out := generateFixture(t)
	got := map[string][]byte{"registry.json": out.Registry}
	for name, data := range out.Files {
		got["networks/"+name] = data
	}
	if *update {
		for name, data := range got {
			p := filepath.Join("testdata/want", name)
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	var names []string
	for name := range got {
		names = append(names, name)
	}
	sort.Strings(names)
	if want := []string{"networks/alpha-one.json", "registry.json"}; len(names) != 2 || names[0] != want[0] || names[1] != want[1] {
		t.Fatalf("generated %v, want %v", names, want)
	}
	for _, name := range names {
		want, err := os.ReadFile(filepath.Join("testdata/want", name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got[name], want) {
			t.Errorf("%s differs from testdata/want (run with -update to see the diff in git):\n%s", name, got[name])
		}
	}
	again := generateFixture(t)
	if !bytes.Equal(again.Registry, out.Registry) || !bytes.Equal(again.Files["alpha-one.json"], out.Files["alpha-one.json"]) {
		t.Error("a second run gave different bytes")
	}

	// The generated file is a valid bundled network.
	n, err := network.Parse(out.Files["alpha-one.json"], "bundled:alpha-one.json", true)
	if err != nil {
		t.Fatal(err)
	}
	if _, legacy := n.Address(network.L2OutputOracle); legacy {
		t.Error("the existing file's registry-sourced L2OutputOracle survived; registry entries must come from the pinned commit only")
	}
	if c := n.Contracts[network.SequencerUptimeFeed]; c.Source.Repo != "smartcontractkit/documentation" {
		t.Errorf("the Chainlink feed was not kept: %+v", c)
	}
	if got := n.Contracts[network.OptimismPortal]; got.Address.Hex() != "0xbEb5Fc579115071764c7423A4f12eDde41f106Ed" || got.Source.Commit != fixtureCommit {
		t.Errorf("portal %s from %+v", got.Address.Hex(), got.Source)
	}
	reg := out.Registry
	for _, want := range []string{`"identifier": "mainnet/beta"`, `custom gas token`, `"identifier": "mainnet/gone"`} {
		if !bytes.Contains(reg, []byte(want)) {
			t.Errorf("registry.json lacks %s:\n%s", want, reg)
		}
	}
}

func TestNames(t *testing.T) {
	for _, c := range []struct{ superchain, file, want string }{
		{"mainnet", "op", "op-mainnet"},
		{"mainnet", "race", "race"},
		{"sepolia", "race", "race-sepolia"},
		{"sepolia", "radius_testnet", "radius-sepolia"},
		{"sepolia", "settlus-sepolia", "settlus-sepolia"},
	} {
		if got := defaultName(c.superchain, c.file); got != c.want {
			t.Errorf("%s/%s: %s, want %s", c.superchain, c.file, got, c.want)
		}
	}
	if got := urls([]string{"https://a.example/", "testnet-rpc.example", "https://x.example/${TOKEN}", "https://a.example"}); len(got) != 1 || got[0] != "https://a.example" {
		t.Errorf("urls: %v", got)
	}
}
