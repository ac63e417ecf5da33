package opstack

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/pipeline"
	"github.com/l2escape/escape/escape/ui"
)

// Resolving a FaultDisputeGame is open to anyone once the clocks have run
// out, and it is what a proof waits on when the operators stop: the portal
// finalizes only against a game resolved DEFENDER_WINS (plus the finality
// air-gap).
//
// The game's own rules (FaultDisputeGame 1.2.0 in contracts-bedrock 0.17.3,
// and the current one alike):
//   - resolveClaim(i, n) resolves ONE subgame, the claim i and its
//     children, and only once every child subgame is resolved. Children
//     always have higher indices than their parents, so resolving from the
//     highest unresolved index down to 0 is a valid bottom-up order.
//   - n is how many of i's children this call checks. On the first call for
//     a subgame, n = 0 means "all of them"; on a later call (after a
//     partial one) 0 makes no progress, so a continued subgame needs an
//     explicit n. A subgame with very many children is split over several
//     calls to stay under the block gas limit.
//   - a claim with no children other than the root is resolved without
//     reading anything, but still needs its own call.
//   - resolve() then sets the game's status from the root claim.
//
// So each unresolved subgame costs one transaction, and there is nothing in
// the game that resolves two subgames in one call: the fewest transactions
// are one per unresolved subgame (more only for subgames wider than
// resolveChildrenPerCall) plus one for resolve().

// resolveChildrenPerCall bounds the children one resolveClaim call checks
// (each costs two cold storage reads, about 5,000 gas).
const resolveChildrenPerCall = 1024

// claimState is one claim of a game as resolution sees it.
type claimState struct {
	parent      uint32 // math.MaxUint32 for the root
	counteredBy common.Address
	claimant    common.Address
	bond        *big.Int
	resolved    bool
	duration    uint64 // getChallengerDuration: time on the would-be counter's clock
	children    []int
	checkpoint  uint64 // children already checked by an earlier partial call
	started     bool   // a partial call was made: later calls need an explicit count
}

// gameResolution is a game's standing: whether it can be resolved now, when
// otherwise, and what the outcome will be.
type gameResolution struct {
	game       common.Address
	status     uint64
	created    uint64
	resolvedAt uint64
	maxClock   uint64
	claims     []claimState
	// readyAt is the L1 time at which every unresolved claim's clock has
	// run out (the game can be resolved from then on).
	readyAt uint64
	// challengerWins predicts the outcome from the claim tree: the root is
	// countered by an uncountered child (or its L2 block was challenged).
	challengerWins bool
}

// unresolved lists the claims still to resolve, bottom-up.
func (r *gameResolution) unresolved() []int {
	var out []int
	for i := len(r.claims) - 1; i >= 0; i-- {
		if !r.claims[i].resolved {
			out = append(out, i)
		}
	}
	return out
}

// inProgress reports whether resolve() has not been called yet.
func (r *gameResolution) inProgress() bool { return r.status == gameInProgress }

// resolvableAt reports whether the clocks have all run out at now.
func (r *gameResolution) resolvableAt(now uint64) bool { return r.inProgress() && r.readyAt <= now }

// transactions is how many transactions resolving takes from here.
func (r *gameResolution) transactions() int {
	n := 1 // resolve()
	for _, i := range r.unresolved() {
		n += callsFor(r.claims[i])
	}
	return n
}

func callsFor(c claimState) int {
	left := uint64(len(c.children)) - min(c.checkpoint, uint64(len(c.children)))
	if left <= resolveChildrenPerCall {
		return 1
	}
	return int((left + resolveChildrenPerCall - 1) / resolveChildrenPerCall)
}

