package arbitrum

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/arbitrum/l2fee"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/network"
	"github.com/l2escape/escape/escape/pipeline"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/escape/ui"
	"github.com/l2escape/escape/escape/units"
)

// ParamL2MinBaseFee is an optional network parameter: the L2's minimum
// base fee in wei (Arbitrum One: 0.01 gwei). Without it the tool assumes
// nitro's default for new chains, 0.1 gwei (arbos/l2pricing), which is
// above Arbitrum One's.
const ParamL2MinBaseFee = l2fee.ParamMinBaseFee

const defaultL2MinBaseFee = l2fee.DefaultMinBaseFee

// Gas limits used when no L2 RPC can estimate. Delayed messages pay no L1
// poster fee, so these cover L2 execution only.
const (
	defaultGasWithdrawEth   = l2fee.WithdrawEthGas
	defaultGasWithdrawToken = 800_000
	defaultGasSend          = 500_000
)

// l2Call is the L2 transaction an escape forces in.
type l2Call struct {
	kind  string // "withdraw-eth", "withdraw-erc20", "send"
	to    common.Address
	value *big.Int
	data  []byte
	gas   uint64 // 0: estimate or default
	// For the summary.
	lines []ui.KV
	title string
}

// Withdraw starts a forced withdrawal: ETH through ArbSys.withdrawEth, an
// ERC-20 through L2GatewayRouter.outboundTransfer (which takes the L1
// token's address).
func (s *Stack) Withdraw(ctx context.Context, env *flow.Env, req flow.WithdrawRequest) (*record.Escape, error) {
	var tok units.Token
	if req.Token != nil {
		// --token names the L1 or the L2 token; the router takes the L1
		// one, and the amount is in the token's own units.
		var err error
		if tok, err = resolveToken(ctx, env, *req.Token); err != nil {
			return nil, err
		}
		env.UI.Event("token", tok, nil)
		if req.Amount == nil {
			if req.Amount, err = tok.Parse(req.AmountText); err != nil {
				return nil, err
			}
		}
		req.AmountText = tok.Format(req.Amount)
		req.Token = &tok.L1
	}
	if req.Amount == nil || req.Amount.Sign() <= 0 {
		return nil, escape.Errorf("bad-amount", "give a positive --amount", "nothing to withdraw")
	}
	// The chain of trust first: no key is read for a network that fails it.
	if _, err := s.contracts(ctx, env); err != nil {
		return nil, err
	}
	from, err := env.Pipeline.Sender()
	if err != nil {
		return nil, err
	}
	to := from
	if req.To != nil {
		to = *req.To
	}
	amountText := req.AmountText
	if req.Token == nil {
		// Always say the unit: "0.25" alone reads like anything.
		amountText = units.ETH(req.Amount)
		c := l2Call{kind: "withdraw-eth", to: ArbSysAddress, value: req.Amount, data: pack(arbSysABI(), "withdrawEth", to),
			title: "Forced withdrawal of " + amountText + " from " + env.Network.Title + " to L1"}
		c.lines = []ui.KV{{Key: "Withdraw", Value: amountText + " (ArbSys.withdrawEth on the L2)"}, {Key: "L1 recipient", Value: to.Hex()}}
		return s.start(ctx, env, c, &to, req.Amount, nil)
	}
	router, ok := env.Network.Address(network.L2GatewayRouter)
	if !ok {
		return nil, escape.Errorf("no-token-bridge", "add the L2GatewayRouter to the network file, or use `escape send` with the gateway call",
			"network %s has no L2GatewayRouter for token withdrawals", env.Network.Name)
	}
	if err := checkL2Balance(ctx, env, tok, from, req.Amount); err != nil {
		return nil, err
	}
	c := l2Call{kind: "withdraw-erc20", to: router, value: new(big.Int), data: tokenWithdrawalCalldata(tok.L1, to, req.Amount),
		title: "Forced withdrawal of " + amountText + " from " + env.Network.Title + " to L1"}
	c.lines = append([]ui.KV{{Key: "Withdraw", Value: amountText + " (L2GatewayRouter.outboundTransfer)"}}, tokenKVs(tok)...)
	c.lines = append(c.lines, ui.KV{Key: "L1 recipient", Value: to.Hex()})
	return s.start(ctx, env, c, &to, req.Amount, req.Token)
}

