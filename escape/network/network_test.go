package network

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/addresses"
	"github.com/l2escape/escape/escape"
)

// The networks escape promises to carry; docs/networks.md lists the same.
var wantNetworks = []string{
	"op-mainnet", "base", "unichain", "ink", "soneium", "zora", "mode", "world-chain", "lisk",
	"op-sepolia", "base-sepolia", "unichain-sepolia",
	"arbitrum-one", "arbitrum-nova", "arbitrum-sepolia",
	// Generated from the superchain-registry (internal/genregistry).
	"bob", "boba", "cyber", "ethernity", "fraxtal", "funki", "lyra", "metal", "mint", "orderly", "polynomial",
	"race", "redstone", "settlus", "shape", "silent-data", "superseed", "swan", "xterio",
	"boba-sepolia", "camp-sepolia", "cyber-sepolia", "funki-sepolia", "ink-sepolia", "lisk-sepolia", "metal-sepolia",
	"mode-sepolia", "pivotal-sepolia", "race-sepolia", "radius-sepolia", "settlus-sepolia", "shape-sepolia",
	"soneium-minato", "world-chain-sepolia", "zora-sepolia",
}

// The registry gives these chains no L2 RPC usable without a token or a
// scheme; users pass their own --l2-rpc.
var noPublicL2RPC = map[string]bool{"radius-sepolia": true, "silent-data": true}

// Legacy chains still prove against an L2OutputOracle; the registry holds no
// finalization period, escape reads it from the oracle.
var legacyOP = map[string]bool{
	"camp-sepolia": true, "cyber-sepolia": true, "ethernity": true, "fraxtal": true, "funki-sepolia": true,
	"lisk-sepolia": true, "pivotal-sepolia": true, "race": true, "redstone": true, "swan": true, "xterio": true,
}

var fullCommit = regexp.MustCompile(`^[0-9a-f]{40}$`)

func bundled(t *testing.T) map[string]*Network {
	t.Helper()
	all, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]*Network{}
	for _, n := range all {
		byName[n.Name] = n
	}
	return byName
}

func TestBundledRegistry(t *testing.T) {
	byName := bundled(t)
	for _, w := range wantNetworks {
		if byName[w] == nil {
			t.Errorf("network %s is missing", w)
		}
	}
	if len(byName) != len(wantNetworks) {
		t.Errorf("%d bundled networks, want the %d of wantNetworks (add a new one there and to docs/networks.md)", len(byName), len(wantNetworks))
	}
	chains := map[[2]uint64]string{}
	for _, n := range byName {
		key := [2]uint64{n.L1ChainID, n.L2ChainID}
		if other, dup := chains[key]; dup {
			t.Errorf("%s and %s share chain ids %v", n.Name, other, key)
		}
		chains[key] = n.Name
		switch {
		case n.Testnet && (n.L1ChainID != 11155111 || n.L1Name != "Sepolia"):
			t.Errorf("%s: a testnet settling on %s (%d), want Sepolia (11155111)", n.Name, n.L1Name, n.L1ChainID)
		case !n.Testnet && (n.L1ChainID != 1 || n.L1Name != "Ethereum"):
			t.Errorf("%s: a mainnet settling on %s (%d), want Ethereum (1)", n.Name, n.L1Name, n.L1ChainID)
		}
		if !n.Verified || n.File != "bundled:"+n.Name+".json" {
			t.Errorf("%s: verified=%v file=%q", n.Name, n.Verified, n.File)
		}
		if n.Title == "" {
			t.Errorf("%s: no title", n.Name)
		}
		if len(n.L1RPCs) < 2 || (len(n.L2RPCs) == 0) != noPublicL2RPC[n.Name] {
			t.Errorf("%s: needs at least two public L1 RPCs and one L2 RPC for read-only commands", n.Name)
		}
		urls := append(append([]string{n.Explorers.L1}, n.L1RPCs...), n.L2RPCs...)
		if n.Explorers.L2 != "" { // a few registry entries give none usable
			urls = append(urls, n.Explorers.L2)
		}
		for _, u := range urls {
			if !strings.HasPrefix(u, "https://") || strings.HasSuffix(u, "/") {
				t.Errorf("%s: %q is not an https URL without a trailing slash", n.Name, u)
			}
		}
		for name, c := range n.Contracts {
			if c.Address == (common.Address{}) {
				t.Errorf("%s: %s is the zero address", n.Name, name)
			}
			checkSource(t, n.Name+" "+name, c.Source)
		}
		for name, p := range n.Params {
			if p.Value == 0 {
				t.Errorf("%s: parameter %s is zero", n.Name, name)
			}
			checkSource(t, n.Name+" "+name, p.Source)
		}
		var wantParams []string
		switch n.Stack {
		case escape.StackOP:
			wantParams = []string{ParamSequencingWindow, ParamL2BlockTime, ParamProofMaturityDelay, ParamDisputeFinalityDelay}
			proofs := DisputeGameFactory
			if legacyOP[n.Name] {
				wantParams, proofs = []string{ParamSequencingWindow, ParamL2BlockTime}, L2OutputOracle
			}
			// BatchInbox is how health sees batches; SuperchainConfig is in
			// every listed chain's registry entry.
			for _, c := range []string{proofs, SuperchainConfig, BatchInbox} {
				if _, ok := n.Address(c); !ok {
					t.Errorf("%s: no %s", n.Name, c)
				}
			}
			_, dgf := n.Address(DisputeGameFactory)
			_, l2oo := n.Address(L2OutputOracle)
			if dgf == l2oo {
				t.Errorf("%s: want exactly one of %s and %s (legacy: %v)", n.Name, DisputeGameFactory, L2OutputOracle, legacyOP[n.Name])
			}
		case escape.StackArbitrum:
			wantParams = []string{ParamConfirmPeriodBlocks}
			for _, c := range []string{Outbox, Rollup, L1GatewayRouter, L2GatewayRouter} {
				if _, ok := n.Address(c); !ok {
					t.Errorf("%s: no %s", n.Name, c)
				}
			}
		}
		for _, p := range wantParams {
			if _, ok := n.ParamValue(p); !ok {
				t.Errorf("%s: no parameter %s", n.Name, p)
			}
		}
	}
}

