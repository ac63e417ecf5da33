package bindings_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/l2escape/escape/bindings/nitro"
	"github.com/l2escape/escape/bindings/nitrolegacy"
	"github.com/l2escape/escape/bindings/opbedrock"
	"github.com/l2escape/escape/bindings/opcurrent"
	"github.com/l2escape/escape/bindings/tokenbridge"
)

// soliditySignature matches a string literal that is a Solidity function,
// event or error signature: name(types).
var soliditySignature = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*\([a-z0-9\[\](),]*\)$`)

// signaturesIn returns every string literal of the non-test Go files under
// dir that is a Solidity signature, with where it is written.
func signaturesIn(t *testing.T, dir string) map[string][]string {
	t.Helper()
	found := map[string][]string{}
	fset := token.NewFileSet()
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			if s, err := strconv.Unquote(lit.Value); err == nil && soliditySignature.MatchString(s) {
				pos := fset.Position(lit.Pos())
				found[s] = append(found[s], filepath.Base(filepath.Dir(pos.Filename))+"/"+filepath.Base(pos.Filename)+":"+strconv.Itoa(pos.Line))
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return found
}

// withoutBinding are the signatures escape writes by hand for contracts
// that have no generated binding, and why.
var withoutBinding = map[string]string{
	"L2_ORACLE()":                  "OptimismPortal 1.x getter, older than every pinned portal ABI",
	"SYSTEM_CONFIG()":              "OptimismPortal 1.x getter, older than every pinned portal ABI",
	"delay()":                      "DelayedWETH, the games' bond escrow: not generated",
	"withdrawals(address,address)": "DelayedWETH, the games' bond escrow: not generated",
	"relayMessage(address,address,bytes,uint256)": "the pre-Bedrock L1CrossDomainMessenger's v0 relay: no pinned ABI",
	"latestRoundData()":                           "Chainlink's L2 sequencer uptime feed (not a rollup contract)",
	"aggregator()":                                "Chainlink's L2 sequencer uptime feed (not a rollup contract)",
	"description()":                               "Chainlink's L2 sequencer uptime feed (not a rollup contract)",
	"l1Sender()":                                  "Chainlink's uptime feed aggregator: its L1 sender",
	"updateStatus(bool,uint64)":                   "Chainlink's uptime feed: the L1 sender's call to the L2 feed",
}

// One source for every contract interface (issue 14). escape/arbitrum
// writes no Solidity signature by hand: its selectors, topics and errors
// come from the bindings' ABIs, and so do the OP Stack flow's and `escape
// health`'s but those TestOPStackPacksCallsFromTheBindings and
// TestHealthPacksCallsFromTheBindings allow. Each signature written under
// escape/ must be a function, event or error of a generated binding,
// character for character, or be listed in withoutBinding with the reason
// no binding holds it, so a signature that no pinned contract has fails
// here.
func TestHandWrittenSignaturesAreInTheBindings(t *testing.T) {
	known := map[string]bool{}
	for _, md := range []*bind.MetaData{
		opcurrent.OptimismPortal2MetaData, opcurrent.AnchorStateRegistryMetaData, opcurrent.DisputeGameFactoryMetaData,
		opcurrent.FaultDisputeGameMetaData, opcurrent.PermissionedDisputeGameMetaData, opcurrent.SuperchainConfigMetaData,
		opcurrent.L1StandardBridgeMetaData, opcurrent.L1CrossDomainMessengerMetaData, opcurrent.L2StandardBridgeMetaData,
		opcurrent.L2CrossDomainMessengerMetaData, opcurrent.L2ToL1MessagePasserMetaData, opcurrent.OptimismMintableERC20MetaData,
		opbedrock.OptimismPortal2MetaData, opbedrock.OptimismPortalMetaData, opbedrock.L2OutputOracleMetaData,
		opbedrock.DisputeGameFactoryMetaData, opbedrock.FaultDisputeGameMetaData, opbedrock.SystemConfigMetaData,
		nitro.InboxMetaData, nitro.BridgeMetaData, nitro.SequencerInboxMetaData, nitro.OutboxMetaData, nitro.RollupUserLogicMetaData,
		nitro.ArbSysMetaData, nitro.NodeInterfaceMetaData, nitro.ERC20MetaData, nitrolegacy.RollupUserLogicMetaData,
		tokenbridge.L2GatewayRouterMetaData, tokenbridge.L1ERC20GatewayMetaData, tokenbridge.L2ERC20GatewayMetaData,
		tokenbridge.L1GatewayRouterMetaData, tokenbridge.StandardArbERC20MetaData,
	} {
		a := parse(t, md)
		for _, m := range a.Methods {
			known[m.Sig] = true
		}
		for _, e := range a.Events {
			known[e.Sig] = true
		}
		for _, e := range a.Errors {
			known[e.Sig] = true
		}
	}
	for sig, where := range signaturesIn(t, "../escape/arbitrum") {
		t.Errorf("escape/arbitrum writes %s by hand (%s): use the nitro or tokenbridge binding's ABI", sig, strings.Join(where, ", "))
	}
	found := signaturesIn(t, "../escape")
	if len(found) == 0 {
		t.Fatal("no hand-written signature found under escape/: is the scan broken?")
	}
	for sig, where := range found {
		_, listed := withoutBinding[sig]
		switch {
		case known[sig] && listed:
			t.Errorf("%s is in a binding now: drop it from withoutBinding", sig)
		case !known[sig] && !listed:
			t.Errorf("%s (%s) is no function, event or error of any generated binding: a typo, or a contract to generate (internal/oracle/genbindings)", sig, strings.Join(where, ", "))
		}
	}
	for sig := range withoutBinding {
		if _, ok := found[sig]; !ok {
			t.Errorf("withoutBinding lists %s, which escape no longer writes", sig)
		}
	}
}

