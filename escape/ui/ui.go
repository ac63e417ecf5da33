// Package ui prints what escape has to say, for people (plain sentences and
// aligned key/value lines) or for programs (--json: one JSON object per
// line, the last one being the command's result), and asks for confirmation.
// docs/json.md documents every JSON object escape prints.
package ui

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/manifoldco/promptui"

	"github.com/l2escape/escape/escape"
)

// UI is the output of one command run.
type UI struct {
	Out  io.Writer // results (stdout)
	Err  io.Writer // progress and prompts (stderr)
	In   io.ReadCloser
	JSON bool
	// Interactive is true when a person can answer prompts (stdin and
	// stderr are terminals).
	Interactive bool
	// ErrTerminal is true when Err is a terminal: slow RPC requests show a
	// spinner line redrawn in place there, plain lines otherwise.
	ErrTerminal bool
	// Confirm and Password may be replaced in tests; by default they use
	// promptui on the terminal.
	ConfirmFunc  func(question string) (bool, error)
	PasswordFunc func(label string) (string, error)

	mu      sync.Mutex
	spin    spinner // guarded by mu
	written uint64  // lines written through UI, guarded by mu
}

// Written counts the writes made through the UI (results, progress and
// warning lines, errors): `escape watch` redraws in place only while
// nothing else was written below its drawing.
func (u *UI) Written() uint64 {
	u.mu.Lock()
	defer u.mu.Unlock()
	return u.written
}

// New builds a UI on the process's standard streams.
func New(jsonOut bool) *UI {
	u := &UI{Out: os.Stdout, Err: os.Stderr, In: os.Stdin, JSON: jsonOut,
		Interactive: isTerminal(os.Stdin) && isTerminal(os.Stderr), ErrTerminal: stderrIsTerminal()}
	u.ConfirmFunc = u.promptConfirm
	u.PasswordFunc = u.promptPassword
	return u
}

// SchemaVersion is the version of the --json output (docs/json.md). Every
// JSON object escape prints carries it as "schemaVersion", so a program can
// refuse output it does not understand; it changes only when a documented
// field changes meaning or disappears.
const SchemaVersion = 1

// Event writes one JSON line {"schemaVersion": 1, "event": kind, ...fields}
// in JSON mode; in human mode it calls human (if not nil) to write to Out.
func (u *UI) Event(kind string, fields any, human func(w io.Writer)) {
	u.mu.Lock()
	defer u.mu.Unlock()
	u.clearSpinnerLocked()
	u.written++
	if u.JSON {
		obj := map[string]any{}
		if fields != nil {
			b, err := json.Marshal(fields)
			if err == nil {
				// UseNumber: a uint64 stays exact, not a float64.
				dec := json.NewDecoder(bytes.NewReader(b))
				dec.UseNumber()
				_ = dec.Decode(&obj)
			}
			if len(obj) == 0 && err == nil && string(b) != "{}" && string(b) != "null" {
				obj["data"] = json.RawMessage(b)
			}
		}
		checksumAddresses(obj)
		obj["event"] = kind
		obj["schemaVersion"] = SchemaVersion
		b, _ := json.Marshal(obj)
		fmt.Fprintln(u.Out, string(b))
		return
	}
	if human != nil {
		human(u.Out)
	}
}

// checksumAddresses rewrites, in place, every string of v that is a 20-byte
// hex address into its EIP-55 checksummed form: go-ethereum marshals
// common.Address in lower case, and docs/json.md promises checksummed
// addresses (a user copying one gets the checksum check).
func checksumAddresses(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			x[k] = checksumAddresses(e)
		}
	case []any:
		for i, e := range x {
			x[i] = checksumAddresses(e)
		}
	case string:
		if len(x) == 42 && strings.HasPrefix(x, "0x") && common.IsHexAddress(x) {
			return common.HexToAddress(x).Hex()
		}
	}
	return v
}

// Printf writes a human line to Out (nothing in JSON mode).
func (u *UI) Printf(format string, args ...any) {
	if u.JSON {
		return
	}
	u.mu.Lock()
	defer u.mu.Unlock()
	u.clearSpinnerLocked()
	u.written++
	fmt.Fprintf(u.Out, format, args...)
}

// Progress writes a transient progress line to Err (nothing in JSON mode).
func (u *UI) Progress(format string, args ...any) {
	if u.JSON {
		return
	}
	u.mu.Lock()
	defer u.mu.Unlock()
	u.clearSpinnerLocked()
	u.written++
	fmt.Fprintf(u.Err, format+"\n", args...)
}

// KV is one aligned line of a summary.
type KV struct {
	Key   string `json:"key"`
	Value string `json:"value"`
	// Exact, when set, is Value with every figure exact (a fee in wei
	// precision where Value rounds it for people): --json prints it in
	// Value's place (ExactKVs).
	Exact string `json:"-"`
}

