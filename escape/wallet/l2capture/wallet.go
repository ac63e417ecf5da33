package l2capture

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/pipeline"
	"github.com/l2escape/escape/escape/units"
)

// Wallet is pipeline.L2Wallet through the local endpoint: it prints where
// to point the wallet and what to send, and waits for the transaction.
type Wallet struct {
	// Reminder is how often the wait says it still waits (default 30s).
	Reminder time.Duration
	// Started, if set, hears the endpoint's URL once it serves and the
	// terminal printed it (the browser page shows it; tests play the
	// wallet with it).
	Started func(url string)
	// Captured, if set, hears the planned transaction the endpoint took,
	// before the wallet hears its hash back: whoever asked the wallet (the
	// browser page) can tell whether the wallet sent it here or to
	// another RPC.
	Captured func(tx *types.Transaction)
}

var _ pipeline.L2Wallet = Wallet{}

// SignL2 serves the endpoint until the wallet sends the planned
// transaction, or ctx ends.
func (w Wallet) SignL2(ctx context.Context, req pipeline.L2SignRequest) (*types.Transaction, error) {
	u := req.Plan
	var mu sync.Mutex
	asked := map[string]bool{}
	notify := func(ev Event) {
		switch {
		case ev.Refused != nil:
			req.UI.Progress("Your wallet sent a transaction escape refused: %s\n  %s", ev.Refused, escape.HintOf(ev.Refused))
		case ev.Captured != nil:
			if w.Captured != nil {
				w.Captured(ev.Captured)
			}
		default:
			mu.Lock()
			first := len(asked) == 0
			asked[ev.Method] = true
			mu.Unlock()
			if first {
				req.UI.Progress("Your wallet reached the local endpoint (%s).", ev.Method)
			}
		}
	}
	srv, err := Start(ctx, Plan{Tx: u, Balance: req.Balance, Replica: req.Replica, Notify: notify})
	if err != nil {
		return nil, escape.Wrap(err, "l2-endpoint", "another program may block local ports; run again, or sign elsewhere with --from ADDRESS --unsigned FILE", "could not serve the local L2 endpoint")
	}
	defer srv.Close()
	value := decimal(u.Value)
	data := "no data"
	if len(u.Data) > 0 {
		data = fmt.Sprintf("data %s (%d bytes)", hexutil.Encode(u.Data), len(u.Data))
	}
	req.UI.Event("l2-endpoint", map[string]any{"url": srv.URL(), "chainId": u.ChainID, "from": u.From, "to": u.To, "value": u.Value,
		"data": hexutil.Encode(u.Data), "nonce": u.Nonce, "gas": u.Gas, "maxFeePerGas": u.MaxFeePerGas}, func(out io.Writer) {
		fmt.Fprintf(out, "\nPoint your wallet's %s RPC at %s (chain id %d), then send from %s: to %s, value %s, %s.\n",
			req.Network, srv.URL(), u.ChainID, u.From.Hex(), u.To.Hex(), units.ETH(value), data)
		fmt.Fprintf(out, "The wallet should propose nonce %d, gas limit %d and a max fee of %s to %s per gas (set them in its advanced gas settings if not).\n",
			u.Nonce, u.Gas, units.Gwei(decimal(u.MaxFeePerGas)), units.Gwei(new(big.Int).Mul(decimal(u.MaxFeePerGas), big.NewInt(pipeline.MaxFeeRaise))))
		fmt.Fprintf(out, "escape checks what the wallet sends against this plan and carries it to L1 itself; nothing reaches the L2 from your wallet. The wallet will show it pending until it runs on L2; set the RPC back afterwards.\n")
		fmt.Fprintf(out, "Waiting for your wallet (Ctrl-C to stop; nothing is signed or sent until then)…\n")
	})
	// After the terminal: whatever shows the endpoint elsewhere (the
	// browser page) never shows one the terminal has not printed.
	if w.Started != nil {
		w.Started(srv.URL())
	}
	every := w.Reminder
	if every <= 0 {
		every = 30 * time.Second
	}
	tick := time.NewTicker(every)
	defer tick.Stop()
	start := time.Now()
	for {
		select {
		case got := <-srv.Captured():
			req.UI.Progress("Your wallet signed the planned L2 transaction %s; it matches the plan.", got.Tx.Hash().Hex())
			// The flow checks it again; this check is the wallet's answer.
			return got.Tx, nil
		case <-ctx.Done():
			return nil, escape.Wrap(ctx.Err(), "cancelled", "nothing was signed or sent; run the command again when your wallet is ready",
				"stopped waiting for your wallet")
		case <-tick.C:
			mu.Lock()
			reached := len(asked) > 0
			mu.Unlock()
			if reached {
				req.UI.Progress("Still waiting for the signed transaction from your wallet (%s).", time.Since(start).Round(time.Second))
			} else {
				req.UI.Progress("Still waiting (%s): your wallet has not reached %s yet; check the network's RPC URL in the wallet.", time.Since(start).Round(time.Second), srv.URL())
			}
		}
	}
}
