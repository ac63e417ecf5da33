package health

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/network"
	"github.com/l2escape/escape/escape/ui"
)

// OPFacts is what an OP Stack health check read on L1.
type OPFacts struct {
	OptimismPortal common.Address `json:"optimismPortal"`
	SystemConfig   common.Address `json:"systemConfig"`

	// Batches: the batcher is SystemConfig.batcherHash()'s low 20 bytes;
	// the inbox is SystemConfig.batchInbox() where the release has it,
	// else the network file's BatchInbox.
	Batcher    common.Address `json:"batcher"`
	BatchInbox common.Address `json:"batchInbox"`
	// LastBatch is nil when no batch was found in the blocks scanned.
	LastBatch      *Point `json:"lastBatch"`
	LastBatchBlobs int    `json:"lastBatchBlobs"` // 0: a calldata batch
	// ScannedBlocks L1 blocks were searched, back to ScannedFrom (when
	// no batch was found), by BatchSearch: "recent-blocks",
	// "batcher-nonce" or "block-scan" (see scanOPBatches).
	ScannedBlocks uint64 `json:"scannedBlocks"`
	ScannedFrom   Point  `json:"scannedFrom"`
	BatchSearch   string `json:"batchSearch"`

	// Proposals.
	ProofSystem         string  `json:"proofSystem"` // "fault-proofs" or "l2-output-oracle"
	RespectedGameType   *uint32 `json:"respectedGameType,omitempty"`
	GameCount           uint64  `json:"gameCount,omitempty"`
	LatestGame          *Game   `json:"latestGame,omitempty"`
	LatestRespectedGame *Game   `json:"latestRespectedGame,omitempty"`
	LatestOutput        *Output `json:"latestOutput,omitempty"`
	// Operators: the proposer's pace and games left unresolved
	// (op_operators.go).
	Operators *OPOperators `json:"operators,omitempty"`

	// Pause.
	PortalPaused     bool           `json:"portalPaused"`
	SuperchainConfig common.Address `json:"superchainConfig,omitempty"`
	SuperchainPaused *bool          `json:"superchainPaused,omitempty"` // the global pause (every chain)
	// ChainPaused is the SuperchainConfig pause keyed to this chain
	// (portals 4.x/5.x: paused(identifier), the identifier being the
	// chain's ETHLockbox, else its portal); nil where the SuperchainConfig
	// has no per-chain pause.
	ChainPaused          *bool          `json:"chainPaused,omitempty"`
	ChainPauseIdentifier common.Address `json:"chainPauseIdentifier,omitempty"`
	Guardian             common.Address `json:"guardian,omitempty"`

	// Deposits: a deposit sent in the next L1 block must be on L2 by
	// DepositDeadlineBlock, sequencer or not; Deposits is the portal's
	// deposit market (op_crowd.go), nil if it did not answer.
	Deposits                *OPDeposits `json:"deposits,omitempty"`
	SequencingWindowBlocks  uint64      `json:"sequencingWindowBlocks"`
	SequencingWindowAssumed bool        `json:"sequencingWindowAssumed,omitempty"`
	DepositDeadlineBlock    uint64      `json:"depositDeadlineBlock"`
	DepositDeadline         time.Time   `json:"depositDeadline"` // estimated at 12 s per block
}

// Game is a dispute game from the DisputeGameFactory.
type Game struct {
	Index   uint64         `json:"index"`
	Type    uint32         `json:"type"`
	Address common.Address `json:"address"`
	L2Block *uint64        `json:"l2Block,omitempty"`
	Created Point          `json:"created"` // Block is 0: the factory records only the time
}

// Output is a legacy L2OutputOracle proposal.
type Output struct {
	Index    uint64 `json:"index"`
	L2Block  uint64 `json:"l2Block"`
	Proposed Point  `json:"proposed"`
}

// defaultSequencingWindow is the OP Stack's default (derivation spec): 3600
// L1 blocks, 12 hours.
const defaultSequencingWindow = 3600

