//go:build windows

package record

import "os"

// processAlive on Windows: FindProcess opens a handle only if the process exists.
func processAlive(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	p.Release()
	return true
}
