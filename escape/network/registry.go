package network

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/l2escape/escape/addresses"
)

// RegistryInfo says which superchain-registry commit the bundled OP Stack
// networks were generated from (internal/genregistry writes it next to them)
// and which of the registry's chains were left out, and why.
type RegistryInfo struct {
	Repo    string         `json:"repo"`   // "ethereum-optimism/superchain-registry"
	Commit  string         `json:"commit"` // full commit hash
	Date    string         `json:"date"`   // the commit's date, RFC 3339
	LeftOut []LeftOutChain `json:"leftOut"`
}

// LeftOutChain is a chain of the registry (or one it removed) that escape
// does not bundle from this commit.
type LeftOutChain struct {
	Identifier string `json:"identifier"`        // "<superchain>/<chain>" as in the registry
	Title      string `json:"title"`             // the registry's name for it
	ChainID    uint64 `json:"chainId,omitempty"` // L2 chain id, when known
	Reason     string `json:"reason"`
	Source     Source `json:"source"` // where the reason can be checked
}

// RegistryStaleAfter is how old the bundled registry may get before escape
// warns that a newer release may know of more chains or newer addresses.
const RegistryStaleAfter = 183 * 24 * time.Hour // six months

// BundledRegistry returns the generation record of the bundled OP Stack
// networks.
func BundledRegistry() (*RegistryInfo, error) {
	var r RegistryInfo
	if err := json.Unmarshal(addresses.RegistryInfo(), &r); err != nil {
		return nil, fmt.Errorf("bundled registry record: %w", err)
	}
	return &r, nil
}

// CommitDate parses the stored commit date.
func (r *RegistryInfo) CommitDate() (time.Time, error) {
	return time.Parse(time.RFC3339, r.Date)
}

// Revision is the short form shown to users: "superchain-registry 8336d2aedd19 (2026-08-04)".
func (r *RegistryInfo) Revision() string {
	c := r.Commit
	if len(c) > 12 {
		c = c[:12]
	}
	d := r.Date
	if t, err := r.CommitDate(); err == nil {
		d = t.UTC().Format("2006-01-02")
	}
	return fmt.Sprintf("superchain-registry %s (%s)", c, d)
}

// StaleWarning returns a warning when the bundled registry's commit is
// older than RegistryStaleAfter at now, or "" when it is fresh.
func (r *RegistryInfo) StaleWarning(now time.Time) string {
	t, err := r.CommitDate()
	if err != nil {
		return "the bundled registry's date is unreadable; " + checkNewer
	}
	age := now.Sub(t)
	if age < RegistryStaleAfter {
		return ""
	}
	return fmt.Sprintf("the bundled OP Stack registry (%s) is %d days old: chains may have been added or upgraded since; %s", r.Revision(), int(age.Hours()/24), checkNewer)
}

// checkNewer points at how to check for a newer escape.
const checkNewer = "look for a newer escape release, and run `escape verify --network NAME` to check the bundled addresses " +
	"against the chain (docs/networks.md#registry-freshness)"