func (c *checker) checkOP(ctx context.Context) error {
	n := c.in.Network
	l1 := c.in.L1
	f := &OPFacts{OptimismPortal: n.MustAddress(network.OptimismPortal), SystemConfig: n.MustAddress(network.SystemConfig)}
	c.r.OP = f
	portal, sysCfg := f.OptimismPortal, f.SystemConfig
	dgf, hasDGF := n.Address(network.DisputeGameFactory)
	l2oo, hasL2OO := n.Address(network.L2OutputOracle)

	// Round 1: everything that only needs the bundled addresses.
	batcherHash := get(sysCfg, systemConfigABI, "batcherHash")
	inboxView := get(sysCfg, systemConfigABI, "batchInbox")
	portalPaused := get(portal, portalABI, "paused")
	portalGuardian := get(portal, portalABI, "guardian")
	portalSCC := get(portal, portalABI, "superchainConfig")
	sysSCC := call(sysCfg, "superchainConfig()") // SystemConfig 2.3.0, the generated one, predates it
	respected := get(portal, portalABI, "respectedGameType")
	asrView := get(portal, portalABI, "anchorStateRegistry")
	oracleView := get(portal, portalLegacyABI, "l2Oracle")
	lockboxView := get(portal, portalABI, "ethLockbox")
	depositParams, resourceCfg := depositViews(f)
	views := []*view{batcherHash, inboxView, portalPaused, portalGuardian, portalSCC, sysSCC, respected, asrView, oracleView, lockboxView, depositParams, resourceCfg}
	var gameCount *view
	if hasDGF {
		gameCount = get(dgf, dgfABI, "gameCount")
		views = append(views, gameCount)
	}
	if err := run(ctx, l1, c.head, views...); err != nil {
		return rpcError(err, "cannot read %s's contracts on L1", n.Title)
	}
	if !batcherHash.ok(1) {
		return escape.Errorf("verify-failed", "run `escape verify --network "+n.Arg()+"`: the SystemConfig address may be wrong",
			"SystemConfig %s did not answer batcherHash(): %v", sysCfg.Hex(), batcherHash.err)
	}
	bh, _ := batcherHash.hash(0)
	f.Batcher = common.BytesToAddress(bh[12:])
	if a, ok := inboxView.address(); ok && a != (common.Address{}) {
		f.BatchInbox = a
		if bundled, ok := n.Address(network.BatchInbox); ok && bundled != a {
			c.note("The network file's BatchInbox %s differs from SystemConfig.batchInbox() %s; escape used the SystemConfig's.", bundled.Hex(), a.Hex())
		}
	} else if a, ok := n.Address(network.BatchInbox); ok {
		f.BatchInbox = a
	}
	if p, ok := portalPaused.bool(); ok {
		f.PortalPaused = p
	} else {
		c.note("OptimismPortal.paused() did not answer (%v); the pause state is unknown.", portalPaused.err)
	}
	f.SuperchainConfig, _ = n.Address(network.SuperchainConfig)
	for _, v := range []*view{portalSCC, sysSCC} {
		if f.SuperchainConfig != (common.Address{}) {
			break
		}
		if a, ok := v.address(); ok {
			f.SuperchainConfig = a
		}
	}
	if g, ok := portalGuardian.address(); ok {
		f.Guardian = g
	}
	var asr common.Address
	if a, ok := asrView.address(); ok {
		asr = a
	}
	if t, ok := respected.uint(0); ok && t <= 0xffffffff {
		v := uint32(t)
		f.RespectedGameType = &v
	}
	if !hasL2OO && !hasDGF {
		if a, ok := oracleView.address(); ok && a != (common.Address{}) {
			l2oo, hasL2OO = a, true
		}
	}

	// The deposit deadline: deposits of L1 block B must be on L2 by the
	// end of B's sequencing window, sequencer or not.
	f.SequencingWindowBlocks, _ = n.ParamValue(network.ParamSequencingWindow)
	if f.SequencingWindowBlocks == 0 {
		f.SequencingWindowBlocks, f.SequencingWindowAssumed = defaultSequencingWindow, true
	}
	f.DepositDeadlineBlock = c.head + 1 + f.SequencingWindowBlocks
	f.DepositDeadline = c.now.Add(time.Duration(f.SequencingWindowBlocks+1) * l1BlockTime)
	f.Deposits = c.opDeposits(depositParams, resourceCfg)

	// Then two independent walks at the same time: the pause, proofs and
	// operators (round 2 on), and the last batch.
	lastBatch := func(c *checker) error {
		if f.BatchInbox == (common.Address{}) {
			c.note("Neither SystemConfig.batchInbox() nor the network file names the batch inbox, so the last batch could not be looked for.")
		} else if err := c.scanOPBatches(chain.WithPurpose(ctx, "searching recent L1 blocks for batches"), f); err != nil {
			return rpcError(err, "cannot read recent L1 blocks")
		}
		return nil
	}
	proofs := func(c *checker) error {
		return c.readOPProofs(ctx, f, opRound1{asr: asr, lockbox: lockboxView, gameCount: gameCount, dgf: dgf, hasDGF: hasDGF, l2oo: l2oo, hasL2OO: hasL2OO})
	}
	if err := c.alongside(proofs, lastBatch); err != nil {
		return err
	}
	c.judgeOP(f)
	return nil
}

