package opstack

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/l2escape/escape/bindings/opcurrent"
	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/network"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/escape/ui"
	"github.com/l2escape/escape/escape/units"
)

// mintableABI is OptimismMintableERC20's: an ERC-20 (decimals, symbol,
// balanceOf) that also names its L1 token (remoteToken, or l1Token on the
// legacy L2StandardERC20) and the bridge allowed to mint and burn it.
var mintableABI = chain.LazyABI(opcurrent.OptimismMintableERC20MetaData)

// tokenLookbackBlocks bounds the L1 scan for the standard bridge's deposit
// events that name a token: about 7 days of 12-second L1 blocks, 6
// eth_getLogs calls of 10,000 blocks. A token people hold on L2 is
// normally deposited every few days; a scan from the bridge's deployment
// would take thousands of calls. A variable so that tests can shorten it.
var tokenLookbackBlocks uint64 = 50_400

// resolveToken finds the standard-bridge pair of the token --token names,
// whether it gave the L1 or the L2 address, and the token's symbol and
// decimals:
//   - an L2 OptimismMintableERC20 names its L1 token itself (remoteToken(),
//     l1Token() on legacy tokens); this needs an L2 RPC;
//   - otherwise the L1StandardBridge's ERC20DepositInitiated events (last
//     7 days) name the other side of the pair, which the bridge's
//     deposits(l1Token, l2Token) mapping confirms: from L1 alone.
func resolveToken(ctx context.Context, env *flow.Env, given common.Address) (units.Token, error) {
	if env.L2 != nil {
		if l1, ok := l2RemoteToken(ctx, env.L2, given); ok {
			return withUnit(ctx, env, units.Token{L1: l1, L2: given, GivenOn: "L2", FoundBy: "the L2 token's remoteToken()"})
		}
	}
	bridge := env.Network.MustAddress(network.L1StandardBridge)
	if _, _, err := erc20Unit(ctx, env.L1, given); err == nil {
		l2, err := l2TokenOf(ctx, env, bridge, given)
		if err != nil {
			return units.Token{}, err
		}
		return withUnit(ctx, env, units.Token{L1: given, L2: l2, GivenOn: "L1",
			FoundBy: "the L1StandardBridge's deposits of this token (ERC20DepositInitiated, deposits())"})
	}
	pairs, err := bridgedPairs(ctx, env.L1, bridge, nil, &given)
	if err != nil {
		return units.Token{}, err
	}
	if len(pairs) == 1 {
		return withUnit(ctx, env, units.Token{L1: pairs[0].l1, L2: given, GivenOn: "L2",
			FoundBy: "the L1StandardBridge's deposits to this L2 token (ERC20DepositInitiated, deposits())"})
	}
	if env.L2 == nil {
		return units.Token{}, escape.Errorf("token-needs-l2",
			"pass the token's L1 address, or --l2-rpc URL (any read-only L2 node) so escape can read the L2 token's remoteToken()",
			"%s is not a token on L1, and no standard-bridge deposit of the last 7 days names it as an L2 token", given.Hex())
	}
	return units.Token{}, escape.Errorf("unknown-token",
		"copy the token's address again from the bridge's or the token's own page; --token takes its L1 or its L2 address",
		"%s is neither an ERC-20 on L1 nor a standard-bridge token (OptimismMintableERC20) on L2", given.Hex())
}

// l2RemoteToken reads the L1 token an L2 token names, if it is a token of
// the standard bridge: its bridge()/l2Bridge() must be the L2StandardBridge,
// which checks the same pair when it burns the token.
func l2RemoteToken(ctx context.Context, l2 *chain.Client, token common.Address) (common.Address, bool) {
	remote := firstAddress(ctx, l2, token, "remoteToken", "l1Token")
	bridge := firstAddress(ctx, l2, token, "bridge", "l2Bridge")
	if remote == (common.Address{}) || bridge != L2StandardBridge {
		return common.Address{}, false
	}
	return remote, true
}

// firstAddress calls the first of the address getters the contract answers.
func firstAddress(ctx context.Context, c *chain.Client, to common.Address, methods ...string) common.Address {
	for _, m := range methods {
		if out, err := call(ctx, c, mintableABI(), to, m); err == nil && len(out) == 1 {
			if a, ok := out[0].(common.Address); ok {
				return a
			}
		}
	}
	return common.Address{}
}

