package opstack

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/internal/devnet"
	"github.com/l2escape/escape/internal/rpcproxy"
)

// Three withdrawals from the same key at the same moment, as two `escape
// withdraw` runs sharing one record would do: each signs its own deposit
// with its own nonce, and the record holds each deposit once.
func TestConcurrentWithdrawalsSameKey(t *testing.T) {
	const runs = 3
	ctx := context.Background()
	d, n := newOPNet(t, devnet.OPOptions{})
	user := devnet.DevAddress(userKey)
	recipient := devnet.DevAddress(7)
	// Every L1 call takes 30ms, as over a network: the runs overlap.
	l1 := rpcproxy.StartT(t, d.L1.URL, rpcproxy.Options{Latency: 30 * time.Millisecond})
	var envs []*flow.Env
	for i := 0; i < runs; i++ {
		env, _ := testEnvVia(t, d, n, userKey, l1.URL)
		if i > 0 {
			env.Store, env.Pipeline.Store = envs[0].Store, envs[0].Store // one record, as for one user
		}
		envs = append(envs, env)
	}
	env1 := envs[0]
	nonceBefore := l1Nonce(t, d, user)

	var wg sync.WaitGroup
	start := make(chan struct{})
	errs := make([]error, runs)
	for i, env := range envs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			_, errs[i] = (&Stack{}).Withdraw(ctx, env, flow.WithdrawRequest{Amount: ether(0.5), AmountText: "0.5", To: &recipient})
		}()
	}
	close(start)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("withdrawal %d: %v", i, err)
		}
	}
	if got := l1Nonce(t, d, user) - nonceBefore; got != runs {
		t.Errorf("the key sent %d L1 transactions, want %d", got, runs)
	}
	all, err := env1.Store.List()
	check(t, err)
	if len(all) != runs {
		t.Fatalf("the record holds %d escapes, want %d", len(all), runs)
	}
	seenHash := map[common.Hash]string{}
	seenNonce := map[uint64]string{}
	for _, e := range all {
		deposits := e.TxsFor("deposit")
		if len(deposits) != 1 || deposits[0].State != record.TxMined {
			t.Fatalf("escape %s: deposits %+v, want one mined", e.ID, deposits)
		}
		tx := deposits[0]
		if other, dup := seenHash[tx.Hash]; dup {
			t.Errorf("deposit %s is recorded by two escapes, %s and %s", tx.Hash, other, e.ID)
		}
		if other, dup := seenNonce[tx.Nonce]; dup {
			t.Errorf("nonce %d used by two escapes, %s and %s", tx.Nonce, other, e.ID)
		}
		seenHash[tx.Hash], seenNonce[tx.Nonce] = e.ID, e.ID
	}
	included, err := d.RelayDeposits(ctx)
	check(t, err)
	if len(included) != runs {
		t.Errorf("the sequencer included %d deposits, want %d", len(included), runs)
	}
}
