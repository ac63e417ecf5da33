// Package bindings holds Go contract bindings generated with go-ethereum's
// abigen from pinned sources; see README.md for where each ABI comes from.
// Regenerate with:
//
//	npm install --no-save && go generate ./bindings/...
package bindings

//go:generate go -C ../internal/oracle run ./genbindings -root ../.. -out ../../bindings
