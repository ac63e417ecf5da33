// Command gendocs writes the documentation pages generated from the bundled
// registry: go run ./internal/gendocs/cmd/gendocs -out docs
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/l2escape/escape/internal/gendocs"
)

func main() {
	out := flag.String("out", "docs", "output directory")
	flag.Parse()
	for name, render := range map[string]func() (string, error){"addresses.md": gendocs.Addresses, "emergency.md": gendocs.Emergency} {
		text, err := render()
		if err != nil {
			fmt.Fprintln(os.Stderr, "gendocs:", err)
			os.Exit(1)
		}
		if err := os.WriteFile(filepath.Join(*out, name), []byte(text), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "gendocs:", err)
			os.Exit(1)
		}
	}
}
