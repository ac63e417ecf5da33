package health

import (
	"context"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/l2escape/escape/escape/chain"
)

// A view is one read-only contract call. It is packed from a generated
// binding's ABI (get) wherever a binding holds the method, so its selector
// comes from the pinned contract; only the contracts no binding holds
// (bindings/handwritten_test.go lists them) are called by a hand-written
// Solidity signature (call). A view that a given release lacks just fails
// on its own: health must tolerate every release.
type view struct {
	to common.Address
	// Either a binding's ABI and the method's key in it...
	abi    func() *abi.ABI
	method string
	// ...or a hand-written signature, e.g. "latestRoundData()".
	sig  string
	args []any

	// Filled by run.
	ret []byte
	err error
}

// get is a call of method from a binding's ABI (a lazyABI): the ABI of the
// contract version that has the method. method is its key in abi.Methods;
// go-ethereum names overloads name0, name1..., so pick an overload by its
// Sig.
func get(to common.Address, a func() *abi.ABI, method string, args ...any) *view {
	return &view{to: to, abi: a, method: method, args: args}
}

// call is a call by hand-written signature, only for a contract that no
// generated binding holds.
func call(to common.Address, sig string, args ...any) *view {
	return &view{to: to, sig: sig, args: args}
}

// ok reports whether the call answered with at least words 32-byte words.
func (v *view) ok(words int) bool { return v.err == nil && len(v.ret) >= 32*words }

func (v *view) word(i int) []byte { return v.ret[32*i : 32*i+32] }

func (v *view) bool() (bool, bool) {
	if !v.ok(1) {
		return false, false
	}
	return new(big.Int).SetBytes(v.word(0)).Sign() != 0, true
}

func (v *view) uint(i int) (uint64, bool) {
	if !v.ok(i + 1) {
		return 0, false
	}
	n := new(big.Int).SetBytes(v.word(i))
	if !n.IsUint64() {
		return 0, false
	}
	return n.Uint64(), true
}

func (v *view) address() (common.Address, bool) {
	if !v.ok(1) {
		return common.Address{}, false
	}
	return common.BytesToAddress(v.word(0)), true
}

func (v *view) hash(i int) (common.Hash, bool) {
	if !v.ok(i + 1) {
		return common.Hash{}, false
	}
	return common.BytesToHash(v.word(i)), true
}

// calldata encodes the call from its binding's ABI or its signature.
func (v *view) calldata() ([]byte, error) {
	if v.abi != nil {
		data, err := v.abi().Pack(v.method, v.args...)
		if err != nil {
			return nil, fmt.Errorf("health: pack %s: %w", v.method, err)
		}
		return data, nil
	}
	open := strings.IndexByte(v.sig, '(')
	if open < 0 || !strings.HasSuffix(v.sig, ")") {
		return nil, fmt.Errorf("health: bad signature %q", v.sig)
	}
	sel := crypto.Keccak256([]byte(v.sig))[:4]
	inner := v.sig[open+1 : len(v.sig)-1]
	if inner == "" {
		return sel, nil
	}
	var args abi.Arguments
	for _, t := range strings.Split(inner, ",") {
		typ, err := abi.NewType(t, "", nil)
		if err != nil {
			return nil, err
		}
		args = append(args, abi.Argument{Type: typ})
	}
	packed, err := args.Pack(v.args...)
	if err != nil {
		return nil, fmt.Errorf("health: pack %s: %w", v.sig, err)
	}
	return append(sel, packed...), nil
}

// run sends every view as an eth_call at block in one JSON-RPC batch (one
// HTTP request), so the whole picture is read at one block and costs one
// round trip. A revert or a missing function lands in that view's err; only
// a failure of the request itself is returned.
func run(ctx context.Context, c *chain.Client, block uint64, views ...*view) error {
	type callArg struct {
		To   common.Address `json:"to"`
		Data hexutil.Bytes  `json:"data"`
	}
	elems := make([]rpc.BatchElem, 0, len(views))
	idx := make([]int, 0, len(views))
	results := make([]hexutil.Bytes, len(views))
	tag := hexutil.EncodeUint64(block)
	for i, v := range views {
		data, err := v.calldata()
		if err != nil {
			return err
		}
		elems = append(elems, rpc.BatchElem{Method: "eth_call", Args: []any{callArg{To: v.to, Data: data}, tag}, Result: &results[i]})
		idx = append(idx, i)
	}
	if err := c.BatchCall(ctx, elems); err != nil {
		return err
	}
	for j, el := range elems {
		v := views[idx[j]]
		v.ret, v.err = results[idx[j]], el.Error
		if v.err == nil && len(v.ret) == 0 {
			// A call to an address without code, or to a function the
			// contract lacks with a fallback: no answer.
			v.err = fmt.Errorf("empty answer")
		}
	}
	return nil
}
