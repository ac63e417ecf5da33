package ui

import (
	"strings"

	"github.com/l2escape/escape/escape"
)

// stepWords name, for people, the steps the record and --json call by
// machine names (docs/json.md): "Broadcasting the force inclusion
// transaction", not "force-include".
var stepWords = map[string]string{
	"deposit":         "deposit",
	"send-l2-message": "delayed inbox",
	"force-include":   "force inclusion",
	"prove":           "proof",
	"finalize":        "finalization",
	"execute":         "Outbox execution",
	"propose":         "dispute game proposal",
	"resolve":         "dispute game resolution",
	"claim-bond":      "bond claim",
	"relay":           "message relay",
}

// StepName is a step in words; an unknown step reads with spaces for
// dashes ("confirm-assertion-0x12…" reads "assertion confirmation 0x12…").
func StepName(step string) string {
	if w, ok := stepWords[step]; ok {
		return w
	}
	if rest, ok := strings.CutPrefix(step, "confirm-assertion-"); ok {
		return "assertion confirmation " + rest
	}
	return strings.ReplaceAll(step, "-", " ")
}

// stageWords say where an escape stands, for people.
var stageWords = map[escape.Stage]string{
	escape.StageSigned:          "signed, not yet seen on L1",
	escape.StageSubmitted:       "sent to L1, not yet mined",
	escape.StageSubmitFailed:    "the L1 transaction failed",
	escape.StageWaitingL2:       "waiting for L2 inclusion",
	escape.StageForceIncludable: "ready to force into the L2",
	escape.StageIncluded:        "included on L2",
	escape.StageL2Failed:        "failed on L2",
	escape.StageWaitingState:    "waiting for an L2 state on L1 that covers it",
	escape.StageReadyToProve:    "ready to prove",
	escape.StageWaitingFinalize: "waiting to finalize",
	escape.StageReadyToFinalize: "ready to finalize",
	escape.StageFinalized:       "finalized: the funds are on L1",
	escape.StageRecoveringBond:  "finalized; recovering your proposal's bond",
	escape.StageRelayFailed:     "finalized, but the L1 message relay failed",
	escape.StageUnknown:         "unknown",
}

// StageName is a stage's machine name, which the docs, scripts and --json
// use, followed by its words where they say more: "waiting-l2 — waiting
// for L2 inclusion", but "finalized — finalized: the funds are on L1".
func StageName(s escape.Stage) string {
	w, ok := stageWords[s]
	if !ok || w == strings.ReplaceAll(string(s), "-", " ") {
		return string(s)
	}
	return string(s) + " — " + w
}
