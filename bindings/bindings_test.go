package bindings_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/l2escape/escape/bindings/nitro"
	"github.com/l2escape/escape/bindings/opbedrock"
	"github.com/l2escape/escape/bindings/opcurrent"
	"github.com/l2escape/escape/bindings/tokenbridge"
)

func parse(t *testing.T, md *bind.MetaData) *abi.ABI {
	t.Helper()
	a, err := md.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// Selectors and event topics the escape flows rely on, checked against
// values published by the protocols' own code: nitro's generated Go
// bindings and arbitrum-sdk (collected in ../shared/research/arbitrum.md),
// and the OP specs' deposit and withdrawal event definitions.
func TestSelectorsAndTopics(t *testing.T) {
	method := func(a *abi.ABI, name string) string { return fmt.Sprintf("0x%x", a.Methods[name].ID[:4]) }
	event := func(a *abi.ABI, name string) string { return a.Events[name].ID.Hex() }
	inbox, seq, outbox, bridge, arbsys := parse(t, nitro.InboxMetaData), parse(t, nitro.SequencerInboxMetaData),
		parse(t, nitro.OutboxMetaData), parse(t, nitro.BridgeMetaData), parse(t, nitro.ArbSysMetaData)
	cases := []struct{ what, got, want string }{
		{"Inbox.sendL2Message", method(inbox, "sendL2Message"), "0xb75436bb"},
		{"SequencerInbox.forceInclusion", method(seq, "forceInclusion"), "0xf1981578"},
		{"SequencerInbox.forceInclusionDeadline", method(seq, "forceInclusionDeadline"), "0xdd44e6e0"},
		{"SequencerInbox.maxTimeVariation", method(seq, "maxTimeVariation"), "0xebea461d"},
		{"Outbox.executeTransaction", method(outbox, "executeTransaction"), "0x08635a95"},
		{"ArbSys.withdrawEth", method(arbsys, "withdrawEth"), "0x25e16063"},
		{"L2GatewayRouter.outboundTransfer", method(parse(t, tokenbridge.L2GatewayRouterMetaData), "outboundTransfer"), "0x7b3a3c8b"},
		// The router forwards outboundTransfer unchanged to the token's gateway.
		{"L2ERC20Gateway.outboundTransfer", method(parse(t, tokenbridge.L2ERC20GatewayMetaData), "outboundTransfer"), "0x7b3a3c8b"},
		{"Bridge.MessageDelivered", event(bridge, "MessageDelivered"), "0x5e3c1311ea442664e8b1611bfabef659120ea7a0a2cfc0667700bebc69cbffe1"},
		{"ArbSys.L2ToL1Tx", event(arbsys, "L2ToL1Tx"), "0x3e7aafa77dbf186b7fd488006beff893744caa3c4f6f299e8a709fa2087374fc"},
		{"ArbSys.SendMerkleUpdate", event(arbsys, "SendMerkleUpdate"), "0xe9e13da364699fb5b0496ff5a0fc70760ad5836e93ba96568a4e42b9914a8b95"},
		{"SequencerInbox.SequencerBatchDelivered", event(seq, "SequencerBatchDelivered"), "0x7394f4a19a13c7b92b5bb71033245305946ef78452f7b4986ac1390b5df4ebd7"},
		// OP specs, protocol/deposits.md: TransactionDeposited(address indexed from,
		// address indexed to, uint256 indexed version, bytes opaqueData); and
		// protocol/withdrawals.md's MessagePassed.
		{"OptimismPortal2.TransactionDeposited", event(parse(t, opcurrent.OptimismPortal2MetaData), "TransactionDeposited"), "0xb3813568d9991fc951961fcb4c784893574240a28925604d09fc577c55bb7c32"},
		{"OptimismPortal(legacy).TransactionDeposited", event(parse(t, opbedrock.OptimismPortalMetaData), "TransactionDeposited"), "0xb3813568d9991fc951961fcb4c784893574240a28925604d09fc577c55bb7c32"},
		{"L2ToL1MessagePasser.MessagePassed", event(parse(t, opcurrent.L2ToL1MessagePasserMetaData), "MessagePassed"), "0x02a52367d10742d8032712c1bb8e0144ff1ec5ffda1ed7d70bb05a2744955054"},
		// internal/oracle cross-checks these against the optimism module's own bindings (op-node/bindings).
		{"OptimismPortal2.depositTransaction", method(parse(t, opcurrent.OptimismPortal2MetaData), "depositTransaction"), "0xe9e05c42"},
	}
	for _, c := range cases {
		if !strings.EqualFold(c.got, c.want) {
			t.Errorf("%s = %s, want %s", c.what, c.got, c.want)
		}
	}
}

// The generations differ where escape must tell them apart: the 3.x portal
// keeps the respected game type and blacklist itself; the current one defers
// to the AnchorStateRegistry and holds ETH in a lockbox.
func TestPortalGenerationsDiffer(t *testing.T) {
	v3, cur := parse(t, opbedrock.OptimismPortal2MetaData), parse(t, opcurrent.OptimismPortal2MetaData)
	for _, m := range []string{"anchorStateRegistry", "ethLockbox"} {
		if _, ok := cur.Methods[m]; !ok {
			t.Errorf("current portal lacks %s()", m)
		}
		if _, ok := v3.Methods[m]; ok {
			t.Errorf("3.10 portal unexpectedly has %s()", m)
		}
	}
	if _, ok := v3.Methods["disputeGameBlacklist"]; !ok {
		t.Error("3.10 portal lacks disputeGameBlacklist()")
	}
}
