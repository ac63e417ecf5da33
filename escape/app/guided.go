package app

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/bindings/nitro"
	"github.com/l2escape/escape/bindings/tokenbridge"
	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/arbitrum"
	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/health"
	"github.com/l2escape/escape/escape/keys"
	"github.com/l2escape/escape/escape/network"
	"github.com/l2escape/escape/escape/ui"
	"github.com/l2escape/escape/escape/units"
)

// Guided mode: on a terminal, a person who runs `escape` alone, or
// `escape withdraw` or `escape send` without what they need, is asked for
// it, one question at a time, and ends in the very same flow (summary and
// confirmation) as the full command line. Nothing here signs: it only fills
// in what the flags would have said.

// WithdrawArgs are `escape withdraw`'s own flags as given ("" if absent).
type WithdrawArgs struct{ Amount, Token, To string }

// SendArgs are `escape send`'s own flags as given ("" if absent).
type SendArgs struct{ To, Value, Data, Gas string }

// guide holds what the questions learned so far.
type guide struct {
	o *Options
	p *counted
	n *network.Network
	// sender is the address that will sign, when it can be told without a
	// password (a keystore's address is in its JSON); zero otherwise.
	sender common.Address
	l2     *chain.Client
	l2Done bool
	// arbMax is "max" of an Arbitrum ETH withdrawal, read once;
	// arbMaxOf reads it (arbitrum.MaxWithdrawEth, or a test's).
	arbMax   *arbitrum.MaxETH
	arbMaxOf func(ctx context.Context, balance *big.Int) arbitrum.MaxETH
}

// GuidedWithdraw asks for what `escape withdraw` lacks and runs it. full is
// `escape` alone: every choice is offered (RPC, health, asset, recipient);
// otherwise only what is missing is asked (network, amount, key, an L1 RPC
// when none is known).
func GuidedWithdraw(ctx context.Context, o *Options, p ui.Prompter, a WithdrawArgs, full bool) error {
	g := &guide{o: o, p: &counted{Prompter: p}}
	defer g.close()
	if err := g.pickNetwork(); err != nil {
		return err
	}
	if err := g.pickL1RPC(full); err != nil {
		return err
	}
	if full {
		g.showHealth(ctx)
	}
	if err := g.pickKey(); err != nil {
		return err
	}
	if full && a.Token == "" && a.Amount == "" {
		token, err := g.pickAsset(ctx)
		if err != nil {
			return err
		}
		a.Token = token
	}
	if a.Amount == "" {
		amount, err := g.askAmount(ctx, a.Token)
		if err != nil {
			return err
		}
		a.Amount = amount
	}
	if full && a.To == "" {
		to, err := g.askRecipient()
		if err != nil {
			return err
		}
		a.To = to
	}
	g.close() // the flow dials its own clients
	if g.p.asked > 0 {
		o.UI.Progress("The same as: %s", g.withdrawCommand(a))
	}
	return Withdraw(ctx, o, a.Amount, a.Token, a.To)
}

// GuidedSend asks for what `escape send` lacks (network, L2 address, key,
// an L1 RPC when none is known) and runs it.
func GuidedSend(ctx context.Context, o *Options, p ui.Prompter, a SendArgs) error {
	g := &guide{o: o, p: &counted{Prompter: p}}
	if err := g.pickNetwork(); err != nil {
		return err
	}
	if err := g.pickL1RPC(false); err != nil {
		return err
	}
	if err := g.pickKey(); err != nil {
		return err
	}
	if a.To == "" {
		to, err := g.p.Input("L2 address to call", "", func(s string) error {
			_, err := units.ParseAddress("the address", s)
			return err
		})
		if err != nil {
			return err
		}
		a.To = strings.TrimSpace(to)
	}
	if g.p.asked > 0 {
		o.UI.Progress("The same as: %s", g.sendCommand(a))
	}
	return Send(ctx, o, a.To, a.Value, a.Data, a.Gas)
}