// opRound1 is what round 1 found that round 2 builds on.
type opRound1 struct {
	asr       common.Address
	lockbox   *view
	gameCount *view
	dgf, l2oo common.Address
	hasDGF    bool
	hasL2OO   bool
}

// readOPProofs is round 2 on: the superchain pause, the newest games or
// outputs, and the operators' pace.
func (c *checker) readOPProofs(ctx context.Context, f *OPFacts, r1 opRound1) error {
	n, l1, portal := c.in.Network, c.in.L1, f.OptimismPortal
	asr, lockboxView, gameCount, dgf, hasDGF, l2oo, hasL2OO := r1.asr, r1.lockbox, r1.gameCount, r1.dgf, r1.hasDGF, r1.l2oo, r1.hasL2OO
	var round2 []*view
	var sccPaused, sccChainPaused, sccGuardian, asrRespected, latestAny, latestResp, latestOutputIndex *view
	if f.SuperchainConfig != (common.Address{}) {
		sccPaused = get(f.SuperchainConfig, superchainABI, "paused0")
		sccGuardian = get(f.SuperchainConfig, superchainABI, "guardian")
		round2 = append(round2, sccPaused, sccGuardian)
		if asr != (common.Address{}) { // portals 4.x/5.x
			f.ChainPauseIdentifier = portal
			if a, ok := lockboxView.address(); ok && a != (common.Address{}) {
				f.ChainPauseIdentifier = a
			}
			sccChainPaused = get(f.SuperchainConfig, superchainABI, "paused", f.ChainPauseIdentifier)
			round2 = append(round2, sccChainPaused)
		}
	}
	if f.RespectedGameType == nil && asr != (common.Address{}) {
		asrRespected = get(asr, asrABI, "respectedGameType")
		round2 = append(round2, asrRespected)
	}
	count := uint64(0)
	if hasDGF {
		f.ProofSystem = "fault-proofs"
		var ok bool
		if count, ok = gameCount.uint(0); !ok {
			return escape.Errorf("verify-failed", "run `escape verify --network "+n.Arg()+"`: the DisputeGameFactory address may be wrong",
				"DisputeGameFactory %s did not answer gameCount(): %v", dgf.Hex(), gameCount.err)
		}
		f.GameCount = count
		if count > 0 {
			latestAny = get(dgf, dgfABI, "gameAtIndex", new(big.Int).SetUint64(count-1))
			round2 = append(round2, latestAny)
			if f.RespectedGameType != nil {
				latestResp = findLatestGame(dgf, *f.RespectedGameType, count)
				round2 = append(round2, latestResp)
			}
		}
	} else if hasL2OO {
		f.ProofSystem = "l2-output-oracle"
		latestOutputIndex = get(l2oo, l2ooABI, "latestOutputIndex")
		round2 = append(round2, latestOutputIndex)
	}
	if len(round2) > 0 {
		if err := run(ctx, l1, c.head, round2...); err != nil {
			return rpcError(err, "cannot read %s's contracts on L1", n.Title)
		}
	}
	if sccPaused != nil {
		if p, ok := sccPaused.bool(); ok {
			f.SuperchainPaused = &p
		}
		if g, ok := sccGuardian.address(); ok {
			f.Guardian = g
		}
	}
	if sccChainPaused != nil {
		if p, ok := sccChainPaused.bool(); ok {
			f.ChainPaused = &p
		} else {
			f.ChainPauseIdentifier = common.Address{}
		}
	}
	if asrRespected != nil {
		if t, ok := asrRespected.uint(0); ok && t <= 0xffffffff {
			v := uint32(t)
			f.RespectedGameType = &v
		}
	}
	if latestAny != nil && latestAny.ok(3) {
		typ, _ := latestAny.uint(0)
		ts, _ := latestAny.uint(1)
		addr := common.BytesToAddress(latestAny.word(2))
		f.LatestGame = &Game{Index: count - 1, Type: uint32(typ), Address: addr, Created: c.point(0, time.Unix(int64(ts), 0), nil)}
	}

	// The newest game of the respected type: asked in round 2 when the
	// portal gave the type, else (the type came from the
	// AnchorStateRegistry) now.
	if latestResp == nil && hasDGF && count > 0 && f.RespectedGameType != nil {
		latestResp = findLatestGame(dgf, *f.RespectedGameType, count)
		if err := run(ctx, l1, c.head, latestResp); err != nil {
			return rpcError(err, "cannot read %s's contracts on L1", n.Title)
		}
	}
	if latestResp != nil {
		if g, err := c.decodeLatestGame(latestResp, *f.RespectedGameType); err == nil {
			f.LatestRespectedGame = g
		} else {
			c.note("DisputeGameFactory.findLatestGames did not answer (%v).", firstLine(err.Error()))
		}
	}
	if latestOutputIndex != nil {
		if idx, ok := latestOutputIndex.uint(0); ok {
			out := get(l2oo, l2ooABI, "getL2Output", new(big.Int).SetUint64(idx))
			if err := run(ctx, l1, c.head, out); err == nil && out.ok(3) {
				ts, _ := out.uint(1)
				blk, _ := out.uint(2)
				f.LatestOutput = &Output{Index: idx, L2Block: blk, Proposed: c.point(0, time.Unix(int64(ts), 0), nil)}
			}
		}
	}

	if hasDGF && f.GameCount > 0 && f.RespectedGameType != nil {
		if err := c.readOPOperators(chain.WithPurpose(ctx, "reading the newest dispute games"), f, dgf); err != nil {
			c.note("The newest dispute games could not be read (%s): the proposer's pace and unresolved games are unknown.", firstLine(err.Error()))
		}
	}
	return nil
}

