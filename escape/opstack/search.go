package opstack

import (
	"context"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/escape"
)

// Game search windows: the newest searchFirst games first, then searchSecond
// more, then everything older in windows growing searchGrowth times. Each
// window's gameAtIndex calls go out in the same round trip as the previous
// window's per-game reads (extraData, status), and a last round checks the
// best candidates in full. Up to 14,848 games take five round trips after
// the one that reads the portal; a typical search (the newest games cover
// the withdrawal) three.
const (
	searchFirst  = 64
	searchSecond = 448
	searchGrowth = 32
	// verifyTop is how many of the newest covering candidates are checked
	// in full (blacklist, validity, root, sequence number) per round.
	verifyTop = 8
)

type game struct {
	index   uint64
	proxy   common.Address
	l2Block uint64
	root    common.Hash
	created uint64
	status  uint64
}

// passed takes a covering game that passed its checks, in newest-first
// order: the first provable one is the answer, the first the defender won
// is kept too, and one too new to prove against yet is noted.
func (res *gameSearch) passed(v *view, got *game) {
	if !v.provableNow(got) {
		if res.justCreated == nil {
			res.justCreated = got
		}
		return
	}
	if res.newest == nil {
		res.newest = got
	}
	if got.status == gameDefenderWins && res.resolved == nil {
		res.resolved = got
	}
}

// gameSearch is the outcome of findGame.
type gameSearch struct {
	newest *game // the newest usable game that covers the withdrawal
	// justCreated is a covering game created in the current L1 head block
	// (or later by the clock): the portal takes proofs against it only
	// from a later block (block.timestamp > createdAt).
	justCreated *game
	resolved    *game // the newest usable covering game already won by the defender, if seen
	scanned     uint64
	// lastRespected and interval estimate when the next game of the
	// respected type comes, from the newest games listed.
	lastRespected, interval uint64
}

type candidate struct {
	index   uint64
	proxy   common.Address
	created uint64
	extra   *ethCall // extraData()
	status  *ethCall // status()
	l2Block uint64
}