// tokenWithdrawalCalldata is L2GatewayRouter.outboundTransfer(l1Token, to,
// amount, ""): the router finds the gateway from the L1 token address;
// gateways refuse extra data on withdrawals.
func tokenWithdrawalCalldata(l1Token, to common.Address, amount *big.Int) []byte {
	return pack(l2GatewayRouterABI(), "outboundTransfer", l1Token, to, amount, []byte{})
}

// Send forces any L2 call in.
func (s *Stack) Send(ctx context.Context, env *flow.Env, req flow.SendRequest) (*record.Escape, error) {
	value := req.Value
	if value == nil {
		value = new(big.Int)
	}
	c := l2Call{kind: "send", to: req.To, value: value, data: req.Data, gas: req.Gas,
		title: "Forced L2 transaction on " + env.Network.Title}
	c.lines = []ui.KV{{Key: "L2 call", Value: fmt.Sprintf("to %s, value %s, %d bytes of data", req.To.Hex(), units.ETH(value), len(req.Data))}}
	return s.start(ctx, env, c, nil, nil, nil)
}

// start signs the L2 transaction, records it, and sends it through the
// delayed inbox.
func (s *Stack) start(ctx context.Context, env *flow.Env, call l2Call, recipient *common.Address, amount *big.Int, token *common.Address) (*record.Escape, error) {
	c, err := s.contracts(ctx, env)
	if err != nil {
		return nil, err
	}
	// A dry run reads who sends (from the key, never used) and signs nothing.
	from, err := env.Pipeline.Sender()
	if err != nil {
		return nil, err
	}
	n := env.Network

	// Two runs signing from this account must not pick the same L2 nonce:
	// the lock is held until the L1 transaction carrying ours is in the
	// record, where pickNonce of the next run finds it.
	unlockL2, err := s.lockL2Account(ctx, env, from)
	if err != nil {
		return nil, err
	}
	defer unlockL2()
	nonce, nonceNote, err := s.pickNonce(ctx, env, from)
	if err != nil {
		return nil, err
	}
	gas, gasNote := s.pickGas(ctx, env, from, call)
	var balance *big.Int
	if env.L2 != nil {
		if b, err := env.L2.BalanceAt(ctx, from, nil); err == nil {
			balance = b
		}
	}
	fee := s.pickFee(ctx, env, gas, call.value, balance)
	maxFee := fee.Max
	need := fee.worstCost(gas, call.value)
	if balance != nil && balance.Cmp(need) < 0 {
		return nil, escape.Errorf("insufficient-l2-balance",
			"the L2 drops a transaction its sender cannot pay for; withdraw less (at most the balance minus "+units.FeeETHCeil(new(big.Int).Sub(need, call.value))+" for L2 gas)",
			"your L2 balance (%s) does not cover the value plus gas limit × max fee (%s)", units.ETH(balance), units.FeeETHCeil(need))
	}

	chainID := new(big.Int).SetUint64(n.L2ChainID)
	to := call.to
	unsigned := types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, GasTipCap: new(big.Int), GasFeeCap: maxFee,
		Gas: gas, To: &to, Value: call.value, Data: call.data})
	byWallet := env.Pipeline.L2Wallet != nil && !env.DryRun
	if env.Pipeline.Offline != nil && !byWallet && !env.DryRun { // signed elsewhere: offline.go
		return s.planL2(env, c, call, from, unsigned, recipient, amount, token)
	}
	if env.DryRun && env.Pipeline.L2Wallet != nil {
		env.UI.Progress("Dry run: a real run would serve a local L2 endpoint and wait for your wallet to send this L2 transaction (--wallet l2-endpoint) instead of signing it with a key.")
	}
	var l2tx *types.Transaction
	if byWallet { // signed in the user's wallet: l2wallet.go
		l2tx, err = s.walletSignL2(ctx, env, unsigned, from, balance)
	} else {
		l2tx, err = s.signL2(env, unsigned, chainID, units.FeeETHCeil(need))
	}
	if err != nil {
		return nil, err
	}
	walletLines := walletLine(l2tx, gas, maxFee)
	gas, maxFee = l2tx.Gas(), l2tx.GasFeeCap() // the wallet may raise them within the plan's bounds
	raw, err := l2tx.MarshalBinary()
	if err != nil {
		return nil, err
	}
	// Not saved yet: the escape enters the record inside the pipeline,
	// together with the L1 transaction that carries these bytes. Until then
	// the signed L2 transaction exists nowhere but in memory, so declining
	// or a refusal leaves nothing to follow, and nothing to be replayed.
	e := &record.Escape{Network: n.Name, Stack: escape.StackArbitrum, Kind: call.kind, L1ChainID: n.L1ChainID, L2ChainID: n.L2ChainID,
		From: from, Recipient: recipient, Token: token, Stage: escape.StageSigned,
		Arb: &record.ArbState{Inbox: c.Inbox, L2TxHash: l2tx.Hash(), L2SignedTx: hexutil.Encode(raw), L2From: from, L2Nonce: nonce,
			L2GasLimit: gas, L2MaxFeePerGas: maxFee.String(), L2To: to, L2Value: call.value.String()}}
	if amount != nil {
		e.Amount = amount.String()
	}
	if !env.DryRun {
		e.AddRef(l2tx.Hash())
		by := ""
		if byWallet {
			by = ", signed in your wallet"
		}
		e.Note("signed L2 transaction %s (nonce %d, gas %d, max fee %s%s)", l2tx.Hash().Hex(), nonce, gas, units.Gwei(maxFee), by)
	}

	lines := append([]ui.KV{}, call.lines...)
	l2Line := ui.KV{Key: "L2 transaction", Value: l2tx.Hash().Hex() + " (signed by you, sent through the delayed inbox)"}
	if byWallet {
		l2Line.Value = l2tx.Hash().Hex() + " (signed in your wallet, checked against the plan, sent through the delayed inbox)"
	}
	if env.DryRun {
		l2Line.Value = "would be signed by your key when you confirm, and sent through the delayed inbox (its hash is known once signed)"
	}
	lines = append(lines,
		l2Line,
		ui.KV{Key: "L2 nonce", Value: fmt.Sprintf("%d (%s)", nonce, nonceNote)},
		ui.KV{Key: "L2 gas limit", Value: fmt.Sprintf("%d (%s)", gas, gasNote)},
	)
	lines = append(lines, fee.summary(unsigned.Gas(), call.value)...)
	lines = append(lines, walletLines...)
	if balance != nil {
		lines = append(lines, ui.KV{Key: "Your L2 balance", Value: units.ETH(balance)})
	}
	warnings := []string{}
	if fee.LimitedByBalance {
		warnings = append(warnings, fee.balanceWarning())
	}
	if balance == nil {
		warnings = append(warnings, "no L2 RPC was available to check your L2 balance: if it is below "+units.FeeETHCeil(need)+" or the nonce is wrong, the L2 will drop this transaction (your funds stay on L2; only the L1 fee is lost)")
	}
	res, err := env.Pipeline.Send(ctx, pipeline.Request{Escape: e, Step: "send-l2-message", To: c.Inbox, ToName: "Inbox",
		Data: pack(inboxABI(), "sendL2Message", append([]byte{L2MessageKindSignedTx}, raw...)), ABIs: errorABIs(),
		Summary:     pipeline.Summary{Title: call.title, Lines: lines, Timeline: s.timeline(ctx, env, c, call.kind), Warnings: warnings},
		AfterRecord: unlockL2})
	if err != nil || res.DryRun {
		if e.ID == "" { // never recorded: there is no escape
			return nil, err
		}
		return e, err
	}
	e.Stage = escape.StageWaitingL2
	if res.Receipt != nil {
		if err := s.recordMessage(e, c, res.Receipt); err != nil {
			return e, err
		}
	}
	return e, env.Store.Save(e)
}

