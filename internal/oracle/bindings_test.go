package oracle

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	opnode "github.com/ethereum-optimism/optimism/op-node/bindings"
	preview "github.com/ethereum-optimism/optimism/op-node/bindings/preview"

	"github.com/l2escape/escape/bindings/opbedrock"
	"github.com/l2escape/escape/bindings/opcurrent"
)

func parse(t *testing.T, md *bind.MetaData) *abi.ABI {
	t.Helper()
	a, err := md.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// The events and functions escape's flows rely on are the optimism module's
// own bindings' (op-node/bindings).
func TestOpNodeSelectorsAndTopics(t *testing.T) {
	method := func(a *abi.ABI, name string) string { return fmt.Sprintf("0x%x", a.Methods[name].ID[:4]) }
	event := func(a *abi.ABI, name string) string { return a.Events[name].ID.Hex() }
	cases := []struct{ what, got, want string }{
		{"op-node MessagePassed", event(parse(t, opnode.L2ToL1MessagePasserMetaData), "MessagePassed"), event(parse(t, opcurrent.L2ToL1MessagePasserMetaData), "MessagePassed")},
		{"op-node TransactionDeposited", event(parse(t, opnode.OptimismPortalMetaData), "TransactionDeposited"), event(parse(t, opcurrent.OptimismPortal2MetaData), "TransactionDeposited")},
		{"op-node proveWithdrawalTransaction", method(parse(t, opnode.OptimismPortalMetaData), "proveWithdrawalTransaction"), method(parse(t, opbedrock.OptimismPortalMetaData), "proveWithdrawalTransaction")},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("%s = %s, want %s", c.what, c.got, c.want)
		}
	}
}

// bindings/README.md says which ABI generation each of the optimism module's
// own bindings corresponds to; this keeps that table true when the module is
// upgraded.
func TestOpNodeBindingsGenerations(t *testing.T) {
	// sameFunctions reports the functions of a whose selector or mutability
	// differs in b, ignoring those named in skip.
	sameFunctions := func(what string, a, b *abi.ABI, skip ...string) {
		t.Helper()
	next:
		for name, m := range a.Methods {
			for _, s := range skip {
				if name == s {
					continue next
				}
			}
			other, ok := b.Methods[name]
			if !ok || !bytes.Equal(other.ID, m.ID) {
				t.Errorf("%s: %s is not in the matching generation", what, m.Sig)
			}
		}
	}
	sameEvents := func(what string, a, b *abi.ABI) {
		t.Helper()
		for _, e := range a.Events {
			if other, ok := b.Events[e.Name]; !ok || other.ID != e.ID {
				t.Errorf("%s: event %s is not in the matching generation", what, e.Sig)
			}
		}
	}
	dgf, dgf100 := parse(t, opnode.DisputeGameFactoryMetaData), parse(t, opbedrock.DisputeGameFactoryMetaData)
	sameFunctions("op-node DisputeGameFactory vs 1.0.0", dgf, dgf100)
	sameFunctions("DisputeGameFactory 1.0.0 vs op-node", dgf100, dgf)
	sameEvents("op-node DisputeGameFactory vs 1.0.0", dgf, dgf100)

	// op-node's OptimismPortal is the legacy 2.x portal from before custom gas
	// tokens: everything it has is in 0.17.3's OptimismPortal, which adds
	// depositERC20Transaction, balance and setGasPayingToken.
	portal, portal2x := parse(t, opnode.OptimismPortalMetaData), parse(t, opbedrock.OptimismPortalMetaData)
	sameFunctions("op-node OptimismPortal vs 0.17.3 OptimismPortal", portal, portal2x)
	sameEvents("op-node OptimismPortal vs 0.17.3 OptimismPortal", portal, portal2x)
	if _, ok := portal.Methods["depositERC20Transaction"]; ok {
		t.Error("op-node OptimismPortal unexpectedly has depositERC20Transaction")
	}

	// preview.OptimismPortal2 is an early 3.x portal: its functions match 3.10.0
	// except initialize, but it lacks the DisputeGameBlacklisted,
	// RespectedGameTypeSet and WithdrawalProvenExtension1 events.
	preview2, portal310 := parse(t, preview.OptimismPortal2MetaData), parse(t, opbedrock.OptimismPortal2MetaData)
	sameFunctions("op-node preview OptimismPortal2 vs 3.10.0", preview2, portal310, "initialize")
	sameEvents("op-node preview OptimismPortal2 vs 3.10.0", preview2, portal310)
	for _, e := range []string{"DisputeGameBlacklisted", "RespectedGameTypeSet", "WithdrawalProvenExtension1"} {
		if _, ok := preview2.Events[e]; ok {
			t.Errorf("op-node preview OptimismPortal2 unexpectedly has event %s: update README.md", e)
		}
	}

	// op-node's L2ToL1MessagePasser matches the current snapshot.
	mp, mpCur := parse(t, opnode.L2ToL1MessagePasserMetaData), parse(t, opcurrent.L2ToL1MessagePasserMetaData)
	sameFunctions("op-node L2ToL1MessagePasser vs current", mp, mpCur)
	sameFunctions("current L2ToL1MessagePasser vs op-node", mpCur, mp)
	sameEvents("op-node L2ToL1MessagePasser vs current", mp, mpCur)
}

// checkL2ChainID (escape/opstack) calls SystemConfig.l2ChainId() on current
// portal sets: the current SystemConfig's ABI snapshot has it (the generated
// binding keeps only the getters escape used before).
func TestSystemConfigSnapshotHasL2ChainID(t *testing.T) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/ethereum-optimism/optimism").Output()
	if err != nil {
		t.Fatalf("go list the optimism module: %v", err)
	}
	data, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(out)), "packages/contracts-bedrock/snapshots/abi/SystemConfig.json"))
	if err != nil {
		t.Fatal(err)
	}
	var sys abi.ABI
	if err := json.Unmarshal(data, &sys); err != nil {
		t.Fatal(err)
	}
	if m, ok := sys.Methods["l2ChainId"]; !ok || m.Sig != "l2ChainId()" {
		t.Error("the current SystemConfig ABI has no l2ChainId()")
	}
}
