package opstack

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/internal/devnet"
)

// createGameInHead creates a valid game of the respected type in a new L1
// head block and mines nothing after it (the harness's ProposeGame moves L1
// on by a block, as a real L1 does).
func createGameInHead(t *testing.T, d *devnet.OPDevnet, l2Block uint64) common.Address {
	t.Helper()
	ctx := context.Background()
	gameType, err := d.RespectedGameType(ctx)
	check(t, err)
	out, err := d.OutputAt(ctx, l2Block)
	check(t, err)
	data, err := dgfABI().Pack("create", gameType, out.Root(), devnet.GameExtraData(l2Block))
	check(t, err)
	proposer := d.ProposerAddress()
	check(t, d.L1.Impersonate(ctx, proposer))
	var h common.Hash
	check(t, d.L1.RPC.CallContext(ctx, &h, "eth_sendTransaction", map[string]any{
		"from": proposer, "to": d.DisputeGameFactory, "data": hexutil.Bytes(data), "value": (*hexutil.Big)(d.Opts.InitBond), "gas": hexutil.Uint64(3_000_000)}))
	check(t, d.L1.StopImpersonating(ctx, proposer))
	var r *types.Receipt
	for i := 0; i < 100 && r == nil; i++ {
		r, _ = d.L1.Client.TransactionReceipt(ctx, h)
		time.Sleep(20 * time.Millisecond)
	}
	if r == nil {
		t.Fatalf("no receipt for the game creation %s", h.Hex())
	}
	if r.Status != 1 || len(r.Logs) == 0 {
		t.Fatalf("game creation failed: %+v", r)
	}
	head, err := d.L1.Client.BlockNumber(ctx)
	check(t, err)
	if head != r.BlockNumber.Uint64() {
		t.Fatalf("the game is in block %d, the head is %d", r.BlockNumber, head)
	}
	return common.BytesToAddress(r.Logs[len(r.Logs)-1].Topics[1][12:])
}

// next never proves against a game created in the current L1 block (the
// real 0.17.3 portal requires block.timestamp > createdAt): the status says
// the game covers the withdrawal from the next block, nothing is sent, and
// after one more L1 block next proves against it.
func TestNoProofAgainstGameOfCurrentBlock(t *testing.T) {
	ctx := context.Background()
	d, n := newOPNet(t, devnet.OPOptions{})
	env, _ := testEnv(t, d, n, userKey)
	s := &Stack{}
	e := startETH(t, d, env, devnet.DevAddress(7))
	user := devnet.DevAddress(userKey)
	game := createGameInHead(t, d, l2Head(t, d))

	nonce := l1Nonce(t, d, user)
	st, err := s.Next(ctx, env, e)
	if st == nil {
		t.Fatalf("next against a game of the current block: %v", err)
	}
	if st.Stage != escape.StageWaitingState || st.Action != escape.ActionNone || !strings.Contains(st.Happened, game.Hex()) ||
		!strings.Contains(st.Happened, "current L1 block") || len(st.Waits) != 1 {
		t.Fatalf("stage %s action %q: %q waits %+v", st.Stage, st.Action, st.Happened, st.Waits)
	}
	if l1Nonce(t, d, user) != nonce {
		t.Fatal("next sent a transaction against a game of the current L1 block")
	}
	check(t, d.Warp(ctx, 12)) // the next L1 block
	st, err = s.Next(ctx, env, e)
	if st == nil || st.Stage != escape.StageWaitingFinalize || e.OP.ProofGame != game {
		t.Fatalf("after one more block: %+v %v (proved against %s, want %s)", st, err, e.OP.ProofGame, game)
	}
}
