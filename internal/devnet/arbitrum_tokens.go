package devnet

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// ArbTokenBridge is the standard ERC-20 path of
// @arbitrum/token-bridge-contracts 1.2.5 on the devnet: L1GatewayRouter and
// L1ERC20Gateway on L1; L2GatewayRouter, L2ERC20Gateway and the
// StandardArbERC20 beacon on the anvil L2; a TestERC20 on L1 and its L2
// token, created by a deposit.
type ArbTokenBridge struct {
	L1Router, L1Gateway, L2Router, L2Gateway common.Address
	L1Token, L2Token                         common.Address
	// Artifacts, for tests that call the contracts.
	L1TokenArt, L2TokenArt, L1GatewayArt, L2GatewayArt, L2RouterArt, L1RouterArt *Artifact
}

func tokenBridgeArtifact(rel, name string) (*Artifact, error) {
	file := name
	if name == "BeaconProxyFactory" {
		file = "ClonableBeaconProxy"
	}
	return ArtifactAt("@arbitrum/token-bridge-contracts/build/contracts/contracts/tokenbridge/"+rel+"/"+file+".sol/"+name+".json", name)
}

// DeployTokenBridge deploys the token bridge (after StartArbL2) and
// deposits amount of a new L1 test token to holder on L2, as the L1
// gateway's retryable would deliver it: the L2 gateway mints (deploying
// the L2 token) and the L1 gateway holds the escrow. The network file then
// names both routers.
func (d *ArbDevnet) DeployTokenBridge(ctx context.Context, holder common.Address, amount *big.Int) (*ArbTokenBridge, error) {
	if d.L2 == nil {
		return nil, fmt.Errorf("devnet: DeployTokenBridge needs the L2 (StartArbL2)")
	}
	tb := &ArbTokenBridge{}
	var err error
	load := func(rel, name string) *Artifact {
		if err != nil {
			return nil
		}
		var a *Artifact
		a, err = tokenBridgeArtifact(rel, name)
		return a
	}
	tb.L1GatewayArt, tb.L2GatewayArt = load("ethereum/gateway", "L1ERC20Gateway"), load("arbitrum/gateway", "L2ERC20Gateway")
	tb.L1RouterArt, tb.L2RouterArt = load("ethereum/gateway", "L1GatewayRouter"), load("arbitrum/gateway", "L2GatewayRouter")
	tb.L1TokenArt, tb.L2TokenArt = load("test", "TestERC20"), load("arbitrum", "StandardArbERC20")
	factoryArt := load("libraries", "BeaconProxyFactory")
	if err != nil {
		return nil, err
	}
	beaconArt, err := ArtifactAt("@arbitrum/token-bridge-contracts/node_modules/@arbitrum/nitro-contracts/node_modules/@openzeppelin/contracts/build/contracts/UpgradeableBeacon.json", "UpgradeableBeacon")
	if err != nil {
		return nil, err
	}
	l1dep, err := NewSender(ctx, d.L1.Client, DevKey(4))
	if err != nil {
		return nil, err
	}
	l2dep, err := NewSender(ctx, d.L2.Client, DevKey(4))
	if err != nil {
		return nil, err
	}
	step := func(what string, f func() error) {
		if err == nil {
			if e := f(); e != nil {
				err = fmt.Errorf("devnet: token bridge: %s: %w", what, e)
			}
		}
	}
	deploy := func(s *Sender, a *Artifact, to *common.Address, args ...any) {
		step("deploy "+a.Name, func() (e error) { *to, e = s.Deploy(ctx, a, args...); return })
	}
	transact := func(s *Sender, a *Artifact, to common.Address, method string, args ...any) {
		step(a.Name+"."+method, func() error { _, e := s.Transact(ctx, a, to, nil, method, args...); return e })
	}
	// L2: beacon, factory, gateway, router. L1: token, gateway, router.
	var logic, beacon, factory common.Address
	deploy(l2dep, tb.L2TokenArt, &logic)
	deploy(l2dep, beaconArt, &beacon, logic)
	deploy(l2dep, factoryArt, &factory)
	transact(l2dep, factoryArt, factory, "initialize", beacon)
	deploy(l2dep, tb.L2GatewayArt, &tb.L2Gateway)
	deploy(l2dep, tb.L2RouterArt, &tb.L2Router)
	deploy(l1dep, tb.L1TokenArt, &tb.L1Token)
	deploy(l1dep, tb.L1GatewayArt, &tb.L1Gateway)
	deploy(l1dep, tb.L1RouterArt, &tb.L1Router)
	var proxyHash [32]byte
	step("cloneableProxyHash", func() error {
		out, e := Call(ctx, d.L2.Client, factoryArt, factory, "cloneableProxyHash")
		if e == nil {
			proxyHash = out[0].([32]byte)
		}
		return e
	})
	transact(l1dep, tb.L1GatewayArt, tb.L1Gateway, "initialize", tb.L2Gateway, tb.L1Router, d.Inbox, proxyHash, factory)
	transact(l1dep, tb.L1RouterArt, tb.L1Router, "initialize", l1dep.From, tb.L1Gateway, common.Address{}, tb.L2Router, d.Inbox)
	transact(l2dep, tb.L2GatewayArt, tb.L2Gateway, "initialize", tb.L1Gateway, tb.L2Router, factory)
	transact(l2dep, tb.L2RouterArt, tb.L2Router, "initialize", tb.L1Router, tb.L2Gateway)
	if err != nil {
		return nil, err
	}
	if err := d.depositToken(ctx, tb, l1dep, holder, amount); err != nil {
		return nil, err
	}
	d.Tokens = tb
	return tb, nil
}

