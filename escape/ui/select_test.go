package ui

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/l2escape/escape/escape"
)

// slowReader hands readline one byte per Read, as a terminal does.
type slowReader struct{ r io.Reader }

func (s slowReader) Read(p []byte) (int, error) {
	if len(p) > 1 {
		p = p[:1]
	}
	return s.r.Read(p)
}

func prompts(input string) (*Prompts, *bytes.Buffer) {
	var out bytes.Buffer
	return &Prompts{In: io.NopCloser(slowReader{strings.NewReader(input)}), Out: &out}, &out
}

func TestPromptsInput(t *testing.T) {
	p, out := prompts("lots\r\x08\x08\x08\x080.5\r")
	got, err := p.Input("Amount", "", func(s string) error {
		if s != "0.5" && s != "" {
			return errors.New("not a number")
		}
		return nil
	})
	if err != nil || got != "0.5" {
		t.Fatalf("got %q, %v\n%s", got, err, out)
	}
	if !strings.Contains(out.String(), "not a number") {
		t.Fatalf("the refused answer's reason is not shown:\n%q", out)
	}
}

// Typing filters the list; Enter picks the first item left.
func TestPromptsSelectSearch(t *testing.T) {
	items := []string{"op-mainnet", "base", "arbitrum-one"}
	search := func(typed string, i int) bool { return strings.Contains(items[i], typed) }
	p, out := prompts("bas\r")
	i, err := p.Select("Which L2", items, search)
	if err != nil || i != 1 {
		t.Fatalf("picked %d, %v\n%q", i, err, out)
	}
	// Without search, the arrows move: down once, Enter.
	p, _ = prompts("\x1b[B\r")
	if i, err := p.Select("Which", items, nil); err != nil || i != 1 {
		t.Fatalf("picked %d, %v", i, err)
	}
}

// A secret is never drawn; Ctrl-C at any prompt is "cancelled".
func TestPromptsSecretAndCancel(t *testing.T) {
	const key = "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"
	p, out := prompts(key + "\r")
	got, err := p.Secret("Private key", func(string) error { return nil })
	if err != nil || got != key {
		t.Fatalf("got %q, %v", got, err)
	}
	if strings.Contains(out.String(), key[:8]) {
		t.Fatalf("the secret was drawn: %q", out)
	}
	for name, ask := range map[string]func(p *Prompts) error{
		"input":  func(p *Prompts) error { _, err := p.Input("x", "", func(string) error { return nil }); return err },
		"secret": func(p *Prompts) error { _, err := p.Secret("x", func(string) error { return nil }); return err },
		"select": func(p *Prompts) error { _, err := p.Select("x", []string{"a", "b"}, nil); return err },
	} {
		p, _ := prompts("ab\x03")
		if err := ask(p); err == nil || escape.CodeOf(err) != "cancelled" {
			t.Errorf("%s: Ctrl-C gave %v", name, err)
		}
	}
}
