package app

import (
	"errors"
	"strings"
	"testing"

	"github.com/l2escape/escape/escape"
)

// TestRedactRef: errors from a REF lookup show the REF by its ends only,
// whatever case or prefix it was typed with and wherever the stacks put it.
func TestRedactRef(t *testing.T) {
	key := "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
	for _, ref := range []string{"0x" + key, key, "0x" + strings.ToUpper(key)} {
		inner := errors.New("not found: 0x" + key)
		err := redactRef(escape.Wrap(inner, "tx-not-found", "check 0x"+strings.ToUpper(key), "cannot find L1 transaction 0x%s", key), ref)
		all := strings.ToLower(err.Error() + " " + escape.HintOf(err))
		if strings.Contains(all, key[4:60]) {
			t.Fatalf("REF %s leaks: %s", ref[:6], all)
		}
		if escape.CodeOf(err) != "tx-not-found" || !strings.Contains(err.Error(), "cannot find L1 transaction 0xac09…ff80") {
			t.Fatalf("redacted error: %v", err)
		}
	}
}

// A REF the chain returned a transaction for is a real hash: shown in full.
func TestRedactRefKeepsFoundTransactions(t *testing.T) {
	h := "0x5152a6afc8f9dda6f95b83cab74633e9cae08070bed4261816a3d559e8b8141c"
	err := redactRef(escape.Errorf("several-withdrawals", "give REF#N", "L2 transaction %s made 2 withdrawals", h), h)
	if !strings.Contains(err.Error(), h) {
		t.Fatalf("found transaction redacted: %v", err)
	}
}
