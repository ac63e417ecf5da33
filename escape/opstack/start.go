package opstack

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/opstack/depositfee"
	"github.com/l2escape/escape/escape/pipeline"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/escape/ui"
	"github.com/l2escape/escape/escape/units"
)

const (
	// ethWithdrawalL2Gas covers L2ToL1MessagePasser.initiateWithdrawal with
	// room to spare; unused deposit gas is not refunded on L2 but costs the
	// user nothing extra on L1 beyond the portal's metering.
	ethWithdrawalL2Gas = depositfee.WithdrawEthL2Gas
	// bridgeWithdrawalL2Gas covers L2StandardBridge.withdrawTo (burn, two
	// messengers, the message passer).
	bridgeWithdrawalL2Gas = 500_000
	// l1CallGas is the gas the L1 finalization gives the recipient's call:
	// enough for an EOA or a simple wallet's receive().
	l1CallGas = 100_000
	// bridgeMinGas is the L1 gas the bridge withdrawal asks the L1 messenger
	// to give L1StandardBridge.finalizeBridgeERC20.
	bridgeMinGas = 200_000
)

// Withdraw forces a withdrawal from the sender's own L2 balance: ETH through
// the L2ToL1MessagePasser, an ERC-20 through the L2StandardBridge.
func (s *Stack) Withdraw(ctx context.Context, env *flow.Env, req flow.WithdrawRequest) (*record.Escape, error) {
	c, err := load(ctx, env)
	if err != nil {
		return nil, err
	}
	from, err := env.Pipeline.Sender()
	if err != nil {
		return nil, err
	}
	recipient := from
	if req.To != nil {
		recipient = *req.To
	}
	e := &record.Escape{Network: env.Network.Name, Stack: escape.StackOP, L1ChainID: env.Network.L1ChainID, L2ChainID: env.Network.L2ChainID,
		From: from, Recipient: &recipient, OP: &record.OPState{Portal: c.portal}}
	d := depositSpec{}
	if req.Token == nil {
		e.Kind, e.Amount = "withdraw-eth", req.Amount.String()
		data, err := passerABI().Pack("initiateWithdrawal", recipient, big.NewInt(l1CallGas), []byte{})
		if err != nil {
			return nil, err
		}
		d = depositSpec{to: MessagePasser, toName: "L2ToL1MessagePasser", value: req.Amount, data: data, gas: ethWithdrawalL2Gas,
			title: fmt.Sprintf("Forced withdrawal of %s from %s to L1", units.ETH(req.Amount), env.Network.Title),
			what:  []ui.KV{{Key: "Withdraw", Value: units.ETH(req.Amount) + " from your L2 balance (L2ToL1MessagePasser.initiateWithdrawal)"}}}
		if code, err := env.L1.CodeAt(ctx, recipient, nil); err == nil && len(code) > 0 && !isDelegation(code) {
			d.warnings = append(d.warnings, fmt.Sprintf("the L1 recipient %s is a contract: finalizing calls it with %d gas and no data. If that call fails, the ETH of a message-passer withdrawal is lost for good. Withdraw to an address you control with a key, or use an ERC-20 bridge path, which can be replayed.", recipient.Hex(), l1CallGas))
		}
	} else {
		var err error
		if d, err = tokenWithdrawal(ctx, env, e, req, from, recipient); err != nil {
			return nil, err
		}
	}
	d.what = append(d.what, ui.KV{Key: "L1 recipient", Value: recipient.Hex()})
	return s.deposit(ctx, env, c, e, d)
}

