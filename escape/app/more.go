package app

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"runtime"
	"sort"
	"time"

	"github.com/l2escape/escape/addresses"
)

// RegistryRevision is a digest of the bundled network files, so a user (or a
// dApp's docs) can tell exactly which registry a binary carries.
func RegistryRevision() string {
	fsys := addresses.Files()
	var names []string
	_ = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			names = append(names, p)
		}
		return nil
	})
	sort.Strings(names)
	h := sha256.New()
	for _, n := range names {
		data, _ := fs.ReadFile(fsys, n)
		fmt.Fprintf(h, "%s %d\n", n, len(data))
		h.Write(data)
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// Version prints the build's identity.
func Version(o *Options, version, commit string) error {
	info := map[string]string{"version": version, "commit": commit, "registry": RegistryRevision(), "go": runtime.Version(),
		"platform": runtime.GOOS + "/" + runtime.GOARCH}
	fresh, reg, err := bundledRegistryFreshness(time.Now())
	if err != nil {
		return err
	}
	info["superchainRegistryCommit"], info["superchainRegistryDate"] = fresh.Commit, fresh.Date
	if fresh.Warning != "" {
		info["warning"] = fresh.Warning
	}
	o.UI.Event("version", info, func(w io.Writer) {
		fmt.Fprintf(w, "escape %s (commit %s, registry %s, %s, %s)\n", version, commit, info["registry"], info["go"], info["platform"])
		writeRegistryFreshness(w, o.UI.Err, fresh, reg)
	})
	return nil
}