// lockL2Account takes the record's signing lock of the account on the L2
// (none in a dry run, which signs nothing).
func (s *Stack) lockL2Account(ctx context.Context, env *flow.Env, from common.Address) (func(), error) {
	if env.DryRun || env.Store == nil {
		return func() {}, nil
	}
	return env.Store.LockAccount(ctx, env.Network.L2ChainID, from, env.UI.Progress)
}

// signL2 signs the L2 transaction a real run sends. A dry run signs
// nothing: it simulates the Inbox call with the same transaction under a
// placeholder signature of the same size, which the Inbox accepts as it
// never checks L2 signatures (the L2 does, when it runs the transaction).
func (s *Stack) signL2(env *flow.Env, unsigned *types.Transaction, chainID *big.Int, need string) (*types.Transaction, error) {
	tx := unsigned
	if env.DryRun {
		env.UI.Progress("Dry run: a real run would sign an L2 transaction (nonce %d, gas limit %d, max fee %s) with your key; here nothing is signed, and the Inbox call below is simulated with a placeholder signature. Your L2 balance must cover the value plus gas limit × max fee, %s, when it runs, or the L2 drops it.",
			tx.Nonce(), tx.Gas(), units.Gwei(tx.GasFeeCap()), need)
		return tx.WithSignature(types.LatestSignerForChainID(chainID), placeholderSignature())
	}
	signer, err := env.Pipeline.LoadSigner()
	if err != nil {
		return nil, err
	}
	env.UI.Progress("Signing your L2 transaction (nonce %d, gas limit %d, max fee %s). Your L2 balance must cover the value plus gas limit × max fee, %s, when it runs, or the L2 drops it. Nothing is sent before you confirm the L1 transaction below.",
		tx.Nonce(), tx.Gas(), units.Gwei(tx.GasFeeCap()), need)
	signed, err := signer.SignTx(tx, chainID)
	if err != nil {
		return nil, fmt.Errorf("arbitrum: sign the L2 transaction: %w", err)
	}
	return signed, nil
}