// checkSource insists on a source a reviewer can open at the very version
// that was copied: a repository file at a full commit, or an npm file at a
// version.
func checkSource(t *testing.T, what string, s Source) {
	t.Helper()
	switch {
	case s.Repo != "":
		if strings.Count(s.Repo, "/") != 1 || s.Path == "" || !fullCommit.MatchString(s.Commit) || s.NPM != "" {
			t.Errorf("%s: a repository source needs owner/name, a path and a full 40-hex commit: %+v", what, s)
		}
	case s.NPM != "":
		if s.Version == "" || s.Path == "" {
			t.Errorf("%s: an npm source needs a version and a path: %+v", what, s)
		}
	default:
		t.Errorf("%s has no source", what)
	}
}

// Every address in the files is written with its EIP-55 checksum, so a
// reviewer's copy-paste typo cannot slip through as valid lower-case hex.
// The raw JSON is read because decoding forgets how an address was spelt.
func TestFilesUseChecksums(t *testing.T) {
	fsys := addresses.Files()
	files, err := fs.Glob(fsys, "*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no bundled files: %v", err)
	}
	for _, file := range files {
		data, err := fs.ReadFile(fsys, file)
		if err != nil {
			t.Fatal(err)
		}
		var raw struct {
			Contracts map[string]struct {
				Address string `json:"address"`
			} `json:"contracts"`
		}
		if err := json.Unmarshal(data, &raw); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		for name, c := range raw.Contracts {
			if !common.IsHexAddress(c.Address) || !strings.HasPrefix(c.Address, "0x") {
				t.Errorf("%s: %s %q is not a 0x-prefixed address", file, name, c.Address)
				continue
			}
			if sum := common.HexToAddress(c.Address).Hex(); sum != c.Address {
				t.Errorf("%s: %s %s is not EIP-55 checksummed (want %s)", file, name, c.Address, sum)
			}
		}
	}
}

