// Package record keeps the local record of escapes: one JSON file per
// escape, holding every transaction we signed for it (with its raw signed
// bytes) and what each stack learned along the way.
//
// A signed transaction is saved before it is broadcast, and every save is
// atomic and durable (write to a temporary file, fsync, rename, fsync the
// directory), so a crash, a closed terminal or a dead RPC can never make us
// forget a transaction or sign a second one for the same step. Files are
// mode 0600 in a 0700 directory. They never hold keys.
package record

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/units"
)

// HomeEnv overrides the record directory.
const HomeEnv = "ESCAPE_HOME"

// TxState is where one of our L1 transactions stands.
type TxState string

const (
	TxSigned    TxState = "signed"    // saved, maybe not broadcast
	TxBroadcast TxState = "broadcast" // an RPC accepted it
	TxMined     TxState = "mined"     // receipt with status 1
	TxReverted  TxState = "reverted"  // receipt with status 0
	TxReplaced  TxState = "replaced"  // another tx with the same nonce was mined
	TxDropped   TxState = "dropped"   // its nonce was used by a transaction we did not record
)

// Pending reports whether the transaction may still be mined.
func (s TxState) Pending() bool { return s == TxSigned || s == TxBroadcast }

// Tx is one transaction we signed.
type Tx struct {
	Step     string          `json:"step"` // "deposit", "prove", "finalize", "send-l2-message", "force-include", "execute", ...
	ChainID  uint64          `json:"chainId"`
	Hash     common.Hash     `json:"hash"`
	Raw      hexutil.Bytes   `json:"raw"` // the signed bytes: resuming rebroadcasts exactly these
	From     common.Address  `json:"from"`
	To       *common.Address `json:"to,omitempty"`
	Nonce    uint64          `json:"nonce"`
	Value    string          `json:"value"` // wei, decimal
	GasLimit uint64          `json:"gasLimit"`
	MaxFee   string          `json:"maxFeePerGas"`
	Tip      string          `json:"maxPriorityFeePerGas"`
	State    TxState         `json:"state"`
	Replaces common.Hash     `json:"replaces,omitempty"`
	// Data is the planned call's data, kept for a transaction a wallet
	// sent (escape may never see its signed bytes, Raw): a later run
	// tells the wallet's replacement of it (same call) from another call.
	Data hexutil.Bytes `json:"data,omitempty"`

	SignedAt    time.Time   `json:"signedAt"`
	BroadcastAt time.Time   `json:"broadcastAt,omitempty"`
	MinedAt     time.Time   `json:"minedAt,omitempty"`
	Block       uint64      `json:"block,omitempty"`
	BlockHash   common.Hash `json:"blockHash,omitempty"`
	GasUsed     uint64      `json:"gasUsed,omitempty"`
	Error       string      `json:"error,omitempty"`
}

// Note is a line of an escape's history.
type Note struct {
	At   time.Time `json:"at"`
	Text string    `json:"text"`
}

// Escape is one attempt to move funds out of an L2.
type Escape struct {
	ID      string `json:"id"`
	Network string `json:"network"`
	// NetworkFile is the user's own network file the escape was started
	// with (empty for bundled networks), so later steps can reopen it.
	NetworkFile string          `json:"networkFile,omitempty"`
	Stack       escape.Stack    `json:"stack"`
	Kind        string          `json:"kind"` // "withdraw-eth", "withdraw-erc20", "send"
	L1ChainID   uint64          `json:"l1ChainId"`
	L2ChainID   uint64          `json:"l2ChainId"`
	From        common.Address  `json:"from"`
	Recipient   *common.Address `json:"recipient,omitempty"`
	Amount      string          `json:"amount,omitempty"` // base units, decimal
	Token       *common.Address `json:"token,omitempty"`
	Created     time.Time       `json:"created"`
	Updated     time.Time       `json:"updated"`
	Stage       escape.Stage    `json:"stage"` // last known
	Txs         []*Tx           `json:"txs"`
	Notes       []Note          `json:"notes,omitempty"`
	// Refs are extra hashes this escape answers to (e.g. the L2 transaction
	// hash), so `escape status <hash>` finds it.
	Refs []common.Hash `json:"refs,omitempty"`
	// L2Tx is the L2 transaction (and which of its withdrawals) an escape
	// imported from L2 follows; nil for escapes escape started.
	L2Tx *L2Tx `json:"l2Tx,omitempty"`
	// Unsigned is the transaction planned for signing elsewhere and not
	// given back signed yet (see pipeline/offline.go).
	Unsigned *Unsigned `json:"unsigned,omitempty"`

	OP  *OPState  `json:"op,omitempty"`
	Arb *ArbState `json:"arbitrum,omitempty"`
}

