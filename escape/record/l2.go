package record

import (
	"strconv"

	"github.com/ethereum/go-ethereum/common"
)

// L2Tx names one withdrawal of an L2 transaction made outside escape (a
// wallet, a dApp, a bridge UI) that escape follows to L1.
type L2Tx struct {
	Hash common.Hash `json:"hash"`
	// Index is the withdrawal's place among the transaction's withdrawals,
	// in log order, from 0; Count is how many it made.
	Index int `json:"index"`
	Count int `json:"count"`
}

// Ref is the REF that names this withdrawal: the L2 transaction hash,
// followed by #index when the transaction made several.
func (t *L2Tx) Ref() string {
	if t.Count > 1 {
		return t.Hash.Hex() + "#" + strconv.Itoa(t.Index)
	}
	return t.Hash.Hex()
}

// FindL2 returns the escape following withdrawal index (any, if index < 0)
// of L2 transaction h, and how many escapes follow withdrawals of it.
func (s *Store) FindL2(h common.Hash, index int) (*Escape, int, error) {
	all, err := s.List()
	if err != nil {
		return nil, 0, err
	}
	var found *Escape
	n := 0
	for _, e := range all {
		if e.L2Tx == nil || e.L2Tx.Hash != h {
			continue
		}
		n++
		if found == nil && (index < 0 || e.L2Tx.Index == index) {
			found = e
		}
	}
	return found, n, nil
}
