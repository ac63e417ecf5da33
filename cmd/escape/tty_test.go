package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"

	"github.com/l2escape/escape/internal/devnet"
)

// These tests drive the real binary on a real terminal (tmux), as a person
// would: the masked keystore password prompt, the confirmation before
// signing, and `escape watch` redrawing in place and stopping on Ctrl-C.
// The same watch is then checked piped and as JSON.

func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "escape")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	return bin
}

type tmuxSession struct {
	t    *testing.T
	name string
}

func startTmux(t *testing.T, name, command string) *tmuxSession {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed (.ci/run installs it)")
	}
	// The process id keeps sessions of test runs going on at once (two
	// checkouts on one machine) apart.
	name = fmt.Sprintf("%s-%d", name, os.Getpid())
	s := &tmuxSession{t: t, name: name}
	if out, err := exec.Command("tmux", "new-session", "-d", "-s", name, "-x", "220", "-y", "60", command+"; sleep 60").CombinedOutput(); err != nil {
		t.Fatalf("tmux: %v %s", err, out)
	}
	t.Cleanup(func() { _ = exec.Command("tmux", "kill-session", "-t", name).Run() })
	return s
}

func (s *tmuxSession) screen() string {
	out, _ := exec.Command("tmux", "capture-pane", "-p", "-J", "-t", s.name, "-S", "-200").Output()
	return string(out)
}

// coloured reports whether the terminal shows colour or text styles:
// capture-pane -e keeps them as SGR escape codes.
func (s *tmuxSession) coloured() bool {
	out, _ := exec.Command("tmux", "capture-pane", "-p", "-e", "-J", "-t", s.name, "-S", "-200").Output()
	return regexp.MustCompile("\x1b\\[[0-9;]*[1-9][0-9;]*m").Match(out)
}

func (s *tmuxSession) waitFor(text string, timeout time.Duration) string {
	s.t.Helper()
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		if sc := s.screen(); strings.Contains(sc, text) {
			return sc
		}
		time.Sleep(100 * time.Millisecond)
	}
	s.t.Fatalf("%q did not appear on the terminal; screen:\n%s", text, s.screen())
	return ""
}

func (s *tmuxSession) keys(keys ...string) {
	s.t.Helper()
	if out, err := exec.Command("tmux", append([]string{"send-keys", "-t", s.name}, keys...)...).CombinedOutput(); err != nil {
		s.t.Fatalf("send-keys: %v %s", err, out)
	}
}

