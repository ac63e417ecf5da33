package pipeline

// Signing elsewhere (docs/offline.md). With Offline set, Send runs every
// step up to the signature (verify, simulation with the given sender,
// summary), then writes the transaction unsigned to a file and keeps the
// same plan in the record instead of signing. SubmitSigned takes the signed
// raw transaction back, checks it field by field against that plan, and
// only then records and broadcasts it through the usual path.

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/escape/ui"
	"github.com/l2escape/escape/escape/units"
)

// Offline makes the pipeline write transactions for a signer elsewhere.
type Offline struct {
	// File receives the unsigned transaction as JSON; "-" is the output.
	File string
	// Out, if set, is where "-" writes without --json (the standard
	// output, while the UI prints for people on standard error).
	Out io.Writer
}

// Bounds a signed transaction may differ from its plan by: a signer may
// raise the fees (a busier L1 by the time it signs) and the gas limit, up
// to these factors, never lower them.
const (
	MaxFeeRaise = 3 // maxFeePerGas at most 3× the planned one
	MaxGasRaise = 2 // gas limit at most 2× the planned one
)

// CodeAwaitingSignature is the outcome of a planned (unsigned) step: not a
// failure, the command stops there until `escape next REF --signed`.
const CodeAwaitingSignature = "awaiting-signature"

// UnsignedFile is what --unsigned writes: the plan, a command line that
// signs it with foundry's cast, and the same transaction as the JSON-RPC
// eth_signTransaction parameter. It is the `unsigned` object of
// docs/json.md, versioned like every object escape prints: the file, the
// object --unsigned - prints, and the --json line are one form.
type UnsignedFile struct {
	SchemaVersion int    `json:"schemaVersion"`
	Event         string `json:"event"` // "unsigned"
	Escape        string `json:"escape"`
	// File is where the object went ("-": the output); absent in the file.
	File string `json:"file,omitempty"`
	record.Unsigned
	Cast string `json:"cast"`
	Then string `json:"then"`
	Tx   RPCTx  `json:"tx"`
}

// RPCTx is an unsigned transaction in the JSON-RPC form (hex quantities) a
// signer holding the key takes: eth_signTransaction's parameter, clef's
// account_signTransaction. The call data is given both as "input" (the
// execution API's name) and "data" (the older one), with the same bytes.
type RPCTx struct {
	Type                 hexutil.Uint64 `json:"type"`
	ChainID              *hexutil.Big   `json:"chainId"`
	From                 common.Address `json:"from"`
	Nonce                hexutil.Uint64 `json:"nonce"`
	To                   common.Address `json:"to"`
	Value                *hexutil.Big   `json:"value"`
	Gas                  hexutil.Uint64 `json:"gas"`
	MaxFeePerGas         *hexutil.Big   `json:"maxFeePerGas"`
	MaxPriorityFeePerGas *hexutil.Big   `json:"maxPriorityFeePerGas"`
	Input                hexutil.Bytes  `json:"input"`
	Data                 hexutil.Bytes  `json:"data"`
}

// rpcTxOf is a plan in the JSON-RPC form.
func rpcTxOf(u *record.Unsigned) RPCTx {
	big10 := func(s string) *hexutil.Big { v, _ := new(big.Int).SetString(s, 10); return (*hexutil.Big)(v) }
	return RPCTx{Type: hexutil.Uint64(u.Type), ChainID: (*hexutil.Big)(new(big.Int).SetUint64(u.ChainID)), From: u.From,
		Nonce: hexutil.Uint64(u.Nonce), To: u.To, Value: big10(u.Value), Gas: hexutil.Uint64(u.Gas),
		MaxFeePerGas: big10(u.MaxFeePerGas), MaxPriorityFeePerGas: big10(u.MaxPriorityFeePerGas), Input: u.Data, Data: u.Data}
}

// UnsignedFileOf is the --unsigned object of a plan of escape id.
func UnsignedFileOf(id string, plan *record.Unsigned) UnsignedFile {
	then := "escape next " + id + " --signed FILE"
	if plan.Layer == "L2" {
		// Arbitrum's L2 transaction: the Inbox call that carries it is
		// written in the same run.
		then += " --from " + plan.From.Hex() + " --unsigned inbox.json"
	}
	return UnsignedFile{SchemaVersion: ui.SchemaVersion, Event: "unsigned", Escape: id, Unsigned: *plan, Cast: CastCommand(plan),
		Then: then, Tx: rpcTxOf(plan)}
}

