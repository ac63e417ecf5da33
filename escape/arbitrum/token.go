package arbitrum

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/bindings/nitro"
	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/units"
)

var erc20ABI = lazyABI(nitro.ERC20MetaData)

// tokenAmount turns the --amount the user typed into base units of the L1
// token, reading its decimals from L1: "--amount 1.5" of a 6-decimal token
// means 1,500,000 units, as the user's wallet shows it. It returns the
// amount and the same amount in words with the token's symbol.
func tokenAmount(ctx context.Context, env *flow.Env, token common.Address, text string) (*big.Int, string, error) {
	dec, sym := newView(token, erc20ABI(), "decimals"), newView(token, erc20ABI(), "symbol")
	if err := runViews(ctx, env.L1, nil, dec, sym); err != nil {
		return nil, "", err
	}
	decimals, ok := dec.uint64(0)
	if dec.err != nil || !ok || decimals > 77 {
		return nil, "", escape.Errorf("bad-token", "--token takes the L1 address of an ERC-20 token bridged by the standard gateway",
			"cannot read decimals() of %s on L1", token.Hex())
	}
	symbol := "token units"
	if out, err := erc20ABI().Unpack("symbol", sym.ret); sym.err == nil && err == nil && len(out) == 1 {
		if s, ok := out[0].(string); ok && s != "" && len(s) <= 16 {
			symbol = s
		}
	}
	amount, err := units.ParseAmount(text, int(decimals), symbol)
	if err != nil {
		return nil, "", err
	}
	return amount, units.FormatAmount(amount, int(decimals)) + " " + symbol, nil
}
