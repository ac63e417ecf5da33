package app

import (
	"context"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/keys"
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

// keyUse says whether a command signs, so whether its key is read before
// any RPC is dialled.
type keyUse int

const (
	signsNothing keyUse = iota // status, find, verify, health
	signsMaybe                 // next, watch: only if a step is due
	signsAlways                // withdraw, send
)

// signingPlan is who signs, settled from the flags (and the key read and
// checked) before any RPC is dialled.
type signingPlan struct {
	offline *pipeline.Offline
	from    common.Address
	signer  *keys.Signer
}

func (sp *signingPlan) apply(p *pipeline.Pipeline) {
	p.Offline = sp.offline
	if sp.signer != nil {
		p.Signer, p.From = sp.signer, sp.signer.Address
	} else if sp.from != (common.Address{}) {
		p.From = sp.from
	}
}

// beforeDial checks the flags for signing elsewhere (--from, --unsigned)
// and, for a command that signs, reads and checks the key: a missing file,
// a damaged keystore or a wrong password is reported before any RPC call,
// never hidden behind an unreachable endpoint. A key is not read when
// another address signs (--from, --signed).
func (o *Options) beforeDial() (*signingPlan, error) {
	off, sp := o.Offline, &signingPlan{}
	if off.Unsigned == "" && off.Signed == "" && off.From != "" && !o.DryRun && o.Wallet == nil {
		return nil, escape.Errorf("usage", "--from goes with --unsigned FILE (sign elsewhere) or --dry-run (simulate as that address)", "--from without --unsigned")
	}
	if o.Wallet != nil && off.Unsigned != "" {
		return nil, escape.Errorf("usage", "choose one: --wallet browser (your wallet sends) or --unsigned FILE (sign elsewhere)", "--wallet with --unsigned")
	}
	if off.Signed == "-" && o.Keys.PasswordFile == "-" {
		return nil, escape.Errorf("usage", "give one of them in a file", "--signed - and --password-file - both read the standard input")
	}
	if off.Unsigned != "" {
		if off.From == "" {
			return nil, escape.Errorf("offline-needs-from", "add --from ADDRESS: the address whose key will sign the transaction elsewhere", "--unsigned needs the signing address")
		}
		if o.DryRun {
			return nil, escape.Errorf("usage", "a dry run writes nothing: drop --dry-run or --unsigned", "--unsigned with --dry-run")
		}
		sp.offline = &pipeline.Offline{File: off.Unsigned}
		if off.Unsigned == "-" && !o.UI.JSON {
			// The output is the transaction alone, for a pipe or a
			// file: what is printed for people goes to standard error.
			sp.offline.Out, o.UI.Out = o.UI.Out, o.UI.Err
		}
	}
	if off.From != "" {
		from, err := units.ParseAddress("--from", off.From)
		if err != nil {
			return nil, err
		}
		sp.from = from
	}
	switch {
	case o.signs == signsNothing || off.From != "" || off.Signed != "":
	case o.Wallet != nil && !o.Keys.Configured(): // the browser wallet sends: wallet.go
	case o.signs == signsAlways || o.Keys.Configured():
		// withdraw and send always need the sender (a dry run too, unless
		// --from names it); next and watch read a key they were given.
		signer, err := o.keySource().Load()
		if err != nil {
			if o.DryRun && !o.Keys.Configured() {
				return nil, escape.Wrap(err, escape.CodeOf(err), "a dry run needs to know the sender: give --from ADDRESS, or the key as for a real run (it is only read, never used to sign in a dry run)", "cannot tell who sends")
			}
			return nil, err
		}
		sp.signer = signer
	}
	return sp, nil
}

// keySource is the key source with the password prompt (on a terminal)
// and the warnings wired to the output.
func (o *Options) keySource() keys.Source {
	src := o.Keys
	if src.Prompt == nil && o.UI.Interactive {
		src.Prompt = o.UI.Password
	}
	if src.Stdin == nil && o.UI.In != nil && !isTerminal(o.UI.In) {
		src.Stdin = o.UI.In // a piped password
	}
	if src.Warn == nil {
		src.Warn = func(msg string) { o.UI.Progress("%s", msg) }
	}
	return src
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
	if e.Unsigned == nil && len(e.Txs) == 0 && len(e.Notes) > 0 && strings.HasPrefix(e.Notes[len(e.Notes)-1].Text, "the wallet never sent") {
		// Its first transaction was planned for a wallet that never sent it.
		return &escape.Status{Ref: e.ID, Network: e.Network, Stack: e.Stack, Stage: escape.StageSigned, At: e.Notes[len(e.Notes)-1].At,
			Happened: "Your wallet never sent this escape's first transaction: nothing is on chain.",
			Do:       "Start the escape again with `escape withdraw` (or `escape send`) and --wallet browser."}
	}
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

// isTerminal reports whether r is a terminal (a character device): a
// password is read from the standard input only when it is piped.
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
