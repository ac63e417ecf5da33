package ui

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/chzyer/readline"
)

// RPCEvent is how an RPC request is going: escape/chain's Event, field
// for field (escape/app converts one into the other), so that this package
// stays free of the RPC client.
type RPCEvent struct {
	Kind     string // "slow", "done", "gave-up", "retry"
	ID       uint64
	Role     string
	Endpoint string // scheme and host only
	Purpose  string
	Method   string
	Waited   time.Duration
	RetryIn  time.Duration
	Next     string
	Reason   string
	Answered bool
}

// The kinds of RPCEvent (escape/chain's Event* constants).
const (
	rpcSlow   = "slow"
	rpcDone   = "done"
	rpcGaveUp = "gave-up"
	rpcRetry  = "retry"
)

// spinnerFrames are drawn in turn on a terminal while a request waits.
var spinnerFrames = []string{"⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"}

const spinnerTick = 100 * time.Millisecond

// spinner is the state of the one progress line on a terminal: the slow
// requests still waiting, oldest shown.
type spinner struct {
	waits   map[uint64]spinWait
	running bool // the redraw goroutine is running
	shown   bool // a spinner line is on the screen now
	held    int  // a prompt is on the screen: draw nothing
	frame   int
	width   func() int // the terminal's width (tests); nil: screenWidth
}

type spinWait struct {
	ev    RPCEvent
	since time.Time // when the request started
}

// RPC shows one event of a slow or failing RPC request: on a terminal a
// spinner line on standard error, redrawn in place and cleared when the
// answer comes; piped, one plain line per event; with --json, one JSON
// line per event on standard error (docs/json.md, "Progress"), so that
// standard output stays the command's results.
func (u *UI) RPC(ev RPCEvent) {
	u.mu.Lock()
	defer u.mu.Unlock()
	switch {
	case u.JSON:
		u.rpcJSONLocked(ev)
	case u.ErrTerminal:
		u.rpcSpinnerLocked(ev)
	default:
		if line := rpcLine(ev); line != "" {
			u.written++
			fmt.Fprintln(u.Err, line)
		}
	}
}

// rpcLine is the sentence for an event ("" for a done event without an
// answer: the gave-up event that follows says it).
func rpcLine(ev RPCEvent) string {
	at := ev.Role + " endpoint " + ev.Endpoint
	switch ev.Kind {
	case rpcSlow:
		return fmt.Sprintf("Waiting for %s (%s): no answer yet after %s.", at, ev.Purpose, seconds(ev.Waited))
	case rpcDone:
		if !ev.Answered {
			return ""
		}
		return fmt.Sprintf("%s answered after %s (%s).", upperFirst(at), seconds(ev.Waited), ev.Purpose)
	case rpcGaveUp:
		next := "no other " + ev.Role + " endpoint to try"
		if ev.Next != "" {
			next = "trying " + ev.Next + " instead"
		}
		return fmt.Sprintf("Gave up on %s (%s): %s; %s.", at, ev.Purpose, ev.Reason, next)
	case rpcRetry:
		return fmt.Sprintf("No %s endpoint answered (%s); asking them again in %s.", ev.Role, ev.Purpose, seconds(ev.RetryIn))
	}
	return ""
}

func (u *UI) rpcJSONLocked(ev RPCEvent) {
	obj := map[string]any{
		"schemaVersion": SchemaVersion,
		"event":         "rpc-" + ev.Kind,
		"id":            ev.ID,
		"role":          ev.Role,
		"purpose":       ev.Purpose,
		"method":        ev.Method,
	}
	if ev.Kind != rpcRetry { // a retry is of every endpoint
		obj["endpoint"] = ev.Endpoint
	}
	switch ev.Kind {
	case rpcSlow, rpcDone, rpcGaveUp:
		obj["waitedMs"] = ev.Waited.Milliseconds()
	case rpcRetry:
		obj["retryInMs"] = ev.RetryIn.Milliseconds()
	}
	switch ev.Kind {
	case rpcDone:
		obj["answered"] = ev.Answered
	case rpcGaveUp:
		obj["reason"] = ev.Reason
		obj["next"] = ev.Next
	}
	b, _ := json.Marshal(obj)
	fmt.Fprintln(u.Err, string(b))
}

