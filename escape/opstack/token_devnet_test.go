package opstack

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/internal/devnet"
	"github.com/l2escape/escape/internal/rpcproxy"
)

// --token takes the L1 or the L2 address of a standard-bridge token, with
// or without an L2 RPC, on the devnet's real L1StandardBridge and
// OptimismMintableERC20 (seeded through a real deposit).
func TestResolveTokenPair(t *testing.T) {
	ctx := context.Background()
	d, n := newOPNet(t, devnet.OPOptions{})
	withL2, _ := testEnv(t, d, n, userKey)
	l1Only, _ := testEnv(t, d, n, userKey)
	l1Only.L2 = nil

	cases := []struct {
		name         string
		l2           bool
		given        common.Address
		givenOn      string
		readOn       string
		foundByL2RPC bool
	}{
		{"L2 address, L2 RPC", true, d.L2Token, "L2", "L2", true},
		{"L1 address, L2 RPC", true, d.L1Token, "L1", "L2", false},
		{"L2 address, L1 only", false, d.L2Token, "L2", "L1", false},
		{"L1 address, L1 only", false, d.L1Token, "L1", "L1", false},
	}
	for _, c := range cases {
		env := l1Only
		if c.l2 {
			env = withL2
		}
		tok, err := resolveToken(ctx, env, c.given)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if tok.L1 != d.L1Token || tok.L2 != d.L2Token || tok.GivenOn != c.givenOn || tok.ReadOn != c.readOn || tok.Decimals != 18 || tok.Symbol == "" || tok.Symbol == "tokens" {
			t.Errorf("%s: resolved %+v; want L1 %s, L2 %s, given on %s, read on %s, 18 decimals", c.name, tok, d.L1Token, d.L2Token, c.givenOn, c.readOn)
		}
		if c.l2 && c.givenOn == "L2" && tok.Symbol != "DEVT" {
			t.Errorf("%s: symbol %q, want the L2 token's DEVT", c.name, tok.Symbol)
		}
		if byRemote := tok.FoundBy == "the L2 token's remoteToken()"; byRemote != c.foundByL2RPC {
			t.Errorf("%s: found by %q", c.name, tok.FoundBy)
		}
	}

	// An address that is no token anywhere.
	nobody := common.HexToAddress("0x00000000000000000000000000000000000b0b01")
	if _, err := resolveToken(ctx, withL2, nobody); escape.CodeOf(err) != "unknown-token" {
		t.Errorf("unknown address with an L2 RPC: %v (code %s), want unknown-token", err, escape.CodeOf(err))
	}
	if _, err := resolveToken(ctx, l1Only, nobody); escape.CodeOf(err) != "token-needs-l2" {
		t.Errorf("unknown address without an L2 RPC: %v (code %s), want token-needs-l2", err, escape.CodeOf(err))
	}

	// A second L2 token for the same L1 token, deposited into on L1 (anyone
	// may deploy one): the L1 address no longer names one pair.
	mintable, err := devnet.OPContract("OptimismMintableERC20")
	check(t, err)
	erc20, err := devnet.OPContract("TestERC20")
	check(t, err)
	l1Bridge, err := devnet.OPContract("L1StandardBridge")
	check(t, err)
	l2s, err := devnet.NewSender(ctx, d.L2.Client, devnet.DevKey(7))
	check(t, err)
	other, err := l2s.Deploy(ctx, mintable, L2StandardBridge, d.L1Token, "Other Token", "OTHER", uint8(6))
	check(t, err)
	l1s, err := devnet.NewSender(ctx, d.L1.Client, devnet.DevKey(7))
	check(t, err)
	_, err = l1s.Transact(ctx, erc20, d.L1Token, nil, "mint", l1s.From, big.NewInt(1000))
	check(t, err)
	_, err = l1s.Transact(ctx, erc20, d.L1Token, nil, "approve", d.L1StandardBridge, big.NewInt(1000))
	check(t, err)
	_, err = l1s.Transact(ctx, l1Bridge, d.L1StandardBridge, nil, "bridgeERC20To", d.L1Token, other, l1s.From, big.NewInt(1000), uint32(200_000), []byte{})
	check(t, err)
	if _, err := resolveToken(ctx, withL2, d.L1Token); escape.CodeOf(err) != "ambiguous-token" {
		t.Errorf("two L2 tokens, L2 RPC: %v, want ambiguous-token", err)
	}
	if _, err := resolveToken(ctx, l1Only, d.L1Token); escape.CodeOf(err) != "ambiguous-token" {
		t.Errorf("two L2 tokens, L1 only: %v, want ambiguous-token", err)
	}
	// Its L2 address still resolves, with its own decimals when read on L2.
	tok, err := resolveToken(ctx, withL2, other)
	check(t, err)
	if tok.L1 != d.L1Token || tok.Decimals != 6 || tok.Symbol != "OTHER" {
		t.Errorf("the other L2 token resolved to %+v", tok)
	}
	if got := tok.Format(big.NewInt(1_500_000)); got != "1.5 OTHER" {
		t.Errorf("amount in the other token's units %q", got)
	}
}

