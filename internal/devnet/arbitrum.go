package devnet

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/network"
)

// Arbitrum devnet: the real nitro-contracts 3.2.0 bridge set (Bridge, Inbox,
// SequencerInbox, Outbox, Reader4844, each behind an OpenZeppelin
// TransparentUpgradeableProxy administered by a ProxyAdmin) on an L1 anvil,
// a stand-in BoLD rollup (standins/RollupStandin.sol), and an anvil "L2"
// with the Arbitrum chain id and stand-ins for ArbSys and NodeInterface.
// The harness plays the sequencer, the batch poster and the validator.

// ArbL2ChainID is the devnet L2's chain id (nitro's local test chain).
const ArbL2ChainID = 412346

// ArbMaxDataSize is the Inbox and SequencerInbox maxDataSize on an L1.
const ArbMaxDataSize = 117964

// Dev accounts with a fixed role on the Arbitrum devnet. Accounts 0..4 are
// left to tests (users, third parties).
const (
	ArbDeployerKey    = 9 // deploys everything
	ArbOwnerKey       = 8 // rollup owner, owner of the ProxyAdmin
	ArbValidatorKey   = 7 // creates and confirms assertions
	ArbBatchPosterKey = 6 // the sequencer's batch poster
	ArbThirdPartyKey  = 5 // ForceInclude's default sender ("someone else")
)

// ArbOptions configures DeployArbitrum. Zero fields take the defaults in
// brackets.
type ArbOptions struct {
	// DelayBuffer deploys the SequencerInbox as delay-bufferable (as
	// Arbitrum One since BoLD); the buffer fields apply only then.
	DelayBuffer bool

	DelayBlocks   uint64 // SequencerInbox maxTimeVariation.delayBlocks [20]
	FutureBlocks  uint64 // [12]
	DelaySeconds  uint64 // [DelayBlocks*12]; v3 no longer checks it
	FutureSeconds uint64 // [3600]

	BufferThreshold      uint64 // [10]
	BufferMax            uint64 // [2*DelayBlocks]
	BufferReplenishBasis uint64 // [500]

	ConfirmPeriodBlocks uint64 // rollup confirmPeriodBlocks [10]
	// LegacyRollup deploys the pre-BoLD rollup stand-in (uint64 node
	// numbers, NodeCreated/NodeConfirmed, extraChallengeTimeBlocks())
	// instead of the BoLD one.
	LegacyRollup bool
	L2ChainID    uint64 // [ArbL2ChainID]
}

func (o ArbOptions) withDefaults() ArbOptions {
	def := func(v *uint64, d uint64) {
		if *v == 0 {
			*v = d
		}
	}
	def(&o.DelayBlocks, 20)
	def(&o.FutureBlocks, 12)
	def(&o.DelaySeconds, o.DelayBlocks*12)
	def(&o.FutureSeconds, 3600)
	def(&o.BufferThreshold, 10)
	def(&o.BufferMax, 2*o.DelayBlocks)
	def(&o.BufferReplenishBasis, 500)
	def(&o.ConfirmPeriodBlocks, 10)
	def(&o.L2ChainID, ArbL2ChainID)
	return o
}

// ArbArtifacts are the ABIs (and code) the devnet deploys; tests use them
// for raw calls.
type ArbArtifacts struct {
	Bridge, Inbox, SequencerInbox, Outbox, Reader4844 *Artifact
	Proxy, ProxyAdmin                                 *Artifact
	Rollup, LegacyRollup, ArbSys, NodeInterface       *Artifact // stand-ins
}

var (
	arbArtsOnce sync.Once
	arbArts     *ArbArtifacts
	arbArtsErr  error
)

// LoadArbArtifacts loads the nitro-contracts artifacts and compiles the
// stand-ins (once per process).
func LoadArbArtifacts() (*ArbArtifacts, error) {
	arbArtsOnce.Do(func() { arbArts, arbArtsErr = loadArbArtifacts() })
	return arbArts, arbArtsErr
}