// findGame finds the newest dispute game that is of the respected type,
// created after the portal's cut-off, not lost, not blacklisted (4.x: proper
// and respected by the AnchorStateRegistry), and whose L2 block is at or
// after the withdrawal's. It walks back from the newest game in growing
// windows, never a fixed number of recent games, and stops at games created
// before the deposit: a valid output that contains the withdrawal cannot
// predate it. No call's gas grows with the number of games (unlike the
// factory's findLatestGames, which loops on chain).
func (v *view) findGame(ctx context.Context) (*gameSearch, error) {
	if v.c.multicall {
		return v.findGameBulk(ctx, nil)
	}
	c, l1 := v.c, v.env.L1
	rpcErr := func(err error) error {
		return escape.Wrap(err, "rpc-error", "try again or pass another --l1-rpc", "cannot list dispute games")
	}
	count := c.gameCount
	notBefore := v.e.OP.DepositL1Time
	want := v.e.OP.L2Block
	res := &gameSearch{}

	hi := count            // games [0, hi) are not listed yet
	var pending []*ethCall // gameAtIndex calls of the window being listed
	var pendingLo uint64
	var details []*candidate // candidates whose extraData/status are being read
	var covering []*candidate
	stop := false
	size := uint64(searchFirst)
	nextWindow := func() {
		if stop || hi == 0 {
			return
		}
		lo := uint64(0)
		if hi > size {
			lo = hi - size
		}
		pending, pendingLo = nil, lo
		for i := lo; i < hi; i++ {
			pending = append(pending, &ethCall{to: c.dgf, data: pack(dgfABI, "gameAtIndex", new(big.Int).SetUint64(i))})
		}
		hi = lo
		if size == searchFirst {
			size = searchSecond
		} else {
			size *= searchGrowth
		}
	}
	nextWindow()
	for len(pending) > 0 || len(details) > 0 || len(covering) > 0 {
		var calls []*ethCall
		listing := pending
		calls = append(calls, listing...)
		// While covering candidates wait for their full check, the older
		// games' reads wait too: the newest covering game usually passes,
		// and then those reads would be hundreds of calls for nothing.
		reading := details
		if len(covering) > 0 {
			reading = nil
		}
		for _, d := range reading {
			calls = append(calls, d.extra, d.status)
		}
		// The newest covering candidates get their full check.
		var checking []*candidate
		var checks [][]*ethCall
		if len(covering) > 0 {
			checking = covering[:min(verifyTop, len(covering))]
			covering = covering[len(checking):]
			for _, g := range checking {
				cs := v.gameChecks(g.proxy)
				checks = append(checks, cs)
				calls = append(calls, cs...)
			}
		}
		if err := batch(ctx, l1, calls); err != nil {
			return nil, rpcErr(err)
		}
		pending = nil
		if reading != nil {
			details = nil
		}
		// Full checks: the first that passes is the answer (they are newest
		// first, and every newer candidate has already failed or is below).
		for i, g := range checking {
			if ok, got := v.judge(g, checks[i]); ok {
				res.passed(v, got)
			}
		}
		if res.newest != nil {
			// Keep a DEFENDER_WINS game seen among the candidates already
			// read, so a prover with an archive L2 node can use it.
			if res.resolved == nil {
				for _, g := range covering {
					if s, _ := g.status.uint(); s == gameDefenderWins {
						cs := v.gameChecks(g.proxy)
						if err := batch(ctx, l1, cs); err == nil {
							if ok, got := v.judge(g, cs); ok {
								res.resolved = got
							}
						}
						break
					}
				}
			}
			return res, nil
		}
		// Candidates read this round: keep those that cover the withdrawal
		// and are not lost, newest first.
		for i := len(reading) - 1; i >= 0; i-- {
			d := reading[i]
			if s, ok := d.status.uint(); !ok || s == gameChallengerWin {
				continue
			}
			if d.extra.err != nil || len(d.extra.out) < 96 {
				continue
			}
			// extraData() returns ABI-encoded bytes: offset, length, data.
			l2Block := new(big.Int).SetBytes(d.extra.out[64:96]).Uint64()
			if l2Block < want {
				continue
			}
			d.l2Block = l2Block
			covering = append(covering, d)
		}
		// The window listed this round becomes next round's reads.
		listed := len(details)
		var times []uint64 // creation times of respected games, newest first
		for i := len(listing) - 1; i >= 0; i-- {
			cl := listing[i]
			res.scanned++
			if cl.err != nil || len(cl.out) < 96 {
				continue
			}
			gameType := new(big.Int).SetBytes(cl.out[:32]).Uint64()
			created := new(big.Int).SetBytes(cl.out[32:64]).Uint64()
			proxy := common.BytesToAddress(cl.out[76:96])
			if created < notBefore {
				stop = true // this and every older game predate the deposit
				continue
			}
			if gameType == uint64(c.respected) {
				times = append(times, created)
			}
			if gameType != uint64(c.respected) || !c.createdAfterCutoff(created) {
				continue
			}
			details = append(details, &candidate{index: pendingLo + uint64(i), proxy: proxy, created: created,
				extra: &ethCall{to: proxy, data: pack(gameNowABI, "extraData")}, status: &ethCall{to: proxy, data: pack(gameNowABI, "status")}})
		}
		if res.lastRespected == 0 && len(times) > 0 {
			res.lastRespected = times[0]
			if len(times) > 1 {
				res.interval = (times[0] - times[len(times)-1]) / uint64(len(times)-1)
			}
		}
		// details are newest first; keep them oldest first like listings.
		for i, j := listed, len(details)-1; i < j; i, j = i+1, j-1 {
			details[i], details[j] = details[j], details[i]
		}
		// The second window is listed only once the first one's games are
		// read and none covers the withdrawal: usually one does.
		if len(covering) == 0 && (len(details) == 0 || size != searchSecond) {
			nextWindow()
		}
	}
	return res, nil
}

// provableNow: the portal's prove requires block.timestamp > createdAt;
// a proof simulated at the head (and so sent now) against a game created
// at the head's time would fail with InvalidProofTimestamp.
func (v *view) provableNow(g *game) bool {
	return g.created < uint64(v.now.Unix())
}

// createdAfterCutoff applies the portal's rule for games from before the
// respected game type was last set: 3.x accepts createdAt >=
// respectedGameTypeUpdatedAt; the AnchorStateRegistry retires games with
// createdAt <= retirementTimestamp.
func (c *contracts) createdAfterCutoff(created uint64) bool {
	if c.gen == Portal4 {
		return created > c.cutoff
	}
	return created >= c.cutoff
}

