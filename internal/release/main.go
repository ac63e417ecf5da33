// Command release builds escape's static release binaries for every
// supported platform and writes SHA256SUMS beside them:
//
//	go run ./internal/release -version v0.1.0 [-targets linux/amd64,darwin/arm64] [-out dist]
//
// Builds are reproducible: CGO is off, paths are trimmed, the build id is
// empty, VCS stamping is off, and the version and commit are passed
// explicitly, so the same source and flags give byte-identical binaries.
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

var allTargets = []string{"linux/amd64", "linux/arm64", "darwin/amd64", "darwin/arm64", "windows/amd64", "windows/arm64"}

func main() {
	version := flag.String("version", "", "version to stamp (required), e.g. v0.1.0")
	commit := flag.String("commit", "", "commit to stamp (default: git rev-parse HEAD)")
	targets := flag.String("targets", strings.Join(allTargets, ","), "comma-separated GOOS/GOARCH list")
	out := flag.String("out", "dist", "output directory")
	flag.Parse()
	if *version == "" {
		fail("-version is required (e.g. -version v0.1.0)")
	}
	if *commit == "" {
		b, err := exec.Command("git", "rev-parse", "HEAD").Output()
		if err != nil {
			fail("cannot read the commit (pass -commit): %v", err)
		}
		*commit = strings.TrimSpace(string(b))
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fail("%v", err)
	}
	sums := map[string]string{}
	for _, t := range strings.Split(*targets, ",") {
		goos, goarch, ok := strings.Cut(strings.TrimSpace(t), "/")
		if !ok {
			fail("bad target %q (want GOOS/GOARCH)", t)
		}
		name := fmt.Sprintf("escape-%s-%s-%s", *version, goos, goarch)
		if goos == "windows" {
			name += ".exe"
		}
		path := filepath.Join(*out, name)
		ldflags := fmt.Sprintf("-s -w -buildid= -X main.version=%s -X main.commit=%s", *version, *commit)
		cmd := exec.Command("go", "build", "-trimpath", "-buildvcs=false", "-ldflags", ldflags, "-o", path, "./cmd/escape")
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOOS="+goos, "GOARCH="+goarch, "GOFLAGS=")
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		fmt.Fprintf(os.Stderr, "building %s\n", name)
		if err := cmd.Run(); err != nil {
			fail("build %s: %v", t, err)
		}
		sum, err := fileSHA256(path)
		if err != nil {
			fail("%v", err)
		}
		sums[name] = sum
	}
	names := make([]string, 0, len(sums))
	for n := range sums {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	for _, n := range names {
		// The format of sha256sum, so `sha256sum -c SHA256SUMS` verifies it.
		fmt.Fprintf(&b, "%s  %s\n", sums[n], n)
	}
	if err := os.WriteFile(filepath.Join(*out, "SHA256SUMS"), []byte(b.String()), 0o644); err != nil {
		fail("%v", err)
	}
	fmt.Print(b.String())
}

func fileSHA256(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "release: "+format+"\n", args...)
	os.Exit(1)
}
