package textcheck

import "testing"

func TestNestedBrackets(t *testing.T) {
	for _, bad := range []string{
		"Last batch: none in the last 37 L1 blocks (back to block 0, 2026-12-01 16:26:58 UTC (2 seconds ago))",
		"a (b (c) d)",
		"((x))",
	} {
		if NestedBrackets("ok\n"+bad) != bad {
			t.Errorf("not found: %s", bad)
		}
	}
	for _, good := range []string{
		"Paused for this chain: no (SuperchainConfig.paused(0x00000000000000000000000000000000000a0008))",
		"2 dispute game(s) (the oldest, 0x1, was created 3 minutes ago)",
		"about 2026-12-08 15:04 UTC (in 7 days) (proof maturity)",
		"(a)\n(b)",
	} {
		if l := NestedBrackets(good); l != "" {
			t.Errorf("wrongly found: %s", l)
		}
	}
}