// The L1 scan for the bridge's deposit events is bounded (about 7 days of
// L1 blocks: 6 eth_getLogs calls of the 10,000 blocks providers accept),
// here shortened to 120 blocks, with a provider that accepts 40 at a time: a token last deposited
// before that is not found from L1 alone, and the error says to pass the
// L2 address, which still resolves. (Mining 50,400 anvil blocks takes
// minutes.)
func TestResolveTokenLookback(t *testing.T) {
	ctx := context.Background()
	d, n := newOPNet(t, devnet.OPOptions{})
	proxy := rpcproxy.StartT(t, d.L1.URL, rpcproxy.Options{MaxLogRange: 40})
	l1Only, _ := testEnvVia(t, d, n, userKey, proxy.URL)
	l1Only.L2 = nil
	defer func(saved uint64) { tokenLookbackBlocks = saved }(tokenLookbackBlocks)
	tokenLookbackBlocks = 120

	proxy.Reset()
	if _, err := resolveToken(ctx, l1Only, d.L1Token); err != nil {
		t.Fatal(err)
	}
	fresh := proxy.Stats()
	t.Logf("L1 address from L1 alone, deposit within the lookback: %d calls, %d eth_getLogs (%d refused), %d round trips", fresh.Calls, fresh.GetLogs, fresh.GetLogsRefused, fresh.Windows)

	check(t, d.L1.Mine(ctx, tokenLookbackBlocks+30))
	proxy.Reset()
	_, err := resolveToken(ctx, l1Only, d.L1Token)
	if escape.CodeOf(err) != "token-not-bridged" || !strings.Contains(escape.HintOf(err), "L2 address") {
		t.Fatalf("a deposit older than the lookback: %v (hint %q), want token-not-bridged naming the L2 address", err, escape.HintOf(err))
	}
	old := proxy.Stats()
	t.Logf("L1 address, deposit older than the lookback: %d calls, %d eth_getLogs (%d refused), %d round trips", old.Calls, old.GetLogs, old.GetLogsRefused, old.Windows)
	// 121 blocks in the windows the client narrowed to on the first scan
	// (10,000 halved down to 39): 4 calls, never the whole chain.
	if answered := old.GetLogs - old.GetLogsRefused; answered > 5 {
		t.Errorf("%d eth_getLogs answered for a 120-block lookback in windows of 39, want at most 5", answered)
	}
	withL2, _ := testEnvVia(t, d, n, userKey, proxy.URL)
	if tok, err := resolveToken(ctx, withL2, d.L2Token); err != nil || tok.L1 != d.L1Token {
		t.Fatalf("the L2 address with an L2 RPC: %+v %v", tok, err)
	}
}
