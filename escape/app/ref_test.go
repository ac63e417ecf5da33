package app

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/record"
)

func TestSplitRef(t *testing.T) {
	h := "0x5ed2a3d0b5b0b1c6a8d0bb0bd95b5d1d7f04c5a5c2ed2f5a4fd3d6b61f0c1a20"
	for _, c := range []struct {
		ref   string
		base  string
		index int
		bad   bool
	}{
		{ref: h, base: h, index: flow.NoIndex},
		{ref: h + "#0", base: h, index: 0},
		{ref: h + "#12", base: h, index: 12},
		{ref: "last", base: "last", index: flow.NoIndex},
		{ref: h + "#", bad: true},
		{ref: h + "#-1", bad: true},
		{ref: h + "#x", bad: true},
		{ref: "last#1", bad: true},
		{ref: "0x1234#1", bad: true},
	} {
		base, index, err := splitRef(c.ref)
		if c.bad {
			if escape.CodeOf(err) != "bad-ref" {
				t.Errorf("%s: got %q, %d, %v; want a bad-ref error", c.ref, base, index, err)
			}
			continue
		}
		if err != nil || base != c.base || index != c.index {
			t.Errorf("%s: got %q, %d, %v; want %q, %d", c.ref, base, index, err, c.base, c.index)
		}
	}
}

// An L2 transaction with two withdrawals: REF#N picks one, the bare hash
// is ambiguous once one is in the record, and a withdrawal hash finds its
// own escape.
func TestFindRefL2(t *testing.T) {
	st, err := record.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	tx, w1 := common.HexToHash("0xaa"), common.HexToHash("0xbb")
	e := &record.Escape{Network: "op-devnet", Kind: flow.KindL2Withdrawal, L2Tx: &record.L2Tx{Hash: tx, Index: 1, Count: 2}}
	e.AddRef(w1)
	if err := st.Create(e); err != nil {
		t.Fatal(err)
	}
	if got, err := findRef(st, tx.Hex(), 1); err != nil || got.ID != e.ID {
		t.Fatalf("#1: %v, %v", got, err)
	}
	if _, err := findRef(st, tx.Hex(), 0); err != record.ErrNotFound {
		t.Fatalf("#0 is not in the record: got %v", err)
	}
	if _, err := findRef(st, tx.Hex(), flow.NoIndex); escape.CodeOf(err) != "several-withdrawals" {
		t.Fatalf("bare hash of a transaction with two withdrawals: got %v", err)
	}
	if got, err := findRef(st, w1.Hex(), flow.NoIndex); err != nil || got.ID != e.ID {
		t.Fatalf("withdrawal hash: %v, %v", got, err)
	}
	if got, err := findRef(st, "last", flow.NoIndex); err != nil || got.ID != e.ID {
		t.Fatalf("last: %v, %v", got, err)
	}
}
