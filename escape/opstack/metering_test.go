package opstack

import (
	"math/big"
	"math/rand"
	"testing"

	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// The devnet's (and OP Mainnet's) resource config.
var testResourceConfig = resourceConfig{MaxResourceLimit: 20_000_000, ElasticityMultiplier: 10, BaseFeeMaxChangeDenominator: 8,
	MinimumBaseFee: 1e9, SystemTxMaxGas: 1_000_000, MaximumBaseFee: new(big.Int).SetUint64(1<<64 - 1)}

// nextResourceBaseFee follows ResourceMetering._metered: one EIP-1559 step
// against the target maxResourceLimit/elasticity, clamped to the floor and
// the ceiling.
func TestNextResourceBaseFee(t *testing.T) {
	gwei := big.NewInt(1e9)
	for _, tc := range []struct {
		name      string
		cfg       resourceConfig
		prev      *big.Int
		bought    uint64
		blockDiff uint64
		want      int64
	}{
		{"a full block more than doubles the price", testResourceConfig, gwei, 20_000_000, 1, 2_125_000_000},
		{"12M bought", testResourceConfig, gwei, 12_000_000, 1, 1_625_000_000},
		{"an empty block cannot go under the floor", testResourceConfig, gwei, 0, 1, 1_000_000_000},
		{"at the target the price stays", testResourceConfig, big.NewInt(3e9), 2_000_000, 1, 3_000_000_000},
		{"the ceiling holds", resourceConfig{MaxResourceLimit: 20_000_000, ElasticityMultiplier: 10, BaseFeeMaxChangeDenominator: 8,
			MinimumBaseFee: 1e9, MaximumBaseFee: big.NewInt(2e9)}, gwei, 20_000_000, 1, 2_000_000_000},
		{"two empty blocks after a step: × 7/8", testResourceConfig, big.NewInt(8e9), 2_000_000, 2, 7_000_000_000},
	} {
		if got := nextResourceBaseFee(tc.cfg, tc.prev, tc.bought, tc.blockDiff); got.Cmp(big.NewInt(tc.want)) != 0 {
			t.Errorf("%s: got %s, want %d", tc.name, got, tc.want)
		}
	}
}

// The burn divides by the L1 base fee, never by less than 1 gwei.
func TestBurnGas(t *testing.T) {
	if got := burnGas(200_000, big.NewInt(2e9), big.NewInt(1)); got != 400_000 {
		t.Errorf("at a tiny L1 base fee: got %d, want 400000", got)
	}
	if got := burnGas(200_000, big.NewInt(2e9), big.NewInt(4e9)); got != 100_000 {
		t.Errorf("at 4 gwei L1: got %d, want 100000", got)
	}
}

// The local EIP-1559 step equals go-ethereum's, which the binary does not
// link.
func TestNextL1BaseFeeMatchesGeth(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 2000; i++ {
		limit := uint64(r.Intn(60_000_000) + 1)
		used := uint64(r.Int63n(int64(limit) + 1))
		switch i % 4 {
		case 0:
			used = limit / 2
		case 1:
			used = limit
		case 2:
			used = 0
		}
		head := &types.Header{Number: big.NewInt(int64(r.Intn(1e6)) + 1), GasLimit: limit, GasUsed: used,
			BaseFee: new(big.Int).Rand(r, big.NewInt(500e9)), Time: uint64(r.Intn(1e9))}
		want := eip1559.CalcBaseFee(params.AllEthashProtocolChanges, head)
		if got := nextL1BaseFee(head); got.Cmp(want) != 0 {
			t.Fatalf("limit %d used %d base %v: got %v, geth %v", limit, used, head.BaseFee, got, want)
		}
	}
}

// fullBlocksLater is the market attempt k (from 1) of a deposit reads in
// the worst case the retries assume: each attempt before it reverted in
// the L1 block after the one before, every one of those blocks spending
// the whole deposit budget, the L1 base fee falling 1/8 per block (which
// raises the burn).
func fullBlocksLater(m *depositMarket, k int) *depositMarket {
	if k == 1 {
		return m
	}
	later := *m
	later.Head = m.Head + uint64(k-1)
	later.PrevBaseFee = m.resourceBaseFeeAt(later.Head, uint64(m.Config.MaxResourceLimit))
	later.PrevBoughtGas = uint64(m.Config.MaxResourceLimit)
	later.PrevBlockNum = later.Head
	later.L1BaseFee = new(big.Int).Set(m.L1BaseFee)
	for i := 1; i < k; i++ {
		later.L1BaseFee.Mul(later.L1BaseFee, big.NewInt(7)).Quo(later.L1BaseFee, big.NewInt(8))
	}
	return &later
}

// The bound the summary shows for the deposit's attempts lets every
// attempt of the worst case the retries assume go out (the pipeline sends
// attempt k only if its max cost fits in what the attempts before it left
// of the bound), and is well under counting every attempt at its whole max
// cost, as the bound did before: a reverted attempt stops at OutOfGas(),
// before the burn. Figures of TestCrowdOfFourHundredWithdrawals' market.
func TestAttemptsBoundCoversWorstCase(t *testing.T) {
	const l2Gas = ethWithdrawalL2Gas
	// depositTransaction's L1 gas besides the burn on the devnet's portal.
	const work = 36_000
	for _, tc := range []struct {
		name     string
		l1       int64 // L1 base fee
		tip      int64
		estimate bool // false: the simulation at the head reverted with OutOfGas()
		tighter  int64
	}{
		{"devnet crowd", 9_167_936, 1e9, true, 80},
		{"head full, no estimate", 9_167_936, 1e9, false, 80},
		{"mainnet-like L1 fees", 20e9, 2e9, true, 100},
		{"L1 fee above the burn's 1 gwei floor, tiny tip", 3e9, 1e7, true, 100},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := &depositMarket{Config: testResourceConfig, PrevBaseFee: big.NewInt(1e9), PrevBlockNum: 30, Head: 36,
				HeadL1BaseFee: big.NewInt(tc.l1), L1BaseFee: big.NewInt(tc.l1)}
			p := m.price(l2Gas)
			gasLimit := forwardedBurn(p.WorstBurn) + depositWorkGas
			if tc.estimate {
				gasLimit = depositGasLimit(work+p.ExpectedBurn, m, p, l2Gas)
			}
			baseFee, tip := big.NewInt(tc.l1), big.NewInt(tc.tip)
			plan := newRetryPlan(gasLimit, p, tip)
			cost := m.attemptsCost(l2Gas, depositAttempts, gasLimit, plan, baseFee)

			paid := new(big.Int)     // by the attempts before k, each reverted
			wholeMax := new(big.Int) // every attempt at its whole max cost
			headFee := new(big.Int).Set(baseFee)
			for k := 1; k <= depositAttempts; k++ {
				limit := gasLimit
				if k > 1 {
					limit = plan.gasLimit(fullBlocksLater(m, k).price(l2Gas))
				}
				maxFee := new(big.Int).Add(new(big.Int).Mul(headFee, big.NewInt(2)), plan.tipFor(k))
				maxCost := new(big.Int).Mul(new(big.Int).SetUint64(limit), maxFee)
				if left := new(big.Int).Sub(cost.Bound, paid); maxCost.Cmp(left) > 0 {
					t.Fatalf("attempt %d could cost %s wei, more than the %s left of the bound %s", k, maxCost, left, cost.Bound)
				}
				if k == 2 && new(big.Int).Add(paid, maxCost).Cmp(cost.NextBlockFull) > 0 {
					t.Errorf("a reverted first attempt and a second cost up to %s wei, more than the %s shown", new(big.Int).Add(paid, maxCost), cost.NextBlockFull)
				}
				paid.Add(paid, new(big.Int).Mul(new(big.Int).SetUint64(plan.work), maxFee))
				wholeMax.Add(wholeMax, maxCost)
				headFee.Add(headFee, new(big.Int).Add(new(big.Int).Quo(headFee, big.NewInt(8)), big.NewInt(1)))
			}
			// Tighter: well under every attempt at its whole max cost (the
			// bound shown before counted each one so).
			if limit := new(big.Int).Div(new(big.Int).Mul(wholeMax, big.NewInt(tc.tighter)), big.NewInt(100)); cost.Bound.Cmp(limit) > 0 {
				t.Errorf("bound %s wei is not under %d%% of every attempt at its whole max cost (%s)", cost.Bound, tc.tighter, wholeMax)
			}
			t.Logf("gas limit %d, work %d: next block full %s ETH, bound %s ETH; every attempt at its whole max cost %s ETH",
				gasLimit, plan.work, ethText(cost.NextBlockFull), ethText(cost.Bound), ethText(wholeMax))
		})
	}
}

func ethText(w *big.Int) string {
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(w), big.NewFloat(params.Ether)).Float64()
	return big.NewFloat(f).Text('f', 6)
}
