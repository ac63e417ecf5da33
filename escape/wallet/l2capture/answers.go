package l2capture

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/pipeline"
	"github.com/l2escape/escape/escape/units"
)

type rpcRequest struct {
	ID     json.RawMessage   `json:"id"`
	Method string            `json:"method"`
	Params []json.RawMessage `json:"params"`
}

type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

type rpcResponse struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Result  any             `json:"result,omitempty"`
	Error   *rpcError       `json:"error,omitempty"`
}

// JSON-RPC error codes: geth's for a refused transaction and for
// unsupported methods.
const (
	codeRefused     = -32000
	codeNoMethod    = -32601
	codeBadParams   = -32602
	codeParseError  = -32700
	codeUnavailable = -32005
)

func rpcErr(code int, format string, args ...any) *rpcError {
	return &rpcError{Code: code, Message: fmt.Sprintf(format, args...)}
}

func (s *Server) serveRPC(w http.ResponseWriter, body io.Reader) {
	raw, err := io.ReadAll(body)
	w.Header().Set("Content-Type", "application/json")
	if err != nil {
		_ = json.NewEncoder(w).Encode(rpcResponse{JSONRPC: "2.0", ID: json.RawMessage("null"), Error: rpcErr(codeParseError, "request too large or unreadable")})
		return
	}
	raw = bytes.TrimSpace(raw)
	if len(raw) > 0 && raw[0] == '[' { // a batch
		var reqs []rpcRequest
		if err := json.Unmarshal(raw, &reqs); err != nil {
			_ = json.NewEncoder(w).Encode(rpcResponse{JSONRPC: "2.0", ID: json.RawMessage("null"), Error: rpcErr(codeParseError, "bad JSON: %v", err)})
			return
		}
		out := make([]rpcResponse, len(reqs))
		for i, r := range reqs {
			out[i] = s.answer(r)
		}
		_ = json.NewEncoder(w).Encode(out)
		return
	}
	var req rpcRequest
	if err := json.Unmarshal(raw, &req); err != nil {
		_ = json.NewEncoder(w).Encode(rpcResponse{JSONRPC: "2.0", ID: json.RawMessage("null"), Error: rpcErr(codeParseError, "bad JSON: %v", err)})
		return
	}
	_ = json.NewEncoder(w).Encode(s.answer(req))
}

func (s *Server) answer(req rpcRequest) rpcResponse {
	id := req.ID
	if len(id) == 0 {
		id = json.RawMessage("null")
	}
	s.notify(Event{Method: req.Method})
	result, e := s.call(req.Method, req.Params)
	if e != nil {
		return rpcResponse{JSONRPC: "2.0", ID: id, Error: e}
	}
	if result == nil {
		result = json.RawMessage("null")
	}
	return rpcResponse{JSONRPC: "2.0", ID: id, Result: result}
}

// forwarded are the reads passed to the replica as they are: answers of a
// real L2 node, which escape does not change.
var forwarded = map[string]bool{"eth_getBalance": true, "eth_call": true, "eth_getCode": true, "eth_getStorageAt": true,
	"eth_getTransactionByHash": true, "eth_getTransactionReceipt": true, "eth_getTransactionCount": true, "eth_estimateGas": true}

