package opstack

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/keys"
	"github.com/l2escape/escape/escape/network"
	"github.com/l2escape/escape/escape/pipeline"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/escape/ui"
	"github.com/l2escape/escape/internal/devnet"
)

// l1OnlyEnv is testEnv without an L2 client: a file claiming another L2
// chain id must be caught on L1 alone (an L2 RPC would refuse to dial).
func l1OnlyEnv(t *testing.T, d *devnet.OPDevnet, n *network.Network) *flow.Env {
	t.Helper()
	l1, err := chain.Dial(context.Background(), "L1", []string{d.L1.URL}, n.L1ChainID, chain.Options{Retries: -1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(l1.Close)
	store, err := record.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	u := &ui.UI{Out: &bytes.Buffer{}, Err: &bytes.Buffer{}}
	env := &flow.Env{Network: n, L1: l1, Store: store, UI: u, Yes: true, Now: time.Now}
	env.Pipeline = &pipeline.Pipeline{Net: n, L1: l1, Keys: keys.Source{Env: devnet.DevKeyHex(userKey)}, Store: store, UI: u, Yes: true,
		Poll: 20 * time.Millisecond, Verify: func(ctx context.Context) error { return VerifyNetwork(ctx, env) }}
	return env
}

// TestVerifyL2ChainID: the devnet's SystemConfig (contracts-bedrock 0.17.3)
// has no l2ChainId(), so before any game the check is skipped with a fact
// line; once a game exists, a file claiming chain 42161 fails verify on the
// game's l2ChainId() and a withdrawal sends nothing.
func TestVerifyL2ChainID(t *testing.T) {
	ctx := context.Background()
	d, n := newOPNet(t, devnet.OPOptions{})
	lying := d.NetworkFile("op-devnet")
	lying.L2ChainID = 42161

	r, err := (&Stack{}).Verify(ctx, l1OnlyEnv(t, d, n))
	check(t, err)
	if c, err := gameCountOf(ctx, d); err == nil && c == 0 {
		if !r.OK() || !strings.HasPrefix(r.Facts["l2ChainId"], "not checked") {
			t.Fatalf("no game yet: %+v facts %v", r.Failed(), r.Facts)
		}
	}

	head := l2Head(t, d)
	if _, _, err := d.ProposeGame(ctx, head); err != nil {
		t.Fatal(err)
	}
	r, err = (&Stack{}).Verify(ctx, l1OnlyEnv(t, d, n))
	check(t, err)
	if !r.OK() || !strings.Contains(checksOf(r), "DisputeGame.l2ChainId()") {
		t.Fatalf("honest file: failed %+v, checks %s", r.Failed(), checksOf(r))
	}
	lyingEnv := l1OnlyEnv(t, d, lying)
	r, err = (&Stack{}).Verify(ctx, lyingEnv)
	check(t, err)
	f := r.Failed()
	if len(f) != 1 || f[0].Name != "DisputeGame.l2ChainId()" || f[0].Want != "42161" || f[0].Got != "901" {
		t.Fatalf("a file claiming 42161: failed checks %+v", f)
	}
	nonce := l1Nonce(t, d, devnet.DevAddress(userKey))
	_, err = (&Stack{}).Withdraw(ctx, lyingEnv, flow.WithdrawRequest{Amount: ether(0.1), AmountText: "0.1"})
	if escape.CodeOf(err) != "verify-failed" || !strings.Contains(err.Error(), "DisputeGame.l2ChainId() is 901, expected 42161") {
		t.Fatalf("withdraw with a lying file: %v", err)
	}
	if l1Nonce(t, d, devnet.DevAddress(userKey)) != nonce {
		t.Fatal("a transaction was sent")
	}
}

func checksOf(r *flow.VerifyReport) string {
	var names []string
	for _, c := range r.Checks {
		names = append(names, c.Name)
	}
	return strings.Join(names, ", ")
}

func gameCountOf(ctx context.Context, d *devnet.OPDevnet) (uint64, error) {
	l1, err := chain.Dial(ctx, "L1", []string{d.L1.URL}, 0, chain.Options{Retries: -1})
	if err != nil {
		return 0, err
	}
	defer l1.Close()
	return getUint(ctx, l1, d.DisputeGameFactory, pack(dgfABI, "gameCount"))
}
