package main

import (
	"bufio"
	"context"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"

	"github.com/l2escape/escape/internal/gendocs"
)

const repoRoot = "../.."

func docFiles(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(repoRoot, "docs", "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	return append(files, filepath.Join(repoRoot, "README.md"), filepath.Join(repoRoot, "bindings", "README.md"))
}

// examples returns every `escape ...` command line inside fenced code blocks.
func examples(t *testing.T, path string) []string {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	inFence := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "```") {
			inFence = !inFence
			continue
		}
		if !inFence {
			continue
		}
		line = strings.TrimPrefix(line, "$ ")
		if i := strings.Index(line, " #"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if strings.HasPrefix(line, "escape ") {
			out = append(out, line)
		}
	}
	return out
}

// Every command example in the docs parses with the real CLI: an unknown
// command or flag, or a missing required flag, fails the test.
func TestDocsExamplesParse(t *testing.T) {
	n := 0
	for _, path := range docFiles(t) {
		for _, ex := range examples(t, path) {
			app := newApp()
			app.Writer, app.ErrWriter = io.Discard, io.Discard
			app.ExitErrHandler = func(*cli.Context, error) {}
			var ran string
			for _, c := range app.Commands {
				name := c.Name
				c.Action = func(*cli.Context) error { ran = name; return nil }
			}
			args := append([]string{"escape"}, strings.Fields(ex)[1:]...)
			if err := app.RunContext(context.Background(), interspersed(app, args)); err != nil {
				t.Errorf("%s: %q does not parse: %v", filepath.Base(path), ex, err)
				continue
			}
			if ran == "" && !strings.Contains(ex, "--help") {
				t.Errorf("%s: %q runs no command", filepath.Base(path), ex)
			}
			n++
		}
	}
	if n < 20 {
		t.Fatalf("only %d examples found; the docs should show the commands", n)
	}
	t.Logf("%d command examples parse", n)
}

var linkRE = regexp.MustCompile(`\]\(([^)\s]+)\)`)

// slug is GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens.
func slug(heading string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(heading)) {
		switch {
		case r == ' ':
			b.WriteRune('-')
		case r == '-' || r == '_' || (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9'):
			b.WriteRune(r)
		}
	}
	return b.String()
}

func anchors(t *testing.T, path string) map[string]bool {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "#") {
			out[slug(strings.TrimLeft(line, "#"))] = true
		}
		for _, m := range regexp.MustCompile(`<a id="([^"]+)"`).FindAllStringSubmatch(line, -1) {
			out[m[1]] = true
		}
	}
	return out
}

// Every relative link between docs pages (and from the READMEs) resolves to
// a file, and every #anchor to a heading or an explicit id in it.
func TestDocsLinksResolve(t *testing.T) {
	checked := 0
	for _, path := range docFiles(t) {
		data, _ := os.ReadFile(path)
		for _, m := range linkRE.FindAllStringSubmatch(string(data), -1) {
			link := m[1]
			if strings.Contains(link, "://") || strings.HasPrefix(link, "mailto:") {
				continue
			}
			file, anchor, _ := strings.Cut(link, "#")
			target := path
			if file != "" {
				target = filepath.Join(filepath.Dir(path), file)
			}
			if _, err := os.Stat(target); err != nil {
				t.Errorf("%s: link %s: no file %s", filepath.Base(path), link, target)
				continue
			}
			if anchor != "" && strings.HasSuffix(target, ".md") && !anchors(t, target)[anchor] {
				t.Errorf("%s: link %s: no anchor #%s in %s", filepath.Base(path), link, anchor, filepath.Base(target))
			}
			checked++
		}
	}
	t.Logf("%d links resolve", checked)
}

var codeRE = regexp.MustCompile(`escape\.(?:Errorf|Wrap)\([^"]*?"([a-z0-9-]+)"|Code: *"([a-z0-9-]+)"|c\.reason\([A-Za-z]+, "([a-z0-9-]+)"`)

// Every error code the tool can print, and every reason code escape health
// prints, has an entry in troubleshooting.md.
func TestTroubleshootingCoversEveryCode(t *testing.T) {
	codes := map[string]string{}
	err := filepath.WalkDir(repoRoot, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "node_modules" || d.Name() == "bindings" || strings.HasPrefix(d.Name(), ".")) && p != repoRoot {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, m := range codeRE.FindAllStringSubmatch(string(data), -1) {
			code := m[1] + m[2] + m[3]
			codes[code] = p
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	have := anchors(t, filepath.Join(repoRoot, "docs", "troubleshooting.md"))
	var missing []string
	for code, where := range codes {
		if !have[code] {
			missing = append(missing, code+" (from "+where+")")
		}
	}
	if len(missing) > 0 {
		t.Fatalf("docs/troubleshooting.md has no entry (### code) for: %s", strings.Join(missing, ", "))
	}
	t.Logf("%d error codes documented", len(codes))
}

// The pages generated from the registry are up to date.
func TestGeneratedDocsUpToDate(t *testing.T) {
	for name, render := range map[string]func() (string, error){"addresses.md": gendocs.Addresses, "emergency.md": gendocs.Emergency} {
		want, err := render()
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join(repoRoot, "docs", name))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != want {
			t.Errorf("docs/%s is out of date: run `go generate ./docs/...`", name)
		}
	}
}
