// Command genregistry regenerates addresses/networks/<name>.json for the OP
// Stack chains of a local superchain-registry copy, and addresses/registry.json.
//
//	ESCAPE_SUPERCHAIN_REGISTRY=/path/to/superchain-registry go generate ./addresses/...
//
// The commit and its date come from `git log` in that directory, or, for an
// exported tree, from ESCAPE_SUPERCHAIN_REGISTRY_COMMIT and
// ESCAPE_SUPERCHAIN_REGISTRY_DATE (RFC 3339). Without
// ESCAPE_SUPERCHAIN_REGISTRY it does nothing, so `go generate ./...` works
// offline.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/l2escape/escape/internal/genregistry"
)

func main() {
	out := flag.String("out", ".", "the addresses directory (holding networks/ and registry.json)")
	flag.Parse()
	dir := os.Getenv("ESCAPE_SUPERCHAIN_REGISTRY")
	if dir == "" {
		fmt.Fprintln(os.Stderr, "genregistry: ESCAPE_SUPERCHAIN_REGISTRY is not set; the bundled registry is left as it is")
		return
	}
	if err := run(dir, *out); err != nil {
		fmt.Fprintln(os.Stderr, "genregistry:", err)
		os.Exit(1)
	}
}

func run(dir, out string) error {
	commit, date := os.Getenv("ESCAPE_SUPERCHAIN_REGISTRY_COMMIT"), os.Getenv("ESCAPE_SUPERCHAIN_REGISTRY_DATE")
	if commit == "" {
		b, err := exec.Command("git", "-C", dir, "log", "-1", "--format=%H %cI").Output()
		if err != nil {
			return fmt.Errorf("%s is not a git checkout; set ESCAPE_SUPERCHAIN_REGISTRY_COMMIT and ESCAPE_SUPERCHAIN_REGISTRY_DATE: %v", dir, err)
		}
		commit, date, _ = strings.Cut(strings.TrimSpace(string(b)), " ")
	}
	t, err := time.Parse(time.RFC3339, date)
	if err != nil {
		return fmt.Errorf("registry commit date %q: %v", date, err)
	}
	networks := filepath.Join(out, "networks")
	res, err := genregistry.Generate(genregistry.Input{
		Registry: os.DirFS(dir), Commit: commit, Date: t.UTC().Format(time.RFC3339),
		Existing: os.DirFS(networks), Removed: genregistry.Removed,
	})
	if err != nil {
		return err
	}
	names := make([]string, 0, len(res.Files))
	for name := range res.Files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if err := os.WriteFile(filepath.Join(networks, name), res.Files[name], 0o644); err != nil {
			return err
		}
	}
	if err := os.WriteFile(filepath.Join(out, "registry.json"), res.Registry, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "genregistry: %d networks from %s @%s\n", len(names), genregistry.Repo, commit)
	return nil
}
