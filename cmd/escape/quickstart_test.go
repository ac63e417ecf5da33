package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/l2escape/escape/internal/textcheck"
)

// TestQuickstartOutputs walks the quick-start guides on the devnets and checks
// that every sample output in docs/quickstart-*.md is what escape prints
// today: the same lines, in the same order, with only the values that change
// from run to run (numbers, hashes, addresses, escape ids, times) masked.
// ESCAPE_UPDATE_DOCS=1 writes the real outputs of this run into the docs.
func TestQuickstartOutputs(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: filepath.Join("testdata", "quickstart"),
		Setup: func(env *testscript.Env) error {
			env.Setenv("ESCAPE_HOME", filepath.Join(env.WorkDir, "home"))
			env.Setenv("ESCAPE_POLL_INTERVAL", "50ms")
			for _, v := range []string{"ESCAPE_PRIVATE_KEY", "ESCAPE_L1_RPC", "ESCAPE_L2_RPC", "ESCAPE_NETWORK", "NO_COLOR"} {
				env.Setenv(v, "")
			}
			return setupDevnetEnv(env)
		},
		Cmds:                withDocblock(devnetCmds()),
		RequireExplicitExec: true,
	})
}

func withDocblock(cmds map[string]func(*testscript.TestScript, bool, []string)) map[string]func(*testscript.TestScript, bool, []string) {
	cmds["docblock"] = cmdDocblock
	return cmds
}

// docsMu serialises rewrites of the docs when scripts run in parallel.
var docsMu sync.Mutex

// docblock FILE NAME [stdout|stderr|stderr+stdout|stdout+stderr]: the fenced
// block after the line `<!-- output: NAME -->` in docs/FILE is the last
// command's output. On a terminal warnings (stderr) come before the result
// and errors after it; the order given says which the sample shows.
func cmdDocblock(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 || len(args) > 3 {
		ts.Fatalf("usage: docblock FILE NAME [stdout|stderr|stderr+stdout|stdout+stderr]")
	}
	which := "stdout"
	if len(args) == 3 {
		which = args[2]
	}
	var got string
	switch which {
	case "stdout", "stderr":
		got = ts.ReadFile(which)
	case "stderr+stdout":
		got = ts.ReadFile("stderr") + ts.ReadFile("stdout")
	case "stdout+stderr":
		got = ts.ReadFile("stdout") + ts.ReadFile("stderr")
	default:
		ts.Fatalf("docblock: %q is not stdout, stderr, stderr+stdout or stdout+stderr", which)
	}
	// The record keeps the network file's absolute path; the guide shows it
	// as the user typed it.
	got = strings.ReplaceAll(got, ts.Getenv("WORK")+string(filepath.Separator), "")
	got = strings.TrimRight(dropProgress(got), "\n") + "\n"
	// Text for people never puts a bracket inside a bracket.
	if l := textcheck.NestedBrackets(got); l != "" {
		ts.Fatalf("docs/%s, output %q has a bracket inside a bracket:\n%s", args[0], args[1], l)
	}
	path := filepath.Join(repoRoot, "docs", args[0])
	docsMu.Lock()
	defer docsMu.Unlock()
	raw, err := os.ReadFile(path)
	ts.Check(err)
	doc := string(raw)
	start, end, err := outputBlock(doc, args[1])
	ts.Check(err)
	if os.Getenv("ESCAPE_UPDATE_DOCS") == "1" {
		ts.Check(os.WriteFile(path, []byte(doc[:start]+got+doc[end:]), 0o644))
		return
	}
	want := doc[start:end]
	if maskOutput(want) != maskOutput(got) {
		ts.Fatalf("docs/%s, output %q is not what escape prints now (run the test with ESCAPE_UPDATE_DOCS=1 to rewrite it):\n--- docs\n%s--- escape\n%s", args[0], args[1], want, got)
	}
}