func TestTerminalPromptsAndWatch(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and starts a devnet")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed (.ci/run installs it)")
	}
	bin := buildBinary(t)
	ctx := context.Background()
	l1, err := devnet.StartAnvil(ctx, devnet.AnvilOptions{ChainID: 31337})
	if err != nil {
		t.Fatal(err)
	}
	defer l1.Close()
	d, err := devnet.DeployArbitrum(ctx, l1, devnet.ArbOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if err := d.StartArbL2(ctx); err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	dir := t.TempDir()
	netFile := filepath.Join(dir, "arb.json")
	if err := d.WriteNetworkFile(netFile, "arb-devnet"); err != nil {
		t.Fatal(err)
	}
	// A keystore with the test user's key, so the password prompt appears.
	const password = "correct-horse-battery"
	pk := devnet.DevKey(1)
	ks, err := keystore.EncryptKey(&keystore.Key{Id: uuid.New(), Address: crypto.PubkeyToAddress(pk.PublicKey), PrivateKey: pk}, password, keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	ksFile := filepath.Join(dir, "ks.json")
	os.WriteFile(ksFile, ks, 0o600)
	home := filepath.Join(dir, "home")
	env := "ESCAPE_HOME=" + home + " ESCAPE_POLL_INTERVAL=50ms "

	// 0. Declining the confirmation, and Ctrl-C at it, leave no escape
	// behind: the record is exactly as it was (empty).
	for i, answer := range [][]string{{"n", "Enter"}, {"C-c"}} {
		d := startTmux(t, fmt.Sprintf("escape-decline-%d", i), env+bin+" withdraw --network "+netFile+" --amount 0.1 --to 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed --keystore "+ksFile)
		d.waitFor("Keystore password", 30*time.Second)
		d.keys(password, "Enter")
		d.waitFor("Sign and send this transaction", 30*time.Second)
		d.keys(answer...)
		sc := d.waitFor("error: ", 10*time.Second)
		if strings.Contains(sc, "Signed and saved") {
			t.Fatalf("answer %v signed:\n%s", answer, sc)
		}
		// No file at all: neither an escape nor the L2 account's signing
		// lock (held while the L2 nonce was read, removed on release).
		var files []string
		_ = filepath.WalkDir(home, func(path string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				files = append(files, path)
			}
			return nil
		})
		if len(files) != 0 {
			t.Fatalf("answer %v left files under ESCAPE_HOME: %v\n%s", answer, files, sc)
		}
	}

	// 1. withdraw: password (masked), then the summary and the confirmation.
	w := startTmux(t, "escape-withdraw", env+bin+" withdraw --network "+netFile+" --amount 0.1 --to 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed --keystore "+ksFile)
	w.waitFor("Keystore password", 30*time.Second)
	if !w.coloured() {
		t.Fatalf("promptui's prompt shows no colour with colour on; the NO_COLOR checks below could not fail:\n%s", w.screen())
	}
	w.keys(password, "Enter")
	sc := w.waitFor("Sign and send this transaction", 30*time.Second)
	if strings.Contains(sc, password) {
		t.Fatalf("the password is visible on the terminal:\n%s", sc)
	}
	if !strings.Contains(sc, "L1 recipient") || !strings.Contains(sc, "What happens next") {
		t.Fatalf("no summary before the confirmation:\n%s", sc)
	}
	w.keys("y", "Enter")
	w.waitFor("Mined in L1 block", 30*time.Second)

	// 2. watch on a terminal: the force inclusion becomes due; decline it,
	// then Ctrl-C. The record must be intact afterwards.
	if err := d.MineL1(ctx, 30); err != nil {
		t.Fatal(err)
	}
	wa := startTmux(t, "escape-watch", env+bin+" watch last --refresh 1s --l2-rpc "+d.L2.URL)
	wa.waitFor("The next step (force-include) is due. Do it now", 30*time.Second)
	wa.keys("n", "Enter")
	wa.waitFor("Not now", 10*time.Second)
	sc = wa.waitFor("refreshing every", 10*time.Second)
	if !strings.Contains(sc, "force-includable") {
		t.Fatalf("watch screen lacks the stage:\n%s", sc)
	}
	wa.keys("C-c")
	wa.waitFor("Stopped watching. The record is intact", 10*time.Second)
	files, _ := filepath.Glob(filepath.Join(home, "escapes", "*.json"))
	if len(files) != 1 {
		t.Fatalf("record files after Ctrl-C: %v", files)
	}

	// 3. the same watch piped: plain lines, no cursor movement, printed once
	// per change, and the due step named rather than asked.
	runPiped := func(args ...string) string {
		cctx, cancel := context.WithTimeout(ctx, 4*time.Second)
		defer cancel()
		cmd := exec.CommandContext(cctx, bin, args...)
		cmd.Env = append(os.Environ(), "ESCAPE_HOME="+home)
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		cmd.Cancel = func() error { return cmd.Process.Signal(os.Interrupt) }
		_ = cmd.Run()
		return out.String()
	}
	out := runPiped("watch", "last", "--refresh", "1s", "--l2-rpc", d.L2.URL)
	if strings.Contains(out, "\033[") {
		t.Fatalf("piped watch wrote terminal escape codes:\n%q", out)
	}
	if strings.Count(out, "What happened:") != 1 {
		t.Fatalf("piped watch should print the unchanged status once:\n%s", out)
	}
	if !strings.Contains(out, "The next step (force-include) is due: run `escape next") {
		t.Fatalf("piped watch does not name the due step:\n%s", out)
	}
	out = runPiped("watch", "last", "--json", "--refresh", "1s", "--l2-rpc", d.L2.URL)
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if !strings.HasPrefix(line, "{") {
			t.Fatalf("--json watch printed a non-JSON line: %q\n%s", line, out)
		}
	}
	if !strings.Contains(out, `"event":"status"`) || !strings.Contains(out, `"stage":"force-includable"`) {
		t.Fatalf("--json watch lacks the status event:\n%s", out)
	}

	// 4. NO_COLOR and --no-color: the same prompts without colour. Declined
	// at the confirmation, so nothing is sent.
	for i, cmd := range []string{
		"NO_COLOR=1 " + env + bin + " withdraw --network " + netFile + " --amount 0.1 --keystore " + ksFile,
		env + bin + " --no-color withdraw --network " + netFile + " --amount 0.1 --keystore " + ksFile,
	} {
		p := startTmux(t, fmt.Sprintf("escape-nocolor-%d", i), cmd)
		p.waitFor("Keystore password", 30*time.Second)
		if p.coloured() {
			t.Fatalf("%s: the password prompt is coloured", cmd)
		}
		p.keys(password, "Enter")
		p.waitFor("Sign and send this transaction", 30*time.Second)
		if p.coloured() {
			t.Fatalf("%s: the confirmation is coloured", cmd)
		}
		p.keys("n", "Enter")
		p.waitFor("you did not confirm", 10*time.Second)
		if p.coloured() {
			t.Fatalf("%s: the answered prompt is coloured", cmd)
		}
	}
}

