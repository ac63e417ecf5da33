package app

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/pipeline"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/escape/ui"
	"github.com/l2escape/escape/escape/units"
	"github.com/l2escape/escape/internal/textcheck"
)

// jsonSchema reads docs/json.md: for each "### `kind`" (or "#### `kind`")
// heading, the fields its table documents. The fields of the table before
// the first kind are common to every object.
func jsonSchema(t *testing.T) (common map[string]bool, kinds map[string]map[string]bool) {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "docs", "json.md"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	heading := regexp.MustCompile("^#{3,4} `([a-z0-9-]+)`")
	row := regexp.MustCompile("^\\| `([A-Za-z0-9]+)` \\|")
	common, kinds = map[string]bool{}, map[string]map[string]bool{}
	current := common
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if m := heading.FindStringSubmatch(sc.Text()); m != nil {
			current = map[string]bool{}
			kinds[m[1]] = current
		} else if m := row.FindStringSubmatch(sc.Text()); m != nil {
			current[m[1]] = true
		}
	}
	if !common["schemaVersion"] || len(kinds) < 10 {
		t.Fatalf("docs/json.md: common fields %v, %d kinds", common, len(kinds))
	}
	return common, kinds
}

// checkJSONLines checks that out is JSON lines, each object a documented
// kind carrying the schema version, with only documented fields. It
// returns the objects.
func checkJSONLines(t *testing.T, out string) []map[string]any {
	t.Helper()
	common, kinds := jsonSchema(t)
	var objs []map[string]any
	for _, line := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
		var obj map[string]any
		if err := json.Unmarshal([]byte(line), &obj); err != nil {
			t.Fatalf("not a JSON object: %q: %v", line, err)
		}
		if obj["schemaVersion"] != float64(ui.SchemaVersion) {
			t.Errorf("no schemaVersion %d in %s", ui.SchemaVersion, line)
		}
		kind, _ := obj["event"].(string)
		fields, ok := kinds[kind]
		if !ok {
			t.Errorf("event %q is not documented in docs/json.md: %s", kind, line)
			continue
		}
		var undocumented []string
		for k := range obj {
			if !common[k] && !fields[k] {
				undocumented = append(undocumented, k)
			}
		}
		sort.Strings(undocumented)
		if len(undocumented) > 0 {
			t.Errorf("event %q: fields %v are not documented in docs/json.md", kind, undocumented)
		}
		objs = append(objs, obj)
	}
	return objs
}

// checkDocumentedEntries checks the keys of each object of list against
// the fields docs/json.md lists under kind.
func checkDocumentedEntries(t *testing.T, kind string, list []any) {
	t.Helper()
	_, kinds := jsonSchema(t)
	for _, item := range list {
		for k := range item.(map[string]any) {
			if !kinds[kind][k] {
				t.Errorf("%s field %q is not documented in docs/json.md", kind, k)
			}
		}
	}
}

func jsonOptions(home string) (*Options, *bytes.Buffer) {
	var out, errOut bytes.Buffer
	return &Options{Home: home, JSON: true, UI: &ui.UI{Out: &out, Err: &errOut, JSON: true}}, &out
}