// Note appends a history line.
func (e *Escape) Note(format string, args ...any) {
	e.Notes = append(e.Notes, Note{At: time.Now().UTC(), Text: fmt.Sprintf(format, args...)})
}

// TxsFor returns the transactions of a step, oldest first.
func (e *Escape) TxsFor(step string) []*Tx {
	var out []*Tx
	for _, t := range e.Txs {
		if t.Step == step {
			out = append(out, t)
		}
	}
	return out
}

// MinedTx returns the mined transaction of a step, if any.
func (e *Escape) MinedTx(step string) *Tx {
	for _, t := range e.Txs {
		if t.Step == step && t.State == TxMined {
			return t
		}
	}
	return nil
}

// PendingTxs returns every transaction that may still be mined.
func (e *Escape) PendingTxs() []*Tx {
	var out []*Tx
	for _, t := range e.Txs {
		if t.State.Pending() {
			out = append(out, t)
		}
	}
	return out
}

// AddRef records another hash this escape answers to.
func (e *Escape) AddRef(h common.Hash) {
	for _, r := range e.Refs {
		if r == h {
			return
		}
	}
	e.Refs = append(e.Refs, h)
}

func (e *Escape) answersTo(h common.Hash) bool {
	for _, t := range e.Txs {
		if t.Hash == h {
			return true
		}
	}
	for _, r := range e.Refs {
		if r == h {
			return true
		}
	}
	return false
}

// Store is a directory of escape files.
type Store struct {
	dir string
	// OnDamaged, if set, hears of each damaged record file that List or
	// Find skipped (once per file).
	OnDamaged func(*Damaged)
	mu        sync.Mutex
	reported  map[string]bool
	// LockWait bounds how long WaitLock and LockAccount wait for another
	// process (DefaultLockWait if zero).
	LockWait time.Duration
	// dryRun stores read but never write: a dry run must leave every
	// file under ESCAPE_HOME as it was, whatever the flow learns.
	dryRun bool
}

// DryRun returns a view of the store that reads the same files and writes
// nothing: Create and Save only update the escape in memory.
func (s *Store) DryRun() *Store {
	return &Store{dir: s.dir, dryRun: true, OnDamaged: s.OnDamaged, LockWait: s.LockWait}
}

// IsDryRun reports whether writes are skipped.
func (s *Store) IsDryRun() bool { return s.dryRun }

// DefaultDir is $ESCAPE_HOME, else <user config dir>/escape.
func DefaultDir() (string, error) {
	if d := os.Getenv(HomeEnv); d != "" {
		return d, nil
	}
	c, err := os.UserConfigDir()
	if err != nil {
		return "", escape.Wrap(err, "no-record-dir", "set ESCAPE_HOME to a directory for escape's record", "cannot find a directory for the local record")
	}
	return filepath.Join(c, "escape"), nil
}

// Open opens a store. Its directory is made by the first write (ensureDir),
// not here: a command that only reads (history, a dry run, status of an
// escape not in the record) leaves no trace on a machine that has none.
func Open(dir string) (*Store, error) {
	d := filepath.Join(dir, "escapes")
	s := &Store{dir: d}
	if fi, err := os.Stat(d); err == nil && !fi.IsDir() {
		return nil, s.ensureDir() // says what is in the way
	}
	return s, nil
}

