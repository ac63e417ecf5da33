package keys

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
)

// go-ethereum's keystore.DecryptKey trusts the file's shape: a salt that is
// not a string, an `n` given as a string, a dklen below 32 or an IV that is
// not 16 bytes make it panic. checkKeystore reads the file as DecryptKey
// will (version 3, go-ethereum's field names, matched case-insensitively by
// encoding/json) and refuses anything it cannot decrypt safely, saying what
// is wrong. It also bounds the key derivation's work so that a hostile file
// cannot make escape allocate gigabytes.

// Work bounds: go-ethereum writes scrypt n=2^18, r=8, p=1 (StandardScryptN)
// and ethers/web3 pbkdf2 c=262144; these allow four times more.
const (
	maxScryptMemory = 1 << 30 // 128*r*n bytes
	maxScryptP      = 16
	maxPBKDF2Rounds = 1 << 22
)

type keystoreJSON struct {
	Version json.RawMessage `json:"version"`
	ID      json.RawMessage `json:"id"`
	Crypto  *struct {
		Cipher       json.RawMessage               `json:"cipher"`
		CipherText   json.RawMessage               `json:"ciphertext"`
		CipherParams *struct{ IV json.RawMessage } `json:"cipherparams"`
		KDF          json.RawMessage               `json:"kdf"`
		KDFParams    map[string]json.RawMessage    `json:"kdfparams"`
		MAC          json.RawMessage               `json:"mac"`
	} `json:"crypto"`
}

// checkKeystore returns a description of what is wrong with a keystore
// file, or "" when DecryptKey can be given it.
func checkKeystore(data []byte) string {
	if !bytes.HasPrefix(bytes.TrimSpace(data), []byte("{")) {
		return "it is not a JSON object"
	}
	var k keystoreJSON
	if err := json.Unmarshal(data, &k); err != nil {
		return "it is not valid JSON (" + jsonProblem(err) + ")"
	}
	var version float64
	if json.Unmarshal(k.Version, &version) != nil || version != 3 {
		return "its version is not the number 3 (escape reads version 3 keystores, which every current wallet writes)"
	}
	var id string
	if json.Unmarshal(k.ID, &id) != nil || id == "" {
		return `its "id" is missing or not a string`
	}
	c := k.Crypto
	if c == nil {
		return `it has no "crypto" object`
	}
	if s, ok := jsonString(c.Cipher); !ok || s != "aes-128-ctr" {
		return `its cipher is not "aes-128-ctr"`
	}
	if c.CipherParams == nil {
		return `it has no "cipherparams"`
	}
	if msg := hexField("cipherparams.iv", c.CipherParams.IV, 16); msg != "" {
		return msg
	}
	if msg := hexField("ciphertext", c.CipherText, 32); msg != "" {
		return msg
	}
	if msg := hexField("mac", c.MAC, 32); msg != "" {
		return msg
	}
	p := c.KDFParams
	if p == nil {
		return `it has no "kdfparams"`
	}
	if msg := hexField("kdfparams.salt", p["salt"], -1); msg != "" {
		return msg
	}
	if dk, msg := intParam(p, "dklen"); msg != "" {
		return msg
	} else if dk != 32 {
		return fmt.Sprintf("its kdfparams.dklen is %d, not 32", dk)
	}
	kdf, _ := jsonString(c.KDF)
	switch kdf {
	case "scrypt":
		n, msg := intParam(p, "n")
		if msg != "" {
			return msg
		}
		r, msg := intParam(p, "r")
		if msg != "" {
			return msg
		}
		pp, msg := intParam(p, "p")
		if msg != "" {
			return msg
		}
		if n < 2 || n&(n-1) != 0 {
			return fmt.Sprintf("its scrypt n is %d, not a power of two above 1", n)
		}
		if r < 1 || pp < 1 || pp > maxScryptP || n > maxScryptMemory/128/r {
			return fmt.Sprintf("its scrypt parameters (n=%d, r=%d, p=%d) ask for more work or memory than any wallet uses", n, r, pp)
		}
	case "pbkdf2":
		rounds, msg := intParam(p, "c")
		if msg != "" {
			return msg
		}
		if rounds < 1 || rounds > maxPBKDF2Rounds {
			return fmt.Sprintf("its pbkdf2 round count c=%d is out of range", rounds)
		}
		if prf, ok := jsonString(p["prf"]); !ok || prf != "hmac-sha256" {
			return `its pbkdf2 prf is not "hmac-sha256"`
		}
	default:
		return `its kdf is not "scrypt" or "pbkdf2"`
	}
	return ""
}

// isNull: absent, or JSON null (which Unmarshal skips without an error).
func isNull(raw json.RawMessage) bool {
	return raw == nil || string(bytes.TrimSpace(raw)) == "null"
}

func jsonString(raw json.RawMessage) (string, bool) {
	var s string
	if isNull(raw) || json.Unmarshal(raw, &s) != nil {
		return "", false
	}
	return s, true
}

// hexField checks a hex string field; size -1 means any non-empty length.
func hexField(name string, raw json.RawMessage, size int) string {
	s, ok := jsonString(raw)
	if !ok {
		return fmt.Sprintf("its %s is missing or not a string", name)
	}
	b, err := hex.DecodeString(s)
	switch {
	case err != nil:
		return fmt.Sprintf("its %s is not hex", name)
	case size < 0 && len(b) == 0:
		return fmt.Sprintf("its %s is empty", name)
	case size >= 0 && len(b) != size:
		return fmt.Sprintf("its %s is %d bytes, not %d", name, len(b), size)
	}
	return ""
}

// intParam reads a kdfparams number as go-ethereum does (a JSON number,
// converted to int) and refuses strings, fractions and huge values.
func intParam(p map[string]json.RawMessage, name string) (int, string) {
	var f float64
	if raw := p[name]; isNull(raw) || json.Unmarshal(raw, &f) != nil {
		return 0, fmt.Sprintf("its kdfparams.%s is missing or not a number", name)
	}
	if f != math.Trunc(f) || f < 0 || f > 1<<40 {
		return 0, fmt.Sprintf("its kdfparams.%s is not a whole number in range", name)
	}
	return int(f), ""
}

// jsonProblem describes a JSON syntax error without quoting the file.
func jsonProblem(err error) string {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return fmt.Sprintf("syntax error at byte %d", se.Offset)
	case errors.As(err, &te):
		return fmt.Sprintf("field %s has the wrong type", strings.TrimSpace(te.Field))
	}
	return "unreadable"
}
