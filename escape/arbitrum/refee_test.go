package arbitrum

import (
	"context"
	"math/big"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/record"
)

// nitroL2 answers like a Nitro node: each header's nonce is the count of
// delayed messages read by that block. Block b has read delayedRead(b)
// messages and base fee baseFee(b).
type nitroL2 struct {
	head    uint64
	read    func(b uint64) uint64
	baseFee func(b uint64) *big.Int
	calls   int
}

func (n *nitroL2) ChainId() hexutil.Uint64     { return 42161 }
func (n *nitroL2) BlockNumber() hexutil.Uint64 { return hexutil.Uint64(n.head) }
func (n *nitroL2) GetBlockByNumber(num rpc.BlockNumber, _ bool) *types.Header {
	n.calls++
	b := n.head
	if num >= 0 {
		b = uint64(num)
	}
	return &types.Header{Number: new(big.Int).SetUint64(b), Nonce: types.EncodeNonce(n.read(b)), BaseFee: n.baseFee(b),
		Difficulty: new(big.Int)}
}

// The base fee that dropped a delayed transaction is the one of the L2
// block that read its message, found by a search on the header nonce, not
// the base fee now (which may have fallen back by the time status runs).
func TestInclusionBaseFeeOnNitroHeaders(t *testing.T) {
	ctx := context.Background()
	// Message 7 is read in block 1000; the base fee spiked to 50 gwei
	// there and is back to 0.01 gwei at the head.
	fake := &nitroL2{head: 5000,
		read: func(b uint64) uint64 { return min(b/100, 7) + map[bool]uint64{true: 1, false: 0}[b >= 1000] },
		baseFee: func(b uint64) *big.Int {
			if b >= 990 && b <= 1010 {
				return gwei(50)
			}
			return gwei(0.01)
		}}
	srv := rpc.NewServer()
	if err := srv.RegisterName("eth", fake); err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	defer hs.Close()
	l2, err := chain.Dial(ctx, "L2", []string{hs.URL}, 42161, chain.Options{Retries: -1})
	if err != nil {
		t.Fatal(err)
	}
	defer l2.Close()
	env := &flow.Env{L2: l2}
	s := New().(*Stack)
	head, _ := l2.HeaderByNumber(ctx, nil)
	fake.calls = 0
	n, fee, err := s.inclusionBaseFee(ctx, env, 7, head)
	if err != nil || n != 1000 || fee.Cmp(gwei(50)) != 0 {
		t.Fatalf("block %d base fee %v err %v, want 1000 and 50 gwei", n, fee, err)
	}
	if fake.calls > 14 {
		t.Errorf("%d header reads for 5000 blocks", fake.calls)
	}
	q := l2Silence{TxNonce: 3, AccountNonce: 3, MsgIndex: 7, DelayedRead: head.Nonce.Uint64()}
	// 10 gwei is far above the base fee now (0.01 gwei): comparing with
	// the head alone, as askL2 did, finds nothing wrong.
	why := s.feeObstacleAt(ctx, env, q, head, gwei(10))
	if !strings.Contains(why, feeDropMark) || !strings.Contains(why, "block 1000") {
		t.Fatalf("obstacle %q", why)
	}
	dropped, reason := judgeSilence(q2(q, why))
	a := &record.ArbState{L2Outcome: "dropped", L2Reason: reason}
	if !dropped || !droppedForFee(a) {
		t.Fatalf("judged %v %q", dropped, reason)
	}
	// A max fee above that block's base fee: no obstacle.
	if why := s.feeObstacleAt(ctx, env, q, head, gwei(60)); why != "" {
		t.Fatalf("obstacle %q for a max fee above the base fee that ran it", why)
	}
	t.Logf("%d header reads; %s", fake.calls, why)
}

func q2(q l2Silence, obstacle string) l2Silence { q.Obstacle = obstacle; return q }