// depositToken plays a token deposit's retryable: the L1 tokens go to the
// L1 gateway's escrow and the L2 gateway, called by the L1 gateway's alias,
// mints them to holder on L2.
func (d *ArbDevnet) depositToken(ctx context.Context, tb *ArbTokenBridge, l1dep *Sender, holder common.Address, amount *big.Int) error {
	if _, err := l1dep.Transact(ctx, tb.L1TokenArt, tb.L1Token, nil, "mint"); err != nil { // TestERC20 mints to the caller
		return err
	}
	if _, err := l1dep.Transact(ctx, tb.L1TokenArt, tb.L1Token, nil, "transfer", tb.L1Gateway, amount); err != nil {
		return err
	}
	bytesT, _ := abi.NewType("bytes", "", nil)
	strT, _ := abi.NewType("string", "", nil)
	u8T, _ := abi.NewType("uint8", "", nil)
	enc := func(args abi.Arguments, vals ...any) []byte {
		b, _ := args.Pack(vals...)
		return b
	}
	symbol, err := Call(ctx, d.L1.Client, tb.L1TokenArt, tb.L1Token, "symbol")
	if err != nil {
		return err
	}
	gatewayData := enc(abi.Arguments{{Type: bytesT}, {Type: bytesT}, {Type: bytesT}},
		enc(abi.Arguments{{Type: strT}}, "Test"), enc(abi.Arguments{{Type: strT}}, symbol[0].(string)), enc(abi.Arguments{{Type: u8T}}, uint8(18)))
	inbound, err := tb.L2GatewayArt.ABI.Pack("finalizeInboundTransfer", tb.L1Token, holder, holder, amount,
		enc(abi.Arguments{{Type: bytesT}, {Type: bytesT}}, gatewayData, []byte{}))
	if err != nil {
		return err
	}
	alias := l1ToL2Alias(tb.L1Gateway)
	if err := d.L2.SetBalance(ctx, alias, big.NewInt(1e18)); err != nil {
		return err
	}
	if err := d.L2.Impersonate(ctx, alias); err != nil {
		return err
	}
	var h common.Hash
	if err := d.L2.RPC.CallContext(ctx, &h, "eth_sendTransaction", map[string]any{"from": alias, "to": tb.L2Gateway, "data": hexutil.Bytes(inbound), "gas": hexutil.Uint64(3_000_000)}); err != nil {
		return err
	}
	r, err := WaitReceipt(ctx, d.L2.Client, h)
	if err != nil {
		return err
	}
	if r.Status != 1 {
		return fmt.Errorf("devnet: the token deposit's finalizeInboundTransfer reverted on L2")
	}
	out, err := Call(ctx, d.L2.Client, tb.L2GatewayArt, tb.L2Gateway, "calculateL2TokenAddress", tb.L1Token)
	if err != nil {
		return err
	}
	tb.L2Token = out[0].(common.Address)
	return nil
}

// l1ToL2Alias is the address an L1 contract's messages come from on L2
// (AddressAliasHelper.applyL1ToL2Alias).
func l1ToL2Alias(a common.Address) common.Address {
	offset := new(big.Int).SetBytes(common.FromHex("0x1111000000000000000000000000000000001111"))
	v := new(big.Int).Add(new(big.Int).SetBytes(a.Bytes()), offset)
	return common.BigToAddress(new(big.Int).Mod(v, new(big.Int).Lsh(big.NewInt(1), 160)))
}
