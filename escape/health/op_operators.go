package health

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
)

// When the OP operators stop, two things pile up on L1: no new dispute game
// of the respected type (the proposer), and games past their clock that
// nobody resolves (the proposer or challenger normally do). Both are open to
// anyone on a permissionless game type, and escape does them for a user's
// withdrawal; health names them with the command to run.

const (
	// proposerStopFactor: the proposer counts as stopped after this many
	// of its usual intervals without a game (escape/opstack uses the same).
	proposerStopFactor = 4
	// operatorWindow is how many of the newest games are read.
	operatorWindow = 64
	// permissionlessType is FaultDisputeGame's type (CANNON), the chain's
	// usual fallback when the respected type is permissioned.
	permissionlessType = 0
)

// OPOperators is what the newest dispute games say about the chain's
// operators.
type OPOperators struct {
	// ProposerInterval is the mean time between the newest games of the
	// respected type (0: fewer than two of them among the newest games).
	ProposerInterval uint64 `json:"proposerIntervalSeconds,omitempty"`
	ProposerStopped  bool   `json:"proposerStopped"`
	// Unresolved are games of the respected type whose root clock ran out
	// but that are still in progress.
	Unresolved []Game `json:"unresolved,omitempty"`
	// Permission is "permissionless" or "permissioned" when the proposer
	// looks stopped (DisputeGameFactory.create simulated from a neutral
	// address with the bond), "" when not checked or unknown.
	Permission string `json:"permission,omitempty"`
	// Fallback names the chain's permissionless game type, if the factory
	// registers one, when the respected type is permissioned.
	Fallback string `json:"fallback,omitempty"`
}

// readOPOperators reads the newest games, the clocks and statuses of those of
// the respected type, and, if the proposer looks stopped, who may propose.
func (c *checker) readOPOperators(ctx context.Context, f *OPFacts, dgf common.Address) error {
	respected := *f.RespectedGameType
	lo := uint64(0)
	if f.GameCount > operatorWindow {
		lo = f.GameCount - operatorWindow
	}
	var list []*view
	for i := lo; i < f.GameCount; i++ {
		list = append(list, get(dgf, dgfABI, "gameAtIndex", new(big.Int).SetUint64(i)))
	}
	if err := run(ctx, c.in.L1, c.head, list...); err != nil {
		return err
	}
	type entry struct {
		game             Game
		status, maxClock *view
	}
	var games []entry
	var reads []*view
	for i, v := range list {
		typ, ok := v.uint(0)
		if !ok || uint32(typ) != respected {
			continue
		}
		ts, _ := v.uint(1)
		g := entry{game: Game{Index: lo + uint64(i), Type: respected, Address: common.BytesToAddress(v.word(2)), Created: c.point(0, time.Unix(int64(ts), 0), nil)},
			status: get(common.BytesToAddress(v.word(2)), gameABI, "status"), maxClock: get(common.BytesToAddress(v.word(2)), gameABI, "maxClockDuration")}
		games = append(games, g)
		reads = append(reads, g.status, g.maxClock)
	}
	op := &OPOperators{}
	f.Operators = op
	if len(games) == 0 {
		return nil
	}
	if err := run(ctx, c.in.L1, c.head, reads...); err != nil {
		return err
	}
	now := uint64(c.now.Unix())
	for _, g := range games {
		status, ok1 := g.status.uint(0)
		clock, ok2 := g.maxClock.uint(0)
		created := uint64(g.game.Created.Time.Unix())
		if ok1 && ok2 && status == 0 && created+clock <= now {
			op.Unresolved = append(op.Unresolved, g.game)
		}
	}
	if len(games) >= 2 {
		first, last := games[0].game.Created.Time.Unix(), games[len(games)-1].game.Created.Time.Unix()
		op.ProposerInterval = uint64(last-first) / uint64(len(games)-1)
		silence := uint64(c.now.Unix() - last)
		op.ProposerStopped = op.ProposerInterval > 0 && silence > proposerStopFactor*op.ProposerInterval
	}
	if op.ProposerStopped {
		c.readPermission(ctx, dgf, respected, op)
	}
	return nil
}

// badAuthSelector is PermissionedDisputeGame's BadAuth() error.
func badAuthSelector() []byte {
	id := permissionedGameABI().Errors["BadAuth"].ID
	return id[:4]
}

