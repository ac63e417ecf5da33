package bindings_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Only contracts that escape or its tests use are generated (issue 14: the
// bindings are the one source of every contract interface, and nothing
// else): every generated <Contract>MetaData is referenced, as
// <package>.<Contract>MetaData, by some Go file of the repository outside
// bindings/ (internal/oracle included). An unused one is dropped from
// internal/oracle/genbindings and the bindings regenerated.
func TestEveryGeneratedContractIsUsed(t *testing.T) {
	generated := regexp.MustCompile(`(?m)^var ([A-Za-z0-9_]+)MetaData = `)
	want := map[string]bool{} // "package.ContractMetaData"
	pkgs, err := filepath.Glob("*/doc.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, doc := range pkgs {
		pkg := filepath.Dir(doc)
		src, err := os.ReadFile(filepath.Join(pkg, pkg+".go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range generated.FindAllStringSubmatch(string(src), -1) {
			want[pkg+"."+m[1]+"MetaData"] = false
		}
	}
	if len(want) == 0 {
		t.Fatal("no generated contracts found under bindings/")
	}
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	bindingsDir := filepath.Join(root, "bindings")
	err = filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path == bindingsDir || d.Name() == "node_modules" || strings.HasPrefix(d.Name(), ".") && path != root {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for ref := range want {
			if !want[ref] && strings.Contains(string(src), ref) {
				want[ref] = true
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for ref, used := range want {
		if !used {
			t.Errorf("bindings: %s is generated but no code outside bindings/ uses it; drop it from internal/oracle/genbindings", ref)
		}
	}
}
