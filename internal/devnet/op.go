package devnet

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Chain ids of the OP devnet. They are kept apart from every real network
// so a network file written for the devnet can never be mistaken for one.
const (
	OPDevnetL1ChainID uint64 = 900
	OPDevnetL2ChainID uint64 = 901
)

// OP Stack game types (Types.sol).
const (
	GameTypeCannon       uint32 = 0 // FaultDisputeGame: anyone may propose and challenge
	GameTypePermissioned uint32 = 1 // PermissionedDisputeGame: only the proposer and the challenger
)

// Dispute game status (IDisputeGame.status()).
const (
	GameInProgress     uint8 = 0
	GameChallengerWins uint8 = 1
	GameDefenderWins   uint8 = 2
)

// L2 predeploy addresses (Predeploys.sol).
var (
	L2ToL1MessagePasserAddr    = common.HexToAddress("0x4200000000000000000000000000000000000016")
	L2CrossDomainMessengerAddr = common.HexToAddress("0x4200000000000000000000000000000000000007")
	L2StandardBridgeAddr       = common.HexToAddress("0x4200000000000000000000000000000000000010")
	L1BlockAddr                = common.HexToAddress("0x4200000000000000000000000000000000000015")
	L2ProxyAdminAddr           = common.HexToAddress("0x4200000000000000000000000000000000000018")
)

// OPOptions configures DeployOP. Zero values take the defaults in the
// comments: small delays so tests run in seconds.
type OPOptions struct {
	// L1ChainID is used by StartOPDevnet to start the L1 (default 900);
	// DeployOP takes the chain id of the node it is given.
	L1ChainID uint64
	// L2ChainID of the L2 node and of the dispute games (default 901).
	L2ChainID uint64

	// Legacy deploys OptimismPortal 2.8.1-beta.1 with an L2OutputOracle
	// instead of OptimismPortal2 3.10.0 with fault proofs.
	Legacy bool

	// Fault proofs.
	ProofMaturityDelay       uint64   // seconds, default 60
	DisputeGameFinalityDelay uint64   // seconds, default 30
	RespectedGameType        uint32   // default 0 (CANNON); both 0 and 1 are always registered
	MaxClockDuration         uint64   // seconds, default 120
	ClockExtension           uint64   // seconds, default 30 (must be <= MaxClockDuration)
	InitBond                 *big.Int // wei per dgf.create, default 0

	// Legacy L2OutputOracle.
	SubmissionInterval uint64 // L2 blocks, default 10
	L2BlockTime        uint64 // seconds, default 2 (also the network file's l2BlockTime)
	FinalizationPeriod uint64 // seconds, default 60

	// SequencingWindow only goes into the network file (L1 blocks, default
	// 3600 as on mainnet chains). The harness includes deposits whenever
	// RelayDeposits is called.
	SequencingWindow uint64

	// PortalETH is deposited into the portal by the deployer through a real
	// depositTransaction (and relayed to the deployer on L2) so that the
	// portal can pay out ETH withdrawals. Default 1000 ETH.
	PortalETH *big.Int
	// TokenHolders receive TokenAmount of the L2 test token through a real
	// L1StandardBridge deposit of the L1 test token (default: DevAddress(5)).
	TokenHolders []common.Address
	TokenAmount  *big.Int // default 1000e18

	// NoMulticall3 leaves the L1 without Multicall3 (StartOPDevnet puts
	// a stand-in at its canonical address, as on Ethereum and its testnets).
	NoMulticall3 bool
}

func (o *OPOptions) setDefaults() {
	def := func(v *uint64, d uint64) {
		if *v == 0 {
			*v = d
		}
	}
	def(&o.L1ChainID, OPDevnetL1ChainID)
	def(&o.L2ChainID, OPDevnetL2ChainID)
	def(&o.ProofMaturityDelay, 60)
	def(&o.DisputeGameFinalityDelay, 30)
	def(&o.MaxClockDuration, 120)
	def(&o.ClockExtension, 30)
	def(&o.SubmissionInterval, 10)
	def(&o.L2BlockTime, 2)
	def(&o.FinalizationPeriod, 60)
	def(&o.SequencingWindow, 3600)
	if o.InitBond == nil {
		o.InitBond = new(big.Int)
	}
	if o.PortalETH == nil {
		o.PortalETH = new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
	}
	if o.TokenHolders == nil {
		o.TokenHolders = []common.Address{DevAddress(5)}
	}
	if o.TokenAmount == nil {
		o.TokenAmount = new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
	}
}

