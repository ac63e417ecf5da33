package app

import (
	"bytes"
	"context"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/arbitrum"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/keys"
	"github.com/l2escape/escape/escape/network"
	"github.com/l2escape/escape/escape/opstack"
	"github.com/l2escape/escape/escape/ui"
)

// scripted is a Prompter that answers from a script and records every
// question. Each answer goes through the question's validation, as on the
// terminal; a refused answer fails the test unless it is marked refused.
type scripted struct {
	t       *testing.T
	answers []answer
	asked   []string
}

type answer struct {
	want    string // a part of the question
	text    string // typed text (Input, Secret)
	pick    int    // the item picked (Select)
	refused string // the answer must be refused with this part of a reason
}

func (s *scripted) next(label string) answer {
	s.t.Helper()
	s.asked = append(s.asked, label)
	if len(s.answers) == 0 {
		s.t.Fatalf("unexpected question %q (asked so far: %q)", label, s.asked)
	}
	a := s.answers[0]
	s.answers = s.answers[1:]
	if !strings.Contains(label, a.want) {
		s.t.Fatalf("question %q, expected one containing %q", label, a.want)
	}
	return a
}

func (s *scripted) Select(label string, items []string, search func(string, int) int) (int, error) {
	a := s.next(label)
	if a.pick >= len(items) {
		s.t.Fatalf("%q has %d items, picked %d", label, len(items), a.pick)
	}
	return a.pick, nil
}

func (s *scripted) Input(label, def string, validate func(string) error) (string, error) {
	for {
		a := s.next(label)
		err := validate(a.text)
		switch {
		case a.refused != "" && err == nil:
			s.t.Fatalf("%q: answer %q was accepted, expected refused (%s)", label, a.text, a.refused)
		case a.refused != "" && !strings.Contains(err.Error(), a.refused):
			s.t.Fatalf("%q: answer %q refused with %q, expected %q", label, a.text, err, a.refused)
		case a.refused != "":
			continue // asked again, as promptui does
		case err != nil:
			s.t.Fatalf("%q: answer %q refused: %v", label, a.text, err)
		}
		return a.text, nil
	}
}

func (s *scripted) Secret(label string, validate func(string) error) (string, error) {
	return s.Input(label, "", validate)
}

func (s *scripted) done() {
	s.t.Helper()
	if len(s.answers) > 0 {
		s.t.Fatalf("questions not asked: %+v (asked: %q)", s.answers, s.asked)
	}
}

func quietOptions() (*Options, *bytes.Buffer) {
	var out bytes.Buffer
	return &Options{UI: &ui.UI{Out: &out, Err: &out}}, &out
}

func TestNetworkSearch(t *testing.T) {
	choices := networkChoices()
	search := networkSearch(choices)
	// shown is the list as the terminal shows it: the matches, best
	// first (ties in the list's order).
	shown := func(typed string) []string {
		var out []string
		for rank := 0; rank < 10; rank++ {
			for i, c := range choices {
				if search(typed, i) == rank {
					out = append(out, c.name)
				}
			}
		}
		return out
	}
	// The last choice (type a path) shows whatever is typed.
	if got := shown("zzzz-no-such"); len(got) != 1 || got[0] != "" {
		t.Fatalf("a search matching nothing shows %q", got)
	}
	// Names people use find the network they mean; case does not matter.
	for typed, want := range map[string]string{"optimism": "op-mainnet", "ARB": "arbitrum-one", "Base": "base", "nova": "arbitrum-nova", "world": "world-chain"} {
		got := shown(typed)
		found := false
		for _, n := range got {
			found = found || n == want
		}
		if !found {
			t.Errorf("typing %q shows %q, not %s", typed, got, want)
		}
	}
	// "optimism" names OP Mainnet (and, as optimism-sepolia, its
	// testnet), not every OP Stack chain.
	if got := shown("optimism"); !slices.Equal(got, []string{"op-mainnet", "op-sepolia", ""}) {
		t.Errorf("typing optimism shows %q, want op-mainnet, op-sepolia and the file choice", got)
	}
	// On the way to an alias, its network stays in the list.
	for _, typed := range []string{"o", "op", "opt", "optim", "optimis"} {
		if got := shown(typed); !slices.Contains(got, "op-mainnet") {
			t.Errorf("typing %q hides op-mainnet: %q", typed, got)
		}
	}
	if got := shown(""); len(got) != len(choices) || got[0] != choices[0].name {
		t.Errorf("an empty search hides or reorders networks: %q", got)
	}
	// The network a name people use names comes first: "arb" is Arbitrum
	// One, listed before Nova (which "arb" also matches as text).
	for typed, want := range map[string]string{"arb": "arbitrum-one", "ARBITRUM": "arbitrum-one", "op": "op-mainnet", "optimism": "op-mainnet", "base": "base", "arbitrum-nova": "arbitrum-nova", "arbitrum-sepolia": "arbitrum-sepolia"} {
		if got := shown(typed); len(got) == 0 || got[0] != want {
			t.Errorf("typing %q lists %q first, want %s", typed, got, want)
		}
	}
	if got := shown("arb"); !slices.Contains(got, "arbitrum-nova") || got[len(got)-1] != "" {
		t.Errorf("typing arb lists %q: Nova should stay, and typing a path stays last", got)
	}
}

