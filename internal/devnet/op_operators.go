package devnet

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
)

// DisputeGameCreatedTopic is the factory's creation event.
var DisputeGameCreatedTopic = crypto.Keccak256Hash([]byte("DisputeGameCreated(address,uint32,bytes32)"))

// OutputProposedTopic is the L2OutputOracle's proposal event.
var OutputProposedTopic = crypto.Keccak256Hash([]byte("OutputProposed(bytes32,uint256,uint256,uint256)"))

func (d *OPDevnet) requireFaultProofs() error {
	if d.Legacy {
		return fmt.Errorf("devnet: this is a legacy (L2OutputOracle) devnet; dispute games need Legacy=false")
	}
	return nil
}

func (d *OPDevnet) requireLegacy() error {
	if !d.Legacy {
		return fmt.Errorf("devnet: this is a fault-proof devnet; the L2OutputOracle needs Legacy=true")
	}
	return nil
}

// ensureL2Block mines L2 blocks until l2Block exists.
func (d *OPDevnet) ensureL2Block(ctx context.Context, l2Block uint64) error {
	if d.L2 == nil {
		return fmt.Errorf("devnet: the OP L2 is not started (call StartOPL2)")
	}
	head, err := d.L2.Client.BlockNumber(ctx)
	if err != nil {
		return err
	}
	if head < l2Block {
		return d.L2.Mine(ctx, l2Block-head)
	}
	return nil
}

// RespectedGameType reads the portal's respected game type.
func (d *OPDevnet) RespectedGameType(ctx context.Context) (uint32, error) {
	if err := d.requireFaultProofs(); err != nil {
		return 0, err
	}
	out, err := Call(ctx, d.L1.Client, mustOP("OptimismPortal2"), d.OptimismPortal, "respectedGameType")
	if err != nil {
		return 0, err
	}
	return out[0].(uint32), nil
}

// AnchorBlock is the L2 block of the AnchorStateRegistry's anchor for a game
// type. New games must propose a later block; a game that resolves
// DEFENDER_WINS moves the anchor up to its block.
func (d *OPDevnet) AnchorBlock(ctx context.Context, gameType uint32) (uint64, error) {
	out, err := Call(ctx, d.L1.Client, mustOP("AnchorStateRegistry"), d.AnchorStateRegistry, "anchors", gameType)
	if err != nil {
		return 0, err
	}
	return out[1].(*big.Int).Uint64(), nil
}

// ProposeGame plays the proposer: it computes the output root of l2Block
// from the L2 (mining L2 blocks first if l2Block is ahead of the head) and
// creates a game of the portal's respected type through
// DisputeGameFactory.create, sent by the proposer's EOA (tx.origin, as the
// PermissionedDisputeGame requires). It returns the game proxy and its index
// in the factory.
func (d *OPDevnet) ProposeGame(ctx context.Context, l2Block uint64) (common.Address, uint64, error) {
	t, err := d.RespectedGameType(ctx)
	if err != nil {
		return common.Address{}, 0, err
	}
	return d.ProposeGameOfType(ctx, t, l2Block)
}

// ProposeGameOfType is ProposeGame for a given game type (0 or 1).
func (d *OPDevnet) ProposeGameOfType(ctx context.Context, gameType uint32, l2Block uint64) (common.Address, uint64, error) {
	if err := d.ensureL2Block(ctx, l2Block); err != nil {
		return common.Address{}, 0, err
	}
	out, err := d.OutputAt(ctx, l2Block)
	if err != nil {
		return common.Address{}, 0, err
	}
	return d.ProposeGameWithRoot(ctx, gameType, l2Block, out.Root())
}

// ProposeInvalidGame creates a game of the respected type claiming a wrong
// output root for l2Block (a fresh one on every call, so several invalid
// games may share a block).
func (d *OPDevnet) ProposeInvalidGame(ctx context.Context, l2Block uint64) (common.Address, uint64, error) {
	t, err := d.RespectedGameType(ctx)
	if err != nil {
		return common.Address{}, 0, err
	}
	return d.ProposeGameWithRoot(ctx, t, l2Block, d.invalidRoot(l2Block))
}

func (d *OPDevnet) invalidRoot(l2Block uint64) common.Hash {
	d.mu.Lock()
	d.invalidSeq++
	seq := d.invalidSeq
	d.mu.Unlock()
	var buf [16]byte
	binary.BigEndian.PutUint64(buf[:8], l2Block)
	binary.BigEndian.PutUint64(buf[8:], seq)
	return crypto.Keccak256Hash([]byte("devnet invalid output root"), buf[:])
}