// Send forces any L2 call from the sender's address.
func (s *Stack) Send(ctx context.Context, env *flow.Env, req flow.SendRequest) (*record.Escape, error) {
	if req.Value == nil {
		req.Value = new(big.Int) // a plain call
	}
	c, err := load(ctx, env)
	if err != nil {
		return nil, err
	}
	from, err := env.Pipeline.Sender()
	if err != nil {
		return nil, err
	}
	gas := req.Gas
	var gasNote string
	if gas == 0 {
		gas = ethWithdrawalL2Gas
		gasNote = "default; pass --gas to change"
		if env.L2 != nil {
			if est, err := env.L2.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &req.To, Value: req.Value, Data: req.Data}); err == nil {
				gas, gasNote = est*3/2, "L2 estimate + 50%"
			}
		}
	}
	e := &record.Escape{Network: env.Network.Name, Stack: escape.StackOP, Kind: "send", L1ChainID: env.Network.L1ChainID,
		L2ChainID: env.Network.L2ChainID, From: from, Amount: req.Value.String(), OP: &record.OPState{Portal: c.portal}}
	d := depositSpec{to: req.To, toName: "", value: req.Value, data: req.Data, gas: gas, gasNote: gasNote,
		title: fmt.Sprintf("Forced L2 transaction on %s, sent through L1", env.Network.Title),
		what: []ui.KV{{Key: "L2 call", Value: fmt.Sprintf("%s with %d bytes of data", req.To.Hex(), len(req.Data))},
			{Key: "L2 value", Value: units.ETH(req.Value) + " from your L2 balance"}}}
	return s.deposit(ctx, env, c, e, d)
}

type depositSpec struct {
	to       common.Address
	toName   string
	value    *big.Int
	data     []byte
	gas      uint64
	gasNote  string
	title    string
	what     []ui.KV
	warnings []string
}

// deposit sends OptimismPortal.depositTransaction from the user's L1 key with
// no ETH attached: the L2 call runs from the user's own (unaliased) address
// and spends their existing L2 balance.
func (s *Stack) deposit(ctx context.Context, env *flow.Env, c *contracts, e *record.Escape, d depositSpec) (*record.Escape, error) {
	if c.paused {
		// The pause stops proving and finalizing only; depositTransaction
		// has no pause check, so the withdrawal can start and wait.
		d.warnings = append(d.warnings, "the guardian has paused the "+env.Network.Title+" bridge: this deposit and its L2 withdrawal still go through, but proving and finalizing wait until the bridge is unpaused")
	}
	from := e.From
	// A contract (not an EIP-7702 delegated EOA) would be aliased by the
	// portal: the L2 call would run from another address that holds none of
	// the user's funds. A key can only sign for an EOA, so this catches a
	// misconfigured account rather than a normal user.
	if code, err := env.L1.CodeAt(ctx, from, nil); err == nil && len(code) > 0 && !isDelegation(code) {
		return nil, escape.Errorf("aliased-sender", "a forced withdrawal must be sent by the EOA that owns the L2 funds",
			"your L1 address %s has contract code: the portal would alias it, and the L2 call could not move your L2 funds", from.Hex())
	}
	minGas := uint64(21_000 + 40*len(d.data))
	if out, err := call(ctx, env.L1, portal2ABI(), c.portal, "minimumGasLimit", uint64(len(d.data))); err == nil {
		minGas = out[0].(uint64)
	}
	gas := d.gas
	if gas < minGas*5/4 {
		gas = minGas * 5 / 4
	}
	gasNote := d.gasNote
	if gasNote == "" {
		gasNote = fmt.Sprintf("portal minimum %d for this data; margin included", minGas)
	}
	if env.L2 != nil && d.value.Sign() > 0 {
		if bal, err := env.L2.BalanceAt(ctx, from, nil); err == nil && bal.Cmp(d.value) < 0 {
			return nil, escape.Errorf("insufficient-l2-balance", "withdraw at most "+units.ETH(bal),
				"your L2 balance (%s) is less than %s: the forced transaction would fail on L2", units.ETH(bal), units.ETH(d.value))
		}
	} else if env.L2 == nil {
		d.warnings = append(d.warnings, "no L2 RPC answered, so escape could not check your L2 balance; if it is too low the forced transaction fails on L2 and only the L1 fee is lost")
	}
	input, err := portal2ABI().Pack("depositTransaction", d.to, d.value, gas, false, d.data)
	if err != nil {
		return nil, err
	}
	e.OP.L2GasLimit = gas
	lines := append(append([]ui.KV{}, d.what...), ui.KV{Key: "L2 gas limit", Value: fmt.Sprintf("%d (%s; paid on L1 through the portal's gas market)", gas, gasNote)})
	timeline := []ui.KV{
		{Key: "L2 inclusion", Value: fmt.Sprintf("a working sequencer includes it within minutes; if the sequencer is down, the L2 must include it within the sequencing window: %d L1 blocks (about %s)", c.seqWindow, ui.Duration(time.Duration(c.seqWindow*c.l1Block)*time.Second))},
	}
	if d.to == MessagePasser || d.to == L2StandardBridge {
		if c.gen == Legacy {
			timeline = append(timeline, ui.KV{Key: "Prove", Value: "once an L2 output proposal covers it, `escape next` proves it on L1"},
				ui.KV{Key: "Finalize", Value: fmt.Sprintf("%s after the output, `escape next` finalizes and the funds arrive on L1", ui.Duration(time.Duration(c.finalizeP)*time.Second))})
		} else {
			timeline = append(timeline, ui.KV{Key: "Prove", Value: "once a dispute game covers it, `escape next` proves it on L1"},
				ui.KV{Key: "Finalize", Value: fmt.Sprintf("after the proof maturity delay (%s) and the game's resolution plus %s, `escape next` finalizes and the funds arrive on L1",
					ui.Duration(time.Duration(c.maturity)*time.Second), ui.Duration(time.Duration(c.finality)*time.Second))})
		}
	}
	req := pipeline.Request{Escape: e, Step: "deposit", To: c.portal, ToName: "OptimismPortal", Value: new(big.Int), Data: input,
		GasMarginPercent: 50, ABIs: allRevertABIs(),
		Summary: pipeline.Summary{Title: d.title, Lines: lines, Timeline: timeline, Warnings: d.warnings}}
	// The escape enters the record with its signed deposit, inside the
	// pipeline: declining, a refusal or a dry run leave nothing behind.
	res, err := depositWithRetries(ctx, env, e, c, req)
	if err != nil || res.DryRun {
		if e.ID == "" {
			return nil, err
		}
		return e, err
	}
	if err := recordDeposit(e, c, res.Receipt); err != nil {
		return e, err
	}
	return e, env.Store.Save(e)
}

