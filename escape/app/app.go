// Package app runs escape's commands: it turns what the user typed into an
// Env (network, RPC clients, record, pipeline, output), dispatches to the
// network's stack, and prints the outcome. cmd/escape only maps flags onto
// Options and calls these functions.
package app

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/keys"
	"github.com/l2escape/escape/escape/network"
	"github.com/l2escape/escape/escape/pipeline"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/escape/ui"
	"github.com/l2escape/escape/escape/units"
)

// Options are the flags shared by the commands.
type Options struct {
	Network string
	L1RPCs  []string
	L2RPCs  []string
	JSON    bool
	Yes     bool
	DryRun  bool
	Keys    keys.Source
	Home    string        // record directory; "" for the default
	Poll    time.Duration // receipt polling interval
	L2Nonce *uint64
	BumpFee uint64
	// Refresh is how often `escape watch` asks the chain again.
	Refresh time.Duration
	UI      *ui.UI
}

// StackFor returns the implementation of a network's stack.
func StackFor(n *network.Network) (flow.Stack, error) {
	s, ok := flow.Lookup(n.Stack)
	if !ok {
		return nil, escape.Errorf("unknown-stack", "this build of escape does not support it", "network %s uses stack %q", n.Name, n.Stack)
	}
	return s, nil
}

func (o *Options) store() (*record.Store, error) {
	home := o.Home
	if home == "" {
		d, err := record.DefaultDir()
		if err != nil {
			return nil, err
		}
		home = d
	}
	return record.Open(home)
}

