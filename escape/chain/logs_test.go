package chain_test

import (
	"context"
	"errors"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/internal/devnet"
	"github.com/l2escape/escape/internal/rpcproxy"
)

// emitterCode logs its caller as topic 0 (CALLER PUSH1 0 PUSH1 0 LOG1 STOP).
var emitterCode = common.FromHex("33600060" + "00a100")

// logChain is an anvil whose head is block 25,100, with the emitter called
// in the blocks returned. Anvil's mining slows with every block (25,000
// blocks take minutes), so its genesis is block 24,000: blocks below it do
// not exist and hold no logs, but a scan from 0 still spans 25,101 blocks.
func logChain(t *testing.T) (*devnet.Anvil, common.Address, []uint64) {
	t.Helper()
	ctx := context.Background()
	a := devnet.StartAnvilT(t, devnet.AnvilOptions{ChainID: 1, Extra: []string{"--number", "24000"}})
	emitter := common.HexToAddress("0x000000000000000000000000000000000000E417")
	if err := a.SetCode(ctx, emitter, emitterCode); err != nil {
		t.Fatal(err)
	}
	// 24,999 | 25,000 straddle a boundary of 1,250-block chunks.
	eventBlocks := []uint64{24_003, 24_999, 25_000, 25_001, 25_050}
	for _, b := range eventBlocks {
		head, err := a.Client.BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if b-1 > head {
			if err := a.Mine(ctx, b-1-head); err != nil {
				t.Fatal(err)
			}
		}
		var hash common.Hash
		tx := map[string]any{"from": devnet.DevAddress(0), "to": emitter}
		if err := a.RPC.CallContext(ctx, &hash, "eth_sendTransaction", tx); err != nil {
			t.Fatal(err)
		}
		// Anvil answers before the block is in; mining on top of it
		// would race.
		r := waitReceipt(t, a, hash)
		if r.BlockNumber.Uint64() != b {
			t.Fatalf("event mined in block %d, want %d", r.BlockNumber, b)
		}
	}
	if err := a.Mine(ctx, 25_100-25_050); err != nil { // the head is past the last event
		t.Fatal(err)
	}
	return a, emitter, eventBlocks
}