// placeholderSignature has the size of a real one (r and s of 32 non-zero
// bytes), so the simulated Inbox call costs what the real one will.
func placeholderSignature() []byte {
	sig := make([]byte, 65)
	for i := 0; i < 64; i++ {
		sig[i] = 0x7f
	}
	return sig
}

// pickNonce: --l2-nonce, else the L2's nonce (past any of our own forced
// transactions still on their way), else an error saying what is needed.
func (s *Stack) pickNonce(ctx context.Context, env *flow.Env, from common.Address) (uint64, string, error) {
	if env.L2Nonce != nil {
		return *env.L2Nonce, "from --l2-nonce", nil
	}
	if env.L2 == nil {
		return 0, "", escape.Errorf("need-l2-nonce",
			"pass --l2-rpc URL (any read-only L2 node serves; it need not be the sequencer) or --l2-nonce N (your account's L2 transaction count, e.g. from an L2 explorer)",
			"the L2 nonce of %s is needed to sign the L2 transaction", from.Hex())
	}
	nonce, err := env.L2.NonceAt(ctx, from, nil)
	if err != nil {
		return 0, "", escape.Wrap(err, "rpc-error", "pass another --l2-rpc, or --l2-nonce N", "could not read your L2 nonce")
	}
	note := "your L2 account's nonce"
	// Our own forced transactions not yet executed take nonces in order
	// (the delayed inbox is FIFO): the next one follows them.
	if env.Store != nil {
		if all, err := env.Store.List(); err == nil {
			for _, o := range all {
				a := o.Arb
				if o.Network != env.Network.Name || a == nil || a.L2From != from || a.L2Outcome != "" || a.L2Nonce < nonce {
					continue
				}
				sent := false
				for _, t := range o.TxsFor("send-l2-message") {
					if t.State == record.TxMined || t.State.Pending() {
						sent = true
					}
				}
				if sent {
					nonce = a.L2Nonce + 1
					note = "after your forced transaction in escape " + o.ID + " that has not run on L2 yet"
				}
			}
		}
	}
	return nonce, note, nil
}

func (s *Stack) pickGas(ctx context.Context, env *flow.Env, from common.Address, call l2Call) (uint64, string) {
	if call.gas > 0 {
		return call.gas, "as given"
	}
	def := map[string]uint64{"withdraw-eth": defaultGasWithdrawEth, "withdraw-erc20": defaultGasWithdrawToken}[call.kind]
	if def == 0 {
		def = defaultGasSend
	}
	if env.L2 == nil {
		return def, "default for this call; no L2 RPC to estimate"
	}
	// NodeInterface.gasEstimateComponents splits off the L1 poster part,
	// which delayed messages do not pay.
	v := newView(NodeInterfaceAddress, nodeInterfaceABI(), "gasEstimateComponents", call.to, false, call.data)
	v.from, v.value = &from, call.value
	if err := runViews(ctx, env.L2, nil, v); err == nil {
		total, ok1 := v.uint64(0)
		forL1, ok2 := v.uint64(1)
		if ok1 && ok2 && total > forL1 {
			g := (total - forL1) * 3 / 2
			return max(g, 21_000), "L2 execution estimate + 50%; delayed messages pay no L1 fee"
		}
	}
	est, err := env.L2.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &call.to, Value: call.value, Data: call.data})
	if err != nil {
		return def, "default for this call; the L2 estimate failed: " + err.Error()
	}
	return max(est*3/2, 21_000), "L2 estimate + 50%"
}

