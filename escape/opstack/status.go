package opstack

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum-optimism/optimism/op-node/withdrawals"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/l2escape/escape/bindings/opbedrock"
	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/pipeline"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/escape/ui"
)

// Game status values (IDisputeGame.status()).
const (
	gameInProgress    = 0
	gameChallengerWin = 1
	gameDefenderWins  = 2
)

// Status reports where an escape stands, reading only.
func (s *Stack) Status(ctx context.Context, env *flow.Env, e *record.Escape) (*escape.Status, error) {
	return s.advance(ctx, env, e, false)
}

// Next performs the step that is due (rebroadcast, prove, finalize) and
// reports the state afterwards.
func (s *Stack) Next(ctx context.Context, env *flow.Env, e *record.Escape) (*escape.Status, error) {
	return s.advance(ctx, env, e, true)
}

// Import is not available yet for OP Stack escapes sent from elsewhere.
func (s *Stack) Import(ctx context.Context, env *flow.Env, h common.Hash) (*record.Escape, error) {
	return nil, escape.Errorf("not-supported", "run status and next on the machine whose record holds the escape (ESCAPE_HOME)",
		"following an OP Stack deposit that is not in the local record (%s) is not yet supported", h.Hex())
}

type view struct {
	env  *flow.Env
	e    *record.Escape
	c    *contracts
	st   *escape.Status
	now  time.Time // L1 head time: the clock the contracts use
	head uint64
}

func (s *Stack) advance(ctx context.Context, env *flow.Env, e *record.Escape, act bool) (*escape.Status, error) {
	if e.OP == nil {
		e.OP = &record.OPState{}
	}
	st := &escape.Status{Ref: e.ID, Network: e.Network, Stack: escape.StackOP, Facts: map[string]string{}}
	// Transactions we signed but that are not settled come first: resend them
	// (next) or say they are waiting (status).
	if pending := e.PendingTxs(); len(pending) > 0 {
		if !act {
			t := pending[len(pending)-1]
			st.Stage, st.Action = escape.StageSubmitted, escape.ActionBroadcast
			st.Happened = fmt.Sprintf("Your %s transaction %s is signed and saved, but escape has not seen it mined on L1.", t.Step, t.Hash.Hex())
			st.Next = "Once it is mined, the escape moves on."
			st.Do = "Run `escape next " + e.ID + "`: it checks on the transaction and broadcasts the same signed bytes again if needed (never a second transaction)."
			st.At = time.Now()
			return st, nil
		}
		if _, err := env.Pipeline.Resume(ctx, e); err != nil {
			return nil, err
		}
	}
	dep := e.MinedTx("deposit")
	if dep == nil {
		st.Stage = escape.StageSubmitFailed
		st.Happened = "The deposit transaction was not mined successfully on L1 (see `escape history`)."
		st.Do = "Start a new withdrawal with `escape withdraw`."
		st.At = time.Now()
		return st, nil
	}
	c, err := load(ctx, env)
	if err != nil {
		return nil, err
	}
	v := &view{env: env, e: e, c: c, st: st}
	head, err := env.L1.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, escape.Wrap(err, "rpc-error", "try again or pass another --l1-rpc", "cannot read the L1 head")
	}
	v.head, v.now = head.Number.Uint64(), time.Unix(int64(head.Time), 0)
	st.At = v.now
	if e.OP.L2DepositHash == (common.Hash{}) {
		r, err := env.L1.TransactionReceipt(ctx, dep.Hash)
		if err != nil {
			return nil, escape.Wrap(err, "rpc-error", "try again", "cannot read the deposit receipt")
		}
		if err := recordDeposit(e, c, r); err != nil {
			return nil, err
		}
		_ = env.Store.Save(e)
	}
	st.Facts["L1 deposit transaction"] = dep.Hash.Hex()
	st.Facts["L2 transaction"] = e.OP.L2DepositHash.Hex()
	if c.paused {
		st.Overlays = append(st.Overlays, "paused")
	}
	if done, err := v.l2Inclusion(ctx); err != nil || done {
		return v.finish(err)
	}
	if e.Kind == "send" {
		return v.finish(nil)
	}
	if v.isFinalized(ctx) {
		st.Stage = escape.StageFinalized
		st.Happened = "The withdrawal is finalized on L1: the funds were released to " + e.Recipient.Hex() + "."
		st.Do = "Nothing. Check the balance on an L1 explorer."
		return v.finish(nil)
	}
	if c.gen == Legacy {
		return v.finish(v.legacy(ctx, act))
	}
	return v.finish(v.faultProofs(ctx, act))
}

