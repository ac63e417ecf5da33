package opstack

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/l2escape/escape/bindings/opbedrock"
	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/network"
	"github.com/l2escape/escape/escape/opstack/depositfee"
	"github.com/l2escape/escape/escape/pipeline"
	"github.com/l2escape/escape/escape/units"
)

// The portal's deposit market (ResourceMetering.sol): every L1 block sells at
// most maxResourceLimit L2 gas to deposits, at a base fee that moves
// EIP-1559-style with the gas bought in the previous block; the price is paid
// by burning L1 gas inside depositTransaction.

var systemConfigABI = chain.LazyABI(opbedrock.SystemConfigMetaData)

// worstCaseBlocks is how many L1 blocks ahead the deposit's L1 gas limit
// still covers the burn if every block before it has a full deposit budget:
// 2 means the next block, or the one after a full next block.
const worstCaseBlocks = 2

// resourceConfig mirrors SystemConfig.resourceConfig().
type resourceConfig = depositfee.Config

// depositMarket is the state the next deposit meets: the portal's params()
// as of block Head, its resource config, the head's L1 base fee and the
// next block's (EIP-1559).
type depositMarket struct {
	Config        resourceConfig
	PrevBaseFee   *big.Int
	PrevBoughtGas uint64
	PrevBlockNum  uint64
	Head          uint64
	HeadL1BaseFee *big.Int
	L1BaseFee     *big.Int // in block Head+1
}

// readDepositMarket reads params() from the portal and resourceConfig() from
// the SystemConfig, both at the current head.
func readDepositMarket(ctx context.Context, l1 *chain.Client, c *contracts) (*depositMarket, error) {
	head, err := l1.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	at := head.Number
	out, err := callAt(ctx, l1, portal2ABI(), c.portal, at, "params")
	if err != nil {
		return nil, fmt.Errorf("opstack: read the portal's params(): %w", err)
	}
	m := &depositMarket{PrevBaseFee: out[0].(*big.Int), PrevBoughtGas: out[1].(uint64), PrevBlockNum: out[2].(uint64),
		Head: head.Number.Uint64(), HeadL1BaseFee: head.BaseFee, L1BaseFee: new(big.Int)}
	if head.BaseFee == nil {
		m.HeadL1BaseFee = new(big.Int)
	} else {
		m.L1BaseFee = nextL1BaseFee(head)
	}
	sys, ok := c.net.Address(network.SystemConfig)
	if !ok {
		return nil, fmt.Errorf("opstack: the network names no SystemConfig")
	}
	out, err = callAt(ctx, l1, systemConfigABI(), sys, at, "resourceConfig")
	if err != nil {
		return nil, fmt.Errorf("opstack: read SystemConfig.resourceConfig(): %w", err)
	}
	m.Config = *abi.ConvertType(out[0], new(resourceConfig)).(*resourceConfig)
	if m.Config.ElasticityMultiplier == 0 || m.Config.BaseFeeMaxChangeDenominator == 0 {
		return nil, fmt.Errorf("opstack: SystemConfig.resourceConfig() has a zero elasticity or change denominator")
	}
	return m, nil
}

func callAt(ctx context.Context, l1 *chain.Client, a *abi.ABI, to common.Address, at *big.Int, method string) ([]any, error) {
	input, err := a.Pack(method)
	if err != nil {
		return nil, err
	}
	out, err := l1.CallContract(ctx, ethereum.CallMsg{To: &to, Data: input}, at)
	if err != nil {
		return nil, err
	}
	return a.Unpack(method, out)
}

// nextResourceBaseFee is ResourceMetering._metered's price update
// (depositfee.NextBaseFee).
var nextResourceBaseFee = depositfee.NextBaseFee

// resourceBaseFeeAt is the deposit base fee a deposit pays in L1 block
// `block` (> Head), if the blocks between Head and it each bought
// `boughtBetween` L2 gas (0: no other deposits; MaxResourceLimit: full).
func (m *depositMarket) resourceBaseFeeAt(block, boughtBetween uint64) *big.Int {
	if boughtBetween == 0 || block == m.Head+1 {
		return nextResourceBaseFee(m.Config, m.PrevBaseFee, m.PrevBoughtGas, block-m.PrevBlockNum)
	}
	// Deposits in every block from Head+1 to block-1: each steps once.
	fee := nextResourceBaseFee(m.Config, m.PrevBaseFee, m.PrevBoughtGas, m.Head+1-m.PrevBlockNum)
	for b := m.Head + 1; b < block; b++ {
		fee = nextResourceBaseFee(m.Config, fee, boughtBetween, 1)
	}
	return fee
}