// timeline is what comes after sendL2Message, for the summary.
func (s *Stack) timeline(ctx context.Context, env *flow.Env, c *contracts, kind string) []ui.KV {
	delay := c.DelayBlocks
	note := ""
	if c.HasDeadlineGetter {
		if head, err := env.L1.BlockNumber(ctx); err == nil {
			v := newView(c.SequencerInbox, sequencerInboxABI(), "forceInclusionDeadline", head+1)
			if runViews(ctx, env.L1, nil, v) == nil {
				if d, ok := v.uint64(0); ok && d > head+1 {
					if d-(head+1) < delay {
						note = " (shortened by the drained delay buffer)"
					}
					delay = d - (head + 1)
				}
			}
		}
	}
	out := []ui.KV{
		{Key: "Sequencer", Value: "a working sequencer includes it within about 10–20 minutes"},
		{Key: "Force inclusion", Value: fmt.Sprintf("if not, `escape next` forces it in after %d L1 blocks (about %s)%s", delay+1, ui.Duration(time.Duration(delay+1)*12*time.Second), note)},
	}
	if kind != "send" {
		out = append(out,
			ui.KV{Key: "Confirmation", Value: fmt.Sprintf("after it runs on L2, an assertion covering it must be confirmed: %d L1 blocks (about %s) after the assertion", c.ConfirmPeriodBlocks, ui.Duration(time.Duration(c.ConfirmPeriodBlocks)*12*time.Second))},
			ui.KV{Key: "Payout", Value: "then `escape next` executes the withdrawal on the Outbox and the funds arrive on L1"})
	}
	return out
}

// recordMessage reads our delayed message from our own L1 receipt.
func (s *Stack) recordMessage(e *record.Escape, c *contracts, r *types.Receipt) error {
	m, err := messageFromReceipt(r, c.Bridge, c.Inbox)
	if err != nil {
		return err
	}
	e.Arb.Message = &record.ArbMessage{Index: m.Index, BeforeInboxAcc: m.BeforeInboxAcc, Kind: m.Kind, Sender: m.Sender,
		MessageDataHash: m.MessageDataHash, BaseFeeL1: m.BaseFeeL1.String(), Timestamp: m.Timestamp, Block: m.BlockNumber,
		BlockHash: r.BlockHash, TxHash: r.TxHash}
	e.Note("delayed message %d recorded (L1 block %d, sender %s)", m.Index, m.BlockNumber, m.Sender.Hex())
	return nil
}

// messageFromReceipt finds the Bridge's MessageDelivered for inbox.
func messageFromReceipt(r *types.Receipt, bridge, inbox common.Address) (*DelayedMessage, error) {
	ev := bridgeABI().Events["MessageDelivered"]
	for _, l := range r.Logs {
		if l.Address != bridge || len(l.Topics) != 3 || l.Topics[0] != ev.ID {
			continue
		}
		vals, err := ev.Inputs.NonIndexed().Unpack(l.Data)
		if err != nil {
			return nil, err
		}
		if vals[0].(common.Address) != inbox {
			continue
		}
		return &DelayedMessage{
			Index:           l.Topics[1].Big().Uint64(),
			BeforeInboxAcc:  l.Topics[2],
			Inbox:           inbox,
			Kind:            vals[1].(uint8),
			Sender:          vals[2].(common.Address),
			MessageDataHash: vals[3].([32]byte),
			BaseFeeL1:       vals[4].(*big.Int),
			Timestamp:       vals[5].(uint64),
			BlockNumber:     r.BlockNumber.Uint64(),
		}, nil
	}
	return nil, escape.Errorf("no-delayed-message", "check the transaction on an L1 explorer; `escape verify` checks the contracts",
		"L1 transaction %s created no delayed message in the Bridge", r.TxHash.Hex())
}

func messageOf(m *record.ArbMessage) DelayedMessage {
	fee, _ := new(big.Int).SetString(m.BaseFeeL1, 10)
	if fee == nil {
		fee = new(big.Int)
	}
	return DelayedMessage{Index: m.Index, BeforeInboxAcc: m.BeforeInboxAcc, Kind: m.Kind, Sender: m.Sender,
		MessageDataHash: m.MessageDataHash, BaseFeeL1: fee, Timestamp: m.Timestamp, BlockNumber: m.Block}
}