func (v *view) finish(err error) (*escape.Status, error) {
	if err != nil {
		return nil, err
	}
	if v.e.Stage != v.st.Stage && v.st.Stage != "" {
		v.e.Stage = v.st.Stage
		_ = v.env.Store.Save(v.e)
	}
	return v.st, nil
}

// l2Inclusion learns from the L2 whether the deposit ran, and the withdrawal
// it started. It reports done when the status is complete without more steps.
func (v *view) l2Inclusion(ctx context.Context) (bool, error) {
	e, st, c := v.e, v.st, v.c
	if e.OP.WithdrawalHash != (common.Hash{}) || (e.Kind == "send" && e.OP.L2Block > 0) {
		st.Facts["L2 block"] = fmt.Sprint(e.OP.L2Block)
		if e.Kind == "send" {
			st.Stage = escape.StageIncluded
			st.Happened = fmt.Sprintf("Your forced transaction ran on L2 in block %d.", e.OP.L2Block)
			st.Do = "Nothing more: the L2 call is done."
			return true, nil
		}
		return false, nil
	}
	depBlock, _ := v.env.L1.HeaderByNumber(ctx, new(big.Int).SetUint64(e.OP.DepositL1Block))
	deadlineBlock := e.OP.DepositL1Block + c.seqWindow
	wait := escape.Wait{What: "forced L2 inclusion (end of the sequencing window)", Block: deadlineBlock}
	if depBlock != nil {
		wait.Until = time.Unix(int64(depBlock.Time+c.seqWindow*c.l1Block), 0)
		wait.Estimate = true
	}
	waiting := func() {
		st.Stage = escape.StageWaitingL2
		st.Happened = fmt.Sprintf("Your deposit is on L1 (block %d). The L2 must include its transaction %s.", e.OP.DepositL1Block, e.OP.L2DepositHash.Hex())
		st.Next = fmt.Sprintf("A working sequencer includes it within minutes. If the sequencer is down, the L2 must include it by L1 block %d, the end of the sequencing window.", deadlineBlock)
		st.Do = "Wait. Run `escape status " + e.ID + "` to check again; nothing needs signing until the withdrawal can be proven."
		st.Waits = []escape.Wait{wait}
	}
	if v.env.L2 == nil {
		waiting()
		st.NeedsL2 = "whether L2 transaction " + e.OP.L2DepositHash.Hex() + " ran, and the withdrawal it started (its MessagePassed event). Pass --l2-rpc: any read-only L2 node, including a replica, serves."
		return true, nil
	}
	r, err := v.env.L2.TransactionReceipt(ctx, e.OP.L2DepositHash)
	if err != nil {
		if errors.Is(err, ethereum.NotFound) || isNotFound(err) {
			waiting()
			return true, nil
		}
		return false, escape.Wrap(err, "rpc-error", "try again or pass another --l2-rpc", "cannot read the L2 receipt")
	}
	e.OP.L2Block = r.BlockNumber.Uint64()
	st.Facts["L2 block"] = fmt.Sprint(e.OP.L2Block)
	if r.Status != types.ReceiptStatusSuccessful {
		e.OP.L2Failed = true
		st.Stage = escape.StageL2Failed
		st.Happened = fmt.Sprintf("Your forced transaction reached L2 (block %d) but failed there. Nothing left your L2 balance except what the failed call used.", e.OP.L2Block)
		st.Do = "Check your L2 balance and the amount (and the L2 gas limit for `escape send`), then start again."
		return true, nil
	}
	if e.Kind == "send" {
		st.Stage = escape.StageIncluded
		st.Happened = fmt.Sprintf("Your forced transaction ran on L2 in block %d.", e.OP.L2Block)
		st.Do = "Nothing more: the L2 call is done."
		return true, nil
	}
	ev, err := withdrawals.ParseMessagePassed(r)
	if err != nil {
		return false, escape.Wrap(err, "no-withdrawal", "the L2 transaction ran but started no withdrawal; check it on an L2 explorer", "no MessagePassed event in L2 transaction %s", e.OP.L2DepositHash.Hex())
	}
	h, err := withdrawals.WithdrawalHash(ev)
	if err != nil {
		return false, err
	}
	e.OP.WithdrawalHash = h
	e.OP.Withdrawal = &record.OPWithdrawal{Nonce: (*hexutil.Big)(ev.Nonce), Sender: ev.Sender, Target: ev.Target,
		Value: (*hexutil.Big)(ev.Value), GasLimit: (*hexutil.Big)(ev.GasLimit), Data: ev.Data}
	e.AddRef(h)
	e.Note("included on L2 in block %d; withdrawal %s", e.OP.L2Block, h.Hex())
	_ = v.env.Store.Save(e)
	return false, nil
}

