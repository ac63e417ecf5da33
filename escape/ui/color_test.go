package ui

import (
	"bytes"
	"io"
	"regexp"
	"strings"
	"testing"
)

// sgr matches an ANSI colour or style code (cursor moves are not colour).
var sgr = regexp.MustCompile("\x1b\\[[0-9;]*m")

// askConfirm runs the real promptui confirmation on a piped answer and
// returns what it drew.
func askConfirm(t *testing.T) string {
	t.Helper()
	var out bytes.Buffer
	u := &UI{In: io.NopCloser(strings.NewReader("y\n")), Err: &out}
	ok, err := u.promptConfirm("Sign and send")
	if err != nil || !ok {
		t.Fatalf("confirm: %v %v", ok, err)
	}
	return out.String()
}

func TestPromptColourFollowsNoColor(t *testing.T) {
	if ColorEnabled() {
		// Colour on: promptui's defaults colour the prompt, which shows
		// the check below can see colour.
		if drawn := askConfirm(t); !sgr.MatchString(drawn) {
			t.Fatalf("with colour on, the prompt has no colour: %q", drawn)
		}
	}
	DisableColor()
	drawn := askConfirm(t)
	if sgr.MatchString(drawn) {
		t.Fatalf("with colour off, the prompt still has colour codes: %q", drawn)
	}
	if !strings.Contains(drawn, "Sign and send") {
		t.Fatalf("the prompt lost its question: %q", drawn)
	}
}