// opstackByHand are the signatures escape/opstack may still write besides
// withoutBinding's: another binding has the signature, but the binding of
// the contract called lacks it.
var opstackByHand = map[string]string{
	"l2ChainId()": "SystemConfig.l2ChainId(): the generated SystemConfig (2.3.0) predates it; the games' l2ChainId() is another contract's",
}

// The OP Stack flow packs every call from a binding's ABI
// (escape/opstack's pack(portal2ABI, "method", args...)): a signature typed
// there that neither withoutBinding nor opstackByHand lists fails.
func TestOPStackPacksCallsFromTheBindings(t *testing.T) {
	packedFromBindings(t, "escape/opstack", opstackByHand, `pack it from the binding of the contract's version, pack(xxxABI, "method", args...)`)
}

// packedFromBindings fails on a signature the package in dir (under the
// repository) writes by hand that neither withoutBinding nor byHand lists,
// and on a byHand entry the package no longer writes.
func packedFromBindings(t *testing.T, dir string, byHand map[string]string, fix string) {
	t.Helper()
	found := signaturesIn(t, "../"+dir)
	for sig, where := range found {
		_, none := withoutBinding[sig]
		_, allowed := byHand[sig]
		if !none && !allowed {
			t.Errorf("%s writes %s by hand (%s): %s", dir, sig, strings.Join(where, ", "), fix)
		}
	}
	for sig := range byHand {
		if _, ok := found[sig]; !ok {
			t.Errorf("the list for %s names %s, which it no longer writes", dir, sig)
		}
	}
}

// healthByHand are the signatures escape/health may still write besides
// withoutBinding's (the Chainlink uptime feed's): another binding has the
// signature, but the binding of the contract called lacks it.
var healthByHand = map[string]string{
	"decimals()":         "the Chainlink uptime feed's decimals(): the ERC20 bindings' decimals() is another contract's",
	"superchainConfig()": "SystemConfig.superchainConfig(): the generated SystemConfig (2.3.0) predates it; the portal's is another contract's",
}

// `escape health` packs its calls and takes its event topics from the
// bindings' ABIs (escape/health's get(to, xxxABI, "method", args...) and
// xxxABI().Events["Name"].ID), as the OP Stack and Arbitrum flows do: a
// signature typed there that neither withoutBinding nor healthByHand lists
// fails.
func TestHealthPacksCallsFromTheBindings(t *testing.T) {
	packedFromBindings(t, "escape/health", healthByHand, `take it from the binding of the contract's version, get(to, xxxABI, "method", args...) or xxxABI().Events[name].ID`)
}