func isNotFound(err error) bool {
	var re rpc.Error
	return errors.As(err, &re) && re.ErrorCode() == -32000 && (err.Error() == "not found")
}

func (v *view) withdrawalTx() opbedrock.TypesWithdrawalTransaction {
	w := v.e.OP.Withdrawal
	return opbedrock.TypesWithdrawalTransaction{Nonce: w.Nonce.ToInt(), Sender: w.Sender, Target: w.Target,
		Value: w.Value.ToInt(), GasLimit: w.GasLimit.ToInt(), Data: w.Data}
}

func (v *view) isFinalized(ctx context.Context) bool {
	out, err := callRaw(ctx, v.env.L1, v.c.portal, "finalizedWithdrawals(bytes32)", v.e.OP.WithdrawalHash.Bytes())
	return err == nil && new(big.Int).SetBytes(out[:32]).Sign() != 0
}

// faultProofs handles OptimismPortal2 (3.x; 4.x/5.x share the calls used here).
func (v *view) faultProofs(ctx context.Context, act bool) error {
	e, st, c, l1 := v.e, v.st, v.c, v.env.L1
	st.Facts["withdrawal hash"] = e.OP.WithdrawalHash.Hex()
	// Every address that proved this withdrawal: ours first, then others
	// (a withdrawal proved by someone else can be finalized with their proof).
	provers := []common.Address{e.From}
	if n, err := getUintArgs(ctx, l1, c.portal, "numProofSubmitters(bytes32)", e.OP.WithdrawalHash.Bytes()); err == nil {
		for i := uint64(0); i < n && i < 16; i++ {
			if out, err := callRaw(ctx, l1, c.portal, "proofSubmitters(bytes32,uint256)", e.OP.WithdrawalHash.Bytes(), new(big.Int).SetUint64(i).Bytes()); err == nil {
				if a := common.BytesToAddress(out[12:32]); a != e.From {
					provers = append(provers, a)
				}
			}
		}
	}
	type proof struct {
		prover    common.Address
		game      common.Address
		timestamp uint64
	}
	var proven []proof
	for _, p := range provers {
		out, err := call(ctx, l1, portal2ABI, c.portal, "provenWithdrawals", e.OP.WithdrawalHash, p)
		if err != nil || len(out) < 2 {
			continue
		}
		if ts := out[1].(uint64); ts > 0 {
			proven = append(proven, proof{p, out[0].(common.Address), ts})
		}
	}
	// Finalizable with any of them?
	for _, p := range proven {
		if _, err := call(ctx, l1, portal2ABI, c.portal, "checkWithdrawal", e.OP.WithdrawalHash, p.prover); err == nil {
			st.Stage, st.Action = escape.StageReadyToFinalize, escape.ActionFinalize
			st.Happened = fmt.Sprintf("The withdrawal is proven (by %s) and every waiting period is over.", p.prover.Hex())
			st.Do = "Run `escape next " + e.ID + "` to finalize it: the funds are then released on L1."
			if act {
				return v.finalize(ctx, p.prover)
			}
			return nil
		}
	}
	// Proven but waiting, or proven against a game that can no longer pay.
	for _, p := range proven {
		if p.prover != e.From && len(proven) > 1 {
			continue
		}
		status, _ := getUint(ctx, l1, p.game, "status()")
		blacklisted := false
		if out, err := callRaw(ctx, l1, c.portal, "disputeGameBlacklist(address)", p.game.Bytes()); err == nil {
			blacklisted = new(big.Int).SetBytes(out[:32]).Sign() != 0
		}
		gameType, _ := getUint(ctx, l1, p.game, "gameType()")
		invalid := ""
		switch {
		case status == gameChallengerWin:
			invalid = "the dispute game it was proven against was lost (the challenger won)"
		case blacklisted:
			invalid = "the dispute game it was proven against was blacklisted by the guardian"
		case uint32(gameType) != c.respected:
			invalid = fmt.Sprintf("the dispute game it was proven against is of type %d, and the portal now only respects type %d", gameType, c.respected)
		}
		st.Facts["proven against game"] = p.game.Hex()
		if invalid != "" {
			st.Overlays = append(st.Overlays, "invalidated")
			st.Facts["invalidated"] = invalid
			break // fall through to re-proving below
		}
		matures := time.Unix(int64(p.timestamp+c.maturity), 0)
		st.Stage = escape.StageWaitingFinalize
		st.Happened = fmt.Sprintf("The withdrawal was proven on L1 at %s against dispute game %s.", ui.When(time.Unix(int64(p.timestamp), 0), v.now), p.game.Hex())
		st.Waits = append(st.Waits, escape.Wait{What: fmt.Sprintf("proof maturity (%s)", ui.Duration(time.Duration(c.maturity)*time.Second)), Until: matures})
		resolvedAt, _ := getUint(ctx, l1, p.game, "resolvedAt()")
		if status == gameInProgress || resolvedAt == 0 {
			created, _ := getUint(ctx, l1, p.game, "createdAt()")
			clock, _ := getUint(ctx, l1, p.game, "maxClockDuration()")
			w := escape.Wait{What: "dispute game resolution", Estimate: true}
			if created > 0 && clock > 0 {
				w.Until = time.Unix(int64(created+clock), 0)
			}
			st.Waits = append(st.Waits, w, escape.Wait{What: fmt.Sprintf("finality air-gap after resolution (%s)", ui.Duration(time.Duration(c.finality)*time.Second))})
		} else {
			st.Waits = append(st.Waits, escape.Wait{What: fmt.Sprintf("finality air-gap after the game resolved (%s)", ui.Duration(time.Duration(c.finality)*time.Second)),
				Until: time.Unix(int64(resolvedAt+c.finality), 0)})
		}
		st.Next = "Once every wait below is over, the withdrawal can be finalized."
		st.Do = "Wait. `escape watch " + e.ID + "` counts down; then run `escape next " + e.ID + "`."
		return nil
	}
	// Not proven (or must be proven again): find a game that covers it.
	g, err := v.findGame(ctx)
	if err != nil {
		return err
	}
	if g == nil {
		st.Stage = escape.StageWaitingState
		st.Happened = fmt.Sprintf("Your withdrawal ran on L2 in block %d. No valid dispute game of the respected type (%d) covers that block yet.", e.OP.L2Block, c.respected)
		st.Next = "The proposer creates dispute games regularly (about every hour on mainnets). If the proposer is down, games on permissionless chains can be created by anyone."
		st.Do = "Wait, and run `escape status " + e.ID + "` again."
		st.Waits = []escape.Wait{{What: "a dispute game covering L2 block " + fmt.Sprint(e.OP.L2Block), Estimate: true}}
		return nil
	}
	st.Stage, st.Action = escape.StageReadyToProve, escape.ActionProve
	st.Happened = fmt.Sprintf("Your withdrawal ran on L2 in block %d and dispute game %s (index %d, L2 block %d) covers it.", e.OP.L2Block, g.proxy.Hex(), g.index, g.l2Block)
	st.Do = "Run `escape next " + e.ID + "` to prove it on L1. Proving starts the " + ui.Duration(time.Duration(c.maturity)*time.Second) + " proof maturity period."
	if act {
		return v.prove(ctx, g)
	}
	return nil
}