// GameExtraData is the extraData of an output-root game: the L2 block
// number as one 32-byte word.
func GameExtraData(l2Block uint64) []byte {
	return common.BigToHash(new(big.Int).SetUint64(l2Block)).Bytes()
}

// ProposeGameWithRoot creates a game with any root claim.
func (d *OPDevnet) ProposeGameWithRoot(ctx context.Context, gameType uint32, l2Block uint64, root common.Hash) (common.Address, uint64, error) {
	if err := d.requireFaultProofs(); err != nil {
		return common.Address{}, 0, err
	}
	anchor, err := d.AnchorBlock(ctx, gameType)
	if err != nil {
		return common.Address{}, 0, err
	}
	if l2Block <= anchor {
		return common.Address{}, 0, fmt.Errorf("devnet: L2 block %d is not after the anchor (block %d) of game type %d", l2Block, anchor, gameType)
	}
	s, err := d.sender(ctx, d.Proposer, false)
	if err != nil {
		return common.Address{}, 0, err
	}
	r, err := s.Transact(ctx, mustOP("DisputeGameFactory"), d.DisputeGameFactory, d.Opts.InitBond, "create", gameType, root, GameExtraData(l2Block))
	if err != nil {
		return common.Address{}, 0, err
	}
	game, ok := opGameFromReceipt(r)
	if !ok {
		return common.Address{}, 0, fmt.Errorf("devnet: no DisputeGameCreated in %s", r.TxHash)
	}
	if err := d.nextL1BlockAfter(ctx, r.BlockNumber); err != nil {
		return common.Address{}, 0, err
	}
	out, err := d.L1.Client.CallContract(ctx, opCallMsg(mustOP("DisputeGameFactory"), d.DisputeGameFactory, "gameCount"), r.BlockNumber)
	if err != nil {
		return common.Address{}, 0, err
	}
	count := new(big.Int).SetBytes(out).Uint64()
	return game, count - 1, nil
}

// nextL1BlockAfter mines an L1 block later than block, as a real L1
// moves on after a proposal: the portal takes proofs against a game only
// in a block after the one that created it (block.timestamp > createdAt),
// and escape never proves against a game of the current head block. Anvil
// gives blocks mined within one wall-clock second the same timestamp, so
// the new block's is set explicitly.
func (d *OPDevnet) nextL1BlockAfter(ctx context.Context, block *big.Int) error {
	created, err := d.L1.Client.HeaderByNumber(ctx, block)
	if err != nil {
		return err
	}
	latest, err := d.L1.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	if latest.Time > created.Time {
		return nil
	}
	return d.L1.RPC.CallContext(ctx, nil, "evm_mine", created.Time+1)
}

func opGameFromReceipt(r *types.Receipt) (common.Address, bool) {
	for _, l := range r.Logs {
		if len(l.Topics) == 4 && l.Topics[0] == DisputeGameCreatedTopic {
			return common.BytesToAddress(l.Topics[1][12:]), true
		}
	}
	return common.Address{}, false
}

func opCallMsg(a *Artifact, to common.Address, method string, args ...any) ethereum.CallMsg {
	data, err := a.ABI.Pack(method, args...)
	if err != nil {
		panic(err)
	}
	return ethereum.CallMsg{To: &to, Data: data}
}

// GameStatus reads a game's status (GameInProgress, GameChallengerWins,
// GameDefenderWins).
func (d *OPDevnet) GameStatus(ctx context.Context, game common.Address) (uint8, error) {
	out, err := Call(ctx, d.L1.Client, mustOP("FaultDisputeGame"), game, "status")
	if err != nil {
		return 0, err
	}
	return out[0].(uint8), nil
}

// ChallengeGame plays the challenger: it attacks the game's root claim
// (FaultDisputeGame.attack with the required bond), so that, left
// unanswered, the game resolves CHALLENGER_WINS. It must happen before the
// root claim's clock (MaxClockDuration from creation) runs out.
func (d *OPDevnet) ChallengeGame(ctx context.Context, game common.Address) error {
	fdg := mustOP("FaultDisputeGame")
	out, err := Call(ctx, d.L1.Client, fdg, game, "rootClaim")
	if err != nil {
		return err
	}
	root := common.Hash(out[0].([32]byte))
	bond, err := Call(ctx, d.L1.Client, fdg, game, "getRequiredBond", big.NewInt(2)) // position of the root's left child
	if err != nil {
		return err
	}
	s, err := d.sender(ctx, d.Challenger, false)
	if err != nil {
		return err
	}
	_, err = s.Transact(ctx, fdg, game, bond[0].(*big.Int), "attack", root, big.NewInt(0), opCounterClaim(root))
	return err
}