// findLatestGame asks the factory for the newest game of a type, looking
// back from the newest game (findLatestGames walks backwards on-chain).
func findLatestGame(dgf common.Address, typ uint32, count uint64) *view {
	return get(dgf, dgfABI, "findLatestGames", typ, new(big.Int).SetUint64(count-1), big.NewInt(1))
}

// decodeLatestGame reads findLatestGames' answer: nil if no game of the
// type exists.
func (c *checker) decodeLatestGame(v *view, typ uint32) (*Game, error) {
	if v.err != nil {
		return nil, v.err
	}
	resultType, err := abi.NewType("tuple[]", "", []abi.ArgumentMarshaling{
		{Name: "index", Type: "uint256"}, {Name: "metadata", Type: "bytes32"}, {Name: "timestamp", Type: "uint64"},
		{Name: "rootClaim", Type: "bytes32"}, {Name: "extraData", Type: "bytes"},
	})
	if err != nil {
		return nil, err
	}
	vals, err := abi.Arguments{{Type: resultType}}.Unpack(v.ret)
	if err != nil {
		return nil, err
	}
	type result struct {
		Index     *big.Int
		Metadata  [32]byte
		Timestamp uint64
		RootClaim [32]byte
		ExtraData []byte
	}
	games := *abi.ConvertType(vals[0], new([]result)).(*[]result)
	if len(games) == 0 {
		return nil, nil
	}
	g := games[0]
	out := &Game{Index: g.Index.Uint64(), Type: typ, Address: common.BytesToAddress(g.Metadata[12:]),
		Created: c.point(0, time.Unix(int64(g.Timestamp), 0), nil)}
	if len(g.ExtraData) >= 32 {
		if b := new(big.Int).SetBytes(g.ExtraData[:32]); b.IsUint64() {
			l2 := b.Uint64()
			out.L2Block = &l2
		}
	}
	return out, nil
}

// blocksPerRequest is how many full L1 blocks one JSON-RPC batch asks for.
// Mainnet blocks with their transactions are 100 KB to 1 MB of JSON.
const blocksPerRequest = 8

