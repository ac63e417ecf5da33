package chain

import (
	"context"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// ErrSubscriptionsUnsupported is returned by SubscribeFilterLogs: escape
// polls (FilterLogs, FilterLogsChunked) so that it works over plain HTTP
// and survives an endpoint failing mid-watch.
var ErrSubscriptionsUnsupported = errors.New("chain: log subscriptions are not supported; poll with FilterLogs")

// ChainID is the chain id every endpoint was checked against at Dial; it
// costs no round trip.
func (c *Client) ChainID(ctx context.Context) (*big.Int, error) {
	return new(big.Int).SetUint64(c.chainID), nil
}

// BlockNumber is the head block number.
func (c *Client) BlockNumber(ctx context.Context) (n uint64, err error) {
	err = c.do(ctx, "eth_blockNumber", func(ctx context.Context, e *endpoint) (err error) {
		n, err = e.eth.BlockNumber(ctx)
		return err
	})
	return n, err
}

// HeaderByNumber returns a header; nil number means the latest. Negative
// numbers are block tags (rpc.FinalizedBlockNumber, rpc.SafeBlockNumber).
func (c *Client) HeaderByNumber(ctx context.Context, number *big.Int) (h *types.Header, err error) {
	err = c.do(ctx, "eth_getBlockByNumber", func(ctx context.Context, e *endpoint) (err error) {
		h, err = e.eth.HeaderByNumber(ctx, number)
		return err
	})
	return h, err
}

// HeaderByHash returns a header by hash.
func (c *Client) HeaderByHash(ctx context.Context, hash common.Hash) (h *types.Header, err error) {
	err = c.do(ctx, "eth_getBlockByHash", func(ctx context.Context, e *endpoint) (err error) {
		h, err = e.eth.HeaderByHash(ctx, hash)
		return err
	})
	return h, err
}

// BlockByNumber returns a block with its transactions; nil means the latest.
func (c *Client) BlockByNumber(ctx context.Context, number *big.Int) (b *types.Block, err error) {
	err = c.do(ctx, "eth_getBlockByNumber", func(ctx context.Context, e *endpoint) (err error) {
		b, err = e.eth.BlockByNumber(ctx, number)
		return err
	})
	return b, err
}

// BlockByHash returns a block with its transactions.
func (c *Client) BlockByHash(ctx context.Context, hash common.Hash) (b *types.Block, err error) {
	err = c.do(ctx, "eth_getBlockByHash", func(ctx context.Context, e *endpoint) (err error) {
		b, err = e.eth.BlockByHash(ctx, hash)
		return err
	})
	return b, err
}

// BalanceAt is an account's balance at a block (nil: latest).
func (c *Client) BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (b *big.Int, err error) {
	err = c.do(ctx, "eth_getBalance", func(ctx context.Context, e *endpoint) (err error) {
		b, err = e.eth.BalanceAt(ctx, account, blockNumber)
		return err
	})
	return b, err
}

// NonceAt is an account's nonce at a block (nil: latest).
func (c *Client) NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (n uint64, err error) {
	err = c.do(ctx, "eth_getTransactionCount", func(ctx context.Context, e *endpoint) (err error) {
		n, err = e.eth.NonceAt(ctx, account, blockNumber)
		return err
	})
	return n, err
}

// PendingNonceAt is an account's nonce counting its pending transactions.
func (c *Client) PendingNonceAt(ctx context.Context, account common.Address) (n uint64, err error) {
	err = c.do(ctx, "eth_getTransactionCount", func(ctx context.Context, e *endpoint) (err error) {
		n, err = e.eth.PendingNonceAt(ctx, account)
		return err
	})
	return n, err
}

// CodeAt is an account's code at a block (nil: latest).
func (c *Client) CodeAt(ctx context.Context, account common.Address, blockNumber *big.Int) (code []byte, err error) {
	err = c.do(ctx, "eth_getCode", func(ctx context.Context, e *endpoint) (err error) {
		code, err = e.eth.CodeAt(ctx, account, blockNumber)
		return err
	})
	return code, err
}

// CodeAtHash is an account's code at a block given by hash.
func (c *Client) CodeAtHash(ctx context.Context, account common.Address, blockHash common.Hash) (code []byte, err error) {
	err = c.do(ctx, "eth_getCode", func(ctx context.Context, e *endpoint) (err error) {
		code, err = e.eth.CodeAtHash(ctx, account, blockHash)
		return err
	})
	return code, err
}

// PendingCodeAt is an account's code in the pending state.
func (c *Client) PendingCodeAt(ctx context.Context, account common.Address) (code []byte, err error) {
	err = c.do(ctx, "eth_getCode", func(ctx context.Context, e *endpoint) (err error) {
		code, err = e.eth.PendingCodeAt(ctx, account)
		return err
	})
	return code, err
}

// StorageAt is one storage slot at a block (nil: latest).
func (c *Client) StorageAt(ctx context.Context, account common.Address, key common.Hash, blockNumber *big.Int) (v []byte, err error) {
	err = c.do(ctx, "eth_getStorageAt", func(ctx context.Context, e *endpoint) (err error) {
		v, err = e.eth.StorageAt(ctx, account, key, blockNumber)
		return err
	})
	return v, err
}

// CallContract runs a call at a block (nil: latest). A revert is returned at
// once, with its data (rpc.DataError), and not asked of other endpoints.
func (c *Client) CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) (out []byte, err error) {
	err = c.do(ctx, "eth_call", func(ctx context.Context, e *endpoint) (err error) {
		out, err = e.eth.CallContract(ctx, call, blockNumber)
		return err
	})
	return out, err
}