func loadArbArtifacts() (*ArbArtifacts, error) {
	var a ArbArtifacts
	var err error
	load := func(dst **Artifact, f func() (*Artifact, error)) {
		if err == nil {
			*dst, err = f()
		}
	}
	bridge := func(name string) func() (*Artifact, error) {
		return func() (*Artifact, error) { return ArbArtifact("src/bridge", name) }
	}
	load(&a.Bridge, bridge("Bridge"))
	load(&a.Inbox, bridge("Inbox"))
	load(&a.SequencerInbox, bridge("SequencerInbox"))
	load(&a.Outbox, bridge("Outbox"))
	load(&a.Reader4844, func() (*Artifact, error) {
		return ArtifactAt("@arbitrum/nitro-contracts/out/yul/Reader4844.yul/Reader4844.json", "Reader4844")
	})
	load(&a.Proxy, func() (*Artifact, error) {
		return ArbArtifact("@openzeppelin/contracts/proxy/transparent", "TransparentUpgradeableProxy")
	})
	load(&a.ProxyAdmin, func() (*Artifact, error) {
		return ArbArtifact("@openzeppelin/contracts/proxy/transparent", "ProxyAdmin")
	})
	load(&a.Rollup, func() (*Artifact, error) { return StandinArtifact("RollupStandin") })
	load(&a.LegacyRollup, func() (*Artifact, error) { return StandinArtifact("LegacyRollupStandin") })
	load(&a.ArbSys, func() (*Artifact, error) { return StandinArtifact("ArbSysStandin") })
	load(&a.NodeInterface, func() (*Artifact, error) { return StandinArtifact("NodeInterfaceStandin") })
	if err != nil {
		return nil, err
	}
	return &a, nil
}

// ArbDevnet is a deployed Arbitrum bridge set plus (after StartArbL2) its L2.
type ArbDevnet struct {
	L1   *Anvil
	L2   *Anvil     // nil until StartArbL2
	Opts ArbOptions // with defaults filled in
	Art  *ArbArtifacts

	// Proxies (the addresses users and the escape tool talk to).
	Bridge, Inbox, SequencerInbox, Outbox common.Address
	Rollup                                common.Address // the stand-in rollup (no proxy)
	// RollupArt is the deployed rollup stand-in's artifact: Art.Rollup
	// (BoLD) or Art.LegacyRollup.
	RollupArt              *Artifact
	ProxyAdmin, Reader4844 common.Address
	// Implementations behind the proxies.
	BridgeImpl, InboxImpl, SequencerInboxImpl, OutboxImpl common.Address

	// DeployBlock is the L1 block of the first deployment transaction.
	DeployBlock uint64
	// Tokens is the token bridge, once DeployTokenBridge ran.
	Tokens *ArbTokenBridge

	// L1 senders for the roles.
	Deployer, Owner, Validator, BatchPoster *Sender

	mu          sync.Mutex
	l2Executed  uint64 // delayed messages the L2 has executed (by index)
	assertions  []*ArbAssertion
	l2Execution []L2Execution
}