// readGameResolution reads a game's claims in two round trips.
func readGameResolution(ctx context.Context, v *view, game common.Address) (*gameResolution, error) {
	l1 := v.env.L1
	rpcErr := func(err error) error {
		return escape.Wrap(err, "rpc-error", "try again or pass another --l1-rpc", "cannot read dispute game %s", game.Hex())
	}
	status := &ethCall{to: game, data: pack(gameNowABI, "status")}
	count := &ethCall{to: game, data: pack(gameNowABI, "claimDataLen")}
	maxClock := &ethCall{to: game, data: pack(gameNowABI, "maxClockDuration")}
	created := &ethCall{to: game, data: pack(gameNowABI, "createdAt")}
	resolvedAt := &ethCall{to: game, data: pack(gameNowABI, "resolvedAt")}
	blockChallenged := &ethCall{to: game, data: pack(gameNowABI, "l2BlockNumberChallenged")}
	if err := batch(ctx, l1, []*ethCall{status, count, maxClock, created, resolvedAt, blockChallenged}); err != nil {
		return nil, rpcErr(err)
	}
	r := &gameResolution{game: game}
	var ok bool
	if r.status, ok = status.uint(); !ok {
		return nil, escape.Errorf("rpc-error", "check that "+game.Hex()+" is a dispute game", "dispute game %s did not answer status()", game.Hex())
	}
	r.created, _ = created.uint()
	r.resolvedAt, _ = resolvedAt.uint()
	r.maxClock, _ = maxClock.uint()
	n, _ := count.uint()
	if n > 1<<20 {
		return nil, escape.Errorf("rpc-error", "try another --l1-rpc", "dispute game %s reports %d claims", game.Hex(), n)
	}
	var calls []*ethCall
	for i := uint64(0); i < n; i++ {
		idx := new(big.Int).SetUint64(i)
		calls = append(calls, &ethCall{to: game, data: pack(gameNowABI, "claimData", idx)},
			&ethCall{to: game, data: pack(gameNowABI, "resolvedSubgames", idx)},
			&ethCall{to: game, data: pack(gameNowABI, "getChallengerDuration", idx)},
			&ethCall{to: game, data: pack(gameNowABI, "resolutionCheckpoints", idx)})
	}
	if err := batch(ctx, l1, calls); err != nil {
		return nil, rpcErr(err)
	}
	r.claims = make([]claimState, n)
	for i := range r.claims {
		cd, res, dur, cp := calls[4*i], calls[4*i+1], calls[4*i+2], calls[4*i+3]
		if cd.err != nil {
			return nil, rpcErr(cd.err)
		}
		vals, err := gameABI().Unpack("claimData", cd.out)
		if err != nil || len(vals) < 4 {
			return nil, escape.Errorf("rpc-error", "try another --l1-rpc", "cannot decode claim %d of dispute game %s", i, game.Hex())
		}
		c := &r.claims[i]
		c.parent = vals[0].(uint32)
		c.counteredBy = vals[1].(common.Address)
		c.claimant = vals[2].(common.Address)
		c.bond = vals[3].(*big.Int)
		c.resolved = res.bool()
		c.duration, _ = dur.uint()
		if len(cp.out) >= 64 { // (bool initialCheckpointComplete, uint32 subgameIndex, ...)
			c.started = new(big.Int).SetBytes(cp.out[:32]).Sign() != 0
			c.checkpoint = new(big.Int).SetBytes(cp.out[32:64]).Uint64()
		}
		if c.parent != ^uint32(0) && int(c.parent) < len(r.claims) {
			r.claims[c.parent].children = append(r.claims[c.parent].children, i)
		}
	}
	r.predict(blockChallenged.bool())
	now := uint64(v.now.Unix())
	r.readyAt = now
	if r.inProgress() {
		for _, c := range r.claims {
			if !c.resolved && c.duration < r.maxClock {
				r.readyAt = max(r.readyAt, now+r.maxClock-c.duration)
			}
		}
	}
	return r, nil
}

// predict works out, bottom-up, which claims end countered: a resolved
// subgame keeps what resolution wrote; an unresolved one is countered if it
// was stepped against or any child subgame ends uncountered.
func (r *gameResolution) predict(blockChallenged bool) {
	countered := make([]bool, len(r.claims))
	for i := len(r.claims) - 1; i >= 0; i-- {
		c := r.claims[i]
		countered[i] = c.counteredBy != (common.Address{})
		if !c.resolved {
			for _, ch := range c.children {
				countered[i] = countered[i] || !countered[ch]
			}
		}
	}
	r.challengerWins = (len(countered) > 0 && countered[0]) || blockChallenged || r.status == gameChallengerWin
}

// resolveCall is one transaction of a resolution.
type resolveCall struct {
	step  string
	what  string
	claim int // -1 for resolve()
	n     uint64
}

// plan lists the transactions that resolve the game, in order.
func (r *gameResolution) plan() []resolveCall {
	short := r.game.Hex()[:10]
	var out []resolveCall
	for _, i := range r.unresolved() {
		c := r.claims[i]
		parts := callsFor(c)
		for p := 0; p < parts; p++ {
			rc := resolveCall{claim: i, step: fmt.Sprintf("resolve %s claim %d", short, i)}
			switch {
			case parts == 1 && !c.started:
				rc.what = fmt.Sprintf("resolveClaim(%d, 0): subgame %d with its %d counter-claim(s)", i, i, len(c.children))
			default:
				rc.n = resolveChildrenPerCall
				from := c.checkpoint + uint64(p)*resolveChildrenPerCall
				rc.step += fmt.Sprintf(" from %d", from)
				rc.what = fmt.Sprintf("resolveClaim(%d, %d): children %d to %d of subgame %d", i, rc.n, from, min(from+rc.n, uint64(len(c.children)))-1, i)
			}
			out = append(out, rc)
		}
	}
	return append(out, resolveCall{claim: -1, step: fmt.Sprintf("resolve %s", short), what: "resolve(): the game's outcome from its root claim"})
}