// ensureDir makes the store's directory before a write.
func (s *Store) ensureDir() error {
	if err := os.MkdirAll(s.dir, 0o700); err != nil {
		return dirError(err, "no-record-dir", s.dir, "cannot create the record directory")
	}
	return nil
}

// Dir is where the escape files are.
func (s *Store) Dir() string { return s.dir }

// Path is the file of one escape.
func (s *Store) Path(id string) string { return filepath.Join(s.dir, id+".json") }

// NewID makes a readable, unique, sortable id: network, date and a random tail.
func NewID(network string, now time.Time) string {
	var b [3]byte
	_, _ = rand.Read(b[:])
	return fmt.Sprintf("%s-%s-%s", network, now.UTC().Format("20060102-1504"), hex.EncodeToString(b[:]))
}

// Create assigns an id (if none) and saves a new escape.
func (s *Store) Create(e *Escape) error {
	now := time.Now().UTC()
	if e.ID == "" {
		e.ID = NewID(e.Network, now)
	}
	if e.Created.IsZero() {
		e.Created = now
	}
	if _, err := os.Stat(s.Path(e.ID)); err == nil {
		return fmt.Errorf("record: escape %s exists", e.ID)
	}
	return s.Save(e)
}

// Save writes an escape durably: temp file, fsync, rename, fsync directory.
// It never drops a transaction: one that the file holds and e does not
// (saved meanwhile by another process working from its own copy, such as
// `escape status` next to `escape next`) is kept.
func (s *Store) Save(e *Escape) error {
	e.Updated = time.Now().UTC()
	if s.dryRun {
		return nil
	}
	unlock, err := s.saveLock(e.ID)
	if err != nil {
		return err
	}
	defer unlock()
	s.keepRecordedTxs(e)
	data, err := json.MarshalIndent(e, "", "  ")
	if err != nil {
		return err
	}
	data = append(data, '\n')
	tmp, err := os.CreateTemp(s.dir, "."+e.ID+".*.tmp")
	if err != nil {
		return dirError(err, "record-write", s.dir, "cannot save the record")
	}
	tmpName := tmp.Name()
	defer os.Remove(tmpName) // no-op after a successful rename
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return dirError(err, "record-write", s.dir, "cannot save the record")
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return dirError(err, "record-write", s.dir, "cannot save the record")
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return dirError(err, "record-write", s.dir, "cannot flush the record to disk")
	}
	if err := tmp.Close(); err != nil {
		return dirError(err, "record-write", s.dir, "cannot save the record")
	}
	if err := os.Rename(tmpName, s.Path(e.ID)); err != nil {
		return dirError(err, "record-write", s.dir, "cannot save the record")
	}
	if err := syncDir(s.dir); err != nil {
		return dirError(err, "record-write", s.dir, "cannot flush the record directory to disk")
	}
	return nil
}

// dirError says what is wrong with the record directory: not writable, on a
// read-only disk, full, or not a directory. A generic "cannot save" would
// leave the user guessing, and nothing is sent until the record is written.
func dirError(err error, code, dir, what string) *escape.Error {
	other := "or set ESCAPE_HOME (or --home) to a directory you own on a writable disk"
	switch {
	case errors.Is(err, fs.ErrPermission):
		return escape.Wrap(err, code, "make it writable for your user (e.g. chmod u+rwx "+dir+"), "+other,
			"%s: the record directory %s is not writable by you (permission denied)", what, dir)
	case errors.Is(err, syscall.EROFS):
		return escape.Wrap(err, code, "remount it read-write, "+other,
			"%s: the record directory %s is on a read-only file system", what, dir)
	case errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EDQUOT):
		return escape.Wrap(err, code, "free some space on that disk, "+other,
			"%s: the disk holding the record directory %s is full", what, dir)
	case errors.Is(err, syscall.ENOTDIR) || errors.Is(err, syscall.EEXIST):
		return escape.Wrap(err, code, "move that file away, "+other,
			"%s: %s (or a folder above it) is a file, not a directory", what, dir)
	}
	return escape.Wrap(err, code, "check that "+dir+" is a writable directory and its disk is not full, "+other, "%s in %s", what, dir)
}

