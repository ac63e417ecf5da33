package record

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/escape"
)

func TestFindAndPersist(t *testing.T) {
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	// Opening writes nothing: the directory comes with the first write.
	if _, err := os.Stat(s.Dir()); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Open made %s (%v)", s.Dir(), err)
	}
	if all, err := s.List(); err != nil || len(all) != 0 {
		t.Errorf("a store never written lists %v, %v", all, err)
	}
	txHash := common.HexToHash("0x1111111111111111111111111111111111111111111111111111111111111111")
	l2Hash := common.HexToHash("0x2222222222222222222222222222222222222222222222222222222222222222")
	a := &Escape{ID: "op-devnet-20261122-1000-aaaaaa", Network: "op-devnet", Created: time.Now().Add(-time.Hour)}
	a.Txs = append(a.Txs, &Tx{Step: "deposit", Hash: txHash, State: TxMined})
	a.AddRef(l2Hash)
	b := &Escape{ID: "op-devnet-20261122-1100-bbbbbb", Network: "op-devnet", Created: time.Now()}
	for _, e := range []*Escape{a, b} {
		if err := s.Create(e); err != nil {
			t.Fatal(err)
		}
	}
	if fi, _ := os.Stat(s.Dir()); fi == nil || fi.Mode().Perm() != 0o700 {
		t.Errorf("record dir %v", fi)
	}
	if err := s.Create(&Escape{ID: a.ID}); err == nil {
		t.Error("Create overwrote an existing escape")
	}
	for ref, want := range map[string]string{
		a.ID: a.ID, "op-devnet-20261122-10": a.ID, "last": b.ID, txHash.Hex(): a.ID, l2Hash.Hex(): a.ID,
	} {
		e, err := s.Find(ref)
		if err != nil || e.ID != want {
			t.Errorf("Find(%s) = %v, %v; want %s", ref, e, err, want)
		}
	}
	if _, err := s.Find("op-devnet"); escape.CodeOf(err) != "ambiguous-ref" {
		t.Errorf("ambiguous prefix: %v", err)
	}
	if _, err := s.Find("nothing"); escape.CodeOf(err) != "not-found" {
		t.Errorf("unknown id: %v", err)
	}
	if _, err := s.Find("0x3333333333333333333333333333333333333333333333333333333333333333"); err != ErrNotFound {
		t.Errorf("unknown hash: %v", err)
	}
	fi, _ := os.Stat(s.Path(a.ID))
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("file mode %v", fi.Mode().Perm())
	}
	// No temporary files are left behind.
	left, _ := filepath.Glob(filepath.Join(s.Dir(), ".*.tmp"))
	if len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func TestLock(t *testing.T) {
	s, _ := Open(t.TempDir())
	unlock, err := s.Lock("x")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Lock("x"); escape.CodeOf(err) != "busy" {
		t.Fatalf("second lock: %v", err)
	}
	unlock()
	unlock2, err := s.Lock("x")
	if err != nil {
		t.Fatal(err)
	}
	unlock2()
	// A lock file left by a dead process is taken over.
	os.WriteFile(filepath.Join(s.Dir(), ".y.lock"), []byte("999999999\n"), 0o600)
	unlock3, err := s.Lock("y")
	if err != nil {
		t.Fatalf("stale lock not taken over: %v", err)
	}
	unlock3()
}

// A dry-run store reads the record and writes nothing: Create gives an id
// in memory only, Save changes no file.
func TestDryRunStoreWritesNothing(t *testing.T) {
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	e := &Escape{Network: "devnet", Kind: "send"}
	if err := s.Create(e); err != nil {
		t.Fatal(err)
	}
	before, err := os.ReadFile(s.Path(e.ID))
	if err != nil {
		t.Fatal(err)
	}
	dry := s.DryRun()
	e.Stage = "finalized"
	e.Note("a proof that never happened")
	if err := dry.Save(e); err != nil {
		t.Fatal(err)
	}
	if after, _ := os.ReadFile(s.Path(e.ID)); string(after) != string(before) {
		t.Fatal("a dry-run Save rewrote the escape")
	}
	loaded, err := dry.Load(e.ID)
	if err != nil || loaded.Stage != "" {
		t.Fatalf("dry-run Load: %+v %v", loaded, err)
	}
	fresh := &Escape{Network: "devnet", Kind: "send"}
	if err := dry.Create(fresh); err != nil || fresh.ID == "" {
		t.Fatalf("dry-run Create: %v", err)
	}
	if all, _ := s.List(); len(all) != 1 {
		t.Fatalf("%d escapes after a dry-run Create, want 1", len(all))
	}
	// Lock files of the real Create above may stay; escape files may not.
	files, _ := filepath.Glob(filepath.Join(s.Dir(), "*.json"))
	if len(files) != 1 {
		t.Fatalf("escape files in the record: %v", files)
	}
}

