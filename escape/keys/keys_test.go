package keys

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"

	"github.com/l2escape/escape/escape"
)

// anvil's account 0; public test key.
const testKey = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
const testAddr = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"

func TestSources(t *testing.T) {
	dir := t.TempDir()
	keyFile := filepath.Join(dir, "key")
	os.WriteFile(keyFile, []byte("0x"+testKey+"\n"), 0o600)

	pk, _ := crypto.HexToECDSA(testKey)
	ks, err := keystore.EncryptKey(&keystore.Key{Id: uuid.New(), Address: crypto.PubkeyToAddress(pk.PublicKey), PrivateKey: pk}, "hunter2", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	ksFile := filepath.Join(dir, "ks.json")
	os.WriteFile(ksFile, ks, 0o600)
	pwFile := filepath.Join(dir, "pw")
	os.WriteFile(pwFile, []byte("hunter2\n"), 0o600)

	for name, src := range map[string]Source{
		"env":      {Env: testKey},
		"key file": {KeyFile: keyFile},
		"keystore": {Keystore: ksFile, PasswordFile: pwFile},
		"prompt":   {Keystore: ksFile, Prompt: func(string) (string, error) { return "hunter2", nil }},
	} {
		s, err := src.Load()
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if s.Address.Hex() != testAddr {
			t.Errorf("%s: address %s", name, s.Address.Hex())
		}
		for _, f := range []string{"%v", "%+v", "%#v", "%s", "%x"} {
			if out := fmt.Sprintf(f, s); strings.Contains(strings.ToLower(out), testKey[:16]) {
				t.Errorf("%s: %s prints the key", name, f)
			}
		}
	}
}

func TestErrorsNeverShowSecrets(t *testing.T) {
	dir := t.TempDir()
	badKeyFile := filepath.Join(dir, "bad")
	secretish := "this-is-secret-material-0123456789"
	os.WriteFile(badKeyFile, []byte(secretish), 0o600)
	pwFile := filepath.Join(dir, "pw")
	os.WriteFile(pwFile, []byte("wrong-password-secret"), 0o600)
	pk, _ := crypto.HexToECDSA(testKey)
	ks, _ := keystore.EncryptKey(&keystore.Key{Id: uuid.New(), Address: crypto.PubkeyToAddress(pk.PublicKey), PrivateKey: pk}, "hunter2", keystore.LightScryptN, keystore.LightScryptP)
	ksFile := filepath.Join(dir, "ks.json")
	os.WriteFile(ksFile, ks, 0o600)

	cases := []struct {
		src    Source
		code   string
		secret string
	}{
		{Source{}, "no-key", ""},
		{Source{Env: "0x1234" + secretish}, "bad-key", secretish},
		{Source{KeyFile: badKeyFile}, "bad-key-file", secretish},
		{Source{KeyFile: filepath.Join(dir, "missing")}, "bad-key-file", ""},
		{Source{KeyFile: testKey}, "raw-key-flag", testKey},
		{Source{Keystore: ksFile, PasswordFile: pwFile}, "bad-keystore", "wrong-password-secret"},
		{Source{Keystore: ksFile}, "no-password", ""},
		{Source{Env: testKey, KeyFile: badKeyFile}, "key-conflict", testKey},
	}
	for i, c := range cases {
		_, err := c.src.Load()
		if err == nil {
			t.Errorf("case %d: no error", i)
			continue
		}
		if got := escape.CodeOf(err); got != c.code {
			t.Errorf("case %d: code %s, want %s (%v)", i, got, c.code, err)
		}
		if escape.HintOf(err) == "" {
			t.Errorf("case %d: no hint", i)
		}
		msg := err.Error() + escape.HintOf(err)
		if c.secret != "" && strings.Contains(msg, c.secret) {
			t.Errorf("case %d: error reveals the secret: %s", i, msg)
		}
	}
	if !LooksLikeRawKey("0x"+testKey) || !LooksLikeRawKey(testKey) || LooksLikeRawKey("./key.txt") {
		t.Error("LooksLikeRawKey")
	}
}