// properIgnoringPause is AnchorStateRegistry.isGameProper without its
// pause term: while the bridge is paused every game reads improper, yet a
// game that is neither blacklisted nor retired is good again on unpause
// (games listed by the factory are registered).
func (c *contracts) properIgnoringPause(proper, blacklisted bool, created uint64) bool {
	if proper || !c.paused {
		return proper
	}
	return !blacklisted && c.createdAfterCutoff(created)
}

// gameChecks are the reads that decide whether one game can take a proof.
func (v *view) gameChecks(proxy common.Address) []*ethCall {
	c := v.c
	cs := []*ethCall{
		{to: proxy, data: pack(gameNowABI, "l2SequenceNumber")},
		{to: proxy, data: pack(gameNowABI, "l2BlockNumber")},
		{to: proxy, data: pack(gameNowABI, "rootClaim")},
		{to: proxy, data: pack(gameNowABI, "status")},
	}
	if c.gen == Portal4 {
		cs = append(cs, &ethCall{to: c.asr, data: pack(asrABI, "isGameProper", proxy)},
			&ethCall{to: c.asr, data: pack(asrABI, "isGameRespected", proxy)},
			&ethCall{to: c.asr, data: pack(asrABI, "disputeGameBlacklist", proxy)})
	} else {
		cs = append(cs, &ethCall{to: c.portal, data: pack(portal2ABI, "disputeGameBlacklist", proxy)})
	}
	return cs
}

// judge reads gameChecks' answers. The L2 block comes from
// l2SequenceNumber() (newer games), else l2BlockNumber() (FaultDisputeGame
// 1.2.0 lacks l2SequenceNumber; some game types revert on l2BlockNumber),
// else extraData's first word.
func (v *view) judge(g *candidate, cs []*ethCall) (bool, *game) {
	l2Block := g.l2Block
	if n, ok := cs[0].uint(); ok {
		l2Block = n
	} else if n, ok := cs[1].uint(); ok {
		l2Block = n
	}
	if l2Block < v.e.OP.L2Block || v.lost[g.proxy] {
		return false, nil
	}
	root, ok := cs[2].word()
	if !ok {
		return false, nil
	}
	status, ok := cs[3].uint()
	if !ok || status == gameChallengerWin {
		return false, nil
	}
	if v.c.gen == Portal4 {
		if !v.c.properIgnoringPause(cs[4].bool(), cs[6].bool(), g.created) || !cs[5].bool() {
			return false, nil
		}
	} else if cs[4].err != nil || cs[4].bool() {
		return false, nil
	}
	return true, &game{index: g.index, proxy: g.proxy, l2Block: l2Block, root: common.BigToHash(root), created: g.created, status: status}
}

// With Multicall3 (batch.go) the search reads many games per JSON-RPC
// call. The newest bulkFirst games are listed and then read in full (every
// check) in one round trip: when one of them serves, as usual, the search
// is over. Older games, down to the deposit's time, are read in windows of
// bulkWindow (growing bulkGrowth times) with the factory's findLatestGames
// in slices of latestSlice games, each its own eth_call capped at
// latestGas: one round trip gives every game's L2 block and root, and the
// next checks in full the games that cover the withdrawal, newest first.
// findLatestGames costs about 13,000 gas per game of the respected type;
// a slice it cannot answer under the cap (the respected type is rare
// there, so it walks far back) is listed with gameAtIndex instead, its
// games' extraData and status read in the next round trip. Up to 16,448
// games: four round trips, the newest covering: two.
const (
	bulkFirst   = 64
	bulkWindow  = 16384
	bulkGrowth  = 4
	bulkVerify  = 4096
	latestSlice = 500
)

// latestGas caps each findLatestGames call (a variable for tests).
var latestGas uint64 = 9_000_000

// listing is one window of gameAtIndex calls, [lo, lo+len(calls)).
type listing struct {
	lo    uint64
	calls []*ethCall
}

