package opstack

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/l2escape/escape/escape/chain"
)

// Providers cap JSON-RPC batches (commonly 100 to 1,000 calls); chunks of
// batchChunk go out as separate HTTP requests at the same time, so a large
// batch still costs one round trip, not one per chunk.
const (
	batchChunk    = 200
	batchParallel = 16
)

// Multicall3 (aggregate3) is at the same address on Ethereum, its testnets
// and most chains. When the L1 has it, the game search packs up to
// multicallChunk reads into one eth_call: public RPCs count JSON-RPC
// calls, and a search over thousands of games would otherwise make tens of
// thousands. Each aggregate stays far below common eth_call gas caps (a
// read here costs 2,000 to 9,000 gas; the benchmark prints the largest).
var multicall3 = common.HexToAddress("0xcA11bde05977b3631167028862bE2a173976CA11")

// An aggregate of multicallChunk reads is about 400 kB of JSON; HTTP
// requests carry multicallsPerRequest of them, well under the 5 MiB body
// limit of geth-based nodes, and go out at once (batchParallel).
const (
	multicallChunk       = 1000
	multicallsPerRequest = 2
)

var multicallABI = sync.OnceValue(func() *abi.ABI {
	a, err := abi.JSON(strings.NewReader(`[{"type":"function","name":"aggregate3","stateMutability":"payable",
"inputs":[{"name":"calls","type":"tuple[]","components":[{"name":"target","type":"address"},{"name":"allowFailure","type":"bool"},{"name":"callData","type":"bytes"}]}],
"outputs":[{"name":"returnData","type":"tuple[]","components":[{"name":"success","type":"bool"},{"name":"returnData","type":"bytes"}]}]}]`))
	if err != nil {
		panic(err)
	}
	return &a
})

type multicallCall struct {
	Target       common.Address
	AllowFailure bool
	CallData     []byte
}

type multicallResult struct {
	Success    bool
	ReturnData []byte
}

func aggregate3(calls []*ethCall) []byte {
	in := make([]multicallCall, len(calls))
	for i, cl := range calls {
		in[i] = multicallCall{Target: cl.to, AllowFailure: true, CallData: cl.data}
	}
	data, err := multicallABI().Pack("aggregate3", in)
	if err != nil {
		panic(err) // only addresses and bytes: cannot fail
	}
	return data
}

// multicallProbe answers with an empty result list when the L1 has
// Multicall3, and with nothing when the address holds no code.
func multicallProbe() *ethCall { return &ethCall{to: multicall3, data: aggregate3(nil)} }

func hasMulticall(probe *ethCall) bool {
	if probe == nil || probe.err != nil {
		return false
	}
	out, err := multicallABI().Unpack("aggregate3", probe.out)
	return err == nil && len(out) == 1
}

var errReverted = errors.New("execution reverted")

// bulk sends the calls in one round trip like batch, packed into
// Multicall3 aggregates when the L1 has it (c.multicall). An aggregate
// that fails as a whole (a node's gas cap, say) is retried as plain calls.
func (c *contracts) bulk(ctx context.Context, l1 *chain.Client, calls []*ethCall) error {
	if !c.multicall || len(calls) <= 1 {
		return batch(ctx, l1, calls)
	}
	var aggs []*ethCall
	var groups [][]*ethCall
	for start := 0; start < len(calls); start += multicallChunk {
		g := calls[start:min(start+multicallChunk, len(calls))]
		aggs = append(aggs, &ethCall{to: multicall3, data: aggregate3(g)})
		groups = append(groups, g)
	}
	if err := batchBy(ctx, l1, aggs, multicallsPerRequest); err != nil {
		return err
	}
	var retry []*ethCall
	for i, a := range aggs {
		var res []multicallResult
		if a.err == nil {
			out, err := multicallABI().Unpack("aggregate3", a.out)
			if err == nil && len(out) == 1 {
				res = *abi.ConvertType(out[0], new([]multicallResult)).(*[]multicallResult)
			}
		}
		if len(res) != len(groups[i]) {
			retry = append(retry, groups[i]...)
			continue
		}
		for j, cl := range groups[i] {
			r := res[j]
			cl.out, cl.err = r.ReturnData, nil
			switch {
			case !r.Success:
				cl.out, cl.err = nil, errReverted
			case len(r.ReturnData) == 0 && !cl.void:
				cl.err = fmt.Errorf("no return data (the contract lacks this getter)")
			}
		}
	}
	if len(retry) > 0 {
		return batch(ctx, l1, retry)
	}
	return nil
}

