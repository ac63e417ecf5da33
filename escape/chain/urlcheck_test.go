package chain

import (
	"strings"
	"testing"

	"github.com/l2escape/escape/escape"
)

// A value that is not an RPC URL is a usage error naming the value (only
// as far as it holds no secret) and, where it looks like a host, the URL
// probably meant.
func TestCheckURLs(t *testing.T) {
	const key = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
	const apiKey = "0123456789abcdef0123456789abcdef"
	cases := []struct {
		value      string
		want       []string // in the message or hint
		notShown   []string // never in the message or hint
		suggestion string
	}{
		{value: "localhost:8545", want: []string{`"localhost:8545"`, "no scheme"}, suggestion: "did you mean http://localhost:8545?"},
		{value: "127.0.0.1:8545", suggestion: "did you mean http://127.0.0.1:8545?"},
		{value: "eth.llamarpc.com", suggestion: "did you mean https://eth.llamarpc.com?"},
		{value: "rpc.example.org:8545", suggestion: "did you mean http://rpc.example.org:8545?"},
		{value: "mainnet.infura.io/v3/" + apiKey, want: []string{`"mainnet.infura.io/…"`}, notShown: []string{apiKey}, suggestion: "did you mean https://mainnet.infura.io/…?"},
		{value: "htps://eth-mainnet.g.alchemy.com/v2/" + apiKey, want: []string{`"htps://eth-mainnet.g.alchemy.com/…"`, `not "htps"`}, notShown: []string{apiKey}, suggestion: "did you mean https://eth-mainnet.g.alchemy.com/…?"},
		{value: "ftp://node.example.org", want: []string{`not "ftp"`}},
		{value: "http://", want: []string{"no host"}},
		{value: "https://user:secretpw@:8545/x", notShown: []string{"secretpw", "user"}},
		{value: key, want: []string{"64 characters", "looks like a key"}, notShown: []string{key, key[:16]}},
		{value: "0x" + key, notShown: []string{key[:16]}},
		{value: "user:secretpw@node.example.org", notShown: []string{"secretpw"}},
		{value: "", want: []string{"empty"}},
	}
	for _, c := range cases {
		err := CheckURLs("--l1-rpc", []string{c.value})
		if escape.CodeOf(err) != CodeBadURL {
			t.Errorf("%q: %v, want code %s", c.value, err, CodeBadURL)
			continue
		}
		text := err.Error() + "\n" + escape.HintOf(err)
		if !strings.HasPrefix(err.Error(), "--l1-rpc was given ") {
			t.Errorf("%q: %q does not name the flag", c.value, err.Error())
		}
		for _, w := range c.want {
			if !strings.Contains(text, w) {
				t.Errorf("%q: %q lacks %q", c.value, text, w)
			}
		}
		for _, s := range c.notShown {
			if strings.Contains(text, s) {
				t.Errorf("%q: %q shows %q", c.value, text, s)
			}
		}
		if c.suggestion != "" && !strings.Contains(text, c.suggestion) {
			t.Errorf("%q: %q lacks %q", c.value, text, c.suggestion)
		}
		if c.suggestion == "" && strings.Contains(text, "did you mean") {
			t.Errorf("%q: %q suggests something", c.value, text)
		}
	}
	for _, good := range []string{"http://localhost:8545", "https://mainnet.infura.io/v3/" + apiKey, "wss://node.example.org/ws", "HTTPS://Node.Example.org", "http://[::1]:8545"} {
		if err := CheckURLs("--l1-rpc", []string{good}); err != nil {
			t.Errorf("%q refused: %v", good, err)
		}
	}
}
