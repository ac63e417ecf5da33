//go:build unix

package main

import "syscall"

// disableCoreDumps sets the core file size limit to zero for this process:
// a core written after a crash would hold the decrypted key in its memory
// image. Failure is not fatal (the limit is only lowered, never raised).
func disableCoreDumps() error {
	return syscall.Setrlimit(syscall.RLIMIT_CORE, &syscall.Rlimit{Cur: 0, Max: 0})
}
