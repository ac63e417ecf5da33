package health

import (
	"bytes"
	"encoding/hex"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The views and topics health takes from the bindings give the selectors
// and topics of nitro-contracts 3.2.0 (the values below were read off its
// ABIs and Arbiscan-verified sources independently of this code); the
// devnet tests then run the same calls against the real bytecode.
func TestSelectorsAndTopics(t *testing.T) {
	var a common.Address
	for sig, c := range map[string]struct {
		v    *view
		want string
	}{
		"forceInclusionDeadline(uint64)": {get(a, sequencerInboxABI, "forceInclusionDeadline", uint64(1)), "dd44e6e0"},
		"totalDelayedMessagesRead()":     {get(a, sequencerInboxABI, "totalDelayedMessagesRead"), "7fa3a40e"},
		"maxTimeVariation()":             {get(a, sequencerInboxABI, "maxTimeVariation"), "ebea461d"},
		"isDelayBufferable()":            {get(a, sequencerInboxABI, "isDelayBufferable"), "4b678a66"},
		"buffer()":                       {get(a, sequencerInboxABI, "buffer"), "edaafe20"},
		"delayedMessageCount()":          {get(a, bridgeABI, "delayedMessageCount"), "eca067ad"},
		"latestConfirmed()":              {get(a, boldRollupABI, "latestConfirmed"), "65f7f80d"},
		"getAssertion(bytes32)":          {get(a, boldRollupABI, "getAssertion", [32]byte{}), "88302884"},
		"getNode(uint64)":                {get(a, legacyRollupABI, "getNode", uint64(1)), "92c8134c"},
	} {
		data, err := c.v.calldata()
		if err != nil {
			t.Fatal(err)
		}
		if got := hex.EncodeToString(data[:4]); got != c.want {
			t.Errorf("%s: selector %s, want %s", sig, got, c.want)
		}
	}
	for name, c := range map[string]struct{ got, want common.Hash }{
		"SequencerBatchDelivered": {topicSequencerBatchDelivered(), common.HexToHash("0x7394f4a19a13c7b92b5bb71033245305946ef78452f7b4986ac1390b5df4ebd7")},
		"MessageDelivered":        {topicMessageDelivered(), common.HexToHash("0x5e3c1311ea442664e8b1611bfabef659120ea7a0a2cfc0667700bebc69cbffe1")},
		"AssertionConfirmed":      {topicAssertionConfirmed(), common.HexToHash("0xfc42829b29c259a7370ab56c8f69fce23b5f351a9ce151da453281993ec0090c")},
	} {
		if c.got != c.want {
			t.Errorf("%s topic %s, want %s", name, c.got, c.want)
		}
	}
}

// A view packed from a binding's ABI calls the signature the contract
// declares: overloads (SuperchainConfig's paused() and paused(address)) and
// the bindings of each version picked right.
func TestViewsPackTheDeclaredSignatures(t *testing.T) {
	var a common.Address
	for sig, v := range map[string]*view{
		"paused()":                                get(a, superchainABI, "paused0"),
		"paused(address)":                         get(a, superchainABI, "paused", a),
		"l2Oracle()":                              get(a, portalLegacyABI, "l2Oracle"),
		"respectedGameType()":                     get(a, asrABI, "respectedGameType"),
		"getL2Output(uint256)":                    get(a, l2ooABI, "getL2Output", big.NewInt(1)),
		"gameAtIndex(uint256)":                    get(a, dgfABI, "gameAtIndex", big.NewInt(1)),
		"initBonds(uint32)":                       get(a, dgfABI, "initBonds", uint32(1)),
		"resourceConfig()":                        get(a, systemConfigABI, "resourceConfig"),
		"findLatestGames(uint32,uint256,uint256)": get(a, dgfABI, "findLatestGames", uint32(1), big.NewInt(1), big.NewInt(1)),
	} {
		data, err := v.calldata()
		if err != nil {
			t.Fatalf("%s: %v", sig, err)
		}
		if want := crypto.Keccak256([]byte(sig))[:4]; !bytes.Equal(data[:4], want) {
			t.Errorf("%s: selector %x, want %x", sig, data[:4], want)
		}
	}
	if got, want := badAuthSelector(), crypto.Keccak256([]byte("BadAuth()"))[:4]; !bytes.Equal(got, want) {
		t.Errorf("BadAuth: %x, want %x", got, want)
	}
}

func TestVerdictPrecedenceAndExitCodes(t *testing.T) {
	for v, code := range map[Verdict]int{Healthy: 0, Degraded: 10, SequencerDown: 11, BridgePaused: 12} {
		if v.ExitCode() != code {
			t.Errorf("%s: exit %d, want %d", v, v.ExitCode(), code)
		}
	}
	c := &checker{r: &Report{Title: "Chain X"}}
	c.reason(Degraded, "a", "Proposals are late.")
	c.reason(BridgePaused, "b", "The bridge was paused by its guardian.")
	c.reason(SequencerDown, "c", "No batch for 3 hours.")
	c.finish()
	if c.r.Verdict != BridgePaused || c.r.ExitCode != 12 || c.r.Reasons[0].Code != "b" || c.r.Reasons[1].Code != "c" {
		t.Fatalf("verdict %s reasons %+v", c.r.Verdict, c.r.Reasons)
	}
	if c.r.Summary != "Chain X's bridge is paused: the bridge was paused by its guardian." {
		t.Fatalf("summary %q", c.r.Summary)
	}
	e := &Exit{Verdict: c.r.Verdict}
	if e.ExitCode() != 12 || !e.Reported() {
		t.Fatal("exit error")
	}
}

// A fresh L2 head caps the verdict at degraded whatever L1 says; a stale
// one does not.
func TestFreshL2HeadIsNeverDown(t *testing.T) {
	now := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	run := func(headAge time.Duration) *Report {
		c := &checker{r: &Report{Title: "Chain X", Network: "chain-x"}, lim: DefaultThresholds(), now: now}
		c.r.L2 = &L2Facts{Head: &Point{Block: 7, Time: now.Add(-headAge), AgeSeconds: int64(headAge / time.Second)}}
		c.reason(SequencerDown, "batches-stalled", "No batch for 3 hours.")
		c.finish()
		return c.r
	}
	r := run(10 * time.Second)
	if r.Verdict != Degraded || r.Reasons[0].Code != "l2-producing" || r.Reasons[1].Verdict != Degraded {
		t.Fatalf("fresh head: verdict %s, reasons %+v", r.Verdict, r.Reasons)
	}
	if r.NextCommand != "escape health --network chain-x" {
		t.Fatalf("degraded: next command %q", r.NextCommand)
	}
	r = run(time.Hour)
	if r.Verdict != SequencerDown || r.NextCommand != "escape withdraw --network chain-x --amount AMOUNT" {
		t.Fatalf("stale head: verdict %s, next command %q", r.Verdict, r.NextCommand)
	}
}

func TestThresholds(t *testing.T) {
	if err := (Thresholds{BatchDegraded: 2 * time.Hour}).Validate(); err == nil {
		t.Fatal("degraded after the default down threshold was accepted")
	}
	if err := (Thresholds{L2Degraded: time.Minute, L2Down: 30 * time.Second}).Validate(); err == nil {
		t.Fatal("L2 thresholds out of order were accepted")
	}
	got := (Thresholds{BatchDown: 4 * time.Hour}).withDefaults()
	if got.BatchDown != 4*time.Hour || got.BatchDegraded != DefaultThresholds().BatchDegraded {
		t.Fatalf("withDefaults %+v", got)
	}
}
