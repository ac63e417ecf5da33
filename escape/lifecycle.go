package escape

import (
	"fmt"
	"time"
)

// Stack names a family of L2s that share an escape path.
type Stack string

const (
	StackOP       Stack = "op-stack"
	StackArbitrum Stack = "arbitrum"
)

// Stage is where an escape stands. Both stacks map their own state machines
// onto these names so that `status`, `watch` and `--json` consumers see one
// vocabulary. Each stack documents which stages it uses.
type Stage string

const (
	// Common to both stacks.
	StageSigned          Stage = "signed"           // recorded, not yet seen on L1
	StageSubmitted       Stage = "submitted"        // L1 transaction broadcast, not yet mined
	StageSubmitFailed    Stage = "submit-failed"    // L1 transaction reverted or was replaced
	StageWaitingL2       Stage = "waiting-l2"       // on L1, waiting for the L2 to include it
	StageForceIncludable Stage = "force-includable" // Arbitrum: the delay has passed, `escape next` forces it in
	StageIncluded        Stage = "included"         // on L2 (executed)
	StageL2Failed        Stage = "l2-failed"        // reached L2 but reverted or was dropped
	StageWaitingState    Stage = "waiting-state"    // waiting for a dispute game / output / assertion that covers it
	StageReadyToProve    Stage = "ready-to-prove"   // OP: `escape next` proves
	StageWaitingFinalize Stage = "waiting-finalize" // OP: proof maturity, game resolution, air-gap; Arbitrum: confirm period
	StageReadyToFinalize Stage = "ready-to-finalize"
	StageFinalized       Stage = "finalized" // funds released on L1
	// StageRecoveringBond: OP, the withdrawal is finalized but the bond of
	// a dispute game the user proposed is not back yet.
	StageRecoveringBond Stage = "recovering-bond"
	// OP: finalized at the portal, but the L1CrossDomainMessenger's call to
	// the target failed; `escape next` replays it.
	StageRelayFailed Stage = "relay-failed"
	StageUnknown     Stage = "unknown"
)

// Action is the step `escape next` would perform now.
type Action string

const (
	ActionNone         Action = ""
	ActionBroadcast    Action = "broadcast"     // resend a recorded, signed transaction
	ActionProve        Action = "prove"         // OP
	ActionFinalize     Action = "finalize"      // OP
	ActionForceInclude Action = "force-include" // Arbitrum
	ActionExecute      Action = "execute"       // Arbitrum outbox
	ActionConfirm      Action = "confirm"       // Arbitrum: confirm an assertion the validators left unconfirmed past its period
	ActionResolve      Action = "resolve"       // OP: resolve a dispute game whose clock ran out
	ActionPropose      Action = "propose"       // OP: create a dispute game when the proposer stopped
	ActionClaimBond    Action = "claim-bond"    // OP: recover the bond of a game the user proposed
	ActionRelay        Action = "relay"         // OP: replay a failed L1CrossDomainMessenger message
)

// Wait is one timer standing between an escape and its next step.
type Wait struct {
	What  string    `json:"what"`           // e.g. "proof maturity (7 days)"
	Until time.Time `json:"until,omitzero"` // zero if unknown, and then left out of JSON
	// Estimate is true when Until is an estimate (e.g. next game proposal).
	Estimate bool `json:"estimate,omitempty"`
	// Block is the L1 block the wait ends at, when the rule is in blocks.
	Block uint64 `json:"block,omitempty"`
}

// Status is the report `escape status` prints and `escape watch` redraws.
// Happened, Next and Do are full sentences for a frightened person.
type Status struct {
	Ref      string `json:"ref"`
	Network  string `json:"network"`
	Stack    Stack  `json:"stack"`
	Stage    Stage  `json:"stage"`
	Happened string `json:"happened"` // what has happened so far
	Next     string `json:"next"`     // what comes next, and when
	Do       string `json:"do"`       // what the user should do now
	Action   Action `json:"action,omitempty"`
	Waits    []Wait `json:"waits,omitempty"`
	// Overlays flag conditions on top of the stage: "paused", "invalidated".
	Overlays []string          `json:"overlays,omitempty"`
	Facts    map[string]string `json:"facts,omitempty"` // hashes, indexes, blocks
	// NeedsL2 explains which L2 data is missing when no L2 RPC was given.
	NeedsL2 string    `json:"needsL2,omitempty"`
	At      time.Time `json:"at"`
}

// Finished reports the stages after which `escape next` has nothing left
// to do.
func (s Stage) Finished() bool {
	switch s {
	case StageFinalized, StageIncluded, StageL2Failed, StageSubmitFailed:
		return true
	}
	return false
}

// ExitTooEarly is the exit code of `escape next` when no step is due yet.
const ExitTooEarly = 3

// TooEarly is `escape next`'s answer, on every stack, when no step is due
// yet: nothing was sent, the status says what it waits for, and the
// command exits ExitTooEarly (code "too-early"), so that a script can run
// `escape next` until it exits 0. The message names the first known end of
// a wait.
func TooEarly(id string, st *Status) *Error {
	what := "the escape is " + string(st.Stage) + " and no step is due yet"
	var first *Wait
	for i := range st.Waits {
		w := &st.Waits[i]
		if !w.Until.IsZero() && (first == nil || w.Until.Before(first.Until)) {
			first = w
		}
	}
	switch {
	case first != nil:
		about := ""
		if first.Estimate {
			about = "about "
		}
		what += fmt.Sprintf(": %s ends %s%s", first.What, about, first.Until.UTC().Format("2006-01-02 15:04:05 UTC"))
	case len(st.Waits) > 0 && st.Waits[0].Block > 0:
		what += fmt.Sprintf(": %s ends at L1 block %d", st.Waits[0].What, st.Waits[0].Block)
	case len(st.Waits) > 0:
		what += ": waiting for " + st.Waits[0].What
	}
	return Errorf("too-early", "nothing was sent. Run `escape next "+id+"` again later; `escape status "+id+"` shows every wait", "%s", what)
}