func TestGuidedNetworkFromFile(t *testing.T) {
	dir := t.TempDir()
	n, err := network.Lookup("op-sepolia")
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join("..", "..", "addresses", "networks", "op-sepolia.json"))
	if err != nil {
		t.Fatal(err)
	}
	data = bytes.Replace(data, []byte(`"name": "op-sepolia"`), []byte(`"name": "my-chain"`), 1)
	file := filepath.Join(dir, "mine.json")
	if err := os.WriteFile(file, data, 0o600); err != nil {
		t.Fatal(err)
	}
	o, _ := quietOptions()
	p := &scripted{t: t, answers: []answer{
		{want: "Which L2", pick: len(networkChoices()) - 1},
		{want: "Path of your network file", text: filepath.Join(dir, "nope.json"), refused: "cannot read network file"},
		{want: "Path of your network file", text: file},
	}}
	g := &guide{o: o, p: &counted{Prompter: p}}
	if err := g.pickNetwork(); err != nil {
		t.Fatal(err)
	}
	p.done()
	if g.n.Name != "my-chain" || g.n.Verified || o.Network != file || g.n.L2ChainID != n.L2ChainID {
		t.Fatalf("picked %s (verified %v), --network %q", g.n.Name, g.n.Verified, o.Network)
	}
}

func TestGuidedAmount(t *testing.T) {
	op, _ := network.Lookup("op-mainnet")
	arb, _ := network.Lookup("arbitrum-one")
	eth := &balance{amount: big.NewInt(2_500_000_000_000_000_000), decimals: 18, symbol: "ETH"}
	usdc := &balance{amount: big.NewInt(12_340_000), decimals: 6, symbol: "USDC"}
	token := "0x0b2C639c533813f4Aa9D7837CAf62653d097Ff85"
	for _, c := range []struct {
		n       *network.Network
		typed   string
		token   string
		b       *balance
		want    string
		refused string
	}{
		{op, "max", "", eth, "2.5", ""},
		{op, "MAX", "", eth, "2.5", ""},
		{op, "0.5", "", eth, "0.5", ""},
		{op, "3", "", eth, "", "more than your L2 balance (2.5 ETH)"},
		{op, "lots", "", eth, "", "not"},
		{op, "max", "", nil, "", "no L2 RPC answered"},
		{op, "0.5", "", nil, "0.5", ""},
		{op, "max", "", &balance{amount: new(big.Int), decimals: 18, symbol: "ETH"}, "", "balance is 0"},
		{op, "max", token, usdc, "12.34", ""},
		{op, "1.0000001", token, usdc, "", "decimal"},
		{op, "7", token, nil, "7", ""},
		// No L2 RPC here: the flow's default gas limit 300000 × the
		// policy's 100 × nitro's default minimum base fee, 10 gwei.
		{arb, "max", "", eth, "2.497", ""},
		{arb, "max", "", nil, "", "no L2 RPC answered"},
		{arb, "max", "", &balance{amount: big.NewInt(3_000_000_000_000_000), decimals: 18, symbol: "ETH"}, "", "does not pay the L2 gas"},
		{arb, "1", "", eth, "1", ""},
		{arb, "max", token, usdc, "12.34", ""},
	} {
		g := &guide{n: c.n, l2Done: true}
		got, err := g.amount(context.Background(), c.typed, c.token, c.b)
		switch {
		case c.refused == "" && (err != nil || got != c.want):
			t.Errorf("%s %q token=%q: got %q, %v; want %q", c.n.Name, c.typed, c.token, got, err, c.want)
		case c.refused != "" && (err == nil || !strings.Contains(err.Error(), c.refused)):
			t.Errorf("%s %q token=%q: got %q, %v; want refused with %q", c.n.Name, c.typed, c.token, got, err, c.refused)
		}
	}
}