// burnGas is the L1 gas a deposit burns (depositfee.BurnGas).
var burnGas = depositfee.BurnGas

// depositPrice is what the summary shows and what bounds the L1 gas limit.
type depositPrice struct {
	NextBaseFee  *big.Int // deposit base fee in the next L1 block
	WorstBaseFee *big.Int // ... worstCaseBlocks ahead after full blocks
	ExpectedBurn uint64   // L1 gas burned in the next block
	WorstBurn    uint64   // ... worst case, at a lower L1 base fee
}

// price prices a deposit of l2Gas at the next block and in the worst case
// worstCaseBlocks ahead; the L1 base fee may fall 1/8 per block after the
// next, which raises the burn.
func (m *depositMarket) price(l2Gas uint64) depositPrice {
	p := depositPrice{NextBaseFee: m.resourceBaseFeeAt(m.Head+1, 0),
		WorstBaseFee: m.resourceBaseFeeAt(m.Head+worstCaseBlocks, uint64(m.Config.MaxResourceLimit))}
	p.ExpectedBurn = burnGas(l2Gas, p.NextBaseFee, m.L1BaseFee)
	p.WorstBurn = m.worstBurnAtAttempt(l2Gas, 1)
	return p
}

// worstBurnAtAttempt is the WorstBurn that attempt k (from 1) of a deposit
// prices when each attempt before it reverted in the L1 block after the
// previous one, every one of those blocks full: attempt k reads the market
// k-1 blocks after this one and covers the deposit price worstCaseBlocks
// ahead of that, after full blocks, at an L1 base fee that fell 1/8 per
// block (the most EIP-1559 allows) since the next one.
func (m *depositMarket) worstBurnAtAttempt(l2Gas uint64, k int) uint64 {
	price := m.resourceBaseFeeAt(m.Head+uint64(k-1)+worstCaseBlocks, uint64(m.Config.MaxResourceLimit))
	lowL1 := new(big.Int).Set(m.L1BaseFee)
	for i := 1; i < k+worstCaseBlocks-1; i++ {
		lowL1.Mul(lowL1, big.NewInt(7)).Quo(lowL1, big.NewInt(8))
	}
	return burnGas(l2Gas, price, lowL1)
}

// forwardedBurn is the L1 gas limit a burn of `burn` gas needs: the burn
// runs inside the portal proxy's delegatecall, which gets at most 63/64 of
// the gas left (EIP-150), so the 1/64 kept back comes on top.
func forwardedBurn(burn uint64) uint64 {
	return burn + burn/63 + 1
}

// retryPlan is what the first attempt of a deposit fixes for the later
// ones, so that the bound shown before the first covers them all.
type retryPlan struct {
	// work is the L1 gas of depositTransaction besides the burn: the
	// first attempt's gas limit less its worst-case burn. A deposit that
	// reverts with OutOfGas() stops before the burn, so it uses at most this.
	work uint64
	// tip is the first attempt's priority fee; attempt k bids 2^(k-1) × it.
	tip *big.Int
}

func newRetryPlan(gasLimit uint64, first depositPrice, tip *big.Int) *retryPlan {
	work := uint64(depositWorkGas)
	if gasLimit > first.WorstBurn {
		work = gasLimit - first.WorstBurn
	}
	return &retryPlan{work: work, tip: new(big.Int).Set(tip)}
}

// tipFor is the priority fee of attempt k (from 1).
func (r *retryPlan) tipFor(k int) *big.Int {
	return new(big.Int).Lsh(r.tip, uint(k-1))
}

// gasLimit is a later attempt's L1 gas limit, from the market it meets:
// the first attempt's work and this market's worst-case burn.
func (r *retryPlan) gasLimit(p depositPrice) uint64 {
	return r.work + forwardedBurn(p.WorstBurn)
}

