package app

import (
	"context"
	"os"
	"strconv"
	"strings"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/pipeline"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/escape/units"
)

// OfflineOptions are the flags for signing elsewhere (docs/offline.md).
type OfflineOptions struct {
	From     string // --from: the address that will sign
	Unsigned string // --unsigned: where the unsigned transaction goes ("-": the output)
	Signed   string // --signed (next): the signed raw transaction, a file, 0x-hex or "-"
}

// applyOffline makes the pipeline plan transactions for a key escape never
// sees instead of signing them.
func (o *Options) applyOffline(p *pipeline.Pipeline) error {
	off := o.Offline
	if off.Unsigned == "" && off.Signed == "" && off.From != "" && !o.DryRun && o.Wallet == nil {
		return escape.Errorf("usage", "--from goes with --unsigned FILE (sign elsewhere) or --dry-run (simulate as that address)", "--from without --unsigned")
	}
	if off.Unsigned != "" {
		if off.From == "" {
			return escape.Errorf("offline-needs-from", "add --from ADDRESS: the address whose key will sign the transaction elsewhere", "--unsigned needs the signing address")
		}
		if o.DryRun {
			return escape.Errorf("usage", "a dry run writes nothing: drop --dry-run or --unsigned", "--unsigned with --dry-run")
		}
		p.Offline = &pipeline.Offline{File: off.Unsigned}
	}
	if off.From != "" {
		from, err := units.ParseAddress("--from", off.From)
		if err != nil {
			return err
		}
		p.From = from
	}
	return nil
}

// offlineOutcome turns "the transaction waits for its signature" (already
// printed by the pipeline) into a successful end of the command.
func offlineOutcome(err error) error {
	if escape.CodeOf(err) == pipeline.CodeAwaitingSignature {
		return nil
	}
	return err
}

// submitSigned takes the signed form of an escape's planned transaction
// (`escape next REF --signed`), checks, records and broadcasts it. It
// reports whether the command should go on to the next step (only when
// --unsigned says where to write it).
func submitSigned(ctx context.Context, o *Options, env *flow.Env, e *record.Escape) (goOn bool, err error) {
	if o.Offline.Signed == "" && env.Pipeline.Wallet != nil && e.Unsigned != nil && e.Unsigned.Layer == "L1" {
		// A wallet was asked and escape stopped before its answer: the
		// nonce tells whether it sent (wallet.go).
		sent, err := env.Pipeline.SettleWalletPlan(ctx, e)
		if err != nil {
			return false, err
		}
		if !sent && len(e.Txs) == 0 {
			return false, escape.Errorf("wallet-never-sent", "start the escape again (escape withdraw or escape send with --wallet browser): nothing was sent",
				"your wallet never sent the first transaction of escape %s", e.ID)
		}
		return true, nil
	}
	if o.Offline.Signed == "" {
		// The escape's first transaction (OP deposit, Arbitrum L2
		// transaction) has to come back signed: nothing else can follow.
		if e.Unsigned != nil && len(e.Txs) == 0 {
			return false, escape.Errorf(pipeline.CodeAwaitingSignature, "sign the planned transaction elsewhere, then run `escape next "+e.ID+" --signed FILE`",
				"escape %s has not started: its %s transaction waits for its signature", e.ID, e.Unsigned.Step)
		}
		return true, nil
	}
	tx, err := pipeline.ReadSigned(o.Offline.Signed, os.Stdin)
	if err != nil {
		return false, err
	}
	if _, err := env.Pipeline.SubmitSigned(ctx, e, tx); err != nil {
		return false, err
	}
	return env.Pipeline.Offline != nil, nil
}

// planOnlyStatus is the status of an escape whose first transaction (OP
// deposit, Arbitrum L2 transaction) waits for its signature: nothing is on
// chain to read yet. Nil for any other escape.
func planOnlyStatus(e *record.Escape) *escape.Status {
	if e.Unsigned == nil || len(e.Txs) != 0 {
		return nil
	}
	if askedWallet(e) {
		return &escape.Status{Ref: e.ID, Network: e.Network, Stack: e.Stack, Stage: escape.StageSigned, At: e.Unsigned.PlannedAt,
			Happened: "Your wallet was asked to send its " + e.Unsigned.Layer + " " + e.Unsigned.Step + " transaction (nonce " + strconv.FormatUint(e.Unsigned.Nonce, 10) + "); escape has not seen it sent yet.",
			Next:     "Once your wallet sends it, escape records it and follows it.",
			Do:       "Confirm it in your wallet on the page; if escape stopped meanwhile, `escape next " + e.ID + " --wallet browser` finds it at its nonce."}
	}
	return &escape.Status{Ref: e.ID, Network: e.Network, Stack: e.Stack, Stage: escape.StageSigned, At: e.Unsigned.PlannedAt,
		Happened: "Its " + e.Unsigned.Layer + " " + e.Unsigned.Step + " transaction is planned for signing elsewhere; nothing is signed or sent yet.",
		Next:     "Once the signed transaction is given back and checked against the plan, escape sends it.",
		Do:       "Sign the file --unsigned wrote, then run `escape next " + e.ID + " --signed FILE`."}
}

// noteUnsigned adds a planned step waiting for its signature to a status.
func noteUnsigned(e *record.Escape, st *escape.Status) {
	if e.Unsigned == nil || st == nil {
		return
	}
	if askedWallet(e) {
		st.Do += " Your wallet was asked for the " + e.Unsigned.Step + " transaction: `escape next " + e.ID + " --wallet browser` finds it once sent, or asks again."
		return
	}
	st.Do += " The " + e.Unsigned.Step + " transaction planned for signing elsewhere waits: `escape next " + e.ID + " --signed FILE`."
}

// askedWallet reports whether the escape's plan was made for a wallet to
// send (pipeline's wallet.go notes it), not for signing elsewhere.
func askedWallet(e *record.Escape) bool {
	for i := len(e.Notes) - 1; i >= 0; i-- {
		t := e.Notes[i].Text
		if strings.HasPrefix(t, "asked the wallet to send") {
			return true
		}
		if strings.HasPrefix(t, "planned ") {
			return false
		}
	}
	return false
}
