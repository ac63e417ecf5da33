package app

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// The bundled registry's age decides the warning; it goes to stderr.
func TestRegistryFreshnessWarning(t *testing.T) {
	fresh, reg, err := bundledRegistryFreshness(time.Now())
	if err != nil {
		t.Fatal(err)
	}
	date, err := reg.CommitDate()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		age  time.Duration
		warn bool
	}{{30 * 24 * time.Hour, false}, {190 * 24 * time.Hour, true}} {
		fresh, _, _ = bundledRegistryFreshness(date.Add(c.age))
		var out, errOut bytes.Buffer
		writeRegistryFreshness(&out, &errOut, fresh, reg)
		if !strings.Contains(out.String(), reg.Commit[:12]) {
			t.Errorf("age %v: no commit in %q", c.age, out.String())
		}
		if got := strings.Contains(errOut.String(), "warning: the bundled OP Stack registry"); got != c.warn {
			t.Errorf("age %v: warning %v, want %v: %q", c.age, got, c.warn, errOut.String())
		}
		if c.warn && !strings.Contains(errOut.String(), "newer escape release") {
			t.Errorf("the warning does not say how to check for a newer release: %q", errOut.String())
		}
	}
}
