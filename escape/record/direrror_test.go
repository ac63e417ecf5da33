package record

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"

	"github.com/l2escape/escape/escape"
)

// TestRecordDirErrorsSayWhatIsWrong: a record directory that cannot be
// written is described (permission, read-only disk, full disk, a file in
// the way), with a hint that fits, never a generic one.
func TestRecordDirErrorsSayWhatIsWrong(t *testing.T) {
	dir := "/home/u/.config/escape/escapes"
	for errno, want := range map[syscall.Errno][2]string{
		syscall.EACCES:  {"is not writable by you (permission denied)", "chmod u+rwx " + dir},
		syscall.EROFS:   {"is on a read-only file system", "remount it read-write"},
		syscall.ENOSPC:  {"is full", "free some space"},
		syscall.ENOTDIR: {"is a file, not a directory", "move that file away"},
	} {
		err := dirError(&fs.PathError{Op: "open", Path: dir + "/.x.tmp", Err: errno}, "record-write", dir, "cannot save the record")
		if escape.CodeOf(err) != "record-write" || !strings.Contains(err.Error(), want[0]) || !strings.Contains(escape.HintOf(err), want[1]) ||
			!strings.Contains(escape.HintOf(err), "ESCAPE_HOME") {
			t.Errorf("%v: %v (hint %q)", errno, err, escape.HintOf(err))
		}
	}

	// For real: a file where the record directory should be.
	home := t.TempDir()
	if err := os.WriteFile(filepath.Join(home, "escapes"), []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := Open(home)
	if escape.CodeOf(err) != "no-record-dir" || !strings.Contains(err.Error(), "is a file, not a directory") {
		t.Fatalf("a file in the way: %v", err)
	}

	// And a directory made read-only (not as root, who may write anyway).
	if runtime.GOOS == "windows" || os.Geteuid() == 0 {
		t.Log("read-only directory case skipped: running as root or on Windows")
		return
	}
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(s.Dir(), 0o500); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(s.Dir(), 0o700) })
	err = s.Save(&Escape{ID: "x", Network: "n"})
	if !errors.Is(err, fs.ErrPermission) || !strings.Contains(err.Error(), "is not writable by you") {
		t.Fatalf("read-only directory: %v", err)
	}
}