// TestTerminalPasswordRetries: on a terminal a wrong keystore password may
// be typed again, three tries in all, and the key is unlocked before any RPC
// is dialled (the L1 RPC here is a closed port, reported only once the key
// is read). No devnet is needed.
func TestTerminalPasswordRetries(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed (.ci/run installs it)")
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	const password = "correct-horse-battery"
	pk := devnet.DevKey(1)
	ks, err := keystore.EncryptKey(&keystore.Key{Id: uuid.New(), Address: crypto.PubkeyToAddress(pk.PublicKey), PrivateKey: pk}, password, keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	ksFile := filepath.Join(dir, "ks.json")
	if err := os.WriteFile(ksFile, ks, 0o600); err != nil {
		t.Fatal(err)
	}
	cmd := "ESCAPE_HOME=" + filepath.Join(dir, "home") + " " + bin + " withdraw --network op-mainnet --amount 0.1 --keystore " + ksFile + " --l1-rpc http://127.0.0.1:1"

	// Wrong twice, then right: the third try unlocks the key, and the next
	// error is the RPC's.
	s := startTmux(t, "escape-password-retry", cmd)
	s.waitFor("Keystore password", 30*time.Second)
	s.keys("wrong-one", "Enter")
	s.waitFor("try again (2 of 3 tries left)", 10*time.Second)
	s.keys("wrong-two", "Enter")
	s.waitFor("try again (1 of 3 tries left)", 10*time.Second)
	s.keys(password, "Enter")
	sc := s.waitFor("error: ", 30*time.Second)
	if strings.Contains(sc, "cannot unlock keystore") || !strings.Contains(sc, "RPC") {
		t.Fatalf("the right password on the third try did not unlock the key:\n%s", sc)
	}
	for _, secret := range []string{"wrong-one", "wrong-two", password} {
		if strings.Contains(sc, secret) {
			t.Fatalf("a typed password is visible on the terminal:\n%s", sc)
		}
	}

	// Wrong three times: refused, without a fourth prompt.
	f := startTmux(t, "escape-password-fail", cmd)
	for i, left := range []string{"2 of 3 tries left", "1 of 3 tries left", ""} {
		f.waitFor("Keystore password", 30*time.Second)
		f.keys(fmt.Sprintf("wrong-%d", i), "Enter")
		if left != "" {
			f.waitFor(left, 10*time.Second)
		}
	}
	sc = f.waitFor("error: cannot unlock keystore", 30*time.Second)
	if strings.Contains(sc, "0 of 3") || strings.Contains(sc, "RPC endpoint") {
		t.Fatalf("after three wrong passwords:\n%s", sc)
	}
}
