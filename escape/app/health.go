package app

import (
	"context"
	"time"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/health"
	"github.com/l2escape/escape/escape/network"
)

// Health runs `escape health`: it prints the network's health as read from
// L1 (and the L2 if an L2 RPC answers) and returns nil for a healthy
// verdict, or a *health.Exit carrying the verdict's exit code otherwise.
// The report is printed before; the CLI prints nothing more for it.
func Health(ctx context.Context, o *Options, limits health.Thresholds) error {
	if err := limits.Validate(); err != nil {
		return err
	}
	n, err := network.Lookup(o.Network)
	if err != nil {
		return err
	}
	if !n.Verified {
		o.UI.Progress("warning: network %s comes from your file %s: its addresses are not from escape's verified registry.", n.Name, n.File)
	}
	in := health.Input{Network: n, Limits: limits, Now: time.Now}
	if in.L1, in.L2, in.L2Unavailable, err = dialForHealth(ctx, o, n); err != nil {
		return err
	}
	defer in.L1.Close()
	if in.L2 != nil {
		defer in.L2.Close()
	}
	r, err := health.Check(ctx, in)
	if err != nil {
		return err
	}
	o.UI.Event("health", r, r.WriteHuman)
	if r.Verdict != health.Healthy {
		return &health.Exit{Verdict: r.Verdict}
	}
	return nil
}

// dialForHealth opens the L1 and, if any L2 RPC is known, the L2. Unlike
// NewEnv, an L2 RPC that does not answer is not an error even when the user
// gave it: an unreachable L2 is what health is asked about. An L2 RPC on
// the wrong chain still is.
func dialForHealth(ctx context.Context, o *Options, n *network.Network) (l1, l2 *chain.Client, l2Unavailable string, err error) {
	names := chainNames(n)
	l1URLs, l1Bundled := rpcList(o.L1RPCs, "ESCAPE_L1_RPC", n.L1RPCs)
	if len(l1URLs) == 0 {
		return nil, nil, "", escape.Errorf("no-l1-rpc", "pass --l1-rpc URL (or set ESCAPE_L1_RPC)", "no L1 RPC for %s", n.Title)
	}
	if err := checkRPCValues(o, n); err != nil {
		return nil, nil, "", err
	}
	if l1, err = chain.Dial(ctx, "L1", l1URLs, n.L1ChainID, o.chainOptions(names)); err != nil {
		return nil, nil, "", err
	}
	if l1Bundled {
		o.UI.Progress("Using the public L1 endpoint %s. During an incident public endpoints get overloaded: use your own with --l1-rpc.", l1.Endpoint())
	}
	l2URLs, _ := rpcList(o.L2RPCs, "ESCAPE_L2_RPC", n.L2RPCs)
	if len(l2URLs) == 0 {
		return l1, nil, "", nil
	}
	l2ctx, cancel := context.WithTimeout(ctx, o.l2DialBudget())
	defer cancel()
	l2, err = chain.Dial(l2ctx, "L2", l2URLs, n.L2ChainID, o.chainOptions(names))
	switch {
	case err != nil && escape.CodeOf(err) == "wrong-chain":
		l1.Close()
		return nil, nil, "", err
	case err != nil:
		return l1, nil, firstLine(err.Error()), nil
	}
	return l1, l2, "", nil
}
