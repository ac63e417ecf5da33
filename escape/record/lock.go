package record

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/ui"
)

// Locks are OS file locks (flock, LockFileEx) on small files in the record
// directory, held on an open file for as long as the lock is held. Taking
// one is atomic, and the kernel releases it when its process dies, so a
// killed run never leaves a lock that two later runs could both take over.
// The holder writes its pid in the file so that others can name it.
//
// A command that only pretended (declined at the prompt, refused, a dry
// run) must leave no trace under ESCAPE_HOME, so on Unix the holder removes
// its lock file as it releases it. That is safe because a process that
// locked a file checks that the path still names that file
// (lockedFileIsCurrent) and otherwise starts again on the new one: two
// processes never both hold "the" lock through two files of one name. On
// Windows an open file cannot be removed (Go opens files without
// FILE_SHARE_DELETE), so there the files stay, empty once released.

// errLocked means another process holds the lock.
var errLocked = errors.New("record: locked by another process")

// DefaultLockWait is how long WaitLock and LockAccount wait for another
// process before giving up.
const DefaultLockWait = 5 * time.Minute

// acquireFile opens (creating) a lock file and locks it without waiting.
func acquireFile(path string) (*os.File, error) {
	for {
		f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
		if err != nil {
			return nil, err
		}
		if err := tryLockFile(f); err != nil {
			f.Close()
			return nil, err
		}
		if !lockedFileIsCurrent(f, path) {
			// The holder before us removed it as it released it: what we
			// locked is no longer the lock. Take the file now at path.
			f.Close()
			continue
		}
		_ = f.Truncate(0)
		_, _ = f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
		return f, nil
	}
}

// releaser returns an idempotent unlock function for a held lock file,
// which it removes first where the system allows (see the top of the file).
func releaser(f *os.File) func() {
	var once sync.Once
	return func() {
		once.Do(func() {
			if removeOnRelease {
				_ = os.Remove(f.Name())
			}
			_ = f.Truncate(0) // a later holder's pid, not ours, names the holder
			_ = unlockFile(f)
			_ = f.Close()
		})
	}
}

// holderPid reads the pid the holder of a lock file wrote; 0 if unknown.
func holderPid(path string) int {
	data, err := os.ReadFile(path)
	if err != nil {
		return 0
	}
	pid, _ := strconv.Atoi(strings.TrimSpace(string(data)))
	return pid
}

func describeHolder(pid int) string {
	if pid > 0 {
		return fmt.Sprintf("another escape process (pid %d)", pid)
	}
	return "another escape process"
}

// Lock takes an exclusive lock on one escape so that two processes never act
// on it at once (which could sign two transactions for one step). It does
// not wait: if another process holds it, the error is "busy" and names that
// process. It returns an unlock function.
func (s *Store) Lock(id string) (func(), error) {
	if s.dryRun {
		return func() {}, nil // a dry run signs nothing and writes no file
	}
	if err := s.ensureDir(); err != nil {
		return nil, err
	}
	path := filepath.Join(s.dir, "."+id+".lock")
	f, err := acquireFile(path)
	if errors.Is(err, errLocked) {
		return nil, escape.Errorf("busy", "wait for the other `escape` process working on it to finish (or close it), then run the command again",
			"escape %s is in use by %s", id, describeHolder(holderPid(path)))
	}
	if err != nil {
		return nil, escape.Wrap(err, "record-write", "check that "+s.dir+" is writable", "cannot lock escape %s", id)
	}
	return releaser(f), nil
}

// WaitLock is Lock for a command that is about to act on an escape: if
// another process holds it, it waits (saying so once through progress,
// which may be nil) for up to LockWait, then fails with "busy". The
// caller re-reads the escape once it holds the lock.
func (s *Store) WaitLock(ctx context.Context, id string, progress func(format string, args ...any)) (func(), error) {
	path := filepath.Join(s.dir, "."+id+".lock")
	return s.wait(ctx, path, progress,
		func(holder string) string { return fmt.Sprintf("%s is working on escape %s", upperFirst(holder), id) },
		func(holder string, limit time.Duration) error {
			return escape.Errorf("busy", "wait for the other `escape` process working on it to finish (or close it), then run the command again",
				"escape %s has been in use by %s for more than %s", id, holder, ui.Duration(limit))
		})
}

// LockAccount serialises signing from one account on one chain across
// processes: it is held from reading the account's nonce until the signed
// transaction is saved (and, on L1, broadcast), so two runs never sign with
// the same nonce. If another process holds it, LockAccount waits (saying so
// once through progress, which may be nil) for up to LockWait, then
// fails with "busy".
func (s *Store) LockAccount(ctx context.Context, chainID uint64, addr common.Address, progress func(format string, args ...any)) (func(), error) {
	path := filepath.Join(s.dir, fmt.Sprintf(".account-%d-%s.lock", chainID, strings.ToLower(addr.Hex())))
	return s.wait(ctx, path, progress,
		func(holder string) string {
			return fmt.Sprintf("%s is signing from %s on chain %d", upperFirst(holder), addr.Hex(), chainID)
		},
		func(holder string, limit time.Duration) error {
			return escape.Errorf("busy",
				"wait for the other `escape` process signing from "+addr.Hex()+" to finish (or close it), then run the command again",
				"%s has been signing from %s on chain %d for more than %s", holder, addr.Hex(), chainID, ui.Duration(limit))
		})
}

// wait takes the lock file at path, polling while another process holds it.
func (s *Store) wait(ctx context.Context, path string, progress func(format string, args ...any),
	busy func(holder string) string, tooLong func(holder string, limit time.Duration) error) (func(), error) {
	if s.dryRun {
		return func() {}, nil // a dry run signs nothing and writes no file
	}
	if err := s.ensureDir(); err != nil {
		return nil, err
	}
	limit := s.LockWait
	if limit <= 0 {
		limit = DefaultLockWait
	}
	deadline := time.Now().Add(limit)
	told := false
	for {
		f, err := acquireFile(path)
		if err == nil {
			return releaser(f), nil
		}
		if !errors.Is(err, errLocked) {
			return nil, escape.Wrap(err, "record-write", "check that "+s.dir+" is writable", "cannot take the lock %s", path)
		}
		holder := describeHolder(holderPid(path))
		if time.Now().After(deadline) {
			return nil, tooLong(holder, limit)
		}
		if !told && progress != nil {
			progress("%s; waiting for it to finish (up to %s).", busy(holder), ui.Duration(limit))
			told = true
		}
		select {
		case <-ctx.Done():
			return nil, escape.Errorf("interrupted", "nothing was signed; run the command again", "stopped waiting: %s", busy(holder))
		case <-time.After(50 * time.Millisecond):
		}
	}
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