// rpcBlock is the part of eth_getBlockByNumber(n, true) a batch search
// needs. Decoding only these fields keeps unknown transaction types (and
// nodes' extra fields) from failing the scan.
type rpcBlock struct {
	Number       hexutil.Uint64 `json:"number"`
	Timestamp    hexutil.Uint64 `json:"timestamp"`
	Transactions []struct {
		Hash       common.Hash     `json:"hash"`
		From       common.Address  `json:"from"`
		To         *common.Address `json:"to"`
		BlobHashes []common.Hash   `json:"blobVersionedHashes"`
	} `json:"transactions"`
}

// How the last batch was found (OPFacts.BatchSearch).
const (
	searchRecent = "recent-blocks" // in the newest blocks, read in full
	searchNonce  = "batcher-nonce" // the batcher's nonce at older blocks located it
	searchScan   = "block-scan"    // blocks read in full, newest first
)

// scanOPBatches finds the newest transaction from the batcher to the batch
// inbox (calldata or blobs) without an indexer:
//
//  1. One request reads the newest blocks in full, and the batcher's nonce
//     at the head. A live chain's last batch is almost always there.
//  2. Otherwise the batcher's nonce at the start of the search window
//     says whether it sent anything since: if not, there is no batch in the
//     window (two small calls instead of hundreds of full blocks); if so,
//     nonces at evenly spaced blocks, eight per request, narrow down to the
//     block of its last transaction, which is then read in full.
//  3. Endpoints without state that old (non-archive nodes keep about 128
//     blocks) get the plain walk back, a few full blocks per request.
//
// The window is the sequencer-down threshold plus a margin: a chain quieter
// than that is down by the thresholds anyway, so the walk stops there (by
// block time, or at twice the blocks that span holds at 12 s).
func (c *checker) scanOPBatches(ctx context.Context, f *OPFacts) error {
	window := c.scanWindow()
	oldestTime := c.now.Add(-window)
	lowest := uint64(0) // the walk back stops here at the latest
	if span := uint64(window/l1BlockTime)*2 + 64; c.head > span {
		lowest = c.head - span
	}
	defer func() {
		if f.LastBatch == nil {
			f.ScannedBlocks = c.head - f.ScannedFrom.Block + 1
		}
	}()

	var headNonce hexutil.Uint64
	nonceAtHead := &rpc.BatchElem{Method: "eth_getTransactionCount", Args: []any{f.Batcher, hexutil.EncodeUint64(c.head)}, Result: &headNonce}
	f.BatchSearch = searchRecent
	next, done, err := c.scanBlocks(ctx, f, c.head, blocksPerRequest, oldestTime, lowest, nonceAtHead)
	if err != nil || done {
		return err
	}

	start := uint64(0)
	if windowBlocks := uint64(window / l1BlockTime); c.head > windowBlocks {
		start = c.head - windowBlocks
	}
	if start <= next && nonceAtHead.Error == nil {
		var startNonce hexutil.Uint64
		var startHdr struct {
			Timestamp hexutil.Uint64 `json:"timestamp"`
		}
		probe := []rpc.BatchElem{
			{Method: "eth_getTransactionCount", Args: []any{f.Batcher, hexutil.EncodeUint64(start)}, Result: &startNonce},
			{Method: "eth_getBlockByNumber", Args: []any{hexutil.EncodeUint64(start), false}, Result: &startHdr},
		}
		if err := c.in.L1.BatchCall(ctx, probe); err == nil && probe[0].Error == nil && probe[1].Error == nil {
			f.BatchSearch = searchNonce
			if startNonce == headNonce {
				// Not one transaction from the batcher since start.
				f.ScannedFrom = c.point(start, time.Unix(int64(startHdr.Timestamp), 0), nil)
				return nil
			}
			b, err := c.lastNonceChange(ctx, f.Batcher, start, uint64(headNonce))
			if err != nil {
				return err
			}
			if b <= next {
				if _, done, err := c.scanBlocks(ctx, f, b, 1, time.Time{}, 0, nil); err != nil || done {
					return err
				}
				// The batcher's last transaction went elsewhere (rare):
				// walk back from there.
				next = b - 1
			}
		}
	}
	// No state that old at this endpoint (or the rare case above): walk back.
	f.BatchSearch = searchScan
	for {
		if next, done, err = c.scanBlocks(ctx, f, next, blocksPerRequest, oldestTime, lowest, nil); err != nil || done {
			return err
		}
	}
}

