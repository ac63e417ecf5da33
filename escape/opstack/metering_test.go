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
