package opstack

import (
	"context"
	"math/big"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/network"
	"github.com/l2escape/escape/escape/record"
)

// portal5Fixture is a 5.x portal set (portal, AnchorStateRegistry,
// factory, one game of the respected type covering the withdrawal) served
// by fakeL1 with return data packed by the real 5.x ABIs: no bytecode of
// OptimismPortal2 4.x/5.x is available here. A pause is modelled as the
// contracts show it: the portal's paused() (SystemConfig.paused(): the
// SuperchainConfig's global pause or the pause keyed to the chain's
// ETHLockbox) is true, and AnchorStateRegistry.isGameProper is false for
// every game.
type portal5Fixture struct {
	f                            *fakeL1
	portal, asr, dgf, game, user common.Address
	superchain, lockbox          common.Address
	withdrawal                   common.Hash
	env                          *flow.Env
}

const (
	fixtureHead    = 1_000_000 // L1 head time
	fixtureCreated = 2000      // the game's createdAt
	fixtureProven  = 3000      // the user's proof timestamp
)

func newPortal5Fixture(t *testing.T) *portal5Fixture {
	t.Helper()
	x := &portal5Fixture{
		f:          &fakeL1{answers: map[string][]byte{}, headTime: fixtureHead},
		portal:     common.HexToAddress("0x00000000000000000000000000000000000a0001"),
		asr:        common.HexToAddress("0x00000000000000000000000000000000000a0002"),
		dgf:        common.HexToAddress("0x00000000000000000000000000000000000a0003"),
		game:       common.HexToAddress("0x0000000000000000000000000000000000000b00"),
		user:       common.HexToAddress("0x00000000000000000000000000000000000c0001"),
		withdrawal: common.HexToHash("0x77"),
		superchain: common.HexToAddress("0x00000000000000000000000000000000000a0007"),
		lockbox:    common.HexToAddress("0x00000000000000000000000000000000000a0009"),
	}
	f := x.f
	const respected = 8
	f.set(x.portal, "version()", packReturn(t, portalNowABI(), "version", "5.1.1"))
	f.set(x.portal, "disputeGameFactory()", addrWord(x.dgf))
	f.set(x.portal, "anchorStateRegistry()", addrWord(x.asr))
	f.set(x.portal, "proofMaturityDelaySeconds()", word(604800))
	f.set(x.portal, "disputeGameFinalityDelaySeconds()", word(302400))
	f.set(x.portal, "superchainConfig()", addrWord(x.superchain))
	f.set(x.portal, "ethLockbox()", addrWord(x.lockbox))
	f.set(x.asr, "disputeGameFactory()", addrWord(x.dgf))
	f.set(x.asr, "respectedGameType()", packReturn(t, asrABI(), "respectedGameType", uint32(respected)))
	f.set(x.asr, "retirementTimestamp()", word(1000))
	f.set(x.dgf, "gameCount()", word(1))
	f.set(x.dgf, "gameAtIndex(uint256)", append(append(word(respected), word(fixtureCreated)...), addrWord(x.game)...), word(0))
	f.set(x.game, "extraData()", packReturn(t, gameABI(), "extraData", new(big.Int).SetUint64(500).FillBytes(make([]byte, 32))))
	f.set(x.game, "l2SequenceNumber()", word(500))
	f.set(x.game, "rootClaim()", common.Hash{1}.Bytes())
	f.set(x.game, "status()", word(gameDefenderWins))
	f.set(x.game, "gameType()", word(respected))
	f.set(x.game, "createdAt()", word(fixtureCreated))
	f.set(x.game, "resolvedAt()", word(fixtureCreated+100))
	f.set(x.game, "maxClockDuration()", word(50))
	f.set(x.asr, "isGameRespected(address)", word(1), x.game.Bytes())
	f.set(x.asr, "disputeGameBlacklist(address)", word(0), x.game.Bytes())
	h := x.withdrawal.Bytes()
	f.set(x.portal, "finalizedWithdrawals(bytes32)", word(0), h)
	f.set(x.portal, "numProofSubmitters(bytes32)", word(0), h)
	x.setPaused(false)

	srv := httptest.NewServer(f)
	t.Cleanup(srv.Close)
	ctx := context.Background()
	l1, err := chain.Dial(ctx, "L1", []string{srv.URL}, 1, chain.Options{Retries: -1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(l1.Close)
	store, err := record.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	src := network.Source{Note: "test"}
	n := &network.Network{Name: "fake5", Title: "fake 5.x", L1ChainID: 1, L2ChainID: 2, Contracts: map[string]network.Contract{
		network.OptimismPortal: {Address: x.portal, Source: src}, network.DisputeGameFactory: {Address: x.dgf, Source: src},
	}}
	x.env = &flow.Env{Network: n, L1: l1, Store: store}
	return x
}

// pauseExpiry is how long after the head a pause set now expires in the
// fixture (SuperchainConfig.expiration(identifier)).
const pauseExpiry = 7_884_000

// setPaused flips the pause as the portal and the registry report it;
// identifier is the SuperchainConfig pause set (address(0): the global
// one; the chain's ETHLockbox: this chain's), which expiration() reports.
func (x *portal5Fixture) setPaused(paused bool, identifier ...common.Address) {
	x.f.mu.Lock()
	defer x.f.mu.Unlock()
	b := map[bool]uint64{true: 1, false: 0}
	x.f.set(x.portal, "paused()", word(b[paused]))
	x.f.set(x.asr, "isGameProper(address)", word(b[!paused]), x.game.Bytes())
	for _, id := range []common.Address{{}, x.lockbox} {
		x.f.set(x.superchain, "expiration(address)", word(0), id.Bytes())
	}
	for _, id := range identifier {
		x.f.set(x.superchain, "expiration(address)", word(fixtureHead+pauseExpiry), id.Bytes())
	}
}

// proveAs records that the user proved the withdrawal against the game.
func (x *portal5Fixture) proveAs() {
	x.f.mu.Lock()
	defer x.f.mu.Unlock()
	h := x.withdrawal.Bytes()
	x.f.set(x.portal, "provenWithdrawals(bytes32,address)", append(addrWord(x.game), word(fixtureProven)...), h)
	x.f.set(x.portal, "numProofSubmitters(bytes32)", word(1), h)
}

func (x *portal5Fixture) escape() *record.Escape {
	return &record.Escape{ID: "fixture", Network: "fake5", Kind: "withdraw-eth", From: x.user,
		Txs: []*record.Tx{{Step: "deposit", State: record.TxMined, Hash: common.HexToHash("0xd0")}},
		OP: &record.OPState{Portal: x.portal, L2DepositHash: common.HexToHash("0xd2"), DepositL1Block: 50, DepositL1Time: 1500,
			L2Block: 450, WithdrawalHash: x.withdrawal, Withdrawal: &record.OPWithdrawal{Nonce: (*hexutil.Big)(big.NewInt(1)),
				Sender: x.user, Target: x.user, Value: (*hexutil.Big)(big.NewInt(1)), GasLimit: (*hexutil.Big)(big.NewInt(100000))}}}
}

func assertPausedNotInvalidated(t *testing.T, st *escape.Status, proven bool) {
	t.Helper()
	if !hasOverlay(st, "paused") || hasOverlay(st, "invalidated") || st.Facts["invalidated"] != "" {
		t.Errorf("overlays %v, invalidated %q: want paused, never invalidated", st.Overlays, st.Facts["invalidated"])
	}
	if !strings.Contains(st.Next, "guardian has paused") || !strings.Contains(st.Do, "until the guardian unpauses") {
		t.Errorf("status does not say the guardian paused the bridge: next %q do %q", st.Next, st.Do)
	}
	if proven && !strings.Contains(st.Next, "proof and your place in line are kept") {
		t.Errorf("status does not say the proof is kept: %q", st.Next)
	}
	if st.Action != escape.ActionNone {
		t.Errorf("action %q while paused", st.Action)
	}
	if st.Stage == escape.StageWaitingState {
		t.Errorf("waiting-state while paused: a game covers the withdrawal (waits %+v)", st.Waits)
	}
}

// On the 5.x shape (mocked RPC, real ABIs; see portal5Fixture), a pause,
// global or keyed to the chain's ETHLockbox (both show as the portal's
// paused() and an improper game; SuperchainConfig.expiration says which),
// says paused, when it lifts by itself, and keeps the proof, never
// invalidated; next sends nothing; unpause resumes.
func TestPortal5PausedSaysPaused(t *testing.T) {
	ctx := context.Background()
	s := &Stack{}
	for _, tc := range []struct {
		name   string
		proven bool
		global bool
	}{{"unproven/global", false, true}, {"unproven/per-lockbox", false, false}, {"proven/global", true, true}, {"proven/per-lockbox", true, false}} {
		proven := tc.proven
		t.Run(tc.name, func(t *testing.T) {
			x := newPortal5Fixture(t)
			if proven {
				x.proveAs()
			}
			e := x.escape()
			if tc.global {
				x.setPaused(true, common.Address{})
			} else {
				x.setPaused(true, x.lockbox)
			}
			st, err := s.Status(ctx, x.env, e)
			want := map[bool]escape.Stage{false: escape.StageReadyToProve, true: escape.StageWaitingFinalize}[proven]
			mustStage(t, st, err, want)
			assertPausedNotInvalidated(t, st, proven)
			if w := waitNamed(st, "the guardian's unpause"); w == nil || w.Until.Unix() != fixtureHead+pauseExpiry || !strings.Contains(st.Next, "lifts by itself") {
				t.Errorf("pause expiry not reported: waits %+v next %q", st.Waits, st.Next)
			}
			if proven && st.Facts["provenAgainstGame"] != x.game.Hex() {
				t.Errorf("facts %v", st.Facts)
			}
			if !proven {
				if _, err := s.Next(ctx, x.env, e); escape.CodeOf(err) != "bridge-paused" {
					t.Fatalf("next while paused: %v", err)
				}
			}
			x.setPaused(false)
			st, err = s.Status(ctx, x.env, e)
			mustStage(t, st, err, want)
			if hasOverlay(st, "paused") || hasOverlay(st, "invalidated") || strings.Contains(st.Next, "paused") {
				t.Errorf("after unpause: overlays %v next %q", st.Overlays, st.Next)
			}
			if !proven && st.Action != escape.ActionProve {
				t.Errorf("after unpause: action %q, want prove", st.Action)
			}
		})
	}
}

// A game the guardian blacklisted during a pause is still reported as
// invalidated: the pause does not hide a real invalidation.
func TestPortal5PausedBlacklistedStillInvalidated(t *testing.T) {
	x := newPortal5Fixture(t)
	x.proveAs()
	x.setPaused(true)
	x.f.set(x.asr, "disputeGameBlacklist(address)", word(1), x.game.Bytes())
	st, err := (&Stack{}).Status(context.Background(), x.env, x.escape())
	if err != nil {
		t.Fatal(err)
	}
	if !hasOverlay(st, "invalidated") || !strings.Contains(st.Facts["invalidated"], "blacklisted") {
		t.Fatalf("blacklisted while paused: overlays %v facts %v", st.Overlays, st.Facts)
	}
}