// OPDevnet is a deployed OP Stack bridge on an L1 anvil and, after
// StartOPL2, an L2 anvil running in optimism mode. The harness plays the
// operators: the sequencer (RelayDeposits), the proposer, the challenger and
// the guardian.
type OPDevnet struct {
	Opts OPOptions // with defaults filled in
	L1   *Anvil
	L2   *Anvil // nil until StartOPL2; its URL is a proxy in front of anvil (see op_l2proxy.go)
	// L2AnvilURL is the L2 anvil itself, without the proxy.
	L2AnvilURL string
	Legacy     bool

	// Roles (anvil dev keys 0..3). DevKey(4) is the batcher/unsafe signer
	// (address only); DevKey(5..9) are left to tests (5 holds test tokens).
	Deployer, Guardian, Proposer, Challenger *ecdsa.PrivateKey

	// L1 contracts (proxies unless noted).
	ProxyAdmin             common.Address // owned by the deployer; admin of every L1 proxy
	SuperchainConfig       common.Address
	SystemConfig           common.Address
	OptimismPortal         common.Address // OptimismPortal2 3.10.0, or OptimismPortal 2.8.1-beta.1 when Legacy
	L1CrossDomainMessenger common.Address
	L1StandardBridge       common.Address
	BatchInbox             common.Address // an address, no code

	// Fault proofs only.
	DisputeGameFactory      common.Address
	AnchorStateRegistry     common.Address
	DelayedWETH             common.Address
	FaultDisputeGame        common.Address // implementation for game type 0
	PermissionedDisputeGame common.Address // implementation for game type 1
	MIPS                    common.Address // the games' VM (never stepped by the harness)
	PreimageOracle          common.Address

	// Legacy only.
	L2OutputOracle common.Address

	// Test tokens: an ERC-20 on L1 (TestERC20, anyone may mint) and its
	// OptimismMintableERC20 on L2 (bridge = L2StandardBridge).
	L1Token common.Address
	L2Token common.Address

	// Implementations behind the L1 proxies, by contract name.
	Implementations map[string]common.Address

	// DeployBlock is the L1 block before the first deployment.
	DeployBlock uint64

	ownsL1  bool
	l2Proxy *opL2Proxy
	mu      sync.Mutex // guards relayedThrough and invalidSeq; serialises bulk sends
	// relayedThrough is the last L1 block whose deposits RelayDeposits has
	// included on L2.
	relayedThrough uint64
	invalidSeq     uint64
}

// Address helpers for the roles.
func (d *OPDevnet) DeployerAddress() common.Address {
	return crypto.PubkeyToAddress(d.Deployer.PublicKey)
}
func (d *OPDevnet) GuardianAddress() common.Address {
	return crypto.PubkeyToAddress(d.Guardian.PublicKey)
}
func (d *OPDevnet) ProposerAddress() common.Address {
	return crypto.PubkeyToAddress(d.Proposer.PublicKey)
}
func (d *OPDevnet) ChallengerAddress() common.Address {
	return crypto.PubkeyToAddress(d.Challenger.PublicKey)
}

// opArtifacts caches parsed artifacts: some are large and every deployment
// uses the same ones.
var opArtifacts = struct {
	sync.Mutex
	m map[string]*Artifact
}{m: map[string]*Artifact{}}

// OPContract returns a contracts-bedrock artifact by contract name, parsed
// once per process. TestERC20 is the solc 0.8.15 build.
func OPContract(name string) (*Artifact, error) {
	opArtifacts.Lock()
	defer opArtifacts.Unlock()
	if a, ok := opArtifacts.m[name]; ok {
		return a, nil
	}
	var a *Artifact
	var err error
	switch name {
	case "TestERC20":
		a, err = OPArtifactFile("TestERC20.sol", "TestERC20.0.8.15")
	default:
		a, err = OPArtifact(name)
	}
	if err != nil {
		return nil, err
	}
	opArtifacts.m[name] = a
	return a, nil
}

func mustOP(name string) *Artifact {
	a, err := OPContract(name)
	if err != nil {
		panic(err)
	}
	return a
}

