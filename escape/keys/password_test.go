package keys

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"

	"github.com/l2escape/escape/escape"
)

func writeKeystore(t *testing.T, dir, password string) string {
	t.Helper()
	pk, _ := crypto.HexToECDSA(testKey)
	ks, err := keystore.EncryptKey(&keystore.Key{Id: uuid.New(), Address: crypto.PubkeyToAddress(pk.PublicKey), PrivateKey: pk}, password, keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "ks.json")
	if err := os.WriteFile(path, ks, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// The password may come through the standard input: with --password-file -
// or piped when the standard input is not a terminal. Its first line is the
// password; an empty input is refused with a hint.
func TestPipedPassword(t *testing.T) {
	ks := writeKeystore(t, t.TempDir(), "hunter2")
	for name, src := range map[string]Source{
		"--password-file -":       {Keystore: ks, PasswordFile: "-", Stdin: strings.NewReader("hunter2\n")},
		"piped":                   {Keystore: ks, Stdin: strings.NewReader("hunter2\r\nrest")},
		"piped, no newline":       {Keystore: ks, Stdin: strings.NewReader("hunter2")},
		"- on a terminal prompts": {Keystore: ks, PasswordFile: "-", Prompt: func(string) (string, error) { return "hunter2", nil }},
	} {
		s, err := src.Load()
		if err != nil || s.Address.Hex() != testAddr {
			t.Errorf("%s: %v", name, err)
		}
	}
	for name, src := range map[string]Source{
		"empty pipe":       {Keystore: ks, Stdin: strings.NewReader("")},
		"empty - ":         {Keystore: ks, PasswordFile: "-", Stdin: strings.NewReader("")},
		"no terminal, nil": {Keystore: ks},
	} {
		_, err := src.Load()
		if escape.CodeOf(err) != "no-password" || !strings.Contains(escape.HintOf(err), "pipe") {
			t.Errorf("%s: %v (hint %q)", name, err, escape.HintOf(err))
		}
	}
	_, err := Source{Keystore: ks, Stdin: strings.NewReader("wrong-secret\n")}.Load()
	if escape.CodeOf(err) != "bad-keystore" || strings.Contains(err.Error(), "wrong-secret") {
		t.Errorf("wrong piped password: %v", err)
	}
}

// On a terminal a wrong password may be typed again, PasswordTries times in
// all; each miss is said, without the password.
func TestPasswordRetries(t *testing.T) {
	ks := writeKeystore(t, t.TempDir(), "hunter2")
	for _, c := range []struct {
		typed   []string
		ok      bool
		prompts int
	}{
		{[]string{"wrong1", "hunter2"}, true, 2},
		{[]string{"wrong1", "wrong2", "hunter2"}, true, 3},
		{[]string{"wrong1", "wrong2", "wrong3", "hunter2"}, false, 3},
	} {
		prompts := 0
		var warnings []string
		src := Source{Keystore: ks,
			Prompt: func(string) (string, error) { prompts++; return c.typed[prompts-1], nil },
			Warn:   func(m string) { warnings = append(warnings, m) }}
		s, err := src.Load()
		if (err == nil) != c.ok || prompts != c.prompts || len(warnings) != prompts-1 {
			t.Errorf("%v: err %v, %d prompts, warnings %q", c.typed, err, prompts, warnings)
		}
		if c.ok && s.Address.Hex() != testAddr {
			t.Errorf("%v: address %s", c.typed, s.Address.Hex())
		}
		if !c.ok && escape.CodeOf(err) != "bad-keystore" {
			t.Errorf("%v: %v", c.typed, err)
		}
		for _, w := range warnings {
			if !strings.Contains(w, "Wrong password") || strings.Contains(w, "wrong1") {
				t.Errorf("warning %q", w)
			}
		}
	}
}

// A hex key file given as --keystore, and a keystore given as --key-file,
// are named as such with the right flag, and the key is never shown.
func TestKeyFileKeystoreMixUp(t *testing.T) {
	dir := t.TempDir()
	hexFile := filepath.Join(dir, "key.txt")
	os.WriteFile(hexFile, []byte("0x"+testKey+"\n"), 0o600)
	ks := writeKeystore(t, dir, "hunter2")

	_, err := Source{Keystore: hexFile, PasswordFile: "-", Stdin: strings.NewReader("x\n")}.Load()
	text := err.Error() + " " + escape.HintOf(err)
	if !strings.Contains(text, "holds a hex private key, not a keystore JSON") || !strings.Contains(text, "--key-file "+hexFile) || strings.Contains(text, testKey[:12]) {
		t.Errorf("hex key as --keystore: %s", text)
	}
	_, err = Source{KeyFile: ks}.Load()
	text = err.Error() + " " + escape.HintOf(err)
	if !strings.Contains(text, "is a keystore JSON, not a hex private key") || !strings.Contains(text, "--keystore "+ks) {
		t.Errorf("keystore as --key-file: %s", text)
	}
}
