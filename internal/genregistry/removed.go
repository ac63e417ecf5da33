package genregistry

import "github.com/l2escape/escape/escape/network"

// removed is written once per chain the registry dropped: the tree at the
// pinned commit no longer names them, so their reasons are kept here, each
// with the registry commit that removed the chain's config.
func removed(identifier, title string, chainID uint64, commit, reason string) network.LeftOutChain {
	return network.LeftOutChain{Identifier: identifier, Title: title, ChainID: chainID, Reason: reason,
		Source: network.Source{Repo: Repo, Path: "superchain/configs/" + identifier + ".toml", Commit: commit,
			Note: "the commit that removed the chain's config"}}
}

const (
	baseRemoval     = "0d9aefc41de3b6137f6794b82675d4448f62f097" // 2026-04-27, PR #1212
	sunsetRemoval   = "8bc6125bccb8e325b50441279b65573af303492d" // 2026-05-26, PR #1247
	snaxRemoval     = "c63125f2712cf1baf4c1b663ef05a9168a7ab716" // 2025-11-17, PR #1157
	testnetRemoval  = "7f9be7f9e1e5eb7a4bf3df2a0c3782d5f790d848" // 2026-06-23, PR #1263
	arenaZTestnet   = "5f8a0988a46d44b73d07cd4c56a6c8121f4c9e4d" // 2025-05-13, PR #998
	pgnRemoval      = "632c8978dddb107a98458ceb0573cf09fb94fd00" // 2024-08-01, PR #423
	sepoliaDev0Gone = "848b7c912f02fb97403ea78a1a152ae7e181e6cc" // 2026-07-27, PR #1294
)

// Removed lists the chains that superchain-registry removed, newest first.
var Removed = []network.LeftOutChain{
	removed("mainnet/base", "Base", 8453, baseRemoval,
		"removed from the registry on 2026-04-27; still bundled as base from its last registry commit 5b055be4d294, not regenerated"),
	removed("sepolia/base", "Base Sepolia", 84532, baseRemoval,
		"removed from the registry on 2026-04-27; still bundled as base-sepolia from its last registry commit 5b055be4d294, not regenerated"),
	removed("sepolia-dev-0/*", "OP Labs and Base devnets on sepolia-dev-0", 0, sepoliaDev0Gone,
		"internal devnets, removed from the registry on 2026-07-27"),
	removed("sepolia/ethernity", "Ethernity Testnet", 233, testnetRemoval, "removed from the registry on 2026-06-23"),
	removed("sepolia/creator-chain-testnet", "Creator Chain Testnet", 66665, testnetRemoval, "removed from the registry on 2026-06-23"),
	removed("mainnet/arena-z", "Arena-Z", 7897, sunsetRemoval, "no longer operated: sunset announced, removed from the registry on 2026-05-26"),
	removed("sepolia/arena-z", "Arena-Z Testnet", 9899, sunsetRemoval, "no longer operated: sunset announced, removed from the registry on 2026-05-26"),
	removed("mainnet/swell", "Swellchain", 1923, sunsetRemoval, "no longer operated: sunset announced, removed from the registry on 2026-05-26"),
	removed("mainnet/snax", "SnaxChain", 2192, snaxRemoval, "removed from the registry on 2025-11-17"),
	removed("sepolia/arena-z-testnet", "arena-z-testnet", 9897, arenaZTestnet, "removed from the registry on 2025-05-13"),
	removed("mainnet/pgn", "PGN (Public Goods Network)", 424, pgnRemoval, "no longer operated, removed from the registry on 2024-08-01"),
	removed("sepolia/pgn", "Sepolia PGN (Public Goods Network)", 58008, pgnRemoval, "no longer operated, removed from the registry on 2024-08-01"),
	removed("mainnet/superlumio", "SuperLumio", 8866, pgnRemoval, "removed from the registry on 2024-08-01"),
}