// "max" of Arbitrum ETH keeps back the gas limit × max fee the withdrawal
// will sign, read once however often the prompt validates, and says so.
func TestGuidedArbitrumMax(t *testing.T) {
	o, out := quietOptions()
	p := &scripted{t: t, answers: []answer{
		{want: "Amount of ETH to withdraw (or max: 9.995 ETH)", text: "10", refused: "more than your L2 balance"},
		{want: "Amount of ETH to withdraw", text: "max"},
	}}
	reads := 0
	g := &guide{o: o, p: &counted{Prompter: p}, n: mustLookup(t, "arbitrum-one"), l2Done: true,
		arbMaxOf: func(_ context.Context, balance *big.Int) arbitrum.MaxETH {
			reads++
			gas, fee := uint64(250_000), big.NewInt(12_000_000_000)
			kept := new(big.Int).Mul(big.NewInt(int64(gas)), fee)
			return arbitrum.MaxETH{Amount: new(big.Int).Sub(balance, kept), Kept: kept, Gas: gas, MaxFee: fee}
		}}
	g.sender = common.HexToAddress("0x976EA74026E726554dB657fA54763abd0C3a0aa9")
	b := &balance{amount: new(big.Int).Mul(big.NewInt(9_995), big.NewInt(1e15)), decimals: 18, symbol: "ETH"}
	got, err := g.askAmountWith(context.Background(), "", b)
	p.done()
	if err != nil || got != "9.992" {
		t.Fatalf("max: %q, %v", got, err)
	}
	if reads != 1 {
		t.Errorf("the max was read %d times", reads)
	}
	if want := "max: 9.992 ETH, keeping 0.003 ETH for L2 gas at a max fee of 12 gwei"; !strings.Contains(out.String(), want) {
		t.Errorf("output lacks %q:\n%s", want, out)
	}
}

func TestGuidedRecipient(t *testing.T) {
	sender := common.HexToAddress("0x976EA74026E726554dB657fA54763abd0C3a0aa9")
	other := "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
	for typed, want := range map[string]string{"": "", sender.Hex(): "", strings.ToLower(sender.Hex()): "", other: other} {
		p := &scripted{t: t, answers: []answer{{want: "Enter: your own, " + sender.Hex(), text: typed}}}
		g := &guide{p: &counted{Prompter: p}, sender: sender}
		got, err := g.askRecipient()
		if err != nil || got != want {
			t.Errorf("typed %q: got %q, %v; want %q", typed, got, err, want)
		}
	}
	// A checksum typo is refused and asked again.
	typo := "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"
	p := &scripted{t: t, answers: []answer{{want: "recipient", text: typo, refused: "checksum"}, {want: "recipient", text: other}}}
	if got, err := (&guide{p: &counted{Prompter: p}, sender: sender}).askRecipient(); err != nil || got != other {
		t.Fatalf("after a typo: %q, %v", got, err)
	}
}

// A typed key: masked, kept in the options only, never in the command the
// guide prints; a key pasted as a path is refused.
func TestGuidedTypedKey(t *testing.T) {
	k, _ := crypto.GenerateKey()
	hexKey := common.Bytes2Hex(crypto.FromECDSA(k))
	o, out := quietOptions()
	o.Network = "op-mainnet"
	p := &scripted{t: t, answers: []answer{
		{want: "Which key signs?", pick: 0},
		{want: "Path of the key file", text: hexKey, refused: "that is a private key, not a path"},
		{want: "Path of the key file", text: "/no/such/key", refused: "no such file"},
		{want: "Path of the key file", text: writeTemp(t, "0x"+hexKey)},
	}}
	g := &guide{o: o, p: &counted{Prompter: p}}
	if err := g.pickKey(); err != nil {
		t.Fatal(err)
	}
	p.done()
	if g.sender != crypto.PubkeyToAddress(k.PublicKey) {
		t.Fatalf("sender %s from a key file", g.sender.Hex())
	}

	o2, _ := quietOptions()
	o2.Network = "op-mainnet"
	p = &scripted{t: t, answers: []answer{
		{want: "Which key signs?", pick: 2},
		{want: "Private key", text: "not-a-key", refused: "64 hex digits"},
		{want: "Private key", text: hexKey},
	}}
	g = &guide{o: o2, p: &counted{Prompter: p}, n: mustLookup(t, "op-mainnet")}
	if err := g.pickKey(); err != nil {
		t.Fatal(err)
	}
	p.done()
	if o2.Keys.Env != hexKey || g.sender != crypto.PubkeyToAddress(k.PublicKey) {
		t.Fatalf("typed key not used (sender %s)", g.sender.Hex())
	}
	cmd := g.withdrawCommand(WithdrawArgs{Amount: "1"})
	if strings.Contains(cmd, hexKey) || strings.Contains(out.String(), hexKey) {
		t.Fatalf("the key reached output: %s", cmd)
	}
}

func keysSource(keystore string) keys.Source { return keys.Source{Keystore: keystore} }