func (c *contracts) listGames(lo, hi uint64) *listing {
	l := &listing{lo: lo}
	for i := lo; i < hi; i++ {
		l.calls = append(l.calls, &ethCall{to: c.dgf, data: pack(dgfABI, "gameAtIndex", new(big.Int).SetUint64(i))})
	}
	return l
}

// newestListing lists the newest bulkFirst games: it depends only on the
// factory's game count, so status sends it ahead, beside its other reads.
func (c *contracts) newestListing() *listing {
	return c.listGames(c.gameCount-min(c.gameCount, bulkFirst), c.gameCount)
}

// latestSlice asks findLatestGames for the respected games of [lo, hi).
type latestRead struct {
	lo, hi uint64
	call   *ethCall
}

func (c *contracts) latestGames(lo, hi uint64) *latestRead {
	data, err := dgfABI().Pack("findLatestGames", c.respected, new(big.Int).SetUint64(hi-1), new(big.Int).SetUint64(hi-lo))
	if err != nil {
		panic(err) // fixed types: cannot fail
	}
	return &latestRead{lo: lo, hi: hi, call: &ethCall{to: c.dgf, data: data, gas: latestGas}}
}

// latestResult is one findLatestGames entry.
type latestResult struct {
	Index     *big.Int
	Metadata  [32]byte
	Timestamp uint64
	RootClaim [32]byte
	ExtraData []byte
}

func (r *latestRead) results() ([]latestResult, bool) {
	if r.call.err != nil {
		return nil, false
	}
	out, err := dgfABI().Unpack("findLatestGames", r.call.out)
	if err != nil || len(out) != 1 {
		return nil, false
	}
	return *abi.ConvertType(out[0], new([]latestResult)).(*[]latestResult), true
}

// fullRead is a game whose every check is read in one go.
type fullRead struct {
	cand   *candidate
	checks []*ethCall
}

