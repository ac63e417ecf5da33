package opstack

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/bindings/opbedrock"
	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/pipeline"
	"github.com/l2escape/escape/escape/ui"
)

// legacy handles the OptimismPortal that proves against L2OutputOracle
// outputs. A proof is invalidated when the challenger deletes the output it
// used; then it must be proven again.
func (v *view) legacy(ctx context.Context, act bool) error {
	e, st, c, l1 := v.e, v.st, v.c, v.env.L1
	st.Facts["withdrawalHash"] = e.OP.WithdrawalHash.Hex()
	reads := chain.WithPurpose(ctx, "reading your proof and the L2 outputs")
	out, err := call(reads, l1, portalABI(), c.portal, "provenWithdrawals", e.OP.WithdrawalHash)
	if err != nil {
		return escape.Wrap(err, "rpc-error", "try again or pass another --l1-rpc", "cannot read the portal's proofs")
	}
	provenRoot := common.Hash(out[0].([32]byte))
	provenAt := out[1].(*big.Int).Uint64()
	provenIdx := out[2].(*big.Int)
	if provenAt > 0 {
		output, err := l2Output(reads, v, provenIdx)
		if err == nil && common.Hash(output.OutputRoot) == provenRoot {
			ready := provenAt
			if ts := output.Timestamp.Uint64(); ts > ready {
				ready = ts
			}
			ready += c.finalizeP
			if uint64(v.now.Unix()) > ready {
				st.Stage, st.Action = escape.StageReadyToFinalize, escape.ActionFinalize
				st.Happened = "The withdrawal is proven and the finalization period is over."
				st.Do = "Run `escape next " + e.ID + "` to finalize it: the funds are then released on L1."
				if act {
					return v.finalize(ctx, e.From)
				}
				return nil
			}
			st.Stage = escape.StageWaitingFinalize
			st.Happened = fmt.Sprintf("The withdrawal was proven on L1 at %s against L2 output %d.", ui.When(time.Unix(int64(provenAt), 0), v.now), provenIdx)
			st.Waits = []escape.Wait{{What: fmt.Sprintf("finalization period (%s)", ui.Duration(time.Duration(c.finalizeP)*time.Second)), Until: time.Unix(int64(ready)+1, 0)}}
			st.Next = "After the finalization period the withdrawal can be finalized."
			st.Do = "Wait; then run `escape next " + e.ID + "`."
			return nil
		}
		st.Overlays = append(st.Overlays, "invalidated")
		st.Facts["invalidated"] = fmt.Sprintf("L2 output %d that the proof used was deleted or replaced", provenIdx)
	}
	idxOut, err := call(reads, l1, l2ooABI(), c.l2oo, "getL2OutputIndexAfter", new(big.Int).SetUint64(e.OP.L2Block))
	if err != nil {
		st.Stage = escape.StageWaitingState
		st.Happened = fmt.Sprintf("Your withdrawal ran on L2 in block %d. No L2 output proposal covers that block yet.", e.OP.L2Block)
		st.Next = "The proposer posts outputs regularly; once one covers the block, the withdrawal can be proven."
		st.Do = "Wait, and run `escape status " + e.ID + "` again."
		st.Waits = []escape.Wait{{What: "an L2 output covering block " + fmt.Sprint(e.OP.L2Block), Estimate: true}}
		return nil
	}
	idx := idxOut[0].(*big.Int)
	output, err := l2Output(reads, v, idx)
	if err != nil {
		return err
	}
	st.Stage, st.Action = escape.StageReadyToProve, escape.ActionProve
	st.Happened = fmt.Sprintf("Your withdrawal ran on L2 in block %d and L2 output %d (L2 block %s) covers it.", e.OP.L2Block, idx, output.L2BlockNumber)
	st.Do = "Run `escape next " + e.ID + "` to prove it on L1."
	if v.env.L2 == nil {
		st.NeedsL2 = fmt.Sprintf("proving needs the storage proof of the withdrawal at L2 block %s (eth_getProof on the L2ToL1MessagePasser) and that block's header. Pass --l2-rpc: any read-only L2 node that still has that block's state serves, including a replica.", output.L2BlockNumber)
	}
	if !act {
		return nil
	}
	if v.env.L2 == nil {
		return escape.Errorf("needs-l2", "pass --l2-rpc URL (a read-only replica serves)", "proving needs the L2 state at block %s", output.L2BlockNumber)
	}
	p, err := buildProof(ctx, v.env, e.OP.WithdrawalHash, output.L2BlockNumber.Uint64())
	if err != nil {
		return err
	}
	if p.root != common.Hash(output.OutputRoot) {
		return escape.Errorf("root-mismatch", "the output or the L2 RPC is wrong; nothing was sent. Try another --l2-rpc, or wait for the challenger to delete a bad output",
			"L2 output %s claims %s, but the L2 gives %s", idx, common.Hash(output.OutputRoot).Hex(), p.root.Hex())
	}
	input, err := portalABI().Pack("proveWithdrawalTransaction", v.withdrawalTx(), idx, p.rootProof, p.proof)
	if err != nil {
		return err
	}
	step := "prove"
	if e.OP.ProofsTried > 0 {
		step = fmt.Sprintf("prove-%d", e.OP.ProofsTried+1)
	}
	res, err := v.env.Pipeline.Send(ctx, pipeline.Request{Escape: e, Step: step, To: c.portal, ToName: "OptimismPortal", Data: input, ABIs: allRevertABIs(),
		Summary: pipeline.Summary{Title: "Prove your withdrawal on L1",
			Lines:    []ui.KV{{Key: "Withdrawal", Value: e.OP.WithdrawalHash.Hex()}, {Key: "L2 output", Value: fmt.Sprintf("index %s, L2 block %s (root checked against the L2 state)", idx, output.L2BlockNumber)}},
			Timeline: []ui.KV{{Key: "Then", Value: fmt.Sprintf("after the finalization period (%s), `escape next` finalizes", ui.Duration(time.Duration(c.finalizeP)*time.Second))}}}})
	if err != nil || res.DryRun {
		return err // a dry run proved nothing: the status stays ready-to-prove
	}
	e.OP.ProofsTried++
	e.OP.ProofIndex, e.OP.ProofL2Blk = idx.Uint64(), output.L2BlockNumber.Uint64()
	st.Stage, st.Action = escape.StageWaitingFinalize, escape.ActionNone
	st.Happened = fmt.Sprintf("The withdrawal is proven on L1 against L2 output %s.", idx)
	st.Next = fmt.Sprintf("It can be finalized after the finalization period (%s).", ui.Duration(time.Duration(c.finalizeP)*time.Second))
	st.Do = "Wait; then run `escape next " + e.ID + "`."
	return v.env.Store.Save(e)
}

func l2Output(ctx context.Context, v *view, idx *big.Int) (*opbedrock.TypesOutputProposal, error) {
	out, err := call(ctx, v.env.L1, l2ooABI(), v.c.l2oo, "getL2Output", idx)
	if err != nil || len(out) == 0 {
		return nil, escape.Wrap(err, "rpc-error", "try again", "cannot read L2 output %s", idx)
	}
	p := abi.ConvertType(out[0], new(opbedrock.TypesOutputProposal)).(*opbedrock.TypesOutputProposal)
	return p, nil
}