// sender returns the Sender for a role's key on the L1 (l2=false) or L2.
func (d *OPDevnet) sender(ctx context.Context, key *ecdsa.PrivateKey, l2 bool) (*Sender, error) {
	node := d.L1
	if l2 {
		node = d.L2
		if node == nil {
			return nil, fmt.Errorf("devnet: the OP L2 is not started (call StartOPL2)")
		}
	}
	return NewSender(ctx, node.Client, key)
}

// DeployOP deploys the OP Stack L1 contracts from the contracts-bedrock
// 0.17.3 artifacts onto l1, each behind a bedrock Proxy administered by a
// ProxyAdmin owned by the deployer, plus an L1 test ERC-20. Call StartOPL2
// next (or use StartOPDevnet, which does everything).
func DeployOP(ctx context.Context, l1 *Anvil, opts OPOptions) (*OPDevnet, error) {
	opts.setDefaults()
	if opts.ClockExtension > opts.MaxClockDuration {
		return nil, fmt.Errorf("devnet: ClockExtension %d exceeds MaxClockDuration %d", opts.ClockExtension, opts.MaxClockDuration)
	}
	d := &OPDevnet{
		Opts: opts, L1: l1, Legacy: opts.Legacy,
		Deployer: DevKey(0), Guardian: DevKey(1), Proposer: DevKey(2), Challenger: DevKey(3),
		BatchInbox:      common.HexToAddress("0xff00000000000000000000000000000000000901"),
		Implementations: map[string]common.Address{},
	}
	head, err := l1.Client.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	d.DeployBlock, d.relayedThrough = head, head
	s, err := d.sender(ctx, d.Deployer, false)
	if err != nil {
		return nil, err
	}
	dep := &opDeployer{ctx: ctx, s: s}
	owner := s.From

	d.ProxyAdmin = dep.deploy("ProxyAdmin", owner)
	proxy := func() common.Address { return dep.deploy("Proxy", d.ProxyAdmin) }
	d.SuperchainConfig = proxy()
	d.SystemConfig = proxy()
	d.OptimismPortal = proxy()
	d.L1CrossDomainMessenger = proxy()
	d.L1StandardBridge = proxy()
	if opts.Legacy {
		d.L2OutputOracle = proxy()
	} else {
		d.DisputeGameFactory = proxy()
		d.AnchorStateRegistry = proxy()
		d.DelayedWETH = proxy()
	}

	// upgrade points a proxy at a new implementation and initializes it in
	// the same call, as the OP deploy scripts do.
	upgrade := func(proxyAddr common.Address, name string, impl common.Address, initArgs ...any) {
		if dep.err != nil {
			return
		}
		d.Implementations[name] = impl
		data, err := mustOP(name).ABI.Pack("initialize", initArgs...)
		if err != nil {
			dep.err = fmt.Errorf("devnet: pack %s.initialize: %w", name, err)
			return
		}
		dep.transact("ProxyAdmin", d.ProxyAdmin, "upgradeAndCall", proxyAddr, impl, data)
	}

	upgrade(d.SuperchainConfig, "SuperchainConfig", dep.deploy("SuperchainConfig"), d.GuardianAddress(), false)

	type resourceConfig struct {
		MaxResourceLimit            uint32
		ElasticityMultiplier        uint8
		BaseFeeMaxChangeDenominator uint8
		MinimumBaseFee              uint32
		SystemTxMaxGas              uint32
		MaximumBaseFee              *big.Int
	}
	type systemConfigAddresses struct {
		L1CrossDomainMessenger       common.Address
		L1ERC721Bridge               common.Address
		L1StandardBridge             common.Address
		DisputeGameFactory           common.Address
		OptimismPortal               common.Address
		OptimismMintableERC20Factory common.Address
		GasPayingToken               common.Address
	}
	maxU128 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(1))
	upgrade(d.SystemConfig, "SystemConfig", dep.deploy("SystemConfig"),
		owner, uint32(1368), uint32(810949), common.BytesToHash(DevAddress(4).Bytes()), uint64(30_000_000), DevAddress(4),
		resourceConfig{20_000_000, 10, 8, 1_000_000_000, 1_000_000, maxU128},
		d.BatchInbox,
		systemConfigAddresses{
			L1CrossDomainMessenger: d.L1CrossDomainMessenger, L1StandardBridge: d.L1StandardBridge,
			DisputeGameFactory: d.DisputeGameFactory, OptimismPortal: d.OptimismPortal,
		})

	if opts.Legacy {
		l1Head, err := l1.Client.HeaderByNumber(ctx, nil)
		if err != nil {
			return nil, err
		}
		// The oracle refuses outputs whose L2 timestamp (start + n*blockTime)
		// is not yet in the past on L1; starting an hour back leaves room for
		// 3600/L2BlockTime blocks before ProposeOutput has to warp L1.
		start := l1Head.Time
		if start > 3600 {
			start -= 3600
		}
		upgrade(d.L2OutputOracle, "L2OutputOracle", dep.deploy("L2OutputOracle"),
			new(big.Int).SetUint64(opts.SubmissionInterval), new(big.Int).SetUint64(opts.L2BlockTime),
			new(big.Int), new(big.Int).SetUint64(start), d.ProposerAddress(), d.ChallengerAddress(),
			new(big.Int).SetUint64(opts.FinalizationPeriod))
		upgrade(d.OptimismPortal, "OptimismPortal", dep.deploy("OptimismPortal"),
			d.L2OutputOracle, d.SystemConfig, d.SuperchainConfig)
	} else {
		upgrade(d.DisputeGameFactory, "DisputeGameFactory", dep.deploy("DisputeGameFactory"), owner)
		type outputRoot struct {
			Root          [32]byte
			L2BlockNumber *big.Int
		}
		type startingAnchorRoot struct {
			GameType   uint32
			OutputRoot outputRoot
		}
		// A game refuses to start without an anchor; the anchor's root is
		// never checked by create/resolve, only that it is non-zero and that
		// games propose blocks after it.
		genesisAnchor := outputRoot{Root: crypto.Keccak256Hash([]byte("devnet genesis output root")), L2BlockNumber: new(big.Int)}
		upgrade(d.AnchorStateRegistry, "AnchorStateRegistry", dep.deploy("AnchorStateRegistry", d.DisputeGameFactory),
			[]startingAnchorRoot{{GameTypeCannon, genesisAnchor}, {GameTypePermissioned, genesisAnchor}})
		upgrade(d.DelayedWETH, "DelayedWETH", dep.deploy("DelayedWETH", big.NewInt(302400)), owner, d.SuperchainConfig)
		upgrade(d.OptimismPortal, "OptimismPortal2",
			dep.deploy("OptimismPortal2", new(big.Int).SetUint64(opts.ProofMaturityDelay), new(big.Int).SetUint64(opts.DisputeGameFinalityDelay)),
			d.DisputeGameFactory, d.SystemConfig, d.SuperchainConfig, opts.RespectedGameType)

		d.PreimageOracle = dep.deploy("PreimageOracle", big.NewInt(126000), big.NewInt(86400))
		d.MIPS = dep.deploy("MIPS", d.PreimageOracle)
		prestate := crypto.Keccak256Hash([]byte("devnet absolute prestate"))
		prestate[0] = 0x03 // VMStatus "unfinished", as real prestates carry
		l2ID := new(big.Int).SetUint64(opts.L2ChainID)
		gameArgs := []any{prestate, big.NewInt(73), big.NewInt(30), opts.ClockExtension, opts.MaxClockDuration,
			d.MIPS, d.DelayedWETH, d.AnchorStateRegistry, l2ID}
		d.FaultDisputeGame = dep.deploy("FaultDisputeGame", append([]any{GameTypeCannon}, gameArgs...)...)
		d.PermissionedDisputeGame = dep.deploy("PermissionedDisputeGame",
			append(append([]any{GameTypePermissioned}, gameArgs...), d.ProposerAddress(), d.ChallengerAddress())...)
		dep.transact("DisputeGameFactory", d.DisputeGameFactory, "setImplementation", GameTypeCannon, d.FaultDisputeGame)
		dep.transact("DisputeGameFactory", d.DisputeGameFactory, "setImplementation", GameTypePermissioned, d.PermissionedDisputeGame)
		if opts.InitBond.Sign() > 0 {
			dep.transact("DisputeGameFactory", d.DisputeGameFactory, "setInitBond", GameTypeCannon, opts.InitBond)
			dep.transact("DisputeGameFactory", d.DisputeGameFactory, "setInitBond", GameTypePermissioned, opts.InitBond)
		}
	}

	upgrade(d.L1CrossDomainMessenger, "L1CrossDomainMessenger", dep.deploy("L1CrossDomainMessenger"),
		d.SuperchainConfig, d.OptimismPortal, d.SystemConfig)
	upgrade(d.L1StandardBridge, "L1StandardBridge", dep.deploy("L1StandardBridge"),
		d.L1CrossDomainMessenger, d.SuperchainConfig, d.SystemConfig)
	d.L1Token = dep.deploy("TestERC20")
	if dep.err != nil {
		return nil, dep.err
	}
	return d, nil
}