// scanBlocks reads up to n full blocks from `from` down, in one request
// (with extra, if not nil), looking for a batch. It returns the next block
// to read and whether the search is over: a batch found, or the walk
// reached block 0, a block older than oldest, or the block lowest.
func (c *checker) scanBlocks(ctx context.Context, f *OPFacts, from uint64, n int, oldest time.Time, lowest uint64, extra *rpc.BatchElem) (next uint64, done bool, err error) {
	var elems []rpc.BatchElem
	var blocks []*rpcBlock
	for i := uint64(0); i < uint64(n) && i <= from; i++ {
		b := new(rpcBlock)
		blocks = append(blocks, b)
		elems = append(elems, rpc.BatchElem{Method: "eth_getBlockByNumber", Args: []any{hexutil.EncodeUint64(from - i), true}, Result: b})
		if from-i <= lowest {
			break
		}
	}
	if extra != nil {
		elems = append(elems, *extra)
	}
	if err := c.in.L1.BatchCall(ctx, elems); err != nil {
		return 0, false, err
	}
	if extra != nil {
		*extra = elems[len(elems)-1]
	}
	for i, b := range blocks {
		if elems[i].Error != nil {
			return 0, false, fmt.Errorf("L1 block %d: %w", from-uint64(i), elems[i].Error)
		}
		num := uint64(b.Number)
		t := time.Unix(int64(b.Timestamp), 0)
		f.ScannedFrom = c.point(num, t, nil)
		for j := len(b.Transactions) - 1; j >= 0; j-- {
			tx := b.Transactions[j]
			if tx.To != nil && *tx.To == f.BatchInbox && tx.From == f.Batcher {
				h := tx.Hash
				p := c.point(num, t, &h)
				f.LastBatch, f.LastBatchBlobs = &p, len(tx.BlobHashes)
				return 0, true, nil
			}
		}
		if num == 0 || num <= lowest || t.Before(oldest) {
			return 0, true, nil
		}
	}
	return from - uint64(len(blocks)), false, nil
}

// lastNonceChange finds the block of an account's last transaction in
// (lo, head]: the first block at which its nonce reached headNonce, given a
// smaller nonce at lo. Each round asks eight nonces in one request, so a
// day of blocks takes four rounds.
func (c *checker) lastNonceChange(ctx context.Context, who common.Address, lo, headNonce uint64) (uint64, error) {
	hi := c.head
	for hi-lo > 1 {
		var points []uint64
		for i := uint64(1); i <= 8; i++ {
			p := lo + (hi-lo)*i/9
			if p > lo && p < hi && (len(points) == 0 || p != points[len(points)-1]) {
				points = append(points, p)
			}
		}
		if len(points) == 0 {
			points = []uint64{lo + 1}
		}
		nonces := make([]hexutil.Uint64, len(points))
		elems := make([]rpc.BatchElem, len(points))
		for i, p := range points {
			elems[i] = rpc.BatchElem{Method: "eth_getTransactionCount", Args: []any{who, hexutil.EncodeUint64(p)}, Result: &nonces[i]}
		}
		if err := c.in.L1.BatchCall(ctx, elems); err != nil {
			return 0, err
		}
		newLo, newHi := lo, hi
		for i, p := range points {
			if elems[i].Error != nil {
				return 0, fmt.Errorf("batcher nonce at L1 block %d: %w", p, elems[i].Error)
			}
			if uint64(nonces[i]) < headNonce {
				newLo = p
			} else if newHi == hi {
				newHi = p
			}
		}
		lo, hi = newLo, newHi
	}
	return hi, nil
}

// scanWindow is how far back the last batch is looked for.
func (c *checker) scanWindow() time.Duration {
	margin := c.lim.BatchDown / 4
	if margin < 10*time.Minute {
		margin = 10 * time.Minute
	}
	return c.lim.BatchDown + margin
}

