package arbitrum

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/bindings/nitro"
	"github.com/l2escape/escape/bindings/tokenbridge"
	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/network"
	"github.com/l2escape/escape/escape/ui"
	"github.com/l2escape/escape/escape/units"
)

var (
	erc20ABI = chain.LazyABI(nitro.ERC20MetaData)
	// l1GatewayRouterABI: calculateL2TokenAddress(l1Token) asks the
	// token's gateway (the router's default, the standard ERC-20 gateway,
	// unless the token registered another) for its L2 address.
	l1GatewayRouterABI = chain.LazyABI(tokenbridge.L1GatewayRouterMetaData)
	// arbTokenABI is the standard L2 token's: l1Address() names its L1
	// token (IArbToken, which custom-gateway tokens implement too).
	arbTokenABI = chain.LazyABI(tokenbridge.StandardArbERC20MetaData)
)

// resolveToken finds the gateway pair of the token --token names, whether
// it gave the L1 or the L2 address, and its symbol and decimals:
//   - an L1 token's L2 address is the gateway router's
//     calculateL2TokenAddress: on L1 (L1GatewayRouter), else on L2;
//   - an L2 token names its L1 token (l1Address(), on L2: this needs an L2
//     RPC), and the router must map that L1 token back to it, since the
//     withdrawal names the L1 token and the gateway burns the L2 token the
//     router maps it to.
func resolveToken(ctx context.Context, env *flow.Env, given common.Address) (units.Token, error) {
	dec, sym := newView(given, erc20ABI(), "decimals"), newView(given, erc20ABI(), "symbol")
	views := []*view{dec, sym}
	l1Router, hasL1Router := env.Network.Address(network.L1GatewayRouter)
	var calc *view
	if hasL1Router {
		calc = newView(l1Router, l1GatewayRouterABI(), "calculateL2TokenAddress", given)
		views = append(views, calc)
	}
	if err := runViews(ctx, env.L1, nil, views...); err != nil {
		return units.Token{}, err
	}
	if _, ok := decimalsOf(dec); ok {
		return resolveFromL1(ctx, env, given, calc)
	}
	if env.L2 == nil {
		return units.Token{}, escape.Errorf("token-needs-l2",
			"pass the token's L1 address, or --l2-rpc URL (any read-only L2 node) so escape can read the L2 token's l1Address()",
			"%s is not a token on L1; if it is the L2 token, escape needs an L2 RPC to find its L1 token", given.Hex())
	}
	return resolveFromL2(ctx, env, given)
}

// resolveFromL1 finds the L2 token of an L1 token.
func resolveFromL1(ctx context.Context, env *flow.Env, l1 common.Address, calc *view) (units.Token, error) {
	t := units.Token{L1: l1, GivenOn: "L1"}
	if a, ok := addressOf(calc); ok {
		t.L2, t.FoundBy = a, "the L1GatewayRouter's calculateL2TokenAddress() on L1"
	} else if l2, ok := routerL2Token(ctx, env, l1); ok {
		t.L2, t.FoundBy = l2, "the L2GatewayRouter's calculateL2TokenAddress() on L2"
	} else {
		return units.Token{}, escape.Errorf("no-token-bridge",
			"add the L1GatewayRouter to the network file, or pass --l2-rpc URL so escape can ask the L2GatewayRouter",
			"network %s names no L1GatewayRouter to find the L2 token of %s", env.Network.Name, l1.Hex())
	}
	if env.L2 != nil {
		back := newView(t.L2, arbTokenABI(), "l1Address")
		if err := runViews(ctx, env.L2, nil, back); err != nil {
			return units.Token{}, err
		}
		if a, ok := addressOf(back); !ok || a != l1 {
			return units.Token{}, escape.Errorf("token-not-bridged",
				"nothing of this token was ever bridged to L2, so there is nothing to withdraw; check the address",
				"L1 token %s has no L2 token yet: nothing answers l1Address() at its L2 address %s", l1.Hex(), t.L2.Hex())
		}
	}
	return withUnit(ctx, env, t)
}

