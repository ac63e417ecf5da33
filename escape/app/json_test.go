package app

import (
	"bufio"
	"bytes"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/escape/ui"
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

// TestJSONSchemaDocumented runs the commands that need no RPC with --json:
// every line they print is a documented kind with the schema version, and
// an empty history is a valid, empty list.
func TestJSONSchemaDocumented(t *testing.T) {
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
