package arbitrum

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/chain"
)

// view is one eth_call. Many are sent as one JSON-RPC batch (one HTTP
// request, one round trip); a getter an older release lacks fails alone.
type view struct {
	to    common.Address
	data  []byte
	from  *common.Address
	value *big.Int

	ret hexutil.Bytes
	err error
}

func newView(to common.Address, a *abi.ABI, method string, args ...any) *view {
	return &view{to: to, data: pack(a, method, args...)}
}

// runViews sends every view in one batch at block (nil: latest).
func runViews(ctx context.Context, c *chain.Client, block *big.Int, views ...*view) error {
	tag := "latest"
	if block != nil {
		tag = hexutil.EncodeBig(block)
	}
	elems := make([]rpc.BatchElem, len(views))
	for i, v := range views {
		arg := map[string]any{"to": v.to, "data": hexutil.Bytes(v.data)}
		if v.from != nil {
			arg["from"] = *v.from
		}
		if v.value != nil && v.value.Sign() > 0 {
			arg["value"] = (*hexutil.Big)(v.value)
		}
		elems[i] = rpc.BatchElem{Method: "eth_call", Args: []any{arg, tag}, Result: &views[i].ret}
	}
	if err := c.BatchCall(ctx, elems); err != nil {
		return escape.Wrap(err, "rpc-error", "the "+c.Role()+" RPC did not answer; try again or pass another with "+flagFor(c), "could not read the contracts on %s", c.Role())
	}
	for i := range views {
		views[i].err = elems[i].Error
		if views[i].err == nil && len(views[i].ret) == 0 {
			views[i].err = errors.New("empty answer (no contract at this address?)")
		}
	}
	return nil
}

func flagFor(c *chain.Client) string {
	if c.Role() == "L2" {
		return "--l2-rpc"
	}
	return "--l1-rpc"
}

func (v *view) word(i int) *big.Int {
	if v.err != nil || len(v.ret) < 32*(i+1) {
		return nil
	}
	return new(big.Int).SetBytes(v.ret[32*i : 32*i+32])
}

func (v *view) uint64(i int) (uint64, bool) {
	w := v.word(i)
	if w == nil || !w.IsUint64() {
		return 0, false
	}
	return w.Uint64(), true
}

func (v *view) address() (common.Address, bool) {
	w := v.word(0)
	if w == nil {
		return common.Address{}, false
	}
	return common.BigToAddress(w), true
}

func (v *view) hash(i int) (common.Hash, bool) {
	w := v.word(i)
	if w == nil {
		return common.Hash{}, false
	}
	return common.BigToHash(w), true
}

func (v *view) bool() (bool, bool) {
	w := v.word(0)
	if w == nil {
		return false, false
	}
	return w.Sign() != 0, true
}

// need turns a failed mandatory read into an error naming it.
func (v *view) need(what string) error {
	if v.err == nil && len(v.ret) >= 32 {
		return nil
	}
	err := v.err
	if err == nil {
		err = errors.New("short answer")
	}
	return escape.Wrap(err, "contract-read", "check that --network and the RPC are right; `escape verify` walks the contracts", "could not read %s", what)
}

func short(h common.Hash) string { return h.Hex()[:10] + "…" }

func u64s(v uint64) string { return fmt.Sprintf("%d", v) }
