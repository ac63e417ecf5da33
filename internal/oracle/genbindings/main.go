// Command genbindings regenerates escape's contract bindings from pinned
// sources: the npm packages in the repository's package-lock.json and the
// optimism Go module pinned in internal/oracle/go.mod. It calls abigen's
// library once per package, so that tuple structs shared by several
// contracts (such as Types.OutputRootProof) are emitted once.
//
// It lives in the oracle module because that module requires the optimism
// module, and because its abigen (op-geth's) writes code that builds with
// both op-geth (the oracle tests) and go-ethereum (escape): upstream
// abigen's output uses bind.ErrEventSignatureMismatch, which op-geth lacks.
// Run it from internal/oracle: go run ./genbindings -root ../.. -out ../../bindings
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
)

// source names where an artifact lives.
type source int

const (
	npm      source = iota // path relative to node_modules
	optimism               // path relative to the optimism Go module's directory
)

type contract struct {
	Type string // Go type name
	From source
	Path string
}

type pkg struct {
	Name, Doc string
	Contracts []contract
}

const bedrock = "@eth-optimism/contracts-bedrock/forge-artifacts/"
const snapshots = "packages/contracts-bedrock/snapshots/abi/"
const nitro = "@arbitrum/nitro-contracts/build/contracts/src/"
const nitroLegacy = "nitro-contracts-legacy/build/contracts/src/"
const tokenBridge = "@arbitrum/token-bridge-contracts/build/contracts/contracts/tokenbridge/"

func fa(name string) string { return bedrock + name + ".sol/" + name + ".json" }

var packages = []pkg{
	{Name: "opcurrent", Doc: "OP Stack L1 and L2 contracts in their current shape (OptimismPortal2 5.x, AnchorStateRegistry 3.x), from the ABI snapshots of github.com/ethereum-optimism/optimism as pinned in internal/oracle/go.mod.",
		Contracts: []contract{
			{"OptimismPortal2", optimism, snapshots + "OptimismPortal2.json"},
			{"AnchorStateRegistry", optimism, snapshots + "AnchorStateRegistry.json"},
			{"DisputeGameFactory", optimism, snapshots + "DisputeGameFactory.json"},
			{"FaultDisputeGame", optimism, snapshots + "FaultDisputeGame.json"},
			{"PermissionedDisputeGame", optimism, snapshots + "PermissionedDisputeGame.json"},
			{"SuperchainConfig", optimism, snapshots + "SuperchainConfig.json"},
			{"L1StandardBridge", optimism, snapshots + "L1StandardBridge.json"},
			{"L1CrossDomainMessenger", optimism, snapshots + "L1CrossDomainMessenger.json"},
			{"L2StandardBridge", optimism, snapshots + "L2StandardBridge.json"},
			{"L2CrossDomainMessenger", optimism, snapshots + "L2CrossDomainMessenger.json"},
			{"L2ToL1MessagePasser", optimism, snapshots + "L2ToL1MessagePasser.json"},
			{"OptimismMintableERC20", optimism, snapshots + "OptimismMintableERC20.json"},
		}},
	{Name: "opbedrock", Doc: "OP Stack L1 contracts as published in npm @eth-optimism/contracts-bedrock 0.17.3: OptimismPortal2 3.10.0 with DisputeGameFactory 1.0.0, and FaultDisputeGame 1.2.0, and the legacy OptimismPortal with its L2OutputOracle. The local devnet runs this bytecode.",
		Contracts: []contract{
			{"OptimismPortal2", npm, fa("OptimismPortal2")},
			{"OptimismPortal", npm, fa("OptimismPortal")},
			{"L2OutputOracle", npm, fa("L2OutputOracle")},
			{"DisputeGameFactory", npm, fa("DisputeGameFactory")},
			{"FaultDisputeGame", npm, fa("FaultDisputeGame")},
			{"SystemConfig", npm, fa("SystemConfig")},
		}},
	{Name: "nitro", Doc: "Arbitrum Nitro bridge contracts from npm @arbitrum/nitro-contracts 3.2.0 (BoLD), the ArbSys and NodeInterface precompile interfaces, and OpenZeppelin's ERC20 as shipped in that package.",
		Contracts: []contract{
			{"Inbox", npm, nitro + "bridge/Inbox.sol/Inbox.json"},
			{"Bridge", npm, nitro + "bridge/Bridge.sol/Bridge.json"},
			{"SequencerInbox", npm, nitro + "bridge/SequencerInbox.sol/SequencerInbox.json"},
			{"Outbox", npm, nitro + "bridge/Outbox.sol/Outbox.json"},
			{"RollupUserLogic", npm, nitro + "rollup/RollupUserLogic.sol/RollupUserLogic.json"},
			{"ArbSys", npm, nitro + "precompiles/ArbSys.sol/ArbSys.json"},
			{"NodeInterface", npm, nitro + "node-interface/NodeInterface.sol/NodeInterface.json"},
			{"ERC20", npm, "@arbitrum/nitro-contracts/build/contracts/@openzeppelin/contracts/token/ERC20/ERC20.sol/ERC20.json"},
		}},
	{Name: "nitrolegacy", Doc: "The pre-BoLD Arbitrum rollup (nodes rather than assertions) from npm @arbitrum/nitro-contracts 2.1.3, installed under the alias nitro-contracts-legacy.",
		Contracts: []contract{
			{"RollupUserLogic", npm, nitroLegacy + "rollup/RollupUserLogic.sol/RollupUserLogic.json"},
		}},
	{Name: "tokenbridge", Doc: "Arbitrum's token bridge from npm @arbitrum/token-bridge-contracts 1.2.5: the L1 and L2 gateway routers, the standard ERC-20 gateways whose events (L2 WithdrawalInitiated, L1 WithdrawalFinalized) trace a token withdrawal, and the standard L2 token (StandardArbERC20: l1Address).",
		Contracts: []contract{
			{"L2GatewayRouter", npm, tokenBridge + "arbitrum/gateway/L2GatewayRouter.sol/L2GatewayRouter.json"},
			{"L1ERC20Gateway", npm, tokenBridge + "ethereum/gateway/L1ERC20Gateway.sol/L1ERC20Gateway.json"},
			{"L2ERC20Gateway", npm, tokenBridge + "arbitrum/gateway/L2ERC20Gateway.sol/L2ERC20Gateway.json"},
			{"L1GatewayRouter", npm, tokenBridge + "ethereum/gateway/L1GatewayRouter.sol/L1GatewayRouter.json"},
			{"StandardArbERC20", npm, tokenBridge + "arbitrum/StandardArbERC20.sol/StandardArbERC20.json"},
		}},
}

