// Package addresses embeds the bundled network registry: one JSON file per
// network, each address carrying the source it was copied from. The schema
// and the loader live in escape/network; this package only holds the data so
// that `go generate` of the docs and the binary read the very same bytes.
package addresses

import (
	"embed"
	"io/fs"
)

//go:embed networks
var files embed.FS

// Files returns the bundled network files, rooted so that each file is
// "<name>.json".
func Files() fs.FS {
	sub, err := fs.Sub(files, "networks")
	if err != nil {
		panic(err) // the embed pattern guarantees the directory exists
	}
	return sub
}
