// Package health answers, from L1 alone, the first question of a user in an
// outage: is the L2 really down, is its bridge paused, and can a
// transaction be forced through L1 — and by when.
//
// OP Stack: the age of the batcher's last batch to the batch inbox, of the
// latest dispute game (or L2 output), the pause state, the respected game
// type and the sequencing window. Arbitrum: the age of the last
// SequencerBatchDelivered, the delayed messages waiting, the delay buffer,
// force-inclusion deadlines, the latest confirmed assertion, the validator
// allow list and the Inbox pause. With an L2 RPC: the L2 head's age and the
// Chainlink sequencer uptime feed, with its grace period and any status
// message Chainlink's L1 validator sent that the L2 has not applied (l2.go,
// uptime_l1.go).
//
// The outcome is a Verdict with the reasons for it. Each verdict has an exit
// code (ExitCode) so scripts and monitors can act on it.
package health

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/network"
	"github.com/l2escape/escape/escape/ui"
)

// Verdict is the one-word answer. The order of the constants is their
// precedence: a paused bridge outranks a down sequencer, which outranks a
// degraded one.
type Verdict string

const (
	Healthy       Verdict = "healthy"
	Degraded      Verdict = "degraded"
	SequencerDown Verdict = "sequencer-down"
	BridgePaused  Verdict = "bridge-paused"
)

// Exit codes of `escape health`. 1 (error) and 2 (usage) are every
// command's.
const (
	ExitHealthy       = 0
	ExitDegraded      = 10
	ExitSequencerDown = 11
	ExitBridgePaused  = 12
)

// ExitCode is the process exit code for the verdict.
func (v Verdict) ExitCode() int {
	switch v {
	case Degraded:
		return ExitDegraded
	case SequencerDown:
		return ExitSequencerDown
	case BridgePaused:
		return ExitBridgePaused
	}
	return ExitHealthy
}

func (v Verdict) rank() int {
	switch v {
	case Degraded:
		return 1
	case SequencerDown:
		return 2
	case BridgePaused:
		return 3
	}
	return 0
}

// Thresholds decide the verdict. Zero fields take DefaultThresholds'.
type Thresholds struct {
	// No batch on L1 for this long: degraded, then sequencer down.
	BatchDegraded time.Duration
	BatchDown     time.Duration
	// The newest proposal (OP dispute game of the respected type or L2
	// output; Arbitrum confirmed assertion beyond its confirm period) is
	// older than this: degraded (withdrawals wait longer).
	ProposalDegraded time.Duration
	// Arbitrum: the oldest delayed message not yet read by the sequencer
	// has waited this long: degraded. Past its force-inclusion deadline it
	// means sequencer down.
	DelayedDegraded time.Duration
	// With an L2 RPC: the L2 head is this old.
	L2Degraded time.Duration
	L2Down     time.Duration
	// With an L2 RPC and a Chainlink uptime feed: the feed says the
	// sequencer came back less than this long ago (Chainlink's example
	// consumer waits one hour): degraded, as dApps may still hold back.
	UptimeGrace time.Duration
}

// DefaultThresholds are tuned to mainnets: OP batchers post every few
// minutes (smaller chains up to every half hour or so), Arbitrum's batch
// poster at least hourly when idle, OP proposers about hourly, BoLD
// validators about hourly.
func DefaultThresholds() Thresholds {
	return Thresholds{
		BatchDegraded:    30 * time.Minute,
		BatchDown:        90 * time.Minute,
		ProposalDegraded: 12 * time.Hour,
		DelayedDegraded:  1 * time.Hour,
		L2Degraded:       2 * time.Minute,
		L2Down:           10 * time.Minute,
		UptimeGrace:      1 * time.Hour,
	}
}

