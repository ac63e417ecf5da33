package ui

import (
	"fmt"
	"os"
	"sync"

	"github.com/manifoldco/promptui"
)

// Colour is on unless NO_COLOR (https://no-color.org) is set to anything
// non-empty or --no-color was given (DisableColor). When it is off, nothing
// escape prints, promptui's prompts included, carries an ANSI colour code.
var (
	colorOnce sync.Once
	colorOff  bool
)

// DisableColor turns colour off for the rest of the process.
func DisableColor() {
	colorOnce.Do(func() {}) // the environment no longer matters
	colorOff = true
	plainPromptui()
}

// ColorEnabled reports whether output may be coloured.
func ColorEnabled() bool {
	colorOnce.Do(func() {
		if os.Getenv("NO_COLOR") != "" {
			colorOff = true
			plainPromptui()
		}
	})
	return !colorOff
}

// plainPromptui strips colour from promptui's icons and from the template
// functions its default and custom templates colour with ("bold", "red",
// "cyan"...). promptui builds its default prompt templates with Styler
// directly, so prompts also pass plainPromptTemplates.
func plainPromptui() {
	promptui.IconInitial = "?"
	promptui.IconGood = "✔"
	promptui.IconWarn = "⚠"
	promptui.IconBad = "✗"
	promptui.IconSelect = "▸"
	plain := func(v any) string { return fmt.Sprint(v) }
	for name := range promptui.FuncMap {
		promptui.FuncMap[name] = plain
	}
}

// promptTemplates is nil (promptui's coloured defaults) with colour on, and
// the same layout without colour otherwise.
func promptTemplates() *promptui.PromptTemplates {
	if ColorEnabled() {
		return nil
	}
	return &promptui.PromptTemplates{
		Prompt:          "? {{ . }}: ",
		Confirm:         "? {{ . }}? [y/N] ",
		Valid:           "✔ {{ . }}: ",
		Invalid:         "✗ {{ . }}: ",
		ValidationError: ">> {{ . }}",
		Success:         "{{ . }}: ",
		FuncMap:         promptui.FuncMap,
	}
}

// inputTemplates are promptTemplates for a question escape checks itself
// (Prompts.ask): while the answer is typed no ✔ claims it is good.
func inputTemplates() *promptui.PromptTemplates {
	t := promptTemplates()
	if t == nil {
		bold := promptui.Styler(promptui.FGBold)
		return &promptui.PromptTemplates{Valid: fmt.Sprintf("%s {{ . | bold }}%s ", bold(promptui.IconInitial), bold(":"))}
	}
	t.Valid = t.Prompt
	return t
}

// refusedLine is the reason an answer was refused, as promptui shows it.
func refusedLine(err error) string {
	if !ColorEnabled() {
		return ">> " + err.Error()
	}
	return promptui.Styler(promptui.FGRed)(">> " + err.Error())
}