func writeTemp(t *testing.T, content string) string {
	f := filepath.Join(t.TempDir(), "key")
	if err := os.WriteFile(f, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return f
}

func mustLookup(t *testing.T, name string) *network.Network {
	n, err := network.Lookup(name)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// `escape withdraw --network N` with a key and without --amount asks the
// amount and nothing else, then runs the flow (which here finds no L1).
func TestGuidedWithdrawAsksOnlyWhatIsMissing(t *testing.T) {
	if _, ok := flow.Lookup(escape.StackOP); !ok {
		flow.Register(escape.StackOP, opstack.New)
	}
	k, _ := crypto.GenerateKey()
	o, _ := quietOptions()
	o.Network, o.L1RPCs, o.L2RPCs = "op-mainnet", []string{"http://127.0.0.1:1"}, []string{"http://127.0.0.1:1"}
	o.Keys.Env = common.Bytes2Hex(crypto.FromECDSA(k))
	o.Home = t.TempDir()
	p := &scripted{t: t, answers: []answer{
		{want: "Amount of ETH to withdraw (a number)", text: "max", refused: "no L2 RPC answered"},
		{want: "Amount of ETH", text: "0.5"},
	}}
	err := GuidedWithdraw(context.Background(), o, p, WithdrawArgs{}, false)
	p.done()
	if escape.CodeOf(err) != "rpc-unreachable" {
		t.Fatalf("after the questions: %v (%s)", err, escape.CodeOf(err))
	}

	// The same in full mode asks everything else too, in order.
	o.L1RPCs = nil
	p = &scripted{t: t, answers: []answer{
		{want: "Which Ethereum RPC should escape use?", pick: 0},
		{want: "Ethereum RPC URL", text: "eth.example.org", refused: "starts with https://"},
		{want: "Ethereum RPC URL", text: "http://127.0.0.1:1"},
		{want: "What do you withdraw?", pick: 0},
		{want: "Amount of ETH", text: "0.5"},
		{want: "L1 recipient address (Enter: your own, ", text: ""},
	}}
	err = GuidedWithdraw(context.Background(), o, p, WithdrawArgs{}, true)
	p.done()
	if escape.CodeOf(err) != "rpc-unreachable" {
		t.Fatalf("after the questions: %v (%s)", err, escape.CodeOf(err))
	}
}

// Nothing missing: nothing asked, and no "The same as" line; `escape send`
// without --to asks for the L2 address only.
func TestGuidedNothingMissingAndSend(t *testing.T) {
	if _, ok := flow.Lookup(escape.StackOP); !ok {
		flow.Register(escape.StackOP, opstack.New)
	}
	k, _ := crypto.GenerateKey()
	o, out := quietOptions()
	o.Network, o.L1RPCs = "op-mainnet", []string{"http://127.0.0.1:1"}
	o.Keys.Env = common.Bytes2Hex(crypto.FromECDSA(k))
	o.Home = t.TempDir()
	p := &scripted{t: t}
	err := GuidedWithdraw(context.Background(), o, p, WithdrawArgs{Amount: "1"}, false)
	if escape.CodeOf(err) != "rpc-unreachable" || strings.Contains(out.String(), "The same as") {
		t.Fatalf("%v\n%s", err, out.String())
	}
	p = &scripted{t: t, answers: []answer{
		{want: "L2 address to call", text: "0x12", refused: "not an address"},
		{want: "L2 address to call", text: "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"},
	}}
	err = GuidedSend(context.Background(), o, p, SendArgs{Value: "0.01"})
	p.done()
	if escape.CodeOf(err) != "rpc-unreachable" {
		t.Fatalf("after the questions: %v", err)
	}
	// The command line the answer makes, as after a guided withdrawal; the
	// key (from the environment here) is not in it.
	want := "The same as: escape send --network op-mainnet --to 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed --value 0.01 --l1-rpc http://127.0.0.1:1\n"
	if !strings.Contains(out.String(), want) || strings.Contains(out.String(), o.Keys.Env) {
		t.Fatalf("after the send questions, want %q:\n%s", want, out.String())
	}
}

// A keystore's address is read from its JSON: no password is asked before
// the flow signs.
func TestGuidedKeystoreSender(t *testing.T) {
	f := writeTemp(t, `{"address":"976ea74026e726554db657fa54763abd0c3a0aa9","crypto":{},"version":3}`)
	if got := senderOf(keysSource(f)); got != common.HexToAddress("0x976EA74026E726554dB657fA54763abd0C3a0aa9") {
		t.Fatalf("sender %s", got.Hex())
	}
	if got := senderOf(keysSource(writeTemp(t, `{}`))); got != (common.Address{}) {
		t.Fatalf("sender %s from a keystore without an address", got.Hex())
	}
}