// TestDamagedRecords: each kind of damaged file is skipped by List and Find
// (and reported once), never hides the healthy escapes, and a command on
// that very escape gets "record-corrupt" with a hint.
func TestDamagedRecords(t *testing.T) {
	healthy := `{"id":"op-devnet-20261122-1000-aaaaaa","network":"op-devnet","created":"2026-11-22T10:00:00Z","txs":[]}`
	for name, content := range map[string]string{
		"truncated":   healthy[:40],
		"empty":       "",
		"blank":       " \n",
		"not-json":    "this is not JSON\n",
		"array":       "[1, 2, 3]\n",
		"string":      `"op-devnet"`,
		"wrong-field": `{"id":"x","txs":5}`,
		"null":        "null\n",
		"no-id":       "{}\n",
	} {
		t.Run(name, func(t *testing.T) {
			s, err := Open(t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			good := &Escape{ID: "op-devnet-20261122-1000-aaaaaa", Network: "op-devnet", Created: time.Now().Add(-time.Hour)}
			if err := s.Create(good); err != nil {
				t.Fatal(err)
			}
			badID := "op-devnet-20261123-0900-bbbbbb"
			if err := os.WriteFile(s.Path(badID), []byte(content), 0o600); err != nil {
				t.Fatal(err)
			}
			var reported []string
			s.OnDamaged = func(d *Damaged) { reported = append(reported, d.Path+": "+d.Reason) }

			all, err := s.List()
			if err != nil {
				t.Fatalf("List failed on one damaged file: %v", err)
			}
			if len(all) != 1 || all[0].ID != good.ID {
				t.Fatalf("List = %v, want only the healthy escape", all)
			}
			if len(reported) != 1 || !strings.Contains(reported[0], s.Path(badID)) {
				t.Fatalf("damage reported %q, want one line naming %s", reported, s.Path(badID))
			}
			if e, err := s.Find("last"); err != nil || e.ID != good.ID {
				t.Errorf("Find(last) = %v, %v", e, err)
			}
			if e, err := s.Find(good.ID); err != nil || e.ID != good.ID {
				t.Errorf("Find(healthy id) = %v, %v", e, err)
			}
			if _, _, err := s.Scan(); err != nil {
				t.Fatal(err)
			}
			if len(reported) != 1 {
				t.Errorf("damage reported %d times, want once", len(reported))
			}
			for _, ref := range []string{badID, "op-devnet-20261123"} {
				_, err := s.Find(ref)
				if escape.CodeOf(err) != "record-corrupt" {
					t.Errorf("Find(%s) = %v, want record-corrupt", ref, err)
					continue
				}
				if h := escape.HintOf(err); !strings.Contains(h, "keep a copy of "+s.Path(badID)) || !strings.Contains(h, "--network") {
					t.Errorf("hint %q says neither to keep a copy nor how to recover", h)
				}
			}
			if _, err := s.Load(badID); escape.CodeOf(err) != "record-corrupt" {
				t.Errorf("Load = %v, want record-corrupt", err)
			}
			// The damaged file is left as it was.
			if data, _ := os.ReadFile(s.Path(badID)); string(data) != content {
				t.Errorf("damaged file changed to %q", data)
			}
		})
	}
}

func TestLockNamesHolder(t *testing.T) {
	s, _ := Open(t.TempDir())
	unlock, err := s.Lock("x")
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	_, err = s.Lock("x")
	if escape.CodeOf(err) != "busy" || !strings.Contains(err.Error(), fmt.Sprintf("pid %d", os.Getpid())) {
		t.Fatalf("second lock: %v; want busy naming pid %d", err, os.Getpid())
	}
}

func TestLockLockWaits(t *testing.T) {
	s, _ := Open(t.TempDir())
	s.LockWait = 400 * time.Millisecond
	addr := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	ctx := context.Background()
	unlock, err := s.LockAccount(ctx, 1, addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Another chain or account is another lock.
	other, err := s.LockAccount(ctx, 2, addr, nil)
	if err != nil {
		t.Fatalf("chain 2: %v", err)
	}
	other()
	var said []string
	progress := func(f string, a ...any) { said = append(said, fmt.Sprintf(f, a...)) }
	start := time.Now()
	if _, err := s.LockAccount(ctx, 1, addr, progress); escape.CodeOf(err) != "busy" {
		t.Fatalf("held lock: %v, want busy after the bound", err)
	}
	if time.Since(start) < 400*time.Millisecond {
		t.Errorf("gave up after %s, before the bound", time.Since(start))
	}
	if len(said) != 1 || !strings.Contains(said[0], "waiting") || !strings.Contains(said[0], fmt.Sprintf("pid %d", os.Getpid())) {
		t.Errorf("progress lines %q, want one saying it waits", said)
	}
	// Released meanwhile: the waiter gets it.
	go func() { time.Sleep(100 * time.Millisecond); unlock() }()
	s.LockWait = 5 * time.Second
	unlock2, err := s.LockAccount(ctx, 1, addr, progress)
	if err != nil {
		t.Fatalf("after release: %v", err)
	}
	unlock2()
	unlock2() // idempotent
}

func TestWaitLock(t *testing.T) {
	s, _ := Open(t.TempDir())
	s.LockWait = 5 * time.Second
	unlock, err := s.Lock("x")
	if err != nil {
		t.Fatal(err)
	}
	var said []string
	go func() { time.Sleep(150 * time.Millisecond); unlock() }()
	unlock2, err := s.WaitLock(context.Background(), "x", func(f string, a ...any) { said = append(said, fmt.Sprintf(f, a...)) })
	if err != nil {
		t.Fatalf("WaitLock after release: %v", err)
	}
	defer unlock2()
	if len(said) != 1 || !strings.Contains(said[0], "working on escape x") {
		t.Errorf("progress %q", said)
	}
	s.LockWait = 200 * time.Millisecond
	if _, err := s.WaitLock(context.Background(), "x", nil); escape.CodeOf(err) != "busy" {
		t.Errorf("held: %v, want busy after the bound", err)
	}
}

// TestSaveKeepsOthersTransactions: processes working from their own copies
// of one escape (say `escape status` next to `escape next`) never drop each
// other's recorded transactions, whatever order they save in.
func TestSaveKeepsOthersTransactions(t *testing.T) {
	s, _ := Open(t.TempDir())
	e := &Escape{ID: "op-devnet-20261122-1000-aaaaaa", Network: "op-devnet"}
	if err := s.Create(e); err != nil {
		t.Fatal(err)
	}
	const writers = 8
	copies := make([]*Escape, writers)
	for i := range copies {
		c, err := s.Load(e.ID)
		if err != nil {
			t.Fatal(err)
		}
		copies[i] = c
	}
	errs := make(chan error, writers)
	for i, c := range copies {
		go func() {
			c.Txs = append(c.Txs, &Tx{Step: "prove", Hash: common.BigToHash(big.NewInt(int64(i + 1))), State: TxSigned})
			errs <- s.Save(c)
		}()
	}
	for range copies {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	// A stale copy saved last keeps them too.
	stale := &Escape{ID: e.ID, Network: "op-devnet", Stage: "waiting-l2"}
	if err := s.Save(stale); err != nil {
		t.Fatal(err)
	}
	got, err := s.Load(e.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Txs) != writers {
		t.Fatalf("the record holds %d transactions, want all %d", len(got.Txs), writers)
	}
	if got.Stage != "waiting-l2" {
		t.Errorf("stage %q: the last save's own fields were not written", got.Stage)
	}
}
