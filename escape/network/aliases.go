package network

import (
	"fmt"
	"sort"
	"strings"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/units"
)

// aliases maps the names people use for a network to its bundled name.
// Keys are normalized (see normalizeName). A bundled name and its form
// without "-mainnet" need no entry.
var aliases = map[string]string{
	"optimism": "op-mainnet", "op": "op-mainnet", "optimism-mainnet": "op-mainnet", "op-main": "op-mainnet",
	"optimism-sepolia": "op-sepolia",

	"arbitrum": "arbitrum-one", "arb": "arbitrum-one", "arb1": "arbitrum-one", "arb-one": "arbitrum-one",
	"arbitrum-mainnet": "arbitrum-one", "arbitrum1": "arbitrum-one",
	"nova": "arbitrum-nova", "arb-nova": "arbitrum-nova",
	"arb-sepolia": "arbitrum-sepolia",

	"base-mainnet": "base",
	"worldchain":   "world-chain", "world": "world-chain",
	"unichain-mainnet": "unichain",
	"ink-mainnet":      "ink",
	"zora-mainnet":     "zora",
	"mode-mainnet":     "mode",
	"lisk-mainnet":     "lisk",
	"soneium-mainnet":  "soneium",
}

// l1Names are names of Ethereum itself (or its testnets). escape moves
// funds from an L2 to one of these, so naming one means the user named the
// wrong end of the bridge.
var l1Names = map[string]string{
	"ethereum": "op-mainnet", "eth": "op-mainnet", "mainnet": "op-mainnet", "ethereum-mainnet": "op-mainnet",
	"eth-mainnet": "op-mainnet", "l1": "op-mainnet",
	"sepolia": "op-sepolia", "ethereum-sepolia": "op-sepolia", "eth-sepolia": "op-sepolia",
	"holesky": "op-sepolia", "goerli": "op-sepolia",
}

// normalizeName folds case, spaces and underscores: "OP Mainnet" and
// "op_mainnet" are both "op-mainnet".
func normalizeName(arg string) string {
	s := strings.ToLower(strings.TrimSpace(arg))
	s = strings.NewReplacer(" ", "-", "_", "-").Replace(s)
	return s
}

// resolveName turns what the user typed into a bundled network's name, or
// says why it cannot: Ethereum itself, or an unknown name (with the
// nearest names when one is close).
func resolveName(arg string, bundled []string) (string, error) {
	s := normalizeName(arg)
	known := map[string]bool{}
	for _, n := range bundled {
		known[n] = true
	}
	for _, candidate := range []string{s, strings.TrimSuffix(s, "-mainnet"), aliases[s]} {
		if known[candidate] {
			return candidate, nil
		}
	}
	if example, ok := l1Names[s]; ok {
		return "", escape.Errorf("l1-network",
			fmt.Sprintf("escape moves your funds from an L2 to Ethereum: name the L2 your funds are on, e.g. --network %s; `escape networks` lists them", example),
			"%q is Ethereum (L1), not an L2", arg)
	}
	hint := "known networks: " + strings.Join(bundled, ", ") + "; or pass the path of your own network file"
	if near := nearestNames(s, bundled); len(near) > 0 {
		return "", escape.Errorf("unknown-network", hint, "unknown network %s; did you mean %s?", units.Shown(arg), strings.Join(near, " or "))
	}
	return "", escape.Errorf("unknown-network", hint, "unknown network %s", units.Shown(arg))
}

// nearestNames returns the bundled names whose spelling, or one of whose
// aliases, is within a small edit distance of s: a typo, not another word.
func nearestNames(s string, bundled []string) []string {
	spellings := map[string]string{} // spelling -> bundled name
	for _, n := range bundled {
		spellings[n] = n
	}
	for a, n := range aliases {
		spellings[a] = n
	}
	best, found := 0, map[string]bool{}
	for spelling, name := range spellings {
		d := EditDistance(s, spelling)
		limit := 2
		if len(s) <= 4 {
			limit = 1
		}
		if d > limit {
			continue
		}
		if len(found) == 0 || d < best {
			best, found = d, map[string]bool{name: true}
		} else if d == best {
			found[name] = true
		}
	}
	out := make([]string, 0, len(found))
	for n := range found {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// EditDistance is the Levenshtein distance between a and b (bytes: names
// are ASCII); "did you mean" for networks and for commands uses it.
func EditDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