// recordDeposit finds our TransactionDeposited log by address and topic
// (never by position: other contracts may log in the same transaction) and
// computes the L2 deposit transaction's hash, which is known from L1 alone.
func recordDeposit(e *record.Escape, c *contracts, r *types.Receipt) error {
	for _, l := range r.Logs {
		if l.Address != c.portal || len(l.Topics) < 2 || l.Topics[0] != depositedTopic() {
			continue
		}
		if common.BytesToAddress(l.Topics[1].Bytes()) != e.From {
			continue
		}
		dep, err := DepositTxFromLog(l)
		if err != nil {
			return fmt.Errorf("opstack: cannot decode TransactionDeposited: %w", err)
		}
		h := DepositTxHash(dep)
		e.OP.L2DepositHash = h
		e.OP.DepositL1Block = l.BlockNumber
		e.OP.DepositLogIndex = l.Index
		e.AddRef(h)
		e.Stage = escape.StageWaitingL2
		e.Note("deposit in L1 block %d; its L2 transaction will be %s", l.BlockNumber, h.Hex())
		return nil
	}
	return escape.Errorf("no-deposit-event", "report this: the portal at "+c.portal.Hex()+" did not log the deposit",
		"the L1 receipt holds no TransactionDeposited event from the portal")
}

// isDelegation reports EIP-7702 delegation code (0xef0100 || address): the
// account is still an EOA that signs its own transactions.
func isDelegation(code []byte) bool {
	return len(code) == 23 && code[0] == 0xef && code[1] == 0x01 && code[2] == 0x00
}

