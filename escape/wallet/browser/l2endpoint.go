package browser

// Arbitrum's L2 transaction signed in the browser wallet: the wallet is
// pointed at escape's local L2 endpoint (escape/wallet/l2capture), and
// the page shows where that endpoint is and what to send to it while
// escape waits, as the terminal does.

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/l2escape/escape/escape/pipeline"
	"github.com/l2escape/escape/escape/units"
	"github.com/l2escape/escape/escape/wallet/l2capture"
)

var _ pipeline.L2Wallet = (*Server)(nil)

// l2EndpointView is the local L2 endpoint as the page shows it.
type l2EndpointView struct {
	URL      string        `json:"url"`
	ChainID  uint64        `json:"chainId"`
	Network  string        `json:"network"`
	From     string        `json:"from"` // checksummed, as wallets show it
	To       string        `json:"to"`
	Value    string        `json:"value"` // "0.5 ETH"
	Data     hexutil.Bytes `json:"data"`
	Nonce    uint64        `json:"nonce"`
	Gas      uint64        `json:"gas"`
	MaxFee   string        `json:"maxFee"`   // the planned max fee per gas, "1 gwei"
	MaxFeeTo string        `json:"maxFeeTo"` // the most escape accepts
	// Tx is the planned transaction as the page asks the wallet for it
	// (eth_sendTransaction on the L2 chain): the planned fees, which are
	// inside the bounds the endpoint accepts.
	Tx l2SendTx `json:"tx"`
}

// l2SendTx is an EIP-1193 eth_sendTransaction parameter (type 2).
type l2SendTx struct {
	From                 string         `json:"from"`
	To                   string         `json:"to"`
	Value                *hexutil.Big   `json:"value"`
	Data                 hexutil.Bytes  `json:"data"`
	Gas                  hexutil.Uint64 `json:"gas"`
	Nonce                hexutil.Uint64 `json:"nonce"`
	MaxFeePerGas         *hexutil.Big   `json:"maxFeePerGas"`
	MaxPriorityFeePerGas *hexutil.Big   `json:"maxPriorityFeePerGas"`
	Type                 string         `json:"type"`
	ChainID              hexutil.Uint64 `json:"chainId"`
}

func l2EndpointViewOf(url string, req pipeline.L2SignRequest) *l2EndpointView {
	u := req.Plan
	fee := weiOf(u.MaxFeePerGas)
	return &l2EndpointView{URL: url, ChainID: u.ChainID, Network: req.Network, From: u.From.Hex(), To: u.To.Hex(),
		Value: units.ETH(weiOf(u.Value)), Data: u.Data, Nonce: u.Nonce, Gas: u.Gas,
		MaxFee: units.Gwei(fee), MaxFeeTo: units.Gwei(new(big.Int).Mul(fee, big.NewInt(pipeline.MaxFeeRaise))),
		Tx: l2SendTx{From: u.From.Hex(), To: u.To.Hex(), Value: (*hexutil.Big)(weiOf(u.Value)), Data: u.Data,
			Gas: hexutil.Uint64(u.Gas), Nonce: hexutil.Uint64(u.Nonce), MaxFeePerGas: (*hexutil.Big)(fee),
			MaxPriorityFeePerGas: (*hexutil.Big)(weiOf(u.MaxPriorityFeePerGas)), Type: "0x2", ChainID: hexutil.Uint64(u.ChainID)}}
}

func weiOf(dec string) *big.Int {
	v, ok := new(big.Int).SetString(dec, 10)
	if !ok {
		return new(big.Int)
	}
	return v
}

// SignL2 serves the local L2 endpoint (l2capture.Wallet, which also tells
// the terminal) and shows it on the page until the wallet sent the
// planned L2 transaction there, or ctx ends.
func (s *Server) SignL2(ctx context.Context, req pipeline.L2SignRequest) (*types.Transaction, error) {
	w := l2capture.Wallet{Started: func(url string) {
		s.mu.Lock()
		s.l2 = l2EndpointViewOf(url, req)
		s.mu.Unlock()
	}, Captured: func(tx *types.Transaction) {
		s.mu.Lock()
		s.l2Got = append(s.l2Got, tx.Hash())
		s.mu.Unlock()
	}}
	defer func() {
		s.mu.Lock()
		s.l2 = nil
		s.mu.Unlock()
	}()
	return w.SignL2(ctx, req)
}