// Spot checks, so that a typo in the data fails here. Each address was
// read again from the source named in the comment above it.
func TestWellKnownAddresses(t *testing.T) {
	cases := []struct{ network, contract, address string }{
		// ethereum-optimism/superchain-registry superchain/configs/mainnet/op.toml
		// and superchain/extra/addresses/addresses.json @8336d2aedd19b87a57b01ae36ba4afef8ea377d0
		{"op-mainnet", OptimismPortal, "0xbEb5Fc579115071764c7423A4f12eDde41f106Ed"},
		{"op-mainnet", L1StandardBridge, "0x99C9fc46f92E8a1c0deC1b1747d010903E884bE1"},
		{"op-mainnet", DisputeGameFactory, "0xe5965Ab5962eDc7477C8520243A95517CD252fA9"},
		{"op-mainnet", SuperchainConfig, "0x95703e0982140D16f8ebA6d158FccEde42f04a4C"},
		{"op-mainnet", BatchInbox, "0xFF00000000000000000000000000000000000010"},
		{"unichain", OptimismPortal, "0x0bd48f6B86a26D3a217d0Fa6FfE2B491B956A7a2"},
		{"ink", OptimismPortal, "0x5d66C1782664115999C47c9fA5cd031f495D3e4F"},
		{"soneium", OptimismPortal, "0x88e529A6ccd302c948689Cd5156C83D4614FAE92"},
		{"zora", OptimismPortal, "0x1a0ad011913A150f69f6A19DF447A0CfD9551054"},
		{"mode", OptimismPortal, "0x8B34b14c7c7123459Cf3076b8Cb929BE097d0C07"},
		{"world-chain", OptimismPortal, "0xd5ec14a83B7d95BE1E2Ac12523e2dEE12Cbeea6C"},
		{"lisk", OptimismPortal, "0x26dB93F8b8b4f7016240af62F7730979d353f9A7"},
		{"op-sepolia", OptimismPortal, "0x16Fc5058F25648194471939df75CF27A2fdC48BC"},
		{"unichain-sepolia", OptimismPortal, "0x0d83dab629f0e0F9d36c0Cbc89B69a489f0751bD"},
		// generated by internal/genregistry from superchain/extra/addresses/addresses.json
		// @8336d2aedd19b87a57b01ae36ba4afef8ea377d0 (chain ids 60808, 252, 6805, 1946)
		{"bob", OptimismPortal, "0x8AdeE124447435fE03e3CD24dF3f4cAE32E65a3E"},
		{"fraxtal", L2OutputOracle, "0x66CC916Ed5C6C2FA97014f7D1cD141528Ae171e4"},
		{"race", L2OutputOracle, "0x8bF8442d49d52377d735a90F19657a29f29aA83c"},
		{"soneium-minato", DisputeGameFactory, "0xB3Ad2c38E6e0640d7ce6aA952AB3A60E81bf7a01"},
		// the same files @5b055be4d294ce43814a44c8839d89b2436dc8aa, the parent of
		// Base's removal from the registry (PR #1212)
		{"base", OptimismPortal, "0x49048044D57e1C92A77f79988d21Fa8fAF74E97e"},
		{"base", SystemConfig, "0x73a79Fab69143498Ed3712e519A88a918e1f4072"},
		{"base-sepolia", OptimismPortal, "0x49f53e41452C74589E85cA1677426Ba426459e85"},
		// OffchainLabs/arbitrum-sdk packages/sdk/src/lib/dataEntities/networks.ts
		// @7948889f97bdbb01ef0ba03a98507027ff5586fa (npm @arbitrum/sdk 4.1.0)
		{"arbitrum-one", Inbox, "0x4Dbd4fc535Ac27206064B68FfCf827b0A60BAB3f"},
		{"arbitrum-one", Bridge, "0x8315177aB297bA92A06054cE80a67Ed4DBd7ed3a"},
		{"arbitrum-one", SequencerInbox, "0x1c479675ad559DC151F6Ec7ed3FbF8ceE79582B6"},
		{"arbitrum-one", Outbox, "0x0B9857ae2D4A3DBe74ffE1d7DF045bb7F96E4840"},
		{"arbitrum-one", Rollup, "0x4DCeB440657f21083db8aDd07665f8ddBe1DCfc0"},
		{"arbitrum-nova", Inbox, "0xc4448b71118c9071Bcb9734A0EAc55D18A153949"},
		{"arbitrum-nova", SequencerInbox, "0x211E1c4c7f1bF5351Ac850Ed10FD68CFfCF6c21b"},
		{"arbitrum-sepolia", Inbox, "0xaAe29B0366299461418F5324a79Afc425BE5ae21"},
		// OffchainLabs/nitro cmd/chaininfo/arbitrum_chain_info.json
		// @6dce8d13902649a1acdfd3f2504129f1f5612358 (changed in e04f81722, 2025-10-24)
		{"arbitrum-sepolia", Rollup, "0x042B2E6C5E99d4c521bd49beeD5E99651D9B0Cf4"},
		// smartcontractkit/documentation src/content/data-feeds/l2-sequencer-feeds.mdx
		// @b85af3ab4301a6c4d1a1285d77d6d06da99b6302
		{"arbitrum-one", SequencerUptimeFeed, "0xFdB631F5EE196F0ed6FAa767959853A9F217697D"},
	}
	byName := bundled(t)
	for _, c := range cases {
		n := byName[c.network]
		if n == nil {
			t.Errorf("no network %s", c.network)
			continue
		}
		if got, ok := n.Address(c.contract); !ok || got.Hex() != c.address {
			t.Errorf("%s %s = %s, want %s", c.network, c.contract, got.Hex(), c.address)
		}
	}
	// The chain ids every RPC is checked against.
	wantChainID := map[string]uint64{
		"op-mainnet": 10, "base": 8453, "unichain": 130, "ink": 57073, "soneium": 1868, "zora": 7777777,
		"mode": 34443, "world-chain": 480, "lisk": 1135, "op-sepolia": 11155420, "base-sepolia": 84532,
		"unichain-sepolia": 1301, "arbitrum-one": 42161, "arbitrum-nova": 42170, "arbitrum-sepolia": 421614,
	}
	for name, id := range wantChainID {
		if n := byName[name]; n == nil || n.L2ChainID != id {
			t.Errorf("%s: L2 chain id %v, want %d", name, n, id)
		}
	}
}