// resolveFromL2 finds the L1 token of an L2 token, read on L2.
func resolveFromL2(ctx context.Context, env *flow.Env, l2 common.Address) (units.Token, error) {
	back := newView(l2, arbTokenABI(), "l1Address")
	if err := runViews(ctx, env.L2, nil, back); err != nil {
		return units.Token{}, err
	}
	l1, ok := addressOf(back)
	if !ok {
		return units.Token{}, escape.Errorf("unknown-token",
			"copy the token's address again from the bridge's or the token's own page; --token takes its L1 or its L2 address",
			"%s is neither an ERC-20 on L1 nor a gateway token (l1Address()) on L2", l2.Hex())
	}
	mapped, ok := common.Address{}, false
	if r, has := env.Network.Address(network.L1GatewayRouter); has {
		calc := newView(r, l1GatewayRouterABI(), "calculateL2TokenAddress", l1)
		if err := runViews(ctx, env.L1, nil, calc); err != nil {
			return units.Token{}, err
		}
		mapped, ok = addressOf(calc)
	}
	if !ok {
		mapped, ok = routerL2Token(ctx, env, l1)
	}
	if !ok {
		return units.Token{}, escape.Errorf("no-token-bridge", "add the L1GatewayRouter or the L2GatewayRouter to the network file",
			"network %s names no gateway router to check the pair of %s", env.Network.Name, l2.Hex())
	}
	if mapped != l2 {
		return units.Token{}, escape.Errorf("bad-token",
			"this L2 token is not the one the bridge withdraws for its L1 token; a withdrawal through the gateway router would burn "+mapped.Hex()+" instead",
			"L2 token %s names L1 token %s, but the gateway router maps that L1 token to %s", l2.Hex(), l1.Hex(), mapped.Hex())
	}
	return withUnit(ctx, env, units.Token{L1: l1, L2: l2, GivenOn: "L2", FoundBy: "the L2 token's l1Address(), matched by the gateway router"})
}

// routerL2Token asks the L2GatewayRouter, on L2, for an L1 token's L2 address.
func routerL2Token(ctx context.Context, env *flow.Env, l1 common.Address) (common.Address, bool) {
	r, has := env.Network.Address(network.L2GatewayRouter)
	if !has || env.L2 == nil {
		return common.Address{}, false
	}
	calc := newView(r, l2GatewayRouterABI(), "calculateL2TokenAddress", l1)
	if runViews(ctx, env.L2, nil, calc) != nil {
		return common.Address{}, false
	}
	return addressOf(calc)
}

// withUnit reads the token's decimals and symbol: the L2 token's when an
// L2 RPC answers (the balance withdrawn is counted there), else the L1
// token's (the standard gateway gives the L2 token the L1 token's
// decimals; the bridge moves base units one for one).
func withUnit(ctx context.Context, env *flow.Env, t units.Token) (units.Token, error) {
	c, token, layer := env.L1, t.L1, "L1"
	if env.L2 != nil {
		c, token, layer = env.L2, t.L2, "L2"
	}
	dec, symbol, err := erc20Unit(ctx, c, token)
	if err != nil {
		return units.Token{}, err
	}
	t.Decimals, t.Symbol, t.ReadOn = dec, symbol, layer
	return t, nil
}

func erc20Unit(ctx context.Context, c *chain.Client, token common.Address) (int, string, error) {
	dec, sym := newView(token, erc20ABI(), "decimals"), newView(token, erc20ABI(), "symbol")
	if err := runViews(ctx, c, nil, dec, sym); err != nil {
		return 0, "", err
	}
	decimals, ok := decimalsOf(dec)
	if !ok {
		return 0, "", escape.Errorf("bad-token", "--token takes the L1 or the L2 address of an ERC-20 token bridged by the gateway router",
			"cannot read decimals() of %s on %s", token.Hex(), c.Role())
	}
	symbol := ""
	if out, err := erc20ABI().Unpack("symbol", sym.ret); sym.err == nil && err == nil && len(out) == 1 {
		symbol, _ = out[0].(string)
	}
	return decimals, units.CleanSymbol(symbol, "token units"), nil
}

func decimalsOf(v *view) (int, bool) {
	d, ok := v.uint64(0)
	if v.err != nil || !ok || d > 77 {
		return 0, false
	}
	return int(d), true
}

// addressOf is a view's address answer; a failed call or the zero address
// is none.
func addressOf(v *view) (common.Address, bool) {
	if v == nil || v.err != nil {
		return common.Address{}, false
	}
	a, ok := v.address()
	return a, ok && a != (common.Address{})
}

// checkL2Balance refuses an amount above the sender's L2 balance of the
// token, when an L2 RPC answers; without one the withdrawal would fail on
// L2, which a warning says.
func checkL2Balance(ctx context.Context, env *flow.Env, t units.Token, from common.Address, amount *big.Int) error {
	if env.L2 == nil {
		return nil
	}
	bal := newView(t.L2, erc20ABI(), "balanceOf", from)
	if err := runViews(ctx, env.L2, nil, bal); err != nil {
		return err
	}
	b := bal.word(0)
	if bal.err != nil || b == nil {
		return escape.Errorf("bad-token", "check the --token address", "cannot read your balance of %s on L2", t.L2.Hex())
	}
	if b.Cmp(amount) < 0 {
		return escape.Errorf("insufficient-l2-balance", "withdraw at most "+t.Format(b),
			"your L2 balance of %s is %s, less than %s", t.Symbol, t.Format(b), t.Format(amount))
	}
	return nil
}

// tokenKVs are the summary lines that say which pair --token resolved to.
func tokenKVs(t units.Token) []ui.KV {
	return []ui.KV{
		{Key: "Token", Value: t.Unit()},
		{Key: "Token pair", Value: t.Pair() + " (--token gave the " + t.GivenOn + " address)"},
		{Key: "Pair found by", Value: t.FoundBy},
	}
}