type game struct {
	index   uint64
	proxy   common.Address
	l2Block uint64
	root    common.Hash
	created uint64
}

// findGame returns the newest game of the respected type that is not lost,
// not blacklisted, and covers the withdrawal's L2 block, scanning from the
// newest game backwards in batches (one JSON-RPC batch per 32 games).
func (v *view) findGame(ctx context.Context) (*game, error) {
	c, l1 := v.c, v.env.L1
	count, err := getUint(ctx, l1, c.dgf, "gameCount()")
	if err != nil {
		return nil, escape.Wrap(err, "rpc-error", "try again or pass another --l1-rpc", "cannot read the DisputeGameFactory")
	}
	updatedAt, _ := getUint(ctx, l1, c.portal, "respectedGameTypeUpdatedAt()")
	const batch = 32
	for hi := count; hi > 0; {
		lo := uint64(0)
		if hi > batch {
			lo = hi - batch
		}
		var elems []rpc.BatchElem
		results := make([]hexutil.Bytes, hi-lo)
		for i := lo; i < hi; i++ {
			data, _ := dgfABI.Pack("gameAtIndex", new(big.Int).SetUint64(i))
			elems = append(elems, rpc.BatchElem{Method: "eth_call", Args: []any{map[string]any{"to": c.dgf, "data": hexutil.Bytes(data)}, "latest"}, Result: &results[i-lo]})
		}
		if err := l1.BatchCall(ctx, elems); err != nil {
			return nil, escape.Wrap(err, "rpc-error", "try again or pass another --l1-rpc", "cannot list dispute games")
		}
		for i := hi; i > lo; i-- {
			k := i - 1 - lo
			if elems[k].Error != nil {
				continue
			}
			out, err := dgfABI.Unpack("gameAtIndex", results[k])
			if err != nil || len(out) < 3 {
				continue
			}
			gt, ts, proxy := out[0].(uint32), out[1].(uint64), out[2].(common.Address)
			if gt != c.respected || ts < updatedAt {
				continue
			}
			g, ok := v.checkGame(ctx, i-1, proxy, ts)
			if ok {
				return g, nil
			}
		}
		hi = lo
	}
	return nil, nil
}