// priceDeposit sets the deposit's L1 gas limit from the portal's deposit
// market (metering.go) and shows its price; if the market cannot be read
// it keeps the flat margin. An OutOfGas() revert is explained either way.
// plan holds what the first attempt fixes for the later ones: nil before
// the first (whose AttemptsBound fills it in), set for a later attempt,
// whose gas limit it then gives.
func priceDeposit(ctx context.Context, env *flow.Env, c *contracts, req *pipeline.Request, l2Gas uint64, plan **retryPlan) {
	m, err := readDepositMarket(ctx, env.L1, c)
	req.ExplainRevert = func(data []byte) error {
		if !isOutOfGasRevert(data) {
			return nil
		}
		return depositBudgetError(m, l2Gas)
	}
	if err != nil {
		return
	}
	p := m.price(l2Gas)
	later := plan != nil && *plan != nil
	req.GasLimitFor = func(estimate uint64) uint64 {
		limit := depositGasLimit(estimate, m, p, l2Gas)
		if later && estimate <= (*plan).gasLimit(p) {
			// Priced as the bound agreed to assumed (the estimate fits).
			limit = (*plan).gasLimit(p)
		}
		return limit
	}
	if plan != nil && !later {
		req.AttemptsBound = func(gasLimit uint64, baseFee, tip *big.Int) pipeline.AttemptsCost {
			*plan = newRetryPlan(gasLimit, p, tip)
			return m.attemptsCost(l2Gas, req.Attempts, gasLimit, *plan, baseFee)
		}
		req.AttemptsNote = "if other deposits spend an L1 block's deposit budget before yours (a crowd), escape sends it again in a later block, doubling the priority fee each time; the bound holds if each attempt goes into the L1 block after the one before it, every one of those blocks full (which more than doubles the deposit price each block), and covers a reverted attempt at the gas it uses before the portal's OutOfGas()"
	}
	req.NextBlockGasLimit = func(data []byte) uint64 {
		// OutOfGas() says the simulated block's deposit budget is spent:
		// the head's, or the pending block's where a node simulates there
		// (a crowd in the pool). Either way a later block has a fresh one,
		// unless the deposit asks for more than a whole block's budget.
		if !isOutOfGasRevert(data) || l2Gas > uint64(m.Config.MaxResourceLimit) {
			return 0
		}
		if later {
			return (*plan).gasLimit(p)
		}
		return forwardedBurn(p.WorstBurn) + depositWorkGas
	}
	req.Summary.Lines = append(req.Summary.Lines, ui.KV{Key: "Deposit price", Value: p.summaryLine()})
}

// depositAttempts is how many deposits one confirmation covers when a crowd
// spends the L1 blocks' deposit budgets before escape's deposit (a variable
// so that a test can stop after the first, as a killed process would).
var depositAttempts = 4

// depositWithRetries prices the deposit from the portal's market and sends it. When
// it is mined but reverts because other deposits spent its L1 block's budget
// first (a crowd), it is sent again in a later block, attempt k bidding 2^(k-1)
// times the first attempt's priority fee with the gas limit the retry plan
// gives for the market it meets, up to depositAttempts in all, without asking
// again while every attempt together stays within the bound the user
// confirmed (pipeline Request.Attempts, attemptsCost). Each attempt is in the
// record.
func depositWithRetries(ctx context.Context, env *flow.Env, e *record.Escape, c *contracts, req pipeline.Request) (*pipeline.Result, error) {
	lines := req.Summary.Lines
	first := req
	first.Summary.Lines = append([]ui.KV{}, lines...)
	first.Attempts = depositAttempts
	var plan *retryPlan
	priceDeposit(ctx, env, c, &first, e.OP.L2GasLimit, &plan)
	res, err := env.Pipeline.Send(ctx, first)
	if res == nil || res.Bound == nil || plan == nil {
		return res, err
	}
	paid := new(big.Int)
	for attempt := 2; escape.CodeOf(err) == "tx-reverted" && res != nil && res.Receipt != nil && attempt <= depositAttempts; attempt++ {
		r := res.Receipt
		if spent, serr := budgetSpentAt(ctx, env.L1, c, r.BlockNumber.Uint64(), e.OP.L2GasLimit); serr != nil || !spent {
			return res, err
		}
		paid.Add(paid, txCost(r))
		left := new(big.Int).Sub(res.Bound, paid)
		tip := plan.tipFor(attempt)
		e.Note("deposit %s reverted: L1 block %d's deposit budget was spent by other deposits first; attempt %d of %d with a priority fee of %s", r.TxHash.Hex(), r.BlockNumber, attempt, depositAttempts, units.Gwei(tip))
		env.UI.Progress("Your deposit %s reverted in L1 block %d: other deposits spent that block's budget first. Sending it again (attempt %d of %d, priority fee %s); %s paid so far of the %s you agreed to.",
			r.TxHash.Hex(), r.BlockNumber, attempt, depositAttempts, units.Gwei(tip), units.FeeETH(paid), units.FeeETHCeil(res.Bound))
		retry := req
		retry.Summary.Title = fmt.Sprintf("Send the deposit again (attempt %d of %d): other deposits spent L1 block %d's deposit budget first", attempt, depositAttempts, r.BlockNumber)
		retry.Summary.Lines = append([]ui.KV{}, lines...)
		retry.Budget, retry.Tip = left, tip
		priceDeposit(ctx, env, c, &retry, e.OP.L2GasLimit, &plan)
		bound := res.Bound
		res, err = env.Pipeline.Send(ctx, retry)
		if res != nil {
			res.Bound = bound
		}
	}
	return res, err
}

