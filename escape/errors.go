// Package escape holds the vocabulary shared by both stacks' escape flows:
// errors that carry a hint for the user, the stages of an escape and the
// status report that `escape status` prints.
//
// The flows themselves live in the subpackages opstack and arbitrum; the
// machinery every write goes through (network registry, RPC failover, keys,
// the local record and the transaction pipeline) lives beside them.
package escape

import (
	"errors"
	"fmt"
)

// Error is an error meant for a person: Msg says what went wrong, Hint what to
// do about it. The CLI prints them as "error: ..." and "hint: ..." lines.
type Error struct {
	Msg  string
	Hint string
	// Code is a stable machine-readable identifier (for --json and docs).
	Code string
	Err  error
}

func (e *Error) Error() string {
	if e.Err != nil && e.Msg == "" {
		return e.Err.Error()
	}
	if e.Err != nil {
		return e.Msg + ": " + e.Err.Error()
	}
	return e.Msg
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf builds an Error with a hint. code is a stable identifier such as
// "bad-address"; docs/troubleshooting.md lists every code.
func Errorf(code, hint, format string, args ...any) *Error {
	return &Error{Code: code, Hint: hint, Msg: fmt.Sprintf(format, args...)}
}

// Wrap attaches a message, code and hint to an underlying error.
func Wrap(err error, code, hint, format string, args ...any) *Error {
	return &Error{Code: code, Hint: hint, Msg: fmt.Sprintf(format, args...), Err: err}
}

// HintOf returns the hint of the first Error in err's chain, if any.
func HintOf(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Hint
	}
	return ""
}

// CodeOf returns the code of the first Error in err's chain, or "internal".
func CodeOf(err error) string {
	var e *Error
	if errors.As(err, &e) && e.Code != "" {
		return e.Code
	}
	return "internal"
}

// ErrNotSupported marks commands or paths that a later release will add.
var ErrNotSupported = errors.New("not yet supported")