// ExactKVs is kvs for --json: each line's Exact in place of its Value
// where it has one.
func ExactKVs(kvs []KV) []KV {
	out := make([]KV, len(kvs))
	for i, kv := range kvs {
		out[i] = KV{Key: kv.Key, Value: kv.Value}
		if kv.Exact != "" {
			out[i].Value = kv.Exact
		}
	}
	return out
}

// WriteKVs prints aligned key/value lines, indented.
func WriteKVs(w io.Writer, kvs []KV) {
	width := 0
	for _, kv := range kvs {
		if len(kv.Key) > width {
			width = len(kv.Key)
		}
	}
	for _, kv := range kvs {
		fmt.Fprintf(w, "  %-*s  %s\n", width+1, kv.Key+":", kv.Value)
	}
}

// Confirm asks a yes/no question. Without a terminal it refuses, so that a
// script never signs by accident: it must pass --yes.
func (u *UI) Confirm(question string) (bool, error) {
	if !u.Interactive || u.ConfirmFunc == nil {
		return false, escape.Errorf("needs-confirmation",
			"review the summary above, then run the same command again with --yes (or --dry-run to only simulate)",
			"no terminal to confirm on")
	}
	defer u.HoldProgress()()
	return u.ConfirmFunc(question)
}

// Password asks for a secret with masked input.
func (u *UI) Password(label string) (string, error) {
	if !u.Interactive || u.PasswordFunc == nil {
		return "", errors.New("no terminal")
	}
	defer u.HoldProgress()()
	return u.PasswordFunc(label)
}

func (u *UI) promptConfirm(question string) (bool, error) {
	out := &settlingWriter{w: u.Err} // select.go: the line after the answer is not wiped
	defer out.settle()
	p := promptui.Prompt{Label: question, IsConfirm: true, Stdin: u.In, Stdout: out, Templates: promptTemplates()}
	_, err := p.Run()
	if err != nil {
		if errors.Is(err, promptui.ErrInterrupt) {
			return false, escape.Errorf("cancelled", "nothing was signed or sent", "cancelled")
		}
		// promptui returns ErrAbort for "n" and for an empty answer.
		return false, nil
	}
	return true, nil
}

func (u *UI) promptPassword(label string) (string, error) {
	out := &settlingWriter{w: u.Err}
	defer out.settle()
	p := promptui.Prompt{Label: label, Mask: '*', Stdin: u.In, Stdout: out, Templates: promptTemplates()}
	s, err := p.Run()
	if err != nil {
		return "", err
	}
	return s, nil
}

type nopCloser struct{ io.Writer }

func (nopCloser) Close() error { return nil }

// PrintError writes an error as "error: ..." and "hint: ..." lines (or a
// JSON object in JSON mode).
func (u *UI) PrintError(err error) {
	hint := escape.HintOf(err)
	u.mu.Lock()
	u.clearSpinnerLocked()
	u.written++
	u.mu.Unlock()
	if u.JSON {
		b, _ := json.Marshal(map[string]any{"schemaVersion": SchemaVersion, "event": "error", "error": err.Error(), "hint": hint, "code": escape.CodeOf(err)})
		fmt.Fprintln(u.Out, string(b))
	}
	fmt.Fprintf(u.Err, "error: %s\n", err)
	if hint != "" {
		fmt.Fprintf(u.Err, "hint: %s\n", hint)
	}
}

// Duration prints a wait for people: "6 days 23 hours", "14 minutes", "40 seconds".
func Duration(d time.Duration) string {
	if d < 0 {
		d = 0
	}
	switch {
	case d >= 48*time.Hour:
		days := int(d / (24 * time.Hour))
		h := int((d % (24 * time.Hour)) / time.Hour)
		return plural(days, "day") + optional(h, "hour")
	case d >= 2*time.Hour:
		h := int(d / time.Hour)
		m := int((d % time.Hour) / time.Minute)
		return plural(h, "hour") + optional(m, "minute")
	case d >= 2*time.Minute:
		return plural(int(d/time.Minute), "minute")
	}
	return plural(int(d/time.Second), "second")
}

func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}

func optional(n int, unit string) string {
	if n == 0 {
		return ""
	}
	return " " + plural(n, unit)
}

// When prints an absolute time with its distance from now: "2026-11-29 10:40 UTC (in 6 days 23 hours)".
func When(t, now time.Time) string {
	s := t.UTC().Format("2006-01-02 15:04 UTC")
	if t.After(now) {
		return s + " (in " + Duration(t.Sub(now)) + ")"
	}
	return s + " (" + Duration(now.Sub(t)) + " ago)"
}

// Indent indents every line of s.
func Indent(s, prefix string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i := range lines {
		lines[i] = prefix + lines[i]
	}
	return strings.Join(lines, "\n") + "\n"
}