// PlanOf describes an unsigned EIP-1559 transaction as a plan.
func PlanOf(tx *types.Transaction, from common.Address, step, layer string) *record.Unsigned {
	return &record.Unsigned{Step: step, Layer: layer, Type: types.DynamicFeeTxType, ChainID: tx.ChainId().Uint64(), From: from,
		Nonce: tx.Nonce(), To: *tx.To(), Value: tx.Value().String(), Data: tx.Data(), Gas: tx.Gas(),
		MaxFeePerGas: tx.GasFeeCap().String(), MaxPriorityFeePerGas: tx.GasTipCap().String(), PlannedAt: time.Now().UTC()}
}

// CastCommand is the `cast mktx` line that signs a plan (foundry's cast:
// --gas-price is the max fee per gas of an EIP-1559 transaction). The key
// option is left for the user: --ledger, --trezor, --keystore FILE or
// --interactive.
func CastCommand(u *record.Unsigned) string {
	cmd := fmt.Sprintf("cast mktx --ledger --chain %d --nonce %d --gas-limit %d --gas-price %s --priority-gas-price %s --value %s %s",
		u.ChainID, u.Nonce, u.Gas, u.MaxFeePerGas, u.MaxPriorityFeePerGas, u.Value, u.To.Hex())
	if len(u.Data) > 0 {
		cmd += " " + hexutil.Encode(u.Data)
	}
	return cmd
}

// planOffline keeps the plan in the record (creating the escape if it is
// new) and writes the unsigned transaction; it returns the
// awaiting-signature outcome.
func (p *Pipeline) planOffline(ctx context.Context, e *record.Escape, step string, from common.Address, tx *types.DynamicFeeTx) error {
	nonce, err := p.L1.PendingNonceAt(ctx, from)
	if err != nil {
		return rpcErr(err, "read your L1 nonce")
	}
	tx.Nonce = nonce
	plan := PlanOf(types.NewTx(tx), from, step, "L1")
	return p.SavePlan(e, plan)
}

// SavePlan records a plan and writes it to the --unsigned file. Flows that
// sign on L2 (Arbitrum) call it for their L2 transaction.
func (p *Pipeline) SavePlan(e *record.Escape, plan *record.Unsigned) error {
	prev := e.Unsigned
	e.Unsigned = plan
	if e.ID == "" && e.Stage == "" {
		e.Stage = escape.StageSigned // recorded, nothing on L1 yet
	}
	// As when signing (record): later steps reopen the user's own network file.
	if p.Net != nil && !p.Net.Verified && e.NetworkFile == "" {
		if abs, err := filepath.Abs(p.Net.File); err == nil {
			e.NetworkFile = abs
		}
	}
	e.Note("planned %s transaction (%s nonce %d) for signing elsewhere", plan.Step, plan.Layer, plan.Nonce)
	if err := p.saveSigned(e); err != nil {
		e.Unsigned = prev
		e.Notes = e.Notes[:len(e.Notes)-1]
		return escape.Wrap(err, "record-write", "fix the record directory (ESCAPE_HOME) and run again", "could not save the planned transaction")
	}
	out := UnsignedFileOf(e.ID, plan)
	then := out.Then
	guide := fmt.Sprintf("\nNothing was signed or sent. The %s %s transaction to sign is in %s (escape %s).\nSign it with your key elsewhere, for example:\n  %s\nthen give the signed raw transaction back:\n  %s\n",
		plan.Layer, plan.Step, p.Offline.File, e.ID, out.Cast, then)
	switch {
	case p.Offline.File == "-" && p.UI.JSON:
		// One JSON line, the command's last, carrying the whole
		// transaction: the output is the file.
		out.File = "-"
		p.UI.Event("unsigned", out, nil)
	case p.Offline.File == "-":
		// The output is the transaction itself: the guidance goes aside.
		w := p.Offline.Out
		if w == nil {
			w = p.UI.Out
		}
		if _, err := w.Write(indented(out)); err != nil {
			return escape.Wrap(err, "unsigned-write", "the plan is in the record: run the step again with --unsigned FILE", "could not write the unsigned transaction")
		}
		p.UI.Progress("%s", strings.Replace(guide, " is in - ", " is above ", 1))
	default:
		if err := os.WriteFile(p.Offline.File, indented(out), 0o644); err != nil {
			return escape.Wrap(err, "unsigned-write", "the plan is in the record: run the step again with another --unsigned FILE", "could not write the unsigned transaction")
		}
		out.File = p.Offline.File
		p.UI.Event("unsigned", out, func(w io.Writer) { fmt.Fprint(w, guide) })
	}
	return escape.Errorf(CodeAwaitingSignature, "sign the transaction elsewhere, then run `"+then+"`",
		"the %s transaction of escape %s waits for its signature", plan.Step, e.ID)
}

