package arbitrum

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

// Three forced withdrawals from the same key at the same moment, as two
// `escape withdraw` runs sharing one record would do: the L2 transactions
// get distinct L2 nonces (one after the other, as the delayed inbox runs
// them), both run on L2, and each L1 transaction is recorded once.
func TestConcurrentWithdrawalsSameKey(t *testing.T) {
	const runs = 3
	ctx := context.Background()
	d, n := newArbNet(t, devnet.ArbOptions{DelayBlocks: 30})
	// Every L1 call takes 30ms, as over a network: the runs overlap.
	l1 := rpcproxy.StartT(t, d.L1.URL, rpcproxy.Options{Latency: 30 * time.Millisecond})
	var envs []*flow.Env
	for i := 0; i < runs; i++ {
		env, _ := testEnv(t, d, n, l1.URL)
		if i > 0 {
			env.Store, env.Pipeline.Store = envs[0].Store, envs[0].Store // one record, as for one user
		}
		envs = append(envs, env)
	}
	env1 := envs[0]
	user := devnet.DevAddress(userKey)
	recipient := devnet.DevAddress(3)
	l1Before, err := d.L1.Client.NonceAt(ctx, user, nil)
	noErr(t, err)

	var wg sync.WaitGroup
	start := make(chan struct{})
	errs := make([]error, runs)
	for i, env := range envs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			_, errs[i] = (&Stack{}).Withdraw(ctx, env, flow.WithdrawRequest{Amount: ether(0.01), AmountText: "0.01", To: &recipient})
		}()
	}
	close(start)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("withdrawal %d: %v", i, err)
		}
	}
	l1After, err := d.L1.Client.NonceAt(ctx, user, nil)
	noErr(t, err)
	if l1After-l1Before != runs {
		t.Errorf("the key sent %d L1 transactions, want %d", l1After-l1Before, runs)
	}
	all, err := env1.Store.List()
	noErr(t, err)
	if len(all) != runs {
		t.Fatalf("the record holds %d escapes, want %d", len(all), runs)
	}
	l2Nonces := map[uint64]string{}
	l1Hashes := map[common.Hash]string{}
	for _, e := range all {
		if other, dup := l2Nonces[e.Arb.L2Nonce]; dup {
			t.Errorf("L2 nonce %d signed by two escapes, %s and %s", e.Arb.L2Nonce, other, e.ID)
		}
		l2Nonces[e.Arb.L2Nonce] = e.ID
		sends := e.TxsFor("send-l2-message")
		if len(sends) != 1 || sends[0].State != record.TxMined {
			t.Fatalf("escape %s: send-l2-message %+v, want one mined", e.ID, sends)
		}
		if other, dup := l1Hashes[sends[0].Hash]; dup {
			t.Errorf("L1 transaction %s recorded by two escapes, %s and %s", sends[0].Hash, other, e.ID)
		}
		l1Hashes[sends[0].Hash] = e.ID
	}
	ours := map[common.Hash]bool{}
	for _, e := range all {
		ours[e.Arb.L2TxHash] = true
	}
	done, err := d.Sequence(ctx)
	noErr(t, err)
	ran := 0
	for _, ex := range done {
		if ours[ex.TxHash] {
			if ex.Dropped {
				t.Errorf("the L2 dropped %s: %s", ex.TxHash, ex.Reason)
			} else {
				ran++
			}
		}
	}
	if ran != runs {
		t.Errorf("%d of our L2 transactions ran on L2, want %d", ran, runs)
	}
}

func noErr(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
