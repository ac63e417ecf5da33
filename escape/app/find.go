package app

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"strings"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/network"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/escape/ui"
	"github.com/l2escape/escape/escape/units"
)

// DefaultFindDays is how far back `escape find` looks without --from-block:
// past the 7-day challenge periods with room for a withdrawal left waiting.
const DefaultFindDays = 30

// FindOptions are `escape find`'s own flags.
type FindOptions struct {
	Address   string
	FromBlock *uint64
	Days      uint64
}

// Find runs `escape find`: every withdrawal of an address that is not
// finalized on L1, from the L2's logs and the L1 bridge.
func Find(ctx context.Context, o *Options, fo FindOptions) error {
	n, err := network.Lookup(o.Network)
	if err != nil {
		return err
	}
	addr, err := units.ParseAddress("--address", fo.Address)
	if err != nil {
		return err
	}
	env, stack, err := NewEnv(ctx, o, n, true)
	if err != nil {
		return err
	}
	if env.L2 == nil {
		return escape.Errorf("needs-l2", "pass --l2-rpc URL: any read-only L2 node serves, including a replica",
			"finding withdrawals needs the L2's logs, and no L2 RPC answered")
	}
	head, err := env.L2.BlockNumber(ctx)
	if err != nil {
		return escape.Wrap(err, "rpc-error", "try again or pass another --l2-rpc", "cannot read the L2 head")
	}
	req := flow.FindRequest{Address: addr, FromBlock: fo.FromBlock, LookbackDays: fo.Days}
	if req.LookbackDays == 0 {
		req.LookbackDays = DefaultFindDays
	}
	how := "from --from-block"
	if req.FromBlock == nil {
		from, err := blockDaysAgo(ctx, env.L2, head, req.LookbackDays)
		if err != nil {
			return err
		}
		req.FromBlock = &from
		how = fmt.Sprintf("about the last %d days; --from-block 0 scans the whole chain", req.LookbackDays)
	}
	o.UI.Progress("Scanning L2 blocks %d to %d for withdrawals of %s (%s)...", *req.FromBlock, head, addr.Hex(), how)
	req.Progress = func(done, total uint64) {
		if total > flow.ScanPart {
			o.UI.Progress("  %d of %d blocks (%d%%)", done, total, done*100/total)
		}
	}
	found, err := stack.Find(ctx, env, req)
	if err != nil {
		return err
	}
	for i := range found {
		f := &found[i]
		if e, _, err := env.Store.FindL2(f.L2TxHash, f.Index); err == nil && e != nil {
			f.Escape = e.ID
		} else if e, err := env.Store.Find(f.Hash.Hex()); err == nil && sameWithdrawal(e, f) {
			f.Escape = e.ID
		}
	}
	printFound(o.UI, n, addr.Hex(), *req.FromBlock, head, found)
	return nil
}

// sameWithdrawal tells whether an escape found by a withdrawal's hash
// follows that very withdrawal: Arbitrum send hashes do not include the
// position, so two equal sends share one.
func sameWithdrawal(e *record.Escape, f *flow.FoundWithdrawal) bool {
	if e.L2Tx != nil && (e.L2Tx.Hash != f.L2TxHash || e.L2Tx.Index != f.Index) {
		return false
	}
	if f.Position != nil && e.Arb != nil && e.Arb.Withdrawal != nil && e.Arb.Withdrawal.Position != *f.Position {
		return false
	}
	return true
}

// blockDaysAgo estimates the L2 block of `days` days before the head from
// the block rate over the last 100,000 blocks (two headers).
func blockDaysAgo(ctx context.Context, l2 *chain.Client, head, days uint64) (uint64, error) {
	if head == 0 {
		return 0, nil
	}
	back := min(head, 100_000)
	h, err := l2.HeaderByNumber(ctx, new(big.Int).SetUint64(head))
	if err != nil {
		return 0, escape.Wrap(err, "rpc-error", "try again or pass another --l2-rpc", "cannot read the L2 head")
	}
	old, err := l2.HeaderByNumber(ctx, new(big.Int).SetUint64(head-back))
	if err != nil {
		return 0, escape.Wrap(err, "rpc-error", "try again or pass another --l2-rpc", "cannot read L2 block %d", head-back)
	}
	span := days * 86400
	if h.Time <= old.Time {
		return 0, nil
	}
	// blocks per second = back / (h.Time - old.Time)
	blocks := new(big.Int).Mul(new(big.Int).SetUint64(span), new(big.Int).SetUint64(back))
	blocks.Div(blocks, new(big.Int).SetUint64(h.Time-old.Time))
	if !blocks.IsUint64() || blocks.Uint64() >= head {
		return 0, nil
	}
	return head - blocks.Uint64(), nil
}

type findReport struct {
	Network     string                 `json:"network"`
	Address     string                 `json:"address"`
	FromBlock   uint64                 `json:"fromBlock"`
	ToBlock     uint64                 `json:"toBlock"`
	Withdrawals []flow.FoundWithdrawal `json:"withdrawals"`
}

func printFound(u *ui.UI, n *network.Network, addr string, from, to uint64, found []flow.FoundWithdrawal) {
	if found == nil {
		found = []flow.FoundWithdrawal{}
	}
	rep := findReport{Network: n.Name, Address: addr, FromBlock: from, ToBlock: to, Withdrawals: found}
	u.Event("find", rep, func(w io.Writer) {
		if len(found) == 0 {
			fmt.Fprintf(w, "\nNo unfinished withdrawal of %s in L2 blocks %d to %d of %s.\n", addr, from, to, n.Title)
			return
		}
		fmt.Fprintf(w, "\n%d unfinished withdrawal(s) of %s on %s (L2 blocks %d to %d):\n", len(found), addr, n.Title, from, to)
		netArg := " --network " + networkArg(n)
		for _, f := range found {
			what := units.ETH(amountOf(f.Amount))
			if f.Token != nil {
				what = f.Amount + " units of token " + f.Token.Hex()
			}
			fmt.Fprintf(w, "\n  %s  %s\n", f.Ref, f.Stage)
			kvs := []ui.KV{{Key: "Pays", Value: what + " to " + f.Recipient.Hex()}, {Key: "L2 block", Value: fmt.Sprint(f.L2Block)},
				{Key: "Withdrawal", Value: f.Hash.Hex()}, {Key: "Where it stands", Value: f.Detail}}
			follow := "escape status " + f.Ref + netArg
			if f.Escape != "" {
				kvs = append(kvs, ui.KV{Key: "In the record as", Value: f.Escape})
				follow = "escape status " + f.Escape
			}
			kvs = append(kvs, ui.KV{Key: "Follow it", Value: follow})
			var b strings.Builder
			ui.WriteKVs(&b, kvs)
			for _, line := range strings.Split(strings.TrimRight(b.String(), "\n"), "\n") {
				fmt.Fprintf(w, "    %s\n", line)
			}
		}
	})
}

func amountOf(s string) *big.Int {
	a, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return new(big.Int)
	}
	return a
}

// networkArg is what to pass to --network for n.
func networkArg(n *network.Network) string { return n.Arg() }
