package app

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"runtime"
	"sort"

	"github.com/l2escape/escape/addresses"
	"github.com/l2escape/escape/escape"
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
	o.UI.Event("version", info, func(w io.Writer) {
		fmt.Fprintf(w, "escape %s (commit %s, registry %s, %s, %s)\n", version, commit, info["registry"], info["go"], info["platform"])
	})
	return nil
}

// Health is `escape health` (the full report lands with its own issue).
func Health(ctx context.Context, o *Options) error {
	return escape.Errorf("not-supported", "this version cannot judge the L2's health yet; `escape verify --network NAME` checks the bridge contracts", "escape health is not yet supported")
}

// Watch is `escape watch` (the live view lands with its own issue).
func Watch(ctx context.Context, o *Options, ref string) error {
	return escape.Errorf("not-supported", "use `escape status "+ref+"` to see where it stands; run it again to refresh", "escape watch is not yet supported")
}
