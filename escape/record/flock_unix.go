//go:build !windows

package record

import (
	"errors"
	"os"

	"golang.org/x/sys/unix"
)

// tryLockFile takes an exclusive flock on f without waiting. The kernel
// releases it when the process dies, however it dies.
func tryLockFile(f *os.File) error {
	err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB)
	if errors.Is(err, unix.EWOULDBLOCK) || errors.Is(err, unix.EAGAIN) {
		return errLocked
	}
	return err
}

func unlockFile(f *os.File) error {
	return unix.Flock(int(f.Fd()), unix.LOCK_UN)
}

// removeOnRelease: a released lock file is removed (lock.go).
const removeOnRelease = true

// lockedFileIsCurrent reports whether path still names the file f, which
// this process has just locked: if the previous holder removed it on
// release (and another process may have created a new one), f locks
// nothing anyone else will look at.
func lockedFileIsCurrent(f *os.File, path string) bool {
	held, err := f.Stat()
	if err != nil {
		return false
	}
	now, err := os.Stat(path)
	return err == nil && os.SameFile(held, now)
}