func (u *UI) rpcSpinnerLocked(ev RPCEvent) {
	s := &u.spin
	if s.waits == nil {
		s.waits = map[uint64]spinWait{}
	}
	switch ev.Kind {
	case rpcSlow:
		s.waits[ev.ID] = spinWait{ev: ev, since: time.Now().Add(-ev.Waited)}
		u.drawSpinnerLocked()
		if !s.running {
			s.running = true
			go u.spin.redraw(u)
		}
	case rpcDone:
		delete(s.waits, ev.ID)
		u.clearSpinnerLocked()
		u.drawSpinnerLocked()
	default:
		// Gave up, retry: a line that stays, above the spinner.
		u.clearSpinnerLocked()
		u.written++
		fmt.Fprintln(u.Err, u.warnColor(rpcLine(ev)))
		u.drawSpinnerLocked()
	}
}

// redraw turns the spinner while requests wait; it ends when none does.
func (s *spinner) redraw(u *UI) {
	t := time.NewTicker(spinnerTick)
	defer t.Stop()
	for range t.C {
		u.mu.Lock()
		if len(s.waits) == 0 {
			s.running = false
			u.mu.Unlock()
			return
		}
		s.frame++
		u.drawSpinnerLocked()
		u.mu.Unlock()
	}
}

// drawSpinnerLocked draws the line for the oldest waiting request over the
// current one (nothing while a prompt is up or nothing waits).
func (u *UI) drawSpinnerLocked() {
	s := &u.spin
	if len(s.waits) == 0 || s.held > 0 {
		return
	}
	ids := make([]uint64, 0, len(s.waits))
	for id := range s.waits {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return s.waits[ids[i]].since.Before(s.waits[ids[j]].since) })
	w := s.waits[ids[0]]
	text := fmt.Sprintf("Waiting for %s endpoint %s (%s)… %s", w.ev.Role, w.ev.Endpoint, w.ev.Purpose, seconds(time.Since(w.since)))
	if len(ids) > 1 {
		text += fmt.Sprintf(" (and %d more)", len(ids)-1)
	}
	// A line wider than the terminal wraps, and \r would then redraw only
	// its last row.
	width := screenWidth
	if s.width != nil {
		width = s.width
	}
	if width, r := width(), []rune(text); len(r) > width-3 {
		text = string(r[:max(width-4, 10)]) + "…"
	}
	glyph := spinnerFrames[s.frame%len(spinnerFrames)]
	if ColorEnabled() {
		glyph = "\033[36m" + glyph + "\033[0m"
	}
	fmt.Fprintf(u.Err, "\r\033[K%s %s", glyph, text)
	s.shown = true
}

// clearSpinnerLocked erases the spinner line, if one is shown, so that
// what is written next starts on a clean line. The spinner is drawn again
// at its next turn.
func (u *UI) clearSpinnerLocked() {
	if u.spin.shown {
		fmt.Fprint(u.Err, "\r\033[K")
		u.spin.shown = false
	}
}

// HoldProgress clears the spinner and keeps it off while a prompt is on
// the screen (Confirm and Password do; so must any other prompt drawn on
// Err while RPC requests may be in flight); the returned function lets it
// back.
func (u *UI) HoldProgress() func() {
	u.mu.Lock()
	u.spin.held++
	u.clearSpinnerLocked()
	u.mu.Unlock()
	return func() {
		u.mu.Lock()
		u.spin.held--
		u.mu.Unlock()
	}
}

func (u *UI) warnColor(s string) string {
	if !ColorEnabled() {
		return s
	}
	return "\033[33m" + s + "\033[0m"
}

// screenWidth is the terminal's width in columns (80 if unknown).
func screenWidth() int {
	if w := readline.GetScreenWidth(); w > 20 {
		return w
	}
	return 80
}

// seconds prints a short wait: "1s", "2.4s", "12s", "500ms".
func seconds(d time.Duration) string {
	switch {
	case d < time.Second:
		return d.Round(time.Millisecond).String()
	case d < 10*time.Second:
		return d.Round(100 * time.Millisecond).String()
	}
	return d.Round(time.Second).String()
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// stderrIsTerminal: the spinner redraws in place only on a terminal that
// understands it.
func stderrIsTerminal() bool {
	return isTerminal(os.Stderr) && os.Getenv("TERM") != "dumb"
}
