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

// StageName is a stage in words followed by its machine name, which the
// docs and --json use: "waiting to finalize (waiting-finalize)".
func StageName(s escape.Stage) string {
	w, ok := stageWords[s]
	if !ok {
		return string(s)
	}
	return w + " (" + string(s) + ")"
}

// KindName is an escape's kind in words.
func KindName(kind string) string {
	switch kind {
	case "withdraw-eth":
		return "ETH withdrawal"
	case "withdraw-erc20":
		return "token withdrawal"
	case "send":
		return "forced L2 transaction"
	}
	return strings.ReplaceAll(kind, "-", " ")
}

// Label is a field's label for people: a camelCase machine key split into
// words ("confirmPeriodBlocks" reads "Confirm period blocks", "l2ChainId"
// "L2 chain ID"); a label already in words keeps its words. The first
// letter is a capital, so that labels of one list read alike.
func Label(key string) string {
	if !strings.ContainsAny(key, " ") {
		key = splitCamel(key)
	}
	if key == "" {
		return key
	}
	return strings.ToUpper(key[:1]) + key[1:]
}

// splitCamel splits a camelCase key at its capitals: "l2ChainId" gives
// "L2 chain ID", "isDelayBufferable" "is delay bufferable".
func splitCamel(key string) string {
	var words []string
	start := 0
	for i := 1; i < len(key); i++ {
		c, prev := key[i], key[i-1]
		if c >= 'A' && c <= 'Z' && !(prev >= 'A' && prev <= 'Z') {
			words = append(words, key[start:i])
			start = i
		}
	}
	words = append(words, key[start:])
	for i, w := range words {
		switch lw := strings.ToLower(w); {
		case lw == "l1" || lw == "l2" || lw == "id":
			words[i] = strings.ToUpper(w)
		case len(w) > 1 && w[1] >= 'A' && w[1] <= 'Z':
			// An acronym, as written.
		default:
			words[i] = lw
		}
	}
	return strings.Join(words, " ")
}
