// Package network loads the bundled registry of networks (addresses/) and
// users' own network files, and answers which contracts a network's escape
// path goes through.
//
// Only stable proxies are bundled. What upgrades move (the OP
// AnchorStateRegistry and game implementations, the Arbitrum rollup and
// outbox) is read from the chain at run time by the stacks' verify code.
package network

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/addresses"
	"github.com/l2escape/escape/escape"
)

// Source says where a value was copied from: a repository file at a commit,
// or a file inside an npm package at a version.
type Source struct {
	Repo    string `json:"repo,omitempty"`    // e.g. "ethereum-optimism/superchain-registry"
	Path    string `json:"path,omitempty"`    // file inside the repo or package
	Commit  string `json:"commit,omitempty"`  // full commit hash
	NPM     string `json:"npm,omitempty"`     // e.g. "@arbitrum/sdk"
	Version string `json:"version,omitempty"` // npm version
	Note    string `json:"note,omitempty"`    // anything a reviewer should know
}

func (s Source) String() string {
	switch {
	case s.NPM != "":
		return fmt.Sprintf("npm %s@%s %s", s.NPM, s.Version, s.Path)
	case s.Repo != "":
		c := s.Commit
		if len(c) > 12 {
			c = c[:12]
		}
		return fmt.Sprintf("%s %s @%s", s.Repo, s.Path, c)
	case s.Note != "":
		return s.Note
	}
	return "unknown source"
}

// Contract is a bundled address and its provenance.
type Contract struct {
	Address common.Address `json:"address"`
	Source  Source         `json:"source"`
}

// Param is a fixed parameter that a user's timeline depends on.
type Param struct {
	Value  uint64 `json:"value"`
	Unit   string `json:"unit"` // "blocks", "seconds"
	Source Source `json:"source"`
}

// Contract names used in network files. OP Stack names follow the
// superchain-registry; Arbitrum names follow arbitrum-sdk.
const (
	// OP Stack (L1 unless noted)
	OptimismPortal         = "OptimismPortal"
	SystemConfig           = "SystemConfig"
	L1StandardBridge       = "L1StandardBridge"
	L1CrossDomainMessenger = "L1CrossDomainMessenger"
	DisputeGameFactory     = "DisputeGameFactory" // absent on L2OutputOracle chains
	L2OutputOracle         = "L2OutputOracle"     // legacy chains only
	SuperchainConfig       = "SuperchainConfig"   // optional; read from the portal if absent
	BatchInbox             = "BatchInbox"         // an address, not a contract

	// Arbitrum (L1 unless noted)
	Bridge              = "Bridge"
	Inbox               = "Inbox"
	SequencerInbox      = "SequencerInbox"
	Outbox              = "Outbox" // verified against Rollup.outbox() at run time
	Rollup              = "Rollup" // informative; Bridge.rollup() is authoritative
	L1GatewayRouter     = "L1GatewayRouter"
	L2GatewayRouter     = "L2GatewayRouter"     // on L2
	SequencerUptimeFeed = "SequencerUptimeFeed" // Chainlink, on L2, optional
)

// Parameter names.
const (
	ParamSequencingWindow     = "sequencingWindow"     // OP, L1 blocks
	ParamProofMaturityDelay   = "proofMaturityDelay"   // OP, seconds
	ParamDisputeFinalityDelay = "disputeFinalityDelay" // OP, seconds
	ParamFinalizationPeriod   = "finalizationPeriod"   // OP legacy L2OutputOracle, seconds
	ParamL2BlockTime          = "l2BlockTime"          // both, seconds
	ParamDelayBlocks          = "delayBlocks"          // Arbitrum, L1 blocks
	ParamConfirmPeriodBlocks  = "confirmPeriodBlocks"  // Arbitrum, L1 blocks
)

