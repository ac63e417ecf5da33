// Package genregistry writes the bundled OP Stack network files
// (addresses/networks/<name>.json) from a local copy of
// ethereum-optimism/superchain-registry at one commit:
//
//	ESCAPE_SUPERCHAIN_REGISTRY=/path/to/superchain-registry go generate ./addresses/...
//
// Every chain of chainList.json that settles on Ethereum or Sepolia through
// the standard bridge contracts gets a file; every other chain, and the
// chains the registry removed, is recorded with its reason in
// addresses/registry.json. The output depends only on the registry tree, its
// commit and the files already there, so a test can run it on a fixture.
package genregistry

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/network"
)

// Repo is the registry's repository, as written in every source.
const Repo = "ethereum-optimism/superchain-registry"

const addressesPath = "superchain/extra/addresses/addresses.json"

// Input is one generation run.
type Input struct {
	Registry fs.FS  // the registry's tree (the repository root)
	Commit   string // the tree's full commit hash
	Date     string // the commit's date, RFC 3339
	// Existing holds the network files already bundled (addresses/networks):
	// their names and titles are kept, and so are contracts and L2 RPCs not
	// taken from the registry (e.g. Chainlink's SequencerUptimeFeed).
	Existing fs.FS
	// Removed lists chains the registry no longer holds, with the commit
	// that removed them (the tree cannot say).
	Removed []network.LeftOutChain
}

// Output is what a run writes.
type Output struct {
	Files    map[string][]byte // "<name>.json" -> file
	Registry []byte            // addresses/registry.json
}

// chainListEntry is one entry of the registry's chainList.json.
type chainListEntry struct {
	Name           string   `json:"name"`
	Identifier     string   `json:"identifier"` // "<superchain>/<chain>"
	ChainID        uint64   `json:"chainId"`
	RPC            []string `json:"rpc"`
	Explorers      []string `json:"explorers"`
	GasPayingToken string   `json:"gasPayingToken"`
}

// chainConfig is the part of superchain/configs/<superchain>/<chain>.toml
// escape reads.
type chainConfig struct {
	Name           string          `toml:"name"`
	PublicRPC      string          `toml:"public_rpc"`
	Explorer       string          `toml:"explorer"`
	ChainID        uint64          `toml:"chain_id"`
	BatchInbox     string          `toml:"batch_inbox_addr"`
	BlockTime      uint64          `toml:"block_time"`
	SeqWindowSize  uint64          `toml:"seq_window_size"`
	DAType         string          `toml:"data_availability_type"`
	GasPayingToken string          `toml:"gas_paying_token"`
	AltDA          *toml.Primitive `toml:"alt_da"`
	Interop        *toml.Primitive `toml:"interop"`
}

// superchainConfig is superchain/configs/<superchain>/superchain.toml.
type superchainConfig struct {
	L1 struct {
		ChainID   uint64 `toml:"chain_id"`
		PublicRPC string `toml:"public_rpc"`
	} `toml:"l1"`
}

// standardParams is validation/standard/standard-config-params-<superchain>.toml.
type standardParams struct {
	Portal struct {
		ProofMaturityDelay []uint64 `toml:"proof_maturity_delay_seconds"`
		FinalityDelay      []uint64 `toml:"dispute_game_finality_delay_seconds"`
	} `toml:"optimism_portal_2"`
}

// settlement is what escape bundles for each L1 the generated chains settle
// on: the public fallbacks beyond the registry's one L1 RPC, and the explorer.
type settlement struct {
	name     string
	testnet  bool
	rpcs     []string
	explorer string
	chainID  uint64
}

var settlements = map[string]settlement{
	"mainnet": {name: "Ethereum", chainID: 1, explorer: "https://etherscan.io",
		rpcs: []string{"https://ethereum-rpc.publicnode.com", "https://eth.llamarpc.com", "https://rpc.ankr.com/eth"}},
	"sepolia": {name: "Sepolia", testnet: true, chainID: 11155111, explorer: "https://sepolia.etherscan.io",
		rpcs: []string{"https://ethereum-sepolia-rpc.publicnode.com", "https://sepolia.drpc.org", "https://rpc.sepolia.org"}},
}