// TestJSONSchemaDocumented checks every kind of object the code can print
// (found in its sources) is documented, then runs the commands that need
// no RPC with --json: every line they print is a documented kind with the
// schema version, and an empty history is a valid, empty list.
func TestJSONSchemaDocumented(t *testing.T) {
	// Every kind the code can print, found in its sources (json_kinds_test.go).
	checkEmittedKindsDocumented(t)
	home := t.TempDir()

	// An empty record: one history object with an empty list.
	o, out := jsonOptions(home)
	if err := History(o); err != nil {
		t.Fatal(err)
	}
	objs := checkJSONLines(t, out.String())
	if len(objs) != 1 || objs[0]["event"] != "history" {
		t.Fatalf("empty history printed %q, want one history object", out.String())
	}
	if list, ok := objs[0]["escapes"].([]any); !ok || len(list) != 0 {
		t.Fatalf("empty history: escapes is %#v, want []", objs[0]["escapes"])
	}

	// One escape in the record.
	st, err := record.Open(home)
	if err != nil {
		t.Fatal(err)
	}
	to := common.HexToAddress("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")
	now := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	e := &record.Escape{ID: record.NewID("op-devnet", now), Network: "op-devnet", Stack: escape.StackOP, Kind: "withdraw-eth",
		L1ChainID: 1, L2ChainID: 10, From: to, Recipient: &to, Amount: big.NewInt(1e18).String(), Created: now, Updated: now,
		Stage: escape.StageWaitingL2, Txs: []*record.Tx{{Step: "deposit", ChainID: 1, From: to, To: &to, Value: "1000000000000000000", SignedAt: now}}}
	if err := st.Create(e); err != nil {
		t.Fatal(err)
	}
	o, out = jsonOptions(home)
	if err := History(o); err != nil {
		t.Fatal(err)
	}
	objs = checkJSONLines(t, out.String())
	list, _ := objs[0]["escapes"].([]any)
	if len(objs) != 1 || len(list) != 1 {
		t.Fatalf("history of one escape printed %q", out.String())
	}
	checkDocumentedEntries(t, "escape", list)
	if got := list[0].(map[string]any); got["amount"] != "1000000000000000000" || got["decimals"] != float64(18) {
		t.Errorf("amount %v with decimals %v, want base units and 18", got["amount"], got["decimals"])
	}
	if got := list[0].(map[string]any)["recipient"]; got != to.Hex() {
		t.Errorf("recipient %v, want the checksummed %s", got, to.Hex())
	}

	// A status, as `escape status` prints it.
	o, out = jsonOptions(home)
	PrintStatus(o.UI, e, &escape.Status{Network: e.Network, Stack: e.Stack, Stage: e.Stage, Happened: "sent", Next: "inclusion",
		Action: escape.ActionBroadcast, Waits: []escape.Wait{{What: "inclusion", Until: now}}, At: now})
	checkJSONLines(t, out.String())

	// The token pair --token resolved to, as the stacks print it.
	o, out = jsonOptions(home)
	o.UI.Event("token", units.Token{L1: to, L2: common.HexToAddress("0x4200000000000000000000000000000000000042"), GivenOn: "L2",
		Symbol: "DEVT", Decimals: 18, ReadOn: "L2", FoundBy: "the L2 token's remoteToken()"}, nil)
	if objs := checkJSONLines(t, out.String()); len(objs) != 1 || objs[0]["l1Token"] != to.Hex() || objs[0]["decimals"] != float64(18) {
		t.Errorf("token event %q", out.String())
	}

	// The bundled networks, the version, an error.
	o, out = jsonOptions(home)
	if err := Networks(o); err != nil {
		t.Fatal(err)
	}
	if err := Version(o, "dev", "none"); err != nil {
		t.Fatal(err)
	}
	o.UI.PrintError(escape.Errorf("usage", "see escape help", "bad flag"))
	objs = checkJSONLines(t, out.String())
	if last := objs[len(objs)-1]; last["event"] != "error" || last["code"] != "usage" {
		t.Errorf("last line %v, want the error", last)
	}

	// A transaction written unsigned to the output (--json --unsigned -):
	// one documented line like any other, the transaction in it.
	o, out = jsonOptions(home)
	p := &pipeline.Pipeline{Store: st, UI: o.UI, Offline: &pipeline.Offline{File: "-"}}
	planned := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(1), Nonce: 3, To: &to, Value: big.NewInt(0), Data: []byte{1, 2, 3, 4},
		Gas: 90000, GasFeeCap: big.NewInt(30e9), GasTipCap: big.NewInt(1e9)})
	if err := p.SavePlan(e, pipeline.PlanOf(planned, to, "prove", "L1")); escape.CodeOf(err) != pipeline.CodeAwaitingSignature {
		t.Fatal(err)
	}
	if objs := checkJSONLines(t, out.String()); len(objs) != 1 || objs[0]["event"] != "unsigned" || objs[0]["nonce"] != float64(3) {
		t.Errorf("--json --unsigned - printed %q, want one unsigned object", out.String())
	} else {
		checkDocumentedEntries(t, "tx", []any{objs[0]["tx"]})
	}
}

// Status facts have machine keys in JSON and words for people; verify's
// facts, named in words, get machine keys in JSON.
func TestFactKeys(t *testing.T) {
	labels := map[string]string{
		"l2Block":                "L2 block",
		"provenAgainstGame":      "proven against game",
		"l1Finality":             "L1 finality",
		"withdrawalHash":         "withdrawal hash",
		"l1DepositTx":            "L1 deposit transaction",
		"crossDomainMessageHash": "cross-domain message hash",
		"delayedMessageIndex":    "delayed message index",
	}
	for key, want := range labels {
		if got := factLabel(key); got != want {
			t.Errorf("factLabel(%q) = %q, want %q", key, got, want)
		}
	}
	keys := map[string]string{
		"portal version":              "portalVersion",
		"SystemConfig version":        "systemConfigVersion",
		"respected game type":         "respectedGameType",
		"dispute game finality delay": "disputeGameFinalityDelay",
		"SequencerUptimeFeed":         "sequencerUptimeFeed",
		"L2 block":                    "l2Block",
		"rollup":                      "rollup",
	}
	for label, want := range keys {
		if got := machineKey(label); got != want {
			t.Errorf("machineKey(%q) = %q, want %q", label, got, want)
		}
	}

	var machine bytes.Buffer
	e := &record.Escape{ID: "op-devnet-1", Network: "op-devnet"}
	PrintStatus(&ui.UI{Out: &machine, JSON: true}, e, &escape.Status{Facts: map[string]string{"proven against game": "0xabc", "l2Block": "10"}})
	if !strings.Contains(machine.String(), `"facts":{"l2Block":"10","provenAgainstGame":"0xabc"}`) {
		t.Errorf("status JSON facts: %s", machine.String())
	}

	var human bytes.Buffer
	st := &escape.Status{Stage: escape.StageWaitingState, Happened: "h", Facts: map[string]string{"l2Block": "10", "provenAgainstGame": "0xabc"}}
	PrintStatus(&ui.UI{Out: &human}, e, st)
	if !strings.Contains(human.String(), "L2 block:             10") || !strings.Contains(human.String(), "proven against game:  0xabc") {
		t.Errorf("human facts:\n%s", human.String())
	}
}