func (t Thresholds) withDefaults() Thresholds {
	d := DefaultThresholds()
	def := func(v *time.Duration, dv time.Duration) {
		if *v <= 0 {
			*v = dv
		}
	}
	def(&t.BatchDegraded, d.BatchDegraded)
	def(&t.BatchDown, d.BatchDown)
	def(&t.ProposalDegraded, d.ProposalDegraded)
	def(&t.DelayedDegraded, d.DelayedDegraded)
	def(&t.L2Degraded, d.L2Degraded)
	def(&t.L2Down, d.L2Down)
	def(&t.UptimeGrace, d.UptimeGrace)
	return t
}

// MarshalJSON writes the thresholds in whole seconds, as their names say.
func (t Thresholds) MarshalJSON() ([]byte, error) {
	sec := func(d time.Duration) int64 { return int64(d / time.Second) }
	return json.Marshal(map[string]int64{
		"batchDegradedSeconds":    sec(t.BatchDegraded),
		"batchDownSeconds":        sec(t.BatchDown),
		"proposalDegradedSeconds": sec(t.ProposalDegraded),
		"delayedDegradedSeconds":  sec(t.DelayedDegraded),
		"l2DegradedSeconds":       sec(t.L2Degraded),
		"l2DownSeconds":           sec(t.L2Down),
		"uptimeGraceSeconds":      sec(t.UptimeGrace),
	})
}

// Validate refuses thresholds that contradict each other.
func (t Thresholds) Validate() error {
	t = t.withDefaults()
	if t.BatchDegraded > t.BatchDown {
		return escape.Errorf("usage", "make --batch-degraded-after at most --batch-down-after",
			"--batch-degraded-after %s is longer than --batch-down-after %s", t.BatchDegraded, t.BatchDown)
	}
	if t.L2Degraded > t.L2Down {
		return escape.Errorf("usage", "make --l2-degraded-after at most --l2-down-after",
			"--l2-degraded-after %s is longer than --l2-down-after %s", t.L2Degraded, t.L2Down)
	}
	return nil
}

// Reason is one finding behind the verdict.
type Reason struct {
	Verdict Verdict `json:"verdict"` // the verdict this finding alone calls for
	Code    string  `json:"code"`    // stable: "batches-stalled", "portal-paused", ...
	Text    string  `json:"text"`    // a sentence for people
}

// Point is an event on a chain: its block, time and age at the report's
// time.
type Point struct {
	Block      uint64       `json:"block"`
	Time       time.Time    `json:"time"`
	AgeSeconds int64        `json:"ageSeconds"`
	Tx         *common.Hash `json:"tx,omitempty"`
}

// Report is the outcome of a health check.
type Report struct {
	Network  string       `json:"network"`
	Title    string       `json:"title"`
	Stack    escape.Stack `json:"stack"`
	Verdict  Verdict      `json:"verdict"`
	ExitCode int          `json:"exitCode"`
	// Summary is the verdict in one plain sentence.
	Summary string   `json:"summary"`
	Reasons []Reason `json:"reasons"`
	// Notes are findings that do not change the verdict but matter to a
	// user who wants to force a transaction (allow lists, assumptions).
	Notes []string `json:"notes,omitempty"`
	// Forcing says whether and how a transaction can be forced through
	// L1 now, in one sentence.
	Forcing string `json:"forcing"`
	// Next says what to do about the verdict, in one sentence, and
	// NextCommand is the command it names (the last thing printed).
	Next        string `json:"next"`
	NextCommand string `json:"nextCommand"`

	// At is the time ages are measured from: the later of the clock and
	// the L1 head's timestamp.
	At         time.Time `json:"at"`
	L1Endpoint string    `json:"l1Endpoint"`
	L1Head     Point     `json:"l1Head"`
	L2Endpoint string    `json:"l2Endpoint,omitempty"`

	OP       *OPFacts   `json:"op,omitempty"`
	Arbitrum *ArbFacts  `json:"arbitrum,omitempty"`
	L2       *L2Facts   `json:"l2,omitempty"`
	Limits   Thresholds `json:"thresholds"`
}