func opCounterClaim(root common.Hash) common.Hash {
	return crypto.Keccak256Hash([]byte("devnet counter claim"), root[:])
}

// ResolveGame resolves a game in progress. For defenderWins it waits out the
// root claim's clock (warping L1) and resolves; otherwise it first has the
// challenger attack the root (unless a counter claim is already there),
// warps past the counter claim's clock and resolves, so the game ends
// CHALLENGER_WINS. It checks the resulting status.
func (d *OPDevnet) ResolveGame(ctx context.Context, game common.Address, defenderWins bool) error {
	fdg := mustOP("FaultDisputeGame")
	status, err := d.GameStatus(ctx, game)
	if err != nil {
		return err
	}
	if status != GameInProgress {
		return fmt.Errorf("devnet: game %s is already resolved (status %d)", game, status)
	}
	claims, err := d.claimCount(ctx, game)
	if err != nil {
		return err
	}
	if !defenderWins && claims == 1 {
		if err := d.ChallengeGame(ctx, game); err != nil {
			return err
		}
		claims = 2
	}
	if err := d.waitOutClocks(ctx, game, claims); err != nil {
		return err
	}
	s, err := d.sender(ctx, d.Deployer, false)
	if err != nil {
		return err
	}
	// Children always have higher indices than their parents, so resolving
	// from the last claim back to the root is a valid order.
	for i := claims - 1; i >= 0; i-- {
		if _, err := s.Transact(ctx, fdg, game, nil, "resolveClaim", big.NewInt(int64(i)), big.NewInt(0)); err != nil {
			return err
		}
	}
	if _, err := s.Transact(ctx, fdg, game, nil, "resolve"); err != nil {
		return err
	}
	status, err = d.GameStatus(ctx, game)
	if err != nil {
		return err
	}
	want := GameChallengerWins
	if defenderWins {
		want = GameDefenderWins
	}
	if status != want {
		return fmt.Errorf("devnet: game %s resolved with status %d, want %d", game, status, want)
	}
	return nil
}

func (d *OPDevnet) claimCount(ctx context.Context, game common.Address) (int, error) {
	out, err := Call(ctx, d.L1.Client, mustOP("FaultDisputeGame"), game, "claimDataLen")
	if err != nil {
		return 0, err
	}
	return int(out[0].(*big.Int).Int64()), nil
}

// waitOutClocks warps L1 until every claim's challenger clock has expired.
func (d *OPDevnet) waitOutClocks(ctx context.Context, game common.Address, claims int) error {
	fdg := mustOP("FaultDisputeGame")
	out, err := Call(ctx, d.L1.Client, fdg, game, "maxClockDuration")
	if err != nil {
		return err
	}
	maxClock := out[0].(uint64)
	var need uint64
	for i := 0; i < claims; i++ {
		out, err := Call(ctx, d.L1.Client, fdg, game, "getChallengerDuration", big.NewInt(int64(i)))
		if err != nil {
			return err
		}
		if dur := out[0].(uint64); dur < maxClock && maxClock-dur > need {
			need = maxClock - dur
		}
	}
	if need == 0 {
		return nil
	}
	return d.Warp(ctx, need+1)
}

// BlacklistGame plays the guardian: portal.blacklistDisputeGame(game).
func (d *OPDevnet) BlacklistGame(ctx context.Context, game common.Address) error {
	return d.asGuardian(ctx, d.portalName(), d.OptimismPortal, "blacklistDisputeGame", game)
}

// SetRespectedGameType plays the guardian: portal.setRespectedGameType,
// which also invalidates every game created before it.
func (d *OPDevnet) SetRespectedGameType(ctx context.Context, gameType uint32) error {
	if err := d.requireFaultProofs(); err != nil {
		return err
	}
	return d.asGuardian(ctx, "OptimismPortal2", d.OptimismPortal, "setRespectedGameType", gameType)
}