// counted counts the questions asked: a command that lacked nothing runs
// as it always did, without the guide's closing line.
type counted struct {
	ui.Prompter
	asked int
}

func (c *counted) Select(label string, items []string, search func(string, int) int) (int, error) {
	c.asked++
	return c.Prompter.Select(label, items, search)
}

func (c *counted) Input(label, def string, validate func(string) error) (string, error) {
	c.asked++
	return c.Prompter.Input(label, def, validate)
}

func (c *counted) Secret(label string, validate func(string) error) (string, error) {
	c.asked++
	return c.Prompter.Secret(label, validate)
}

func (g *guide) close() {
	if g.l2 != nil {
		g.l2.Close()
		g.l2 = nil
	}
}

// networkChoice is one line of the network list.
type networkChoice struct {
	label  string
	arg    string // what --network would say; "" for "type a path"
	search string // lower-case text the search matches
	name   string // the network's name, for alias matches
}

// networkChoices lists the bundled networks (mainnets first), the network
// files in the current directory, and last a way to type a file's path.
func networkChoices() []networkChoice {
	var out []networkChoice
	all, _ := network.Bundled()
	sort.SliceStable(all, func(i, j int) bool { return !all[i].Testnet && all[j].Testnet })
	for _, n := range all {
		kind := "OP Stack"
		if n.Stack == escape.StackArbitrum {
			kind = "Arbitrum"
		}
		if n.Testnet {
			kind += ", testnet on " + n.L1Name
		}
		label := fmt.Sprintf("%-20s %s (%s)", n.Name, n.Title, kind)
		search := strings.ToLower(label + " " + strings.Join(network.OtherNames(n.Name), " "))
		out = append(out, networkChoice{label: label, arg: n.Name, name: n.Name, search: search})
	}
	files, _ := filepath.Glob("*.json")
	for _, f := range files {
		if n, ok := networkFile(f); ok {
			label := fmt.Sprintf("%-20s %s (your file %s)", n.Name, n.Title, f)
			out = append(out, networkChoice{label: label, arg: "./" + f, name: n.Name, search: strings.ToLower(label)})
		}
	}
	return append(out, networkChoice{label: "Another network file: type its path"})
}

// networkFile reads a JSON file of the current directory that is a network
// file (small, and parses as one).
func networkFile(path string) (*network.Network, bool) {
	fi, err := os.Stat(path)
	if err != nil || !fi.Mode().IsRegular() || fi.Size() > 1<<20 {
		return nil, false
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, false
	}
	n, err := network.Parse(data, path, false)
	return n, err == nil
}

