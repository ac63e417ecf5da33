// Package opstack is the OP Stack escape: a forced L2 transaction sent from
// L1 through OptimismPortal.depositTransaction, then the withdrawal it
// starts followed through L2 inclusion, proving against a dispute game (or
// a legacy L2OutputOracle output), the proof maturity period and
// finalization.
//
// The portal's generation is detected from the chain (version() and
// probes), never from the network's name.
package opstack

import (
	"context"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/bindings/opbedrock"
	"github.com/l2escape/escape/bindings/opcurrent"
	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/network"
	"github.com/l2escape/escape/escape/record"
)

// L2 predeploys.
var (
	MessagePasser    = common.HexToAddress("0x4200000000000000000000000000000000000016")
	L2StandardBridge = common.HexToAddress("0x4200000000000000000000000000000000000010")
)

// Generation is the shape of a chain's portal.
type Generation int

const (
	Legacy  Generation = iota // OptimismPortal 1.x/2.x with an L2OutputOracle
	Portal3                   // OptimismPortal2 3.x: the portal keeps the respected game type
	Portal4                   // OptimismPortal2 4.x/5.x: AnchorStateRegistry-based validity, ETHLockbox
)

func (g Generation) String() string {
	switch g {
	case Legacy:
		return "OptimismPortal with L2OutputOracle (legacy)"
	case Portal3:
		return "OptimismPortal2 3.x (fault proofs)"
	}
	return "OptimismPortal2 4.x/5.x (AnchorStateRegistry)"
}

// Stack implements flow.Stack for OP Stack chains.
type Stack struct {
	mu sync.Mutex
	// imported is what Import read of the bridge, for the status of the
	// escape it made that follows in the same command (`escape status
	// 0xL1TX --network ...`): read moments ago, so not read again.
	imported *importedContracts
}

type importedContracts struct {
	e  *record.Escape
	c  *contracts
	at time.Time
}

// importFresh is how long an import's reads serve its status: the two
// run back to back in one command.
const importFresh = 10 * time.Second

// keepContracts remembers an import's contracts for the next status.
func (s *Stack) keepContracts(e *record.Escape, c *contracts) {
	s.mu.Lock()
	s.imported = &importedContracts{e: e, c: c, at: time.Now()}
	s.mu.Unlock()
}

// takeContracts hands the import's contracts to the status of the escape
// it made, once and right after; later runs read the bridge afresh.
func (s *Stack) takeContracts(env *flow.Env, e *record.Escape) *contracts {
	s.mu.Lock()
	defer s.mu.Unlock()
	imp := s.imported
	s.imported = nil
	if imp == nil || imp.e != e || imp.c.net != env.Network || time.Since(imp.at) > importFresh {
		return nil
	}
	return imp.c
}

// New returns the OP Stack implementation.
func New() flow.Stack { return &Stack{} }

var (
	portal2ABI    = chain.LazyABI(opbedrock.OptimismPortal2MetaData)
	portalABI     = chain.LazyABI(opbedrock.OptimismPortalMetaData)
	portalNowABI  = chain.LazyABI(opcurrent.OptimismPortal2MetaData)
	l2ooABI       = chain.LazyABI(opbedrock.L2OutputOracleMetaData)
	dgfABI        = chain.LazyABI(opbedrock.DisputeGameFactoryMetaData)
	gameABI       = chain.LazyABI(opbedrock.FaultDisputeGameMetaData)
	passerABI     = chain.LazyABI(opcurrent.L2ToL1MessagePasserMetaData)
	l2BridgeABI   = chain.LazyABI(opcurrent.L2StandardBridgeMetaData)
	asrABI        = chain.LazyABI(opcurrent.AnchorStateRegistryMetaData)
	superchainABI = chain.LazyABI(opcurrent.SuperchainConfigMetaData)
)

func allRevertABIs() []*abi.ABI {
	return []*abi.ABI{portal2ABI(), portalABI(), portalNowABI(), l2ooABI(), dgfABI(), gameABI(), asrABI()}
}

func depositedTopic() common.Hash { return portal2ABI().Events["TransactionDeposited"].ID }

// contracts is what one run learned about the chain's bridge.
type contracts struct {
	net        *network.Network
	portal     common.Address
	version    string
	gen        Generation
	dgf        common.Address // fault-proof generations
	l2oo       common.Address // legacy
	asr        common.Address // 4.x+
	respected  uint32
	maturity   uint64 // proof maturity delay (seconds)
	finality   uint64 // dispute game finality delay (seconds)
	finalizeP  uint64 // legacy finalization period (seconds)
	seqWindow  uint64 // L1 blocks
	l1Block    uint64 // L1 block time assumed for estimates (seconds)
	paused     bool
	superchain common.Address
	cutoff     uint64 // 3.x respectedGameTypeUpdatedAt; 4.x ASR retirementTimestamp
	gameCount  uint64
	multicall  bool // the L1 has Multicall3 (batch.go)
}

