package opstack

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/internal/devnet"
	"github.com/l2escape/escape/internal/rpcproxy"
)

// The game search over a factory where the only usable covering game is far
// older than the newest games: newer games are lost (CHALLENGER_WINS) at
// covering blocks, unresolved with wrong roots below the withdrawal's
// block, a blacklisted valid covering game, and a valid covering game of a
// type the portal does not respect. The games run FaultDisputeGame 1.2.0,
// which lacks l2SequenceNumber(), so the search falls back to
// l2BlockNumber()/extraData.
//
// ESCAPE_OP_BENCH_GAMES=10000 runs it at benchmark size and logs the figures
// (HTTP requests, JSON-RPC calls, sequential round trips of `escape status`
// through a proxy adding 100 ms per HTTP request); the default is small.
func TestGameSearchAtScale(t *testing.T) {
	t.Run("Multicall3", func(t *testing.T) { gameSearchAtScale(t, devnet.OPOptions{}) })
	// Without Multicall3 on the L1, every read is its own JSON-RPC call.
	t.Run("plain", func(t *testing.T) { gameSearchAtScale(t, devnet.OPOptions{NoMulticall3: true}) })
	// findLatestGames slices that fail under their gas cap are listed with
	// gameAtIndex instead.
	t.Run("gas cap", func(t *testing.T) {
		defer func(g uint64) { latestGas = g }(latestGas)
		latestGas = 100_000
		gameSearchAtScale(t, devnet.OPOptions{})
	})
}

func gameSearchAtScale(t *testing.T, opts devnet.OPOptions) {
	ctx := context.Background()
	noise := 600
	if v := os.Getenv("ESCAPE_OP_BENCH_GAMES"); v != "" {
		n, err := strconv.Atoi(v)
		check(t, err)
		noise = n
	}
	d, n := newOPNet(t, opts)
	recipient := devnet.DevAddress(7)
	env, _ := testEnv(t, d, n, userKey)
	e := startETH(t, d, env, recipient)
	s := &Stack{}
	st, err := s.Status(ctx, env, e)
	mustStage(t, st, err, escape.StageWaitingState)
	w := e.OP.L2Block

	// The one usable game, then a valid covering one that gets blacklisted
	// and a valid covering one of the unrespected type 1.
	good, goodIndex, err := d.ProposeGame(ctx, w)
	check(t, err)
	blacklisted, _, err := d.ProposeGame(ctx, w+1)
	check(t, err)
	check(t, d.BlacklistGame(ctx, blacklisted))
	_, _, err = d.ProposeGameOfType(ctx, 1, w+2)
	check(t, err)

	proxy := rpcproxy.StartT(t, d.L1.URL, rpcproxy.Options{Latency: 100 * time.Millisecond})
	slow, _ := testEnvVia(t, d, n, userKey, proxy.URL)
	measure := func(what string, want escape.Stage) rpcproxy.Stats {
		t.Helper()
		proxy.Reset()
		start := time.Now()
		st, err := s.Status(ctx, slow, e)
		elapsed := time.Since(start)
		mustStage(t, st, err, want)
		stats := proxy.Stats()
		t.Logf("escape status, %s (100 ms per HTTP request): %d HTTP requests, %d JSON-RPC calls, %d sequential round trips, %s",
			what, stats.HTTPRequests, stats.Calls, stats.Windows, elapsed.Round(time.Millisecond))
		return stats
	}
	measure("ready to prove, the newest games cover it", escape.StageReadyToProve)

	// The noise: lost games at covering blocks, unresolved wrong roots
	// below the withdrawal's block.
	start := time.Now()
	specs := make([]devnet.OPGameSpec, noise)
	for i := range specs {
		if i%2 == 0 {
			specs[i] = devnet.OPGameSpec{L2Block: w + 3 + uint64(i%7), Invalid: true, Resolve: devnet.ResolveChallengerWins}
		} else {
			specs[i] = devnet.OPGameSpec{L2Block: 1 + uint64(i)%max(w-1, 1), Invalid: true}
		}
	}
	_, err = d.ProposeGames(ctx, 0, specs)
	check(t, err)
	t.Logf("created %d noise games in %s", noise, time.Since(start).Round(time.Millisecond))

	// P: a new game covers the withdrawal. The older games' reads wait
	// for its check, so the calls do not grow with the noise behind it.
	newest, _, err := d.ProposeGame(ctx, w+20)
	check(t, err)
	p := measure(fmt.Sprintf("ready to prove, the newest game covers it, %d games behind it", noise+3), escape.StageReadyToProve)
	if p.Calls > 300 {
		t.Errorf("status made %d JSON-RPC calls when the newest game covers the withdrawal; the search read games it did not need", p.Calls)
	}
	check(t, d.BlacklistGame(ctx, newest))

	measure(fmt.Sprintf("ready to prove, the only usable game is older than %d newer ones", noise+3), escape.StageReadyToProve)

	v := &view{env: env, e: e, now: time.Now().Add(time.Hour)} // every game is from an earlier block
	v.c, err = load(ctx, env)
	check(t, err)
	found, err := v.findGame(ctx)
	check(t, err)
	if found.newest == nil || found.newest.proxy != good || found.newest.index != goodIndex {
		t.Fatalf("search found %+v, want game %s at index %d", found.newest, good, goodIndex)
	}
	// And the proof goes through against it.
	st, err = s.Next(ctx, env, e)
	mustStage(t, st, err, escape.StageWaitingFinalize)
	if e.OP.ProofGame != good {
		t.Fatalf("proved against %s, want %s", e.OP.ProofGame, good)
	}
	measure("proven, waiting to finalize", escape.StageWaitingFinalize)
}