// opDeployer runs a sequence of deployments and calls, keeping the first
// error so the deployment reads as a list of steps.
type opDeployer struct {
	ctx context.Context
	s   *Sender
	err error
}

func (p *opDeployer) deploy(name string, args ...any) common.Address {
	if p.err != nil {
		return common.Address{}
	}
	a, err := OPContract(name)
	if err != nil {
		p.err = err
		return common.Address{}
	}
	addr, err := p.s.Deploy(p.ctx, a, args...)
	if err != nil {
		p.err = err
	}
	return addr
}

func (p *opDeployer) transact(name string, to common.Address, method string, args ...any) {
	if p.err != nil {
		return
	}
	a, err := OPContract(name)
	if err != nil {
		p.err = err
		return
	}
	if _, err := p.s.Transact(p.ctx, a, to, nil, method, args...); err != nil {
		p.err = err
	}
}

// StartOPDevnet starts an L1 anvil, deploys the OP contracts, starts the L2
// with its predeploys, funds the portal and hands out the test token: a
// ready devnet. Close stops both nodes.
func StartOPDevnet(ctx context.Context, opts OPOptions) (*OPDevnet, error) {
	opts.setDefaults()
	l1, err := StartAnvil(ctx, AnvilOptions{ChainID: opts.L1ChainID})
	if err != nil {
		return nil, err
	}
	d, err := DeployOP(ctx, l1, opts)
	if err != nil {
		l1.Close()
		return nil, err
	}
	d.ownsL1 = true
	if !opts.NoMulticall3 {
		if err := InstallMulticall3(ctx, l1); err != nil {
			d.Close()
			return nil, err
		}
	}
	if _, err := d.StartOPL2(ctx); err != nil {
		d.Close()
		return nil, err
	}
	if err := d.Seed(ctx); err != nil {
		d.Close()
		return nil, err
	}
	return d, nil
}

