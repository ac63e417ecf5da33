package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/l2escape/escape/internal/devnet"
)

// The rehearsal of the OP Stack, walked with exactly the commands it prints
// (withdraw, status, prove, finalize) and its operators played on each
// advance (sequencer, proposer, game resolution and proof maturity), ends in
// a finalized withdrawal: the rehearsal docs/rehearsal.md promises on each
// stack, not only on Arbitrum (TestRehearseArbitrumWalk).
func TestRehearseOPWalk(t *testing.T) {
	if _, err := devnet.AnvilPath(); err != nil {
		t.Skip(err)
	}
	bin := buildEscape(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	r, err := start(ctx, t.TempDir(), []string{"op"})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()

	var intro bytes.Buffer
	r.printIntro(&intro)
	for _, want := range []string{"PUBLIC test keys", "L1 RPC", "L2 RPC", "network file", "key file", "(funded on L1 and L2)", "escape withdraw --amount 0.5 --network "} {
		if !strings.Contains(intro.String(), want) {
			t.Errorf("intro lacks %q:\n%s", want, intro.String())
		}
	}

	s := r.stack("op")
	first := runPrinted(t, bin, s.Commands()[0])
	if !strings.Contains(first, "Mined in L1 block") {
		t.Fatalf("the printed withdraw did not mine:\n%s", first)
	}
	var last string
	steps := 1
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
		last = runPrinted(t, bin, s.Commands()[0])
		steps++
	}
	if !strings.Contains(last, "finalized") || steps != len(s.steps) {
		t.Fatalf("the walk ended after %d of %d steps, not finalized:\n%s", steps, len(s.steps), last)
	}
}
