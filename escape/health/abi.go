package health

import (
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/l2escape/escape/bindings/nitro"
	"github.com/l2escape/escape/bindings/nitrolegacy"
	"github.com/l2escape/escape/bindings/opbedrock"
	"github.com/l2escape/escape/bindings/opcurrent"
)

// The contracts' interfaces, from the generated bindings (bindings/...):
// one source for every selector and topic health uses. Each is the binding
// of the contract version that has the methods read from it; a chain on
// another release simply fails that view, which health tolerates.
var (
	bridgeABI         = lazyABI(nitro.BridgeMetaData)
	inboxABI          = lazyABI(nitro.InboxMetaData)
	sequencerInboxABI = lazyABI(nitro.SequencerInboxMetaData)
	// boldRollupABI is the BoLD rollup (nitro-contracts 3.x), whose
	// getters latestConfirmed(), paused()... the legacy rollup shares;
	// getAssertion is BoLD's only.
	boldRollupABI = lazyABI(nitro.RollupUserLogicMetaData)
	// legacyRollupABI is the rollup before BoLD (1.x, 2.x): its nodes.
	legacyRollupABI = lazyABI(nitrolegacy.RollupUserLogicMetaData)

	l1MessengerABI = lazyABI(opcurrent.L1CrossDomainMessengerMetaData)

	// portalABI is the current OptimismPortal2; the getters health reads
	// of it have kept their selectors since the first portal.
	portalABI = lazyABI(opcurrent.OptimismPortal2MetaData)
	// portalLegacyABI is OptimismPortal before fault proofs: l2Oracle().
	portalLegacyABI = lazyABI(opbedrock.OptimismPortalMetaData)
	// systemConfigABI is SystemConfig 2.3.0: it predates superchainConfig().
	systemConfigABI = lazyABI(opbedrock.SystemConfigMetaData)
	l2ooABI         = lazyABI(opbedrock.L2OutputOracleMetaData)
	asrABI          = lazyABI(opcurrent.AnchorStateRegistryMetaData)
	// superchainABI: paused() is the overload "paused0", paused(address)
	// (4.x/5.x, a chain's own pause) "paused".
	superchainABI = lazyABI(opcurrent.SuperchainConfigMetaData)
	dgfABI        = lazyABI(opcurrent.DisputeGameFactoryMetaData)
	// gameABI: status() and maxClockDuration() are the same on the
	// permissionless and the permissioned game; only the latter has BadAuth.
	gameABI             = lazyABI(opcurrent.FaultDisputeGameMetaData)
	permissionedGameABI = lazyABI(opcurrent.PermissionedDisputeGameMetaData)
)

// lazyABI parses a binding's ABI on first use, so that commands that never
// run health do not pay for parsing it.
func lazyABI(m *bind.MetaData) func() *abi.ABI {
	return sync.OnceValue(func() *abi.ABI {
		a, err := m.GetAbi()
		if err != nil {
			panic(err) // the binding's ABI is generated JSON: a bug
		}
		return a
	})
}
