package network

import "sort"

// OtherNames returns the names people use for the bundled network name
// besides its own (aliases.go), sorted: a list that filters as one types
// (guided mode) matches "optim" to op-mainnet on the way to "optimism".
func OtherNames(name string) []string {
	var out []string
	for alias, target := range aliases {
		if target == name {
			out = append(out, alias)
		}
	}
	sort.Strings(out)
	return out
}
