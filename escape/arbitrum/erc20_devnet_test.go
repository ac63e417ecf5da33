package arbitrum

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/network"
	"github.com/l2escape/escape/internal/devnet"
)

// The real token bridge of @arbitrum/token-bridge-contracts 1.2.5 on the
// devnet: L1ERC20Gateway on L1; L2GatewayRouter, L2ERC20Gateway and the
// StandardArbERC20 beacon on the anvil L2. A forced ERC-20 withdrawal goes
// through the router, is paid out on L1 by the real L1 gateway through the
// real Outbox.
func TestForcedTokenWithdrawal(t *testing.T) {
	ctx := context.Background()
	tb := func(rel, name string) *devnet.Artifact {
		file := name
		if name == "BeaconProxyFactory" {
			file = "ClonableBeaconProxy"
		}
		a, err := devnet.ArtifactAt("@arbitrum/token-bridge-contracts/build/contracts/contracts/tokenbridge/"+rel+"/"+file+".sol/"+name+".json", name)
		if err != nil {
			t.Skip("token-bridge-contracts not installed: ", err)
		}
		return a
	}
	l1GatewayArt, l2GatewayArt, routerArt := tb("ethereum/gateway", "L1ERC20Gateway"), tb("arbitrum/gateway", "L2ERC20Gateway"), tb("arbitrum/gateway", "L2GatewayRouter")
	tokenArt, arbTokenArt, factoryArt := tb("test", "TestERC20"), tb("arbitrum", "StandardArbERC20"), tb("libraries", "BeaconProxyFactory")
	beaconArt, err := devnet.ArtifactAt("@arbitrum/token-bridge-contracts/node_modules/@arbitrum/nitro-contracts/node_modules/@openzeppelin/contracts/build/contracts/UpgradeableBeacon.json", "UpgradeableBeacon")
	if err != nil {
		t.Skip(err)
	}

	d, n := newArbNet(t, devnet.ArbOptions{DelayBlocks: 20})
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	l1dep, err := devnet.NewSender(ctx, d.L1.Client, devnet.DevKey(4))
	must(err)
	l2dep, err := devnet.NewSender(ctx, d.L2.Client, devnet.DevKey(4))
	must(err)
	user := devnet.DevAddress(userKey)
	l1Router := common.HexToAddress("0x000000000000000000000000000000000000a001") // only recorded, never called here

	// L2: beacon, factory, gateway, router.
	arbTokenLogic, err := l2dep.Deploy(ctx, arbTokenArt)
	must(err)
	beacon, err := l2dep.Deploy(ctx, beaconArt, arbTokenLogic)
	must(err)
	factory, err := l2dep.Deploy(ctx, factoryArt)
	must(err)
	_, err = l2dep.Transact(ctx, factoryArt, factory, nil, "initialize", beacon)
	must(err)
	l2Gateway, err := l2dep.Deploy(ctx, l2GatewayArt)
	must(err)
	router, err := l2dep.Deploy(ctx, routerArt)
	must(err)
	// L1: token and gateway.
	l1Token, err := l1dep.Deploy(ctx, tokenArt)
	must(err)
	l1Gateway, err := l1dep.Deploy(ctx, l1GatewayArt)
	must(err)
	proxyHash, err := devnet.Call(ctx, d.L2.Client, factoryArt, factory, "cloneableProxyHash")
	must(err)
	_, err = l1dep.Transact(ctx, l1GatewayArt, l1Gateway, nil, "initialize", l2Gateway, l1Router, d.Inbox, proxyHash[0].([32]byte), factory)
	must(err)
	_, err = l2dep.Transact(ctx, l2GatewayArt, l2Gateway, nil, "initialize", l1Gateway, router, factory)
	must(err)
	_, err = l2dep.Transact(ctx, routerArt, router, nil, "initialize", l1Router, l2Gateway)
	must(err)

	// A deposit, as the L1 gateway's retryable would deliver it: the L2
	// gateway mints to the user (deploying the L2 token), and the L1
	// gateway holds the escrow.
	const amount = 1_000_000
	_, err = l1dep.Transact(ctx, tokenArt, l1Token, nil, "mint") // TestERC20 mints to the caller
	must(err)
	_, err = l1dep.Transact(ctx, tokenArt, l1Token, nil, "transfer", l1Gateway, big.NewInt(amount))
	must(err)
	bytesT, _ := abi.NewType("bytes", "", nil)
	strT, _ := abi.NewType("string", "", nil)
	u8T, _ := abi.NewType("uint8", "", nil)
	enc := func(args abi.Arguments, vals ...any) []byte {
		b, err := args.Pack(vals...)
		must(err)
		return b
	}
	gatewayData := enc(abi.Arguments{{Type: bytesT}, {Type: bytesT}, {Type: bytesT}},
		enc(abi.Arguments{{Type: strT}}, "Test"), enc(abi.Arguments{{Type: strT}}, "TST"), enc(abi.Arguments{{Type: u8T}}, uint8(18)))
	inbound, err := l2GatewayArt.ABI.Pack("finalizeInboundTransfer", l1Token, user, user, big.NewInt(amount),
		enc(abi.Arguments{{Type: bytesT}, {Type: bytesT}}, gatewayData, []byte{}))
	must(err)
	alias := ApplyL1ToL2Alias(l1Gateway)
	must(d.L2.SetBalance(ctx, alias, ether(1)))
	must(d.L2.Impersonate(ctx, alias))
	var h common.Hash
	must(d.L2.RPC.CallContext(ctx, &h, "eth_sendTransaction", map[string]any{"from": alias, "to": l2Gateway, "data": hexutil.Bytes(inbound), "gas": hexutil.Uint64(3_000_000)}))
	r, err := devnet.WaitReceipt(ctx, d.L2.Client, h)
	must(err)
	if r.Status != 1 {
		t.Fatal("the deposit's finalizeInboundTransfer reverted on L2")
	}
	l2TokenOut, err := devnet.Call(ctx, d.L2.Client, l2GatewayArt, l2Gateway, "calculateL2TokenAddress", l1Token)
	must(err)
	l2Token := l2TokenOut[0].(common.Address)
	if bal, _ := devnet.Call(ctx, d.L2.Client, arbTokenArt, l2Token, "balanceOf", user); bal[0].(*big.Int).Int64() != amount {
		t.Fatalf("L2 token balance %v", bal)
	}

	// The forced withdrawal through the router.
	n.Contracts[network.L2GatewayRouter] = network.Contract{Address: router}
	env, out := testEnv(t, d, n, "")
	s := New().(*Stack)
	recipient := common.HexToAddress("0x00000000000000000000000000000000000e5c20")
	// As the CLI asks: the amount as typed, in the token's own units
	// (TestERC20 has 18 decimals), read by the stack from L1.
	e, err := s.Withdraw(ctx, env, flow.WithdrawRequest{AmountText: "0.0000000000004", Token: &l1Token, To: &recipient})
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	must(d.MineL1(ctx, 25))
	if _, err := s.Next(ctx, env, e); err != nil {
		t.Fatalf("force include: %v", err)
	}
	_, err = d.ExecuteForceIncluded(ctx)
	must(err)
	st, err := s.Status(ctx, env, e)
	must(err)
	if st.Stage != escape.StageWaitingState || e.Arb.Withdrawal == nil || e.Arb.Withdrawal.Destination != l1Gateway || e.Arb.Withdrawal.Caller != l2Gateway {
		t.Fatalf("after L2 execution: %s %+v\n%s", st.Stage, e.Arb.Withdrawal, st.Happened)
	}
	if bal, _ := devnet.Call(ctx, d.L2.Client, arbTokenArt, l2Token, "balanceOf", user); bal[0].(*big.Int).Int64() != amount-400_000 {
		t.Fatalf("L2 balance after the withdrawal %v", bal)
	}
	_, err = d.AssertAndConfirm(ctx)
	must(err)
	if st, err = s.Next(ctx, env, e); err != nil || st.Stage != escape.StageFinalized {
		t.Fatalf("execute: %v %v\n%s", st, err, out)
	}
	bal, err := devnet.Call(ctx, d.L1.Client, tokenArt, l1Token, "balanceOf", recipient)
	must(err)
	if bal[0].(*big.Int).Int64() != 400_000 {
		t.Fatalf("recipient's L1 token balance %v", bal[0])
	}

	// A token withdrawal made on L2 by the user's wallet (the router's
	// outboundTransfer, no escape): escape find lists it from the gateway's
	// WithdrawalInitiated, naming the L1 token, recipient and amount inside
	// the send; imported from its L2 hash, it is executed on the Outbox.
	l2user, err := devnet.NewSender(ctx, d.L2.Client, devnet.DevKey(userKey))
	must(err)
	r, err = l2user.Transact(ctx, routerArt, router, nil, "outboundTransfer", l1Token, recipient, big.NewInt(100_000), []byte{})
	must(err)
	from := uint64(0)
	found, err := s.Find(ctx, env, flow.FindRequest{Address: user, FromBlock: &from})
	must(err)
	if len(found) != 1 || found[0].L2TxHash != r.TxHash || found[0].Token == nil || *found[0].Token != l1Token ||
		found[0].Recipient != recipient || found[0].Amount != "100000" || found[0].Stage != escape.StageWaitingState {
		t.Fatalf("escape find: %+v", found)
	}
	imported, err := s.ImportL2(ctx, env, r.TxHash, flow.NoIndex)
	must(err)
	_, err = d.AssertAndConfirm(ctx)
	must(err)
	if st, err = s.Next(ctx, env, imported); err != nil || st.Stage != escape.StageFinalized {
		t.Fatalf("execute the imported withdrawal: %v %v\n%s", st, err, out)
	}
	bal, err = devnet.Call(ctx, d.L1.Client, tokenArt, l1Token, "balanceOf", recipient)
	must(err)
	if bal[0].(*big.Int).Int64() != 500_000 {
		t.Fatalf("recipient's L1 token balance after the imported withdrawal %v", bal[0])
	}
	if found, err = s.Find(ctx, env, flow.FindRequest{Address: user, FromBlock: &from}); err != nil || len(found) != 0 {
		t.Fatalf("escape find after execution: %+v %v", found, err)
	}
}
