package opstack

import (
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/l2escape/escape/bindings/opbedrock"
	"github.com/l2escape/escape/bindings/opcurrent"
	"github.com/l2escape/escape/escape/pipeline"
)

// Portal 4.x/5.x: no bytecode of these generations is available here (the
// devnet runs contracts-bedrock 0.17.3: portal 3.10.0 and legacy 2.8.1), so
// these tests check the code against the real ABIs of the pinned optimism
// module (packages/contracts-bedrock/snapshots/abi, OptimismPortal2 5.8.0,
// AnchorStateRegistry 3.x, DisputeGameFactory, FaultDisputeGame). No 4.x ABI
// is vendored; 4.x differs from 5.x in the super-root prove overload, which
// escape does not call.

func hasSelector(a *abi.ABI, sig string) bool {
	id := crypto.Keccak256([]byte(sig))[:4]
	for _, m := range a.Methods {
		if string(m.ID) == string(id) {
			return true
		}
	}
	return false
}

// Every getter and call escape makes on a 4.x/5.x portal set exists there
// with that exact signature.
func TestPortal5SelectorsExist(t *testing.T) {
	asr := mustABI(opcurrent.AnchorStateRegistryMetaData.GetAbi())
	dgf := mustABI(opcurrent.DisputeGameFactoryMetaData.GetAbi())
	fdg := mustABI(opcurrent.FaultDisputeGameMetaData.GetAbi())
	pdg := mustABI(opcurrent.PermissionedDisputeGameMetaData.GetAbi())
	for name, c := range map[string]struct {
		a    *abi.ABI
		sigs []string
	}{
		"OptimismPortal2 5.x": {portalNowABI(), []string{
			"version()", "disputeGameFactory()", "anchorStateRegistry()", "proofMaturityDelaySeconds()",
			"paused()", "superchainConfig()", "systemConfig()", "finalizedWithdrawals(bytes32)", "numProofSubmitters(bytes32)",
			"provenWithdrawals(bytes32,address)", "checkWithdrawal(bytes32,address)", "proofSubmitters(bytes32,uint256)",
			"minimumGasLimit(uint64)", "depositTransaction(address,uint256,uint64,bool,bytes)", "ethLockbox()",
			"finalizeWithdrawalTransaction((uint256,address,address,uint256,uint256,bytes))",
			"finalizeWithdrawalTransactionExternalProof((uint256,address,address,uint256,uint256,bytes),address)",
			"proveWithdrawalTransaction((uint256,address,address,uint256,uint256,bytes),uint256,(bytes32,bytes32,bytes32,bytes32),bytes[])",
		}},
		"AnchorStateRegistry": {asr, []string{"disputeGameFactory()", "respectedGameType()", "retirementTimestamp()",
			"isGameProper(address)", "isGameRespected(address)", "disputeGameBlacklist(address)"}},
		"SuperchainConfig": {mustABI(opcurrent.SuperchainConfigMetaData.GetAbi()), []string{"paused()", "paused(address)", "expiration(address)"}},
		"L1CrossDomainMessenger": {l1MessengerABI(), []string{"successfulMessages(bytes32)", "failedMessages(bytes32)",
			"relayMessage(uint256,address,address,uint256,uint256,bytes)"}},
		"DisputeGameFactory":      {dgf, []string{"gameCount()", "gameAtIndex(uint256)"}},
		"FaultDisputeGame":        {fdg, []string{"l2SequenceNumber()", "l2BlockNumber()", "rootClaim()", "status()", "extraData()", "gameType()", "resolvedAt()", "createdAt()", "maxClockDuration()"}},
		"PermissionedDisputeGame": {pdg, []string{"l2SequenceNumber()", "rootClaim()", "status()", "extraData()"}},
	} {
		for _, sig := range c.sigs {
			if !hasSelector(c.a, sig) {
				t.Errorf("%s has no %s", name, sig)
			}
		}
	}
	// The devnet's FaultDisputeGame 1.2.0 lacks l2SequenceNumber(), so the
	// devnet tests exercise the l2BlockNumber()/extraData fallback.
	if hasSelector(gameABI(), "l2SequenceNumber()") {
		t.Error("the bedrock FaultDisputeGame ABI has l2SequenceNumber(): the devnet no longer tests the fallback")
	}
}

// The prove call escape packs (with the 3.x ABI) is the same call on 5.x:
// same selector, and 5.x's ABI decodes it to the same values.
func TestProveCallDecodesWithPortal5ABI(t *testing.T) {
	tx := opbedrock.TypesWithdrawalTransaction{Nonce: common.Big1, Sender: common.HexToAddress("0x01"), Target: common.HexToAddress("0x02"),
		Value: common.Big2, GasLimit: common.Big3, Data: []byte{0xaa}}
	root := opbedrock.TypesOutputRootProof{StateRoot: common.Hash{1}, MessagePasserStorageRoot: common.Hash{2}, LatestBlockhash: common.Hash{3}}
	input, err := portal2ABI().Pack("proveWithdrawalTransaction", tx, common.Big3, root, [][]byte{{1, 2}})
	if err != nil {
		t.Fatal(err)
	}
	m, err := portalNowABI().MethodById(input[:4])
	if err != nil {
		t.Fatal(err)
	}
	if m.RawName != "proveWithdrawalTransaction" || len(m.Inputs) != 4 {
		t.Fatalf("5.x decodes the prove call as %s with %d inputs", m.RawName, len(m.Inputs))
	}
	vals, err := m.Inputs.Unpack(input[4:])
	if err != nil {
		t.Fatal(err)
	}
	if idx := vals[1].(interface{ Uint64() uint64 }).Uint64(); idx != 3 {
		t.Fatalf("game index %d, want 3", idx)
	}
	for _, sig := range []string{"finalizeWithdrawalTransactionExternalProof", "depositTransaction"} {
		if portal2ABI().Methods[sig].Sig != portalNowABI().Methods[sig].Sig {
			t.Errorf("%s differs: 3.x %s, 5.x %s", sig, portal2ABI().Methods[sig].Sig, portalNowABI().Methods[sig].Sig)
		}
	}
}

// The 4.x/5.x custom errors a user can meet decode to their names.
func TestPortal5RevertsDecode(t *testing.T) {
	for _, name := range []string{"OptimismPortal_ProofNotOldEnough", "OptimismPortal_Unproven", "OptimismPortal_InvalidRootClaim",
		"OptimismPortal_AlreadyFinalized", "OptimismPortal_ImproperDisputeGame", "OptimismPortal_InvalidDisputeGame", "OptimismPortal_InvalidProofTimestamp"} {
		e, ok := portalNowABI().Errors[name]
		if !ok {
			t.Errorf("5.x ABI lacks %s", name)
			continue
		}
		if got := pipeline.DecodeRevert(e.ID[:4], allRevertABIs()...); !strings.Contains(got, name) {
			t.Errorf("revert %s decodes as %q", name, got)
		}
	}
}

func mustABI(a *abi.ABI, err error) *abi.ABI {
	if err != nil {
		panic(err)
	}
	return a
}
