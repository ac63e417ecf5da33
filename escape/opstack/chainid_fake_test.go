package opstack

import (
	"context"
	"net/http/httptest"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/bindings/opbedrock"
	"github.com/l2escape/escape/bindings/opcurrent"
	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/network"
)

// The getters checkL2ChainID calls exist with these signatures: l2ChainId()
// on both generations of FaultDisputeGame (bindings); the current
// SystemConfig's ABI snapshot in the pinned optimism module has it too
// (internal/oracle; the generated binding keeps only the getters escape used
// before).
func TestL2ChainIDSelectorsExist(t *testing.T) {
	for name, a := range map[string]*abi.ABI{
		"opcurrent FaultDisputeGame":        mustABI(opcurrent.FaultDisputeGameMetaData.GetAbi()),
		"opcurrent PermissionedDisputeGame": mustABI(opcurrent.PermissionedDisputeGameMetaData.GetAbi()),
		"opbedrock FaultDisputeGame":        mustABI(opbedrock.FaultDisputeGameMetaData.GetAbi()),
	} {
		if !hasSelector(a, "l2ChainId()") {
			t.Errorf("%s has no l2ChainId()", name)
		}
	}
	if hasSelector(mustABI(opbedrock.SystemConfigMetaData.GetAbi()), "l2ChainId()") {
		t.Error("the devnet's SystemConfig (contracts-bedrock 0.17.3) has l2ChainId(): TestVerifyL2ChainID's premise changed")
	}
	// internal/oracle checks that the current SystemConfig ABI snapshot has it.
}

// TestVerifyL2ChainIDFromSystemConfig: on a current (5.x-shaped) portal set
// whose SystemConfig records the L2 chain id, a file claiming another id
// fails on SystemConfig.l2ChainId(); an honest one passes.
func TestVerifyL2ChainIDFromSystemConfig(t *testing.T) {
	portal := common.HexToAddress("0x00000000000000000000000000000000000a0001")
	asr := common.HexToAddress("0x00000000000000000000000000000000000a0002")
	dgf := common.HexToAddress("0x00000000000000000000000000000000000a0003")
	sys := common.HexToAddress("0x00000000000000000000000000000000000a0004")
	bridge := common.HexToAddress("0x00000000000000000000000000000000000a0005")
	messenger := common.HexToAddress("0x00000000000000000000000000000000000a0006")
	f := &fakeL1{answers: map[string][]byte{}}
	f.set(portal, "version()", packReturn(t, portalNowABI(), "version", "5.1.1"))
	f.set(portal, "disputeGameFactory()", addrWord(dgf))
	f.set(portal, "anchorStateRegistry()", addrWord(asr))
	f.set(portal, "proofMaturityDelaySeconds()", word(604800))
	f.set(portal, "disputeGameFinalityDelaySeconds()", word(302400))
	f.set(portal, "paused()", word(0))
	f.set(portal, "systemConfig()", addrWord(sys))
	f.set(asr, "disputeGameFactory()", addrWord(dgf))
	f.set(asr, "respectedGameType()", packReturn(t, asrABI(), "respectedGameType", uint32(0)))
	f.set(asr, "retirementTimestamp()", word(0))
	f.set(asr, "disputeGameFinalityDelaySeconds()", word(302400))
	f.set(dgf, "gameCount()", word(0))
	f.set(bridge, "messenger()", addrWord(messenger))
	f.set(messenger, "portal()", addrWord(portal))
	f.set(sys, "l2ChainId()", word(8453))
	srv := httptest.NewServer(f)
	defer srv.Close()
	ctx := context.Background()
	l1, err := chain.Dial(ctx, "L1", []string{srv.URL}, 1, chain.Options{Retries: -1})
	if err != nil {
		t.Fatal(err)
	}
	defer l1.Close()
	src := network.Source{Note: "test"}
	for claimed, ok := range map[uint64]bool{8453: true, 42161: false} {
		n := &network.Network{Name: "fake5", Title: "fake 5.x", L1ChainID: 1, L2ChainID: claimed, Contracts: map[string]network.Contract{
			network.OptimismPortal: {Address: portal, Source: src}, network.SystemConfig: {Address: sys, Source: src},
			network.L1StandardBridge: {Address: bridge, Source: src}, network.L1CrossDomainMessenger: {Address: messenger, Source: src},
			network.DisputeGameFactory: {Address: dgf, Source: src},
		}}
		r, err := (&Stack{}).Verify(ctx, &flow.Env{Network: n, L1: l1})
		if err != nil {
			t.Fatal(err)
		}
		var got *flow.VerifyCheck
		for i := range r.Checks {
			if r.Checks[i].Name == "SystemConfig.l2ChainId()" {
				got = &r.Checks[i]
			}
		}
		if got == nil || got.OK != ok || got.Got != "8453" || r.OK() != ok {
			t.Fatalf("file claiming %d: check %+v, failed %+v", claimed, got, r.Failed())
		}
	}
}