// Pause plays the guardian: SuperchainConfig.pause, which stops proving and
// finalizing withdrawals (and the L1 bridge and messenger).
func (d *OPDevnet) Pause(ctx context.Context) error {
	return d.asGuardian(ctx, "SuperchainConfig", d.SuperchainConfig, "pause", "devnet")
}

// Unpause undoes Pause.
func (d *OPDevnet) Unpause(ctx context.Context) error {
	return d.asGuardian(ctx, "SuperchainConfig", d.SuperchainConfig, "unpause")
}

func (d *OPDevnet) asGuardian(ctx context.Context, name string, to common.Address, method string, args ...any) error {
	s, err := d.sender(ctx, d.Guardian, false)
	if err != nil {
		return err
	}
	_, err = s.Transact(ctx, mustOP(name), to, nil, method, args...)
	return err
}

// ProposeOutput plays the legacy proposer: L2OutputOracle.proposeL2Output
// of l2Block's output root. l2Block must be the oracle's nextBlockNumber()
// (ProposeOutputsThrough finds it). L2 blocks are mined if the L2 is behind,
// and L1 time is warped if the oracle would consider the L2 block to be in
// the future. It returns the output's index.
func (d *OPDevnet) ProposeOutput(ctx context.Context, l2Block uint64) (uint64, error) {
	if err := d.ensureL2Block(ctx, l2Block); err != nil {
		return 0, err
	}
	out, err := d.OutputAt(ctx, l2Block)
	if err != nil {
		return 0, err
	}
	return d.ProposeOutputWithRoot(ctx, l2Block, out.Root())
}

// ProposeInvalidOutput proposes a wrong output root for l2Block (the
// oracle's next block), for tests of the challenger deleting outputs.
func (d *OPDevnet) ProposeInvalidOutput(ctx context.Context, l2Block uint64) (uint64, error) {
	return d.ProposeOutputWithRoot(ctx, l2Block, d.invalidRoot(l2Block))
}

// ProposeOutputWithRoot proposes any root for l2Block.
func (d *OPDevnet) ProposeOutputWithRoot(ctx context.Context, l2Block uint64, root common.Hash) (uint64, error) {
	if err := d.requireLegacy(); err != nil {
		return 0, err
	}
	l2oo := mustOP("L2OutputOracle")
	out, err := Call(ctx, d.L1.Client, l2oo, d.L2OutputOracle, "nextBlockNumber")
	if err != nil {
		return 0, err
	}
	if next := out[0].(*big.Int).Uint64(); next != l2Block {
		return 0, fmt.Errorf("devnet: the L2OutputOracle expects block %d next, not %d", next, l2Block)
	}
	out, err = Call(ctx, d.L1.Client, l2oo, d.L2OutputOracle, "computeL2Timestamp", new(big.Int).SetUint64(l2Block))
	if err != nil {
		return 0, err
	}
	l2Time := out[0].(*big.Int).Uint64()
	now, err := d.L1Time(ctx)
	if err != nil {
		return 0, err
	}
	if l2Time >= now {
		if err := d.Warp(ctx, l2Time-now+1); err != nil {
			return 0, err
		}
	}
	s, err := d.sender(ctx, d.Proposer, false)
	if err != nil {
		return 0, err
	}
	r, err := s.Transact(ctx, l2oo, d.L2OutputOracle, nil, "proposeL2Output", root, new(big.Int).SetUint64(l2Block), common.Hash{}, new(big.Int))
	if err != nil {
		return 0, err
	}
	for _, l := range r.Logs {
		if len(l.Topics) == 4 && l.Topics[0] == OutputProposedTopic {
			return new(big.Int).SetBytes(l.Topics[2][:]).Uint64(), nil
		}
	}
	return 0, fmt.Errorf("devnet: no OutputProposed in %s", r.TxHash)
}

// ProposeOutputsThrough proposes outputs at the oracle's successive next
// blocks until one covers l2Block, and returns their indices (empty if
// l2Block is already covered).
func (d *OPDevnet) ProposeOutputsThrough(ctx context.Context, l2Block uint64) ([]uint64, error) {
	if err := d.requireLegacy(); err != nil {
		return nil, err
	}
	l2oo := mustOP("L2OutputOracle")
	var indices []uint64
	for {
		out, err := Call(ctx, d.L1.Client, l2oo, d.L2OutputOracle, "nextOutputIndex")
		if err != nil {
			return nil, err
		}
		if out[0].(*big.Int).Sign() > 0 {
			out, err := Call(ctx, d.L1.Client, l2oo, d.L2OutputOracle, "latestBlockNumber")
			if err != nil {
				return nil, err
			}
			if out[0].(*big.Int).Uint64() >= l2Block {
				return indices, nil
			}
		}
		out, err = Call(ctx, d.L1.Client, l2oo, d.L2OutputOracle, "nextBlockNumber")
		if err != nil {
			return nil, err
		}
		idx, err := d.ProposeOutput(ctx, out[0].(*big.Int).Uint64())
		if err != nil {
			return nil, err
		}
		indices = append(indices, idx)
	}
}