// txCost is what a mined transaction paid for its gas.
func txCost(r *types.Receipt) *big.Int {
	if r.EffectiveGasPrice == nil {
		return new(big.Int)
	}
	return new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
}

// retryDeposit signs the deposit again when the last one was mined but
// reverted because its L1 block's deposit budget was spent (a crowd), or
// because it ran out of L1 gas (the deposit price rose past what its gas
// limit covered: it waited several full blocks): the same call, a new
// transaction in a later block, priced from the market again, simulated and
// confirmed like the first. ok is false when that is not the case.
func (s *Stack) retryDeposit(ctx context.Context, env *flow.Env, e *record.Escape) (ok bool, err error) {
	deps := e.TxsFor("deposit")
	if len(deps) == 0 || e.OP == nil || e.OP.L2GasLimit == 0 {
		return false, nil
	}
	last := deps[len(deps)-1]
	if last.State != record.TxReverted || last.Block == 0 {
		return false, nil
	}
	c, err := load(ctx, env)
	if err != nil {
		return false, err
	}
	var prev types.Transaction
	if err := prev.UnmarshalBinary(last.Raw); err != nil || prev.To() == nil || *prev.To() != c.portal {
		return false, nil
	}
	why := "its L1 block's deposit budget was spent by other deposits"
	if spent, err := budgetSpentAt(ctx, env.L1, c, last.Block, e.OP.L2GasLimit); err != nil {
		return false, nil
	} else if !spent {
		if !ranOutOfL1Gas(last) {
			return false, nil
		}
		why = "it ran out of L1 gas: the deposit price rose past what its gas limit covered"
	}
	e.Note("deposit %s reverted: %s; signing it again for a later block", last.Hash.Hex(), why)
	req := pipeline.Request{Escape: e, Step: "deposit", To: c.portal, ToName: "OptimismPortal", Value: new(big.Int), Data: prev.Data(),
		GasMarginPercent: 50, ABIs: allRevertABIs(),
		Summary: pipeline.Summary{Title: "Send the deposit again: " + why,
			Lines: []ui.KV{{Key: "Reverted deposit", Value: fmt.Sprintf("%s in L1 block %d (its L1 fee is lost)", last.Hash.Hex(), last.Block)},
				{Key: "L2 gas limit", Value: fmt.Sprint(e.OP.L2GasLimit)}}}}
	res, err := depositWithRetries(ctx, env, e, c, req)
	if err != nil || res.DryRun {
		return true, err
	}
	if err := recordDeposit(e, c, res.Receipt); err != nil {
		return true, err
	}
	return true, env.Store.Save(e)
}

// ranOutOfL1Gas tells a deposit that reverted for want of L1 gas: it used
// (nearly) its whole gas limit, less the 1/64 the portal proxy's
// delegatecall keeps back. Every other revert of depositTransaction, the
// portal's OutOfGas() included, comes before the burn, far below the limit;
// a retry is simulated before it is signed either way.
func ranOutOfL1Gas(t *record.Tx) bool {
	return t.GasLimit > 0 && t.GasUsed >= t.GasLimit-t.GasLimit/32
}
