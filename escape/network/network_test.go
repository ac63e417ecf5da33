package network

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/addresses"
	"github.com/l2escape/escape/escape"
)

var wantNetworks = []string{
	"op-mainnet", "base", "unichain", "ink", "soneium", "zora", "mode", "world-chain", "lisk",
	"op-sepolia", "base-sepolia", "unichain-sepolia",
	"arbitrum-one", "arbitrum-nova", "arbitrum-sepolia",
}

func TestBundledRegistry(t *testing.T) {
	all, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]*Network{}
	chains := map[[2]uint64]string{}
	for _, n := range all {
		byName[n.Name] = n
		key := [2]uint64{n.L1ChainID, n.L2ChainID}
		if other, dup := chains[key]; dup {
			t.Errorf("%s and %s share chain ids %v", n.Name, other, key)
		}
		chains[key] = n.Name
		if n.Testnet != (n.L1ChainID == 11155111) || (!n.Testnet && n.L1ChainID != 1) {
			t.Errorf("%s: testnet=%v with L1 chain %d", n.Name, n.Testnet, n.L1ChainID)
		}
		if !n.Verified {
			t.Errorf("%s: bundled network not marked verified", n.Name)
		}
		if len(n.L1RPCs) == 0 || len(n.L2RPCs) == 0 {
			t.Errorf("%s: needs public L1 and L2 RPCs for read-only commands", n.Name)
		}
		for _, u := range append(append([]string{}, n.L1RPCs...), n.L2RPCs...) {
			if !strings.HasPrefix(u, "https://") {
				t.Errorf("%s: public RPC %q is not https", n.Name, u)
			}
		}
		for name, c := range n.Contracts {
			if c.Address == (common.Address{}) {
				t.Errorf("%s: %s is the zero address", n.Name, name)
			}
			s := c.Source
			switch {
			case s.Repo != "":
				if s.Path == "" || !regexp.MustCompile(`^[0-9a-f]{40}$`).MatchString(s.Commit) {
					t.Errorf("%s: %s source needs a path and a full commit: %+v", n.Name, name, s)
				}
			case s.NPM != "":
				if s.Version == "" || s.Path == "" {
					t.Errorf("%s: %s npm source needs version and path: %+v", n.Name, name, s)
				}
			default:
				t.Errorf("%s: %s has no source", n.Name, name)
			}
		}
		if n.Stack == escape.StackOP {
			if _, ok := n.ParamValue(ParamSequencingWindow); !ok {
				t.Errorf("%s: no sequencing window", n.Name)
			}
		}
	}
	for _, w := range wantNetworks {
		if byName[w] == nil {
			t.Errorf("network %s is missing", w)
		}
	}
}

// Every address in the files is written with its EIP-55 checksum, so a
// reviewer's copy-paste typo cannot slip through as valid lower-case hex.
func TestFilesUseChecksums(t *testing.T) {
	re := regexp.MustCompile(`"address":\s*"(0x[0-9a-fA-F]{40})"`)
	err := fs.WalkDir(addresses.Files(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".json") {
			return err
		}
		data, _ := fs.ReadFile(addresses.Files(), p)
		for _, m := range re.FindAllSubmatch(data, -1) {
			if got := string(m[1]); common.HexToAddress(got).Hex() != got {
				t.Errorf("%s: %s is not EIP-55 checksummed", p, got)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// Spot checks against well-known addresses, so a typo in the data fails.
func TestWellKnownAddresses(t *testing.T) {
	cases := []struct{ network, contract, address string }{
		// superchain-registry superchain/configs/mainnet/op.toml
		{"op-mainnet", OptimismPortal, "0xbEb5Fc579115071764c7423A4f12eDde41f106Ed"},
		{"op-mainnet", L1StandardBridge, "0x99C9fc46f92E8a1c0deC1b1747d010903E884bE1"},
		{"op-mainnet", DisputeGameFactory, "0xe5965Ab5962eDc7477C8520243A95517CD252fA9"},
		// superchain-registry superchain/configs/mainnet/base.toml (before its removal)
		{"base", OptimismPortal, "0x49048044D57e1C92A77f79988d21Fa8fAF74E97e"},
		// arbitrum-sdk packages/sdk/src/lib/dataEntities/networks.ts
		{"arbitrum-one", Inbox, "0x4Dbd4fc535Ac27206064B68FfCf827b0A60BAB3f"},
		{"arbitrum-one", Bridge, "0x8315177aB297bA92A06054cE80a67Ed4DBd7ed3a"},
		{"arbitrum-nova", SequencerInbox, "0x211E1c4c7f1bF5351Ac850Ed10FD68CFfCF6c21b"},
	}
	for _, c := range cases {
		n, err := Lookup(c.network)
		if err != nil {
			t.Fatal(err)
		}
		if got := n.MustAddress(c.contract); got.Hex() != c.address {
			t.Errorf("%s %s = %s, want %s", c.network, c.contract, got.Hex(), c.address)
		}
	}
}

func TestLookupErrorsAndUserFiles(t *testing.T) {
	_, err := Lookup("op-mainet")
	if escape.CodeOf(err) != "unknown-network" || !strings.Contains(escape.HintOf(err), "op-mainnet") {
		t.Fatalf("unknown name: %v (hint %q)", err, escape.HintOf(err))
	}
	n, _ := Lookup("arbitrum-sepolia")
	dir := t.TempDir()
	mine := *n
	mine.Name = "my-chain"
	data, _ := json.Marshal(mine)
	path := filepath.Join(dir, "mine.json")
	os.WriteFile(path, data, 0o644)
	got, err := Lookup(path)
	if err != nil {
		t.Fatal(err)
	}
	if got.Verified || got.Name != "my-chain" {
		t.Fatalf("user file: verified=%v name=%s", got.Verified, got.Name)
	}
	delete(mine.Contracts, Inbox)
	data, _ = json.Marshal(mine)
	os.WriteFile(path, data, 0o644)
	if _, err := Lookup(path); escape.CodeOf(err) != "bad-network-file" || !strings.Contains(err.Error(), "missing contract Inbox") {
		t.Fatalf("missing contract: %v", err)
	}
	os.WriteFile(path, []byte(`{"name": "x", "bogus": 1}`), 0o644)
	if _, err := Lookup(path); escape.CodeOf(err) != "bad-network-file" {
		t.Fatalf("unknown field: %v", err)
	}
}