// indented is the object as the file holds it, for people and signers.
func indented(out UnsignedFile) []byte {
	b, _ := json.MarshalIndent(out, "", "  ") // plain fields: cannot fail
	return append(b, '\n')
}

// ReadSigned reads a signed raw transaction: 0x-hex given inline, "-" for
// standard input, or a file holding the hex (cast mktx's output).
func ReadSigned(arg string, stdin io.Reader) (*types.Transaction, error) {
	text := arg
	if arg == "-" {
		b, err := io.ReadAll(stdin)
		if err != nil {
			return nil, err
		}
		text = string(b)
	} else if !strings.HasPrefix(arg, "0x") {
		b, err := os.ReadFile(arg)
		if err != nil {
			return nil, escape.Wrap(err, "bad-signed-tx", "--signed takes a file, 0x-hex or - (standard input)", "cannot read %s", arg)
		}
		text = string(b)
	}
	raw, err := hexutil.Decode(strings.TrimSpace(text))
	if err != nil {
		return nil, escape.Errorf("bad-signed-tx", "give the signed raw transaction as 0x-hex, as `cast mktx` prints it", "the signed transaction is not hex: %v", err)
	}
	var tx types.Transaction
	if err := tx.UnmarshalBinary(raw); err != nil {
		return nil, escape.Errorf("bad-signed-tx", "give the signed raw transaction as 0x-hex, as `cast mktx` prints it", "the signed transaction cannot be decoded: %v", err)
	}
	return &tx, nil
}

// CheckSigned compares a signed transaction with its plan and names the
// first field that differs.
func CheckSigned(plan *record.Unsigned, tx *types.Transaction) error {
	mismatch := func(field, got, want string) error {
		return escape.Errorf("signed-mismatch",
			"nothing was recorded or sent; sign exactly the planned transaction (the file --unsigned wrote, or `escape status` for the escape)",
			"the signed transaction's %s is %s, the plan says %s", field, got, want)
	}
	big10 := func(s string) *big.Int { v, _ := new(big.Int).SetString(s, 10); return v }
	if tx.Type() != types.DynamicFeeTxType {
		return mismatch("type", fmt.Sprint(tx.Type()), "2 (EIP-1559)")
	}
	if tx.ChainId().Uint64() != plan.ChainID || !tx.ChainId().IsUint64() {
		return mismatch("chain id", tx.ChainId().String(), fmt.Sprint(plan.ChainID))
	}
	if tx.Nonce() != plan.Nonce {
		return mismatch("nonce", fmt.Sprint(tx.Nonce()), fmt.Sprint(plan.Nonce))
	}
	if tx.To() == nil || *tx.To() != plan.To {
		got := "none (a contract creation)"
		if tx.To() != nil {
			got = tx.To().Hex()
		}
		return mismatch("to", got, plan.To.Hex())
	}
	if tx.Value().Cmp(big10(plan.Value)) != 0 {
		return mismatch("value", tx.Value().String(), plan.Value)
	}
	if string(tx.Data()) != string(plan.Data) {
		return mismatch("data", fmt.Sprintf("%d bytes %s…", len(tx.Data()), hexPrefix(tx.Data())), fmt.Sprintf("%d bytes %s…", len(plan.Data), hexPrefix(plan.Data)))
	}
	if n := len(tx.AccessList()); n != 0 {
		// Not in the plan: it adds intrinsic gas the planned limit does
		// not count.
		return mismatch("access list", fmt.Sprintf("%d entries", n), "none")
	}
	if tx.Gas() < plan.Gas || tx.Gas() > plan.Gas*MaxGasRaise {
		return mismatch("gas limit", fmt.Sprint(tx.Gas()), fmt.Sprintf("%d (up to %d)", plan.Gas, plan.Gas*MaxGasRaise))
	}
	maxFee, tip := big10(plan.MaxFeePerGas), big10(plan.MaxPriorityFeePerGas)
	if tx.GasFeeCap().Cmp(maxFee) < 0 || tx.GasFeeCap().Cmp(new(big.Int).Mul(maxFee, big.NewInt(MaxFeeRaise))) > 0 {
		return mismatch("maxFeePerGas", tx.GasFeeCap().String(), fmt.Sprintf("%s (up to %d×)", plan.MaxFeePerGas, MaxFeeRaise))
	}
	if tx.GasTipCap().Cmp(tip) < 0 || tx.GasTipCap().Cmp(tx.GasFeeCap()) > 0 {
		return mismatch("maxPriorityFeePerGas", tx.GasTipCap().String(), fmt.Sprintf("%s (up to the max fee per gas)", plan.MaxPriorityFeePerGas))
	}
	signer, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
	if err != nil {
		return mismatch("signature", "invalid ("+err.Error()+")", "a signature by "+plan.From.Hex())
	}
	if signer != plan.From {
		return mismatch("signer", signer.Hex(), plan.From.Hex())
	}
	return nil
}