func waitReceipt(t *testing.T, a *devnet.Anvil, hash common.Hash) *types.Receipt {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		r, err := a.Client.TransactionReceipt(context.Background(), hash)
		if err == nil {
			return r
		}
		if time.Now().After(deadline) {
			t.Fatalf("transaction %s not mined: %v", hash, err)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func blocksOf(logs []types.Log) []uint64 {
	var out []uint64
	for _, l := range logs {
		out = append(out, l.BlockNumber)
	}
	return out
}

func TestFilterLogsChunked(t *testing.T) {
	ctx := context.Background()
	a, emitter, want := logChain(t)
	head, _ := a.Client.BlockNumber(ctx)
	if head != 25_100 {
		t.Fatalf("head %d", head)
	}
	q := ethereum.FilterQuery{Addresses: []common.Address{emitter}, Topics: [][]common.Hash{{common.BytesToHash(devnet.DevAddress(0).Bytes())}}}

	// A provider that takes 10,000 blocks: three queries, none refused.
	p := rpcproxy.StartT(t, a.URL, rpcproxy.Options{MaxLogRange: 10_000})
	c := dial(t, "L1", []string{p.URL}, 1, chain.Options{})
	var got []types.Log
	err := c.FilterLogsChunked(ctx, q, 0, func(logs []types.Log) error { got = append(got, logs...); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(blocksOf(got), want) {
		t.Fatalf("logs in blocks %v, want %v", blocksOf(got), want)
	}
	wantQueries := int((head + 1 + 9_999) / 10_000)
	if s := p.Stats(); s.GetLogs != wantQueries || s.GetLogsRefused != 0 {
		t.Fatalf("%d getLogs (%d refused), want %d", s.GetLogs, s.GetLogsRefused, wantQueries)
	}

	// A provider that takes 2,000: 10,000 → 5,000 → 2,500 are refused,
	// then 1,250-block queries to the end.
	narrow := rpcproxy.StartT(t, a.URL, rpcproxy.Options{MaxLogRange: 2_000})
	c2 := dial(t, "L1", []string{narrow.URL}, 1, chain.Options{})
	got = nil
	err = c2.FilterLogsChunked(ctx, q, 10_000, func(logs []types.Log) error { got = append(got, logs...); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(blocksOf(got), want) {
		t.Fatalf("narrowed: logs in blocks %v, want %v", blocksOf(got), want)
	}
	accepted := int((head + 1 + 1_249) / 1_250)
	if s := narrow.Stats(); s.GetLogsRefused != 3 || s.GetLogs != 3+accepted {
		t.Fatalf("narrowed: %d getLogs (%d refused), want %d (3 refused)", s.GetLogs, s.GetLogsRefused, 3+accepted)
	}

	// Stopping early.
	calls := 0
	err = c.FilterLogsChunked(ctx, q, 0, func(logs []types.Log) error { calls++; return chain.ErrStopScan })
	if err != nil || calls != 1 {
		t.Fatalf("stop: %v after %d calls", err, calls)
	}
	// Other callback errors come back as they are.
	boom := errors.New("boom")
	if err := c.FilterLogsChunked(ctx, q, 0, func([]types.Log) error { return boom }); !errors.Is(err, boom) {
		t.Fatalf("callback error: %v", err)
	}
	// A bounded query.
	got = nil
	bounded := q
	bounded.FromBlock, bounded.ToBlock = big.NewInt(24_999), big.NewInt(25_001)
	p.Reset()
	if err := c.FilterLogsChunked(ctx, bounded, 1, func(logs []types.Log) error { got = append(got, logs...); return nil }); err != nil {
		t.Fatal(err)
	}
	if s := p.Stats(); s.GetLogs != 3 {
		t.Fatalf("bounded: %d getLogs, want 3", s.GetLogs)
	}
	if !slices.Equal(blocksOf(got), []uint64{24_999, 25_000, 25_001}) {
		t.Fatalf("bounded: %v", blocksOf(got))
	}
}

func TestFilterLogsBackward(t *testing.T) {
	ctx := context.Background()
	a, emitter, want := logChain(t)
	q := ethereum.FilterQuery{Addresses: []common.Address{emitter}}

	p := rpcproxy.StartT(t, a.URL, rpcproxy.Options{MaxLogRange: 2_000})
	c := dial(t, "L1", []string{p.URL}, 1, chain.Options{})
	p.Reset()
	latest, err := c.LatestLog(ctx, q, 10_000)
	if err != nil || latest == nil {
		t.Fatalf("LatestLog: %v, %v", latest, err)
	}
	if latest.BlockNumber != want[len(want)-1] {
		t.Fatalf("latest log in block %d, want %d", latest.BlockNumber, want[len(want)-1])
	}
	// Three refusals while narrowing, then the newest chunk holds it.
	if s := p.Stats(); s.GetLogs != 4 {
		t.Fatalf("LatestLog took %d getLogs, want 4", s.GetLogs)
	}
	// The client remembers the narrower range: one query next time.
	p.Reset()
	if _, err := c.LatestLog(ctx, q, 10_000); err != nil {
		t.Fatal(err)
	}
	if s := p.Stats(); s.GetLogs != 1 {
		t.Fatalf("second LatestLog took %d getLogs, want 1", s.GetLogs)
	}

	// Walking all the way down yields every log, newest chunk first.
	var chunks [][]uint64
	if err := c.FilterLogsBackward(ctx, q, 500, func(logs []types.Log) error {
		chunks = append(chunks, blocksOf(logs))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	var all []uint64
	for i := len(chunks) - 1; i >= 0; i-- {
		all = append(all, chunks[i]...)
	}
	if !slices.Equal(all, want) || len(chunks) != 2 || !slices.Equal(chunks[1], []uint64{24_003}) {
		t.Fatalf("backward chunks %v, want %v overall", chunks, want)
	}

	// No match: nil, no error.
	none := ethereum.FilterQuery{Addresses: []common.Address{{0x42}}, FromBlock: big.NewInt(20_000)}
	if l, err := c.LatestLog(ctx, none, 0); l != nil || err != nil {
		t.Fatalf("LatestLog with no match: %v, %v", l, err)
	}
}

func TestBlockTagsAsBounds(t *testing.T) {
	ctx := context.Background()
	a := devnet.StartAnvilT(t, devnet.AnvilOptions{ChainID: 1})
	if err := a.Mine(ctx, 5); err != nil {
		t.Fatal(err)
	}
	c := dial(t, "L1", []string{a.URL}, 1, chain.Options{})
	var id hexutil.Uint64
	if err := c.CallContext(ctx, &id, "eth_chainId"); err != nil {
		t.Fatal(err)
	}
	q := ethereum.FilterQuery{FromBlock: big.NewInt(2), ToBlock: big.NewInt(-2)} // latest
	if err := c.FilterLogsChunked(ctx, q, 2, func([]types.Log) error { return nil }); err != nil {
		t.Fatal(err)
	}
}