// DeleteOutputs plays the legacy challenger: L2OutputOracle.deleteL2Outputs
// deletes the output at index and every later one.
func (d *OPDevnet) DeleteOutputs(ctx context.Context, index uint64) error {
	if err := d.requireLegacy(); err != nil {
		return err
	}
	s, err := d.sender(ctx, d.Challenger, false)
	if err != nil {
		return err
	}
	_, err = s.Transact(ctx, mustOP("L2OutputOracle"), d.L2OutputOracle, nil, "deleteL2Outputs", new(big.Int).SetUint64(index))
	return err
}

// OPResolution says how ProposeGames leaves a game.
type OPResolution int

const (
	LeaveInProgress       OPResolution = iota // not resolved
	ResolveDefenderWins                       // clock waited out, resolved DEFENDER_WINS
	ResolveChallengerWins                     // attacked by the challenger, resolved CHALLENGER_WINS
)

// OPGameSpec is one game for ProposeGames.
type OPGameSpec struct {
	L2Block uint64
	// Invalid claims a wrong output root (unique per game); otherwise the
	// root is the L2's real output at L2Block, and no two valid specs may
	// share a block (the factory refuses duplicate games). An invalid game
	// resolved DEFENDER_WINS is a wrong root that won, and it moves the
	// anchor like a valid one.
	Invalid bool
	Resolve OPResolution
}

// OPGame describes a game ProposeGames created.
type OPGame struct {
	Address   common.Address
	Index     uint64
	L2Block   uint64
	RootClaim common.Hash
	Valid     bool
	Status    uint8 // after ProposeGames' resolutions
}