// Multicall3Address is Multicall3's address on Ethereum and most chains.
var Multicall3Address = common.HexToAddress("0xcA11bde05977b3631167028862bE2a173976CA11")

// InstallMulticall3 puts a Multicall3 stand-in (aggregate3 only) at
// Multicall3Address on an anvil.
func InstallMulticall3(ctx context.Context, a *Anvil) error {
	art, err := StandinArtifact("Multicall3Standin")
	if err != nil {
		return err
	}
	return a.SetCode(ctx, Multicall3Address, art.Deployed)
}

// StartOPDevnetT is StartOPDevnet for a test; the nodes stop when it ends.
func StartOPDevnetT(t testing.TB, opts OPOptions) *OPDevnet {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	d, err := StartOPDevnet(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(d.Close)
	return d
}

// Close stops the L2 and, if StartOPDevnet started it, the L1.
func (d *OPDevnet) Close() {
	if d.L2 != nil {
		d.L2.Close()
	}
	if d.l2Proxy != nil {
		d.l2Proxy.Close()
	}
	if d.ownsL1 && d.L1 != nil {
		d.L1.Close()
	}
}

// Warp moves L1 time forward by seconds and mines a block; the L2 clock is
// moved by the same amount so the two stay in step as on a real network.
func (d *OPDevnet) Warp(ctx context.Context, seconds uint64) error {
	if err := d.L1.IncreaseTime(ctx, seconds); err != nil {
		return err
	}
	if d.L2 != nil {
		return d.L2.IncreaseTime(ctx, seconds)
	}
	return nil
}

// L1Time is the timestamp of the L1 head.
func (d *OPDevnet) L1Time(ctx context.Context) (uint64, error) {
	h, err := d.L1.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, err
	}
	return h.Time, nil
}
