package app

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/l2escape/escape/escape/health"
	"github.com/l2escape/escape/escape/ui"
	"github.com/l2escape/escape/internal/devnet"
)

// TestHealthCommand runs `escape health` on an OP devnet through its
// network file, as the CLI does: the exit code travels in the error, the
// JSON output is one object, and an L2 RPC that does not answer is no error.
func TestHealthCommand(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	d := devnet.StartOPDevnetT(t, devnet.OPOptions{})
	file := filepath.Join(t.TempDir(), "devnet.json")
	if err := d.WriteNetworkFile(file, "op-devnet"); err != nil {
		t.Fatal(err)
	}
	run := func(jsonOut bool, l2 []string) (string, string, error) {
		var out, errOut bytes.Buffer
		o := &Options{Network: file, L2RPCs: l2, JSON: jsonOut, UI: &ui.UI{Out: &out, Err: &errOut, JSON: jsonOut}}
		err := Health(ctx, o, health.Thresholds{})
		return out.String(), errOut.String(), err
	}

	// No game yet: degraded, exit 10, and nothing printed as an error.
	out, _, err := run(false, []string{"http://127.0.0.1:1"})
	var exit interface {
		ExitCode() int
		Reported() bool
	}
	if !errors.As(err, &exit) || exit.ExitCode() != health.ExitDegraded || !exit.Reported() {
		t.Fatalf("error %v, want a reported exit %d", err, health.ExitDegraded)
	}
	if !strings.HasPrefix(out, "OP devnet op-devnet is degraded: ") || !strings.Contains(out, "No L2 RPC answered") {
		t.Fatalf("human output:\n%s", out)
	}

	// Healthy, as JSON: one object, exit 0.
	if _, _, err := d.ProposeGame(ctx, 1); err != nil {
		t.Fatal(err)
	}
	s, err := devnet.NewSender(ctx, d.L1.Client, devnet.DevKey(4))
	if err != nil {
		t.Fatal(err)
	}
	inbox := d.BatchInbox
	if _, err := s.SendRaw(ctx, &inbox, nil, []byte{0}); err != nil {
		t.Fatal(err)
	}
	out, _, err = run(true, nil)
	if err != nil {
		t.Fatalf("healthy verdict returned %v", err)
	}
	if strings.Count(strings.TrimSpace(out), "\n") != 0 {
		t.Fatalf("JSON output is not one line:\n%s", out)
	}
	var obj map[string]any
	if err := json.Unmarshal([]byte(out), &obj); err != nil {
		t.Fatal(err)
	}
	checkJSONLines(t, out)
	if obj["event"] != "health" || obj["verdict"] != "healthy" || obj["exitCode"] != float64(0) || obj["l1Endpoint"] != d.L1.URL {
		t.Fatalf("JSON %v", obj)
	}
	th, _ := obj["thresholds"].(map[string]any)
	if th["batchDownSeconds"] != float64(5400) {
		t.Fatalf("thresholds %v", obj["thresholds"])
	}

	// Contradicting thresholds are a usage error before any RPC.
	o := &Options{Network: file, UI: &ui.UI{Out: &bytes.Buffer{}, Err: &bytes.Buffer{}}}
	if err := Health(ctx, o, health.Thresholds{BatchDegraded: time.Hour, BatchDown: time.Minute}); err == nil || !strings.Contains(err.Error(), "--batch-degraded-after") {
		t.Fatalf("bad thresholds: %v", err)
	}
}
