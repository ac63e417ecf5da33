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
	"path/filepath"
	"sort"
	"strconv"
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
	// RPCTimeout bounds each RPC request at one endpoint before the next
	// is asked (0: chain.DefaultCallTimeout).
	RPCTimeout time.Duration
	// RPCSlowAfter is how long a request waits before progress reports it
	// slow (0: chain.DefaultSlowAfter).
	RPCSlowAfter time.Duration
	UI           *ui.UI
	Offline      OfflineOptions
	signs        keyUse // set by the command: whether its key is read before dialling
	// L2Wallet signs Arbitrum's L2 transaction in the user's wallet
	// (--wallet l2-endpoint); nil: the key, or --unsigned.
	L2Wallet pipeline.L2Wallet
	// Wallet, if set, sends the L1 transactions instead of a key: the
	// local wallet page (wallet.go, escape/wallet/browser).
	Wallet pipeline.Wallet
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
	st, err := record.Open(home)
	if err != nil {
		return nil, err
	}
	st.OnDamaged = func(d *record.Damaged) { warnDamaged(o.UI, d) }
	return st, nil
}

// warnDamaged says that a damaged record file was skipped: the other
// escapes still work, and this one needs the user.
func warnDamaged(u *ui.UI, d *record.Damaged) {
	if u.JSON {
		u.Event("record-damaged", map[string]string{"escape": d.ID, "file": d.Path, "reason": d.Reason}, nil)
		return
	}
	u.Progress("warning: skipped the damaged record file %s (%s). Keep a copy of it; `escape status %s` says how to recover.", d.Path, d.Reason, d.ID)
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
	if o.L2Wallet != nil && n.Stack != escape.StackArbitrum {
		return nil, nil, escape.Errorf("usage", "an OP Stack escape has no L2 transaction to sign: drop --wallet l2-endpoint",
			"--wallet l2-endpoint is for Arbitrum networks; %s is an OP Stack chain", n.Title)
	}
	if !n.Verified {
		o.UI.Progress("warning: network %s comes from your file %s: its addresses are not from escape's verified registry.", n.Name, n.File)
	}
	names := chainNames(n)
	l1URLs, l1Bundled := rpcList(o.L1RPCs, "ESCAPE_L1_RPC", n.L1RPCs)
	if len(l1URLs) == 0 {
		return nil, nil, escape.Errorf("no-l1-rpc", "pass --l1-rpc URL (or set ESCAPE_L1_RPC)", "no L1 RPC for %s", n.Title)
	}
	// What the user typed is checked before anything is dialled: a mistake
	// there is named as such, never reported as an outage.
	if err := checkRPCValues(o, n); err != nil {
		return nil, nil, err
	}
	signing, err := o.beforeDial()
	if err != nil {
		return nil, nil, err
	}
	// The L2 is dialled while the L1 is: each dial is a round trip to
	// its endpoint, and neither waits for the other.
	type dialed struct {
		c   *chain.Client
		err error
	}
	var l2Dial chan dialed
	l2URLs, l2Bundled := rpcList(o.L2RPCs, "ESCAPE_L2_RPC", n.L2RPCs)
	if wantL2 && len(l2URLs) > 0 {
		l2Dial = make(chan dialed, 1)
		go func() {
			l2ctx, cancel := context.WithTimeout(ctx, o.l2DialBudget())
			defer cancel()
			c, err := chain.Dial(l2ctx, "L2", l2URLs, n.L2ChainID, o.chainOptions(names))
			l2Dial <- dialed{c, err}
		}()
	}
	l1, err := chain.Dial(ctx, "L1", l1URLs, n.L1ChainID, o.chainOptions(names))
	if err != nil {
		if l2Dial != nil {
			if d := <-l2Dial; d.c != nil {
				d.c.Close()
			}
		}
		return nil, nil, err
	}
	if l1Bundled {
		o.UI.Progress("Using the public L1 endpoint %s. During an incident public endpoints get overloaded: use your own with --l1-rpc.", l1.Endpoint())
	}
	if stale := l1.StaleHead(); stale != "" {
		o.UI.Progress("%s", stale)
	}
	env := &flow.Env{Network: n, L1: l1, UI: o.UI, Yes: o.Yes, DryRun: o.DryRun, Now: time.Now, L2Nonce: o.L2Nonce, BumpFeePercent: o.BumpFee}
	if l2Dial != nil {
		d := <-l2Dial
		switch {
		case d.err != nil && escape.CodeOf(d.err) == "wrong-chain":
			// An RPC of another chain is a mistake to fix, not an outage.
			return nil, nil, d.err
		case d.err != nil && !l2Bundled:
			o.UI.Progress("Your L2 RPC did not answer (%s). Continuing with L1 only; steps that need L2 data will say which.", firstLine(d.err.Error()))
		case d.err != nil:
			o.UI.Progress("No L2 RPC answered (%s). Continuing with L1 only; steps that need L2 data will say which.", firstLine(d.err.Error()))
		default:
			env.L2 = d.c
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
	src := o.keySource()
	env.Pipeline = &pipeline.Pipeline{Net: n, L1: l1, Keys: src, Store: env.Store, UI: o.UI, Yes: o.Yes, DryRun: o.DryRun, Poll: o.Poll,
		Verify: func(ctx context.Context) error {
			r, err := stack.Verify(ctx, env)
			if err != nil {
				return err
			}
			return verifyError(r, n.Arg())
		}}
	signing.apply(env.Pipeline)
	env.Pipeline.Wallet = o.Wallet
	env.Pipeline.L2Wallet = o.l2Wallet(n)
	env.Pipeline.L2Balance = func(ctx context.Context, account common.Address) (*big.Int, error) {
		if env.L2 == nil {
			return nil, nil
		}
		return env.L2.BalanceAt(ctx, account, nil)
	}
	return env, stack, nil
}

// checkRPCValues refuses an RPC value that is not a URL (bad-rpc-url, a
// usage error) before any endpoint is dialled.
func checkRPCValues(o *Options, n *network.Network) error {
	for _, l := range []struct {
		given   []string
		env     string
		flag    string
		bundled []string
	}{{o.L1RPCs, "ESCAPE_L1_RPC", "--l1-rpc", n.L1RPCs}, {o.L2RPCs, "ESCAPE_L2_RPC", "--l2-rpc", n.L2RPCs}} {
		urls, bundled := rpcList(l.given, l.env, l.bundled)
		source := l.flag + " (or " + l.env + ")"
		if bundled {
			source = "the network file " + n.File + " (" + strings.ToLower(l.flag[2:4]) + "Rpcs)"
			if n.Verified {
				continue // escape's own registry: checked by its tests
			}
		}
		if err := chain.CheckURLs(source, urls); err != nil {
			return err
		}
	}
	return nil
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

func verifyError(r *flow.VerifyReport, netArg string) error {
	if r.OK() {
		return nil
	}
	var parts []string
	for _, c := range r.Failed() {
		parts = append(parts, fmt.Sprintf("%s is %s, expected %s", c.Name, c.Got, c.Want))
	}
	return escape.Errorf("verify-failed",
		"the addresses escape would use do not match what the chain says; nothing was signed. Check that --network and your RPCs are right; run `escape verify --network "+netArg+"` for the full report",
		"network check failed: %s", strings.Join(parts, "; "))
}

// Networks prints the bundled registry.
func Networks(o *Options) error {
	all, err := network.Bundled()
	if err != nil {
		return err
	}
	fresh, reg, err := bundledRegistryFreshness(time.Now())
	if err != nil {
		return err
	}
	o.UI.Event("registry", fresh, func(w io.Writer) {
		writeRegistryFreshness(w, o.UI.Err, fresh, reg)
		fmt.Fprintln(w)
	})
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
	r, err := stack.Verify(chain.WithPurpose(ctx, "checking the network's contracts on L1"), env)
	if err != nil {
		return err
	}
	r.Network, r.Verified = n.Name, n.Verified
	// JSON carries machine keys; people read the facts' own words.
	machine := *r
	machine.Facts = machineKeys(r.Facts)
	o.UI.Event("verify", &machine, func(w io.Writer) {
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
			ui.WriteKVs(w, readableKVs(r.Facts, time.Now()))
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
	return verifyError(r, n.Arg())
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
	o.signs = signsAlways
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
	return offlineOutcome(afterStart(ctx, o, env, stack, e, err))
}

// Send runs `escape send`.
func Send(ctx context.Context, o *Options, to, value, data, gas string) error {
	o.signs = signsAlways
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
	return offlineOutcome(afterStart(ctx, o, env, stack, e, err))
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

// openEscape finds a REF in the record (or, with --network, imports an L1
// transaction hash, an L2 transaction hash or an OP withdrawal hash) and
// opens its network.
func openEscape(ctx context.Context, o *Options, ref string, wantL2 bool) (*flow.Env, flow.Stack, *record.Escape, error) {
	st, err := o.store()
	if err != nil {
		return nil, nil, nil, err
	}
	base, index, err := splitRef(ref)
	if err != nil {
		return nil, nil, nil, err
	}
	e, err := findRef(st, base, index)
	if err == record.ErrNotFound {
		// An import reads the L2 whatever the command: a withdrawal made
		// there is found in its logs.
		return importRef(ctx, o, st, base, index)
	}
	if err != nil {
		return nil, nil, nil, err
	}
	n, err := escapeNetwork(o, e)
	if err != nil {
		return nil, nil, nil, err
	}
	env, stack, err := NewEnv(ctx, o, n, wantL2)
	if err != nil {
		return nil, nil, nil, err
	}
	keepNetworkFile(env, e)
	return env, stack, e, nil
}

// refFoundCodes are import errors given about a transaction the chain
// returned: the REF is then a real transaction hash, shown in full so the
// user can pick among its withdrawals or look it up.
var refFoundCodes = map[string]bool{"several-withdrawals": true, "bad-index": true, "no-withdrawal": true,
	"not-an-escape": true, "not-mined-yet": true, "already-finalized": true}

// redactRef rewrites an import error so that the REF appears only
// abbreviated: the stacks' messages name the transaction hash they could not
// find, and the REF may be a key pasted by mistake.
func redactRef(err error, ref string) error {
	if refFoundCodes[escape.CodeOf(err)] {
		return err
	}
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

// splitRef separates REF#N (one withdrawal of an L2 transaction that made
// several) into the REF and N; N is flow.NoIndex without a #.
func splitRef(ref string) (string, int, error) {
	base, idx, ok := strings.Cut(strings.TrimSpace(ref), "#")
	if !ok {
		return base, flow.NoIndex, nil
	}
	n, err := strconv.Atoi(idx)
	if err != nil || n < 0 || !isHash(base) {
		return "", 0, escape.Errorf("bad-ref", "REF#N takes an L2 transaction hash and the withdrawal's number from 0, e.g. 0x…#1", "%q is not a transaction hash followed by #N", ref)
	}
	return base, n, nil
}

func isHash(s string) bool {
	if len(s) != 66 || !strings.HasPrefix(s, "0x") {
		return false
	}
	_, err := hexutil.Decode(s)
	return err == nil
}

// findRef looks a REF up in the record: an escape imported from an L2
// transaction answers to that transaction's hash (with #N when it made
// several withdrawals); everything else as record.Store.Find.
func findRef(st *record.Store, base string, index int) (*record.Escape, error) {
	if isHash(base) {
		h := common.HexToHash(base)
		e, n, err := st.FindL2(h, index)
		if err != nil {
			return nil, err
		}
		switch {
		case e != nil && (index != flow.NoIndex || e.L2Tx.Count <= 1):
			return e, nil
		case e != nil:
			return nil, escape.Errorf("several-withdrawals", "give the one to follow as REF#N, e.g. `escape status "+base+"#"+strconv.Itoa(e.L2Tx.Index)+"`",
				"L2 transaction %s made %d withdrawals (%d in the local record)", base, e.L2Tx.Count, n)
		case index != flow.NoIndex:
			return nil, record.ErrNotFound
		}
	} else if index != flow.NoIndex {
		return nil, escape.Errorf("bad-ref", "#N follows an L2 transaction hash only", "%s#%d: %s is not a transaction hash", base, index, base)
	}
	return st.Find(base)
}

// importRef follows a hash the record does not know, on the --network
// given: an escape's L1 transaction first, then a withdrawal made on L2.
func importRef(ctx context.Context, o *Options, st *record.Store, base string, index int) (*flow.Env, flow.Stack, *record.Escape, error) {
	// A REF is 32 bytes, the shape of a private key: messages show its ends
	// only, and it goes to no RPC the user did not name.
	if o.Network == "" {
		return nil, nil, nil, escape.Errorf("not-found",
			"to follow an escape sent from elsewhere, or a withdrawal made on L2, give its network too: `escape status REF --network NAME`",
			"%s is not in the local record (%s)", units.Abbrev(base), st.Dir())
	}
	n, err := network.Lookup(o.Network)
	if err != nil {
		return nil, nil, nil, err
	}
	// Only bundled networks have public endpoints of escape's choosing; a
	// user's own file names the user's.
	refusePublic := func(flag, where string) error {
		return escape.Errorf("ref-needs-own-rpc",
			"looking it up sends it to an RPC; pass "+flag+" URL (your own endpoint, or a public one you choose) to look it up there. If you pasted a private key as the REF, do not: it would be sent",
			"%s is %s, and escape does not send an unknown REF to the bundled public endpoints of %s", units.Abbrev(base), where, n.Title)
	}
	_, l1Public := rpcList(o.L1RPCs, "ESCAPE_L1_RPC", n.L1RPCs)
	_, l2Public := rpcList(o.L2RPCs, "ESCAPE_L2_RPC", n.L2RPCs)
	if n.Verified && l1Public {
		return nil, nil, nil, refusePublic("--l1-rpc", "not in the local record")
	}
	env, stack, err := NewEnv(ctx, o, n, true)
	if err != nil {
		return nil, nil, nil, err
	}
	h := common.HexToHash(base)
	var e *record.Escape
	if index == flow.NoIndex {
		e, err = stack.Import(ctx, env, h)
	}
	if index != flow.NoIndex || escape.CodeOf(err) == "tx-not-found" {
		if n.Verified && l2Public {
			return nil, nil, nil, refusePublic("--l2-rpc", "not an L1 transaction your endpoint knows")
		}
		e, err = stack.ImportL2(ctx, env, h, index)
	}
	if err != nil {
		return nil, nil, nil, redactRef(err, base)
	}
	keepNetworkFile(env, e)
	return env, stack, e, nil
}

// escapeNetwork opens the network an escape in the record is on: a bundled
// one by name, or the user's own file the record kept.
func escapeNetwork(o *Options, e *record.Escape) (*network.Network, error) {
	n, err := network.Lookup(e.Network)
	if err != nil && o.Network != "" {
		// The same network given again (by its file) is fine.
		if n2, err2 := network.Lookup(o.Network); err2 == nil && n2.Name == e.Network {
			return n2, nil
		}
	}
	if err != nil && e.NetworkFile != "" {
		if n, err = network.Lookup(e.NetworkFile); err == nil && n.Name != e.Network {
			return nil, escape.Errorf("unknown-network", "pass the network file escape "+e.ID+" was started with: --network FILE",
				"the network file %s now describes network %s, not %s", e.NetworkFile, n.Name, e.Network)
		}
		if err != nil {
			return nil, escape.Wrap(err, "unknown-network", "put the file back at "+e.NetworkFile+", or pass it from where it is now with --network FILE",
				"escape %s is on network %s from the file %s, which cannot be read", e.ID, e.Network, e.NetworkFile)
		}
	}
	if err != nil {
		return nil, escape.Wrap(err, "unknown-network", "if the escape used your own network file, pass it again with --network FILE", "the network %s of escape %s is not known", e.Network, e.ID)
	}
	if o.Network != "" && o.Network != e.Network && o.Network != e.NetworkFile {
		if n2, err := network.Lookup(o.Network); err == nil && n2.Name == e.Network {
			n = n2
		} else {
			return nil, escape.Errorf("wrong-network", "leave out --network; the record knows the escape's network", "escape %s is on %s, not %s", e.ID, e.Network, o.Network)
		}
	}
	return n, nil
}

// keepNetworkFile makes the record remember the user's own network file
// an escape is on, so later commands reopen it without --network.
func keepNetworkFile(env *flow.Env, e *record.Escape) {
	if e == nil || env.Network.Verified || env.DryRun {
		return
	}
	abs, err := filepath.Abs(env.Network.File)
	if err != nil || abs == e.NetworkFile {
		return
	}
	e.NetworkFile = abs
	_ = env.Store.Save(e)
}

// Status runs `escape status`.
func Status(ctx context.Context, o *Options, ref string) error {
	env, stack, e, err := openEscape(ctx, o, ref, true)
	if err != nil {
		return err
	}
	if st := planOnlyStatus(e); st != nil { // signing elsewhere: offline.go
		PrintStatus(o.UI, e, st)
		return nil
	}
	st, err := stack.Status(ctx, env, e)
	if err != nil {
		return err
	}
	noteUnsigned(e, st)
	settleStage(env, e, st)
	PrintStatus(o.UI, e, st)
	return nil
}

// Next runs `escape next`.
func Next(ctx context.Context, o *Options, ref string) error {
	o.signs = signsMaybe
	env, stack, e, err := openEscape(ctx, o, ref, true)
	if err != nil {
		return err
	}
	// One process at a time acts on an escape; another one waits, then
	// re-reads it under the lock: the first may have moved it on.
	unlock, err := env.Store.WaitLock(ctx, e.ID, o.UI.Progress)
	if err != nil {
		return err
	}
	defer unlock()
	fresh, err := env.Store.Load(e.ID)
	if err != nil && !os.IsNotExist(err) {
		return err
	}
	if fresh != nil {
		e = fresh
	}
	if o.BumpFee > 0 {
		if _, err := env.Pipeline.Replace(ctx, e, o.BumpFee); err != nil {
			return err
		}
	}
	goOn, err := submitSigned(ctx, o, env, e)
	if err != nil {
		return err
	}
	next := stack.Next
	if !goOn { // signed elsewhere and sent: show where it stands
		next = stack.Status
	}
	st, err := next(ctx, env, e)
	if err != nil && !(st != nil && escape.CodeOf(err) == "too-early") {
		return offlineOutcome(err)
	}
	// Too early: the status says what it waits for, then the error exits
	// escape.ExitTooEarly.
	settleStage(env, e, st)
	PrintStatus(o.UI, e, st)
	return err
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
		// One object whatever the count, so that an empty record is a
		// valid result too: {"event":"history","escapes":[]}.
		entries := make([]historyEntry, 0, len(all))
		for _, e := range all {
			entries = append(entries, newHistoryEntry(e))
		}
		o.UI.Event("history", map[string]any{"record": st.Dir(), "escapes": entries}, nil)
		return nil
	}
	if len(all) == 0 {
		o.UI.Printf("The local record (%s) holds no escapes yet.\n", st.Dir())
		return nil
	}
	// One aligned line per escape: id, where it stands, when it started
	// (UTC) and what it moves.
	idWidth, stageWidth := 0, 0
	for _, e := range all {
		idWidth, stageWidth = max(idWidth, len(e.ID)), max(stageWidth, len(e.Stage))
	}
	for _, e := range all {
		what := e.Kind
		if a, ok := new(big.Int).SetString(e.Amount, 10); ok && a.Sign() > 0 {
			if e.Token == nil {
				what += " " + units.ETH(a)
			} else {
				// The token's decimals are on its contract; history reads no chain.
				what += " " + a.String() + " base units of token " + e.Token.Hex()
			}
		}
		o.UI.Printf("%-*s  %-*s  %s  %s\n", idWidth, e.ID, stageWidth, e.Stage, e.Created.UTC().Format("2006-01-02 15:04 UTC"), what)
	}
	o.UI.Printf("\nRecord: %s. `escape status ID` shows one in full.\n", st.Dir())
	return nil
}

// historyEntry is an escape as `history --json` prints it: its record,
// and the decimals its amount is counted in where escape knows them
// without an RPC (ETH: 18; a token's are on its contract).
type historyEntry struct {
	*record.Escape
	Decimals *int `json:"decimals,omitempty"`
}

func newHistoryEntry(e *record.Escape) historyEntry {
	h := historyEntry{Escape: e}
	if e.Amount != "" && e.Token == nil {
		eth := 18
		h.Decimals = &eth
	}
	return h
}

// PrintStatus renders a status for people, or as a JSON line.
func PrintStatus(u *ui.UI, e *record.Escape, st *escape.Status) {
	if st.Ref == "" {
		st.Ref = e.ID
	}
	// The stacks name facts with machine keys already; a key someone
	// writes in words still reaches JSON as one (docs/json.md).
	machine := *st
	machine.Facts = machineKeys(st.Facts)
	u.Event("status", &machine, func(w io.Writer) {
		now := st.At
		if now.IsZero() {
			now = time.Now()
		}
		fmt.Fprintf(w, "\nEscape %s on %s: %s\n", e.ID, e.Network, ui.StageName(st.Stage))
		for _, ov := range st.Overlays {
			fmt.Fprintf(w, "  !! %s\n", strings.ToUpper(ov))
		}
		// The sentences, their labels aligned.
		fmt.Fprintln(w)
		for _, l := range [][2]string{{"What happened:", st.Happened}, {"What comes next:", st.Next}, {"What to do:", st.Do}, {"L2 data needed:", st.NeedsL2}} {
			if l[1] != "" {
				fmt.Fprintf(w, "%-17s%s\n", l[0], l[1])
			}
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
			ui.WriteKVs(w, factKVs(st.Facts, now))
		}
	})
}