// saveLock serialises the read-merge-write of Save across processes. It is
// held for milliseconds, so it waits for up to ten seconds.
func (s *Store) saveLock(id string) (func(), error) {
	if err := s.ensureDir(); err != nil {
		return nil, err
	}
	path := filepath.Join(s.dir, "."+id+".save.lock")
	deadline := time.Now().Add(10 * time.Second)
	for {
		f, err := acquireFile(path)
		if err == nil {
			return releaser(f), nil
		}
		if !errors.Is(err, errLocked) || time.Now().After(deadline) {
			return nil, escape.Wrap(err, "record-write", "check that "+s.dir+" is writable; if another escape process is stuck, close it", "cannot save the record of escape %s", id)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// keepRecordedTxs adds to e the transactions (and refs) its file holds that
// e lacks. A damaged or missing file has nothing to keep.
func (s *Store) keepRecordedTxs(e *Escape) {
	disk, _, err := s.read(e.ID)
	if err != nil || disk == nil || disk.ID != e.ID {
		return
	}
	have := map[common.Hash]bool{}
	for _, t := range e.Txs {
		have[t.Hash] = true
	}
	for _, t := range disk.Txs {
		if !have[t.Hash] {
			e.Txs = append(e.Txs, t)
			have[t.Hash] = true
			e.Note("kept %s transaction %s, saved by another escape process", t.Step, t.Hash.Hex())
		}
	}
	for _, r := range disk.Refs {
		e.AddRef(r)
	}
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, os.ErrInvalid) {
		// Some platforms (Windows) cannot fsync a directory; the rename is
		// still atomic there.
		return nil
	}
	return nil
}

// Damaged is a record file that cannot be read as an escape: truncated,
// empty, not JSON, JSON of another shape, or `null`. One damaged file never
// hides the others: List and Find skip it and report it through OnDamaged.
type Damaged struct {
	ID     string // from the file name
	Path   string
	Reason string
}

// corruptError is the error a command on a damaged escape gets.
func (s *Store) corruptError(d *Damaged) error {
	return escape.Errorf("record-corrupt",
		"keep a copy of "+d.Path+" (it may hold signed transactions), then move it out of "+s.dir+
			"; to follow the escape again, give its L1 transaction hash (in the file, or on an L1 explorer for your address) with its network: `escape status 0xHASH --network NAME`",
		"the record of escape %s is damaged (%s)", d.ID, d.Reason)
}

// read parses one escape file; a file that is not an escape is Damaged.
func (s *Store) read(id string) (*Escape, *Damaged, error) {
	path := s.Path(id)
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	damaged := func(reason string) (*Escape, *Damaged, error) {
		return nil, &Damaged{ID: id, Path: path, Reason: reason}, nil
	}
	if len(strings.TrimSpace(string(data))) == 0 {
		return damaged("the file is empty")
	}
	var e *Escape
	if err := json.Unmarshal(data, &e); err != nil {
		var syn *json.SyntaxError
		var typ *json.UnmarshalTypeError
		switch {
		case errors.As(err, &syn) || strings.Contains(err.Error(), "unexpected end of JSON"):
			return damaged("not valid JSON, perhaps cut short: " + err.Error())
		case errors.As(err, &typ):
			return damaged("JSON that is not an escape record: " + err.Error())
		}
		return damaged("unreadable: " + err.Error())
	}
	if e == nil {
		return damaged("the file holds null, not an escape")
	}
	if e.ID == "" {
		return damaged("the file holds no escape id")
	}
	return e, nil, nil
}

// Load reads one escape by exact id. A damaged file is a "record-corrupt"
// error that says how to recover.
func (s *Store) Load(id string) (*Escape, error) {
	e, d, err := s.read(id)
	if err != nil {
		return nil, err
	}
	if d != nil {
		return nil, s.corruptError(d)
	}
	return e, nil
}

// Scan returns every readable escape, newest first, and every damaged file.
func (s *Store) Scan() ([]*Escape, []*Damaged, error) {
	entries, err := os.ReadDir(s.dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil // nothing written yet
	}
	if err != nil {
		return nil, nil, err
	}
	var out []*Escape
	var bad []*Damaged
	for _, ent := range entries {
		name := ent.Name()
		if strings.HasPrefix(name, ".") || !strings.HasSuffix(name, ".json") || ent.IsDir() {
			continue
		}
		e, d, err := s.read(strings.TrimSuffix(name, ".json"))
		switch {
		case errors.Is(err, os.ErrNotExist):
			continue // removed meanwhile
		case err != nil:
			bad = append(bad, &Damaged{ID: strings.TrimSuffix(name, ".json"), Path: filepath.Join(s.dir, name), Reason: "cannot be read: " + err.Error()})
		case d != nil:
			bad = append(bad, d)
		default:
			out = append(out, e)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Created.After(out[j].Created) })
	return out, bad, nil
}

// List returns every readable escape, newest first. Damaged files are
// skipped and reported through OnDamaged.
func (s *Store) List() ([]*Escape, error) {
	all, bad, err := s.Scan()
	if err != nil {
		return nil, err
	}
	s.report(bad)
	return all, nil
}

// report tells OnDamaged about each damaged file, once per file.
func (s *Store) report(bad []*Damaged) {
	if s.OnDamaged == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.reported == nil {
		s.reported = map[string]bool{}
	}
	for _, d := range bad {
		if !s.reported[d.Path] {
			s.reported[d.Path] = true
			s.OnDamaged(d)
		}
	}
}

// ErrNotFound means no escape in the record answers to a ref.
var ErrNotFound = errors.New("not in the local record")

// Find resolves a REF: an escape id, a unique prefix of one, "last" (or
// "latest", the newest), or any transaction hash the escape recorded.
func (s *Store) Find(ref string) (*Escape, error) {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return nil, escape.Errorf("bad-ref", "give an escape id from `escape history` or an L1 transaction hash", "no REF given")
	}
	if !isHash(ref) && ref != "last" && ref != "latest" && !strings.ContainsAny(ref, `/\:`) {
		// An exact id needs no scan, and a damaged file of that id is
		// that escape's error alone.
		if e, err := s.Load(ref); err == nil || escape.CodeOf(err) == "record-corrupt" {
			return e, err
		}
	}
	all, bad, err := s.Scan()
	if err != nil {
		return nil, err
	}
	s.report(bad)
	if ref == "last" || ref == "latest" {
		if len(all) == 0 {
			return nil, escape.Errorf("not-found", "`escape history` lists the record; it is empty", "the local record has no escapes")
		}
		return all[0], nil
	}
	if isHash(ref) {
		h := common.HexToHash(ref)
		for _, e := range all {
			if e.answersTo(h) {
				return e, nil
			}
		}
		return nil, ErrNotFound
	}
	var match []*Escape
	for _, e := range all {
		if e.ID == ref {
			return e, nil
		}
		if strings.HasPrefix(e.ID, ref) {
			match = append(match, e)
		}
	}
	var damaged []*Damaged
	for _, d := range bad {
		if strings.HasPrefix(d.ID, ref) {
			damaged = append(damaged, d)
		}
	}
	switch {
	case len(match) == 1 && len(damaged) == 0:
		return match[0], nil
	case len(match) == 0 && len(damaged) == 1:
		return nil, s.corruptError(damaged[0])
	case len(match) == 0 && len(damaged) == 0:
		return nil, escape.Errorf("not-found", "`escape history` lists the escapes in the record ("+s.dir+")", "no escape %s in the local record", units.Abbrev(ref))
	}
	return nil, escape.Errorf("ambiguous-ref", "give more of the id; `escape history` lists them", "%s matches %d escapes", units.Abbrev(ref), len(match)+len(damaged))
}

func isHash(s string) bool {
	if !strings.HasPrefix(s, "0x") || len(s) != 66 {
		return false
	}
	_, err := strconv.ParseUint(s[2:10], 16, 64)
	return err == nil && common.IsHexAddress("0x"+s[26:]) // cheap hex check of the rest
}