// l2TokenOf is the L2 token of an L1 token: the one the bridge's recent
// deposits name, confirmed by deposits() and, with an L2 RPC, by the L2
// token's own remoteToken(). Several candidates are refused: only the
// user knows which L2 token holds their balance.
func l2TokenOf(ctx context.Context, env *flow.Env, bridge, l1 common.Address) (common.Address, error) {
	pairs, err := bridgedPairs(ctx, env.L1, bridge, &l1, nil)
	if err != nil {
		return common.Address{}, err
	}
	if env.L2 != nil {
		kept := pairs[:0]
		for _, p := range pairs {
			if remote, ok := l2RemoteToken(ctx, env.L2, p.l2); ok && remote == l1 {
				kept = append(kept, p)
			}
		}
		pairs = kept
	}
	switch len(pairs) {
	case 1:
		return pairs[0].l2, nil
	case 0:
		return common.Address{}, escape.Errorf("token-not-bridged",
			"pass the token's L2 address (the one your wallet shows on L2)"+map[bool]string{true: " and --l2-rpc URL", false: ""}[env.L2 == nil],
			"no deposit of L1 token %s through the L1StandardBridge in the last 7 days names its L2 token", l1.Hex())
	}
	var list []string
	for _, p := range pairs {
		list = append(list, fmt.Sprintf("%s (%s base units deposited)", p.l2.Hex(), p.deposits))
	}
	return common.Address{}, escape.Errorf("ambiguous-token",
		"pass the L2 address of the token you hold (your wallet shows it on L2)",
		"L1 token %s has %d L2 tokens on the standard bridge: %s", l1.Hex(), len(pairs), strings.Join(list, ", "))
}

type bridgedPair struct {
	l1, l2   common.Address
	deposits *big.Int
}

// bridgedPairs lists the (L1 token, L2 token) pairs that the
// L1StandardBridge's ERC20DepositInitiated events of the last
// tokenLookbackBlocks name with l1 or l2 (one of them nil), keeping those
// whose deposits(l1, l2) still holds tokens: a deposit to a wrong pair is
// refunded, which brings its deposits() back to zero. Largest first.
func bridgedPairs(ctx context.Context, l1c *chain.Client, bridge common.Address, l1, l2 *common.Address) ([]bridgedPair, error) {
	head, err := l1c.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	from := uint64(0)
	if head > tokenLookbackBlocks {
		from = head - tokenLookbackBlocks
	}
	topics := [][]common.Hash{{l1BridgeABI().Events["ERC20DepositInitiated"].ID}, nil, nil}
	if l1 != nil {
		topics[1] = []common.Hash{common.BytesToHash(l1.Bytes())}
	}
	if l2 != nil {
		topics[2] = []common.Hash{common.BytesToHash(l2.Bytes())}
	}
	seen := map[[2]common.Address]bool{}
	var pairs []bridgedPair
	q := ethereum.FilterQuery{Addresses: []common.Address{bridge}, Topics: topics,
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(head)}
	err = l1c.FilterLogsBackward(ctx, q, 0, func(logs []types.Log) error {
		for _, l := range logs {
			if len(l.Topics) < 3 {
				continue
			}
			key := [2]common.Address{common.BytesToAddress(l.Topics[1].Bytes()), common.BytesToAddress(l.Topics[2].Bytes())}
			if seen[key] {
				continue
			}
			seen[key] = true
			out, err := call(ctx, l1c, l1BridgeABI(), bridge, "deposits", key[0], key[1])
			if err != nil {
				return err
			}
			if d, ok := out[0].(*big.Int); ok && d.Sign() > 0 {
				pairs = append(pairs, bridgedPair{l1: key[0], l2: key[1], deposits: d})
			}
		}
		return nil
	})
	if err != nil {
		return nil, escape.Wrap(err, "rpc-error", "try again, or another --l1-rpc", "cannot read the L1StandardBridge's deposit events")
	}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i].deposits.Cmp(pairs[j].deposits) > 0 })
	return pairs, nil
}

