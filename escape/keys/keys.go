// Package keys loads the user's signing key from one of three sources: the
// ESCAPE_PRIVATE_KEY environment variable, a file holding the hex key, or a
// go-ethereum keystore JSON file with its password.
//
// Nothing in this package ever formats a key, a key file's contents or a
// password into an error or a log line: errors name the source, not the
// secret. Signer prints as its address only.
package keys

import (
	"bufio"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"regexp"
	"runtime"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/l2escape/escape/escape"
)

// EnvVar is the environment variable that may hold a hex private key.
const EnvVar = "ESCAPE_PRIVATE_KEY"

// Source describes where the key comes from. At most one may be set.
type Source struct {
	Env          string // value of ESCAPE_PRIVATE_KEY
	KeyFile      string // path to a file holding the hex key
	Keystore     string // path to a keystore JSON file
	PasswordFile string // keystore password file; else Prompt is asked
	// Prompt asks for the keystore password (masked). Nil when there is no
	// terminal, in which case --password-file is required.
	Prompt func(label string) (string, error)
	// Stdin is the standard input when it is not a terminal (nil when it
	// is): a password piped to escape is read from it, as is
	// --password-file - .
	Stdin io.Reader
	// Warn prints a warning line (escape's progress output); nil drops them.
	Warn func(msg string)
}

// warnIfShared warns when a file holding a key or its password can be read
// by other users of the machine. Unix only: Windows file modes do not say.
func (s Source) warnIfShared(what, path string) {
	if s.Warn == nil || runtime.GOOS == "windows" {
		return
	}
	fi, err := os.Stat(path)
	if err != nil || fi.Mode().Perm()&0o044 == 0 {
		return
	}
	s.Warn(fmt.Sprintf("warning: your %s %s is readable by other users of this machine (mode %04o); make it yours alone with: chmod 600 %s", what, path, fi.Mode().Perm(), path))
}

var hexKey = regexp.MustCompile(`^(0x)?[0-9a-fA-F]{64}$`)

// LooksLikeRawKey reports whether a flag value is a private key pasted where
// a path belongs. The CLI refuses such values: they end up in shell history.
func LooksLikeRawKey(s string) bool { return hexKey.MatchString(strings.TrimSpace(s)) }

// Configured reports whether any key source is set.
func (s Source) Configured() bool { return s.Env != "" || s.KeyFile != "" || s.Keystore != "" }

const sourceHint = "give your key with ESCAPE_PRIVATE_KEY=<hex> in the environment, --key-file FILE (a file holding the hex key), or --keystore FILE (a keystore JSON, with --password-file, a piped password or a password prompt)"

// Load reads and checks the key. Commands that sign call it before any RPC
// call (a bad key is reported as such, never hidden behind an unreachable
// endpoint); read-only commands never call it, so never touch secrets.
func (s Source) Load() (*Signer, error) {
	n := 0
	for _, set := range []bool{s.Env != "", s.KeyFile != "", s.Keystore != ""} {
		if set {
			n++
		}
	}
	switch {
	case n == 0:
		return nil, escape.Errorf("no-key", sourceHint, "no signing key given")
	case n > 1:
		return nil, escape.Errorf("key-conflict", "use exactly one of ESCAPE_PRIVATE_KEY, --key-file and --keystore",
			"more than one key source given")
	}
	switch {
	case s.Env != "":
		k, err := parseHexKey(s.Env)
		if err != nil {
			return nil, escape.Errorf("bad-key", "ESCAPE_PRIVATE_KEY must hold 64 hexadecimal digits (optionally 0x-prefixed)",
				"the key in %s is not a valid private key", EnvVar)
		}
		return newSigner(k), nil
	case s.KeyFile != "":
		data, err := os.ReadFile(s.KeyFile)
		if err != nil {
			if LooksLikeRawKey(s.KeyFile) {
				return nil, rawKeyError("--key-file")
			}
			return nil, escape.Errorf("bad-key-file", "check the path given to --key-file", "cannot read key file %s: %s", s.KeyFile, describeFileErr(err))
		}
		s.warnIfShared("key file", s.KeyFile)
		k, err := parseHexKey(string(data))
		if err != nil && checkKeystore(data) == "" {
			return nil, escape.Errorf("bad-key-file", "give this file with --keystore "+s.KeyFile+" instead (with --password-file FILE, a pipe, or the password prompt); --key-file takes a file holding only the hex key",
				"key file %s is a keystore JSON, not a hex private key", s.KeyFile)
		}
		if err != nil {
			return nil, escape.Errorf("bad-key-file", "the key file must hold only the hex private key (64 hex digits, optionally 0x-prefixed); for a keystore JSON use --keystore",
				"key file %s does not hold a valid private key", s.KeyFile)
		}
		return newSigner(k), nil
	default:
		return s.loadKeystore()
	}
}

