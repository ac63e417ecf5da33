package record

import (
	"os"
	"path/filepath"
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
	if fi, _ := os.Stat(s.Dir()); fi.Mode().Perm() != 0o700 {
		t.Errorf("record dir mode %v", fi.Mode().Perm())
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
	entries, _ := os.ReadDir(s.Dir())
	if len(entries) != 1 {
		t.Fatalf("files in the record: %v", entries)
	}
}