// attemptsCost prices `attempts` attempts of a deposit of l2Gas whose first
// attempt has gasLimit, at an L1 head base fee baseFee, in the worst case
// the retries assume: each attempt goes into the L1 block after the one
// before it, every one of those blocks is full (the deposit price then
// steps up by the most the portal allows) and has a full L1 block before
// it (the L1 base fee rises 1/8 per block). Every attempt but the last
// reverts with OutOfGas() before the burn, paying at most the plan's work
// gas at its max fee; the last may pay its whole gas limit at its max fee.
// Bound is the largest of these totals over the attempt that goes through,
// so the pipeline, which checks each attempt's max cost against what is
// left of the bound, sends every attempt of that worst case.
func (m *depositMarket) attemptsCost(l2Gas uint64, attempts int, gasLimit uint64, plan *retryPlan, baseFee *big.Int) pipeline.AttemptsCost {
	cost := pipeline.AttemptsCost{Bound: new(big.Int)}
	reverted := new(big.Int) // paid by the attempts before k, all reverted
	headFee := new(big.Int).Set(baseFee)
	for k := 1; k <= attempts; k++ {
		limit := gasLimit
		if k > 1 {
			limit = plan.work + forwardedBurn(m.worstBurnAtAttempt(l2Gas, k))
		}
		maxFee := new(big.Int).Add(new(big.Int).Mul(headFee, big.NewInt(2)), plan.tipFor(k))
		total := new(big.Int).Add(reverted, new(big.Int).Mul(new(big.Int).SetUint64(limit), maxFee))
		if total.Cmp(cost.Bound) > 0 {
			cost.Bound = total
		}
		if k == 2 {
			cost.NextBlockFull = total
		}
		reverted.Add(reverted, new(big.Int).Mul(new(big.Int).SetUint64(plan.work), maxFee))
		// EIP-1559: at most parent + max(1, parent/8) a block.
		headFee.Add(headFee, new(big.Int).Add(new(big.Int).Quo(headFee, big.NewInt(8)), big.NewInt(1)))
	}
	return cost
}

// depositGasLimit bounds the L1 gas of depositTransaction: the estimate
// (taken at the head, so with the burn of a price at least the lower of
// the head's and the next block's) plus 20%, plus what the worst-case burn
// adds over the burn the estimate already holds.
func depositGasLimit(estimate uint64, m *depositMarket, p depositPrice, l2Gas uint64) uint64 {
	sameBlock := m.PrevBaseFee
	if p.NextBaseFee.Cmp(sameBlock) < 0 {
		sameBlock = p.NextBaseFee
	}
	highL1 := m.L1BaseFee
	if m.HeadL1BaseFee.Cmp(highL1) > 0 {
		highL1 = m.HeadL1BaseFee
	}
	inEstimate := burnGas(l2Gas, sameBlock, highL1)
	limit := estimate + estimate/5
	if p.WorstBurn > inEstimate {
		limit += p.WorstBurn - inEstimate
	}
	return limit
}

// summaryLine says what the deposit pays for its L2 gas.
func (p depositPrice) summaryLine() string {
	full := "the next L1 block fills its deposit budget"
	if worstCaseBlocks > 2 {
		full = fmt.Sprintf("the next %d L1 blocks fill their deposit budgets", worstCaseBlocks-1)
	}
	return fmt.Sprintf("%s per L2 gas in the next L1 block, burning about %d L1 gas; at most %s and %d L1 gas if %s (the L1 gas limit covers it)",
		units.Gwei(p.NextBaseFee), p.ExpectedBurn, units.Gwei(p.WorstBaseFee), p.WorstBurn, full)
}

// isOutOfGasRevert tells whether revert data is ResourceMetering's
// `error OutOfGas()` (every portal generation inherits it): the L2 gas asked
// for does not fit in what is left of this L1 block's budget.
func isOutOfGasRevert(data []byte) bool {
	id := portal2ABI().Errors["OutOfGas"].ID
	return len(data) >= 4 && string(data[:4]) == string(id[:4])
}