// Input is what a check reads.
type Input struct {
	Network *network.Network
	L1      *chain.Client
	L2      *chain.Client // optional
	// L2Unavailable says why there is no L2 client although the user (or
	// the network file) named an L2 RPC: it did not answer.
	L2Unavailable string
	Limits        Thresholds
	// Now is the clock (time.Now if nil).
	Now func() time.Time
}

// l1BlockTime is Ethereum's (and its testnets') slot time, for estimates
// of when a block number arrives.
const l1BlockTime = 12 * time.Second

// checker carries one run's state.
type checker struct {
	in     Input
	lim    Thresholds
	r      *Report
	head   uint64
	headTm time.Time
	// headBaseFee is the L1 head's base fee (nil before London).
	headBaseFee *big.Int
	now         time.Time
}

// Check reads the network's health. It fails only when L1 cannot be read
// at all; missing optional data becomes a note.
func Check(ctx context.Context, in Input) (*Report, error) {
	if in.Network == nil || in.L1 == nil {
		return nil, errors.New("health: network and L1 client are required")
	}
	if err := in.Limits.Validate(); err != nil {
		return nil, err
	}
	clock := in.Now
	if clock == nil {
		clock = time.Now
	}
	n := in.Network
	c := &checker{in: in, lim: in.Limits.withDefaults(), r: &Report{Network: n.Name, Title: n.Title, Stack: n.Stack}}
	c.r.Limits = c.lim
	h, err := in.L1.HeaderByNumber(chain.WithPurpose(ctx, "reading the latest L1 block"), nil)
	if err != nil {
		return nil, rpcError(err, "cannot read the L1 head")
	}
	c.head, c.headTm, c.headBaseFee = h.Number.Uint64(), time.Unix(int64(h.Time), 0).UTC(), h.BaseFee
	// Ages are measured from the later of the clock and the L1 head, so a
	// devnet whose time was moved forward still reads sensibly, and a
	// lagging L1 endpoint cannot make stale data look fresh.
	c.now = clock().UTC().Truncate(time.Second)
	if c.headTm.After(c.now) {
		c.now = c.headTm
	}
	c.r.At = c.now
	c.r.L1Head = c.point(c.head, c.headTm, nil)
	if lag := c.now.Sub(c.headTm); lag > 5*time.Minute {
		c.reason(Degraded, "l1-endpoint-stale", fmt.Sprintf("The L1 endpoint's newest block is %s old: the facts below are as of block %d, so they may be out of date. Try another L1 RPC.", human(lag), c.head))
	}

	switch n.Stack {
	case escape.StackOP:
		err = c.checkOP(chain.WithPurpose(ctx, "reading the bridge contracts on L1"))
	case escape.StackArbitrum:
		err = c.checkArbitrum(chain.WithPurpose(ctx, "reading the rollup contracts on L1"))
	default:
		err = escape.Errorf("unknown-stack", "this build of escape does not support it", "network %s uses stack %q", n.Name, n.Stack)
	}
	if err != nil {
		return nil, err
	}
	switch {
	case in.L2 != nil:
		c.checkL2(chain.WithPurpose(ctx, "reading the L2 head"))
	case in.L2Unavailable != "":
		c.r.L2 = &L2Facts{Error: in.L2Unavailable}
		c.note("No L2 RPC answered (%s); the verdict rests on L1 alone.", in.L2Unavailable)
	}
	if _, ok := n.Address(network.SequencerUptimeFeed); ok && in.L2 == nil {
		c.note("%s has a Chainlink sequencer uptime feed, but it lives on L2: pass --l2-rpc to read it. Chainlink's L1 validators keep no status on L1 (they only forward it), so it cannot be read from L1.", title(n))
	}
	c.r.L1Endpoint = in.L1.Endpoint()
	if in.L2 != nil {
		c.r.L2Endpoint = in.L2.Endpoint()
	}
	c.finish()
	return c.r, nil
}