// permissionProbe is the neutral address the create simulation runs from
// (given a balance for the simulation only).
var permissionProbe = common.HexToAddress("0x000000000000000000000000000000000000e5c4")

// readPermission simulates DisputeGameFactory.create of the respected type
// from a neutral address with the bond attached: success means anyone may
// propose; BadAuth means only the chain's proposer may.
func (c *checker) readPermission(ctx context.Context, dgf common.Address, respected uint32, op *OPOperators) {
	bond := get(dgf, dgfABI, "initBonds", respected)
	fallback := get(dgf, dgfABI, "gameImpls", uint32(permissionlessType))
	if err := run(ctx, c.in.L1, c.head, bond, fallback); err != nil || !bond.ok(1) {
		return
	}
	value := new(big.Int).SetBytes(bond.word(0))
	// A far L2 block and a placeholder root: a permissioned game refuses
	// the creator before it looks at either.
	create := get(dgf, dgfABI, "create", respected, crypto.Keccak256Hash([]byte("escape health: may anyone propose?")),
		common.BigToHash(new(big.Int).Lsh(big.NewInt(1), 62)).Bytes())
	data, err := create.calldata()
	if err != nil {
		return
	}
	arg := map[string]any{"from": permissionProbe, "to": dgf, "data": hexutil.Bytes(data), "value": (*hexutil.Big)(value)}
	override := map[common.Address]map[string]any{permissionProbe: {"balance": (*hexutil.Big)(new(big.Int).Add(value, new(big.Int).Lsh(big.NewInt(1), 80)))}}
	var out hexutil.Bytes
	err = c.in.L1.CallContext(ctx, &out, "eth_call", arg, hexutil.EncodeUint64(c.head), override)
	var de rpc.DataError
	switch {
	case err == nil:
		op.Permission = "permissionless"
	case errors.As(err, &de):
		if data, ok := de.ErrorData().(string); ok {
			if b, _ := hexutil.Decode(data); len(b) >= 4 && bytes.Equal(b[:4], badAuthSelector()) {
				op.Permission = "permissioned"
			}
		}
	}
	if op.Permission == "permissioned" && respected != permissionlessType {
		if a, ok := fallback.address(); ok && a != (common.Address{}) {
			op.Fallback = fmt.Sprintf("its DisputeGameFactory also registers the permissionless game type %d (%s): the guardian can make it the respected type, after which anyone can propose", permissionlessType, a.Hex())
		} else {
			op.Fallback = "it registers no permissionless game type, so it has no fallback but its proposer"
		}
	}
}

// judgeOPOperators turns the operators' facts into reasons. It reports
// whether it judged the proposer (so the fixed-age proposals-stalled check
// is not repeated).
func (c *checker) judgeOPOperators(f *OPFacts) bool {
	op := f.Operators
	if op == nil || f.RespectedGameType == nil {
		return false
	}
	t := *f.RespectedGameType
	if n := len(op.Unresolved); n > 0 {
		oldest := op.Unresolved[0]
		c.reason(Degraded, "games-unresolved", fmt.Sprintf("%d dispute game(s) of the respected type %d are past their clock but nobody resolved them (the oldest, %s, was created %s ago): withdrawals proven against them cannot be finalized until they are. Anyone may resolve a game: `escape next REF` resolves the one your withdrawal depends on.",
			n, t, oldest.Address.Hex(), human(c.age(oldest.Created))))
	}
	if !op.ProposerStopped {
		return op.ProposerInterval > 0
	}
	since := ""
	if g := f.LatestRespectedGame; g != nil {
		since = " for " + human(c.age(g.Created))
	}
	text := fmt.Sprintf("The proposer looks stopped: no dispute game of the respected type %d%s, more than %d times its usual interval of %s. New withdrawals cannot be proven until a game covers them.",
		t, since, proposerStopFactor, human(time.Duration(op.ProposerInterval)*time.Second))
	switch op.Permission {
	case "permissionless":
		text += fmt.Sprintf(" Anyone may create games of type %d: `escape next REF` proposes one for your withdrawal (it stakes the bond and gets it back).", t)
	case "permissioned":
		text += fmt.Sprintf(" Games of type %d are permissioned: you cannot propose; withdrawals wait for the chain's proposer. The chain's fallback: %s.", t, op.Fallback)
	default:
		text += " Whether anyone may propose could not be checked here; `escape status REF` checks it for your withdrawal."
	}
	c.reason(Degraded, "proposer-stopped", text)
	return true
}
