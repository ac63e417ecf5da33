package pipeline

// Arbitrum's L2 transaction signed in the user's own wallet. Browser
// wallets sign only what they send, so escape/wallet/l2capture serves a
// local L2 endpoint the wallet is pointed at and captures what it sends.
// The flow (escape/arbitrum) asks through this interface and checks the
// answer against the plan again with CheckSignedL2, whatever the wallet
// said.

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/escape/ui"
	"github.com/l2escape/escape/escape/units"
)

// L2Wallet gets the planned L2 transaction signed by the user's wallet.
type L2Wallet interface {
	// SignL2 returns the signed transaction; it has passed CheckSignedL2.
	SignL2(ctx context.Context, req L2SignRequest) (*types.Transaction, error)
}

// L2SignRequest is one planned L2 transaction for a wallet to sign.
type L2SignRequest struct {
	Plan *record.Unsigned
	// Network names the L2 for the user ("Arbitrum One").
	Network string
	// Balance is the sender's L2 balance; nil when no L2 RPC told it.
	Balance *big.Int
	// Replica is a read-only L2 node the wallet's other questions
	// (balances, calls) are passed to; nil when there is none.
	Replica *rpc.Client
	UI      *ui.UI
}

// CheckSignedL2 is CheckSigned for an L2 transaction, plus what the L2
// itself checks before running it: nitro drops a transaction whose
// sender's balance is short of gas limit × max fee + value (no receipt,
// nonce unchanged), so fees or gas raised by the wallet must still fit in
// the balance when it is known.
func CheckSignedL2(plan *record.Unsigned, tx *types.Transaction, balance *big.Int) error {
	if err := CheckSigned(plan, tx); err != nil {
		return err
	}
	if balance == nil {
		return nil
	}
	worst := new(big.Int).Mul(new(big.Int).SetUint64(tx.Gas()), tx.GasFeeCap())
	worst.Add(worst, tx.Value())
	if worst.Cmp(balance) > 0 {
		return escape.Errorf("signed-mismatch",
			"nothing was recorded or sent; keep the gas limit and max fee at the planned ones (a wallet's advanced gas settings, a signer's options), or add to your L2 balance",
			"the signed transaction's gas limit × max fee + value is %s, more than your L2 balance %s: the L2 would drop it", units.FeeETHCeil(worst), units.ETH(balance))
	}
	return nil
}
