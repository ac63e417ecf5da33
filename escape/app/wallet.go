package app

import (
	"context"
	"io"
	"sort"
	"time"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/network"
	"github.com/l2escape/escape/escape/pipeline"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/escape/ui"
	"github.com/l2escape/escape/escape/wallet/browser"
	"github.com/l2escape/escape/escape/wallet/l2capture"
)

// WalletBrowser is the --wallet value for escape's local wallet page.
const WalletBrowser = "browser"

// StartBrowserWallet serves the local wallet page (docs/wallets.md), opens
// the system browser on it when open is set, prints its address, and makes
// the user's browser wallet the signer of the command's L1 transactions.
// The returned function stops the server.
func StartBrowserWallet(o *Options, title string, open bool) (*browser.Server, error) {
	s, err := browser.Start(browser.Config{Title: title, Log: o.UI.Progress, Status: func(ctx context.Context) (any, error) { return EscapeViews(ctx, o) }})
	if err != nil {
		return nil, err
	}
	o.Wallet = s
	o.UI.Event("wallet-page", map[string]string{"url": s.URL()}, func(w io.Writer) {})
	o.UI.Progress("Your wallet's page: %s\n(open it in the browser that has your wallet; it works only while this command runs)", s.URL())
	if open {
		if err := browser.OpenSystemBrowser(s.URL()); err != nil {
			o.UI.Progress("Could not open a browser (%s): open the address above yourself.", firstLine(err.Error()))
		}
	}
	return s, nil
}

// l2Wallet is who signs an Arbitrum escape's L2 transaction: the wallet
// given (--wallet l2-endpoint); with --wallet browser and no key nor
// --unsigned, the user's wallet too, through the local L2 endpoint
// (escape/wallet/l2capture), since a browser wallet signs only what it
// sends.
func (o *Options) l2Wallet(n *network.Network) pipeline.L2Wallet {
	if o.L2Wallet != nil || o.Wallet == nil || n.Stack != escape.StackArbitrum || o.Keys.Configured() ||
		o.Offline.Unsigned != "" || o.Offline.Signed != "" {
		return o.L2Wallet
	}
	return l2capture.Wallet{}
}

// EscapeView is an escape as the wallet page lists it.
type EscapeView struct {
	ID      string         `json:"id"`
	Network string         `json:"network"`
	Stage   escape.Stage   `json:"stage"`
	Created time.Time      `json:"created"`
	Status  *escape.Status `json:"status,omitempty"`
	Error   string         `json:"error,omitempty"`
}

// maxEscapeViews bounds how many escapes the page asks the chains about.
const maxEscapeViews = 10

// EscapeViews reads where the record's unfinished escapes stand (the most
// recent first), as `escape status` would, for the wallet page.
func EscapeViews(ctx context.Context, o *Options) ([]EscapeView, error) {
	st, err := o.store()
	if err != nil {
		return nil, err
	}
	all, err := st.List()
	if err != nil {
		return nil, err
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].Created.After(all[j].Created) })
	quiet := *o
	quiet.UI = &ui.UI{Out: io.Discard, Err: io.Discard, JSON: true}
	quiet.Wallet = nil
	out := []EscapeView{}
	for _, e := range all {
		if len(out) == maxEscapeViews {
			break
		}
		v := EscapeView{ID: e.ID, Network: e.Network, Stage: e.Stage, Created: e.Created}
		if e.Stage.Finished() {
			out = append(out, v)
			continue
		}
		v.Status, err = escapeStatus(ctx, &quiet, e)
		if err != nil {
			v.Error = firstLine(err.Error())
		} else {
			v.Stage = v.Status.Stage
		}
		out = append(out, v)
	}
	return out, nil
}

// escapeStatus is the status of one escape of the record, read without
// changing the record.
func escapeStatus(ctx context.Context, o *Options, e *record.Escape) (*escape.Status, error) {
	if st := planOnlyStatus(e); st != nil {
		return st, nil
	}
	ro := *o
	ro.DryRun = true // reading only: the record stays as it is
	ro.signs = signsNothing
	env, stack, fresh, err := openEscape(ctx, &ro, e.ID, true)
	if err != nil {
		return nil, err
	}
	defer env.L1.Close()
	return stack.Status(ctx, env, fresh)
}