// Network is one entry of the registry.
type Network struct {
	Name      string       `json:"name"`  // e.g. "op-mainnet"
	Title     string       `json:"title"` // e.g. "OP Mainnet"
	Stack     escape.Stack `json:"stack"`
	Testnet   bool         `json:"testnet"`
	L1ChainID uint64       `json:"l1ChainId"`
	L2ChainID uint64       `json:"l2ChainId"`
	L1Name    string       `json:"l1Name"` // "Ethereum", "Sepolia"
	L1RPCs    []string     `json:"l1Rpcs"` // public fallbacks, used when the user gives none
	L2RPCs    []string     `json:"l2Rpcs"`
	Explorers struct {
		L1 string `json:"l1,omitempty"`
		L2 string `json:"l2,omitempty"`
	} `json:"explorers"`
	Contracts map[string]Contract `json:"contracts"`
	Params    map[string]Param    `json:"params,omitempty"`

	// Verified is false for networks loaded from a user's file: their
	// addresses did not come from a reviewed source.
	Verified bool `json:"-"`
	// File is where the network was loaded from ("bundled:<name>.json" or a path).
	File string `json:"-"`
}

// Address returns the named contract's address, or false if the network
// has none.
func (n *Network) Address(name string) (common.Address, bool) {
	c, ok := n.Contracts[name]
	if !ok || c.Address == (common.Address{}) {
		return common.Address{}, false
	}
	return c.Address, true
}

// MustAddress is Address for contracts that Validate guarantees.
func (n *Network) MustAddress(name string) common.Address {
	a, ok := n.Address(name)
	if !ok {
		panic(fmt.Sprintf("network %s has no %s (Validate should have caught this)", n.Name, name))
	}
	return a
}

// ParamValue returns a bundled parameter, or false.
func (n *Network) ParamValue(name string) (uint64, bool) {
	p, ok := n.Params[name]
	return p.Value, ok
}

// Validate checks that a network file has what its stack's escape path needs.
func (n *Network) Validate() error {
	bad := func(format string, args ...any) error {
		return escape.Errorf("bad-network-file",
			"fix the network file "+n.File+"; docs/networks.md describes its fields",
			"network %q: "+format, append([]any{n.Name}, args...)...)
	}
	if n.Name == "" || strings.ToLower(n.Name) != n.Name || strings.ContainsAny(n.Name, " /\\") {
		return bad("the name must be lower-case without spaces or slashes")
	}
	if n.L1ChainID == 0 || n.L2ChainID == 0 {
		return bad("l1ChainId and l2ChainId are required")
	}
	if n.L1ChainID == n.L2ChainID {
		return bad("l2ChainId equals l1ChainId (%d): the L2 is another chain, with its own id", n.L2ChainID)
	}
	var required []string
	switch n.Stack {
	case escape.StackOP:
		required = []string{OptimismPortal, SystemConfig, L1StandardBridge, L1CrossDomainMessenger}
		_, dgf := n.Address(DisputeGameFactory)
		_, l2oo := n.Address(L2OutputOracle)
		if !dgf && !l2oo {
			return bad("an OP Stack network needs a %s or an %s", DisputeGameFactory, L2OutputOracle)
		}
	case escape.StackArbitrum:
		required = []string{Bridge, Inbox, SequencerInbox}
	default:
		return bad("unknown stack %q (want %q or %q)", n.Stack, escape.StackOP, escape.StackArbitrum)
	}
	for _, r := range required {
		if _, ok := n.Address(r); !ok {
			return bad("missing contract %s", r)
		}
	}
	// A misspelt optional contract would otherwise be ignored without a
	// word, and the check it feeds silently skipped.
	known := knownContracts[n.Stack]
	for _, name := range sortedKeys(n.Contracts) {
		if !known[name] {
			return bad("unknown contract %q for stack %s (known: %s)", name, n.Stack, strings.Join(sortedKeys(known), ", "))
		}
	}
	// Stacks may define parameters of their own, so unknown names pass; a
	// known one in the wrong unit would put the user's timeline off.
	for _, name := range sortedKeys(n.Params) {
		if want, ok := paramUnits[name]; ok && n.Params[name].Unit != want {
			return bad("parameter %s is in %s; give it in %q", name, quoteOrNone(n.Params[name].Unit), want)
		}
		if nonZeroParams[name] && n.Params[name].Value == 0 {
			return bad("parameter %s is 0, which no chain uses; leave it out to have escape read it from the chain, or give the chain's value", name)
		}
	}
	if n.Verified {
		for _, name := range sortedKeys(n.Contracts) {
			if s := n.Contracts[name].Source; s.Repo == "" && s.NPM == "" {
				return bad("bundled contract %s has no source", name)
			}
		}
		for _, name := range sortedKeys(n.Params) {
			if s := n.Params[name].Source; s.Repo == "" && s.NPM == "" {
				return bad("bundled parameter %s has no source", name)
			}
		}
	}
	return nil
}

