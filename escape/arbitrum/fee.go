package arbitrum

import (
	"context"
	"fmt"
	"math/big"

	"github.com/l2escape/escape/escape/arbitrum/l2fee"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/ui"
	"github.com/l2escape/escape/escape/units"
)

// The max fee policy is l2fee's (why 3 × now and 100 × the minimum).
const (
	currentFactor = l2fee.CurrentFactor
	spikeFactor   = l2fee.SpikeFactor
)

// l2Fee is the max fee picked for a forced L2 transaction and what it rests on.
type l2Fee struct {
	Max     *big.Int // signed max fee per gas
	Current *big.Int // the L2's base fee now (its minimum when unknown)
	Minimum *big.Int // the L2's minimum base fee
	// CurrentKnown: Current was read from the L2.
	CurrentKnown bool
	// LimitedByBalance: the balance capped the max fee below the policy's;
	// Wanted is what the policy asked for.
	LimitedByBalance bool
	Wanted           *big.Int
}

// pickFee reads the L2's base fee and applies the policy within balance
// (nil when unknown).
func (s *Stack) pickFee(ctx context.Context, env *flow.Env, gas uint64, value, balance *big.Int) l2Fee {
	var current *big.Int
	if env.L2 != nil {
		if h, err := env.L2.HeaderByNumber(ctx, nil); err == nil && h.BaseFee != nil {
			current = h.BaseFee
		}
	}
	return feePolicy(current, s.minBaseFee(env), gas, value, balance)
}

// minBaseFee is the L2's minimum base fee: the network's parameter, else
// nitro's default.
func (s *Stack) minBaseFee(env *flow.Env) *big.Int {
	minimum := new(big.Int).SetUint64(defaultL2MinBaseFee)
	if v, ok := env.Network.ParamValue(ParamL2MinBaseFee); ok && v > 0 {
		minimum.SetUint64(v)
	}
	return minimum
}

// feePolicy: max(currentFactor × current, spikeFactor × minimum), lowered
// to what balance pays for (never below currentFactor × current: under
// that the balance check refuses to sign).
func feePolicy(current, minimum *big.Int, gas uint64, value, balance *big.Int) l2Fee {
	f := l2Fee{Minimum: minimum, Current: current, CurrentKnown: current != nil}
	if current == nil || current.Cmp(minimum) < 0 {
		f.Current = minimum
	}
	low := new(big.Int).Mul(f.Current, big.NewInt(currentFactor))
	f.Wanted = l2fee.MaxFee(f.Current, minimum)
	f.Max = f.Wanted
	if balance != nil && gas > 0 {
		spare := new(big.Int).Sub(balance, value)
		affordable := spare.Div(spare, new(big.Int).SetUint64(gas))
		if affordable.Cmp(f.Max) < 0 {
			f.LimitedByBalance = true
			f.Max = affordable
			if f.Max.Cmp(low) < 0 {
				f.Max = low
			}
		}
	}
	return f
}

// worstCost is value + gas limit × max fee: what the L2 balance must hold.
func (f l2Fee) worstCost(gas uint64, value *big.Int) *big.Int {
	return costAt(gas, f.Max, value)
}

// expectedCost is value + gas limit × today's base fee: at most what it
// costs if the base fee has not moved when it runs.
func (f l2Fee) expectedCost(gas uint64, value *big.Int) *big.Int {
	return costAt(gas, f.Current, value)
}

func costAt(gas uint64, feePerGas, value *big.Int) *big.Int {
	c := new(big.Int).Mul(new(big.Int).SetUint64(gas), feePerGas)
	return c.Add(c, value)
}

// times says how many times base the max fee is ("3.0×").
func times(v, base *big.Int) string {
	if base.Sign() == 0 {
		return "?"
	}
	r, _ := new(big.Float).Quo(new(big.Float).SetInt(v), new(big.Float).SetInt(base)).Float64()
	return fmt.Sprintf("%.1f×", r)
}

// policyNote is the max fee's explanation for the summary.
func (f l2Fee) policyNote() string {
	now := "the L2's base fee now, " + units.Gwei(f.Current)
	if !f.CurrentKnown {
		now = "the L2's minimum base fee " + units.Gwei(f.Current) + " (no L2 RPC to read the current one)"
	}
	note := fmt.Sprintf("%s %s; policy: the higher of %d × %s and %d × the minimum base fee %s, headroom for the base fee rising while the L2 replays the backlog after an outage (a max fee under the base fee when it runs gets it dropped)",
		times(f.Max, f.Current), now, currentFactor, "the base fee now", spikeFactor, units.Gwei(f.Minimum))
	if f.LimitedByBalance {
		note += "; lowered from " + units.Gwei(f.Wanted) + " to what your L2 balance pays for"
	}
	return note
}

// summary is the max fee and cost lines the user confirms.
func (f l2Fee) summary(gas uint64, value *big.Int) []ui.KV {
	valueNote := ""
	if value.Sign() > 0 {
		valueNote = " (includes the value " + units.ETH(value) + ")"
	}
	return []ui.KV{
		{Key: "L2 max fee", Value: units.Gwei(f.Max) + " per gas = " + f.policyNote()},
		costLine("L2 cost expected", f.expectedCost(gas, value), func(cost string) string {
			return "at most " + cost + " = value + gas limit × the base fee now" + valueNote + "; the L2 charges the base fee of the block it runs in for the gas used, no tip"
		}),
		costLine("L2 cost worst case", f.worstCost(gas, value), func(cost string) string {
			return cost + " = value + gas limit × max fee; your L2 balance must hold it when the transaction runs"
		}),
	}
}

// costLine is a summary line with a cost bound: rounded up for people,
// exact for --json.
func costLine(key string, cost *big.Int, line func(cost string) string) ui.KV {
	return ui.KV{Key: key, Value: line(units.FeeETHCeil(cost)), Exact: line(units.ETH(cost))}
}

// balanceWarning says that the balance limits the headroom.
func (f l2Fee) balanceWarning() string {
	return fmt.Sprintf("your L2 balance limits the max fee to %s (the policy asks %s): if the L2 base fee rises above it before the transaction runs, the L2 drops it; `escape next` then re-signs it with a higher max fee, which needs more L2 balance (withdraw less to keep more headroom)",
		units.Gwei(f.Max), units.Gwei(f.Wanted))
}
