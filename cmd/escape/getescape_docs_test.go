package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// A frightened newcomer finds how to get escape before anything else: the
// first section of the README and of docs/emergency.md says where the
// release binaries are, how to check them against SHA256SUMS, and how to
// build from source with go install. The README's first commands are still
// the build and the tests.
func TestHowToGetEscapeComesFirst(t *testing.T) {
	must := []string{
		"https://github.com/l2escape/escape/releases",
		"escape-VERSION-OS-ARCH",
		"SHA256SUMS",
		"sha256sum -c SHA256SUMS",
		"shasum -a 256 -c",
		"CGO_ENABLED=0 go install ",
	}
	h2 := regexp.MustCompile(`(?m)^## .*$`)
	for _, name := range []string{"README.md", filepath.Join("docs", "emergency.md")} {
		data, err := os.ReadFile(filepath.Join(repoRoot, name))
		if err != nil {
			t.Fatal(err)
		}
		doc := string(data)
		headings := h2.FindAllStringIndex(doc, -1)
		if len(headings) < 2 || doc[headings[0][0]:headings[0][1]] != "## How to get escape" {
			t.Errorf("%s: the first section is not \"How to get escape\"", name)
			continue
		}
		section := doc[headings[0][0]:headings[1][0]]
		for _, want := range must {
			if !strings.Contains(section, want) {
				t.Errorf("%s: \"How to get escape\" does not say %q", name, want)
			}
		}
	}

	readme, err := os.ReadFile(filepath.Join(repoRoot, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	first := regexp.MustCompile("(?s)```sh\n(.*?)```").FindStringSubmatch(string(readme))
	var lines []string
	if first != nil {
		lines = strings.Split(strings.TrimSpace(first[1]), "\n")
	}
	if len(lines) != 2 || lines[0] != "CGO_ENABLED=0 go build -o bin/escape ./cmd/escape && bin/escape --help" ||
		!strings.HasPrefix(lines[1], "npm install --no-save && go test ./...") {
		t.Errorf("README.md's first two commands are not the build and the tests:\n%q", lines)
	}
}
