package health

import (
	"github.com/l2escape/escape/bindings/nitro"
	"github.com/l2escape/escape/bindings/nitrolegacy"
	"github.com/l2escape/escape/bindings/opbedrock"
	"github.com/l2escape/escape/bindings/opcurrent"
	"github.com/l2escape/escape/escape/chain"
)

// The contracts' interfaces, from the generated bindings (bindings/...):
// one source for every selector and topic health uses. Each is the binding
// of the contract version that has the methods read from it; a chain on
// another release simply fails that view, which health tolerates.
var (
	bridgeABI         = chain.LazyABI(nitro.BridgeMetaData)
	inboxABI          = chain.LazyABI(nitro.InboxMetaData)
	sequencerInboxABI = chain.LazyABI(nitro.SequencerInboxMetaData)
	// boldRollupABI is the BoLD rollup (nitro-contracts 3.x), whose
	// getters latestConfirmed(), paused()... the legacy rollup shares;
	// getAssertion is BoLD's only.
	boldRollupABI = chain.LazyABI(nitro.RollupUserLogicMetaData)
	// legacyRollupABI is the rollup before BoLD (1.x, 2.x): its nodes.
	legacyRollupABI = chain.LazyABI(nitrolegacy.RollupUserLogicMetaData)

	l1MessengerABI = chain.LazyABI(opcurrent.L1CrossDomainMessengerMetaData)

	// portalABI is the current OptimismPortal2; the getters health reads
	// of it have kept their selectors since the first portal.
	portalABI = chain.LazyABI(opcurrent.OptimismPortal2MetaData)
	// portalLegacyABI is OptimismPortal before fault proofs: l2Oracle().
	portalLegacyABI = chain.LazyABI(opbedrock.OptimismPortalMetaData)
	// systemConfigABI is SystemConfig 2.3.0: it predates superchainConfig().
	systemConfigABI = chain.LazyABI(opbedrock.SystemConfigMetaData)
	l2ooABI         = chain.LazyABI(opbedrock.L2OutputOracleMetaData)
	asrABI          = chain.LazyABI(opcurrent.AnchorStateRegistryMetaData)
	// superchainABI: paused() is the overload "paused0", paused(address)
	// (4.x/5.x, a chain's own pause) "paused".
	superchainABI = chain.LazyABI(opcurrent.SuperchainConfigMetaData)
	dgfABI        = chain.LazyABI(opcurrent.DisputeGameFactoryMetaData)
	// gameABI: status() and maxClockDuration() are the same on the
	// permissionless and the permissioned game; only the latter has BadAuth.
	gameABI             = chain.LazyABI(opcurrent.FaultDisputeGameMetaData)
	permissionedGameABI = chain.LazyABI(opcurrent.PermissionedDisputeGameMetaData)
)