// nameOverrides gives the network name for registry identifiers whose
// default (the chain's file name, "-sepolia" added on Sepolia) would read
// badly. Names already bundled are kept from the existing files instead.
var nameOverrides = map[string]string{
	"mainnet/op":                  "op-mainnet",
	"sepolia/op":                  "op-sepolia",
	"mainnet/worldchain":          "world-chain",
	"sepolia/worldchain":          "world-chain-sepolia",
	"mainnet/sseed":               "superseed",
	"mainnet/xterio-eth":          "xterio",
	"mainnet/settlus-mainnet":     "settlus",
	"mainnet/silent-data-mainnet": "silent-data",
	"mainnet/tbn":                 "binary",
	"sepolia/tbn":                 "binary-sepolia",
	"sepolia/soneium-minato":      "soneium-minato",
	"sepolia/radius_testnet":      "radius-sepolia",
	"sepolia/celo-sep":            "celo-sepolia",
}

const batchInboxNote = "batch_inbox_addr; the current batcher is read from SystemConfig.batcherHash()"
const standardNote = "the standard value; escape reads the chain's own value from the portal at run time"

// Generate runs the generator.
func Generate(in Input) (*Output, error) {
	if len(in.Commit) != 40 {
		return nil, fmt.Errorf("the registry commit must be a full 40-hex hash, got %q", in.Commit)
	}
	var list []chainListEntry
	if err := readJSON(in.Registry, "chainList.json", &list); err != nil {
		return nil, err
	}
	var addrs map[string]map[string]string
	if err := readJSON(in.Registry, addressesPath, &addrs); err != nil {
		return nil, err
	}
	existing, err := loadExisting(in.Existing)
	if err != nil {
		return nil, err
	}
	out := &Output{Files: map[string][]byte{}}
	info := network.RegistryInfo{Repo: Repo, Commit: in.Commit, Date: in.Date, LeftOut: []network.LeftOutChain{}}
	sort.Slice(list, func(i, j int) bool { return list[i].Identifier < list[j].Identifier })
	for _, entry := range list {
		n, reason, err := in.chain(entry, addrs[fmt.Sprint(entry.ChainID)], existing)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", entry.Identifier, err)
		}
		if reason != "" {
			info.LeftOut = append(info.LeftOut, network.LeftOutChain{Identifier: entry.Identifier, Title: entry.Name,
				ChainID: entry.ChainID, Reason: reason, Source: in.source(configPath(entry.Identifier), "")})
			continue
		}
		data, err := encode(n)
		if err != nil {
			return nil, err
		}
		if _, dup := out.Files[n.Name+".json"]; dup {
			return nil, fmt.Errorf("two chains are named %s", n.Name)
		}
		out.Files[n.Name+".json"] = data
	}
	info.LeftOut = append(info.LeftOut, in.Removed...)
	if out.Registry, err = encode(info); err != nil {
		return nil, err
	}
	return out, nil
}