// ProposeGames creates many games of one type fast, for benchmarks: the
// L1 automine is paused and the proposer's create transactions go out with
// consecutive nonces, many to a block; then the challenger's attacks, one
// warp past the clocks, and the resolutions likewise. Note the anchor rule:
// once a valid game at block B resolves DEFENDER_WINS, games must propose
// blocks after B, so list resolved-valid games' blocks last (ProposeGames
// creates every game before resolving any). L1 automine is on when it
// returns. Measured here: 10,000 creates in about 8 s; 10,000 games of which
// 5,000 challenged and resolved CHALLENGER_WINS in about 27 s.
func (d *OPDevnet) ProposeGames(ctx context.Context, gameType uint32, specs []OPGameSpec) ([]OPGame, error) {
	if err := d.requireFaultProofs(); err != nil {
		return nil, err
	}
	if len(specs) == 0 {
		return nil, nil
	}
	var maxBlock uint64
	for _, s := range specs {
		maxBlock = max(maxBlock, s.L2Block)
	}
	if err := d.ensureL2Block(ctx, maxBlock); err != nil {
		return nil, err
	}
	anchor, err := d.AnchorBlock(ctx, gameType)
	if err != nil {
		return nil, err
	}
	games := make([]OPGame, len(specs))
	var validBlocks []uint64
	for i, s := range specs {
		if s.L2Block <= anchor {
			return nil, fmt.Errorf("devnet: game %d: L2 block %d is not after the anchor (block %d)", i, s.L2Block, anchor)
		}
		games[i] = OPGame{L2Block: s.L2Block, Valid: !s.Invalid}
		if s.Invalid {
			games[i].RootClaim = d.invalidRoot(s.L2Block)
		} else {
			validBlocks = append(validBlocks, s.L2Block)
		}
	}
	roots, err := d.outputRoots(ctx, validBlocks)
	if err != nil {
		return nil, err
	}
	for i := range games {
		if games[i].Valid {
			games[i].RootClaim = roots[games[i].L2Block]
		}
	}

	dgf := mustOP("DisputeGameFactory")
	countOut, err := Call(ctx, d.L1.Client, dgf, d.DisputeGameFactory, "gameCount")
	if err != nil {
		return nil, err
	}
	firstIndex := countOut[0].(*big.Int).Uint64()
	creates := make([]opBulkCall, len(games))
	for i, g := range games {
		creates[i] = opBulkCall{to: d.DisputeGameFactory, value: d.Opts.InitBond,
			data: opPack(dgf, "create", gameType, g.RootClaim, GameExtraData(g.L2Block)), gas: opBulkGasCreate}
	}
	receipts, err := d.opSendBulk(ctx, d.Proposer, creates)
	if err != nil {
		return nil, fmt.Errorf("devnet: creating games: %w", err)
	}
	for i, r := range receipts {
		addr, ok := opGameFromReceipt(r)
		if !ok {
			return nil, fmt.Errorf("devnet: no DisputeGameCreated in %s", r.TxHash)
		}
		games[i].Address = addr
		games[i].Index = firstIndex + uint64(i) // receipts are in nonce order, which is inclusion order
	}
	if err := d.nextL1BlockAfter(ctx, receipts[len(receipts)-1].BlockNumber); err != nil {
		return nil, err
	}
	last := games[len(games)-1]
	if out, err := Call(ctx, d.L1.Client, dgf, d.DisputeGameFactory, "gameAtIndex", new(big.Int).SetUint64(last.Index)); err != nil {
		return nil, err
	} else if out[2].(common.Address) != last.Address {
		return nil, fmt.Errorf("devnet: game index bookkeeping is off: index %d holds %s, not %s", last.Index, out[2], last.Address)
	}

	fdg := mustOP("FaultDisputeGame")
	var attacks []opBulkCall
	var resolves []opBulkCall
	for i, s := range specs {
		switch s.Resolve {
		case ResolveChallengerWins:
			attacks = append(attacks, opBulkCall{to: games[i].Address,
				data: opPack(fdg, "attack", games[i].RootClaim, big.NewInt(0), opCounterClaim(games[i].RootClaim)), gas: opBulkGasAttack})
			resolves = append(resolves, opBulkCall{to: games[i].Address, data: opPack(fdg, "resolveClaim", big.NewInt(1), big.NewInt(0)), gas: opBulkGasResolve})
			fallthrough
		case ResolveDefenderWins:
			resolves = append(resolves,
				opBulkCall{to: games[i].Address, data: opPack(fdg, "resolveClaim", big.NewInt(0), big.NewInt(0)), gas: opBulkGasResolve},
				opBulkCall{to: games[i].Address, data: opPack(fdg, "resolve"), gas: opBulkGasResolve})
		}
	}
	if len(attacks) > 0 {
		bond, err := Call(ctx, d.L1.Client, fdg, attacks[0].to, "getRequiredBond", big.NewInt(2))
		if err != nil {
			return nil, err
		}
		for i := range attacks {
			attacks[i].value = bond[0].(*big.Int)
		}
		if _, err := d.opSendBulk(ctx, d.Challenger, attacks); err != nil {
			return nil, fmt.Errorf("devnet: challenging games: %w", err)
		}
	}
	if len(resolves) > 0 {
		if err := d.Warp(ctx, d.Opts.MaxClockDuration+1); err != nil {
			return nil, err
		}
		if _, err := d.opSendBulk(ctx, d.Deployer, resolves); err != nil {
			return nil, fmt.Errorf("devnet: resolving games: %w", err)
		}
	}
	for i, s := range specs {
		switch s.Resolve {
		case ResolveDefenderWins:
			games[i].Status = GameDefenderWins
		case ResolveChallengerWins:
			games[i].Status = GameChallengerWins
		}
	}
	return games, nil
}

// outputRoots computes the output roots of many L2 blocks with batched RPC.
func (d *OPDevnet) outputRoots(ctx context.Context, blocks []uint64) (map[uint64]common.Hash, error) {
	roots := make(map[uint64]common.Hash, len(blocks))
	const chunk = 250
	for start := 0; start < len(blocks); start += chunk {
		part := blocks[start:min(start+chunk, len(blocks))]
		blks := make([]*opRPCBlockRoots, len(part))
		proofs := make([]opRPCProof, len(part))
		batch := make([]rpc.BatchElem, 0, 2*len(part))
		for i, b := range part {
			num := hexutil.EncodeUint64(b)
			batch = append(batch,
				rpc.BatchElem{Method: "eth_getBlockByNumber", Args: []any{num, false}, Result: &blks[i]},
				rpc.BatchElem{Method: "eth_getProof", Args: []any{L2ToL1MessagePasserAddr, []string{}, num}, Result: &proofs[i]})
		}
		if err := d.L2.RPC.BatchCallContext(ctx, batch); err != nil {
			return nil, err
		}
		for _, e := range batch {
			if e.Error != nil {
				return nil, e.Error
			}
		}
		for i, b := range part {
			if blks[i] == nil {
				return nil, fmt.Errorf("devnet: L2 block %d does not exist", b)
			}
			p := OPOutputRootProof{StateRoot: blks[i].StateRoot, MessagePasserStorageRoot: proofs[i].StorageHash, LatestBlockhash: blks[i].Hash}
			if _, dup := roots[b]; dup {
				return nil, fmt.Errorf("devnet: two valid games at L2 block %d would be the same game", b)
			}
			roots[b] = p.Root()
		}
	}
	return roots, nil
}

