package app

import (
	"context"
	"io"
	"os"

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
	if off.Unsigned == "" && off.Signed == "" && off.From != "" && !o.DryRun {
		return nil, escape.Errorf("usage", "--from goes with --unsigned FILE (sign elsewhere) or --dry-run (simulate as that address)", "--from without --unsigned")
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
	st.Do += " The " + e.Unsigned.Step + " transaction planned for signing elsewhere waits: `escape next " + e.ID + " --signed FILE`."
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
