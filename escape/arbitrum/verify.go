package arbitrum

import (
	"context"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/health"
	"github.com/l2escape/escape/escape/network"
)

// contracts are the addresses one run uses: the bundled proxies and what
// the chain says about the ones upgrades move (rollup, outbox).
type contracts struct {
	Bridge, Inbox, SequencerInbox common.Address
	Rollup, Outbox                common.Address // resolved at run time
	BoLD                          bool
	ConfirmPeriodBlocks           uint64
	DelayBlocks, DelaySeconds     uint64
	DelayBufferable               bool
	HasDeadlineGetter             bool // forceInclusionDeadline(uint64) exists (3.x)
}

// Verify walks the chain of trust on L1 from the bundled Bridge, Inbox and
// SequencerInbox to the rollup and outbox the tool will use. Two batched
// requests.
func (s *Stack) Verify(ctx context.Context, env *flow.Env) (*flow.VerifyReport, error) {
	if s.report != nil {
		return s.report, nil
	}
	n := env.Network
	bridge, inbox, seqInbox := n.MustAddress(network.Bridge), n.MustAddress(network.Inbox), n.MustAddress(network.SequencerInbox)
	r := &flow.VerifyReport{Network: n.Name, Verified: n.Verified, Resolved: map[string]string{}, Facts: map[string]string{}}
	check := func(name string, want, got common.Address, ok bool, detail string) {
		g := "(no answer)"
		if ok {
			g = got.Hex()
		}
		r.Checks = append(r.Checks, flow.VerifyCheck{Name: name, Want: want.Hex(), Got: g, OK: ok && got == want, Detail: detail})
	}
	checkTrue := func(name string, got, ok bool, detail string) {
		g := "(no answer)"
		if ok {
			g = fmt.Sprint(got)
		}
		r.Checks = append(r.Checks, flow.VerifyCheck{Name: name, Want: "true", Got: g, OK: ok && got, Detail: detail})
	}

	inboxBridge := newView(inbox, inboxABI(), "bridge")
	inboxSeq := newView(inbox, inboxABI(), "sequencerInbox")
	bridgeSeq := newView(bridge, bridgeABI(), "sequencerInbox")
	bridgeInboxOK := newView(bridge, bridgeABI(), "allowedDelayedInboxes", inbox)
	bridgeRollup := newView(bridge, bridgeABI(), "rollup")
	seqBridge := newView(seqInbox, sequencerInboxABI(), "bridge")
	mtv := newView(seqInbox, sequencerInboxABI(), "maxTimeVariation")
	bufferable := newView(seqInbox, sequencerInboxABI(), "isDelayBufferable")
	buffer := newView(seqInbox, sequencerInboxABI(), "buffer")
	deadline := newView(seqInbox, sequencerInboxABI(), "forceInclusionDeadline", uint64(1))
	first := []*view{inboxBridge, inboxSeq, bridgeSeq, bridgeInboxOK, bridgeRollup, seqBridge, mtv, bufferable, buffer, deadline}
	// The rollup moves with upgrades, so the Bridge says which it is; but
	// asking the bundled one in the same batch saves a round trip whenever
	// it is still current.
	bundledRollup, hasRollup := n.Address(network.Rollup)
	bundledOutbox, hasOutbox := n.Address(network.Outbox)
	rollupViews := func(rollup common.Address) []*view {
		vs := []*view{newView(rollup, rollupABI(), "bridge"), newView(rollup, rollupABI(), "outbox"),
			newView(rollup, rollupABI(), "confirmPeriodBlocks"), newView(rollup, rollupABI(), "extraChallengeTimeBlocks"),
			newView(rollup, rollupABI(), "chainId")}
		if hasOutbox {
			vs = append(vs, newView(bridge, bridgeABI(), "allowedOutboxes", bundledOutbox))
		}
		return vs
	}
	var rv []*view
	if hasRollup {
		rv = rollupViews(bundledRollup)
	}
	if err := runViews(ctx, env.L1, nil, append(first, rv...)...); err != nil {
		return nil, err
	}
	a, ok := inboxBridge.address()
	check("Inbox.bridge()", bridge, a, ok, "")
	a, ok = inboxSeq.address()
	check("Inbox.sequencerInbox()", seqInbox, a, ok, "")
	a, ok = bridgeSeq.address()
	check("Bridge.sequencerInbox()", seqInbox, a, ok, "")
	b, ok := bridgeInboxOK.bool()
	checkTrue("Bridge.allowedDelayedInboxes(Inbox)", b, ok, "")
	a, ok = seqBridge.address()
	check("SequencerInbox.bridge()", bridge, a, ok, "")

	c := &contracts{Bridge: bridge, Inbox: inbox, SequencerInbox: seqInbox}
	rollup, ok := bridgeRollup.address()
	if !ok || rollup == (common.Address{}) {
		r.Checks = append(r.Checks, flow.VerifyCheck{Name: "Bridge.rollup()", Want: "a rollup contract", Got: "(no answer)", OK: false})
		s.addFacts(r, c)
		return r, nil
	}
	c.Rollup = rollup
	r.Resolved["Rollup"] = rollup.Hex()
	detail := "the rollup is read from the Bridge at run time"
	if hasRollup && bundledRollup != rollup {
		detail = fmt.Sprintf("differs from the bundled %s: the rollup address changes with upgrades (BoLD moved it), so this is informative; the Bridge is authoritative", bundledRollup.Hex())
	}
	r.Checks = append(r.Checks, flow.VerifyCheck{Name: "Bridge.rollup()", Want: "any (read at run time)", Got: rollup.Hex(), OK: true, Detail: detail})

	if !hasRollup || bundledRollup != rollup {
		rv = rollupViews(rollup)
		if err := runViews(ctx, env.L1, nil, rv...); err != nil {
			return nil, err
		}
	}
	rollupBridge, rollupOutbox, confirm, legacyProbe, rollupChainID := rv[0], rv[1], rv[2], rv[3], rv[4]
	a, ok = rollupBridge.address()
	check("Rollup.bridge()", bridge, a, ok, "")
	checkL2ChainID(r, n, rollupChainID)
	outbox, ok := rollupOutbox.address()
	if hasOutbox {
		check("Rollup.outbox()", bundledOutbox, outbox, ok, "the outbox escape executes withdrawals on")
	} else {
		r.Checks = append(r.Checks, flow.VerifyCheck{Name: "Rollup.outbox()", Want: "any (none bundled)", Got: outbox.Hex(), OK: ok})
	}
	if ok {
		c.Outbox = outbox
		r.Resolved["Outbox"] = outbox.Hex()
		allowed := newView(bridge, bridgeABI(), "allowedOutboxes", outbox)
		if hasOutbox && outbox == bundledOutbox {
			allowed = rv[5]
		} else if err := runViews(ctx, env.L1, nil, allowed); err != nil {
			return nil, err
		}
		b, ok := allowed.bool()
		checkTrue("Bridge.allowedOutboxes(Outbox)", b, ok, "")
	}
	c.ConfirmPeriodBlocks, _ = confirm.uint64(0)
	c.BoLD = legacyProbe.err != nil // extraChallengeTimeBlocks() exists only before BoLD (as arbitrum-sdk tells them apart)
	c.DelayBlocks, _ = mtv.uint64(0)
	c.DelaySeconds, _ = mtv.uint64(2)
	c.DelayBufferable, _ = bufferable.bool()
	c.HasDeadlineGetter = deadline.err == nil
	if bb, ok := buffer.uint64(0); ok && c.DelayBufferable {
		mx, _ := buffer.uint64(1)
		th, _ := buffer.uint64(2)
		rr, _ := buffer.uint64(4)
		r.Facts["delayBuffer"] = fmt.Sprintf("%d blocks (max %d, threshold %d, replenish %d bps)", bb, mx, th, rr)
	}
	s.addFacts(r, c)
	health.VerifyUptimeFeed(ctx, env, r)
	if r.OK() {
		s.c, s.report = c, r
	}
	return r, nil
}