// checkGame reads one candidate's L2 block and standing. Games that lack
// l2SequenceNumber() (FaultDisputeGame 1.2.0) or revert on l2BlockNumber()
// are both read, falling back to extraData's first word.
func (v *view) checkGame(ctx context.Context, index uint64, proxy common.Address, created uint64) (*game, bool) {
	l1, c := v.env.L1, v.c
	var l2Block uint64
	var err error
	for _, sig := range []string{"l2SequenceNumber()", "l2BlockNumber()"} {
		if l2Block, err = getUint(ctx, l1, proxy, sig); err == nil {
			break
		}
	}
	if err != nil {
		out, xerr := call(ctx, l1, gameABI, proxy, "extraData")
		if xerr != nil || len(out) == 0 || len(out[0].([]byte)) < 32 {
			return nil, false
		}
		l2Block = new(big.Int).SetBytes(out[0].([]byte)[:32]).Uint64()
	}
	if l2Block < v.e.OP.L2Block {
		return nil, false
	}
	if status, _ := getUint(ctx, l1, proxy, "status()"); status == gameChallengerWin {
		return nil, false
	}
	if out, err := callRaw(ctx, l1, c.portal, "disputeGameBlacklist(address)", proxy.Bytes()); err == nil && new(big.Int).SetBytes(out[:32]).Sign() != 0 {
		return nil, false
	}
	root, err := callRaw(ctx, l1, proxy, "rootClaim()")
	if err != nil {
		return nil, false
	}
	return &game{index: index, proxy: proxy, l2Block: l2Block, root: common.BytesToHash(root[:32]), created: created}, true
}