// networkSearch matches what is typed against each choice's name, title
// and stack, and against the names people use (`optimism`, `arb`): the
// network an alias resolves to matches too, and comes first (with "arb",
// Arbitrum One before Arbitrum Nova), as does a network whose name is
// what is typed. The last choice (type a path) always shows, last.
func networkSearch(choices []networkChoice) func(string, int) int {
	const (
		named  = iota // its name, or the network an alias names
		found         // the text is in its line
		always        // the last choice: type a path
	)
	lastTyped, lastResolved := "", ""
	return func(typed string, i int) int {
		typed = strings.ToLower(strings.TrimSpace(typed))
		c := choices[i]
		if c.arg == "" {
			return always
		}
		if typed == "" {
			return found
		}
		if typed != lastTyped {
			lastTyped, lastResolved = typed, ""
			if !strings.ContainsAny(typed, `/\`) && !strings.HasSuffix(typed, ".json") {
				if n, err := network.Lookup(typed); err == nil {
					lastResolved = n.Name
				}
			}
		}
		switch {
		case typed == c.name || (lastResolved == c.name && c.arg == c.name):
			return named
		case lastResolved == c.name, strings.Contains(c.search, typed):
			return found
		}
		return ui.NoMatch
	}
}

// pickNetwork asks for the network unless --network gave one.
func (g *guide) pickNetwork() error {
	if g.o.Network != "" {
		n, err := network.Lookup(g.o.Network)
		g.n = n
		return err
	}
	choices := networkChoices()
	labels := make([]string, len(choices))
	for i, c := range choices {
		labels[i] = c.label
	}
	i, err := g.p.Select("Which L2 are your funds on? (type to search)", labels, networkSearch(choices))
	if err != nil {
		return err
	}
	arg := choices[i].arg
	if arg == "" {
		if arg, err = g.p.Input("Path of your network file", "", func(s string) error {
			_, err := network.Lookup(pathArg(s))
			return err
		}); err != nil {
			return err
		}
		arg = pathArg(arg)
	}
	if g.n, err = network.Lookup(arg); err != nil {
		return err
	}
	g.o.Network = g.n.Arg() // a bundled name, or the path of the user's file
	return nil
}

// pathArg makes a typed file name a path network.Lookup reads as a file.
func pathArg(s string) string {
	s = strings.TrimSpace(s)
	if s != "" && !strings.ContainsAny(s, `/\`) && !strings.HasSuffix(s, ".json") {
		return "./" + s
	}
	return s
}

// pickL1RPC offers the network's public L1 RPCs or the user's own. Asked
// in full mode when none was given, otherwise only when none is known.
func (g *guide) pickL1RPC(full bool) error {
	given, _ := rpcList(g.o.L1RPCs, "ESCAPE_L1_RPC", nil)
	if len(given) > 0 || (!full && len(g.n.L1RPCs) > 0) {
		return nil
	}
	const own = "Your own L1 RPC: type its URL (best during an incident, when public ones are overloaded)"
	url := ""
	if len(g.n.L1RPCs) > 0 {
		items := []string{own}
		for _, u := range g.n.L1RPCs {
			items = append(items, "Public: "+u)
		}
		i, err := g.p.Select("Which "+l1Name(g.n)+" RPC should escape use?", items, nil)
		if err != nil {
			return err
		}
		if i > 0 {
			url = g.n.L1RPCs[i-1]
		}
	}
	if url == "" {
		var err error
		if url, err = g.p.Input(l1Name(g.n)+" RPC URL", "", checkRPCURL); err != nil {
			return err
		}
	}
	g.o.L1RPCs = []string{strings.TrimSpace(url)}
	return nil
}

func l1Name(n *network.Network) string {
	if n.L1Name != "" {
		return n.L1Name
	}
	return "L1"
}

func checkRPCURL(s string) error {
	s = strings.TrimSpace(s)
	for _, scheme := range []string{"http://", "https://", "ws://", "wss://"} {
		if strings.HasPrefix(strings.ToLower(s), scheme) && len(s) > len(scheme) {
			return nil
		}
	}
	// A prompt's answer, shown under it and asked again: not an error code.
	return errors.New("an RPC URL starts with https:// (or http://, ws://, wss://), e.g. https://eth.example.org")
}

// showHealth prints `escape health`'s verdict in two lines; a failure to
// tell is said and the guide goes on (health informs, it decides nothing).
func (g *guide) showHealth(ctx context.Context) {
	hctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	g.o.UI.Progress("Checking the health of %s from L1...", g.n.Title)
	quiet := *g.o
	quiet.UI = &ui.UI{Out: discard{}, Err: discard{}}
	in := health.Input{Network: g.n, Limits: health.DefaultThresholds(), Now: time.Now}
	var err error
	in.L1, in.L2, in.L2Unavailable, err = dialForHealth(hctx, &quiet, g.n)
	if err == nil {
		defer in.L1.Close()
		if in.L2 != nil {
			defer in.L2.Close()
		}
		var r *health.Report
		if r, err = health.Check(hctx, in); err == nil {
			g.o.UI.Progress("Health: %s. %s", r.Verdict, r.Summary)
			if r.Forcing != "" {
				g.o.UI.Progress("        %s", r.Forcing)
			}
			return
		}
	}
	g.o.UI.Progress("Health: could not be told (%s). Going on; `escape health --network %s` tells more.", firstLine(err.Error()), g.n.Arg())
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

// pickKey asks where the key is when no source was given: a key file, a
// keystore, or the key typed with masked input (kept in memory only). It
// then learns the sender's address where it can without a password.
func (g *guide) pickKey() error {
	src := &g.o.Keys
	if g.o.Offline.From != "" {
		g.sender, _ = units.ParseAddress("--from", g.o.Offline.From)
		return nil
	}
	if !src.Configured() {
		items := []string{
			"A key file: a file holding your hex private key",
			"A keystore: a JSON key file your wallet exported (asks its password)",
			"Type the private key (hidden as you type; kept in memory only)",
		}
		i, err := g.p.Select("Which key signs? (the one that holds the funds on the L2)", items, nil)
		if err != nil {
			return err
		}
		switch i {
		case 0, 1:
			path, err := g.p.Input(map[int]string{0: "Path of the key file", 1: "Path of the keystore file"}[i], "", checkKeyPath)
			if err != nil {
				return err
			}
			if i == 0 {
				src.KeyFile = strings.TrimSpace(path)
			} else {
				src.Keystore = strings.TrimSpace(path)
			}
		default:
			key, err := g.p.Secret("Private key (hex)", func(s string) error {
				if !keys.LooksLikeRawKey(s) {
					return errors.New("a private key is 64 hex digits (optionally 0x-prefixed)")
				}
				return nil
			})
			if err != nil {
				return err
			}
			src.Env = strings.TrimSpace(key)
		}
	}
	g.sender = senderOf(*src)
	return nil
}

// checkKeyPath refuses a key pasted where its file's path belongs.
func checkKeyPath(s string) error {
	s = strings.TrimSpace(s)
	if keys.LooksLikeRawKey(s) {
		return errors.New("that is a private key, not a path: go back (Ctrl-C) and pick \"Type the private key\"")
	}
	if _, err := os.Stat(s); err != nil {
		return fmt.Errorf("no such file: %s", s)
	}
	return nil
}

// senderOf is the address of the key, read without asking a password (a
// keystore's address is in its JSON); zero if it cannot be told. A key the
// flow cannot load fails there, with its own error.
func senderOf(src keys.Source) common.Address {
	if src.Keystore != "" {
		data, err := os.ReadFile(src.Keystore)
		if err != nil {
			return common.Address{}
		}
		var ks struct {
			Address string `json:"address"`
		}
		if json.Unmarshal(data, &ks) != nil || !common.IsHexAddress(ks.Address) {
			return common.Address{}
		}
		return common.HexToAddress(ks.Address)
	}
	src.Prompt, src.Warn = nil, nil
	s, err := src.Load()
	if err != nil {
		return common.Address{}
	}
	return s.Address
}

// l2Client dials the L2 once, quietly: it only shows balances here.
func (g *guide) l2Client(ctx context.Context) *chain.Client {
	if g.l2Done {
		return g.l2
	}
	g.l2Done = true
	urls, _ := rpcList(g.o.L2RPCs, "ESCAPE_L2_RPC", g.n.L2RPCs)
	if len(urls) == 0 {
		return nil
	}
	dctx, cancel := context.WithTimeout(ctx, g.o.l2DialBudget())
	defer cancel()
	// A slow L2 shows as it waits (only past a second), and --rpc-timeout holds.
	c, err := chain.Dial(dctx, "L2", urls, g.n.L2ChainID, g.o.chainOptions(chainNames(g.n)))
	if err != nil {
		g.o.UI.Progress("No L2 RPC answered (%s): balances cannot be shown.", firstLine(err.Error()))
		return nil
	}
	g.l2 = c
	return c
}

// balance is an L2 balance the guide could read.
type balance struct {
	amount   *big.Int
	decimals int
	symbol   string
}

func (b *balance) String() string { return units.FormatAmount(b.amount, b.decimals) + " " + b.symbol }

func (g *guide) ethBalance(ctx context.Context) *balance {
	l2 := g.l2Client(ctx)
	if l2 == nil || g.sender == (common.Address{}) {
		return nil
	}
	b, err := l2.BalanceAt(ctx, g.sender, nil)
	if err != nil {
		return nil
	}
	return &balance{amount: b, decimals: 18, symbol: "ETH"}
}

// pickAsset asks ETH or a token; it returns the token address ("" for ETH).
func (g *guide) pickAsset(ctx context.Context) (string, error) {
	eth := "ETH"
	if b := g.ethBalance(ctx); b != nil {
		eth = "ETH (your L2 balance: " + b.String() + ")"
	}
	// Either address works: the stack resolves the pair and shows it.
	tokenLabel := "A token: type its address (on L1 or on L2)"
	i, err := g.p.Select("What do you withdraw?", []string{eth, tokenLabel}, nil)
	if err != nil || i == 0 {
		return "", err
	}
	t, err := g.p.Input("Token address", "", func(s string) error {
		_, err := units.ParseAddress("the token", s)
		return err
	})
	if err != nil {
		return "", err
	}
	t = strings.TrimSpace(t)
	if b := g.tokenBalance(ctx, common.HexToAddress(t)); b != nil {
		g.o.UI.Progress("Your L2 balance of this token: %s", b)
	}
	return t, nil
}

var (
	erc20ABI    = chain.LazyABI(nitro.ERC20MetaData)
	l2RouterABI = chain.LazyABI(tokenbridge.L2GatewayRouterMetaData)
)

// tokenBalance reads the sender's balance of a token on L2, with its
// decimals and symbol; nil if it cannot. The address typed may be the L2
// token's; on Arbitrum an L1 token's L2 counterpart is the one the
// L2GatewayRouter names. (An OP L1 address shows no balance here; the
// withdrawal resolves it and checks the balance.)
func (g *guide) tokenBalance(ctx context.Context, token common.Address) *balance {
	l2 := g.l2Client(ctx)
	if l2 == nil || g.sender == (common.Address{}) {
		return nil
	}
	if code, err := l2.CodeAt(ctx, token, nil); err == nil && len(code) == 0 && g.n.Stack == escape.StackArbitrum {
		router, ok := g.n.Address(network.L2GatewayRouter)
		if !ok {
			return nil
		}
		out, err := callView(ctx, l2, l2RouterABI(), router, "calculateL2TokenAddress", token)
		if err != nil {
			return nil
		}
		token = out[0].(common.Address)
	}
	dec, err := callView(ctx, l2, erc20ABI(), token, "decimals")
	if err != nil {
		return nil
	}
	bal, err := callView(ctx, l2, erc20ABI(), token, "balanceOf", g.sender)
	if err != nil {
		return nil
	}
	symbol := "token units"
	if out, err := callView(ctx, l2, erc20ABI(), token, "symbol"); err == nil {
		if s, ok := out[0].(string); ok && s != "" && len(s) <= 16 {
			symbol = s
		}
	}
	d, _ := dec[0].(uint8)
	b, _ := bal[0].(*big.Int)
	if b == nil {
		return nil
	}
	return &balance{amount: b, decimals: int(d), symbol: symbol}
}

func callView(ctx context.Context, c *chain.Client, a *abi.ABI, to common.Address, method string, args ...any) ([]any, error) {
	data, err := a.Pack(method, args...)
	if err != nil {
		return nil, err
	}
	ret, err := c.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return nil, err
	}
	out, err := a.Unpack(method, ret)
	if err != nil || len(out) == 0 {
		return nil, fmt.Errorf("%s: no answer", method)
	}
	return out, nil
}

// askAmount asks how much, in ETH or the token's units; "max" is the whole
// L2 balance where that is what the flow can withdraw.
func (g *guide) askAmount(ctx context.Context, token string) (string, error) {
	var b *balance
	if token == "" {
		b = g.ethBalance(ctx)
	} else if common.IsHexAddress(token) {
		b = g.tokenBalance(ctx, common.HexToAddress(token))
	}
	return g.askAmountWith(ctx, token, b)
}

// askAmountWith asks the amount given the balance read (nil: none).
func (g *guide) askAmountWith(ctx context.Context, token string, b *balance) (string, error) {
	unit := "ETH"
	if token != "" {
		unit = "token units"
		if b != nil {
			unit = b.symbol
		}
	}
	label := "Amount of " + unit + " to withdraw"
	if b != nil {
		label += " (or max: " + b.String() + ")"
	} else {
		label += " (a number)"
	}
	answer, err := g.p.Input(label, "", func(s string) error {
		_, err := g.amount(ctx, s, token, b)
		return err
	})
	if err != nil {
		return "", err
	}
	amount, err := g.amount(ctx, answer, token, b)
	if err == nil && isMax(answer) && g.arbMax != nil {
		m := g.arbMax
		g.o.UI.Progress("max: %s, keeping %s for L2 gas at a max fee of %s (gas limit %d × the max fee the withdrawal signs; the L2 charges only the gas used at its base fee)",
			units.ETH(m.Amount), units.ETH(m.Kept), units.Gwei(m.MaxFee), m.Gas)
	}
	return amount, err
}

func isMax(s string) bool {
	s = strings.TrimSpace(s)
	return strings.EqualFold(s, "max") || strings.EqualFold(s, "all")
}

// amount turns an answer into the --amount the flow takes.
func (g *guide) amount(ctx context.Context, s, token string, b *balance) (string, error) {
	s = strings.TrimSpace(s)
	if isMax(s) {
		return g.maxAmount(ctx, token, b)
	}
	var v *big.Int
	var err error
	switch {
	case b != nil:
		v, err = units.ParseAmount(s, b.decimals, b.symbol)
	case token == "":
		v, err = units.ParseAmount(s, 18, "ETH")
	default:
		err = units.CheckAmountText(s, "token units")
	}
	if err != nil {
		return "", err
	}
	if b != nil && v.Cmp(b.amount) > 0 {
		return "", fmt.Errorf("more than your L2 balance (%s)", b)
	}
	return s, nil
}

// maxAmount is the whole L2 balance. An OP Stack forced withdrawal pays its
// L2 gas on L1 (the portal burns L1 gas for it), and an Arbitrum token
// withdrawal pays gas in ETH, so the whole balance can go. An Arbitrum ETH
// withdrawal pays its L2 gas out of the same balance: there max keeps back
// the gas limit × max fee the withdrawal will sign.
func (g *guide) maxAmount(ctx context.Context, token string, b *balance) (string, error) {
	switch {
	case b == nil && token == "" && g.n.Stack == escape.StackArbitrum:
		return "", errors.New("on Arbitrum the L2 gas is paid from the same ETH balance, and no L2 RPC answered to tell it: type an amount a little below your balance (the summary shows the gas), or start again with --l2-rpc URL (any read-only L2 node)")
	case b == nil:
		return "", errors.New("max needs your L2 balance, and no L2 RPC answered: type an amount, or start again with --l2-rpc URL (any read-only L2 node)")
	case b.amount.Sign() == 0:
		return "", fmt.Errorf("your L2 balance is 0 %s: check the network and the key", b.symbol)
	case token == "" && g.n.Stack == escape.StackArbitrum:
		m := g.arbitrumMax(ctx, b.amount)
		if m.Amount.Sign() <= 0 {
			return "", fmt.Errorf("your L2 balance (%s) does not pay the L2 gas: it needs %s (gas limit %d × max fee %s)", b, units.FeeETHCeil(m.Kept), m.Gas, units.Gwei(m.MaxFee))
		}
		return units.FormatAmount(m.Amount, 18), nil
	}
	return units.FormatAmount(b.amount, b.decimals), nil
}

// arbitrumMax reads "max" of an Arbitrum ETH withdrawal once (the prompt
// validates every keystroke).
func (g *guide) arbitrumMax(ctx context.Context, balance *big.Int) arbitrum.MaxETH {
	if g.arbMax == nil {
		of := g.arbMaxOf
		if of == nil {
			of = func(ctx context.Context, balance *big.Int) arbitrum.MaxETH {
				return arbitrum.MaxWithdrawEth(ctx, g.n, g.l2Client(ctx), g.sender, balance)
			}
		}
		m := of(ctx, balance)
		g.arbMax = &m
	}
	return *g.arbMax
}

// askRecipient asks the L1 recipient; Enter keeps the sender (the flow's
// default, returned as ""). The sender is named in the question rather than
// pre-filled: a pre-filled address is one keystroke from being half edited.
func (g *guide) askRecipient() (string, error) {
	label := "L1 recipient address (Enter: your own address)"
	if g.sender != (common.Address{}) {
		label = "L1 recipient address (Enter: your own, " + g.sender.Hex() + ")"
	}
	answer, err := g.p.Input(label, "", func(s string) error {
		if strings.TrimSpace(s) == "" {
			return nil
		}
		_, err := units.ParseAddress("the recipient", s)
		return err
	})
	if err != nil {
		return "", err
	}
	answer = strings.TrimSpace(answer)
	if answer == "" || (g.sender != (common.Address{}) && strings.EqualFold(answer, g.sender.Hex())) {
		return "", nil
	}
	return answer, nil
}

// withdrawCommand is the command line that does what the answers said, so
// that the user learns it (and can paste it next time). It never holds a
// key: a typed key is left out (next time, ESCAPE_PRIVATE_KEY gives it).
func (g *guide) withdrawCommand(a WithdrawArgs) string {
	parts := []string{"escape withdraw --network " + shellWord(g.o.Network), "--amount " + a.Amount}
	if a.Token != "" {
		parts = append(parts, "--token "+a.Token)
	}
	if a.To != "" {
		parts = append(parts, "--to "+a.To)
	}
	return strings.Join(append(parts, g.sourceFlags()...), " ")
}

// sendCommand is the `escape send` command line the guide's answers make.
func (g *guide) sendCommand(a SendArgs) string {
	parts := []string{"escape send --network " + shellWord(g.o.Network), "--to " + shellWord(a.To)}
	for _, f := range []struct{ name, value string }{{"--value", a.Value}, {"--data", a.Data}, {"--gas", a.Gas}} {
		if f.value != "" {
			parts = append(parts, f.name+" "+shellWord(f.value))
		}
	}
	return strings.Join(append(parts, g.sourceFlags()...), " ")
}

// sourceFlags are the L1 RPC and key flags of the printed command lines: an
// RPC URL that may hold an API key, and a key typed in, are not repeated.
func (g *guide) sourceFlags() []string {
	var parts []string
	for _, u := range g.o.L1RPCs {
		if u = strings.TrimSpace(u); u == "" {
			continue // an empty ESCAPE_L1_RPC names no endpoint
		}
		if chain.Redact(u) != strings.TrimRight(u, "/") {
			u = "YOUR_L1_RPC_URL" // its path or query may hold an API key
		}
		parts = append(parts, "--l1-rpc "+shellWord(u))
	}
	switch k := g.o.Keys; {
	case k.KeyFile != "":
		parts = append(parts, "--key-file "+shellWord(k.KeyFile))
	case k.Keystore != "":
		parts = append(parts, "--keystore "+shellWord(k.Keystore))
	}
	return parts
}

func shellWord(s string) string {
	if s != "" && !strings.ContainsAny(s, " '\"$`\\;&|<>()*?![]{}~#") {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
