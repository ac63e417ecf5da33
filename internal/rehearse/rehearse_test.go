package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/l2escape/escape/internal/devnet"
)

// buildEscape builds the escape binary the printed commands name.
func buildEscape(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "escape")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/escape")
	cmd.Dir = "../.."
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build escape: %v\n%s", err, out)
	}
	return bin
}

// runPrinted runs one printed command line with the built binary; signing
// commands get --yes, as the user answers the confirmation.
func runPrinted(t *testing.T, bin, line string) string {
	t.Helper()
	f := strings.Fields(line)
	if f[0] != "escape" {
		t.Fatalf("printed command %q does not start with escape", line)
	}
	args := f[1:]
	if args[0] == "withdraw" || args[0] == "next" {
		args = append(args, "--yes")
	}
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "NO_COLOR=1")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s: %v\n%s", line, err, out.String())
	}
	t.Logf("%s\n%s", line, out.String())
	return out.String()
}

// The rehearsal of the Arbitrum stack, walked with exactly the commands it
// prints and its operators played on each advance, ends in a paid-out
// withdrawal.
func TestRehearseArbitrumWalk(t *testing.T) {
	if _, err := devnet.AnvilPath(); err != nil {
		t.Skip(err)
	}
	bin := buildEscape(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	r, err := start(ctx, t.TempDir(), []string{"arb"})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()

	var intro bytes.Buffer
	r.printIntro(&intro)
	for _, want := range []string{"PUBLIC test keys", "L1 RPC", "network file", "escape withdraw --amount 0.5 --network "} {
		if !strings.Contains(intro.String(), want) {
			t.Errorf("intro lacks %q:\n%s", want, intro.String())
		}
	}

	s := r.stack("arb")
	first := runPrinted(t, bin, s.Commands()[0])
	if !strings.Contains(first, "Mined in L1 block") {
		t.Fatalf("the printed withdraw did not mine:\n%s", first)
	}
	var last string
	for {
		for _, c := range s.Commands()[1:] {
			last = runPrinted(t, bin, c)
		}
		if s.next == len(s.steps)-1 {
			break
		}
		var w bytes.Buffer
		r.command(ctx, &w, "")
		if !strings.Contains(w.String(), "operators:") || strings.Contains(w.String(), "could not") {
			t.Fatalf("advance:\n%s", w.String())
		}
		runPrinted(t, bin, s.Commands()[0])
	}
	if !strings.Contains(last, "finalized") {
		t.Fatalf("the walk did not end finalized:\n%s", last)
	}
}

// Without the npm test dependencies the command says how to get them
// instead of failing somewhere in the harness.
func TestRehearseSaysNpmInstallWhenMissing(t *testing.T) {
	t.Setenv("ESCAPE_NODE_MODULES", t.TempDir())
	err := run("", []string{"arb"})
	if err == nil || !strings.Contains(err.Error(), "npm install --no-save") {
		t.Fatalf("run without node_modules: %v, want a hint to run npm install --no-save", err)
	}
}
