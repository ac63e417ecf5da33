package arbitrum

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/network"
	"github.com/l2escape/escape/internal/devnet"
)

// --token takes the L1 or the L2 address of a gateway token, with or
// without an L2 RPC, on the real L1GatewayRouter, gateways and
// StandardArbERC20 of @arbitrum/token-bridge-contracts.
func TestResolveTokenPair(t *testing.T) {
	ctx := context.Background()
	d, n := newArbNet(t, devnet.ArbOptions{})
	user := devnet.DevAddress(userKey)
	tb, err := d.DeployTokenBridge(ctx, user, big.NewInt(1_000_000))
	if err != nil {
		t.Skip("token bridge: ", err)
	}
	n.Contracts[network.L1GatewayRouter] = network.Contract{Address: tb.L1Router}
	n.Contracts[network.L2GatewayRouter] = network.Contract{Address: tb.L2Router}
	withL2, out := testEnv(t, d, n, "")
	l1Only, _ := testEnv(t, d, n, "")
	l1Only.L2 = nil

	cases := []struct {
		name             string
		env              *flow.Env
		given            common.Address
		givenOn, readOn  string
		foundByL1Address bool
	}{
		{"L1 address, L2 RPC", withL2, tb.L1Token, "L1", "L2", false},
		{"L2 address, L2 RPC", withL2, tb.L2Token, "L2", "L2", true},
		{"L1 address, L1 only", l1Only, tb.L1Token, "L1", "L1", false},
	}
	for _, c := range cases {
		tok, err := resolveToken(ctx, c.env, c.given)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if tok.L1 != tb.L1Token || tok.L2 != tb.L2Token || tok.GivenOn != c.givenOn || tok.ReadOn != c.readOn || tok.Decimals != 18 || tok.Symbol == "token units" {
			t.Errorf("%s: resolved %+v; want L1 %s, L2 %s", c.name, tok, tb.L1Token, tb.L2Token)
		}
		if byL1Address := tok.FoundBy == "the L2 token's l1Address(), matched by the gateway router"; byL1Address != c.foundByL1Address {
			t.Errorf("%s: found by %q", c.name, tok.FoundBy)
		}
	}
	// Without an L1GatewayRouter in the network file, the L2 router answers.
	noL1Router := *n
	noL1Router.Contracts = map[string]network.Contract{}
	for k, v := range n.Contracts {
		if k != network.L1GatewayRouter {
			noL1Router.Contracts[k] = v
		}
	}
	viaL2 := *withL2
	viaL2.Network = &noL1Router
	if tok, err := resolveToken(ctx, &viaL2, tb.L1Token); err != nil || tok.L2 != tb.L2Token || tok.FoundBy != "the L2GatewayRouter's calculateL2TokenAddress() on L2" {
		t.Errorf("through the L2 router: %+v %v", tok, err)
	}

	nobody := common.HexToAddress("0x00000000000000000000000000000000000b0b01")
	for _, c := range []struct {
		name  string
		env   *flow.Env
		given common.Address
		code  string
	}{
		{"L2 address without an L2 RPC", l1Only, tb.L2Token, "token-needs-l2"},
		{"no token, L2 RPC", withL2, nobody, "unknown-token"},
		{"no token, L1 only", l1Only, nobody, "token-needs-l2"},
	} {
		if _, err := resolveToken(ctx, c.env, c.given); escape.CodeOf(err) != c.code {
			t.Errorf("%s: %v (code %s), want %s", c.name, err, escape.CodeOf(err), c.code)
		}
	}
	// An L1 token nothing was ever bridged of has no L2 token yet.
	l1dep, err := devnet.NewSender(ctx, d.L1.Client, devnet.DevKey(4))
	if err != nil {
		t.Fatal(err)
	}
	fresh, err := l1dep.Deploy(ctx, tb.L1TokenArt)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := resolveToken(ctx, withL2, fresh); escape.CodeOf(err) != "token-not-bridged" {
		t.Errorf("never-bridged L1 token: %v, want token-not-bridged", err)
	}

	// A withdrawal given the L2 address withdraws the L1 token through the
	// router, and an amount above the L2 balance is refused before signing.
	s := New().(*Stack)
	l2 := tb.L2Token
	if _, err := s.Withdraw(ctx, withL2, flow.WithdrawRequest{AmountText: "1", Token: &l2}); escape.CodeOf(err) != "insufficient-l2-balance" {
		t.Fatalf("1 token (1e18 base units) from a balance of 1e6: %v", err)
	}
	e, err := s.Withdraw(ctx, withL2, flow.WithdrawRequest{AmountText: "0.0000000000003", Token: &l2})
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if e.Kind != "withdraw-erc20" || e.Token == nil || *e.Token != tb.L1Token || e.Amount != "300000" {
		t.Fatalf("recorded %s of %v amount %s; want withdraw-erc20 of the L1 token %s, 300000", e.Kind, e.Token, e.Amount, tb.L1Token)
	}
}
