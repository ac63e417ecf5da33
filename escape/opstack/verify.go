package opstack

import (
	"context"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/health"
	"github.com/l2escape/escape/escape/network"
)

// Verify walks the chain of trust on L1, starting from the bundled portal:
// the portal's own pointers (SystemConfig, DisputeGameFactory or
// L2OutputOracle, AnchorStateRegistry where present, SuperchainConfig), then
// the back-references (SystemConfig to the portal, bridge and messenger; the
// bridge to its messenger; the messenger to the portal). A bundled address
// that the chain does not point at fails the check by name.
func (s *Stack) Verify(ctx context.Context, env *flow.Env) (*flow.VerifyReport, error) {
	n := env.Network
	c, err := load(ctx, env)
	if err != nil {
		return nil, err
	}
	r := &flow.VerifyReport{Network: n.Name, Verified: n.Verified, Resolved: map[string]string{}, Facts: map[string]string{}}
	l1 := env.L1
	// The address checks are read together: one round of eth_calls, and a
	// second only for the checks whose first getter this version lacks
	// (an older name), instead of a round trip per getter.
	var checks []*addressCheck
	check := func(name string, want common.Address, getters ...[]byte) {
		checks = append(checks, &addressCheck{name: name, want: want, to: sigsTarget(name, c, n), getters: getters})
	}
	// optional checks only count where the contract's version has the getter.
	optional := func(name string, want common.Address, getters ...[]byte) {
		checks = append(checks, &addressCheck{name: name, want: want, to: sigsTarget(name, c, n), getters: getters, optional: true})
	}
	settled := func(ck flow.VerifyCheck) { checks = append(checks, &addressCheck{settled: &ck}) }
	sys := n.MustAddress(network.SystemConfig)
	bridge := n.MustAddress(network.L1StandardBridge)
	messenger := n.MustAddress(network.L1CrossDomainMessenger)

	check("OptimismPortal.systemConfig()", sys, pack(portal2ABI, "systemConfig"), sel("SYSTEM_CONFIG()"))
	switch c.gen {
	case Legacy:
		want, ok := n.Address(network.L2OutputOracle)
		if !ok {
			settled(flow.VerifyCheck{Name: "OptimismPortal.l2Oracle()", Want: "a DisputeGameFactory (the network file names one)",
				Got: c.l2oo.Hex(), Detail: "the chain still uses a legacy L2OutputOracle"})
		} else {
			settled(flow.VerifyCheck{Name: "OptimismPortal.l2Oracle()", Want: want.Hex(), Got: c.l2oo.Hex(), OK: c.l2oo == want})
		}
	case Portal3, Portal4:
		want, ok := n.Address(network.DisputeGameFactory)
		name := "OptimismPortal.disputeGameFactory()"
		if c.gen == Portal4 {
			name = "AnchorStateRegistry.disputeGameFactory()"
			r.Resolved["AnchorStateRegistry"] = c.asr.Hex()
		}
		ck := flow.VerifyCheck{Name: name, Got: c.dgf.Hex()}
		if ok {
			ck.Want, ck.OK = want.Hex(), c.dgf == want
		} else {
			ck.Want, ck.Detail = "an L2OutputOracle (the network file names one)", "the chain uses fault proofs"
		}
		settled(ck)
	}
	if sc, ok := n.Address(network.SuperchainConfig); ok {
		optional("OptimismPortal.superchainConfig()", sc, pack(portal2ABI, "superchainConfig"))
	}
	optional("SystemConfig.optimismPortal()", c.portal, pack(systemConfigABI, "optimismPortal"))
	optional("SystemConfig.l1StandardBridge()", bridge, pack(systemConfigABI, "l1StandardBridge"))
	optional("SystemConfig.l1CrossDomainMessenger()", messenger, pack(systemConfigABI, "l1CrossDomainMessenger"))
	if dgf, ok := n.Address(network.DisputeGameFactory); ok {
		optional("SystemConfig.disputeGameFactory()", dgf, pack(systemConfigABI, "disputeGameFactory"))
	}
	if inbox, ok := n.Address(network.BatchInbox); ok {
		optional("SystemConfig.batchInbox()", inbox, pack(systemConfigABI, "batchInbox"))
	}
	check("L1StandardBridge.messenger()", messenger, pack(l1BridgeABI, "messenger"), pack(l1BridgeABI, "MESSENGER"))
	check("L1CrossDomainMessenger.portal()", c.portal, pack(l1MessengerABI, "portal"), pack(l1MessengerABI, "PORTAL"))
	if err := readAddressChecks(ctx, l1, checks); err != nil {
		return nil, err
	}
	for _, ac := range checks {
		if ck, ok := ac.result(); ok {
			r.Checks = append(r.Checks, ck)
		}
	}
	if err := checkL2ChainID(ctx, l1, c, n, sys, r); err != nil {
		return nil, err
	}

	r.Facts["portal version"] = c.version
	r.Facts["portal generation"] = c.gen.String()
	if c.gen != Legacy {
		r.Resolved["DisputeGameFactory"] = c.dgf.Hex()
		r.Facts["respected game type"] = fmt.Sprint(c.respected)
		r.Facts["proof maturity delay"] = fmt.Sprintf("%d seconds", c.maturity)
		r.Facts["dispute game finality delay"] = fmt.Sprintf("%d seconds", c.finality)
	} else {
		r.Resolved["L2OutputOracle"] = c.l2oo.Hex()
		r.Facts["finalization period"] = fmt.Sprintf("%d seconds", c.finalizeP)
	}
	r.Facts["paused"] = fmt.Sprint(c.paused)
	// Versions of every contract in the chain of trust, in one round trip.
	named := map[string]common.Address{"SystemConfig": sys, "L1StandardBridge": bridge, "L1CrossDomainMessenger": messenger}
	switch c.gen {
	case Legacy:
		named["L2OutputOracle"] = c.l2oo
	case Portal4:
		named["AnchorStateRegistry"] = c.asr
		named["DisputeGameFactory"] = c.dgf
	default:
		named["DisputeGameFactory"] = c.dgf
	}
	if c.superchain != (common.Address{}) {
		named["SuperchainConfig"] = c.superchain
	}
	versions := map[string]*ethCall{}
	var calls []*ethCall
	for name, a := range named {
		// ISemver's version(), the same getter on every one of them.
		versions[name] = &ethCall{to: a, data: pack(systemConfigABI, "version")}
		calls = append(calls, versions[name])
	}
	if err := batch(ctx, l1, calls); err == nil {
		for name, cl := range versions {
			if v := decodeString(cl); v != "" {
				r.Facts[name+" version"] = v
			}
		}
	}
	health.VerifyUptimeFeed(ctx, env, r)
	return r, nil
}

