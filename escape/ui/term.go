package ui

import "os"

// isTerminal reports whether f is a character device (a terminal). It avoids
// a cgo or x/term dependency; promptui itself handles raw mode.
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	if err != nil {
		return false
	}
	return fi.Mode()&os.ModeCharDevice != 0
}
