package opstack

import (
	"context"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/record"
)

// ahead is what status reads before it needs it, so that reads that do not
// depend on each other share a round trip: a public RPC's latency is paid
// per sequential request, not per call.
type ahead struct {
	wg          sync.WaitGroup
	head        *types.Header
	headErr     error
	depositTime uint64 // the deposit's L1 block time, when not recorded yet
	l2          *l2Read
	// newest is the newest games' listing (with Multicall3), read beside
	// the portal when the withdrawal may need a game.
	newest    *listing
	newestErr error
	// search is the game search started beside the withdrawal's standing
	// on the portal, when status learned the withdrawal only now.
	search chan searchResult
	stop   context.CancelFunc
}

type l2Read struct {
	hash common.Hash
	r    *types.Receipt
	err  error
}

type searchResult struct {
	res *gameSearch
	err error
}

// readAhead starts the reads that need only the record: the L1 head, the
// deposit's block time and, while the withdrawal is not known, the L2
// receipt of the deposit.
func readAhead(ctx context.Context, env *flow.Env, e *record.Escape) *ahead {
	a := &ahead{stop: func() {}}
	a.wg.Add(1)
	go func() {
		defer a.wg.Done()
		a.head, a.headErr = env.L1.HeaderByNumber(chain.WithPurpose(ctx, "reading the latest L1 block"), nil)
	}()
	if e.OP.DepositL1Time == 0 && e.OP.DepositL1Block > 0 {
		a.wg.Add(1)
		go func() {
			defer a.wg.Done()
			if h, err := env.L1.HeaderByNumber(chain.WithPurpose(ctx, "reading your deposit's L1 block"), new(big.Int).SetUint64(e.OP.DepositL1Block)); err == nil {
				a.depositTime = h.Time
			}
		}()
	}
	known := e.OP.WithdrawalHash != (common.Hash{}) || (e.Kind == "send" && e.OP.L2Block > 0)
	if env.L2 != nil && !known && e.OP.L2DepositHash != (common.Hash{}) {
		a.l2 = &l2Read{hash: e.OP.L2DepositHash}
		a.wg.Add(1)
		go func() {
			defer a.wg.Done()
			a.l2.r, a.l2.err = env.L2.TransactionReceipt(chain.WithPurpose(ctx, "looking for your transaction's receipt on L2"), a.l2.hash)
		}()
	}
	return a
}

// listNewestGames reads the newest games' listing beside the other reads.
func (a *ahead) listNewestGames(ctx context.Context, env *flow.Env, c *contracts) {
	if !c.multicall || c.gameCount == 0 {
		return
	}
	a.newest = c.newestListing()
	a.wg.Add(1)
	go func() {
		defer a.wg.Done()
		a.newestErr = c.bulk(chain.WithPurpose(ctx, "reading the newest dispute games"), env.L1, a.newest.calls)
	}()
}

func (a *ahead) wait() { a.wg.Wait() }

// cancel stops a search started ahead that turned out not to be needed.
func (a *ahead) cancel() { a.stop() }

// l2Receipt is the deposit's L2 receipt, read ahead when it could be.
func (a *ahead) l2Receipt(ctx context.Context, env *flow.Env, h common.Hash) (*types.Receipt, error) {
	if a != nil && a.l2 != nil && a.l2.hash == h {
		return a.l2.r, a.l2.err
	}
	return env.L2.TransactionReceipt(ctx, h)
}

// mayNeedGame: the withdrawal's standing read with the portal leaves a
// game search possible (unknown yet, or neither finalized nor proven).
func (p *preReads) mayNeedGame() bool {
	if p.finalized == nil {
		return true
	}
	if p.finalized.bool() {
		return false
	}
	if n, ok := p.numProvers.uint(); ok && n > 0 {
		return false
	}
	return !(p.provenMine.err == nil && len(p.provenMine.out) >= 64 && new(big.Int).SetBytes(p.provenMine.out[32:64]).Sign() != 0)
}

// readStanding reads the withdrawal's standing on the portal when status
// learned the withdrawal only now (from the L2), and starts the game
// search beside it: a withdrawal seen for the first time is seldom proven.
func (v *view) readStanding(ctx context.Context) error {
	if v.pre.finalized != nil || v.c.gen == Legacy || v.e.OP.WithdrawalHash == (common.Hash{}) {
		return nil
	}
	v.pre = newPreReads(v.e)
	if a := v.ahead; a != nil && a.newest != nil && a.newestErr == nil {
		sctx, cancel := context.WithCancel(chain.WithPurpose(ctx, searchingGames))
		a.stop = cancel
		// The search gets its own copy of what it reads of the escape.
		sv := &view{env: v.env, c: v.c, now: v.now, head: v.head,
			e: &record.Escape{OP: &record.OPState{L2Block: v.e.OP.L2Block, DepositL1Time: v.e.OP.DepositL1Time}}}
		ch, first := make(chan searchResult, 1), a.newest
		a.search = ch
		go func() {
			res, err := sv.findGameBulk(sctx, first)
			ch <- searchResult{res, err}
		}()
	}
	if err := batch(chain.WithPurpose(ctx, "reading where your withdrawal stands on the portal"), v.env.L1, v.pre.calls()); err != nil {
		return escape.Wrap(err, "rpc-error", "try again or pass another --l1-rpc", "cannot read the withdrawal's standing on the portal")
	}
	return nil
}

// searchingGames labels the game search's requests for progress reports.
const searchingGames = "searching the dispute games for one covering your withdrawal"

// searchGames is findGame, using what was read ahead: the search started
// beside the withdrawal's standing (unless status has since learned of
// lost games it did not know), else the newest games' listing.
func (v *view) searchGames(ctx context.Context) (*gameSearch, error) {
	ctx = chain.WithPurpose(ctx, searchingGames)
	a := v.ahead
	if a != nil && a.search != nil {
		ch := a.search
		a.search = nil
		if len(v.lost) == 0 {
			r := <-ch
			return r.res, r.err
		}
		a.stop()
	}
	if v.c.multicall && a != nil && a.newest != nil && a.newestErr == nil {
		first := a.newest
		a.newest = nil
		return v.findGameBulk(ctx, first)
	}
	return v.findGame(ctx)
}