func title(n *network.Network) string {
	if n.Title != "" {
		return n.Title
	}
	return n.Name
}

// rpcError explains a failed read. Errors the RPC client already explained
// (no endpoint answered, wrong chain) pass through unchanged.
func rpcError(err error, format string, args ...any) error {
	var e *escape.Error
	if errors.As(err, &e) {
		return err
	}
	return escape.Wrap(err, "rpc-error", "the L1 RPC did not answer properly; try again, or pass another with --l1-rpc", format, args...)
}

func (c *checker) point(block uint64, t time.Time, tx *common.Hash) Point {
	age := c.now.Sub(t)
	if age < 0 {
		age = 0
	}
	return Point{Block: block, Time: t.UTC(), AgeSeconds: int64(age / time.Second), Tx: tx}
}

func (c *checker) age(p Point) time.Duration { return time.Duration(p.AgeSeconds) * time.Second }

func (c *checker) reason(v Verdict, code, text string) {
	c.r.Reasons = append(c.r.Reasons, Reason{Verdict: v, Code: code, Text: text})
}

func (c *checker) note(format string, args ...any) {
	c.r.Notes = append(c.r.Notes, fmt.Sprintf(format, args...))
}

// alongside runs independent reads at the same time, so they cost the L1
// round trips of the longest, not of all together. Each runs on its own
// copy of the checker, whose reasons and notes are added back in the order
// of the reads (the report reads as if they had run in turn); they must
// write disjoint facts. The first read's error (in that order) is returned.
func (c *checker) alongside(reads ...func(c *checker) error) error {
	forks := make([]*checker, len(reads))
	errs := make([]error, len(reads))
	var wg sync.WaitGroup
	for i, read := range reads {
		fork := *c
		fork.r = &Report{}
		forks[i] = &fork
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = read(forks[i])
		}()
	}
	wg.Wait()
	for _, f := range forks {
		c.r.Reasons = append(c.r.Reasons, f.r.Reasons...)
		c.r.Notes = append(c.r.Notes, f.r.Notes...)
	}
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// finish picks the verdict: the gravest reason's, and orders the reasons
// gravest first.
func (c *checker) finish() {
	c.capWhileL2Produces()
	sort.SliceStable(c.r.Reasons, func(i, j int) bool { return c.r.Reasons[i].Verdict.rank() > c.r.Reasons[j].Verdict.rank() })
	if c.r.Reasons == nil {
		c.r.Reasons = []Reason{}
	}
	v := Healthy
	if len(c.r.Reasons) > 0 {
		v = c.r.Reasons[0].Verdict
	}
	c.r.Verdict, c.r.ExitCode = v, v.ExitCode()
	title := c.r.Title
	if title == "" {
		title = c.r.Network
	}
	switch v {
	case Healthy:
		c.r.Summary = title + " looks healthy: " + c.healthySentence()
	case Degraded:
		c.r.Summary = title + " is degraded: " + lowerFirst(c.r.Reasons[0].Text)
	case SequencerDown:
		c.r.Summary = title + "'s sequencer looks down: " + lowerFirst(c.r.Reasons[0].Text)
	case BridgePaused:
		c.r.Summary = title + "'s bridge is paused: " + lowerFirst(c.r.Reasons[0].Text)
	}
	c.r.Next, c.r.NextCommand = c.nextStep(v)
}