// call makes an eth_call of method with args on a contract and unpacks it.
func call(ctx context.Context, c *chain.Client, a *abi.ABI, to common.Address, method string, args ...any) ([]any, error) {
	input, err := a.Pack(method, args...)
	if err != nil {
		return nil, err
	}
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &to, Data: input}, nil)
	if err != nil {
		return nil, err
	}
	return a.Unpack(method, out)
}

// getAddress asks to for an address with each getter's calldata in turn
// (a version's name, then an older version's) and returns the first answer.
func getAddress(ctx context.Context, c *chain.Client, to common.Address, getters ...[]byte) (common.Address, error) {
	var lastErr error
	for _, data := range getters {
		out, err := c.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
		if err == nil && len(out) < 32 {
			err = fmt.Errorf("the getter %s returned %d bytes", getterName(data), len(out))
		}
		if err == nil {
			return common.BytesToAddress(out[12:32]), nil
		}
		lastErr = err
	}
	return common.Address{}, lastErr
}

// getterName names the method calldata calls, as the bindings spell it,
// for an error a person reads; the selector if no binding has it.
func getterName(data []byte) string {
	for _, a := range []func() *abi.ABI{portalNowABI, portal2ABI, portalABI, l2ooABI, dgfABI, gameABI, gameNowABI, asrABI, superchainABI, systemConfigABI} {
		if m, err := a().MethodById(data[:4]); err == nil {
			return m.Sig
		}
	}
	return fmt.Sprintf("%x", data[:4])
}

// getUint calls a getter (its calldata) that returns one uint64 word.
func getUint(ctx context.Context, c *chain.Client, to common.Address, data []byte) (uint64, error) {
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return 0, err
	}
	if len(out) < 32 {
		return 0, fmt.Errorf("the getter %s returned %d bytes", getterName(data), len(out))
	}
	v := new(big.Int).SetBytes(out[:32])
	if !v.IsUint64() {
		return 0, fmt.Errorf("the getter %s: %s is out of range", getterName(data), v)
	}
	return v.Uint64(), nil
}

func major(version string) int {
	m, _, _ := strings.Cut(version, ".")
	n, _ := strconv.Atoi(m)
	return n
}