// knownContracts lists the contract names a network file of each stack may
// carry.
var knownContracts = map[escape.Stack]map[string]bool{
	escape.StackOP: {
		OptimismPortal: true, SystemConfig: true, L1StandardBridge: true, L1CrossDomainMessenger: true,
		DisputeGameFactory: true, L2OutputOracle: true, SuperchainConfig: true, BatchInbox: true,
		SequencerUptimeFeed: true,
	},
	escape.StackArbitrum: {
		Bridge: true, Inbox: true, SequencerInbox: true, Outbox: true, Rollup: true,
		L1GatewayRouter: true, L2GatewayRouter: true, SequencerUptimeFeed: true,
	},
}

// nonZeroParams cannot be zero on any chain: a zero sequencing window or
// delay would promise force inclusion at once, and a zero block time
// divides the timeline by zero.
var nonZeroParams = map[string]bool{ParamSequencingWindow: true, ParamDelayBlocks: true, ParamL2BlockTime: true}

// paramUnits is the unit each parameter named in this package is given in.
var paramUnits = map[string]string{
	ParamSequencingWindow:     "blocks",
	ParamProofMaturityDelay:   "seconds",
	ParamDisputeFinalityDelay: "seconds",
	ParamFinalizationPeriod:   "seconds",
	ParamL2BlockTime:          "seconds",
	ParamDelayBlocks:          "blocks",
	ParamConfirmPeriodBlocks:  "blocks",
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func quoteOrNone(unit string) string {
	if unit == "" {
		return "no unit"
	}
	return fmt.Sprintf("%q", unit)
}

// Parse reads one network file.
func Parse(data []byte, file string, verified bool) (*Network, error) {
	var n Network
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	err := dec.Decode(&n)
	if err == nil && dec.More() {
		// Two objects pasted into one file: which one would count?
		err = errors.New("more than one JSON value in the file")
	}
	if err == nil {
		// encoding/json keeps the last of two equal keys without a word:
		// an edit that added a second "Inbox" would silently win.
		err = duplicateKey(data)
	}
	if err != nil {
		return nil, escape.Wrap(err, "bad-network-file",
			"check the file's JSON against docs/networks.md", "cannot read network file %s", file)
	}
	n.File, n.Verified = file, verified
	if err := checkChecksums(data, &n); err != nil {
		return nil, err
	}
	if err := n.Validate(); err != nil {
		return nil, err
	}
	return &n, nil
}

// duplicateKey reports the first object key that appears twice in one
// object, anywhere in the document.
func duplicateKey(data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	type frame struct {
		object bool
		keys   map[string]bool
		atKey  bool // the next string token in this object is a key
	}
	var stack []*frame
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		var top *frame
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		if key, isKey := tok.(string); isKey && top != nil && top.object && top.atKey {
			if top.keys[key] {
				return fmt.Errorf("the key %q appears twice in one object", key)
			}
			top.keys[key], top.atKey = true, false
			continue
		}
		switch tok {
		case json.Delim('{'):
			stack = append(stack, &frame{object: true, keys: map[string]bool{}, atKey: true})
			continue
		case json.Delim('['):
			stack = append(stack, &frame{})
			continue
		case json.Delim('}'), json.Delim(']'):
			stack = stack[:len(stack)-1]
		}
		// A value ended: the next token of an enclosing object is a key.
		if len(stack) > 0 && stack[len(stack)-1].object {
			stack[len(stack)-1].atKey = true
		}
	}
}

