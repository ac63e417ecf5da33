package ui

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"sync"
	"time"

	"github.com/manifoldco/promptui"

	"github.com/l2escape/escape/escape"
)

// Prompter asks a person, on a terminal, for what a command lacks (guided
// mode, escape/app/guided.go). Tests give a scripted one; Prompts is the
// terminal's.
type Prompter interface {
	// Select shows items and returns the index picked. With search set,
	// typing filters and orders the list: search(typed, i) ranks item i
	// for what is typed, NoMatch hides it, and lower ranks come first
	// (ties in the list's order).
	Select(label string, items []string, search func(typed string, i int) int) (int, error)
	// Input reads a line; def is kept if the user only presses Enter. An
	// answer validate refuses is shown with its reason and asked again.
	Input(label, def string, validate func(string) error) (string, error)
	// Secret reads a line without showing it (each character is a '*').
	Secret(label string, validate func(string) error) (string, error)
}

// Prompts is the Prompter on a terminal: promptui reading In and drawing on
// Out (standard error, so that standard output keeps only results). Colour
// follows ColorEnabled, as the confirmation does.
type Prompts struct {
	In  io.ReadCloser
	Out io.Writer
}

// Prompter returns the terminal prompter of u's streams.
func (u *UI) Prompter() *Prompts { return &Prompts{In: u.In, Out: u.Err} }

// Cancelled is what every prompt returns on Ctrl-C or Ctrl-D: nothing has
// been signed at that point, so the user is told so.
func Cancelled() error {
	return escape.Errorf("cancelled", "nothing was signed or sent", "cancelled")
}

func promptErr(err error) error {
	if errors.Is(err, promptui.ErrInterrupt) || errors.Is(err, promptui.ErrEOF) || errors.Is(err, io.EOF) {
		return Cancelled()
	}
	return err
}

// selectSize is how many items a list shows at once.
const selectSize = 10

// settlingWriter is promptui's output. readline calls promptui's key
// listener, which redraws the prompt, on its own goroutine, and for the
// Enter key only after Run has returned: a line printed right after a
// prompt can be wiped by that late redraw (seen in the tmux tests). settle
// waits until the prompt has been quiet for a moment.
type settlingWriter struct {
	w    io.Writer
	mu   sync.Mutex
	last time.Time
}

func (s *settlingWriter) Write(b []byte) (int, error) {
	s.mu.Lock()
	s.last = time.Now()
	s.mu.Unlock()
	return s.w.Write(b)
}

func (s *settlingWriter) Close() error { return nil }

const (
	settleQuiet = 40 * time.Millisecond
	settleMax   = 400 * time.Millisecond
)

func (s *settlingWriter) settle() {
	for start := time.Now(); time.Since(start) < settleMax; time.Sleep(5 * time.Millisecond) {
		s.mu.Lock()
		quiet := time.Since(s.last) >= settleQuiet
		s.mu.Unlock()
		if quiet {
			return
		}
	}
}

// NoMatch is the rank of an item a search hides.
const NoMatch = -1

func (p *Prompts) Select(label string, items []string, search func(typed string, i int) int) (int, error) {
	ColorEnabled() // NO_COLOR decolours promptui's templates before first use
	out := &settlingWriter{w: p.Out}
	defer out.settle()
	slots := newRankedSlots(items)
	s := promptui.Select{Label: label, Items: slots.lines, Size: selectSize, Stdin: p.In, Stdout: out}
	if search != nil {
		s.Searcher = slots.searcher(search)
		s.StartInSearchMode = true
	}
	s.Templates = &promptui.SelectTemplates{
		// The labels are questions: no colon after their question mark.
		Label: promptui.IconInitial + " {{ . }}",
		Help:  `{{ "type to search, arrows to move, Enter to pick" | faint }}`,
	}
	if search == nil {
		s.Templates.Help = `{{ "arrows to move, Enter to pick" | faint }}`
	}
	i, _, err := s.Run()
	if err != nil {
		return 0, promptErr(err)
	}
	return slots.lines[i].item, nil
}

// rankedSlots orders a searchable list's matches best first. promptui
// filters a list as one types but keeps its order (typing "arb" listed
// Arbitrum Nova above Arbitrum One, which "arb" names): so its lines are
// slots, and each search deals the items to the slots anew, the matches
// first by rank, then the rest, hidden. promptui draws a slot's current
// text and returns the slot's index, which item says.
type rankedSlots struct {
	items []string
	lines []*rankedLine
}

type rankedLine struct {
	item  int // the index in items this line shows now
	label string
}

func (l *rankedLine) String() string { return l.label }

func newRankedSlots(items []string) *rankedSlots {
	r := &rankedSlots{items: items, lines: make([]*rankedLine, len(items))}
	for i, it := range items {
		r.lines[i] = &rankedLine{item: i, label: it}
	}
	return r
}

// searcher is promptui's Searcher: it asks about each slot in order for
// each search, so the first question of a search deals the items.
func (r *rankedSlots) searcher(rank func(typed string, i int) int) func(string, int) bool {
	shown := 0
	return func(typed string, slot int) bool {
		if slot == 0 {
			shown = r.deal(typed, rank)
		}
		return slot < shown
	}
}

// deal puts the items that match typed into the first slots, best rank
// first, and returns how many match.
func (r *rankedSlots) deal(typed string, rank func(typed string, i int) int) int {
	order := make([]int, 0, len(r.items))
	ranks := make([]int, len(r.items))
	for i := range r.items {
		if ranks[i] = rank(typed, i); ranks[i] != NoMatch {
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(a, b int) bool { return ranks[order[a]] < ranks[order[b]] })
	matches := len(order)
	for i := range r.items {
		if ranks[i] == NoMatch {
			order = append(order, i)
		}
	}
	for slot, i := range order {
		r.lines[slot].item, r.lines[slot].label = i, r.items[i]
	}
	return matches
}

func (p *Prompts) Input(label, def string, validate func(string) error) (string, error) {
	return p.ask(promptui.Prompt{Label: label, Default: def}, validate)
}

func (p *Prompts) Secret(label string, validate func(string) error) (string, error) {
	return p.ask(promptui.Prompt{Label: label, Mask: '*'}, validate)
}

// ask puts one question until validate accepts the answer. The check is
// escape's, not promptui's: promptui prints a refused answer's reason from
// readline's goroutine while its own goroutine is still deciding, a data
// race that on a busy machine loses the reason until the next key (seen on
// a 2-core CI run, and by go test -race). Here a refused answer is printed
// with its reason, and asked again with the answer ready to edit (secrets
// start empty).
func (p *Prompts) ask(pr promptui.Prompt, validate func(string) error) (string, error) {
	pr.Stdin, pr.Templates = p.In, inputTemplates()
	for {
		out := &settlingWriter{w: p.Out}
		pr.Stdout = out
		s, err := pr.Run()
		out.settle()
		if err != nil {
			return "", promptErr(err)
		}
		if validate == nil {
			return s, nil
		}
		refused := validate(s)
		if refused == nil {
			return s, nil
		}
		fmt.Fprintln(p.Out, refusedLine(refused))
		if pr.Mask == 0 {
			pr.Default, pr.AllowEdit = s, true
		}
	}
}

// Interactive reports whether a person can answer prompts: standard input
// and standard error are terminals.
func Interactive() bool { return isTerminal(os.Stdin) && isTerminal(os.Stderr) }
