package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/escape/ui"
)

// WatchOptions tunes `escape watch`.
type WatchOptions struct {
	// Refresh is how often the chain is asked again (default 15s).
	Refresh time.Duration
	// Terminal redraws in place with a live countdown; otherwise plain
	// lines are printed only when something changes.
	Terminal bool
	// Once stops after the first status (for tests and scripts).
	MaxRounds int
}

// Watch follows an escape until it is finalized, performing due steps when
// the user agrees (or with --yes). Ctrl-C stops watching and leaves the
// record as it is; running it again resumes.
func Watch(ctx context.Context, o *Options, ref string) error {
	return WatchWith(ctx, o, ref, WatchOptions{Refresh: o.Refresh, Terminal: o.UI.Interactive && !o.JSON})
}

// WatchWith is Watch with explicit options.
func WatchWith(ctx context.Context, o *Options, ref string, wo WatchOptions) error {
	o.signs = signsMaybe
	env, stack, e, err := openEscape(ctx, o, ref, true)
	if err != nil {
		return err
	}
	if st := planOnlyStatus(e); st != nil { // nothing on chain to watch yet: offline.go
		PrintStatus(o.UI, e, st)
		return nil
	}
	if wo.Refresh <= 0 {
		wo.Refresh = 15 * time.Second
	}
	w := &watcher{o: o, env: env, stack: stack, e: e, wo: wo}
	return w.run(ctx)
}

type watcher struct {
	o        *Options
	env      *flow.Env
	stack    flow.Stack
	e        *record.Escape
	wo       WatchOptions
	drawn    int    // lines drawn last time (terminal mode)
	mark     uint64 // the UI's Written count after that drawing
	lastKey  string
	declined map[escape.Action]bool
}

func (w *watcher) run(ctx context.Context) error {
	u := w.o.UI
	w.declined = map[escape.Action]bool{}
	rounds := 0
	for {
		st, err := w.stack.Status(ctx, w.env, w.e)
		if ctx.Err() != nil {
			return w.stopped()
		}
		if err != nil {
			// A failing RPC is not the end of a watch: say so and retry.
			u.Progress("Could not read the status (%s); trying again in %s.", firstLine(err.Error()), ui.Duration(w.wo.Refresh))
		} else {
			settleStage(w.env, w.e, st)
			w.show(st)
			if st.Stage == escape.StageFinalized {
				u.Printf("\nDone: the funds are released on L1.\n")
				return nil
			}
			if st.Action != escape.ActionNone && !w.declined[st.Action] {
				ran, err := w.offerNext(ctx, st)
				if err != nil {
					return err
				}
				if ctx.Err() != nil {
					return w.stopped()
				}
				if ran && w.o.DryRun {
					// Nothing changed on chain or in the record: watching on
					// would offer the same dry run again and again.
					u.Printf("\nDry run: watch stops here. Without --dry-run it would do this step and keep following escape %s.\n", w.e.ID)
					return nil
				}
				continue // show the new state at once
			}
		}
		rounds++
		if w.wo.MaxRounds > 0 && rounds >= w.wo.MaxRounds {
			return nil
		}
		if !w.sleep(ctx, st) {
			return w.stopped()
		}
	}
}

func (w *watcher) stopped() error {
	w.o.UI.Event("stopped", map[string]string{"escape": w.e.ID}, func(out io.Writer) {
		fmt.Fprintf(out, "\nStopped watching. The record is intact; `escape watch %s` resumes.\n", w.e.ID)
	})
	return nil
}

// offerNext asks before performing a due step (or does it with --yes). It
// reports whether the step was run (in a dry run: simulated).
func (w *watcher) offerNext(ctx context.Context, st *escape.Status) (bool, error) {
	u := w.o.UI
	if !w.o.Yes {
		if !u.Interactive {
			// Nobody to ask: say what is due once and keep watching.
			u.Event("due", map[string]any{"escape": w.e.ID, "action": st.Action}, func(out io.Writer) {
				fmt.Fprintf(out, "The next step (%s) is due: run `escape next %s`, or watch with --yes to do it automatically.\n", st.Action, w.e.ID)
			})
			w.declined[st.Action] = true
			return false, nil
		}
		w.drawn = 0 // the prompt breaks the in-place redraw
		ok, err := u.Confirm(fmt.Sprintf("The next step (%s) is due. Do it now", st.Action))
		if err != nil || !ok {
			w.declined[st.Action] = true
			u.Printf("Not now. Run `escape next %s` when you are ready.\n", w.e.ID)
			return false, nil
		}
	}
	unlock, err := w.env.Store.WaitLock(ctx, w.e.ID, u.Progress)
	if err != nil {
		return false, err
	}
	defer unlock()
	fresh, err := w.env.Store.Load(w.e.ID)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return false, err
	}
	if fresh != nil {
		w.e = fresh
	}
	w.drawn = 0
	if _, err := w.stack.Next(ctx, w.env, w.e); err != nil {
		u.PrintError(err)
		w.declined[st.Action] = true
		return false, nil
	}
	return true, nil
}