func main() {
	root := flag.String("root", "../..", "repository root (holding node_modules)")
	out := flag.String("out", "../../bindings", "output directory")
	flag.Parse()
	// The optimism module is required by this module (internal/oracle),
	// not by escape's: look it up here.
	opDir, err := moduleDir(filepath.Join(*root, "internal", "oracle"), "github.com/ethereum-optimism/optimism")
	if err != nil {
		fail("%v", err)
	}
	for _, p := range packages {
		var types, abis, bins []string
		var sigs []map[string]string
		for _, c := range p.Contracts {
			path := filepath.Join(*root, "node_modules", c.Path)
			if c.From == optimism {
				path = filepath.Join(opDir, c.Path)
			}
			abiJSON, err := readABI(path)
			if err != nil {
				fail("%s: %v (run `npm install --no-save` at the repository root)", c.Type, err)
			}
			types = append(types, c.Type)
			abis = append(abis, abiJSON)
			bins = append(bins, "") // the tool never deploys; the devnet deploys from the artifacts
			sigs = append(sigs, nil)
		}
		code, err := abigen.Bind(types, abis, bins, sigs, p.Name, nil, nil)
		if err != nil {
			fail("%s: %v", p.Name, err)
		}
		dir := filepath.Join(*out, p.Name)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			fail("%v", err)
		}
		// The first line follows Go's convention for generated files, so that
		// tools (gofmt -l aside, linters, code review) treat them as such.
		doc := fmt.Sprintf("// Code generated by internal/oracle/genbindings. DO NOT EDIT.\n\n// Package %s: %s\n", p.Name, p.Doc)
		if err := os.WriteFile(filepath.Join(dir, "doc.go"), []byte(doc+"package "+p.Name+"\n"), 0o644); err != nil {
			fail("%v", err)
		}
		if err := os.WriteFile(filepath.Join(dir, p.Name+".go"), []byte(code), 0o644); err != nil {
			fail("%v", err)
		}
		fmt.Fprintf(os.Stderr, "bindings/%s: %s\n", p.Name, strings.Join(types, ", "))
	}
}

// readABI returns the "abi" member of an artifact (forge, hardhat) or a bare ABI array.
func readABI(path string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	data = bytes.TrimSpace(data)
	if len(data) > 0 && data[0] == '[' {
		return string(data), nil
	}
	var art struct {
		ABI json.RawMessage `json:"abi"`
	}
	if err := json.Unmarshal(data, &art); err != nil {
		return "", err
	}
	if len(art.ABI) == 0 {
		return "", fmt.Errorf("%s has no abi", path)
	}
	return string(art.ABI), nil
}

func moduleDir(root, mod string) (string, error) {
	cmd := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", mod)
	cmd.Dir = root
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go list %s: %v", mod, err)
	}
	return strings.TrimSpace(string(out)), nil
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bindings/gen: "+format+"\n", args...)
	os.Exit(1)
}