// checkChecksums refuses a mixed-case address whose EIP-55 checksum does
// not match: it almost always means a typo. All-lower-case and
// all-upper-case addresses carry no checksum and are accepted, as EIP-55
// itself allows and as `--to` does (units.ParseAddress).
func checkChecksums(data []byte, n *Network) error {
	var raw struct {
		Contracts map[string]struct {
			Address string `json:"address"`
		} `json:"contracts"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil // the decode above reported it
	}
	for _, name := range sortedKeys(raw.Contracts) {
		a := raw.Contracts[name].Address
		body := strings.TrimPrefix(strings.TrimPrefix(a, "0x"), "0X")
		if body == strings.ToLower(body) || body == strings.ToUpper(body) {
			continue
		}
		if common.HexToAddress(a).Hex() != a {
			// Never the recomputed checksum: that is the typo, in a form
			// that would pass.
			return escape.Errorf("bad-network-file",
				"fix the network file "+n.File+": copy the address again from its source (the network's official documentation or registry) instead of retyping it or changing its case",
				"network %q: contract %s address %s: its checksum (the pattern of upper- and lower-case letters, EIP-55) does not match, so a character is probably wrong", n.Name, name, a)
		}
	}
	return nil
}

// Bundled returns every network in the embedded registry, sorted by name.
func Bundled() ([]*Network, error) {
	return loadRegistry(addresses.Files())
}

// loadRegistry reads every <name>.json at the root of fsys as a verified
// network; a file must hold the network its name says.
func loadRegistry(fsys fs.FS) ([]*Network, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, err
	}
	var out []*Network
	for _, e := range entries {
		if path.Ext(e.Name()) != ".json" {
			continue
		}
		data, err := fs.ReadFile(fsys, e.Name())
		if err != nil {
			return nil, err
		}
		n, err := Parse(data, "bundled:"+e.Name(), true)
		if err != nil {
			return nil, err
		}
		if n.Name+".json" != e.Name() {
			return nil, fmt.Errorf("bundled file %s holds network %q", e.Name(), n.Name)
		}
		out = append(out, n)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// Lookup resolves the --network argument: a bundled name, or a path to a
// user's network file (anything containing a path separator or ending in
// .json). User files are marked unverified.
func Lookup(arg string) (*Network, error) {
	if arg == "" {
		return nil, escape.Errorf("no-network", "pass --network NAME; `escape networks` lists the names", "no network given")
	}
	// "/" counts on every system, so that the same instructions work on Windows.
	if strings.HasSuffix(arg, ".json") || strings.ContainsAny(arg, "/"+string(os.PathSeparator)) {
		data, err := os.ReadFile(arg)
		if err != nil {
			return nil, escape.Wrap(err, "bad-network-file", "check the path of your network file", "cannot read network file")
		}
		n, err := Parse(data, arg, false)
		if err != nil {
			return nil, err
		}
		// The record stores an escape's network by name and looks bundled
		// names up first: a user's file under a bundled name would be
		// swapped for the bundled network on resume, and its output would
		// read as if the addresses were the verified ones.
		if all, err := Bundled(); err == nil {
			for _, b := range all {
				if b.Name == n.Name {
					return nil, escape.Errorf("bad-network-file",
						fmt.Sprintf("give the network in %s another name, e.g. %q; to use the bundled network, pass --network %s", arg, "my-"+n.Name, n.Name),
						"network file %s uses the name %q of a bundled network", arg, n.Name)
				}
			}
		}
		return n, nil
	}
	all, err := Bundled()
	if err != nil {
		return nil, err
	}
	var names []string
	for _, n := range all {
		names = append(names, n.Name)
	}
	name, err := resolveName(arg, names)
	if err != nil {
		return nil, err
	}
	for _, n := range all {
		if n.Name == name {
			return n, nil
		}
	}
	return nil, fmt.Errorf("network %q resolved to %q, which is not bundled", arg, name)
}