// PasswordTries is how many times a password typed on the terminal may be
// wrong before escape gives up.
const PasswordTries = 3

// loadKeystore reads, checks and decrypts the keystore. The password comes
// from --password-file (- is the standard input), else from a pipe on the
// standard input, else from a masked prompt on the terminal, where a wrong
// one may be typed again.
func (s Source) loadKeystore() (*Signer, error) {
	data, err := os.ReadFile(s.Keystore)
	if err != nil {
		return nil, escape.Errorf("bad-keystore", "check the path given to --keystore", "cannot read keystore %s: %s", s.Keystore, describeFileErr(err))
	}
	// Before the password is asked: a damaged file is refused whatever
	// the password, instead of crashing inside the decryption.
	if problem := checkKeystore(data); problem != "" {
		if LooksLikeRawKey(string(data)) {
			return nil, escape.Errorf("bad-keystore",
				"give this file with --key-file "+s.Keystore+" instead (a file holding the hex key); --keystore takes a keystore JSON with its password",
				"keystore %s holds a hex private key, not a keystore JSON (the key is not shown)", s.Keystore)
		}
		return nil, escape.Errorf("bad-keystore",
			"give the keystore JSON file your wallet exported (go-ethereum's version 3 format); if it was edited or truncated, export it again",
			"keystore %s is damaged or not a keystore: %s", s.Keystore, problem)
	}
	s.warnIfShared("keystore", s.Keystore)
	var pw string
	switch {
	case s.PasswordFile == "-":
		if pw, err = s.readPipedPassword("--password-file -"); err != nil {
			return nil, err
		}
	case s.PasswordFile != "":
		b, err := os.ReadFile(s.PasswordFile)
		if err != nil {
			return nil, escape.Errorf("bad-password-file", "check the path given to --password-file", "cannot read password file %s: %s", s.PasswordFile, describeFileErr(err))
		}
		s.warnIfShared("password file", s.PasswordFile)
		pw = strings.TrimRight(string(b), "\r\n")
	case s.Stdin != nil:
		if pw, err = s.readPipedPassword("the standard input"); err != nil {
			return nil, err
		}
	case s.Prompt != nil:
		return s.promptAndDecrypt(data)
	default:
		return nil, escape.Errorf("no-password", "there is no terminal to ask for the password: give --password-file FILE, or pipe it to escape's standard input",
			"the keystore needs a password")
	}
	key, err := keystore.DecryptKey(data, pw)
	if err != nil {
		return nil, unlockError(s.Keystore, err)
	}
	return newSigner(key.PrivateKey), nil
}

// promptAndDecrypt asks for the password on the terminal, up to
// PasswordTries times while it is wrong.
func (s Source) promptAndDecrypt(data []byte) (*Signer, error) {
	for try := 1; ; try++ {
		pw, err := s.Prompt("Keystore password")
		if err != nil {
			return nil, escape.Wrap(err, "no-password", "run in a terminal to be asked, or give --password-file", "no keystore password")
		}
		key, err := keystore.DecryptKey(data, pw)
		if err == nil {
			return newSigner(key.PrivateKey), nil
		}
		if !errors.Is(err, keystore.ErrDecrypt) || try == PasswordTries {
			return nil, unlockError(s.Keystore, err)
		}
		if s.Warn != nil {
			s.Warn(fmt.Sprintf("Wrong password for keystore %s; try again (%d of %d tries left).", s.Keystore, PasswordTries-try, PasswordTries))
		}
	}
}