// erc20Unit reads a token's decimals and symbol; an address that has no
// code or no decimals() is not a token there.
func erc20Unit(ctx context.Context, c *chain.Client, token common.Address) (int, string, error) {
	out, err := call(ctx, c, mintableABI(), token, "decimals")
	if err != nil || len(out) != 1 {
		return 0, "", fmt.Errorf("no decimals(): %v", err)
	}
	dec, ok := out[0].(uint8)
	if !ok || dec > 77 {
		return 0, "", fmt.Errorf("decimals() out of range")
	}
	symbol := ""
	if out, err := call(ctx, c, mintableABI(), token, "symbol"); err == nil && len(out) == 1 {
		symbol, _ = out[0].(string)
	}
	return int(dec), units.CleanSymbol(symbol, "tokens"), nil
}

// withUnit fills in the token's decimals and symbol: the L2 token's when
// an L2 RPC answers (the balance withdrawn is counted there), else the L1
// token's. The bridge moves base units one for one.
func withUnit(ctx context.Context, env *flow.Env, t units.Token) (units.Token, error) {
	c, token, layer := env.L1, t.L1, "L1"
	if env.L2 != nil {
		c, token, layer = env.L2, t.L2, "L2"
	}
	dec, sym, err := erc20Unit(ctx, c, token)
	if err != nil {
		return units.Token{}, escape.Errorf("bad-token", "--token takes the token's L1 or L2 address (an ERC-20 bridged by the standard bridge)",
			"cannot read decimals() of %s on %s: %v", token.Hex(), layer, err)
	}
	t.Decimals, t.Symbol, t.ReadOn = dec, sym, layer
	return t, nil
}

// l2Balance is holder's balance of the L2 token.
func l2Balance(ctx context.Context, env *flow.Env, t units.Token, holder common.Address) (*big.Int, error) {
	out, err := call(ctx, env.L2, mintableABI(), t.L2, "balanceOf", holder)
	if err != nil || len(out) != 1 {
		return nil, escape.Errorf("bad-token", "check the --token address", "cannot read your balance of %s on L2", t.L2.Hex())
	}
	return out[0].(*big.Int), nil
}

// tokenWithdrawal is the deposit that withdraws an ERC-20 through the
// L2StandardBridge: the pair resolved from --token, the amount in the
// token's units, and the user's L2 balance checked when an L2 RPC answers.
func tokenWithdrawal(ctx context.Context, env *flow.Env, e *record.Escape, req flow.WithdrawRequest, from, recipient common.Address) (depositSpec, error) {
	t, err := resolveToken(ctx, env, *req.Token)
	if err != nil {
		return depositSpec{}, err
	}
	env.UI.Event("token", t, nil)
	amount, err := t.Parse(req.AmountText)
	if err != nil {
		return depositSpec{}, err
	}
	// Without an L2 RPC the deposit spec warns that the balance is unchecked.
	if env.L2 != nil {
		balance, err := l2Balance(ctx, env, t, from)
		if err != nil {
			return depositSpec{}, err
		}
		if balance.Cmp(amount) < 0 {
			return depositSpec{}, escape.Errorf("insufficient-l2-balance", "withdraw at most "+t.Format(balance),
				"your L2 balance of %s is %s, less than %s", t.Symbol, t.Format(balance), t.Format(amount))
		}
	}
	e.Kind, e.Amount, e.Token = "withdraw-erc20", amount.String(), &t.L2
	data, err := l2BridgeABI().Pack("withdrawTo", t.L2, recipient, amount, uint32(bridgeMinGas), []byte{})
	if err != nil {
		return depositSpec{}, err
	}
	return depositSpec{to: L2StandardBridge, toName: "L2StandardBridge", value: new(big.Int), data: data, gas: bridgeWithdrawalL2Gas,
		title: fmt.Sprintf("Forced withdrawal of %s from %s to L1", t.Format(amount), env.Network.Title),
		what:  append([]ui.KV{{Key: "Withdraw", Value: t.Format(amount) + " through the L2StandardBridge"}}, tokenKVs(t)...)}, nil
}

// tokenKVs are the summary lines that say which pair --token resolved to.
func tokenKVs(t units.Token) []ui.KV {
	return []ui.KV{
		{Key: "Token", Value: t.Unit()},
		{Key: "Token pair", Value: t.Pair() + " (--token gave the " + t.GivenOn + " address)"},
		{Key: "Pair found by", Value: t.FoundBy},
	}
}