// CallContractAtHash runs a call at a block given by hash.
func (c *Client) CallContractAtHash(ctx context.Context, call ethereum.CallMsg, blockHash common.Hash) (out []byte, err error) {
	err = c.do(ctx, "eth_call", func(ctx context.Context, e *endpoint) (err error) {
		out, err = e.eth.CallContractAtHash(ctx, call, blockHash)
		return err
	})
	return out, err
}

// PendingCallContract runs a call against the pending state.
func (c *Client) PendingCallContract(ctx context.Context, call ethereum.CallMsg) (out []byte, err error) {
	err = c.do(ctx, "eth_call", func(ctx context.Context, e *endpoint) (err error) {
		out, err = e.eth.PendingCallContract(ctx, call)
		return err
	})
	return out, err
}

// EstimateGas estimates a call's gas; a revert is returned at once.
func (c *Client) EstimateGas(ctx context.Context, call ethereum.CallMsg) (gas uint64, err error) {
	err = c.do(ctx, "eth_estimateGas", func(ctx context.Context, e *endpoint) (err error) {
		gas, err = e.eth.EstimateGas(ctx, call)
		return err
	})
	return gas, err
}

// SuggestGasPrice is the node's legacy gas price.
func (c *Client) SuggestGasPrice(ctx context.Context) (p *big.Int, err error) {
	err = c.do(ctx, "eth_gasPrice", func(ctx context.Context, e *endpoint) (err error) {
		p, err = e.eth.SuggestGasPrice(ctx)
		return err
	})
	return p, err
}

// SuggestGasTipCap is the node's suggested priority fee.
func (c *Client) SuggestGasTipCap(ctx context.Context) (p *big.Int, err error) {
	err = c.do(ctx, "eth_maxPriorityFeePerGas", func(ctx context.Context, e *endpoint) (err error) {
		p, err = e.eth.SuggestGasTipCap(ctx)
		return err
	})
	return p, err
}

// FeeHistory is eth_feeHistory.
func (c *Client) FeeHistory(ctx context.Context, blockCount uint64, lastBlock *big.Int, rewardPercentiles []float64) (h *ethereum.FeeHistory, err error) {
	err = c.do(ctx, "eth_feeHistory", func(ctx context.Context, e *endpoint) (err error) {
		h, err = e.eth.FeeHistory(ctx, blockCount, lastBlock, rewardPercentiles)
		return err
	})
	return h, err
}

// SendTransaction broadcasts a signed transaction. A node that answers
// "already known" has it: that is success (a retry after a timeout, or a
// second endpoint sharing a mempool). Deterministic refusals (nonce too
// low, insufficient funds, underpriced) are returned at once.
func (c *Client) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	return c.do(ctx, "eth_sendRawTransaction", func(ctx context.Context, e *endpoint) error {
		err := e.eth.SendTransaction(ctx, tx)
		if IsAlreadyKnown(err) {
			return nil
		}
		return err
	})
}

// TransactionReceipt returns a mined transaction's receipt, or
// ethereum.NotFound (not failed over: polling would otherwise ask every
// endpoint each time).
func (c *Client) TransactionReceipt(ctx context.Context, hash common.Hash) (r *types.Receipt, err error) {
	err = c.do(ctx, "eth_getTransactionReceipt", func(ctx context.Context, e *endpoint) (err error) {
		r, err = e.eth.TransactionReceipt(ctx, hash)
		return err
	})
	return r, err
}

