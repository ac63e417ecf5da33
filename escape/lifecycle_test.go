package escape

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// A wait whose end is not known has no "until" in --json (it used to print
// "0001-01-01T00:00:00Z"); a known one keeps it.
func TestWaitJSONLeavesOutUnknownTimes(t *testing.T) {
	unknown, err := json.Marshal(Wait{What: "finality air-gap after resolution"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(unknown), "until") || strings.Contains(string(unknown), "0001-01-01") {
		t.Errorf("unknown time in JSON: %s", unknown)
	}
	known, err := json.Marshal(Wait{What: "proof maturity", Until: time.Unix(1700000000, 0).UTC()})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(known), `"until":"2023-11-14T22:13:20Z"`) {
		t.Errorf("known time missing: %s", known)
	}
}

// TooEarly names the first known end of a wait.
func TestTooEarlyNamesTheFirstEnd(t *testing.T) {
	st := &Status{Stage: StageWaitingFinalize, Waits: []Wait{
		{What: "dispute game resolution", Until: time.Unix(1700000600, 0), Estimate: true},
		{What: "proof maturity", Until: time.Unix(1700000000, 0)},
		{What: "finality air-gap"},
	}}
	err := TooEarly("e1", st)
	if err.Code != "too-early" || !strings.Contains(err.Msg, "proof maturity ends 2023-11-14 22:13:20 UTC") || !strings.Contains(err.Hint, "escape next e1") {
		t.Fatalf("%+v", err)
	}
}