// chain builds one chain's network file, or says why it is left out.
func (in Input) chain(entry chainListEntry, addrs map[string]string, existing map[[2]uint64]*network.Network) (*network.Network, string, error) {
	superchain, file, _ := strings.Cut(entry.Identifier, "/")
	var cfg chainConfig
	if _, err := toml.DecodeFS(in.Registry, configPath(entry.Identifier), &cfg); err != nil {
		return nil, "", err
	}
	switch {
	case cfg.GasPayingToken != "" || entry.GasPayingToken != "":
		return nil, "custom gas token: escape's deposits and withdrawals move ETH", nil
	case cfg.Interop != nil:
		return nil, "interop devnet, not a chain users bridge to", nil
	}
	l1, ok := settlements[superchain]
	if !ok {
		return nil, fmt.Sprintf("not settling on Ethereum or Sepolia (superchain %q)", superchain), nil
	}
	var sc superchainConfig
	if _, err := toml.DecodeFS(in.Registry, path.Join("superchain/configs", superchain, "superchain.toml"), &sc); err != nil {
		return nil, "", err
	}
	if sc.L1.ChainID != l1.chainID {
		return nil, fmt.Sprintf("not settling on %s: superchain %s names L1 chain %d", l1.name, superchain, sc.L1.ChainID), nil
	}
	for _, want := range []string{"OptimismPortalProxy", "SystemConfigProxy", "L1StandardBridgeProxy", "L1CrossDomainMessengerProxy"} {
		if addrs[want] == "" {
			return nil, "non-standard bridge: the registry lists no " + want, nil
		}
	}
	if addrs["DisputeGameFactoryProxy"] == "" && addrs["L2OutputOracleProxy"] == "" {
		return nil, "non-standard portal: the registry lists neither a DisputeGameFactoryProxy nor an L2OutputOracleProxy", nil
	}

	n := &network.Network{
		Name: defaultName(superchain, file), Title: entry.Name, Stack: escape.StackOP, Testnet: l1.testnet,
		L1ChainID: l1.chainID, L2ChainID: entry.ChainID, L1Name: l1.name,
		Contracts: map[string]network.Contract{}, Params: map[string]network.Param{},
	}
	old := existing[[2]uint64{n.L1ChainID, n.L2ChainID}]
	if old != nil {
		n.Name, n.Title = old.Name, old.Title // users' records refer to the name
	}
	n.L1RPCs = urls(append([]string{sc.L1.PublicRPC}, l1.rpcs...))
	n.L2RPCs = urls(append([]string{cfg.PublicRPC}, entry.RPC...))
	n.Explorers.L1 = l1.explorer
	if e := urls([]string{cfg.Explorer}); len(e) > 0 {
		n.Explorers.L2 = e[0]
	}

	addrSrc := in.source(addressesPath, "")
	for name, key := range map[string]string{
		network.OptimismPortal: "OptimismPortalProxy", network.SystemConfig: "SystemConfigProxy",
		network.L1StandardBridge: "L1StandardBridgeProxy", network.L1CrossDomainMessenger: "L1CrossDomainMessengerProxy",
		network.DisputeGameFactory: "DisputeGameFactoryProxy", network.L2OutputOracle: "L2OutputOracleProxy",
		network.SuperchainConfig: "SuperchainConfig",
	} {
		if addrs[key] == "" {
			continue
		}
		a, err := address(addrs[key])
		if err != nil {
			return nil, "", fmt.Errorf("%s: %w", key, err)
		}
		n.Contracts[name] = network.Contract{Address: a, Source: addrSrc}
	}
	cfgSrc := in.source(configPath(entry.Identifier), "")
	if cfg.BatchInbox != "" {
		a, err := address(cfg.BatchInbox)
		if err != nil {
			return nil, "", fmt.Errorf("batch_inbox_addr: %w", err)
		}
		n.Contracts[network.BatchInbox] = network.Contract{Address: a, Source: in.source(configPath(entry.Identifier), batchInboxNote)}
	}

	if cfg.SeqWindowSize == 0 || cfg.BlockTime == 0 {
		return nil, "", fmt.Errorf("no seq_window_size or block_time")
	}
	n.Params[network.ParamSequencingWindow] = network.Param{Value: cfg.SeqWindowSize, Unit: "blocks", Source: cfgSrc}
	n.Params[network.ParamL2BlockTime] = network.Param{Value: cfg.BlockTime, Unit: "seconds", Source: cfgSrc}
	if _, fp := n.Contracts[network.DisputeGameFactory]; fp {
		// The registry does not hold each chain's own delays; the standard
		// ones are the bundled estimate and the portal has the real value.
		stdPath := "validation/standard/standard-config-params-" + superchain + ".toml"
		var std standardParams
		if _, err := toml.DecodeFS(in.Registry, stdPath, &std); err != nil {
			return nil, "", err
		}
		if len(std.Portal.ProofMaturityDelay) == 0 || len(std.Portal.FinalityDelay) == 0 {
			return nil, "", fmt.Errorf("%s has no optimism_portal_2 delays", stdPath)
		}
		n.Params[network.ParamProofMaturityDelay] = network.Param{Value: std.Portal.ProofMaturityDelay[0], Unit: "seconds", Source: in.source(stdPath, standardNote)}
		n.Params[network.ParamDisputeFinalityDelay] = network.Param{Value: std.Portal.FinalityDelay[0], Unit: "seconds", Source: in.source(stdPath, standardNote)}
	}
	// On L2OutputOracle chains the finalization period is not in the
	// registry: escape reads FINALIZATION_PERIOD_SECONDS from the oracle.

	if old != nil {
		keepNonRegistry(n, old)
	}
	return n, "", nil
}