func hexPrefix(b []byte) string {
	if len(b) > 8 {
		b = b[:8]
	}
	return hexutil.Encode(b)
}

// TakeSigned checks a signed transaction against the escape's plan and
// returns the plan it answers; the caller records and sends it.
func TakeSigned(e *record.Escape, tx *types.Transaction) (*record.Unsigned, error) {
	plan := e.Unsigned
	if plan == nil {
		return nil, escape.Errorf("no-unsigned-plan", "run the step with --from ADDRESS --unsigned FILE first; `escape status "+e.ID+"` shows where the escape stands",
			"escape %s has no transaction waiting for a signature", e.ID)
	}
	if err := CheckSigned(plan, tx); err != nil {
		return nil, err
	}
	return plan, nil
}

// SubmitSigned records and broadcasts the signed form of the escape's
// planned L1 transaction, once it matches the plan, and waits for it.
func (p *Pipeline) SubmitSigned(ctx context.Context, e *record.Escape, tx *types.Transaction) (*Result, error) {
	ctx = ownPurpose(ctx)
	plan, err := TakeSigned(e, tx)
	if err != nil {
		return nil, err
	}
	if plan.Layer == "L2" {
		if err := p.checkL2Balance(ctx, plan, tx); err != nil {
			return nil, err
		}
		return nil, p.acceptSignedL2(e, plan, tx)
	}
	// The step may have been done since it was planned (with a key, or by
	// another run): never send a second transaction for it.
	for _, t := range e.TxsFor(plan.Step) {
		if retriedBy(t, plan) {
			continue
		}
		if t.State.Pending() || t.State == record.TxMined {
			return nil, escape.Errorf("step-done", "`escape status "+e.ID+"` shows where it stands; plan the next step with --unsigned",
				"the %s step of this escape already has transaction %s (%s): the planned one is not sent", plan.Step, t.Hash.Hex(), t.State)
		}
	}
	if err := p.EnsureVerified(ctx); err != nil {
		return nil, err
	}
	// As in Send: another escape process sending from this account waits
	// until this transaction is broadcast.
	unlockAccount, err := p.lockAccount(ctx, plan.ChainID, plan.From)
	if err != nil {
		return nil, err
	}
	defer unlockAccount()
	e.Unsigned = nil
	rec, err := p.record(e, plan.Step, tx, plan.From, time.Time{})
	if err != nil {
		e.Unsigned = plan
		return nil, err
	}
	return p.broadcastAndWait(ctx, e, rec, tx, &Result{Tx: rec, GasLimit: tx.Gas()})
}

// retriedBy says whether t is an earlier attempt of the step that plan
// deliberately follows: mined before the plan was made, with another call
// (Send plans over a mined transaction only for Request.Retry: an Arbitrum
// L2 transaction dropped for its max fee, re-signed, whose new L1 carrier
// holds other bytes). One without its raw bytes was imported from L1 with
// the escape, so it is earlier than any plan.
func retriedBy(t *record.Tx, plan *record.Unsigned) bool {
	if t.State != record.TxMined || !t.SignedAt.Before(plan.PlannedAt) {
		return false
	}
	if len(t.Raw) == 0 {
		return true
	}
	var tx types.Transaction
	if err := tx.UnmarshalBinary(t.Raw); err != nil {
		return false
	}
	return string(tx.Data()) != string(plan.Data)
}

// checkL2Balance refuses an Arbitrum L2 transaction signed elsewhere that
// the sender's L2 balance cannot pay (gas limit × max fee + value): the
// signer may raise gas and fees within the plan's bounds, and nitro drops
// a transaction its balance is short of, after the L1 carrier was paid
// for. Without an L2 to read, it is said and not checked.
func (p *Pipeline) checkL2Balance(ctx context.Context, plan *record.Unsigned, tx *types.Transaction) error {
	var balance *big.Int
	var err error
	if p.L2Balance != nil {
		balance, err = p.L2Balance(ctx, plan.From)
	}
	if balance == nil {
		why := "no L2 RPC answers"
		if err != nil {
			why = err.Error()
		}
		p.UI.Progress("Your L2 balance could not be read (%s): it is not checked that it pays the signed L2 transaction's gas limit × max fee + value (%s).",
			why, units.ETH(new(big.Int).Add(new(big.Int).Mul(new(big.Int).SetUint64(tx.Gas()), tx.GasFeeCap()), tx.Value())))
		return nil
	}
	return CheckSignedL2(plan, tx, balance)
}