// checkL2ChainID compares the network file's l2ChainId with the one the
// rollup records (RollupCore's chainId, set at initialization): the L2
// transaction escape signs carries that chain id, so a file claiming another
// chain's id would have it sign a transaction valid on that other chain.
// A rollup without the getter is noted, not refused.
func checkL2ChainID(r *flow.VerifyReport, n *network.Network, v *view) {
	want := fmt.Sprint(n.L2ChainID)
	id := v.word(0)
	if id == nil || id.Sign() == 0 {
		r.Facts["l2ChainId"] = "not checked: the rollup has no chainId() (" + want + " is taken from the network file)"
		return
	}
	r.Checks = append(r.Checks, flow.VerifyCheck{Name: "Rollup.chainId()", Want: want, Got: id.String(), OK: id.IsUint64() && id.Uint64() == n.L2ChainID,
		Detail: "the L2 chain id escape signs for"})
}

func (s *Stack) addFacts(r *flow.VerifyReport, c *contracts) {
	if c.DelayBlocks > 0 {
		fut, sec := "", ""
		if c.DelaySeconds > 0 {
			sec = fmt.Sprintf(", delaySeconds %d", c.DelaySeconds)
		}
		r.Facts["maxTimeVariation"] = fmt.Sprintf("delayBlocks %d%s%s", c.DelayBlocks, sec, fut)
	}
	r.Facts["isDelayBufferable"] = fmt.Sprint(c.DelayBufferable)
	if c.Rollup != (common.Address{}) {
		kind := "legacy (pre-BoLD, nitro-contracts 1.x/2.x)"
		if c.BoLD {
			kind = "BoLD (nitro-contracts 3.x)"
		}
		r.Facts["rollup"] = kind
		r.Facts["confirmPeriodBlocks"] = fmt.Sprint(c.ConfirmPeriodBlocks)
	}
	if c.HasDeadlineGetter {
		r.Facts["sequencerInbox"] = "3.x (forceInclusionDeadline; block delay only)"
	} else {
		r.Facts["sequencerInbox"] = "before 3.x (delayBlocks and delaySeconds both apply)"
	}
}

// VerifyNetwork runs Verify and turns a failed check into an *escape.Error
// naming the mismatch. Every signing flow runs it first (through
// env.Pipeline.Verify when the CLI set it, else directly).
func VerifyNetwork(ctx context.Context, env *flow.Env) error {
	s := stackOf(env)
	_, err := s.contracts(ctx, env)
	return err
}

// contracts returns the verified addresses, verifying once per run.
func (s *Stack) contracts(ctx context.Context, env *flow.Env) (*contracts, error) {
	if s.c != nil {
		return s.c, nil
	}
	r, err := s.Verify(ctx, env)
	if err != nil {
		return nil, err
	}
	if !r.OK() {
		var parts []string
		for _, c := range r.Failed() {
			parts = append(parts, fmt.Sprintf("%s is %s, expected %s", c.Name, c.Got, c.Want))
		}
		return nil, escape.Errorf("verify-failed",
			"the addresses escape would use do not match what the chain says; nothing was signed. Check --network and your RPCs; `escape verify --network "+env.Network.Arg()+"` prints the full report",
			"network check failed: %s", strings.Join(parts, "; "))
	}
	return s.c, nil
}