// outputBlock finds the body of the fenced block that follows the marker.
func outputBlock(doc, name string) (start, end int, err error) {
	marker := "<!-- output: " + name + " -->\n"
	i := strings.Index(doc, marker)
	if i < 0 {
		return 0, 0, fmt.Errorf("no %q in the doc", strings.TrimSpace(marker))
	}
	rest := doc[i+len(marker):]
	if !strings.HasPrefix(rest, "```") {
		return 0, 0, fmt.Errorf("%q is not followed by a fenced block", strings.TrimSpace(marker))
	}
	open := strings.Index(rest, "\n") + 1
	closing := strings.Index(rest[open:], "```")
	if closing < 0 {
		return 0, 0, fmt.Errorf("the block after %q is not closed", strings.TrimSpace(marker))
	}
	base := i + len(marker)
	return base + open, base + open + closing, nil
}

// progressRE matches the lines escape prints while an RPC is slow (a loaded
// test machine can be): they come and go with the timing, not the flow.
var progressRE = regexp.MustCompile(`^(Waiting for .*: no answer yet after .*|.* answered after .* \(.*\)\.)$`)

func dropProgress(s string) string {
	var keep []string
	for _, l := range strings.Split(s, "\n") {
		if !progressRE.MatchString(l) {
			keep = append(keep, l)
		}
	}
	return strings.Join(keep, "\n")
}

var (
	hexRE = regexp.MustCompile(`0x[0-9a-fA-F]+`)
	// An escape id's random tail is hex that may hold no digit ("daefbb",
	// one run in 360), which numRE would keep.
	idTailRE = regexp.MustCompile(`\b(\d{8}-\d{4})-[0-9a-f]{6}\b`)
	numRE    = regexp.MustCompile(`\b[0-9a-f]*[0-9][0-9a-f]*\b`)
	spacesRE = regexp.MustCompile(`[ \t]+`)
	// Durations change with the moment the command ran: "in 59 seconds",
	// "about 2 minutes".
	unitRE = regexp.MustCompile(`# (seconds?|minutes?|hours?|days?|blocks?)\b`)
)

// maskOutput keeps an output's words and shape and drops what changes from run
// to run.
func maskOutput(s string) string {
	s = hexRE.ReplaceAllString(s, "0x#")
	s = idTailRE.ReplaceAllString(s, "$1-#")
	s = numRE.ReplaceAllString(s, "#")
	s = unitRE.ReplaceAllString(s, "# UNIT")
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		lines = append(lines, strings.TrimSpace(spacesRE.ReplaceAllString(l, " ")))
	}
	return strings.Join(lines, "\n")
}

func TestDropProgress(t *testing.T) {
	in := "a\nWaiting for L1 endpoint http://127.0.0.1:8545 (reading the latest L1 block): no answer yet after 1 s.\nL1 endpoint http://127.0.0.1:8545 answered after 1.4 s (reading the latest L1 block).\nb"
	if got := dropProgress(in); got != "a\nb" {
		t.Fatalf("got %q", got)
	}
}

func TestMaskOutput(t *testing.T) {
	a := "Escape op-devnet-20261122-1231-e528c8 on op-devnet: waiting-finalize\n  proof maturity (60 seconds):   2026-11-22 12:32 UTC (in 1 minute)\n"
	b := "Escape op-devnet-20261201-0904-0ab3f1 on op-devnet: waiting-finalize\n  proof maturity (60 seconds): 2026-12-01 09:05 UTC (in 59 seconds)\n"
	if maskOutput(a) != maskOutput(b) {
		t.Fatalf("same shape, different values:\n%s\n%s", maskOutput(a), maskOutput(b))
	}
	// An id whose random tail has no digit (seen in a CI run).
	if d := strings.Replace(b, "0ab3f1", "daefbb", 1); maskOutput(d) != maskOutput(a) {
		t.Fatalf("an id tail without a digit is not masked:\n%s", maskOutput(d))
	}
	c := "Escape op-devnet-20261122-1231-e528c8 on op-devnet: ready-to-prove\n  proof maturity (60 seconds):   2026-11-22 12:32 UTC (in 1 minute)\n"
	if maskOutput(a) == maskOutput(c) {
		t.Fatal("a different stage must not compare equal")
	}
}
