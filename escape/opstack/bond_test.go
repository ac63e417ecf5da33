package opstack

import (
	"math/big"
	"testing"
)

// The two ways a bond comes back: FaultDisputeGame 1.2.0 (credit unlocked
// at resolution, one claimCredit after the DelayedWETH delay; exercised on
// the devnet) and newer games (claimCredit unlocks once the game is
// finalized, a second one pays after the delay; no bytecode here).
func TestBondNextStep(t *testing.T) {
	const finality, delay = 100, 1000
	bond := big.NewInt(8e16)
	for _, tc := range []struct {
		name     string
		b        bondView
		now      uint64
		wantStep string
		wantDue  uint64
	}{
		{"1.2.0 waiting for the delay", bondView{credit: bond, resolvedAt: 500, unlockedAt: 500, wethWait: delay}, 600, "claim-bond", 1500},
		{"1.2.0 paid", bondView{credit: new(big.Int), resolvedAt: 500, unlockedAt: 500, wethWait: delay}, 2000, "", 0},
		{"new game not finalized", bondView{credit: bond, unlockFirst: true, resolvedAt: 500, wethWait: delay}, 550, "unlock-bond", 600},
		{"new game finalized early by the registry", bondView{credit: bond, unlockFirst: true, finalized: true, resolvedAt: 500, wethWait: delay}, 550, "unlock-bond", 550},
		{"new game unlocked", bondView{credit: bond, unlockFirst: true, unlocked: true, resolvedAt: 500, unlockedAt: 700, wethWait: delay}, 800, "claim-bond", 1700},
		{"new game paid", bondView{credit: new(big.Int), unlockFirst: true, unlocked: true, resolvedAt: 500, unlockedAt: 700, wethWait: delay}, 2000, "", 0},
	} {
		step, _, due := tc.b.nextStep(tc.now, finality)
		if step != tc.wantStep || due != tc.wantDue {
			t.Errorf("%s: step %q due %d, want %q due %d", tc.name, step, due, tc.wantStep, tc.wantDue)
		}
	}
}