// depositBudgetError explains an OutOfGas() revert: not a lack of L1 gas,
// but this L1 block's deposit budget spent by other deposits.
func depositBudgetError(m *depositMarket, l2Gas uint64) error {
	if m != nil && l2Gas > uint64(m.Config.MaxResourceLimit) {
		return escape.Errorf("deposit-too-large",
			"nothing was signed or sent; give the L2 call at most "+fmt.Sprint(m.Config.MaxResourceLimit)+" L2 gas (--gas)",
			"the portal sells at most %d L2 gas to deposits in one L1 block, and this deposit asks for %d: it could never be included", m.Config.MaxResourceLimit, l2Gas)
	}
	budget := "its budget for deposits"
	if m != nil {
		budget = fmt.Sprintf("its budget for deposits (maxResourceLimit %d L2 gas)", m.Config.MaxResourceLimit)
	}
	return escape.Errorf("deposit-budget-spent",
		"nothing was signed or sent; run the same command again in a few seconds (each L1 block has a fresh budget)",
		"the portal sells L2 gas to deposits per L1 block, and this block has spent %s on other deposits: your %d L2 gas does not fit; the budget frees up in the next L1 block",
		budget, l2Gas)
}

// budgetSpentAt tells whether a deposit of l2Gas mined in L1 block `block`
// found that block's deposit budget spent: after the block, the portal's
// params() say the block bought so much that l2Gas more would not fit
// (a reverted receipt carries no revert data, so this is how OutOfGas()
// shows afterwards).
func budgetSpentAt(ctx context.Context, l1 *chain.Client, c *contracts, block, l2Gas uint64) (bool, error) {
	at := new(big.Int).SetUint64(block)
	out, err := callAt(ctx, l1, portal2ABI(), c.portal, at, "params")
	if err != nil {
		return false, err
	}
	sys, ok := c.net.Address(network.SystemConfig)
	if !ok {
		return false, fmt.Errorf("opstack: the network names no SystemConfig")
	}
	cfgOut, err := callAt(ctx, l1, systemConfigABI(), sys, at, "resourceConfig")
	if err != nil {
		return false, err
	}
	cfg := abi.ConvertType(cfgOut[0], new(resourceConfig)).(*resourceConfig)
	bought, prevBlock := out[1].(uint64), out[2].(uint64)
	return prevBlock == block && bought+l2Gas > uint64(cfg.MaxResourceLimit), nil
}

// depositWorkGas bounds the L1 gas depositTransaction spends besides the
// burn (intrinsic gas, the portal's checks, the event; about 30,000 on the
// devnet's 0.17.3 portal), for a deposit sent without an estimate.
const depositWorkGas = 200_000

// headBudgetSpent tells whether the head block itself spent the deposit
// budget: a simulation at the head then reverts with OutOfGas(), though the
// next block starts a fresh budget.
func (m *depositMarket) headBudgetSpent(l2Gas uint64) bool {
	return m.PrevBlockNum == m.Head && m.PrevBoughtGas+l2Gas > uint64(m.Config.MaxResourceLimit)
}

// nextL1BaseFee is EIP-1559's base fee for the block after head (elasticity
// 2, change denominator 8, as on Ethereum since London). go-ethereum's
// eip1559.CalcBaseFee computes the same (metering_test.go compares them) but
// links the EVM and the state database into the binary.
func nextL1BaseFee(head *types.Header) *big.Int {
	const elasticity, denominator = 2, 8
	parent := head.BaseFee
	target := head.GasLimit / elasticity
	if target == 0 || head.GasUsed == target {
		return new(big.Int).Set(parent)
	}
	if head.GasUsed > target {
		delta := new(big.Int).SetUint64(head.GasUsed - target)
		delta.Mul(delta, parent).Div(delta, new(big.Int).SetUint64(target)).Div(delta, big.NewInt(denominator))
		if delta.Sign() == 0 {
			delta.SetInt64(1)
		}
		return delta.Add(delta, parent)
	}
	delta := new(big.Int).SetUint64(target - head.GasUsed)
	delta.Mul(delta, parent).Div(delta, new(big.Int).SetUint64(target)).Div(delta, big.NewInt(denominator))
	next := delta.Sub(parent, delta)
	if next.Sign() < 0 {
		next.SetInt64(0)
	}
	return next
}
