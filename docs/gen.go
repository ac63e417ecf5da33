// Package docs holds escape's documentation. Pages generated from the bundled
// registry are written by:
//
//	go generate ./docs/...
package docs

//go:generate go run ../internal/gendocs/cmd/gendocs -out .