func unlockError(path string, err error) error {
	// The keystore's own error says "could not decrypt key with given
	// password" and never echoes the password.
	return escape.Errorf("bad-keystore", "check the password (and that the file is a go-ethereum keystore JSON)",
		"cannot unlock keystore %s: %v", path, err)
}

// maxPassword bounds what is read from a pipe for a password.
const maxPassword = 4096

// readPipedPassword reads the password from the standard input: its first
// line, without the line ending.
func (s Source) readPipedPassword(what string) (string, error) {
	in := s.Stdin
	if in == nil {
		if s.Prompt != nil { // a terminal: ask, masked, rather than echo
			pw, err := s.Prompt("Keystore password")
			if err != nil {
				return "", escape.Wrap(err, "no-password", "type the password when asked, or give --password-file FILE", "no keystore password")
			}
			return pw, nil
		}
		in = os.Stdin
	}
	line, err := bufio.NewReader(io.LimitReader(in, maxPassword)).ReadString('\n')
	if err != nil && err != io.EOF {
		return "", escape.Errorf("no-password", "pipe the password to escape, e.g. `escape ... < password.txt`, or give --password-file FILE", "cannot read the keystore password from %s", what)
	}
	if line == "" {
		return "", escape.Errorf("no-password", "pipe the password to escape, e.g. `escape ... < password.txt`, give --password-file FILE, or run in a terminal to be asked",
			"the keystore needs a password and %s is empty", what)
	}
	return strings.TrimRight(line, "\r\n"), nil
}

func rawKeyError(flag string) error {
	return escape.Errorf("raw-key-flag",
		"do not put a private key on the command line: it stays in your shell history and is visible to other processes; put it in a file and pass --key-file FILE, or set ESCAPE_PRIVATE_KEY",
		"%s was given what looks like a private key, not a file", flag)
}

// RefuseRawKey is the error for the --private-key flag, which exists only
// to say this.
func RefuseRawKey(flag string) error { return rawKeyError(flag) }

func describeFileErr(err error) string {
	switch {
	case os.IsNotExist(err):
		return "no such file"
	case os.IsPermission(err):
		return "permission denied"
	}
	return "unreadable"
}

func parseHexKey(s string) (*ecdsa.PrivateKey, error) {
	s = strings.TrimSpace(s)
	if !hexKey.MatchString(s) {
		return nil, fmt.Errorf("not a hex key")
	}
	k, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X"))
	if err != nil {
		return nil, fmt.Errorf("not a valid key")
	}
	return k, nil
}

// Signer holds a loaded key. It formats as its address only.
type Signer struct {
	key     *ecdsa.PrivateKey
	Address common.Address
}

func newSigner(k *ecdsa.PrivateKey) *Signer {
	return &Signer{key: k, Address: crypto.PubkeyToAddress(k.PublicKey)}
}

// FromKey wraps an in-memory key (tests and the devnet).
func FromKey(k *ecdsa.PrivateKey) *Signer { return newSigner(k) }

// SignTx signs tx for chainID with the latest signer rules.
func (s *Signer) SignTx(tx *types.Transaction, chainID *big.Int) (*types.Transaction, error) {
	return types.SignTx(tx, types.LatestSignerForChainID(chainID), s.key)
}

func (s *Signer) String() string   { return "signer " + s.Address.Hex() }
func (s *Signer) GoString() string { return s.String() }

// Format makes every fmt verb (including %#v and %+v) print the address only.
func (s *Signer) Format(f fmt.State, verb rune) { _, _ = fmt.Fprint(f, s.String()) }

// RefuseKeyShaped is the error for a value shaped like a private key (64 hex
// digits, with or without 0x) given where no 32-byte value belongs. The
// value is never repeated: if it is a key, printing it would put it in
// terminals, logs and CI output. expected says what the flag takes.
func RefuseKeyShaped(where, expected string) error {
	return escape.Errorf("key-shaped-input",
		where+" takes "+expected+". If you pasted your private key by mistake, it went nowhere (escape refused it before any network call), but it is in your shell history: remove it there. Give keys with --key-file FILE, --keystore FILE or ESCAPE_PRIVATE_KEY",
		"%s was given 64 hexadecimal digits, the shape of a private key (not repeated here)", where)
}
