package opstack

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/internal/devnet"
	"github.com/l2escape/escape/internal/rpcproxy"
)

// initiateWithdrawal has key withdraw value to `to` directly on the L2, as
// a wallet does, and returns the L2 transaction hash.
func initiateWithdrawal(t *testing.T, d *devnet.OPDevnet, key int, to common.Address, value *big.Int) common.Hash {
	t.Helper()
	ctx := context.Background()
	s, err := devnet.NewSender(ctx, d.L2.Client, devnet.DevKey(key))
	check(t, err)
	data, err := passerABI().Pack("initiateWithdrawal", to, big.NewInt(100_000), []byte{})
	check(t, err)
	r, err := s.SendRaw(ctx, &MessagePasser, value, data)
	check(t, err)
	return r.TxHash
}

// escape find over 300 L2 blocks behind a provider that refuses
// eth_getLogs ranges over 25 blocks: every withdrawal of the address
// is found (and no one else's), the scan narrows its ranges, progress is
// reported, and a withdrawal hash is found by scanning back from the head.
func TestFindAndImportByHashOverManyBlocks(t *testing.T) {
	d, n := newOPNet(t, devnet.OPOptions{})
	env, _ := testEnv(t, d, n, userKey)
	ctx := context.Background()
	user, other := devnet.DevAddress(userKey), devnet.DevAddress(7)
	first := initiateWithdrawal(t, d, userKey, user, ether(0.1))
	initiateWithdrawal(t, d, 7, other, ether(0.1)) // someone else's: not listed
	mined := time.Now()
	check(t, d.L2.Mine(ctx, 300))
	t.Logf("mined 300 L2 blocks in %s", time.Since(mined).Round(time.Millisecond))
	last := initiateWithdrawal(t, d, userKey, other, ether(0.2))

	proxy := rpcproxy.StartT(t, d.L2.URL, rpcproxy.Options{MaxLogRange: 25})
	l2, err := chain.Dial(ctx, "L2", []string{proxy.URL}, n.L2ChainID, chain.Options{Retries: -1})
	check(t, err)
	t.Cleanup(l2.Close)
	env.L2 = l2
	from := uint64(0)
	var reports []uint64
	proxy.Reset()
	found, err := (&Stack{}).Find(ctx, env, flow.FindRequest{Address: user, FromBlock: &from, Progress: func(done, total uint64) { reports = append(reports, done) }})
	check(t, err)
	stats := proxy.Stats()
	if len(found) != 2 || found[0].L2TxHash != first || found[1].L2TxHash != last || found[0].Stage != escape.StageIncluded {
		t.Fatalf("found %+v", found)
	}
	if found[1].Recipient != other || found[1].Amount != ether(0.2).String() {
		t.Fatalf("second withdrawal pays %s to %s", found[1].Amount, found[1].Recipient.Hex())
	}
	if len(reports) != 1 || stats.GetLogsRefused == 0 {
		t.Fatalf("progress reported %v; %d ranges refused", reports, stats.GetLogsRefused)
	}
	t.Logf("find over %d L2 blocks: %d eth_getLogs (%d refused for range), %d L2 calls in all", reports[len(reports)-1], stats.GetLogs, stats.GetLogsRefused, stats.Calls)

	proxy.Reset()
	e, err := (&Stack{}).ImportL2(ctx, env, found[0].Hash, flow.NoIndex)
	check(t, err)
	stats = proxy.Stats()
	if e.L2Tx == nil || e.L2Tx.Hash != first || e.OP.WithdrawalHash != found[0].Hash || e.Kind != flow.KindL2Withdrawal || *e.Recipient != user {
		t.Fatalf("imported %+v", e)
	}
	t.Logf("import by withdrawal hash (the oldest): %d eth_getLogs, %d L2 calls in all", stats.GetLogs, stats.Calls)

	// The same withdrawal by its L2 transaction hash is the same escape.
	again, err := (&Stack{}).ImportL2(ctx, env, first, flow.NoIndex)
	check(t, err)
	if again.ID != e.ID {
		t.Fatalf("imported twice: %s and %s", e.ID, again.ID)
	}
}
