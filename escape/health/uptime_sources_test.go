package health_test

import (
	"testing"

	"github.com/l2escape/escape/escape/network"
)

// The Chainlink L2 sequencer uptime feed proxies, as Chainlink lists them
// under "Supported Networks" in smartcontractkit/documentation
// src/content/data-feeds/l2-sequencer-feeds.mdx at commit
// 2b1ee24cfba954317751124ddb54fb71433e7f5b (2026-07-03; the page is
// unchanged through 59e5cde702f77672c34c9cf76d27735c390a1f98, 2026-08-21),
// lines copied as they read there. Of the networks escape bundles, the page
// lists only these mainnets and no testnet; its other entries (Celo, Mantle,
// MegaETH, Metis, Scroll, X Layer, zkSync) are chains escape does not bundle.
var chainlinkUptimeFeeds = []struct {
	network, line, address string
}{
	{"arbitrum-one", "Arbitrum Mainnet: [0xFdB631F5EE196F0ed6FAa767959853A9F217697D]", "0xFdB631F5EE196F0ed6FAa767959853A9F217697D"},
	{"base", "BASE Mainnet: [0xBCF85224fc0756B9Fa45aA7892530B47e10b6433]", "0xBCF85224fc0756B9Fa45aA7892530B47e10b6433"},
	{"op-mainnet", "OP Mainnet: [0x371EAD81c9102C9BF4874A9075FFFf170F2Ee389]", "0x371EAD81c9102C9BF4874A9075FFFf170F2Ee389"},
	{"soneium", "Soneium Mainnet: [0xaDE1b9AbB98c6A542E4B49db2588a3Ec4bF7Cdf0]", "0xaDE1b9AbB98c6A542E4B49db2588a3Ec4bF7Cdf0"},
}

const (
	uptimeFeedRepo   = "smartcontractkit/documentation"
	uptimeFeedPath   = "src/content/data-feeds/l2-sequencer-feeds.mdx"
	uptimeFeedCommit = "2b1ee24cfba954317751124ddb54fb71433e7f5b"
)

// TestBundledUptimeFeedsMatchChainlink checks every bundled
// SequencerUptimeFeed against the table above (address and pinned source),
// and that no other bundled network carries one: a feed added, dropped or
// mistyped in addresses/networks fails here.
func TestBundledUptimeFeedsMatchChainlink(t *testing.T) {
	all, err := network.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	for _, f := range chainlinkUptimeFeeds {
		want[f.network] = f.address
	}
	seen := 0
	for _, n := range all {
		c, has := n.Contracts[network.SequencerUptimeFeed]
		addr, listed := want[n.Name]
		switch {
		case has && !listed:
			t.Errorf("%s carries a SequencerUptimeFeed %s that Chainlink's page does not list", n.Name, c.Address.Hex())
		case !has && listed:
			t.Errorf("%s has no SequencerUptimeFeed; Chainlink lists %s", n.Name, addr)
		case has && listed:
			seen++
			if c.Address.Hex() != addr {
				t.Errorf("%s SequencerUptimeFeed = %s, Chainlink lists %s", n.Name, c.Address.Hex(), addr)
			}
			if s := c.Source; s.Repo != uptimeFeedRepo || s.Path != uptimeFeedPath || s.Commit != uptimeFeedCommit {
				t.Errorf("%s SequencerUptimeFeed source %s/%s@%s, want %s/%s@%s", n.Name, s.Repo, s.Path, s.Commit, uptimeFeedRepo, uptimeFeedPath, uptimeFeedCommit)
			}
		}
	}
	if seen != len(chainlinkUptimeFeeds) {
		t.Errorf("%d bundled networks carry the feed, want %d", seen, len(chainlinkUptimeFeeds))
	}
}
