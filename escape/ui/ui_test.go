package ui

import (
	"encoding/json"
	"testing"
)

// TestExactKVs: --json gets each line's exact figures, people the rounded
// ones; a line without Exact is the same in both.
func TestExactKVs(t *testing.T) {
	kvs := []KV{{Key: "L1 fee (likely)", Value: "about 0.000105 ETH", Exact: "about 0.000105029629869474 ETH"}, {Key: "Your L1 balance", Value: "1 ETH"}}
	got := ExactKVs(kvs)
	if got[0].Value != "about 0.000105029629869474 ETH" || got[1].Value != "1 ETH" || kvs[0].Value != "about 0.000105 ETH" {
		t.Fatalf("ExactKVs = %+v (from %+v)", got, kvs)
	}
	j, err := json.Marshal(kvs[0])
	if err != nil || string(j) != `{"key":"L1 fee (likely)","value":"about 0.000105 ETH"}` {
		t.Fatalf("a line marshals as %s, %v", j, err)
	}
}