func (v *view) prove(ctx context.Context, g *game) error {
	if v.env.L2 == nil {
		v.st.NeedsL2 = fmt.Sprintf("the storage proof of the withdrawal at L2 block %d (eth_getProof); any read-only L2 node that has that block's state serves", g.l2Block)
		return escape.Errorf("needs-l2", "pass --l2-rpc URL (a read-only replica serves)", "proving needs L2 data")
	}
	p, err := buildProof(ctx, v.env, v.e.OP.WithdrawalHash, g.l2Block)
	if err != nil {
		return err
	}
	if p.root != g.root {
		return escape.Errorf("root-mismatch",
			"the game's claim does not match the L2 state your L2 RPC reports: either the game is invalid (it will be challenged; wait for another) or the L2 RPC is wrong. Nothing was sent.",
			"dispute game %s claims output root %s, but the L2 gives %s at block %d", g.proxy.Hex(), g.root.Hex(), p.root.Hex(), g.l2Block)
	}
	input, err := portal2ABI.Pack("proveWithdrawalTransaction", v.withdrawalTx(), new(big.Int).SetUint64(g.index), p.rootProof, p.proof)
	if err != nil {
		return err
	}
	step := "prove"
	if v.e.OP.ProofsTried > 0 {
		step = fmt.Sprintf("prove-%d", v.e.OP.ProofsTried+1)
	}
	_, err = v.env.Pipeline.Send(ctx, pipeline.Request{Escape: v.e, Step: step, To: v.c.portal, ToName: "OptimismPortal", Data: input, ABIs: allRevertABIs,
		Summary: pipeline.Summary{Title: "Prove your withdrawal on L1",
			Lines: []ui.KV{{Key: "Withdrawal", Value: v.e.OP.WithdrawalHash.Hex()}, {Key: "Dispute game", Value: fmt.Sprintf("%s (index %d, L2 block %d)", g.proxy.Hex(), g.index, g.l2Block)},
				{Key: "Output root", Value: p.root.Hex() + " (checked against the L2 state)"}},
			Timeline: []ui.KV{{Key: "Then", Value: fmt.Sprintf("wait the proof maturity period (%s) and for the game to resolve, then `escape next` finalizes", ui.Duration(time.Duration(v.c.maturity)*time.Second))}}}})
	if err != nil {
		return err
	}
	v.e.OP.ProofsTried++
	v.e.OP.ProofGame, v.e.OP.ProofIndex, v.e.OP.ProofL2Blk = g.proxy, g.index, g.l2Block
	v.e.Stage = escape.StageWaitingFinalize
	v.st.Stage, v.st.Action = escape.StageWaitingFinalize, escape.ActionNone
	v.st.Happened = fmt.Sprintf("The withdrawal is proven on L1 against dispute game %s.", g.proxy.Hex())
	v.st.Next = fmt.Sprintf("It can be finalized after the proof maturity period (%s), once the game has resolved and its finality delay has passed.", ui.Duration(time.Duration(v.c.maturity)*time.Second))
	v.st.Do = "Wait; `escape status " + v.e.ID + "` shows the times, and `escape next " + v.e.ID + "` finalizes when they are over."
	return v.env.Store.Save(v.e)
}

func (v *view) finalize(ctx context.Context, prover common.Address) error {
	var input []byte
	var err error
	how := "finalizeWithdrawalTransaction"
	if prover == v.e.From || v.c.gen == Legacy {
		input, err = portal2ABI.Pack("finalizeWithdrawalTransaction", v.withdrawalTx())
	} else {
		how = "finalizeWithdrawalTransactionExternalProof (proved by " + prover.Hex() + ")"
		input, err = portal2ABI.Pack("finalizeWithdrawalTransactionExternalProof", v.withdrawalTx(), prover)
	}
	if err != nil {
		return err
	}
	amount := "the withdrawn funds"
	if v.e.Token == nil && v.e.Amount != "" {
		if a, ok := new(big.Int).SetString(v.e.Amount, 10); ok {
			amount = fmt.Sprintf("%s ETH", formatETH(a))
		}
	}
	_, err = v.env.Pipeline.Send(ctx, pipeline.Request{Escape: v.e, Step: "finalize", To: v.c.portal, ToName: "OptimismPortal", Data: input, ABIs: allRevertABIs,
		Summary: pipeline.Summary{Title: "Finalize your withdrawal on L1",
			Lines: []ui.KV{{Key: "Withdrawal", Value: v.e.OP.WithdrawalHash.Hex()}, {Key: "Call", Value: how},
				{Key: "Pays", Value: amount + " to " + v.e.Recipient.Hex()}}}})
	if err != nil {
		return err
	}
	v.st.Stage, v.st.Action = escape.StageFinalized, escape.ActionNone
	v.st.Happened = "The withdrawal is finalized on L1: " + amount + " went to " + v.e.Recipient.Hex() + "."
	v.st.Next, v.st.Do = "", "Nothing. Check the balance on an L1 explorer."
	v.st.Waits = nil
	return nil
}

func formatETH(a *big.Int) string {
	f := new(big.Float).Quo(new(big.Float).SetInt(a), big.NewFloat(1e18))
	return f.Text('f', -1)
}

func getUintArgs(ctx context.Context, c interface {
	CallContract(context.Context, ethereum.CallMsg, *big.Int) ([]byte, error)
}, to common.Address, sig string, args ...[]byte) (uint64, error) {
	data := crypto.Keccak256([]byte(sig))[:4]
	for _, a := range args {
		data = append(data, common.LeftPadBytes(a, 32)...)
	}
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil || len(out) < 32 {
		return 0, fmt.Errorf("%s: %v", sig, err)
	}
	return new(big.Int).SetBytes(out[:32]).Uint64(), nil
}