// ethCall is one eth_call in a batch: to, 4-byte selector plus arguments.
type ethCall struct {
	to   common.Address
	data []byte
	out  []byte
	err  error
	// void: the function returns nothing (checkWithdrawal), so empty
	// return data is success rather than a missing getter.
	void bool
	// gas, if set, caps the call's gas (a call whose cost grows with
	// on-chain work fails at the cap instead of at the node's).
	gas uint64
}

// sel builds calldata for a getter by signature with 32-byte words: only
// for the getters no binding holds (bindings/handwritten_test.go lists
// them); every other call is packed from its binding's ABI (pack).
func sel(sig string, words ...[]byte) []byte {
	data := append([]byte{}, crypto.Keccak256([]byte(sig))[:4]...)
	for _, w := range words {
		data = append(data, common.LeftPadBytes(w, 32)...)
	}
	return data
}

// pack encodes a call of method from a binding's ABI (a lazyABI), so the
// signature comes from the pinned contract rather than from a string typed
// here. method is the key of abi.Methods: go-ethereum names overloads
// name0, name1..., so an overloaded method is picked by its Sig, and a
// method whose arguments differ between portal versions by that version's
// binding. The arguments are typed by this code, so an error is a bug.
func pack(a func() *abi.ABI, method string, args ...any) []byte {
	data, err := a().Pack(method, args...)
	if err != nil {
		panic(fmt.Sprintf("opstack: packing %s: %v", method, err))
	}
	return data
}

func u64word(v uint64) []byte { return new(big.Int).SetUint64(v).Bytes() }

// batch sends every call in one round trip: chunked JSON-RPC batches sent
// concurrently. A call that reverts or returns nothing gets its own err; the
// returned error is for the transport only.
func batch(ctx context.Context, c *chain.Client, calls []*ethCall) error {
	return batchBy(ctx, c, calls, batchChunk)
}

// batchBy is batch with perRequest calls per HTTP request.
func batchBy(ctx context.Context, c *chain.Client, calls []*ethCall, perRequest int) error {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var firstErr error
	sem := make(chan struct{}, batchParallel)
	for start := 0; start < len(calls); start += perRequest {
		chunk := calls[start:min(start+perRequest, len(calls))]
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			results := make([]hexutil.Bytes, len(chunk))
			elems := make([]rpc.BatchElem, len(chunk))
			for i, cl := range chunk {
				args := map[string]any{"to": cl.to, "data": hexutil.Bytes(cl.data)}
				if cl.gas > 0 {
					args["gas"] = hexutil.Uint64(cl.gas)
				}
				elems[i] = rpc.BatchElem{Method: "eth_call", Args: []any{args, "latest"}, Result: &results[i]}
			}
			if err := c.BatchCall(ctx, elems); err != nil {
				mu.Lock()
				if firstErr == nil {
					firstErr = err
				}
				mu.Unlock()
				return
			}
			for i, cl := range chunk {
				cl.out, cl.err = results[i], elems[i].Error
				if cl.err == nil && len(cl.out) == 0 && !cl.void {
					cl.err = fmt.Errorf("no return data (the contract lacks this getter)")
				}
			}
		}()
	}
	wg.Wait()
	return firstErr
}

// word returns the call's first 32-byte word, or false.
func (c *ethCall) word() (*big.Int, bool) {
	if c.err != nil || len(c.out) < 32 {
		return nil, false
	}
	return new(big.Int).SetBytes(c.out[:32]), true
}

func (c *ethCall) uint() (uint64, bool) {
	w, ok := c.word()
	if !ok || !w.IsUint64() {
		return 0, false
	}
	return w.Uint64(), true
}

func (c *ethCall) addr() (common.Address, bool) {
	if c.err != nil || len(c.out) < 32 {
		return common.Address{}, false
	}
	return common.BytesToAddress(c.out[12:32]), true
}

func (c *ethCall) bool() bool {
	w, ok := c.word()
	return ok && w.Sign() != 0
}

// decodeString decodes a call's ABI-encoded string return, or "".
func decodeString(c *ethCall) string {
	if c.err != nil {
		return ""
	}
	t, _ := abi.NewType("string", "", nil)
	vals, err := abi.Arguments{{Type: t}}.Unpack(c.out)
	if err != nil || len(vals) != 1 {
		return ""
	}
	return vals[0].(string)
}
