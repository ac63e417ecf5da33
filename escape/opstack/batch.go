package opstack

import (
	"context"
	"fmt"
	"math/big"
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

// ethCall is one eth_call in a batch: to, 4-byte selector plus arguments.
type ethCall struct {
	to   common.Address
	data []byte
	out  []byte
	err  error
	// void: the function returns nothing (checkWithdrawal), so empty
	// return data is success rather than a missing getter.
	void bool
}

// sel builds calldata for a getter by signature with 32-byte words.
func sel(sig string, words ...[]byte) []byte {
	data := append([]byte{}, crypto.Keccak256([]byte(sig))[:4]...)
	for _, w := range words {
		data = append(data, common.LeftPadBytes(w, 32)...)
	}
	return data
}

func u64word(v uint64) []byte { return new(big.Int).SetUint64(v).Bytes() }

// batch sends every call in one round trip: chunked JSON-RPC batches sent
// concurrently. A call that reverts or returns nothing gets its own err; the
// returned error is for the transport only.
func batch(ctx context.Context, c *chain.Client, calls []*ethCall) error {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var firstErr error
	sem := make(chan struct{}, batchParallel)
	for start := 0; start < len(calls); start += batchChunk {
		chunk := calls[start:min(start+batchChunk, len(calls))]
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			results := make([]hexutil.Bytes, len(chunk))
			elems := make([]rpc.BatchElem, len(chunk))
			for i, cl := range chunk {
				elems[i] = rpc.BatchElem{Method: "eth_call", Args: []any{map[string]any{"to": cl.to, "data": hexutil.Bytes(cl.data)}, "latest"}, Result: &results[i]}
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
