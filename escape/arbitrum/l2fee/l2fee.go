// Package l2fee is the max fee policy of a forced Arbitrum L2 transaction,
// shared by the escape flow (escape/arbitrum) and `health`.
package l2fee

import "math/big"

// The max fee policy of a forced L2 transaction. It runs hours after it is
// signed, typically right after an outage, when the L2 replays the backlog
// of delayed and queued transactions. ArbOS prices L2 gas EIP-1559-style
// against the chain's gas speed limit (Arbitrum One: 7M gas/s, see
// docs.arbitrum.io "gas speed limit"): a backlog above it raises the base
// fee exponentially, and a transaction whose max fee is below the base fee
// when it runs is dropped without a receipt (arbos/block_processor.go). So
// the max fee is the higher of:
//   - CurrentFactor × the current base fee (a modest rise from today), and
//   - SpikeFactor × the L2's minimum base fee: in nitro's l2pricing model
//     (base fee = minimum × e^(backlog / (inertia × speed limit)), inertia
//     102) the base fee of a backlog of ln(100) × 102 × 7M ≈ 3.3G gas on
//     Arbitrum One, about 8 minutes of demand at twice the speed limit:
//     1 gwei on Arbitrum One (minimum 0.01 gwei).
//
// The L2 charges the base fee of the block it runs in for the gas used (no
// tip), so the headroom costs nothing unless the spike happens; it only has
// to be covered by the L2 balance. When the balance cannot cover it, the
// max fee is lowered to what the balance pays for, and the summary says so.
const (
	CurrentFactor = 3
	SpikeFactor   = 100
)

// ParamMinBaseFee is the network parameter with the L2's minimum base fee
// in wei (Arbitrum One: 0.01 gwei).
const ParamMinBaseFee = "l2MinBaseFeeWei"

// DefaultMinBaseFee is nitro's minimum L2 base fee for new chains, 0.1
// gwei (arbos/l2pricing InitialMinimumBaseFeeWei); Arbitrum One's is 0.01.
const DefaultMinBaseFee = 100_000_000

// WithdrawEthGas is the L2 gas limit of a forced ETH withdrawal when no L2
// RPC estimates it.
const WithdrawEthGas = 300_000

// SendL2MessageGas is about the L1 gas of Inbox.sendL2Message carrying a
// signed withdrawal (88.9k measured on the devnet's nitro-contracts).
const SendL2MessageGas = 90_000

// MaxFee is the policy's max fee per gas before any balance limit:
// max(CurrentFactor × current, SpikeFactor × minimum), with current
// raised to minimum when unknown (nil) or below it.
func MaxFee(current, minimum *big.Int) *big.Int {
	if current == nil || current.Cmp(minimum) < 0 {
		current = minimum
	}
	low := new(big.Int).Mul(current, big.NewInt(CurrentFactor))
	spike := new(big.Int).Mul(minimum, big.NewInt(SpikeFactor))
	if spike.Cmp(low) < 0 {
		return low
	}
	return spike
}