func (c *checker) judgeOP(f *OPFacts) {
	title := c.r.Title
	paused := f.PortalPaused || (f.SuperchainPaused != nil && *f.SuperchainPaused)
	if paused {
		who := "its guardian"
		if f.Guardian != (common.Address{}) {
			who = "its guardian " + f.Guardian.Hex()
		}
		what := pauseWhat(f)
		c.reason(BridgePaused, "bridge-paused", fmt.Sprintf("The bridge was paused by %s (%s): withdrawals cannot be proven or finalized until it is unpaused. Deposits through the OptimismPortal still work.", who, what))
	}
	c.judgeBatches(f.LastBatch, f.ScannedFrom, f.ScannedBlocks, "from the batcher "+f.Batcher.Hex()+" to the batch inbox")

	switch {
	case f.ProofSystem == "fault-proofs" && f.RespectedGameType != nil:
		g := f.LatestRespectedGame
		paced := c.judgeOPOperators(f) // the proposer judged by its own pace
		switch {
		case g == nil:
			c.reason(Degraded, "no-proposals", fmt.Sprintf("No dispute game of the respected type %d exists yet: withdrawals cannot be proven until one is created.", *f.RespectedGameType))
		case !paced && c.age(g.Created) > c.lim.ProposalDegraded:
			c.reason(Degraded, "proposals-stalled", fmt.Sprintf("The newest dispute game of the respected type %d was created %s ago: new withdrawals cannot be proven until the proposer posts again.", *f.RespectedGameType, human(c.age(g.Created))))
		}
	case f.ProofSystem == "l2-output-oracle":
		o := f.LatestOutput
		switch {
		case o == nil:
			c.reason(Degraded, "no-proposals", "The L2OutputOracle holds no output yet: withdrawals cannot be proven until one is proposed.")
		case c.age(o.Proposed) > c.lim.ProposalDegraded:
			c.reason(Degraded, "proposals-stalled", fmt.Sprintf("The newest L2 output was proposed %s ago: new withdrawals cannot be proven until the proposer posts again.", human(c.age(o.Proposed))))
		}
	}

	assumed := ""
	if f.SequencingWindowAssumed {
		assumed = " (assuming the default sequencing window of 3600 blocks)"
	}
	c.r.Forcing = fmt.Sprintf("Forcing is possible: a transaction sent through %s's OptimismPortal now must be included on L2 by L1 block %d, about %s%s, even if the sequencer stays down.",
		title, f.DepositDeadlineBlock, ui.When(f.DepositDeadline, c.now), assumed)
	if paused {
		c.r.Forcing += " While the bridge is paused, withdrawals cannot be proven or finalized."
	}
	c.r.Forcing += f.Deposits.crowdText() + f.Deposits.costText()
}

// pauseWhat says which pause holds the bridge: the SuperchainConfig's
// global pause, the one keyed to this chain, or only the portal's word.
func pauseWhat(f *OPFacts) string {
	switch {
	case f.SuperchainPaused != nil && *f.SuperchainPaused:
		return "SuperchainConfig.paused() is true: the pause of every chain that shares it"
	case f.ChainPaused != nil && *f.ChainPaused:
		return fmt.Sprintf("SuperchainConfig.paused(%s) is true: the pause keyed to this chain", f.ChainPauseIdentifier.Hex())
	}
	return "OptimismPortal.paused() is true"
}

// judgeBatches turns the last batch (or its absence in the scan) into a
// reason. from says whose batches: "from the batcher 0x... to the batch inbox".
func (c *checker) judgeBatches(last *Point, scannedFrom Point, scanned uint64, from string) {
	if last == nil {
		since := c.age(scannedFrom)
		text := fmt.Sprintf("No batch %s reached L1 in the last %d blocks (%s, back to %s).",
			from, scanned, human(since), scannedFrom.Time.Format("2006-01-02 15:04 UTC"))
		switch {
		case since >= c.lim.BatchDown:
			c.reason(SequencerDown, "batches-stalled", text)
		case since >= c.lim.BatchDegraded:
			c.reason(Degraded, "batches-late", text)
		default:
			// The chain's whole history is shorter than the thresholds
			// (a new devnet): no evidence either way.
			c.note("%s", text)
		}
		return
	}
	age := c.age(*last)
	switch {
	case age >= c.lim.BatchDown:
		c.reason(SequencerDown, "batches-stalled", fmt.Sprintf("The last batch %s reached L1 %s ago (block %d); the limit is %s.", from, human(age), last.Block, human(c.lim.BatchDown)))
	case age >= c.lim.BatchDegraded:
		c.reason(Degraded, "batches-late", fmt.Sprintf("The last batch %s reached L1 %s ago (block %d); the limit for a healthy chain is %s.", from, human(age), last.Block, human(c.lim.BatchDegraded)))
	}
}

func firstLine(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			return s[:i]
		}
	}
	return s
}