// capWhileL2Produces keeps the verdict at degraded while the L2 head just
// read is fresh (younger than the L2 "degraded" limit, and never older than
// its default, so raised limits do not make an old head fresh): whatever L1 shows (batches missing, a delayed message
// overdue, an uptime feed's "down"), a sequencer that makes blocks is not
// down; its batches are late reaching L1. The reason says so, first.
func (c *checker) capWhileL2Produces() {
	l2 := c.r.L2
	if l2 == nil || l2.Head == nil || c.age(*l2.Head) >= c.lim.L2Degraded || c.age(*l2.Head) >= DefaultThresholds().L2Degraded {
		return
	}
	capped := false
	for i := range c.r.Reasons {
		if c.r.Reasons[i].Verdict == SequencerDown {
			c.r.Reasons[i].Verdict = Degraded
			capped = true
		}
	}
	if !capped {
		return
	}
	producing := Reason{Verdict: Degraded, Code: "l2-producing",
		Text: fmt.Sprintf("The L2's newest block (%d) is only %s old, so the sequencer still produces blocks: its batches are late reaching L1 (or it ignores L1 messages), not the sequencer down. The findings below would otherwise call it down.",
			l2.Head.Block, human(c.age(*l2.Head)))}
	c.r.Reasons = append([]Reason{producing}, c.r.Reasons...)
}

// nextStep is what to do about a verdict, and the command that does it.
func (c *checker) nextStep(v Verdict) (string, string) {
	arg := c.r.Network
	if c.in.Network != nil {
		arg = c.in.Network.Arg()
	}
	recheck := "escape health --network " + arg
	switch v {
	case SequencerDown:
		if c.r.Arbitrum != nil && c.r.Arbitrum.InboxAllowList {
			return "Force your withdrawal through L1 if your address is on the Inbox's allow list (docs/runbook.md, \"First steps\"), then follow it with `escape status last`.", "escape withdraw --network " + arg + " --amount AMOUNT"
		}
		return "Force your withdrawal through L1 (add --token for a token; docs/runbook.md, \"First steps\"), then follow it with `escape status last`.", "escape withdraw --network " + arg + " --amount AMOUNT"
	case BridgePaused:
		return "Wait: nothing can get funds through a paused bridge until it is unpaused. Escapes already started keep their place (`escape status last`); check again later.", recheck
	case Degraded:
		return "Check again in a few minutes. If it turns to sequencer down, or you cannot wait, forcing works now: `escape withdraw --network " + arg + " --amount AMOUNT`.", recheck
	}
	return "Nothing to force: the L2 works, so withdraw through it as usual. Check again any time.", recheck
}

func (c *checker) healthySentence() string {
	switch {
	case c.r.OP != nil && c.r.OP.LastBatch != nil:
		return fmt.Sprintf("its batcher posted to L1 %s ago and the bridge is not paused.", human(c.age(*c.r.OP.LastBatch)))
	case c.r.Arbitrum != nil && c.r.Arbitrum.LastBatch != nil:
		return fmt.Sprintf("its sequencer posted a batch to L1 %s ago and the Inbox is not paused.", human(c.age(*c.r.Arbitrum.LastBatch)))
	}
	return "nothing found on L1 suggests an outage."
}

func lowerFirst(s string) string {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return s
	}
	// Keep proper nouns and acronyms ("L2", "OptimismPortal") as they are.
	if len(s) > 1 && (s[1] >= 'A' && s[1] <= 'Z' || s[1] >= '0' && s[1] <= '9') {
		return s
	}
	for _, p := range []string{"Optimism", "Arbitrum", "Chainlink", "SuperchainConfig", "SequencerInbox", "Inbox", "Bridge"} {
		if len(s) >= len(p) && s[:len(p)] == p {
			return s
		}
	}
	return string(s[0]+'a'-'A') + s[1:]
}

// human prints a duration for people ("4 minutes", "2 hours 5 minutes").
func human(d time.Duration) string { return ui.Duration(d) }

// Exit is the error app.Health returns for a verdict other than healthy,
// after the report has been printed: the CLI exits with Code without
// printing anything more (the report already said it all).
type Exit struct {
	Verdict Verdict
}

func (e *Exit) Error() string  { return "health verdict: " + string(e.Verdict) }
func (e *Exit) ExitCode() int  { return e.Verdict.ExitCode() }
func (e *Exit) Reported() bool { return true }