func (s *Server) call(method string, params []json.RawMessage) (any, *rpcError) {
	u := s.plan.Tx
	switch method {
	case "eth_chainId":
		return hexutil.Uint64(u.ChainID), nil
	case "net_version":
		return fmt.Sprint(u.ChainID), nil
	case "web3_clientVersion":
		return "escape-l2capture (stands in for the L2 for one planned transaction)", nil
	case "net_listening":
		return true, nil
	case "eth_syncing":
		return false, nil
	case "eth_accounts":
		return []common.Address{}, nil
	case "eth_blockNumber":
		return hexutil.Uint64(s.plan.Head), nil
	case "eth_getBlockByNumber":
		return s.blockByNumber(params)
	case "eth_getBlockByHash":
		var h common.Hash
		if len(params) < 1 || json.Unmarshal(params[0], &h) != nil {
			return nil, rpcErr(codeBadParams, "eth_getBlockByHash takes a block hash")
		}
		if h != s.head.hash {
			return s.forward(method, params)
		}
		return s.head.json, nil
	case "eth_gasPrice":
		return (*hexutil.Big)(s.head.baseFee), nil
	case "eth_maxPriorityFeePerGas":
		return (*hexutil.Big)(decimal(u.MaxPriorityFeePerGas)), nil
	case "eth_feeHistory":
		return s.feeHistory(params)
	case "eth_getTransactionCount":
		addr, ok := firstAddress(params)
		if ok && addr == u.From {
			return hexutil.Uint64(u.Nonce), nil
		}
		if s.plan.Replica == nil {
			return nil, rpcErr(codeUnavailable, "escape's local L2 endpoint serves only the transaction planned from %s: select that account in your wallet", u.From.Hex())
		}
		return s.forward(method, params)
	case "eth_estimateGas":
		if s.isPlannedCall(params) {
			return hexutil.Uint64(u.Gas), nil
		}
		return s.forward(method, params)
	case "eth_getBalance":
		if addr, ok := firstAddress(params); ok && addr == u.From && s.plan.Replica == nil {
			if s.plan.Balance != nil {
				return (*hexutil.Big)(s.plan.Balance), nil
			}
			return (*hexutil.Big)(s.enoughBalance()), nil
		}
		return s.forward(method, params)
	case "eth_getCode":
		if s.plan.Replica == nil {
			if addr, ok := firstAddress(params); ok && isArbOSPrecompile(addr) {
				return hexutil.Bytes{0xfe}, nil
			}
		}
		return s.forward(method, params)
	case "eth_sendRawTransaction":
		return s.capture(params)
	case "eth_getTransactionByHash", "eth_getTransactionReceipt":
		var h common.Hash
		if len(params) < 1 || json.Unmarshal(params[0], &h) != nil {
			return nil, rpcErr(codeBadParams, "%s takes a transaction hash", method)
		}
		if got := s.capturedTx(); got != nil && got.Tx.Hash() == h {
			if method == "eth_getTransactionReceipt" {
				return nil, nil // not run yet: it runs once the delayed message is included
			}
			return pendingTx(got.Tx, u.From), nil
		}
		return s.forward(method, params)
	}
	if forwarded[method] {
		return s.forward(method, params)
	}
	return nil, rpcErr(codeNoMethod, "escape's local L2 endpoint does not answer %s: it stands in for the L2 only to sign escape's planned transaction", method)
}

// forward passes a read to the replica, or says it cannot answer.
func (s *Server) forward(method string, params []json.RawMessage) (any, *rpcError) {
	if s.plan.Replica == nil || !forwarded[method] && method != "eth_getBlockByNumber" && method != "eth_getBlockByHash" {
		return nil, rpcErr(codeUnavailable, "escape's local L2 endpoint cannot answer this %s truthfully (no L2 RPC was given to escape)", method)
	}
	args := make([]any, len(params))
	for i, p := range params {
		args[i] = p
	}
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	var out json.RawMessage
	if err := s.plan.Replica.CallContext(ctx, &out, method, args...); err != nil {
		return nil, rpcErr(codeUnavailable, "the L2 RPC escape reads from did not answer %s: %v", method, err)
	}
	return out, nil
}