// DeployArbitrum deploys the bridge set on l1.
func DeployArbitrum(ctx context.Context, l1 *Anvil, opts ArbOptions) (*ArbDevnet, error) {
	opts = opts.withDefaults()
	art, err := LoadArbArtifacts()
	if err != nil {
		return nil, err
	}
	d := &ArbDevnet{L1: l1, Opts: opts, Art: art, RollupArt: art.Rollup}
	if opts.LegacyRollup {
		d.RollupArt = art.LegacyRollup
	}
	sender := func(i int) (*Sender, error) { return NewSender(ctx, l1.Client, DevKey(i)) }
	if d.Deployer, err = sender(ArbDeployerKey); err != nil {
		return nil, err
	}
	if d.Owner, err = sender(ArbOwnerKey); err != nil {
		return nil, err
	}
	if d.Validator, err = sender(ArbValidatorKey); err != nil {
		return nil, err
	}
	if d.BatchPoster, err = sender(ArbBatchPosterKey); err != nil {
		return nil, err
	}
	if d.DeployBlock, err = l1.Client.BlockNumber(ctx); err != nil {
		return nil, err
	}
	d.DeployBlock++

	dep := d.Deployer
	step := func(what string, f func() error) {
		if err == nil {
			if e := f(); e != nil {
				err = fmt.Errorf("devnet: arbitrum %s: %w", what, arbDecodeErr(art, e))
			}
		}
	}
	deploy := func(dst *common.Address, a *Artifact, args ...any) func() error {
		return func() (e error) { *dst, e = dep.Deploy(ctx, a, args...); return e }
	}
	wasmModuleRoot := common.HexToHash("0x" + strings.Repeat("ab", 32)) // any non-zero value; nothing executes it
	step("Reader4844", deploy(&d.Reader4844, art.Reader4844))
	step("ProxyAdmin", func() (e error) { d.ProxyAdmin, e = d.Owner.Deploy(ctx, art.ProxyAdmin); return e })
	step("rollup stand-in", deploy(&d.Rollup, d.RollupArt, d.Owner.From, d.Validator.From, opts.ConfirmPeriodBlocks, wasmModuleRoot))
	step("Bridge impl", deploy(&d.BridgeImpl, art.Bridge))
	step("Inbox impl", deploy(&d.InboxImpl, art.Inbox, big.NewInt(ArbMaxDataSize)))
	step("SequencerInbox impl", deploy(&d.SequencerInboxImpl, art.SequencerInbox,
		big.NewInt(ArbMaxDataSize), d.Reader4844, false, opts.DelayBuffer))
	step("Outbox impl", deploy(&d.OutboxImpl, art.Outbox))

	proxy := func(dst *common.Address, impl common.Address, a *Artifact, method string, args ...any) func() error {
		return func() error {
			init, e := a.ABI.Pack(method, args...)
			if e != nil {
				return e
			}
			*dst, e = dep.Deploy(ctx, art.Proxy, impl, d.ProxyAdmin, init)
			return e
		}
	}
	step("Bridge proxy", proxy(&d.Bridge, d.BridgeImpl, art.Bridge, "initialize", d.Rollup))
	step("SequencerInbox proxy", func() error {
		mtv := struct{ DelayBlocks, FutureBlocks, DelaySeconds, FutureSeconds *big.Int }{
			u64(opts.DelayBlocks), u64(opts.FutureBlocks), u64(opts.DelaySeconds), u64(opts.FutureSeconds)}
		buf := struct{ Threshold, Max, ReplenishRateInBasis uint64 }{opts.BufferThreshold, opts.BufferMax, opts.BufferReplenishBasis}
		return proxy(&d.SequencerInbox, d.SequencerInboxImpl, art.SequencerInbox, "initialize", d.Bridge, mtv, buf, common.Address{})()
	})
	step("Inbox proxy", proxy(&d.Inbox, d.InboxImpl, art.Inbox, "initialize", d.Bridge, d.SequencerInbox))
	step("Outbox proxy", proxy(&d.Outbox, d.OutboxImpl, art.Outbox, "initialize", d.Bridge))

	// Each step runs before the next line builds its arguments, so the
	// addresses passed below are already set.
	own := func(a *Artifact, to common.Address, method string, args ...any) func() error {
		return func() error { _, e := d.Owner.Transact(ctx, a, to, nil, method, args...); return e }
	}
	step("Bridge.setDelayedInbox", own(art.Bridge, d.Bridge, "setDelayedInbox", d.Inbox, true))
	step("Bridge.setSequencerInbox", own(art.Bridge, d.Bridge, "setSequencerInbox", d.SequencerInbox))
	step("Bridge.setOutbox", own(art.Bridge, d.Bridge, "setOutbox", d.Outbox, true))
	step("SequencerInbox.setIsBatchPoster", own(art.SequencerInbox, d.SequencerInbox, "setIsBatchPoster", d.BatchPoster.From, true))
	step("rollup initialize", own(d.RollupArt, d.Rollup, "initialize", d.Bridge, d.SequencerInbox, d.Inbox, d.Outbox))
	step("rollup setChainId", own(d.RollupArt, d.Rollup, "setChainId", new(big.Int).SetUint64(opts.L2ChainID)))
	if err != nil {
		return nil, err
	}
	if err := d.loadGenesisAssertion(ctx); err != nil {
		return nil, err
	}
	return d, nil
}

