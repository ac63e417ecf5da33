package network

// Arg is what a user passes to --network for n: its name for a bundled
// network, the path of the file for the user's own network file (whose
// name alone no later command could resolve).
func (n *Network) Arg() string {
	if n.Verified || n.File == "" {
		return n.Name
	}
	return n.File
}