// checkL2ChainID compares the network file's l2ChainId with one the L1
// contracts record: SystemConfig.l2ChainId() where the SystemConfig has it
// (the optimism monorepo's current SystemConfig stores it at initialize),
// else the chain id the latest dispute game was created for (every
// FaultDisputeGame carries l2ChainId(); asked of a game, not of the
// implementation, whose arguments newer versions keep in the clone). The
// deposit escape signs lands on whatever L2 reads this portal, but the L2
// transactions, names and RPC checks all use the file's id; a file claiming
// another chain's id must not pass. Where neither exists (older
// SystemConfig on an L2OutputOracle chain or before any game) a fact says so.
func checkL2ChainID(ctx context.Context, l1 *chain.Client, c *contracts, n *network.Network, sys common.Address, r *flow.VerifyReport) error {
	want := fmt.Sprint(n.L2ChainID)
	add := func(name string, out []byte, detail string) {
		id := new(big.Int).SetBytes(out[:32])
		r.Checks = append(r.Checks, flow.VerifyCheck{Name: name, Want: want, Got: id.String(), OK: id.IsUint64() && id.Uint64() == n.L2ChainID, Detail: detail})
	}
	// The generated SystemConfig (2.3.0) predates l2ChainId(): its
	// signature is written here (the games' binding has the same getter).
	sysID := &ethCall{to: sys, data: sel("l2ChainId()")}
	calls := []*ethCall{sysID}
	var latest *ethCall
	if c.gen != Legacy && c.gameCount > 0 {
		latest = &ethCall{to: c.dgf, data: pack(dgfABI, "gameAtIndex", new(big.Int).SetUint64(c.gameCount-1))}
		calls = append(calls, latest)
	}
	if err := batch(ctx, l1, calls); err != nil {
		return err
	}
	// Zero means "not recorded" (a getter not yet initialized by an
	// upgrade; a super-root game that covers several chains), not a claim.
	recorded := func(c *ethCall) bool {
		return c.err == nil && len(c.out) >= 32 && new(big.Int).SetBytes(c.out[:32]).Sign() != 0
	}
	if recorded(sysID) {
		add("SystemConfig.l2ChainId()", sysID.out, "the L2 chain id escape signs for")
		return nil
	}
	if latest != nil && latest.err == nil && len(latest.out) >= 96 {
		game := common.BytesToAddress(latest.out[64+12 : 96])
		gameID := &ethCall{to: game, data: pack(gameNowABI, "l2ChainId")}
		if err := batch(ctx, l1, []*ethCall{gameID}); err != nil {
			return err
		}
		if recorded(gameID) {
			add("DisputeGame.l2ChainId()", gameID.out, "of the latest game, "+game.Hex()+" (this SystemConfig has no l2ChainId())")
			return nil
		}
	}
	r.Facts["l2ChainId"] = "not checked: this SystemConfig has no l2ChainId() and no dispute game records one; " + want + " is taken from the network file"
	return nil
}

