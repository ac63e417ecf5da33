package ui

import (
	"errors"
	"io"
	"os"
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
	// typing filters the list: search(typed, i) says whether item i matches.
	Select(label string, items []string, search func(typed string, i int) bool) (int, error)
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

func (p *Prompts) Select(label string, items []string, search func(typed string, i int) bool) (int, error) {
	ColorEnabled() // NO_COLOR decolours promptui's templates before first use
	out := &settlingWriter{w: p.Out}
	defer out.settle()
	s := promptui.Select{Label: label, Items: items, Size: selectSize, Stdin: p.In, Stdout: out}
	if search != nil {
		s.Searcher = search
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
	return i, nil
}

func (p *Prompts) Input(label, def string, validate func(string) error) (string, error) {
	out := &settlingWriter{w: p.Out}
	defer out.settle()
	pr := promptui.Prompt{Label: label, Default: def, Validate: validate, Stdin: p.In, Stdout: out, Templates: promptTemplates()}
	s, err := pr.Run()
	if err != nil {
		return "", promptErr(err)
	}
	return s, nil
}

func (p *Prompts) Secret(label string, validate func(string) error) (string, error) {
	out := &settlingWriter{w: p.Out}
	defer out.settle()
	pr := promptui.Prompt{Label: label, Mask: '*', Validate: validate, Stdin: p.In, Stdout: out, Templates: promptTemplates()}
	s, err := pr.Run()
	if err != nil {
		return "", promptErr(err)
	}
	return s, nil
}

// Interactive reports whether a person can answer prompts: standard input
// and standard error are terminals.
func Interactive() bool { return isTerminal(os.Stdin) && isTerminal(os.Stderr) }