// rpcList returns the endpoints to use and whether they are the bundled
// public ones.
func rpcList(given []string, envVar string, bundled []string) ([]string, bool) {
	var out []string
	for _, g := range given {
		for _, s := range strings.Split(g, ",") {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
	}
	if len(out) == 0 && envVar != "" {
		for _, s := range strings.Split(os.Getenv(envVar), ",") {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
	}
	if len(out) > 0 {
		return out, false
	}
	return bundled, true
}

// chainNames names well-known chain ids so a wrong-chain error can say
// "this is an OP Mainnet RPC" rather than "chain 10".
func chainNames(n *network.Network) map[uint64]string {
	m := map[uint64]string{1: "Ethereum mainnet", 11155111: "Sepolia", 17000: "Holesky", 560048: "Hoodi"}
	if all, err := network.Bundled(); err == nil {
		for _, b := range all {
			m[b.L2ChainID] = b.Title + " (an L2)"
		}
	}
	if n != nil {
		m[n.L2ChainID] = n.Title + " (the L2)"
		if n.L1Name != "" {
			m[n.L1ChainID] = n.L1Name
		}
	}
	return m
}

// NewEnv opens everything a command on a network needs. L2 is optional:
// failures to reach it are reported, not fatal.
func NewEnv(ctx context.Context, o *Options, n *network.Network, wantL2 bool) (*flow.Env, flow.Stack, error) {
	stack, err := StackFor(n)
	if err != nil {
		return nil, nil, err
	}
	if !n.Verified {
		o.UI.Progress("warning: network %s comes from your file %s: its addresses are not from escape's verified registry.", n.Name, n.File)
	}
	names := chainNames(n)
	l1URLs, l1Bundled := rpcList(o.L1RPCs, "ESCAPE_L1_RPC", n.L1RPCs)
	if len(l1URLs) == 0 {
		return nil, nil, escape.Errorf("no-l1-rpc", "pass --l1-rpc URL (or set ESCAPE_L1_RPC)", "no L1 RPC for %s", n.Title)
	}
	l1, err := chain.Dial(ctx, "L1", l1URLs, n.L1ChainID, chain.Options{Names: names})
	if err != nil {
		return nil, nil, err
	}
	if l1Bundled {
		o.UI.Progress("Using the public L1 endpoint %s. During an incident public endpoints get overloaded: use your own with --l1-rpc.", l1.Endpoint())
	}
	if stale := l1.StaleHead(); stale != "" {
		o.UI.Progress("%s", stale)
	}
	env := &flow.Env{Network: n, L1: l1, UI: o.UI, Yes: o.Yes, DryRun: o.DryRun, Now: time.Now, L2Nonce: o.L2Nonce, BumpFeePercent: o.BumpFee}
	if wantL2 {
		l2URLs, l2Bundled := rpcList(o.L2RPCs, "ESCAPE_L2_RPC", n.L2RPCs)
		if len(l2URLs) > 0 {
			l2ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
			l2, err := chain.Dial(l2ctx, "L2", l2URLs, n.L2ChainID, chain.Options{Names: names})
			cancel()
			switch {
			case err != nil && escape.CodeOf(err) == "wrong-chain":
				// An RPC of another chain is a mistake to fix, not an outage.
				return nil, nil, err
			case err != nil && !l2Bundled:
				o.UI.Progress("Your L2 RPC did not answer (%s). Continuing with L1 only; steps that need L2 data will say which.", firstLine(err.Error()))
			case err != nil:
				o.UI.Progress("No L2 RPC answered (%s). Continuing with L1 only; steps that need L2 data will say which.", firstLine(err.Error()))
			default:
				env.L2 = l2
			}
		}
	}
	if env.Store, err = o.store(); err != nil {
		return nil, nil, err
	}
	if o.DryRun {
		// A dry run leaves every file under ESCAPE_HOME as it was, whatever
		// the flow learns or would do.
		env.Store = env.Store.DryRun()
	}
	src := o.Keys
	if src.Prompt == nil && o.UI.Interactive {
		src.Prompt = o.UI.Password
	}
	src.Warn = func(msg string) { o.UI.Progress("%s", msg) }
	env.Pipeline = &pipeline.Pipeline{Net: n, L1: l1, Keys: src, Store: env.Store, UI: o.UI, Yes: o.Yes, DryRun: o.DryRun, Poll: o.Poll,
		Verify: func(ctx context.Context) error {
			r, err := stack.Verify(ctx, env)
			if err != nil {
				return err
			}
			return verifyError(r)
		}}
	return env, stack, nil
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

func verifyError(r *flow.VerifyReport) error {
	if r.OK() {
		return nil
	}
	var parts []string
	for _, c := range r.Failed() {
		parts = append(parts, fmt.Sprintf("%s is %s, expected %s", c.Name, c.Got, c.Want))
	}
	return escape.Errorf("verify-failed",
		"the addresses escape would use do not match what the chain says; nothing was signed. Check that --network and your RPCs are right; run `escape verify --network "+r.Network+"` for the full report",
		"network check failed: %s", strings.Join(parts, "; "))
}

// Networks prints the bundled registry.
func Networks(o *Options) error {
	all, err := network.Bundled()
	if err != nil {
		return err
	}
	if o.JSON {
		type entry struct {
			*network.Network
			Contracts map[string]network.Contract `json:"contracts"`
		}
		for _, n := range all {
			o.UI.Event("network", entry{Network: n, Contracts: n.Contracts}, nil)
		}
		return nil
	}
	w := o.UI.Out
	for i, n := range all {
		if i > 0 {
			fmt.Fprintln(w)
		}
		kind := "mainnet"
		if n.Testnet {
			kind = "testnet"
		}
		fmt.Fprintf(w, "%s  %s (%s, %s, L2 chain %d on %s)\n", n.Name, n.Title, n.Stack, kind, n.L2ChainID, n.L1Name)
		names := make([]string, 0, len(n.Contracts))
		for k := range n.Contracts {
			names = append(names, k)
		}
		sort.Strings(names)
		var kvs []ui.KV
		for _, k := range names {
			c := n.Contracts[k]
			kvs = append(kvs, ui.KV{Key: k, Value: c.Address.Hex() + "  (" + c.Source.String() + ")"})
		}
		ui.WriteKVs(w, kvs)
	}
	return nil
}

// Verify runs `escape verify`.
func Verify(ctx context.Context, o *Options) error {
	n, err := network.Lookup(o.Network)
	if err != nil {
		return err
	}
	env, stack, err := NewEnv(ctx, o, n, false)
	if err != nil {
		return err
	}
	r, err := stack.Verify(ctx, env)
	if err != nil {
		return err
	}
	r.Network, r.Verified = n.Name, n.Verified
	o.UI.Event("verify", r, func(w io.Writer) {
		fmt.Fprintf(w, "Checking %s against %s (chain id %d) through %s\n\n", n.Title, n.L1Name, n.L1ChainID, env.L1.Endpoint())
		for _, c := range r.Checks {
			mark := "ok  "
			switch {
			case !c.OK && c.Advisory:
				mark = "WARN"
			case !c.OK:
				mark = "FAIL"
			}
			line := fmt.Sprintf("  %s %s = %s", mark, c.Name, c.Got)
			if !c.OK {
				line += fmt.Sprintf(" (expected %s)", c.Want)
			}
			if c.Detail != "" {
				line += " — " + c.Detail
			}
			fmt.Fprintln(w, line)
		}
		if len(r.Resolved) > 0 {
			fmt.Fprintf(w, "\nRead from the chain (these move with upgrades):\n")
			ui.WriteKVs(w, sortedKVs(r.Resolved))
		}
		if len(r.Facts) > 0 {
			fmt.Fprintf(w, "\nFacts:\n")
			ui.WriteKVs(w, sortedKVs(r.Facts))
		}
		fmt.Fprintln(w)
		if ws := r.Warnings(); len(ws) > 0 {
			fmt.Fprintf(w, "%d advisory check(s) failed (WARN above): they concern contracts outside the path of your funds, such as Chainlink's uptime feed, which `escape health` then ignores; they never block a withdrawal.\n", len(ws))
		}
		if r.OK() {
			fmt.Fprintf(w, "All %d checks passed: the bundled addresses are the contracts this chain's bridge actually uses.\n", len(r.Checks)-len(r.Warnings()))
			if !n.Verified {
				fmt.Fprintf(w, "Note: the addresses come from your own file %s; escape checked that they are consistent with each other, not that they are the network's official ones.\n", n.File)
			}
		}
	})
	return verifyError(r)
}

func sortedKVs(m map[string]string) []ui.KV {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]ui.KV, 0, len(keys))
	for _, k := range keys {
		out = append(out, ui.KV{Key: k, Value: m[k]})
	}
	return out
}

// Withdraw runs `escape withdraw`.
func Withdraw(ctx context.Context, o *Options, amount, token, to string) error {
	n, err := network.Lookup(o.Network)
	if err != nil {
		return err
	}
	req := flow.WithdrawRequest{AmountText: amount}
	if token == "" {
		if req.Amount, err = units.ParseAmount(amount, 18, "ETH"); err != nil {
			return err
		}
	} else {
		// The token's decimals are read from the chain by the stack; check
		// the syntax now so a typo fails before any RPC call.
		if err := units.CheckAmountText(amount, "token units"); err != nil {
			return err
		}
		t, err := units.ParseAddress("--token", token)
		if err != nil {
			return err
		}
		req.Token = &t
	}
	if to != "" {
		r, err := units.ParseAddress("--to", to)
		if err != nil {
			return err
		}
		req.To = &r
	}
	env, stack, err := NewEnv(ctx, o, n, true)
	if err != nil {
		return err
	}
	e, err := stack.Withdraw(ctx, env, req)
	return afterStart(ctx, o, env, stack, e, err)
}

// Send runs `escape send`.
func Send(ctx context.Context, o *Options, to, value, data, gas string) error {
	n, err := network.Lookup(o.Network)
	if err != nil {
		return err
	}
	var req flow.SendRequest
	if req.To, err = units.ParseAddress("--to", to); err != nil {
		return err
	}
	req.Value = new(big.Int)
	if value != "" && value != "0" {
		if req.Value, err = units.ParseAmount(value, 18, "ETH"); err != nil {
			return err
		}
	}
	if data != "" {
		if req.Data, err = hexutil.Decode(data); err != nil {
			return escape.Errorf("bad-data", "--data takes 0x-prefixed hex calldata, e.g. 0xa9059cbb...", "--data is not hex: %v", err)
		}
	}
	if gas != "" {
		if req.Gas, err = units.ParseGas("--gas", gas); err != nil {
			return err
		}
	}
	env, stack, err := NewEnv(ctx, o, n, true)
	if err != nil {
		return err
	}
	e, err := stack.Send(ctx, env, req)
	return afterStart(ctx, o, env, stack, e, err)
}

// afterStart prints where a newly started escape stands. An escape exists
// only once the pipeline recorded a signed transaction (it has an id).
func afterStart(ctx context.Context, o *Options, env *flow.Env, stack flow.Stack, e *record.Escape, err error) error {
	if err != nil || e == nil || e.ID == "" || o.DryRun {
		return err
	}
	st, serr := stack.Status(ctx, env, e)
	if serr != nil {
		o.UI.Progress("The escape is recorded as %s; `escape status %s` shows where it stands.", e.ID, e.ID)
		return nil
	}
	settleStage(env, e, st)
	PrintStatus(o.UI, e, st)
	return nil
}

// settleStage records the stage a status names: the one place the saved
// stage is set, right before that same status is printed, so `history`
// and `status last` never show another stage than the last one printed.
func settleStage(env *flow.Env, e *record.Escape, st *escape.Status) {
	if st == nil || st.Stage == "" || e.ID == "" {
		return
	}
	e.Stage = st.Stage
	if saved, err := env.Store.Load(e.ID); err == nil && saved.Stage == st.Stage {
		return
	}
	if err := env.Store.Save(e); err != nil {
		env.UI.Progress("warning: could not save the stage %s of escape %s to the record: %s", st.Stage, e.ID, firstLine(err.Error()))
	}
}

// openEscape finds a REF in the record (or imports an L1 transaction hash
// with --network) and opens its network.
func openEscape(ctx context.Context, o *Options, ref string, wantL2 bool) (*flow.Env, flow.Stack, *record.Escape, error) {
	st, err := o.store()
	if err != nil {
		return nil, nil, nil, err
	}
	e, err := st.Find(ref)
	if err == record.ErrNotFound {
		// A REF is 32 bytes, the shape of a private key: messages show its
		// ends only, and it goes to no RPC the user did not name.
		if o.Network == "" {
			return nil, nil, nil, escape.Errorf("not-found",
				"to follow an escape sent from elsewhere, give its network too: `escape status REF --network NAME`",
				"%s is not in the local record (%s)", units.Abbrev(ref), st.Dir())
		}
		n, err := network.Lookup(o.Network)
		if err != nil {
			return nil, nil, nil, err
		}
		if _, public := rpcList(o.L1RPCs, "ESCAPE_L1_RPC", n.L1RPCs); public && n.Verified {
			return nil, nil, nil, escape.Errorf("ref-needs-own-rpc",
				"looking it up sends it to an L1 RPC; pass --l1-rpc URL (your own endpoint, or a public one you choose) to look it up there. If you pasted a private key as the REF, do not: it would be sent",
				"%s is not in the local record, and escape does not send an unknown REF to the bundled public endpoints of %s", units.Abbrev(ref), n.Title)
		}
		env, stack, err := NewEnv(ctx, o, n, wantL2)
		if err != nil {
			return nil, nil, nil, err
		}
		e, err := stack.Import(ctx, env, common.HexToHash(ref))
		if err != nil {
			return nil, nil, nil, redactRef(err, ref)
		}
		return env, stack, e, nil
	}
	if err != nil {
		return nil, nil, nil, err
	}
	n, err := network.Lookup(e.Network)
	if err != nil && e.NetworkFile != "" {
		n, err = network.Lookup(e.NetworkFile)
	}
	if err != nil {
		return nil, nil, nil, escape.Wrap(err, "unknown-network", "if the escape used your own network file, pass it again with --network FILE", "the network %s of escape %s is not known", e.Network, e.ID)
	}
	if o.Network != "" && o.Network != e.Network {
		if n2, err := network.Lookup(o.Network); err == nil && n2.Name == e.Network {
			n = n2
		} else {
			return nil, nil, nil, escape.Errorf("wrong-network", "leave out --network; the record knows the escape's network", "escape %s is on %s, not %s", e.ID, e.Network, o.Network)
		}
	}
	env, stack, err := NewEnv(ctx, o, n, wantL2)
	if err != nil {
		return nil, nil, nil, err
	}
	return env, stack, e, nil
}

// redactRef rewrites an import error so that the REF appears only
// abbreviated: the stacks' messages name the transaction hash they could not
// find, and the REF may be a key pasted by mistake.
func redactRef(err error, ref string) error {
	h := common.HexToHash(ref).Hex()
	forms := []string{h, h[2:], strings.TrimSpace(ref)}
	cut := func(s string) string {
		for _, f := range forms {
			if len(f) >= 64 {
				s = replaceFold(s, f, units.Abbrev(h))
			}
		}
		return s
	}
	return &escape.Error{Code: escape.CodeOf(err), Hint: cut(escape.HintOf(err)), Msg: cut(err.Error())}
}

// replaceFold replaces every case-insensitive occurrence of old in s.
func replaceFold(s, old, new string) string {
	lower, lowerOld := strings.ToLower(s), strings.ToLower(old)
	var b strings.Builder
	for {
		i := strings.Index(lower, lowerOld)
		if i < 0 {
			return b.String() + s
		}
		b.WriteString(s[:i] + new)
		s, lower = s[i+len(old):], lower[i+len(old):]
	}
}

// Status runs `escape status`.
func Status(ctx context.Context, o *Options, ref string) error {
	env, stack, e, err := openEscape(ctx, o, ref, true)
	if err != nil {
		return err
	}
	st, err := stack.Status(ctx, env, e)
	if err != nil {
		return err
	}
	settleStage(env, e, st)
	PrintStatus(o.UI, e, st)
	return nil
}

// Next runs `escape next`.
func Next(ctx context.Context, o *Options, ref string) error {
	env, stack, e, err := openEscape(ctx, o, ref, true)
	if err != nil {
		return err
	}
	unlock, err := env.Store.Lock(e.ID)
	if err != nil {
		return err
	}
	defer unlock()
	// Re-read under the lock: another process may have moved it on.
	if fresh, err := env.Store.Load(e.ID); err == nil {
		e = fresh
	}
	if o.BumpFee > 0 {
		if _, err := env.Pipeline.Replace(ctx, e, o.BumpFee); err != nil {
			return err
		}
	}
	st, err := stack.Next(ctx, env, e)
	if err != nil {
		return err
	}
	settleStage(env, e, st)
	PrintStatus(o.UI, e, st)
	return nil
}

// History lists the record.
func History(o *Options) error {
	st, err := o.store()
	if err != nil {
		return err
	}
	all, err := st.List()
	if err != nil {
		return err
	}
	if o.JSON {
		for _, e := range all {
			o.UI.Event("escape", e, nil)
		}
		return nil
	}
	if len(all) == 0 {
		o.UI.Printf("The local record (%s) holds no escapes yet.\n", st.Dir())
		return nil
	}
	for _, e := range all {
		what := e.Kind
		if e.Amount != "" && e.Token == nil {
			a, _ := new(big.Int).SetString(e.Amount, 10)
			what += " " + units.ETH(a)
		}
		o.UI.Printf("%s  %-17s %s  %s\n", e.ID, e.Stage, e.Created.Format("2006-01-02 15:04"), what)
	}
	o.UI.Printf("\nRecord: %s. `escape status ID` shows one in full.\n", st.Dir())
	return nil
}

// PrintStatus renders a status for people, or as a JSON line.
func PrintStatus(u *ui.UI, e *record.Escape, st *escape.Status) {
	if st.Ref == "" {
		st.Ref = e.ID
	}
	u.Event("status", st, func(w io.Writer) {
		now := st.At
		if now.IsZero() {
			now = time.Now()
		}
		fmt.Fprintf(w, "\nEscape %s on %s: %s\n", e.ID, e.Network, st.Stage)
		for _, ov := range st.Overlays {
			fmt.Fprintf(w, "  !! %s\n", strings.ToUpper(ov))
		}
		fmt.Fprintf(w, "\nWhat happened:  %s\n", st.Happened)
		if st.Next != "" {
			fmt.Fprintf(w, "What comes next: %s\n", st.Next)
		}
		if st.Do != "" {
			fmt.Fprintf(w, "What to do:     %s\n", st.Do)
		}
		if st.NeedsL2 != "" {
			fmt.Fprintf(w, "L2 data needed: %s\n", st.NeedsL2)
		}
		if len(st.Waits) > 0 {
			fmt.Fprintf(w, "\nWaiting for:\n")
			var kvs []ui.KV
			for _, wt := range st.Waits {
				v := "not known yet"
				switch {
				case !wt.Until.IsZero():
					v = ui.When(wt.Until, now)
					if wt.Estimate {
						v = "about " + v
					}
				case wt.Block > 0:
					v = fmt.Sprintf("L1 block %d", wt.Block)
				}
				kvs = append(kvs, ui.KV{Key: wt.What, Value: v})
			}
			ui.WriteKVs(w, kvs)
		}
		if len(st.Facts) > 0 {
			fmt.Fprintf(w, "\nDetails:\n")
			ui.WriteKVs(w, sortedKVs(st.Facts))
		}
	})
}