func opPack(a *Artifact, method string, args ...any) []byte {
	data, err := a.ABI.Pack(method, args...)
	if err != nil {
		panic(fmt.Sprintf("devnet: pack %s.%s: %v", a.Name, method, err))
	}
	return data
}

// opBulkCall is one transaction of a pipelined batch.
type opBulkCall struct {
	to    common.Address
	value *big.Int
	data  []byte
	gas   uint64
}

// Gas limits of pipelined transactions, about 1.4 times what they use
// (measured: create 365k, attack 248k, resolveClaim/resolve up to 140k);
// estimating each would halve the rate, and a block takes as many as their
// limits allow.
const (
	opBulkGasCreate  = 500_000
	opBulkGasAttack  = 350_000
	opBulkGasResolve = 200_000
)

// opSendBulk sends calls from key with consecutive nonces while automine is
// off, mining a block whenever the pending calls fill one, and returns the
// receipts in order. Every call must succeed.
func (d *OPDevnet) opSendBulk(ctx context.Context, key *ecdsa.PrivateKey, calls []opBulkCall) ([]*types.Receipt, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	from := crypto.PubkeyToAddress(key.PublicKey)
	chainID := new(big.Int).SetUint64(d.L1.ChainID)
	signer := types.LatestSignerForChainID(chainID)
	nonce, err := d.L1.Client.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, err
	}
	head, err := d.L1.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	if err := d.L1.Automine(ctx, false); err != nil {
		return nil, err
	}
	defer func() { _ = d.L1.Automine(context.WithoutCancel(ctx), true) }()

	// Full blocks raise the base fee by 1/8 each; leave room for that.
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(1000)), big.NewInt(10e9))
	tip := big.NewInt(1)
	const perRequest = 100
	hashes := make([]common.Hash, len(calls))
	for start := 0; start < len(calls); {
		// Fill one block: anvil packs pending transactions up to the block
		// gas limit by their gas limits.
		end, blockGas := start, uint64(0)
		for end < len(calls) && blockGas+calls[end].gas <= head.GasLimit {
			blockGas += calls[end].gas
			end++
		}
		if end == start {
			return nil, fmt.Errorf("devnet: bulk call gas %d exceeds the block gas limit", calls[start].gas)
		}
		for rs := start; rs < end; rs += perRequest {
			re := min(rs+perRequest, end)
			batch := make([]rpc.BatchElem, 0, re-rs)
			for i := rs; i < re; i++ {
				c := calls[i]
				value := c.value
				if value == nil {
					value = new(big.Int)
				}
				to := c.to
				tx, err := types.SignNewTx(key, signer, &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce + uint64(i),
					GasTipCap: tip, GasFeeCap: feeCap, Gas: c.gas, To: &to, Value: value, Data: c.data})
				if err != nil {
					return nil, err
				}
				raw, err := tx.MarshalBinary()
				if err != nil {
					return nil, err
				}
				hashes[i] = tx.Hash()
				batch = append(batch, rpc.BatchElem{Method: "eth_sendRawTransaction", Args: []any{hexutil.Bytes(raw)}, Result: new(common.Hash)})
			}
			if err := d.L1.RPC.BatchCallContext(ctx, batch); err != nil {
				return nil, err
			}
			for _, e := range batch {
				if e.Error != nil {
					return nil, e.Error
				}
			}
		}
		if err := d.L1.Mine(ctx, 1); err != nil {
			return nil, err
		}
		start = end
	}
	// Anything the blocks could not hold is still pending: mine until the
	// last nonce is in.
	for tries := 0; ; tries++ {
		n, err := d.L1.Client.NonceAt(ctx, from, nil)
		if err != nil {
			return nil, err
		}
		if n >= nonce+uint64(len(calls)) {
			break
		}
		if tries > len(calls) {
			return nil, fmt.Errorf("devnet: %d of %d bulk transactions never mined", nonce+uint64(len(calls))-n, len(calls))
		}
		if err := d.L1.Mine(ctx, 1); err != nil {
			return nil, err
		}
	}
	receipts := make([]*types.Receipt, len(calls))
	for rs := 0; rs < len(calls); rs += perRequest {
		re := min(rs+perRequest, len(calls))
		batch := make([]rpc.BatchElem, 0, re-rs)
		for i := rs; i < re; i++ {
			batch = append(batch, rpc.BatchElem{Method: "eth_getTransactionReceipt", Args: []any{hashes[i]}, Result: &receipts[i]})
		}
		if err := d.L1.RPC.BatchCallContext(ctx, batch); err != nil {
			return nil, err
		}
		for i := rs; i < re; i++ {
			if e := batch[i-rs].Error; e != nil {
				return nil, e
			}
			if receipts[i] == nil {
				return nil, fmt.Errorf("devnet: no receipt for bulk transaction %s", hashes[i])
			}
			if receipts[i].Status != types.ReceiptStatusSuccessful {
				return nil, fmt.Errorf("devnet: bulk transaction %d (%s) reverted", i, hashes[i])
			}
		}
	}
	return receipts, nil
}

