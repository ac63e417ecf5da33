package addresses

// Regenerate the OP Stack networks from a local superchain-registry copy
// (see internal/genregistry and addresses/README.md):
//
//	ESCAPE_SUPERCHAIN_REGISTRY=/path/to/superchain-registry go generate ./addresses/...
//
//go:generate go run ../internal/genregistry/cmd/genregistry -out .