// keepNonRegistry carries over what an existing file has from other sources.
func keepNonRegistry(n, old *network.Network) {
	for name, c := range old.Contracts {
		if c.Source.Repo != Repo {
			n.Contracts[name] = c
		}
	}
	for name, p := range old.Params {
		if _, ok := n.Params[name]; !ok && p.Source.Repo != Repo {
			n.Params[name] = p
		}
	}
	n.L2RPCs = urls(append(n.L2RPCs, old.L2RPCs...))
}

func (in Input) source(file, note string) network.Source {
	return network.Source{Repo: Repo, Path: file, Commit: in.Commit, Note: note}
}

func configPath(identifier string) string {
	return "superchain/configs/" + identifier + ".toml"
}

func defaultName(superchain, file string) string {
	if n, ok := nameOverrides[superchain+"/"+file]; ok {
		return n
	}
	name := strings.ToLower(strings.ReplaceAll(file, "_", "-"))
	if superchain == "sepolia" && !strings.HasSuffix(name, "-sepolia") {
		name += "-sepolia"
	}
	return name
}

// urls keeps the public https URLs, without a trailing slash, each once: the
// registry also lists RPCs that need a token or lack a scheme.
func urls(in []string) []string {
	out := []string{}
	seen := map[string]bool{}
	for _, u := range in {
		u = strings.TrimRight(strings.TrimSpace(u), "/")
		if !strings.HasPrefix(u, "https://") || strings.ContainsAny(u, "${} ") || seen[u] {
			continue
		}
		seen[u] = true
		out = append(out, u)
	}
	return out
}

func address(s string) (common.Address, error) {
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("%q is not an address", s)
	}
	a := common.HexToAddress(s)
	if a == (common.Address{}) {
		return a, fmt.Errorf("zero address")
	}
	return a, nil
}

func loadExisting(fsys fs.FS) (map[[2]uint64]*network.Network, error) {
	out := map[[2]uint64]*network.Network{}
	if fsys == nil {
		return out, nil
	}
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		if path.Ext(e.Name()) != ".json" {
			continue
		}
		data, err := fs.ReadFile(fsys, e.Name())
		if err != nil {
			return nil, err
		}
		n, err := network.Parse(data, e.Name(), true)
		if err != nil {
			return nil, err
		}
		if n.Stack == escape.StackOP {
			out[[2]uint64{n.L1ChainID, n.L2ChainID}] = n
		}
	}
	return out, nil
}

func readJSON(fsys fs.FS, name string, v any) error {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// encode writes JSON the way the bundled files are written: two-space
// indent, no HTML escaping, a final newline. Maps come out sorted.
func encode(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	// common.Address marshals in lower case; the files are in EIP-55.
	return addressValue.ReplaceAllFunc(b.Bytes(), func(m []byte) []byte {
		a := common.HexToAddress(string(m[len(m)-41 : len(m)-1]))
		return append(m[:len(m)-43:len(m)-43], []byte(a.Hex()+`"`)...)
	}), nil
}

var addressValue = regexp.MustCompile(`"address": "0x[0-9a-f]{40}"`)
