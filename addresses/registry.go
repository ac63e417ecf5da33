package addresses

import _ "embed"

//go:embed registry.json
var registryInfo []byte

// RegistryInfo returns registry.json: the superchain-registry commit the
// OP Stack networks were generated from and the chains left out. Its schema
// is escape/network.RegistryInfo.
func RegistryInfo() []byte { return registryInfo }
