package app

import (
	"fmt"
	"io"
	"time"

	"github.com/l2escape/escape/escape/network"
)

// registryFreshness is what `escape version` and `escape networks` say about
// the bundled superchain-registry commit.
type registryFreshness struct {
	Repo    string `json:"repo"`
	Commit  string `json:"commit"`
	Date    string `json:"date"`
	LeftOut int    `json:"leftOut"`           // chains left out, listed in docs/addresses.md
	Warning string `json:"warning,omitempty"` // set when the commit is over six months old
}

// bundledRegistryFreshness reads the generation record and judges its age at now.
func bundledRegistryFreshness(now time.Time) (*registryFreshness, *network.RegistryInfo, error) {
	r, err := network.BundledRegistry()
	if err != nil {
		return nil, nil, err
	}
	return &registryFreshness{Repo: r.Repo, Commit: r.Commit, Date: r.Date, LeftOut: len(r.LeftOut), Warning: r.StaleWarning(now)}, r, nil
}

// writeRegistryFreshness prints the human form: the revision on out, the
// warning (if any) on errOut so that it shows even when out is piped.
func writeRegistryFreshness(out, errOut io.Writer, f *registryFreshness, r *network.RegistryInfo) {
	fmt.Fprintf(out, "OP Stack networks generated from %s; %d chains left out (docs/addresses.md says why)\n", r.Revision(), f.LeftOut)
	if f.Warning != "" {
		fmt.Fprintf(errOut, "warning: %s\n", f.Warning)
	}
}
