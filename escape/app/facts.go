package app

import (
	"math/big"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/l2escape/escape/escape/ui"
	"github.com/l2escape/escape/escape/units"
)

// factLabels names, for people, the status facts whose words the key alone
// does not give (keys are camelCase machine keys, docs/json.md).
var factLabels = map[string]string{
	"l1DepositTx":            "L1 deposit transaction",
	"l2Tx":                   "L2 transaction",
	"l1TxHash":               "L1 transaction",
	"l2TxHash":               "L2 transaction",
	"executeTxHash":          "execute transaction",
	"crossDomainMessageHash": "cross-domain message hash",
	"baseFeeL1":              "L1 base fee",
}

// factLabel is the words a person reads for a status fact's machine key:
// the table above, or the key split at its capitals ("provenAgainstGame"
// reads "proven against game", "l2Block" reads "L2 block").
func factLabel(key string) string {
	if l, ok := factLabels[key]; ok {
		return l
	}
	var words []string
	start := 0
	for i, r := range key {
		if i > 0 && unicode.IsUpper(r) && !unicode.IsUpper(rune(key[i-1])) {
			words = append(words, key[start:i])
			start = i
		}
	}
	words = append(words, key[start:])
	for i, w := range words {
		switch lw := strings.ToLower(w); {
		case lw == "l1" || lw == "l2" || lw == "id":
			words[i] = strings.ToUpper(w)
		case len(w) > 1 && unicode.IsUpper(rune(w[1])):
			// An acronym or a contract name (ID, SystemConfig): as written.
		default:
			words[i] = lw
		}
	}
	return strings.Join(words, " ")
}

// factKVs are a status's facts for people: labelled, in the order of
// their labels, with values in human units.
func factKVs(facts map[string]string, now time.Time) []ui.KV {
	out := make([]ui.KV, 0, len(facts))
	for k, v := range facts {
		out = append(out, ui.KV{Key: factLabel(k), Value: factValue(k, v, now)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

// weiFacts and unixFacts are the status facts whose --json values are base
// units (wei) and unix seconds (docs/json.md); people read gwei (a fee
// rate, to units.FeeDigits significant digits) and UTC.
var (
	weiFacts  = map[string]bool{"baseFeeL1": true}
	unixFacts = map[string]bool{"delayedMessageTimestamp": true}
)

// factValue is a fact's value for people.
func factValue(key, v string, now time.Time) string {
	switch {
	case weiFacts[key]:
		if wei, ok := new(big.Int).SetString(v, 10); ok {
			return units.FeeGwei(wei)
		}
	case unixFacts[key]:
		if secs, err := strconv.ParseInt(v, 10, 64); err == nil {
			return ui.When(time.Unix(secs, 0), now)
		}
	}
	return humanTime(humanSeconds(v), now)
}

// utcSeconds is how the stacks write a time in a fact ("finalizeNotBefore").
const utcSeconds = "2006-01-02 15:04:05 UTC"

// humanTime adds, to a fact that starts with a UTC time, its distance
// from now: "2026-12-08 15:04 UTC (in 6 days 23 hours)".
func humanTime(v string, now time.Time) string {
	if len(v) < len(utcSeconds) {
		return v
	}
	t, err := time.Parse(utcSeconds, v[:len(utcSeconds)])
	if rest := v[len(utcSeconds):]; err != nil || strings.HasPrefix(rest, " (in ") || strings.HasSuffix(rest, " ago)") {
		return v
	}
	return ui.When(t, now) + v[len(utcSeconds):]
}

// secondsValue matches a duration stated in seconds alone ("604800 seconds").
var secondsValue = regexp.MustCompile(`^([0-9]+) seconds$`)

// humanSeconds adds the duration in days, hours or minutes to a value in
// seconds long enough for the count to be hard to read: "604800 seconds
// (7 days)".
func humanSeconds(v string) string {
	m := secondsValue.FindStringSubmatch(v)
	if m == nil {
		return v
	}
	n, err := strconv.ParseInt(m[1], 10, 64)
	if err != nil || n < 120 {
		return v
	}
	return v + " (" + ui.Duration(time.Duration(n)*time.Second) + ")"
}

// readableKVs are facts keyed by machine keys or by words (verify), for
// people: labels in words, values in human units.
func readableKVs(m map[string]string, now time.Time) []ui.KV {
	kvs := sortedKVs(m)
	for i := range kvs {
		kvs[i].Value = yesNo(factValue(kvs[i].Key, kvs[i].Value, now))
		if !strings.Contains(kvs[i].Key, " ") {
			kvs[i].Key = factLabel(kvs[i].Key)
		}
		// Labels read as the other lists': "Paused", "Portal version".
		kvs[i].Key = strings.ToUpper(kvs[i].Key[:1]) + kvs[i].Key[1:]
	}
	sort.SliceStable(kvs, func(i, j int) bool { return kvs[i].Key < kvs[j].Key })
	return kvs
}

// machineKey turns a label ("portal version", "SystemConfig version") into
// a camelCase machine key ("portalVersion", "systemConfigVersion") for
// JSON output.
func machineKey(label string) string {
	words := strings.FieldsFunc(label, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	var b strings.Builder
	for i, w := range words {
		if i == 0 {
			b.WriteString(lowerFirstWord(w))
			continue
		}
		b.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	return b.String()
}

// lowerFirstWord lowers the leading capitals of a word: "SystemConfig"
// gives "systemConfig", "L2" gives "l2", "ID" gives "id".
func lowerFirstWord(w string) string {
	r := []rune(w)
	for i := range r {
		if !unicode.IsUpper(r[i]) {
			break
		}
		if i > 0 && i+1 < len(r) && unicode.IsLower(r[i+1]) {
			break
		}
		r[i] = unicode.ToLower(r[i])
	}
	return string(r)
}

// machineKeys returns m with every key a machine key.
func machineKeys(m map[string]string) map[string]string {
	if m == nil {
		return nil
	}
	out := make(map[string]string, len(m))
	for k, v := range m {
		out[machineKey(k)] = v
	}
	return out
}

// yesNo words a boolean fact as health's lists do.
func yesNo(v string) string {
	switch v {
	case "true":
		return "yes"
	case "false":
		return "no"
	}
	return v
}