// rawNumber finds, in text for people, a run of 9 or more decimal digits
// that is not part of a hex string or of a decimal fraction: wei amounts
// and unix times (mainnet's L1 blocks have 8 digits).
var rawNumber = regexp.MustCompile(`(^|[^0-9a-zA-Z.])[0-9]{9,}([^0-9a-zA-Z]|$)`)

// camelLabel finds a camelCase word ending in a colon: a machine key shown
// as a label.
var camelLabel = regexp.MustCompile(`(?m)^ +[a-z]+[A-Z][A-Za-z]*:`)

// The human status shows Arbitrum's baseFeeL1 in gwei and the delayed
// message's time in UTC, labels in words, the stage in words; --json keeps
// base units and unix seconds (docs/json.md).
func TestStatusTextInHumanUnits(t *testing.T) {
	now := time.Date(2026, 12, 1, 15, 4, 0, 0, time.UTC)
	to := common.HexToAddress("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")
	e := &record.Escape{ID: "arb-devnet-20261201-1504-abcdef", Network: "arb-devnet", Stack: escape.StackArbitrum, Kind: "withdraw-eth", From: to}
	st := &escape.Status{Network: e.Network, Stack: e.Stack, Stage: escape.StageWaitingL2, Happened: "sent", Next: "inclusion", Do: "wait", At: now,
		Facts: map[string]string{"baseFeeL1": "108185142", "delayedMessageTimestamp": fmt.Sprint(now.Add(-time.Hour).Unix()),
			"delayedMessageBlock": "18", "finalizeNotBefore": "2026-12-08 15:04:00 UTC (if the game resolves at the end of its clock)", "l2TxHash": "0x58e5862aa16c6ea72cd386d9cac7bd7ba9699c1a43b2ee33227de9b128370e32"}}
	u := &ui.UI{Out: &bytes.Buffer{}, Err: &bytes.Buffer{}}
	PrintStatus(u, e, st)
	text := u.Out.(*bytes.Buffer).String()
	for _, want := range []string{"L1 base fee:", "0.1082 gwei", "2026-12-01 14:04 UTC (60 minutes ago)", "waiting-l2 — waiting for L2 inclusion", "delayed message block:",
		"2026-12-08 15:04 UTC (in 7 days) (if the game resolves at the end of its clock)"} {
		if !strings.Contains(text, want) {
			t.Errorf("status text lacks %q:\n%s", want, text)
		}
	}
	if m := rawNumber.FindString(text); m != "" {
		t.Errorf("status text shows a raw number %q:\n%s", m, text)
	}
	if m := camelLabel.FindString(text); m != "" {
		t.Errorf("status text shows a machine key %q:\n%s", m, text)
	}
	if l := textcheck.NestedBrackets(text); l != "" {
		t.Errorf("status text has a bracket inside a bracket:\n%s", l)
	}
	// The labels of the sentences line up.
	var cols []int
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(line, "What ") {
			cols = append(cols, len(line)-len(strings.TrimLeft(line[strings.Index(line, ":")+1:], " ")))
		}
	}
	if len(cols) != 3 || cols[0] != cols[1] || cols[1] != cols[2] {
		t.Errorf("sentences start at columns %v, want 3 equal:\n%s", cols, text)
	}

	// --json keeps the base units and the unix seconds.
	u = &ui.UI{Out: &bytes.Buffer{}, Err: &bytes.Buffer{}, JSON: true}
	PrintStatus(u, e, st)
	if j := u.Out.(*bytes.Buffer).String(); !strings.Contains(j, `"baseFeeL1":"108185142"`) || !strings.Contains(j, `"stage":"waiting-l2"`) {
		t.Errorf("--json status changed: %s", j)
	}

	// verify's facts: machine keys read as words, long durations in days.
	kvs := readableKVs(map[string]string{"confirmPeriodBlocks": "45818", "proof maturity delay": "604800 seconds", "l2ChainId": "10", "paused": "false"}, now)
	got := ""
	for _, kv := range kvs {
		got += "{" + kv.Key + " " + kv.Value + "}"
	}
	for _, want := range []string{"{Confirm period blocks 45818}", "{Proof maturity delay 604800 seconds (7 days)}", "{L2 chain ID 10}", "{Paused no}"} {
		if !strings.Contains(got, want) {
			t.Errorf("verify facts %s lack %s", got, want)
		}
	}
}