// capture checks a sent transaction against the plan and keeps it.
func (s *Server) capture(params []json.RawMessage) (any, *rpcError) {
	var raw hexutil.Bytes
	if len(params) < 1 || json.Unmarshal(params[0], &raw) != nil {
		return nil, rpcErr(codeBadParams, "eth_sendRawTransaction takes the signed transaction as 0x-hex")
	}
	var tx types.Transaction
	if err := tx.UnmarshalBinary(raw); err != nil {
		return nil, rpcErr(codeBadParams, "the signed transaction cannot be decoded: %v", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.got != nil {
		if s.got.Tx.Hash() == tx.Hash() { // the wallet sent it again
			return tx.Hash(), nil
		}
		return nil, rpcErr(codeRefused, "escape already has the signed transaction %s for this plan; this endpoint takes no other", s.got.Tx.Hash().Hex())
	}
	if err := pipeline.CheckSignedL2(s.plan.Tx, &tx, s.plan.Balance); err != nil {
		refused := escape.Errorf(escape.CodeOf(err), s.sendAgainHint(), "%s", err.Error())
		s.notify(Event{Method: "eth_sendRawTransaction", Refused: refused})
		return nil, rpcErr(codeRefused, "escape refused this transaction: %s (%s)", refused.Msg, refused.Hint)
	}
	s.got = &SignedTx{Tx: &tx, Raw: append([]byte(nil), raw...)}
	s.captured <- *s.got // buffered for exactly this one
	s.notify(Event{Method: "eth_sendRawTransaction", Captured: &tx})
	return tx.Hash(), nil
}

// sendAgainHint says what the wallet must send, in the words of a
// wallet's advanced settings.
func (s *Server) sendAgainHint() string {
	u := s.plan.Tx
	maxFee := decimal(u.MaxFeePerGas)
	return fmt.Sprintf("nothing was recorded or sent; send again from %s to %s with value %s, the planned data, nonce %d, gas limit %d to %d, max fee %s to %s",
		u.From.Hex(), u.To.Hex(), units.ETH(decimal(u.Value)), u.Nonce, u.Gas, u.Gas*pipeline.MaxGasRaise,
		units.Gwei(maxFee), units.Gwei(new(big.Int).Mul(maxFee, big.NewInt(pipeline.MaxFeeRaise))))
}

func (s *Server) capturedTx() *SignedTx {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.got
}

// isPlannedCall: eth_estimateGas of the planned call (to, data, and value
// when given).
func (s *Server) isPlannedCall(params []json.RawMessage) bool {
	var c struct {
		To    *common.Address `json:"to"`
		Value *hexutil.Big    `json:"value"`
		Data  *hexutil.Bytes  `json:"data"`
		Input *hexutil.Bytes  `json:"input"`
	}
	if len(params) < 1 || json.Unmarshal(params[0], &c) != nil || c.To == nil || *c.To != s.plan.Tx.To {
		return false
	}
	data := c.Input
	if data == nil {
		data = c.Data
	}
	if data == nil || !bytes.Equal(*data, s.plan.Tx.Data) {
		return len(s.plan.Tx.Data) == 0 && (data == nil || len(*data) == 0)
	}
	if c.Value != nil && (*big.Int)(c.Value).Cmp(decimal(s.plan.Tx.Value)) != 0 {
		return false
	}
	return true
}

// enoughBalance is what any transaction escape accepts can cost: value +
// MaxGasRaise × gas × MaxFeeRaise × max fee (see the package doc).
func (s *Server) enoughBalance() *big.Int {
	u := s.plan.Tx
	v := new(big.Int).SetUint64(u.Gas * pipeline.MaxGasRaise)
	v.Mul(v, decimal(u.MaxFeePerGas))
	v.Mul(v, big.NewInt(pipeline.MaxFeeRaise))
	return v.Add(v, decimal(u.Value))
}

func (s *Server) feeHistory(params []json.RawMessage) (any, *rpcError) {
	if len(params) < 2 {
		return nil, rpcErr(codeBadParams, "eth_feeHistory takes blockCount, newestBlock and reward percentiles")
	}
	var count hexutil.Uint64
	if err := json.Unmarshal(params[0], &count); err != nil {
		var n uint64 // some clients send a plain number
		if json.Unmarshal(params[0], &n) != nil {
			return nil, rpcErr(codeBadParams, "eth_feeHistory: bad blockCount")
		}
		count = hexutil.Uint64(n)
	}
	count = min(max(count, 1), hexutil.Uint64(s.plan.Head), 1024)
	var percentiles []float64
	if len(params) > 2 {
		_ = json.Unmarshal(params[2], &percentiles)
	}
	tip := (*hexutil.Big)(decimal(s.plan.Tx.MaxPriorityFeePerGas))
	out := struct {
		OldestBlock  hexutil.Uint64   `json:"oldestBlock"`
		BaseFee      []*hexutil.Big   `json:"baseFeePerGas"`
		GasUsedRatio []float64        `json:"gasUsedRatio"`
		Reward       [][]*hexutil.Big `json:"reward,omitempty"`
	}{OldestBlock: hexutil.Uint64(s.plan.Head) - count + 1}
	for i := hexutil.Uint64(0); i <= count; i++ {
		out.BaseFee = append(out.BaseFee, (*hexutil.Big)(s.head.baseFee))
		if i == count {
			break
		}
		out.GasUsedRatio = append(out.GasUsedRatio, 0.5) // steady: the next base fee is the same
		if len(percentiles) > 0 {
			r := make([]*hexutil.Big, len(percentiles))
			for j := range r {
				r[j] = tip
			}
			out.Reward = append(out.Reward, r)
		}
	}
	return out, nil
}

func (s *Server) blockByNumber(params []json.RawMessage) (any, *rpcError) {
	var tag string
	if len(params) < 1 || json.Unmarshal(params[0], &tag) != nil {
		return nil, rpcErr(codeBadParams, "eth_getBlockByNumber takes a block number or tag")
	}
	switch strings.ToLower(tag) {
	case "latest", "pending", "safe", "finalized", hexutil.EncodeUint64(s.plan.Head):
		return s.head.json, nil
	}
	return s.forward("eth_getBlockByNumber", params)
}

// header is the one block shown.
type header struct {
	hash    common.Hash
	baseFee *big.Int
	json    map[string]any
}

// newHeader builds it: the head number, the plan's max fee as base fee,
// and nitro's header gas limit (1<<50, l2pricing.GethBlockGasLimit).
func newHeader(p Plan, now time.Time) header {
	baseFee := decimal(p.Tx.MaxFeePerGas)
	h := &types.Header{UncleHash: types.EmptyUncleHash, TxHash: types.EmptyTxsHash, ReceiptHash: types.EmptyReceiptsHash,
		Difficulty: big.NewInt(1), Number: new(big.Int).SetUint64(p.Head), GasLimit: 1 << 50, Time: uint64(now.Unix()),
		Extra: make([]byte, 32), BaseFee: baseFee}
	b, _ := json.Marshal(h)
	m := map[string]any{}
	_ = json.Unmarshal(b, &m)
	m["transactions"], m["uncles"], m["size"] = []any{}, []any{}, "0x200"
	return header{hash: h.Hash(), baseFee: baseFee, json: m}
}

// pendingTx is the captured transaction as a node shows a pending one.
func pendingTx(tx *types.Transaction, from common.Address) any {
	b, _ := json.Marshal(tx)
	m := map[string]any{}
	_ = json.Unmarshal(b, &m)
	m["from"], m["blockHash"], m["blockNumber"], m["transactionIndex"] = from, nil, nil, nil
	return m
}

func firstAddress(params []json.RawMessage) (common.Address, bool) {
	var a common.Address
	if len(params) < 1 || json.Unmarshal(params[0], &a) != nil {
		return a, false
	}
	return a, true
}

// isArbOSPrecompile: ArbOS's precompiles (0x64–0x74, NodeInterface 0xc8
// and 0xc9, ArbDebug 0xff), where ArbOS installs the code 0xfe.
func isArbOSPrecompile(a common.Address) bool {
	n := new(big.Int).SetBytes(a.Bytes())
	if !n.IsUint64() {
		return false
	}
	v := n.Uint64()
	return (v >= 0x64 && v <= 0x74) || v == 0xc8 || v == 0xc9 || v == 0xff
}

func decimal(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return new(big.Int)
	}
	return v
}