// TransactionByHash returns a transaction and whether it is still pending.
func (c *Client) TransactionByHash(ctx context.Context, hash common.Hash) (tx *types.Transaction, pending bool, err error) {
	err = c.do(ctx, "eth_getTransactionByHash", func(ctx context.Context, e *endpoint) (err error) {
		tx, pending, err = e.eth.TransactionByHash(ctx, hash)
		return err
	})
	return tx, pending, err
}

// FilterLogs runs one eth_getLogs query as given. For wide ranges use
// FilterLogsChunked, which splits and narrows for providers' limits.
func (c *Client) FilterLogs(ctx context.Context, q ethereum.FilterQuery) (logs []types.Log, err error) {
	err = c.do(ctx, "eth_getLogs", func(ctx context.Context, e *endpoint) (err error) {
		logs, err = e.eth.FilterLogs(ctx, q)
		return err
	})
	return logs, err
}

// SubscribeFilterLogs is not supported; see ErrSubscriptionsUnsupported.
func (c *Client) SubscribeFilterLogs(ctx context.Context, q ethereum.FilterQuery, ch chan<- types.Log) (ethereum.Subscription, error) {
	return nil, ErrSubscriptionsUnsupported
}

// AccountResult is an eth_getProof answer (EIP-1186), with the fields of
// go-ethereum's gethclient.AccountResult; local so that the binary does not
// carry gethclient (which imports the node's p2p stack).
type AccountResult struct {
	Address      common.Address  `json:"address"`
	AccountProof []string        `json:"accountProof"`
	Balance      *big.Int        `json:"balance"`
	CodeHash     common.Hash     `json:"codeHash"`
	Nonce        uint64          `json:"nonce"`
	StorageHash  common.Hash     `json:"storageHash"`
	StorageProof []StorageResult `json:"storageProof"`
}

// StorageResult is the proof of one storage slot.
type StorageResult struct {
	Key   string   `json:"key"`
	Value *big.Int `json:"value"`
	Proof []string `json:"proof"`
}

// GetProof is eth_getProof for an account and storage slots at a block
// (nil: latest).
func (c *Client) GetProof(ctx context.Context, account common.Address, slots []common.Hash, blockNumber *big.Int) (*AccountResult, error) {
	keys := make([]string, len(slots))
	for i, s := range slots {
		keys[i] = s.Hex()
	}
	block := "latest"
	if blockNumber != nil {
		block = hexutil.EncodeBig(blockNumber)
	}
	var res struct {
		Address      common.Address `json:"address"`
		AccountProof []string       `json:"accountProof"`
		Balance      *hexutil.Big   `json:"balance"`
		CodeHash     common.Hash    `json:"codeHash"`
		Nonce        hexutil.Uint64 `json:"nonce"`
		StorageHash  common.Hash    `json:"storageHash"`
		StorageProof []struct {
			Key   string       `json:"key"`
			Value *hexutil.Big `json:"value"`
			Proof []string     `json:"proof"`
		} `json:"storageProof"`
	}
	if err := c.CallContext(ctx, &res, "eth_getProof", account, keys, block); err != nil {
		return nil, err
	}
	p := &AccountResult{Address: res.Address, AccountProof: res.AccountProof, Balance: res.Balance.ToInt(),
		CodeHash: res.CodeHash, Nonce: uint64(res.Nonce), StorageHash: res.StorageHash}
	for _, st := range res.StorageProof {
		p.StorageProof = append(p.StorageProof, StorageResult{Key: st.Key, Value: st.Value.ToInt(), Proof: st.Proof})
	}
	return p, nil
}

// CallContext is a raw JSON-RPC call with failover.
func (c *Client) CallContext(ctx context.Context, result any, method string, args ...any) error {
	return c.do(ctx, method, func(ctx context.Context, e *endpoint) error {
		return e.rpc.CallContext(ctx, result, method, args...)
	})
}

// BatchCall sends elems as one JSON-RPC batch (one HTTP request). Per-call
// errors land in each element's Error, as with rpc.Client; the batch moves
// to the next endpoint when the request fails or an element hit node
// trouble (missing state, rate limit), so one endpoint answers all of it.
func (c *Client) BatchCall(ctx context.Context, elems []rpc.BatchElem) error {
	if len(elems) == 0 {
		return nil
	}
	method := batchPrefix + elems[0].Method
	return c.do(ctx, method, func(ctx context.Context, e *endpoint) error {
		for i := range elems {
			elems[i].Error = nil
		}
		if err := e.rpc.BatchCallContext(ctx, elems); err != nil {
			return err
		}
		for _, el := range elems {
			if el.Error != nil && classify(el.Error) == failover {
				return &nodeTrouble{el.Error}
			}
		}
		return nil
	})
}
