//go:build !unix

package main

// disableCoreDumps is a no-op where there is no RLIMIT_CORE (Windows writes
// crash dumps only when the user configured Windows Error Reporting to).
func disableCoreDumps() error { return nil }
