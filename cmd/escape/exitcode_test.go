package main

import (
	"testing"
	"time"

	"github.com/l2escape/escape/escape"
)

// "Too early" exits 3 on both stacks (each stack's Next returns
// escape.TooEarly); errors 1, usage 2 (docs/troubleshooting.md, Exit codes).
func TestExitCodes(t *testing.T) {
	st := &escape.Status{Stage: escape.StageWaitingFinalize, Waits: []escape.Wait{{What: "proof maturity", Until: time.Unix(1700000000, 0)}}}
	for err, want := range map[error]int{
		escape.TooEarly("id", st):                    3,
		escape.Errorf("rpc-error", "try again", "x"): 1,
		escape.Errorf("usage", "see --help", "x"):    2,
	} {
		if got := exitCode(err); got != want {
			t.Errorf("%v: exit %d, want %d", err, got, want)
		}
	}
}