// acceptSignedL2 keeps Arbitrum's signed L2 transaction: the escape then
// stands as if escape had signed it itself (signed, not yet sent through
// the Inbox), and the flow carries these bytes to L1 on its next run.
func (p *Pipeline) acceptSignedL2(e *record.Escape, plan *record.Unsigned, tx *types.Transaction) error {
	if e.Arb == nil {
		return fmt.Errorf("pipeline: escape %s plans an L2 transaction but has no Arbitrum state", e.ID)
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		return err
	}
	a, refs, notes := *e.Arb, e.Refs, e.Notes
	if e.Arb.L2SignedTx == "" { // the escape's first L2 transaction
		e.Arb.L2TxHash, e.Arb.L2SignedTx = tx.Hash(), hexutil.Encode(raw)
		e.Arb.L2GasLimit, e.Arb.L2MaxFeePerGas = tx.Gas(), tx.GasFeeCap().String()
		e.AddRef(tx.Hash())
	} else { // a re-sign (arbitrum/refee.go) of one dropped for its max fee
		if e.Arb.L2Outcome != "dropped" || e.Arb.L2Nonce != tx.Nonce() {
			return escape.Errorf("plan-stale", "`escape status "+e.ID+"` shows where it stands; plan it again with `escape next "+e.ID+" --from ADDRESS --unsigned FILE` if it is still due",
				"the planned L2 transaction re-signs %s at nonce %d, which is no longer the escape's dropped transaction: nothing was recorded or sent", e.Arb.L2TxHash.Hex(), tx.Nonce())
		}
		ReplaceL2Tx(e, tx, raw)
	}
	e.Note("signed L2 transaction %s given back (nonce %d, signed elsewhere)", tx.Hash().Hex(), tx.Nonce())
	e.Unsigned = nil
	if err := p.Store.Save(e); err != nil {
		*e.Arb, e.Refs, e.Notes, e.Unsigned = a, refs, notes, plan
		return escape.Wrap(err, "record-write", "nothing was sent; fix the record directory (ESCAPE_HOME) and run again", "could not save the signed L2 transaction")
	}
	p.UI.Event("signed-l2", map[string]any{"escape": e.ID, "hash": tx.Hash()}, func(w io.Writer) {
		fmt.Fprintf(w, "The signed L2 transaction %s matches the plan and is saved to escape %s.\n", tx.Hash().Hex(), e.ID)
	})
	return nil
}

// ReplaceL2Tx makes l2tx, re-signed at the same nonce with a higher max
// fee, the escape's Arbitrum L2 transaction in place of one the L2 dropped
// for its max fee, which is kept in Arb.Dropped with its delayed message.
// Signed by a key or a wallet (arbitrum/refee.go) or elsewhere
// (acceptSignedL2).
func ReplaceL2Tx(e *record.Escape, l2tx *types.Transaction, raw []byte) {
	a := e.Arb
	var index uint64
	if a.Message != nil {
		index = a.Message.Index
	}
	a.Dropped = append(append([]record.ArbDroppedTx{}, a.Dropped...), record.ArbDroppedTx{L2TxHash: a.L2TxHash, L2SignedTx: a.L2SignedTx,
		L2MaxFeePerGas: a.L2MaxFeePerGas, MessageIndex: index, Reason: a.L2Reason})
	e.Note("re-signed L2 transaction %s (nonce %d, max fee %s) replaces %s, dropped: %s", l2tx.Hash().Hex(), a.L2Nonce, units.Gwei(l2tx.GasFeeCap()), a.L2TxHash.Hex(), a.L2Reason)
	a.L2TxHash, a.L2SignedTx, a.L2MaxFeePerGas, a.L2GasLimit = l2tx.Hash(), hexutil.Encode(raw), l2tx.GasFeeCap().String(), l2tx.Gas()
	a.Message, a.IncludedBy = nil, ""
	a.L2Outcome, a.L2Reason, a.L2Block, a.L2BlockHash, a.Withdrawal = "", "", 0, common.Hash{}, nil
	e.AddRef(l2tx.Hash())
}
