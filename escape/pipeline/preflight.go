package pipeline

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// Batcher is an L1 client that sends several JSON-RPC calls in one HTTP
// request (chain.Client does).
type Batcher interface {
	BatchCall(ctx context.Context, elems []rpc.BatchElem) error
}

// preflight is what Send reads before it can sign: the simulation with the
// real sender, the gas estimate (when the request has no gas limit), the
// head's base fee, the suggested tip and the sender's balance.
type preflight struct {
	simErr   error // the simulation's revert, or nil
	estimate uint64
	estErr   error
	head     *types.Header
	headErr  error
	tip      *big.Int // nil when the node suggests none
	balance  *big.Int
	balErr   error
}

// readPreflight reads the preflight. Over a Batcher the reads are independent
// and go in one batch: one round trip instead of five on a rate-limited RPC
// (the estimate of a call whose simulation reverts is asked for and then not
// used). Any other backend reads them one after another. A returned error is
// the transport's; each read's own error is in the preflight.
func (p *Pipeline) readPreflight(ctx context.Context, call ethereum.CallMsg, estimate bool) (*preflight, error) {
	b, ok := p.L1.(Batcher)
	if !ok {
		return p.readPreflightOneByOne(ctx, call, estimate), nil
	}
	var (
		out          hexutil.Bytes
		gas          hexutil.Uint64
		head         *types.Header
		tip, balance hexutil.Big
		arg          = callArg(call)
		elems        = []rpc.BatchElem{
			{Method: "eth_call", Args: []any{arg, "latest"}, Result: &out},
			{Method: "eth_getBlockByNumber", Args: []any{"latest", false}, Result: &head},
			{Method: "eth_maxPriorityFeePerGas", Result: &tip},
			{Method: "eth_getBalance", Args: []any{call.From, "latest"}, Result: &balance},
		}
	)
	if estimate {
		elems = append(elems, rpc.BatchElem{Method: "eth_estimateGas", Args: []any{arg}, Result: &gas})
	}
	if err := b.BatchCall(ctx, elems); err != nil {
		return nil, err
	}
	pf := &preflight{simErr: elems[0].Error, head: head, headErr: elems[1].Error, balance: (*big.Int)(&balance), balErr: elems[3].Error}
	if pf.headErr == nil && head == nil {
		pf.headErr = ethereum.NotFound
	}
	if elems[2].Error == nil {
		pf.tip = (*big.Int)(&tip)
	}
	if estimate {
		pf.estimate, pf.estErr = uint64(gas), elems[4].Error
	}
	return pf, nil
}

func (p *Pipeline) readPreflightOneByOne(ctx context.Context, call ethereum.CallMsg, estimate bool) *preflight {
	pf := &preflight{}
	_, pf.simErr = p.L1.CallContract(ctx, call, nil)
	if estimate && pf.simErr == nil {
		pf.estimate, pf.estErr = p.L1.EstimateGas(ctx, call)
	}
	pf.head, pf.headErr = p.L1.HeaderByNumber(ctx, nil)
	if tip, err := p.L1.SuggestGasTipCap(ctx); err == nil {
		pf.tip = tip
	}
	pf.balance, pf.balErr = p.L1.BalanceAt(ctx, call.From, nil)
	return pf
}

// callArg is a call's JSON-RPC argument, as go-ethereum's client writes it.
func callArg(call ethereum.CallMsg) map[string]any {
	arg := map[string]any{"from": call.From, "to": call.To}
	if len(call.Data) > 0 {
		arg["input"] = hexutil.Bytes(call.Data)
	}
	if call.Value != nil {
		arg["value"] = (*hexutil.Big)(call.Value)
	}
	return arg
}
