package network

import (
	"strings"
	"testing"
	"time"
)

// TestBundledRegistryRecord checks addresses/registry.json: the pinned
// commit and date every generated file cites, and the left-out chains, none
// of which may be bundled unless the reason says it is kept.
func TestBundledRegistryRecord(t *testing.T) {
	r, err := BundledRegistry()
	if err != nil {
		t.Fatal(err)
	}
	if r.Repo != "ethereum-optimism/superchain-registry" || !fullCommit.MatchString(r.Commit) {
		t.Fatalf("registry record %s @%q", r.Repo, r.Commit)
	}
	if _, err := r.CommitDate(); err != nil {
		t.Fatalf("date %q: %v", r.Date, err)
	}
	byChain := map[[2]uint64]*Network{}
	generated := 0
	for _, n := range bundled(t) {
		byChain[[2]uint64{n.L1ChainID, n.L2ChainID}] = n
		if s := n.Contracts[OptimismPortal].Source; s.Repo == r.Repo && s.Commit == r.Commit {
			generated++
			for name, c := range n.Contracts {
				if c.Source.Repo == r.Repo && c.Source.Commit != r.Commit {
					t.Errorf("%s %s cites registry commit %s, not the pinned %s", n.Name, name, c.Source.Commit, r.Commit)
				}
			}
		}
	}
	if generated < 40 {
		t.Errorf("%d networks generated from the pinned commit, want every listed OP Stack chain (40+)", generated)
	}
	if len(r.LeftOut) == 0 {
		t.Fatal("no left-out chains recorded")
	}
	for _, c := range r.LeftOut {
		if c.Identifier == "" || c.Reason == "" || !fullCommit.MatchString(c.Source.Commit) {
			t.Errorf("left-out entry without identifier, reason or source commit: %+v", c)
		}
		for _, l1 := range []uint64{1, 11155111} {
			if n := byChain[[2]uint64{l1, c.ChainID}]; n != nil && c.ChainID != 0 && !strings.Contains(c.Reason, "still bundled as "+n.Name) {
				t.Errorf("%s is left out (%s) but bundled as %s", c.Identifier, c.Reason, n.Name)
			}
		}
	}
}

func TestRegistryStaleWarning(t *testing.T) {
	r := &RegistryInfo{Commit: "8336d2aedd19b87a57b01ae36ba4afef8ea377d0", Date: "2026-08-04T21:07:49Z"}
	date, _ := r.CommitDate()
	if w := r.StaleWarning(date.Add(150 * 24 * time.Hour)); w != "" {
		t.Errorf("five months old: %q", w)
	}
	w := r.StaleWarning(date.Add(200 * 24 * time.Hour))
	for _, want := range []string{"8336d2aedd19", "2026-08-04", "200 days old", "newer escape release", "escape verify"} {
		if !strings.Contains(w, want) {
			t.Errorf("the warning lacks %q: %q", want, w)
		}
	}
	if got := r.Revision(); got != "superchain-registry 8336d2aedd19 (2026-08-04)" {
		t.Errorf("revision %q", got)
	}
}
