package app

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// emittedKind is one JSON object kind the code can print, with the fields
// its call names literally (a map literal), where it was found.
type emittedKind struct {
	kind   string
	fields []string
	at     string
}

// emittedKinds scans the module's Go sources (tests and testdata left out)
// for every kind of JSON object the code prints: the first argument of each
// `.Event("kind", ...)` call, and a `"event": "kind"` map entry (the error
// object, written without Event). A kind that is not a string literal is
// reported, so that no kind can escape this list.
func emittedKinds(t *testing.T) []emittedKind {
	t.Helper()
	root := filepath.Join("..", "..")
	fset := token.NewFileSet()
	var found []emittedKind
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case ".git", "node_modules", "testdata", "vendor":
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.CallExpr:
				sel, ok := x.Fun.(*ast.SelectorExpr)
				if !ok || sel.Sel.Name != "Event" || len(x.Args) != 3 {
					return true
				}
				kind, ok := stringLit(x.Args[0])
				if !ok {
					t.Errorf("%s: an event kind that is not a string literal: TestJSONSchemaDocumented cannot check it is documented", fset.Position(x.Pos()))
					return true
				}
				k := emittedKind{kind: kind, at: fset.Position(x.Pos()).String()}
				if lit, ok := x.Args[1].(*ast.CompositeLit); ok {
					if _, isMap := lit.Type.(*ast.MapType); isMap {
						for _, el := range lit.Elts {
							if kv, ok := el.(*ast.KeyValueExpr); ok {
								if key, ok := stringLit(kv.Key); ok {
									k.fields = append(k.fields, key)
								}
							}
						}
					}
				}
				found = append(found, k)
			case *ast.KeyValueExpr:
				if key, ok := stringLit(x.Key); ok && key == "event" {
					if kind, ok := stringLit(x.Value); ok {
						found = append(found, emittedKind{kind: kind, at: fset.Position(x.Pos()).String()})
					}
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return found
}

func stringLit(e ast.Expr) (string, bool) {
	lit, ok := e.(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return "", false
	}
	s, err := strconv.Unquote(lit.Value)
	return s, err == nil
}

// checkEmittedKindsDocumented: every kind the code emits has its heading
// in docs/json.md, and each field its call names literally is in that
// heading's table.
func checkEmittedKindsDocumented(t *testing.T) {
	t.Helper()
	common, kinds := jsonSchema(t)
	found := emittedKinds(t)
	seen := map[string]bool{}
	for _, k := range found {
		seen[k.kind] = true
		fields, ok := kinds[k.kind]
		if !ok {
			t.Errorf("%s: event %q is not documented in docs/json.md", k.at, k.kind)
			continue
		}
		for _, f := range k.fields {
			if !fields[f] && !common[f] {
				t.Errorf("%s: event %q: field %q is not documented in docs/json.md", k.at, k.kind, f)
			}
		}
	}
	// The scan must see the kinds printed everywhere (pipeline, app, ui,
	// wallet), or it is looking in the wrong place.
	var names []string
	for k := range seen {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, want := range []string{"summary", "signed", "status", "error", "l2-endpoint", "unsigned"} {
		if !seen[want] {
			t.Errorf("the source scan found kinds %v, not %q", names, want)
		}
	}
}

// TestEmittedKindsDocumented is the source half of TestJSONSchemaDocumented
// on its own, to run it alone.
func TestEmittedKindsDocumented(t *testing.T) {
	checkEmittedKindsDocumented(t)
}
