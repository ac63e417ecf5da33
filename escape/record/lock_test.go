package record

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/escape"
)

// The lock race is tested from real processes: the test binary re-runs
// itself as children (selected by lockChildEnv) that each take the lock on
// one escape and append to a log while they hold it.
const (
	lockChildEnv = "ESCAPE_TEST_LOCK_CHILD" // "append" or "hold"
	lockDirEnv   = "ESCAPE_TEST_LOCK_DIR"
	lockStartEnv = "ESCAPE_TEST_LOCK_START" // unix nanoseconds all children wait for
	lockRaceID   = "race"
)

func TestMain(m *testing.M) {
	switch os.Getenv(lockChildEnv) {
	case "append":
		os.Exit(lockChildAppend())
	case "hold":
		os.Exit(lockChildHold())
	}
	os.Exit(m.Run())
}

// lockChildAppend takes the lock (retrying while it is busy), writes
// "+pid" and "-pid" to the log around a short sleep, and unlocks.
func lockChildAppend() int {
	s, err := Open(os.Getenv(lockDirEnv))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	start, _ := strconv.ParseInt(os.Getenv(lockStartEnv), 10, 64)
	time.Sleep(time.Until(time.Unix(0, start)))
	deadline := time.Now().Add(20 * time.Second)
	for {
		unlock, err := s.Lock(lockRaceID)
		if err != nil {
			if escape.CodeOf(err) != "busy" || time.Now().After(deadline) {
				fmt.Fprintln(os.Stderr, err)
				return 3
			}
			time.Sleep(time.Millisecond)
			continue
		}
		log, err := os.OpenFile(filepath.Join(s.Dir(), "holders.log"), os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 4
		}
		pid := os.Getpid()
		fmt.Fprintf(log, "+%d\n", pid)
		time.Sleep(3 * time.Millisecond)
		fmt.Fprintf(log, "-%d\n", pid)
		log.Close()
		unlock()
		return 0
	}
}

// lockChildHold takes the lock, says so, and waits to be killed.
func lockChildHold() int {
	s, err := Open(os.Getenv(lockDirEnv))
	if err != nil {
		return 2
	}
	if _, err := s.Lock(lockRaceID); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 3
	}
	fmt.Println("held")
	time.Sleep(time.Minute)
	return 0
}

func lockChild(t *testing.T, mode, dir string, start time.Time) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), lockChildEnv+"="+mode, lockDirEnv+"="+dir, lockStartEnv+"="+strconv.FormatInt(start.UnixNano(), 10))
	cmd.Stderr = os.Stderr
	return cmd
}

// killedHolder leaves the lock of a SIGKILLed holder behind.
func killedHolder(t *testing.T, dir string) {
	t.Helper()
	cmd := lockChild(t, "hold", dir, time.Now())
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, _ := bufio.NewReader(out).ReadString('\n')
	if strings.TrimSpace(line) != "held" {
		t.Fatalf("holder did not take the lock: %q", line)
	}
	_ = cmd.Process.Kill() // SIGKILL on unix: no cleanup runs
	_ = cmd.Wait()
}

// raceRound runs children processes that all want the lock at the same
// moment and reports whether two of them ever held it together.
func raceRound(t *testing.T, children int, stale bool) (overlap bool) {
	t.Helper()
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if stale {
		killedHolder(t, dir)
	}
	start := time.Now().Add(150 * time.Millisecond)
	var cmds []*exec.Cmd
	for i := 0; i < children; i++ {
		c := lockChild(t, "append", dir, start)
		if err := c.Start(); err != nil {
			t.Fatal(err)
		}
		cmds = append(cmds, c)
	}
	for _, c := range cmds {
		if err := c.Wait(); err != nil {
			t.Fatalf("child: %v", err)
		}
	}
	data, err := os.ReadFile(filepath.Join(s.Dir(), "holders.log"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Fields(string(data))
	if len(lines) != 2*children {
		t.Fatalf("log has %d lines, want %d:\n%s", len(lines), 2*children, data)
	}
	for i := 0; i < len(lines); i += 2 {
		if lines[i][0] != '+' || lines[i+1] != "-"+lines[i][1:] {
			return true
		}
	}
	return false
}

func raceRounds() int {
	if n, err := strconv.Atoi(os.Getenv("ESCAPE_LOCK_RACE_ROUNDS")); err == nil && n > 0 {
		return n
	}
	return 8
}

// TestLockRaceProcesses: four processes released together on one escape,
// on a clean record and on one with the lock of a SIGKILLed holder left
// behind; never two holders at once. ESCAPE_LOCK_RACE_ROUNDS sets the
// number of rounds (8 by default).
func TestLockRaceProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	rounds := raceRounds()
	for _, stale := range []bool{false, true} {
		bad := 0
		for r := 0; r < rounds; r++ {
			if raceRound(t, 4, stale) {
				bad++
			}
		}
		t.Logf("stale lock %v: two holders at once in %d of %d rounds (4 processes each)", stale, bad, rounds)
		if bad > 0 {
			t.Errorf("stale lock %v: two processes held the lock at once in %d of %d rounds", stale, bad, rounds)
		}
	}
}

// A released lock leaves no file: a command that only pretended (declined,
// refused, a dry run) leaves ESCAPE_HOME as it found it. Windows keeps the
// files (an open file cannot be removed there).
func TestReleasedLocksLeaveNoFile(t *testing.T) {
	if !removeOnRelease {
		t.Skip("lock files stay on this system")
	}
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	unlock, err := s.Lock("x")
	if err != nil {
		t.Fatal(err)
	}
	unlockAccount, err := s.LockAccount(context.Background(), 1, common.HexToAddress("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if files, _ := filepath.Glob(filepath.Join(s.Dir(), ".*.lock")); len(files) != 2 {
		t.Fatalf("lock files while held: %v", files)
	}
	unlock()
	unlockAccount()
	if files, _ := filepath.Glob(filepath.Join(s.Dir(), ".*.lock")); len(files) != 0 {
		t.Fatalf("lock files left after release: %v", files)
	}
	// Taken again after removal: a new file, and still exclusive.
	unlock, err = s.Lock("x")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Lock("x"); escape.CodeOf(err) != "busy" {
		t.Fatalf("second Lock: %v, want busy", err)
	}
	unlock()
}

// A process that locked a lock file its previous holder removed on
// release does not hold the lock: it takes the file now at the path.
func TestLockOnRemovedFileIsRetaken(t *testing.T) {
	if !removeOnRelease {
		t.Skip("lock files stay on this system")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, ".x.lock")
	old, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	// The holder removed it (and released); a newcomer created a new one.
	os.Remove(path)
	if lockedFileIsCurrent(old, path) {
		t.Fatal("a removed file counts as the current lock file")
	}
	f, err := acquireFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if !lockedFileIsCurrent(f, path) {
		t.Fatal("acquireFile returned a file that is not at its path")
	}
}