// show prints the status: redrawn in place on a terminal, once per change
// when piped, and as a JSON line per change with --json.
func (w *watcher) show(st *escape.Status) {
	u := w.o.UI
	key := string(st.Stage) + "|" + st.Next + "|" + strings.Join(st.Overlays, ",")
	changed := key != w.lastKey
	w.lastKey = key
	if u.JSON || !w.wo.Terminal {
		if changed {
			PrintStatus(u, w.e, st)
		}
		return
	}
	w.redraw(st, time.Now())
}

func (w *watcher) redraw(st *escape.Status, now time.Time) {
	u := w.o.UI
	var b strings.Builder
	fmt.Fprintf(&b, "Escape %s on %s — %s\n", w.e.ID, w.e.Network, st.Stage)
	for _, ov := range st.Overlays {
		fmt.Fprintf(&b, "  !! %s\n", strings.ToUpper(ov))
	}
	fmt.Fprintf(&b, "  %s\n", st.Happened)
	if st.Next != "" {
		fmt.Fprintf(&b, "  Next: %s\n", st.Next)
	}
	for _, wt := range st.Waits {
		fmt.Fprintf(&b, "  %s\n", Countdown(wt, now))
	}
	fmt.Fprintf(&b, "  (refreshing every %s; Ctrl-C stops watching, the record stays)\n", ui.Duration(w.wo.Refresh))
	text := b.String()
	if u.Written() != w.mark {
		// Something was printed below the drawing (an RPC endpoint given
		// up, a warning): moving up would overwrite it. Draw anew below.
		w.drawn = 0
	}
	if w.drawn > 0 {
		// Move up over the previous drawing and clear it.
		fmt.Fprintf(u.Out, "\033[%dA\033[J", w.drawn)
	}
	fmt.Fprint(u.Out, text)
	w.drawn = strings.Count(text, "\n")
	w.mark = u.Written()
}

// Countdown renders one wait with the time left.
func Countdown(wt escape.Wait, now time.Time) string {
	switch {
	case !wt.Until.IsZero():
		left := wt.Until.Sub(now)
		if left <= 0 {
			return fmt.Sprintf("%s: over (since %s)", wt.What, wt.Until.UTC().Format("2006-01-02 15:04 UTC"))
		}
		about := ""
		if wt.Estimate {
			about = "about "
		}
		return fmt.Sprintf("%s: %s%s left (until %s)", wt.What, about, clock(left), wt.Until.UTC().Format("2006-01-02 15:04:05 UTC"))
	case wt.Block > 0:
		return fmt.Sprintf("%s: until L1 block %d", wt.What, wt.Block)
	}
	return wt.What
}

// clock prints a countdown: "6d 23h 59m 12s", "14m 03s".
func clock(d time.Duration) string {
	d = d.Round(time.Second)
	days := d / (24 * time.Hour)
	d -= days * 24 * time.Hour
	h := d / time.Hour
	d -= h * time.Hour
	m := d / time.Minute
	s := (d - m*time.Minute) / time.Second
	switch {
	case days > 0:
		return fmt.Sprintf("%dd %02dh %02dm %02ds", days, h, m, s)
	case h > 0:
		return fmt.Sprintf("%dh %02dm %02ds", h, m, s)
	}
	return fmt.Sprintf("%dm %02ds", m, s)
}

// sleep waits until the next refresh (or the end of the shortest wait, if
// sooner), redrawing the countdown every second on a terminal.
func (w *watcher) sleep(ctx context.Context, st *escape.Status) bool {
	until := time.Now().Add(w.wo.Refresh)
	if st != nil {
		for _, wt := range st.Waits {
			if !wt.Until.IsZero() && wt.Until.After(time.Now()) && wt.Until.Before(until) {
				until = wt.Until.Add(time.Second)
			}
		}
	}
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for time.Now().Before(until) {
		select {
		case <-ctx.Done():
			return false
		case now := <-tick.C:
			if st != nil && w.wo.Terminal && !w.o.UI.JSON {
				w.redraw(st, now)
			}
		}
	}
	return true
}