func u64(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

// NewArbDevnetT starts an L1 anvil, deploys the bridge set and starts the
// L2, all stopped when the test ends.
func NewArbDevnetT(t testing.TB, opts ArbOptions) *ArbDevnet {
	t.Helper()
	ctx := context.Background()
	l1 := StartAnvilT(t, AnvilOptions{ChainID: 31337})
	d, err := DeployArbitrum(ctx, l1, opts)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.StartArbL2(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(d.Close)
	return d
}

// Close stops the L2 (the L1 belongs to the caller).
func (d *ArbDevnet) Close() {
	if d.L2 != nil {
		d.L2.Close()
	}
}

// NetworkFile describes the devnet in the escape/network schema, as a user's
// own network file would.
func (d *ArbDevnet) NetworkFile(name string) *network.Network {
	src := network.Source{Note: "local devnet"}
	c := func(a common.Address) network.Contract { return network.Contract{Address: a, Source: src} }
	n := &network.Network{
		Name:      name,
		Title:     "Arbitrum devnet " + name,
		Stack:     escape.StackArbitrum,
		Testnet:   true,
		L1ChainID: d.L1.ChainID,
		L2ChainID: d.Opts.L2ChainID,
		L1Name:    "devnet L1",
		L1RPCs:    []string{d.L1.URL},
		Contracts: map[string]network.Contract{
			network.Bridge:         c(d.Bridge),
			network.Inbox:          c(d.Inbox),
			network.SequencerInbox: c(d.SequencerInbox),
			network.Outbox:         c(d.Outbox),
			network.Rollup:         c(d.Rollup),
		},
		Params: map[string]network.Param{
			network.ParamDelayBlocks:         {Value: d.Opts.DelayBlocks, Unit: "blocks", Source: src},
			network.ParamConfirmPeriodBlocks: {Value: d.Opts.ConfirmPeriodBlocks, Unit: "blocks", Source: src},
		},
	}
	if d.L2 != nil {
		n.L2RPCs = []string{d.L2.URL}
	}
	if d.Tokens != nil {
		n.Contracts[network.L1GatewayRouter] = c(d.Tokens.L1Router)
		n.Contracts[network.L2GatewayRouter] = c(d.Tokens.L2Router)
	}
	return n
}

// WriteNetworkFile writes NetworkFile(name) as JSON to path (0600), after
// checking that the network package accepts it.
func (d *ArbDevnet) WriteNetworkFile(path, name string) error {
	data, err := json.MarshalIndent(d.NetworkFile(name), "", "  ")
	if err != nil {
		return err
	}
	if _, err := network.Parse(data, path, false); err != nil {
		return fmt.Errorf("devnet: the network file for %s does not parse: %w", name, err)
	}
	return os.WriteFile(path, append(data, '\n'), 0o600)
}

// arbDecodeErr names a nitro custom error (e.g. ForceIncludeBlockTooSoon)
// or a revert string found in err's revert data, so failures read well.
func arbDecodeErr(art *ArbArtifacts, err error) error {
	if err == nil {
		return nil
	}
	if name := ArbRevertName(art, err); name != "" {
		return fmt.Errorf("%w [%s]", err, name)
	}
	return err
}

// ArbRevertName returns the custom error's name (or the revert reason) in
// an RPC error's revert data, or "".
func ArbRevertName(art *ArbArtifacts, err error) string {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return ""
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return ""
	}
	data := common.FromHex(s)
	if len(data) < 4 {
		return ""
	}
	if reason, e := abi.UnpackRevert(data); e == nil {
		return reason
	}
	for _, a := range []*Artifact{art.SequencerInbox, art.Bridge, art.Inbox, art.Outbox, art.Rollup, art.LegacyRollup} {
		if a == nil {
			continue
		}
		for name, e := range a.ABI.Errors {
			if string(e.ID[:4]) == string(data[:4]) {
				return name
			}
		}
	}
	return ""
}

// arbMethod returns go-ethereum's name for the overload of a method with
// the given signature (overloads get a numeric suffix in ABI order).
func arbMethod(a *Artifact, sig string) string {
	for name, m := range a.ABI.Methods {
		if m.Sig == sig {
			return name
		}
	}
	panic(fmt.Sprintf("devnet: %s has no %s", a.Name, sig))
}

// receiptLogs returns the logs of r emitted by addr with topic0 = event's ID.
func receiptLogs(r *types.Receipt, addr common.Address, ev abi.Event) []*types.Log {
	var out []*types.Log
	for _, l := range r.Logs {
		if l.Address == addr && len(l.Topics) > 0 && l.Topics[0] == ev.ID {
			out = append(out, l)
		}
	}
	return out
}

// SenderFor binds a key to the L1.
func (d *ArbDevnet) SenderFor(ctx context.Context, key *ecdsa.PrivateKey) (*Sender, error) {
	return NewSender(ctx, d.L1.Client, key)
}