// sigsTarget says which contract a check's getter is called on, from the
// check's name ("SystemConfig.optimismPortal()" is called on SystemConfig).
func sigsTarget(name string, c *contracts, n *network.Network) common.Address {
	contract, _, _ := strings.Cut(name, ".")
	switch contract {
	case "OptimismPortal":
		return c.portal
	case "AnchorStateRegistry":
		return c.asr
	}
	a, _ := n.Address(contract)
	return a
}

// VerifyNetwork runs Verify and turns a failed check into an error naming it.
func VerifyNetwork(ctx context.Context, env *flow.Env) error {
	r, err := (&Stack{}).Verify(ctx, env)
	if err != nil {
		return err
	}
	if r.OK() {
		return nil
	}
	var parts []string
	for _, ck := range r.Failed() {
		parts = append(parts, fmt.Sprintf("%s is %s, expected %s", ck.Name, ck.Got, ck.Want))
	}
	return escape.Errorf("verify-failed", "nothing was signed; check --network and your RPCs, then run `escape verify --network "+env.Network.Arg()+"`",
		"network check failed: %s", strings.Join(parts, "; "))
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

// addressCheck is one getter that must name an expected address: a
// version's getter, then an older version's name for it.
type addressCheck struct {
	name     string
	want     common.Address
	to       common.Address
	getters  [][]byte
	optional bool // counted only where the contract's version has the getter
	settled  *flow.VerifyCheck
	got      *common.Address
	lastErr  error
}

// readAddressChecks asks every check's first getter in one batch, then the
// next getter of those that got no address, and so on.
func readAddressChecks(ctx context.Context, l1 *chain.Client, checks []*addressCheck) error {
	for try := 0; ; try++ {
		var calls []*ethCall
		var asked []*addressCheck
		for _, ac := range checks {
			if ac.settled == nil && ac.got == nil && try < len(ac.getters) {
				calls = append(calls, &ethCall{to: ac.to, data: ac.getters[try]})
				asked = append(asked, ac)
			}
		}
		if len(calls) == 0 {
			return nil
		}
		if err := batch(ctx, l1, calls); err != nil {
			return err
		}
		for i, cl := range calls {
			switch {
			case cl.err != nil:
				asked[i].lastErr = cl.err
			case len(cl.out) < 32:
				asked[i].lastErr = fmt.Errorf("the getter %s returned %d bytes", getterName(cl.data), len(cl.out))
			default:
				got := common.BytesToAddress(cl.out[12:32])
				asked[i].got = &got
			}
		}
	}
}

// result is the check as the report shows it; false for an optional check
// the contract's version cannot answer.
func (ac *addressCheck) result() (flow.VerifyCheck, bool) {
	if ac.settled != nil {
		return *ac.settled, true
	}
	if ac.optional {
		if ac.got == nil || *ac.got == (common.Address{}) {
			return flow.VerifyCheck{}, false
		}
		return flow.VerifyCheck{Name: ac.name, Want: ac.want.Hex(), Got: ac.got.Hex(), OK: *ac.got == ac.want}, true
	}
	ck := flow.VerifyCheck{Name: ac.name, Want: ac.want.Hex()}
	if ac.got == nil {
		ck.Got, ck.Detail = "(no answer)", "the getter reverted or is absent"
		if ac.lastErr != nil {
			ck.Detail += ": " + firstLine(ac.lastErr.Error())
		}
	} else {
		ck.Got, ck.OK = ac.got.Hex(), *ac.got == ac.want
	}
	return ck, true
}
