//go:build unix

package main

import (
	"syscall"
	"testing"
)

// TestCoreDumpsDisabled: main's first act leaves a core size limit of zero,
// soft and hard, so no crash after a key is loaded writes it to disk.
func TestCoreDumpsDisabled(t *testing.T) {
	if err := disableCoreDumps(); err != nil {
		t.Fatal(err)
	}
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_CORE, &lim); err != nil {
		t.Fatal(err)
	}
	if lim.Cur != 0 || lim.Max != 0 {
		t.Fatalf("RLIMIT_CORE = %d/%d, want 0/0", lim.Cur, lim.Max)
	}
}