func TestLookupUnknownName(t *testing.T) {
	_, err := Lookup("op-mainet")
	var e *escape.Error
	if !errors.As(err, &e) || e.Code != "unknown-network" {
		t.Fatalf("unknown name: %v", err)
	}
	if !strings.Contains(e.Msg, `"op-mainet"`) {
		t.Errorf("the message does not repeat the name: %q", e.Msg)
	}
	for _, w := range wantNetworks {
		if !strings.Contains(e.Hint, w) {
			t.Errorf("the hint does not list %s: %q", w, e.Hint)
		}
	}
	if _, err := Lookup(""); escape.CodeOf(err) != "no-network" {
		t.Errorf("empty name: %v", err)
	}
}

// writeUserFile writes n to a user's file in a temporary directory.
func writeUserFile(t *testing.T, n any) string {
	t.Helper()
	data, err := json.MarshalIndent(n, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "mine.json")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// copyOf returns a deep enough copy of a bundled network to edit freely.
func copyOf(t *testing.T, name string) Network {
	t.Helper()
	n := bundled(t)[name]
	if n == nil {
		t.Fatalf("no network %s", name)
	}
	c := *n
	c.Contracts = map[string]Contract{}
	for k, v := range n.Contracts {
		c.Contracts[k] = v
	}
	c.Params = map[string]Param{}
	for k, v := range n.Params {
		c.Params[k] = v
	}
	return c
}

func TestUserFiles(t *testing.T) {
	// A user's file with notes for sources, as docs/networks.md suggests.
	mine := copyOf(t, "arbitrum-sepolia")
	mine.Name = "my-chain"
	for k, c := range mine.Contracts {
		c.Source = Source{Note: "from my chain's deployment file"}
		mine.Contracts[k] = c
	}
	got, err := Lookup(writeUserFile(t, mine))
	if err != nil {
		t.Fatal(err)
	}
	if got.Verified || got.Name != "my-chain" || got.MustAddress(Inbox) != mine.MustAddress(Inbox) {
		t.Fatalf("user file: verified=%v name=%s", got.Verified, got.Name)
	}
	// A user's file may not pass itself off as a bundled network.
	same := copyOf(t, "arbitrum-sepolia")
	if _, err := Lookup(writeUserFile(t, same)); escape.CodeOf(err) != "bad-network-file" ||
		!strings.Contains(err.Error(), `uses the name "arbitrum-sepolia" of a bundled network`) ||
		!strings.Contains(escape.HintOf(err), "my-arbitrum-sepolia") {
		t.Errorf("user file under a bundled name: %v (hint %q)", err, escape.HintOf(err))
	}
	// A path without .json is still a path.
	dir := t.TempDir()
	data, _ := json.Marshal(mine)
	if err := os.WriteFile(filepath.Join(dir, "chain"), data, 0o600); err != nil {
		t.Fatal(err)
	}
	if n, err := Lookup(filepath.Join(dir, "chain")); err != nil || n.Verified {
		t.Fatalf("path without .json: %v", err)
	}

	cases := []struct {
		what string
		edit func(n *Network)
		want string
	}{
		{"missing Arbitrum contract", func(n *Network) { delete(n.Contracts, Inbox) }, "missing contract Inbox"},
		{"zero address", func(n *Network) { n.Contracts[Bridge] = Contract{} }, "missing contract Bridge"},
		{"misspelt contract", func(n *Network) { n.Contracts["Outbx"] = n.Contracts[Outbox] }, `unknown contract "Outbx"`},
		{"OP contract on Arbitrum", func(n *Network) { n.Contracts[OptimismPortal] = n.Contracts[Inbox] }, `unknown contract "OptimismPortal"`},
		{"wrong unit", func(n *Network) {
			p := n.Params[ParamConfirmPeriodBlocks]
			p.Unit = "seconds"
			n.Params[ParamConfirmPeriodBlocks] = p
		}, `parameter confirmPeriodBlocks is in "seconds"; give it in "blocks"`},
		{"no chain id", func(n *Network) { n.L2ChainID = 0 }, "l1ChainId and l2ChainId are required"},
		{"bad name", func(n *Network) { n.Name = "My Chain" }, "lower-case without spaces"},
		{"unknown stack", func(n *Network) { n.Stack = "zk" }, `unknown stack "zk"`},
	}
	for _, c := range cases {
		n := copyOf(t, "arbitrum-sepolia")
		n.Name = "my-chain"
		c.edit(&n)
		_, err := Lookup(writeUserFile(t, n))
		if escape.CodeOf(err) != "bad-network-file" || !strings.Contains(err.Error(), c.want) || !strings.Contains(escape.HintOf(err), "docs/networks.md") {
			t.Errorf("%s: %v (hint %q), want %q", c.what, err, escape.HintOf(err), c.want)
		}
	}

	// An OP Stack file needs a DisputeGameFactory, or an L2OutputOracle on a
	// legacy chain.
	op := copyOf(t, "op-sepolia")
	op.Name = "my-op"
	dgf := op.Contracts[DisputeGameFactory]
	delete(op.Contracts, DisputeGameFactory)
	if _, err := Lookup(writeUserFile(t, op)); err == nil || !strings.Contains(err.Error(), "needs a DisputeGameFactory or an L2OutputOracle") {
		t.Errorf("OP file without a factory: %v", err)
	}
	op.Contracts[L2OutputOracle] = dgf
	if _, err := Lookup(writeUserFile(t, op)); err != nil {
		t.Errorf("legacy OP file: %v", err)
	}
	delete(op.Contracts, OptimismPortal)
	if _, err := Lookup(writeUserFile(t, op)); err == nil || !strings.Contains(err.Error(), "missing contract OptimismPortal") {
		t.Errorf("OP file without a portal: %v", err)
	}

	for what, text := range map[string]string{
		"unknown field": `{"name": "x", "bogus": 1}`,
		"two objects":   string(data) + "\n" + string(data),
		"not JSON":      "name = 'x'",
	} {
		path := filepath.Join(t.TempDir(), "bad.json")
		if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := Lookup(path); escape.CodeOf(err) != "bad-network-file" {
			t.Errorf("%s: %v", what, err)
		}
	}
	if _, err := Lookup(filepath.Join(t.TempDir(), "absent.json")); escape.CodeOf(err) != "bad-network-file" {
		t.Errorf("absent file: %v", err)
	}
}

// The bundled loader refuses a file that holds another network than its
// name says, and a bundled contract or parameter without a source.
func TestRegistryLoaderRefusesBadFiles(t *testing.T) {
	good, err := fs.ReadFile(addresses.Files(), "op-sepolia.json")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := loadRegistry(fstest.MapFS{"op-sepolia.json": {Data: good}, "README.md": {Data: []byte("#")}}); err != nil {
		t.Fatalf("one good file: %v", err)
	}
	if _, err := loadRegistry(fstest.MapFS{"op-mainnet.json": {Data: good}}); err == nil || !strings.Contains(err.Error(), `holds network "op-sepolia"`) {
		t.Errorf("misnamed file: %v", err)
	}
	n := copyOf(t, "op-sepolia")
	c := n.Contracts[BatchInbox]
	c.Source = Source{Note: "trust me"}
	n.Contracts[BatchInbox] = c
	data, _ := json.Marshal(n)
	if _, err := loadRegistry(fstest.MapFS{"op-sepolia.json": {Data: data}}); err == nil || !strings.Contains(err.Error(), "bundled contract BatchInbox has no source") {
		t.Errorf("contract without a source: %v", err)
	}
	n = copyOf(t, "op-sepolia")
	p := n.Params[ParamSequencingWindow]
	p.Source = Source{}
	n.Params[ParamSequencingWindow] = p
	data, _ = json.Marshal(n)
	if _, err := loadRegistry(fstest.MapFS{"op-sepolia.json": {Data: data}}); err == nil || !strings.Contains(err.Error(), "bundled parameter sequencingWindow has no source") {
		t.Errorf("parameter without a source: %v", err)
	}
}
