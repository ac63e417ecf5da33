package app

import (
	"time"

	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/ui"
)

// chainOptions are the RPC client options every command dials with: the
// per-request timeout of --rpc-timeout, and slow requests and failovers
// shown on o.UI (a spinner, plain lines or JSON events).
func (o *Options) chainOptions(names map[uint64]string) chain.Options {
	opts := chain.Options{Names: names, CallTimeout: o.RPCTimeout, SlowAfter: o.RPCSlowAfter}
	if o.UI != nil {
		u := o.UI
		opts.Progress = func(ev chain.Event) { u.RPC(ui.RPCEvent(ev)) }
	}
	return opts
}

// l2DialBudget bounds the time spent reaching an optional L2 RPC: 10 s,
// or more when --rpc-timeout allows each request longer.
func (o *Options) l2DialBudget() time.Duration {
	return max(10*time.Second, 2*o.RPCTimeout)
}
