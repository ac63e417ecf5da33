package keys

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"

	"github.com/l2escape/escape/escape"
)

// lightKeystore is a valid keystore of testKey with password "hunter2",
// encrypted with go-ethereum's light scrypt parameters (fast to decrypt).
func lightKeystore(t testing.TB) []byte {
	pk, _ := crypto.HexToECDSA(testKey)
	ks, err := keystore.EncryptKey(&keystore.Key{Id: uuid.New(), Address: crypto.PubkeyToAddress(pk.PublicKey), PrivateKey: pk}, "hunter2", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	return ks
}

// mutate changes one field of a keystore JSON: path is dot-separated,
// value nil deletes it.
func mutate(t testing.TB, ks []byte, path string, value any) []byte {
	var m map[string]any
	if err := json.Unmarshal(ks, &m); err != nil {
		t.Fatal(err)
	}
	parts := strings.Split(path, ".")
	obj := m
	for _, p := range parts[:len(parts)-1] {
		obj = obj[p].(map[string]any)
	}
	if value == nil {
		delete(obj, parts[len(parts)-1])
	} else {
		obj[parts[len(parts)-1]] = value
	}
	out, _ := json.Marshal(m)
	return out
}

// TestCorruptKeystoresAreRefused: each of these made go-ethereum's
// DecryptKey panic (the process died with a Go stack trace) before the
// keystore was checked; each is now a bad-keystore error naming the fault.
func TestCorruptKeystoresAreRefused(t *testing.T) {
	ks := lightKeystore(t)
	cases := map[string]struct {
		data []byte
		want string
	}{
		"iv of 8 bytes":    {mutate(t, ks, "crypto.cipherparams.iv", "0011223344556677"), "cipherparams.iv is 8 bytes, not 16"},
		"missing salt":     {mutate(t, ks, "crypto.kdfparams.salt", nil), "kdfparams.salt is missing"},
		"salt a number":    {mutate(t, ks, "crypto.kdfparams.salt", 12), "kdfparams.salt is missing or not a string"},
		"n as a string":    {mutate(t, ks, "crypto.kdfparams.n", "4096"), "kdfparams.n is missing or not a number"},
		"dklen missing":    {mutate(t, ks, "crypto.kdfparams.dklen", nil), "kdfparams.dklen is missing"},
		"dklen 16":         {mutate(t, ks, "crypto.kdfparams.dklen", 16), "dklen is 16, not 32"},
		"r missing":        {mutate(t, ks, "crypto.kdfparams.r", nil), "kdfparams.r is missing"},
		"pbkdf2 no prf":    {mutate(t, mutate(t, ks, "crypto.kdf", "pbkdf2"), "crypto.kdfparams.c", 10), "prf is not"},
		"pbkdf2 no c":      {mutate(t, ks, "crypto.kdf", "pbkdf2"), "kdfparams.c is missing"},
		"huge n":           {mutate(t, ks, "crypto.kdfparams.n", 1<<30), "more work or memory"},
		"no crypto":        {mutate(t, ks, "crypto", nil), `no "crypto" object`},
		"not json":         {[]byte("{\"version\": 3,"), "not valid JSON"},
		"an array":         {[]byte("[1,2]"), "not a JSON object"},
		"version 1 string": {mutate(t, ks, "version", "1"), "version is not the number 3"},
	}
	dir := t.TempDir()
	pw := filepath.Join(dir, "pw")
	os.WriteFile(pw, []byte("hunter2\n"), 0o600)
	for name, c := range cases {
		f := filepath.Join(dir, "ks.json")
		os.WriteFile(f, c.data, 0o600)
		var err error
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%s: panic: %v", name, r)
				}
			}()
			_, err = Source{Keystore: f, PasswordFile: pw}.Load()
		}()
		if err == nil || escape.CodeOf(err) != "bad-keystore" || escape.HintOf(err) == "" || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want bad-keystore saying %q", name, err, c.want)
		}
	}
	// The untouched file still unlocks.
	os.WriteFile(filepath.Join(dir, "ks.json"), ks, 0o600)
	if s, err := (Source{Keystore: filepath.Join(dir, "ks.json"), PasswordFile: pw}).Load(); err != nil || s.Address.Hex() != testAddr {
		t.Fatalf("valid keystore: %v", err)
	}
}

func TestWarnsWhenKeyFilesAreReadableByOthers(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no unix modes")
	}
	dir := t.TempDir()
	keyFile := filepath.Join(dir, "key")
	os.WriteFile(keyFile, []byte(testKey), 0o600)
	ksFile := filepath.Join(dir, "ks.json")
	os.WriteFile(ksFile, lightKeystore(t), 0o600)
	pw := filepath.Join(dir, "pw")
	os.WriteFile(pw, []byte("hunter2"), 0o600)
	var warnings []string
	warn := func(m string) { warnings = append(warnings, m) }
	load := func(src Source) {
		t.Helper()
		src.Warn = warn
		if _, err := src.Load(); err != nil {
			t.Fatal(err)
		}
	}
	load(Source{KeyFile: keyFile})
	load(Source{Keystore: ksFile, PasswordFile: pw})
	if len(warnings) != 0 {
		t.Fatalf("0600 files warned: %q", warnings)
	}
	for _, f := range []string{keyFile, ksFile, pw} {
		os.Chmod(f, 0o644)
	}
	load(Source{KeyFile: keyFile})
	load(Source{Keystore: ksFile, PasswordFile: pw})
	if len(warnings) != 3 || !strings.Contains(warnings[0], "key file "+keyFile+" is readable by other users") ||
		!strings.Contains(warnings[0], "chmod 600") || !strings.Contains(warnings[1], "keystore") || !strings.Contains(warnings[2], "password file") {
		t.Fatalf("warnings: %q", warnings)
	}
	for _, w := range warnings {
		if strings.Contains(w, testKey[:16]) || strings.Contains(w, "hunter2") {
			t.Fatalf("warning leaks a secret: %s", w)
		}
	}
}

// FuzzKeystore: whatever a keystore file holds, checking and unlocking it
// never panics. Files that pass the check are decrypted by go-ethereum
// (when their key derivation is cheap enough for a fuzzer).
func FuzzKeystore(f *testing.F) {
	ks := lightKeystore(f)
	f.Add(ks)
	for _, field := range []string{"crypto.cipherparams.iv", "crypto.kdfparams.salt", "crypto.kdfparams.n", "crypto.kdfparams.dklen", "crypto.mac", "crypto.ciphertext", "id", "version"} {
		f.Add(mutate(f, ks, field, nil))
		f.Add(mutate(f, ks, field, "00"))
		f.Add(mutate(f, ks, field, 1))
	}
	f.Add(mutate(f, mutate(f, ks, "crypto.kdf", "pbkdf2"), "crypto.kdfparams.c", 2))
	f.Add([]byte(`{"version":3,"crypto":null}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if checkKeystore(data) != "" {
			return
		}
		var k keystoreJSON
		_ = json.Unmarshal(data, &k)
		if n, _ := intParam(k.Crypto.KDFParams, "n"); n > 1<<12 {
			return
		}
		if c, _ := intParam(k.Crypto.KDFParams, "c"); c > 1<<12 {
			return
		}
		if r, _ := intParam(k.Crypto.KDFParams, "r"); r > 8 {
			return
		}
		if p, _ := intParam(k.Crypto.KDFParams, "p"); p > 2 {
			return
		}
		_, _ = keystore.DecryptKey(data, "hunter2")
	})
}