// Operator controls for the tests of escape doing the operators' part
// (issue 11). The harness has no background proposer or resolver: the
// operators act only when a test calls them, so "the proposer stopped" is a
// test that stops calling ProposeGame (after ProposerHistory gave the chain
// a pace), and "games left unresolved" is one that never calls ResolveGame
// (WaitOutGameClock runs the clock out without resolving).

// WaitOutGameClock warps L1 until every claim of the game is past its clock,
// and resolves nothing: the game is left for someone else to resolve.
func (d *OPDevnet) WaitOutGameClock(ctx context.Context, game common.Address) error {
	claims, err := d.claimCount(ctx, game)
	if err != nil {
		return err
	}
	return d.waitOutClocks(ctx, game, claims)
}

// CounterChallenge plays the proposer defending its root claim: it attacks
// the challenger's claim at claimIndex (a direct attack on the root, as
// ChallengeGame makes), so that the root ends uncountered and the game,
// resolved, is won by the defender although it holds counter-claims.
func (d *OPDevnet) CounterChallenge(ctx context.Context, game common.Address, claimIndex uint64) error {
	fdg := mustOP("FaultDisputeGame")
	out, err := Call(ctx, d.L1.Client, fdg, game, "claimData", new(big.Int).SetUint64(claimIndex))
	if err != nil {
		return err
	}
	disputed := common.Hash(out[4].([32]byte))
	position := out[5].(*big.Int)
	child := new(big.Int).Lsh(position, 1) // an attack's position is 2·parent
	bond, err := Call(ctx, d.L1.Client, fdg, game, "getRequiredBond", child)
	if err != nil {
		return err
	}
	s, err := d.sender(ctx, d.Proposer, false)
	if err != nil {
		return err
	}
	_, err = s.Transact(ctx, fdg, game, bond[0].(*big.Int), "attack", disputed, new(big.Int).SetUint64(claimIndex),
		crypto.Keccak256Hash([]byte("devnet defence"), disputed[:]))
	return err
}

// ProposerHistory plays a proposer with a steady pace: it creates games of
// the respected type at successive new L2 blocks, warping interval seconds
// of L1 time before each, and leaves them in progress. A test then "stops
// the proposer" by proposing nothing more and warping on.
func (d *OPDevnet) ProposerHistory(ctx context.Context, games int, interval uint64) ([]common.Address, error) {
	var out []common.Address
	for i := 0; i < games; i++ {
		if err := d.Warp(ctx, interval); err != nil {
			return nil, err
		}
		head, err := d.L2.Client.BlockNumber(ctx)
		if err != nil {
			return nil, err
		}
		g, _, err := d.ProposeGame(ctx, head+1)
		if err != nil {
			return nil, err
		}
		// ProposeGame may have set the next block's timestamp, which
		// would swallow the next warp: use it up first.
		if err := d.L1.Mine(ctx, 1); err != nil {
			return nil, err
		}
		out = append(out, g)
	}
	return out, nil
}