// load reads the portal's generation and the values the flows depend on,
// in two batched round trips: the portal's getters (every generation's
// probed at once; the ones a version lacks just fail), then the contracts
// they point at.
func load(ctx context.Context, env *flow.Env, extra ...*ethCall) (*contracts, error) {
	n := env.Network
	c := &contracts{net: n, portal: n.MustAddress(network.OptimismPortal), l1Block: 12}
	l1 := env.L1
	// Each getter from the binding of the generation that has it: 3.x
	// (portal2ABI), 4.x and later (portalNowABI), 2.x (portalABI).
	p := func(a func() *abi.ABI, method string) *ethCall { return &ethCall{to: c.portal, data: pack(a, method)} }
	var (
		version    = p(portal2ABI, "version")
		dgf        = p(portal2ABI, "disputeGameFactory")
		asr        = p(portalNowABI, "anchorStateRegistry")
		respected  = p(portal2ABI, "respectedGameType")
		updatedAt  = p(portal2ABI, "respectedGameTypeUpdatedAt")
		maturity   = p(portal2ABI, "proofMaturityDelaySeconds")
		finality   = p(portal2ABI, "disputeGameFinalityDelaySeconds")
		paused     = p(portal2ABI, "paused")
		superchain = p(portal2ABI, "superchainConfig")
		l2Oracle   = p(portalABI, "l2Oracle")
		// 1.x portals: no binding is that old.
		l2OracleV1 = &ethCall{to: c.portal, data: sel("L2_ORACLE()")}
	)
	first := []*ethCall{version, dgf, asr, respected, updatedAt, maturity, finality, paused, superchain, l2Oracle, l2OracleV1}
	// The bundled factory's game count rides along; it is used only if the
	// portal names the same factory.
	var bundledCount *ethCall
	bundledDGF, hasBundledDGF := n.Address(network.DisputeGameFactory)
	if hasBundledDGF {
		bundledCount = &ethCall{to: bundledDGF, data: pack(dgfABI, "gameCount")}
	}
	probes := len(first)
	mc := multicallProbe()
	first = append(first, mc)
	if bundledCount != nil {
		first = append(first, bundledCount)
	}
	first = append(first, extra...)
	if err := batch(ctx, l1, first); err != nil {
		return nil, escape.Wrap(err, "rpc-error", "try again, or pass another --l1-rpc", "could not read the OptimismPortal")
	}
	answered := false
	for _, cl := range first[:probes] {
		answered = answered || cl.err == nil
	}
	if !answered {
		return nil, escape.Errorf("verify-failed", "check --network and that --l1-rpc serves "+n.L1Name,
			"the OptimismPortal address %s on %s answers none of the portal's getters (no contract there?)", c.portal.Hex(), n.L1Name)
	}
	if version.err == nil {
		if vals, err := portal2ABI().Unpack("version", version.out); err == nil && len(vals) == 1 {
			c.version = vals[0].(string)
		}
	}
	_, hasDGF := dgf.addr()
	asrAddr, hasASR := asr.addr()
	switch {
	case major(c.version) >= 4 || (hasDGF && hasASR && asrAddr != (common.Address{})):
		c.gen = Portal4
	case major(c.version) == 3 || hasDGF:
		c.gen = Portal3
	default:
		c.gen = Legacy
	}
	c.multicall = hasMulticall(mc)
	c.paused = paused.bool()
	c.superchain, _ = superchain.addr()
	c.maturity, _ = maturity.uint()
	c.finality, _ = finality.uint()
	var second []*ethCall
	var gameCount, finalizeP, asrDGF, asrRespected, retired *ethCall
	switch c.gen {
	case Legacy:
		var ok bool
		if c.l2oo, ok = l2Oracle.addr(); !ok {
			c.l2oo, ok = l2OracleV1.addr()
		}
		if !ok {
			return nil, escape.Errorf("verify-failed", "check --network", "the legacy OptimismPortal at %s does not name its L2OutputOracle", c.portal.Hex())
		}
		finalizeP = &ethCall{to: c.l2oo, data: pack(l2ooABI, "FINALIZATION_PERIOD_SECONDS")}
		second = append(second, finalizeP)
	case Portal3:
		c.dgf, _ = dgf.addr()
		rt, _ := respected.uint()
		c.respected = uint32(rt)
		c.cutoff, _ = updatedAt.uint()
		if bundledCount != nil && bundledDGF == c.dgf && bundledCount.err == nil {
			gameCount = bundledCount
		} else {
			gameCount = &ethCall{to: c.dgf, data: pack(dgfABI, "gameCount")}
			second = append(second, gameCount)
		}
	case Portal4:
		c.asr = asrAddr
		asrDGF = &ethCall{to: c.asr, data: pack(asrABI, "disputeGameFactory")}
		asrRespected = &ethCall{to: c.asr, data: pack(asrABI, "respectedGameType")}
		retired = &ethCall{to: c.asr, data: pack(asrABI, "retirementTimestamp")}
		second = append(second, asrDGF, asrRespected, retired)
		if d, ok := dgf.addr(); ok {
			if bundledCount != nil && bundledDGF == d && bundledCount.err == nil {
				gameCount = bundledCount
			} else {
				gameCount = &ethCall{to: d, data: pack(dgfABI, "gameCount")}
				second = append(second, gameCount)
			}
		}
	}
	if len(second) == 0 {
		// nothing depends on the first answers (3.x with the bundled factory)
	} else if err := batch(ctx, l1, second); err != nil {
		return nil, escape.Wrap(err, "rpc-error", "try again, or pass another --l1-rpc", "could not read the contracts the OptimismPortal points at")
	}
	switch c.gen {
	case Legacy:
		c.finalizeP, _ = finalizeP.uint()
	case Portal4:
		var ok bool
		if c.dgf, ok = asrDGF.addr(); !ok {
			return nil, escape.Errorf("verify-failed", "check --network", "the AnchorStateRegistry %s (named by the portal) does not name a DisputeGameFactory", c.asr.Hex())
		}
		rt, _ := asrRespected.uint()
		c.respected = uint32(rt)
		c.cutoff, _ = retired.uint()
		if d, _ := dgf.addr(); d != c.dgf {
			gameCount = &ethCall{to: c.dgf, data: pack(dgfABI, "gameCount")}
			if err := batch(ctx, l1, []*ethCall{gameCount}); err != nil {
				return nil, escape.Wrap(err, "rpc-error", "try again", "could not read the DisputeGameFactory")
			}
		}
	}
	if gameCount != nil {
		c.gameCount, _ = gameCount.uint()
	}
	c.seqWindow, _ = n.ParamValue(network.ParamSequencingWindow)
	if c.seqWindow == 0 {
		c.seqWindow = 3600
	}
	return c, nil
}
