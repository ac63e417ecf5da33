//go:build windows

package record

import (
	"errors"
	"os"

	"golang.org/x/sys/windows"
)

// lockedRange is the byte range locked: far past the pid written at the
// start of the file, because Windows locks are mandatory and a locked
// range cannot be read by the process that wants to name the holder.
func lockedRange() *windows.Overlapped {
	return &windows.Overlapped{OffsetHigh: 0x40000000}
}

// tryLockFile takes an exclusive LockFileEx lock on f without waiting.
// Windows releases it when the process dies.
func tryLockFile(f *os.File) error {
	err := windows.LockFileEx(windows.Handle(f.Fd()), windows.LOCKFILE_EXCLUSIVE_LOCK|windows.LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, lockedRange())
	if errors.Is(err, windows.ERROR_LOCK_VIOLATION) || errors.Is(err, windows.ERROR_IO_PENDING) {
		return errLocked
	}
	return err
}

func unlockFile(f *os.File) error {
	return windows.UnlockFileEx(windows.Handle(f.Fd()), 0, 1, 0, lockedRange())
}

// removeOnRelease: an open file cannot be removed on Windows (Go opens
// files without FILE_SHARE_DELETE), so lock files stay (lock.go).
const removeOnRelease = false

// lockedFileIsCurrent: lock files are never removed on Windows, so the
// file locked is always the one at its path.
func lockedFileIsCurrent(f *os.File, path string) bool { return true }