// findGameBulk is findGame over Multicall3. first, if not nil, is the
// newest games' listing already read.
func (v *view) findGameBulk(ctx context.Context, first *listing) (*gameSearch, error) {
	c, l1 := v.c, v.env.L1
	rpcErr := func(err error) error {
		return escape.Wrap(err, "rpc-error", "try again or pass another --l1-rpc", "cannot list dispute games")
	}
	notBefore := v.e.OP.DepositL1Time
	want := v.e.OP.L2Block
	res := &gameSearch{}
	hi := c.gameCount - min(c.gameCount, bulkFirst) // games [0, hi) are not listed yet
	if first == nil {
		first = c.newestListing()
		if err := c.bulk(ctx, l1, first.calls); err != nil {
			return nil, rpcErr(err)
		}
	}
	stop := false
	// parse turns a listing into the candidates it holds, newest first.
	parse := func(l *listing) []*candidate {
		var out []*candidate
		var times []uint64 // creation times of respected games, newest first
		for i := len(l.calls) - 1; i >= 0; i-- {
			cl := l.calls[i]
			res.scanned++
			if cl.err != nil || len(cl.out) < 96 {
				continue
			}
			gameType := new(big.Int).SetBytes(cl.out[:32]).Uint64()
			created := new(big.Int).SetBytes(cl.out[32:64]).Uint64()
			proxy := common.BytesToAddress(cl.out[76:96])
			if created < notBefore {
				stop = true // this and every older game predate the deposit
				continue
			}
			if gameType != uint64(c.respected) {
				continue
			}
			times = append(times, created)
			if !c.createdAfterCutoff(created) {
				continue
			}
			out = append(out, &candidate{index: l.lo + uint64(i), proxy: proxy, created: created,
				extra: &ethCall{to: proxy, data: pack(gameNowABI, "extraData")}, status: &ethCall{to: proxy, data: pack(gameNowABI, "status")}})
		}
		if res.lastRespected == 0 && len(times) > 0 {
			res.lastRespected = times[0]
			if len(times) > 1 {
				res.interval = (times[0] - times[len(times)-1]) / uint64(len(times)-1)
			}
		}
		return out
	}
	// covers turns findLatestGames' answer for [lo, hi) into the games
	// that cover the withdrawal, newest first.
	covers := func(r *latestRead, games []latestResult) []*candidate {
		var out []*candidate
		for _, g := range games {
			if !g.Index.IsUint64() || g.Index.Uint64() < r.lo || g.Index.Uint64() >= r.hi {
				continue // older games are the next slice's
			}
			res.scanned++
			if g.Timestamp < notBefore {
				stop = true
				continue
			}
			if !c.createdAfterCutoff(g.Timestamp) || len(g.ExtraData) < 32 {
				continue
			}
			l2Block := new(big.Int).SetBytes(g.ExtraData[:32])
			if !l2Block.IsUint64() || l2Block.Uint64() < want {
				continue
			}
			out = append(out, &candidate{index: g.Index.Uint64(), proxy: common.BytesToAddress(g.Metadata[12:]),
				created: g.Timestamp, l2Block: l2Block.Uint64()})
		}
		return out
	}
	var full []fullRead
	for _, g := range parse(first) {
		full = append(full, fullRead{g, v.gameChecks(g.proxy)})
	}
	var listings []*listing // slices findLatestGames could not answer
	var partial, covering []*candidate
	size := uint64(bulkWindow)
	for {
		// The next window is read once nothing newer is left to check.
		var latest []*latestRead
		if len(full) == 0 && len(partial) == 0 && len(covering) == 0 && len(listings) == 0 && !stop && hi > 0 {
			lo := hi - min(hi, size)
			for top := hi; top > lo; top -= min(latestSlice, top-lo) {
				latest = append(latest, c.latestGames(top-min(latestSlice, top-lo), top))
			}
			hi, size = lo, size*bulkGrowth
		}
		if len(latest) == 0 && len(full) == 0 && len(partial) == 0 && len(covering) == 0 && len(listings) == 0 {
			return res, nil
		}
		var calls, plain []*ethCall
		for _, l := range listings {
			calls = append(calls, l.calls...)
		}
		for _, f := range full {
			calls = append(calls, f.cand.extra)
			calls = append(calls, f.checks...)
		}
		for _, g := range partial {
			calls = append(calls, g.extra, g.status)
		}
		// Covering games are checked newest first, once every newer game
		// has been read (a slice listed with gameAtIndex comes later).
		var checking []*candidate
		if len(listings) == 0 && len(partial) == 0 {
			sort.Slice(covering, func(i, j int) bool { return covering[i].index > covering[j].index })
			checking = covering[:min(bulkVerify, len(covering))]
			covering = covering[len(checking):]
		}
		var checks []fullRead
		for _, g := range checking {
			checks = append(checks, fullRead{g, v.gameChecks(g.proxy)})
			calls = append(calls, checks[len(checks)-1].checks...)
		}
		for _, r := range latest {
			plain = append(plain, r.call)
		}
		// findLatestGames' calls go on their own (each under its gas cap),
		// beside the aggregates.
		plainErr := make(chan error, 1)
		go func() { plainErr <- batch(ctx, l1, plain) }()
		err := c.bulk(ctx, l1, calls)
		if perr := <-plainErr; err == nil {
			err = perr
		}
		if err != nil {
			return nil, rpcErr(err)
		}
		// Full checks, newest first: the first that passes is the answer.
		for _, f := range append(full, checks...) {
			if f.cand.l2Block == 0 && f.cand.extra != nil && f.cand.extra.err == nil && len(f.cand.extra.out) >= 96 {
				f.cand.l2Block = new(big.Int).SetBytes(f.cand.extra.out[64:96]).Uint64()
			}
			if ok, got := v.judge(f.cand, f.checks); ok {
				res.passed(v, got)
			}
		}
		full = nil
		if res.newest != nil {
			return res, nil
		}
		// Older games read this round: keep those that cover the
		// withdrawal and are not lost, newest first.
		for _, g := range partial {
			if s, ok := g.status.uint(); !ok || s == gameChallengerWin {
				continue
			}
			if g.extra.err != nil || len(g.extra.out) < 96 {
				continue
			}
			if g.l2Block = new(big.Int).SetBytes(g.extra.out[64:96]).Uint64(); g.l2Block >= want {
				covering = append(covering, g)
			}
		}
		partial = nil
		for _, l := range listings {
			partial = append(partial, parse(l)...)
		}
		listings = nil
		for _, r := range latest {
			if games, ok := r.results(); ok {
				covering = append(covering, covers(r, games)...)
			} else {
				listings = append(listings, c.listGames(r.lo, r.hi))
			}
		}
	}
}
