package health

import (
	"bytes"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/internal/textcheck"
)

// TestFactsWithoutNestedBrackets renders every fact line of both stacks,
// each optional one present, and checks none puts a bracket in a bracket.
func TestFactsWithoutNestedBrackets(t *testing.T) {
	now := time.Date(2026, 12, 1, 16, 27, 0, 0, time.UTC)
	at := func(block uint64, ago time.Duration) Point {
		tx := common.HexToHash("0x01")
		return Point{Block: block, Time: now.Add(-ago), AgeSeconds: int64(ago / time.Second), Tx: &tx}
	}
	p := func(v Point) *Point { return &v }
	yes, no, seven, block := true, false, uint32(0), uint64(120)
	msg := uint64(4)
	l2 := &L2Facts{Head: p(at(100, 2*time.Second)), UptimeFeed: &UptimeFeed{Description: UptimeFeedDescription, Decimals: 0, Up: true,
		Since: now.Add(-2 * time.Hour), UpdatedAt: now.Add(-time.Hour), GracePeriodSeconds: 3600,
		PendingOnL1: &PendingStatus{Down: true, SentAt: now.Add(-time.Minute), Tx: at(98, time.Minute), Message: &msg}}}
	game := &Game{Index: 3, Type: 0, Address: common.HexToAddress("0x02"), L2Block: &block, Created: at(0, time.Hour)}
	reports := []*Report{
		{Title: "OP", At: now, L1Head: at(100, 2*time.Second), L2: l2, OP: &OPFacts{ScannedBlocks: 37, ScannedFrom: at(0, 2*time.Second),
			ProofSystem: "fault-proofs", RespectedGameType: &seven, GameCount: 4, LatestRespectedGame: game,
			LatestGame:       &Game{Index: 4, Type: 1, Address: common.HexToAddress("0x03"), Created: at(0, time.Minute)},
			SuperchainPaused: &no, ChainPaused: &yes, Guardian: common.HexToAddress("0x04"), SequencingWindowAssumed: true,
			DepositDeadlineBlock: 3700, DepositDeadline: now.Add(12 * time.Hour)}},
		{Title: "OP legacy", At: now, L1Head: at(100, 0), OP: &OPFacts{LastBatch: p(at(90, 2*time.Minute)), LastBatchBlobs: 2,
			ProofSystem: "l2-output-oracle", LatestOutput: &Output{Index: 2, L2Block: 50, Proposed: at(80, 4*time.Minute)}}},
		{Title: "Arbitrum", At: now, L1Head: at(100, 2*time.Second), L2: &L2Facts{Error: "no L2 RPC (dial failed)"}, Arbitrum: &ArbFacts{
			ScannedBlocks: 18, ScannedFrom: at(0, time.Second), LastForceInclusion: p(at(40, time.Hour)),
			OldestWaiting: &DelayedMessage{Index: 1, Sent: at(50, time.Hour), DeadlineBlock: 70, ForceIncludableNow: true},
			Buffer:        &DelayBuffer{Blocks: 10, Max: 20, Threshold: 5, ReplenishRateInBasis: 333}, ForceIncludableFromBlock: 39,
			ForceIncludableFrom: now.Add(4 * time.Minute),
			LatestConfirmed:     &Assertion{ID: "assertion 0x05", Created: at(16, time.Hour), Confirmed: p(at(30, time.Minute))},
			NextUnconfirmed:     &PendingAssertion{ID: "assertion 0x06", DeadlineBlock: 90, PastPeriod: true}, ValidatorsAllowListed: &yes,
			RollupPaused: &no}},
		{Title: "Arbitrum down feed", At: now, L1Head: at(100, 0), L2: &L2Facts{Head: p(at(7, time.Hour)), UptimeFeed: &UptimeFeed{
			Up: false, Answer: 1, Since: now.Add(-10 * time.Minute)}}, Arbitrum: &ArbFacts{LastBatch: p(at(99, 12*time.Second)), LastBatchSequence: &block}},
	}
	for _, r := range reports {
		var out bytes.Buffer
		r.WriteHuman(&out)
		if l := textcheck.NestedBrackets(out.String()); l != "" {
			t.Errorf("%s: a bracket inside a bracket:\n%s\n\nin:\n%s", r.Title, l, out.String())
		}
	}
}
