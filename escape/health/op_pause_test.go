package health

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// On portals 4.x/5.x the guardian can pause one chain (the
// SuperchainConfig pause keyed to its ETHLockbox) while the SuperchainConfig's
// global paused() stays false. No bytecode of that generation is available
// here, so this test feeds the facts those contracts report to the verdict
// and the report: the bridge-paused reason names the per-chain pause, and
// the report never shows the bridge as unpaused.
func TestPerChainPauseReported(t *testing.T) {
	lockbox := common.HexToAddress("0x00000000000000000000000000000000000a0009")
	no, yes := false, true
	for _, tc := range []struct {
		name            string
		global, chain   *bool
		wantWhat, wantL string
	}{
		{"per-chain", &no, &yes, "SuperchainConfig.paused(" + lockbox.Hex() + ") is true: the pause keyed to this chain", "Paused for this chain:"},
		{"global", &yes, &no, "SuperchainConfig.paused() is true: the pause of every chain", "SuperchainConfig paused:"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := &OPFacts{PortalPaused: true, SuperchainPaused: tc.global, ChainPaused: tc.chain, ChainPauseIdentifier: lockbox,
				SuperchainConfig: common.HexToAddress("0x00000000000000000000000000000000000a0008")}
			now := time.Unix(1_000_000, 0)
			c := &checker{r: &Report{Title: "Chain X", OP: f}, lim: DefaultThresholds(), now: now, headTm: now}
			c.judgeOP(f)
			c.finish()
			if c.r.Verdict != BridgePaused {
				t.Fatalf("verdict %s, want bridge paused (reasons %+v)", c.r.Verdict, c.r.Reasons)
			}
			found := false
			for _, r := range c.r.Reasons {
				found = found || (r.Code == "bridge-paused" && strings.Contains(r.Text, tc.wantWhat))
			}
			if !found {
				t.Errorf("no bridge-paused reason naming %q: %+v", tc.wantWhat, c.r.Reasons)
			}
			var out bytes.Buffer
			c.r.WriteHuman(&out)
			shown := false
			for _, line := range strings.Split(out.String(), "\n") {
				shown = shown || (strings.Contains(line, tc.wantL) && strings.Contains(line, "YES"))
			}
			if !shown {
				t.Errorf("report lacks %q YES:\n%s", tc.wantL, out.String())
			}
		})
	}
}
