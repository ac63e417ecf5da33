package network

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/l2escape/escape/addresses"
	"github.com/l2escape/escape/escape"
)

// userFileText is a valid user file (arbitrum-sepolia renamed) as the text
// a person would edit, with the Inbox address in checksummed form.
func userFileText(t testing.TB) string {
	data, err := fs.ReadFile(addresses.Files(), "arbitrum-sepolia.json")
	if err != nil {
		t.Fatal(err)
	}
	return strings.Replace(string(data), `"name": "arbitrum-sepolia"`, `"name": "my-chain"`, 1)
}

func lookupText(t *testing.T, text string) error {
	t.Helper()
	path := filepath.Join(t.TempDir(), "mine.json")
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := Lookup(path)
	return err
}

// TestStrictUserFiles: what issue 9's fault injection got through.
func TestStrictUserFiles(t *testing.T) {
	text := userFileText(t)
	if !strings.Contains(text, `"name": "my-chain"`) {
		t.Fatal("the bundled file's layout changed; update this test")
	}
	if err := lookupText(t, text); err != nil {
		t.Fatalf("the untouched file: %v", err)
	}
	inbox := copyOf(t, "arbitrum-sepolia").Contracts[Inbox].Address.Hex()
	flipped := flipCase(inbox)

	// All lower case: no checksum, accepted (as for --to).
	if err := lookupText(t, strings.Replace(text, inbox, strings.ToLower(inbox), 1)); err != nil {
		t.Errorf("lower-case address: %v", err)
	}
	cases := map[string]struct{ text, want string }{
		"mixed case, wrong checksum": {strings.Replace(text, inbox, flipped, 1), "contract Inbox address " + flipped + ": its checksum (the pattern of upper- and lower-case letters, EIP-55) does not match, so a character is probably wrong"},
		"duplicate key":              {strings.Replace(text, `"name": "my-chain"`, `"name": "my-chain", "name": "my-chain"`, 1), `the key "name" appears twice`},
		"duplicate contract":         {strings.Replace(text, `"contracts": {`, `"contracts": {"Inbox": {"address": "`+strings.ToLower(inbox)+`"},`, 1), `the key "Inbox" appears twice`},
		"trailing data":              {text + "\n{}", "more than one JSON value"},
	}
	for what, c := range cases {
		err := lookupText(t, c.text)
		if escape.CodeOf(err) != "bad-network-file" || !strings.Contains(err.Error(), c.want) || escape.HintOf(err) == "" {
			t.Errorf("%s: %v, want %q", what, err, c.want)
		}
	}
	// The typo is never shown with its checksum recomputed (that form
	// would pass): the user copies the address again from its source.
	err := lookupText(t, cases["mixed case, wrong checksum"].text)
	if text := err.Error() + escape.HintOf(err); strings.Contains(text, inbox) || strings.Contains(text, "expected") || !strings.Contains(text, "copy the address again from its source") {
		t.Errorf("wrong checksum: %q", text)
	}

	edits := map[string]struct {
		edit func(n *Network)
		want string
	}{
		"l2ChainId = l1ChainId": {func(n *Network) { n.L2ChainID = n.L1ChainID }, "l2ChainId equals l1ChainId (11155111)"},
		"zero delayBlocks": {func(n *Network) {
			n.Params[ParamDelayBlocks] = Param{Value: 0, Unit: "blocks"}
		}, "parameter delayBlocks is 0"},
	}
	for what, c := range edits {
		n := copyOf(t, "arbitrum-sepolia")
		n.Name = "my-chain"
		c.edit(&n)
		_, err := Lookup(writeUserFile(t, n))
		if escape.CodeOf(err) != "bad-network-file" || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want %q", what, err, c.want)
		}
	}
	op := copyOf(t, "op-sepolia")
	op.Name = "my-op"
	p := op.Params[ParamSequencingWindow]
	p.Value = 0
	op.Params[ParamSequencingWindow] = p
	if _, err := Lookup(writeUserFile(t, op)); escape.CodeOf(err) != "bad-network-file" || !strings.Contains(err.Error(), "parameter sequencingWindow is 0") {
		t.Errorf("zero sequencing window: %v", err)
	}
}

// flipCase flips the case of the last letter of an address, which breaks
// its checksum and leaves it mixed-case.
func flipCase(a string) string {
	b := []byte(a)
	for i := len(b) - 1; i > 1; i-- {
		switch {
		case b[i] >= 'a' && b[i] <= 'f':
			b[i] -= 'a' - 'A'
			return string(b)
		case b[i] >= 'A' && b[i] <= 'F':
			b[i] += 'a' - 'A'
			return string(b)
		}
	}
	return a
}

// FuzzParseNetwork: whatever a network file holds, Parse never panics, and
// what it accepts validates, has distinct chain ids, no duplicate keys, and
// reads back the same after writing it out again.
func FuzzParseNetwork(f *testing.F) {
	fsys := addresses.Files()
	files, _ := fs.Glob(fsys, "*.json")
	for _, file := range files {
		data, _ := fs.ReadFile(fsys, file)
		f.Add(data)
	}
	f.Add([]byte(`{"name":"x","name":"y"}`))
	f.Add([]byte(`{"contracts":{"Inbox":{"address":"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"}}}`))
	f.Add([]byte(`{}{}`))
	f.Add([]byte(`[{},{}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		n, err := Parse(data, "fuzz.json", false)
		if err != nil {
			if escape.CodeOf(err) != "bad-network-file" || escape.HintOf(err) == "" {
				t.Fatalf("error without code or hint: %v", err)
			}
			return
		}
		if n.Validate() != nil || n.L1ChainID == n.L2ChainID || duplicateKey(data) != nil {
			t.Fatalf("accepted a file that does not validate: %+v", n)
		}
		out, err := json.Marshal(n)
		if err != nil {
			t.Fatal(err)
		}
		back, err := Parse(out, "fuzz.json", false)
		if err != nil {
			t.Fatalf("an accepted file does not read back: %v\n%s", err, out)
		}
		if back.Name != n.Name || back.L2ChainID != n.L2ChainID || len(back.Contracts) != len(n.Contracts) {
			t.Fatalf("read back differs: %+v vs %+v", back, n)
		}
	})
}
