package gendocs

import (
	"strings"
	"testing"

	"github.com/l2escape/escape/escape/network"
)

// Each network's section of docs/emergency.md speaks of that network only (the
// Nova and Sepolia sections once said "on Arbitrum One about 24 hours"), and
// its commands pass the user's own L1 RPC.
func TestEmergencySectionsAreTheirOwn(t *testing.T) {
	page, err := Emergency()
	if err != nil {
		t.Fatal(err)
	}
	all, err := network.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	sections := map[string]string{}
	for _, part := range strings.Split(page, "<a id=\"")[1:] {
		name := part[:strings.Index(part, "\"")]
		sections[name] = part
	}
	for _, n := range all {
		sec, ok := sections[n.Name]
		if !ok {
			t.Errorf("no section for %s", n.Name)
			continue
		}
		for _, other := range all {
			if other.Name == n.Name || strings.Contains(n.Title, other.Title) || strings.Contains(other.Title, n.Title) {
				continue
			}
			if strings.Contains(sec, other.Title) {
				t.Errorf("the %s section speaks of %s", n.Title, other.Title)
			}
		}
		for _, line := range strings.Split(sec, "\n") {
			if strings.HasPrefix(line, "escape ") && !strings.Contains(line, "--l1-rpc $L1") {
				t.Errorf("%s: %q does not pass the user's own --l1-rpc", n.Name, line)
			}
		}
	}
}