// describeUnresolved says, for status, that a game is past its clock and
// nobody resolved it.
func (v *view) describeUnresolved(r *gameResolution, role string) {
	st, e := v.st, v.e
	n := len(r.unresolved())
	st.Facts["disputeGameClockRanOut"] = ui.When(time.Unix(int64(r.readyAt), 0), v.now)
	st.Facts["disputeGameUnresolvedSubgames"] = fmt.Sprint(n)
	st.Action = escape.ActionResolve
	st.Happened += fmt.Sprintf(" The clock of dispute game %s (%s) ran out %s, but nobody has resolved it: the chain's operators normally do.", r.game.Hex(), role, ui.When(time.Unix(int64(r.readyAt), 0), v.now))
	st.Next = fmt.Sprintf("Anyone may resolve it: %d transaction(s) (resolveClaim for %d subgame(s), bottom-up, then resolve()). After that the finality air-gap (%s) runs.",
		r.transactions(), n, ui.Duration(time.Duration(v.c.finality)*time.Second))
	st.Do = "Run `escape next " + e.ID + "`: it resolves the game (you pay only the L1 fees)."
}

// resolveGame sends the resolution, one transaction per call of the plan,
// each through the pipeline (simulated, summarised, recorded, sent).
func (v *view) resolveGame(ctx context.Context, r *gameResolution) error {
	if r.challengerWins {
		return escape.Errorf("game-lost", "escape does not resolve a game the challenger wins; `escape status "+v.e.ID+"` says what it means for the withdrawal",
			"dispute game %s would resolve CHALLENGER_WINS", r.game.Hex())
	}
	calls := r.plan()
	v.env.UI.Progress("Resolving dispute game %s: %d transaction(s).", r.game.Hex(), len(calls))
	var gas uint64
	for k, rc := range calls {
		var input []byte
		var err error
		if rc.claim < 0 {
			input, err = gameABI().Pack("resolve")
		} else {
			input, err = gameABI().Pack("resolveClaim", big.NewInt(int64(rc.claim)), new(big.Int).SetUint64(rc.n))
		}
		if err != nil {
			return err
		}
		res, err := v.env.Pipeline.Send(ctx, pipeline.Request{Escape: v.e, Step: rc.step, To: r.game, ToName: "FaultDisputeGame", Data: input, ABIs: allRevertABIs(),
			Summary: pipeline.Summary{Title: fmt.Sprintf("Resolve dispute game %s (transaction %d of %d)", r.game.Hex(), k+1, len(calls)),
				Lines: []ui.KV{{Key: "Call", Value: rc.what},
					{Key: "Why", Value: "the game's clock ran out and nobody resolved it; the withdrawal cannot be finalized before it is"},
					{Key: "Bonds", Value: "go to the claims' winners by the game's rules, never to the caller; you pay the L1 fee only"}}}})
		if err != nil || res.DryRun {
			// A dry run resolved nothing; the later calls depend on the
			// first, so only it can be simulated.
			return err
		}
		if res != nil && res.Tx != nil {
			gas += res.Tx.GasUsed
		}
	}
	v.e.Note("resolved dispute game %s in %d transaction(s), %d gas", r.game.Hex(), len(calls), gas)
	v.st.Facts["resolutionGasUsed"] = fmt.Sprint(gas)
	v.st.Action = escape.ActionNone
	v.st.Happened = fmt.Sprintf("Dispute game %s is resolved (%d transaction(s), %d gas in all).", r.game.Hex(), len(calls), gas)
	v.st.Next = fmt.Sprintf("The finality air-gap (%s) runs from now; then the withdrawal can be finalized.", ui.Duration(time.Duration(v.c.finality)*time.Second))
	v.st.Do = "Wait; `escape status " + v.e.ID + "` shows the times, and `escape next " + v.e.ID + "` finalizes when they are over."
	v.st.Waits = []escape.Wait{{What: fmt.Sprintf("finality air-gap after resolution (%s)", ui.Duration(time.Duration(v.c.finality)*time.Second)),
		Until: v.now.Add(time.Duration(v.c.finality) * time.Second), Estimate: true}}
	return v.env.Store.Save(v.e)
}

// lostPastClock reads the claims of a proof's game in progress once its
// root clock has run out, and says why the proof is void when the game is
// one the challenger wins ("" otherwise). Such a game is reported, never
// resolved by escape, and no proof is made against it.
func (v *view) lostPastClock(ctx context.Context, g *proofGame) (string, error) {
	ctx = chain.WithPurpose(ctx, "reading the dispute game of your proof")
	if g.status != gameInProgress || g.clock == 0 || g.created == 0 || uint64(v.now.Unix()) < g.created+g.clock {
		return "", nil
	}
	r, err := readGameResolution(ctx, v, g.proxy)
	if err != nil {
		return "", err
	}
	g.resolution = r
	if !r.challengerWins {
		return "", nil
	}
	if v.lost == nil {
		v.lost = map[common.Address]bool{}
	}
	v.lost[g.proxy] = true
	v.st.Facts["disputeGameOutcome"] = fmt.Sprintf("game %s's root claim stands countered past its clock: it resolves CHALLENGER_WINS, so escape does not resolve it", g.proxy.Hex())
	return "the dispute game it was proven against will resolve CHALLENGER_WINS (its root claim is countered)", nil
}
