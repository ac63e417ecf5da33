package devnet

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// QueueCrowdWithdrawals plays a crowd on the Arbitrum devnet: crowd accounts
// first..first+count-1 (CrowdKey) each sign an L2 withdrawal of 0.01 ETH
// (ArbSys.withdrawEth(self)) with the max fee a wallet would sign (twice the
// L2 base fee now, no headroom for a spike) and put it in the delayed inbox
// with Inbox.sendL2Message from L1, at a priority fee of tipGwei. The L1
// transactions go into the pool without mining (automine off; the caller
// mines). It returns their L1 hashes.
func (d *ArbDevnet) QueueCrowdWithdrawals(ctx context.Context, first, count int, tipGwei int64) ([]common.Hash, error) {
	if err := d.L1.Automine(ctx, false); err != nil {
		return nil, err
	}
	l1ChainID, err := d.L1.Client.ChainID(ctx)
	if err != nil {
		return nil, err
	}
	head, err := d.L1.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	tip := new(big.Int).Mul(big.NewInt(tipGwei), big.NewInt(1e9))
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(4)), tip)
	funds := new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18))
	value := big.NewInt(1e16)
	var hashes []common.Hash
	for i := first; i < first+count; i++ {
		key := CrowdKey(i)
		from := crypto.PubkeyToAddress(key.PublicKey)
		if err := d.L1.SetBalance(ctx, from, funds); err != nil {
			return nil, err
		}
		if err := d.L2.SetBalance(ctx, from, funds); err != nil {
			return nil, err
		}
		withdraw, err := d.Art.ArbSys.ABI.Pack("withdrawEth", from)
		if err != nil {
			return nil, err
		}
		nonce := uint64(0)
		raw, _, err := d.SignL2Tx(ctx, key, ArbSysAddress, value, withdraw, L2TxOpts{Nonce: &nonce, Gas: 150_000})
		if err != nil {
			return nil, err
		}
		input, err := d.Art.Inbox.ABI.Pack("sendL2Message", append([]byte{ArbL2MessageSignedTx}, raw...))
		if err != nil {
			return nil, err
		}
		l1Nonce, err := d.L1.Client.PendingNonceAt(ctx, from)
		if err != nil {
			return nil, err
		}
		tx, err := types.SignNewTx(key, types.LatestSignerForChainID(l1ChainID), &types.DynamicFeeTx{ChainID: l1ChainID, Nonce: l1Nonce,
			GasTipCap: tip, GasFeeCap: feeCap, Gas: 150_000, To: &d.Inbox, Data: input})
		if err != nil {
			return nil, err
		}
		if err := d.L1.Client.SendTransaction(ctx, tx); err != nil {
			return nil, fmt.Errorf("devnet: crowd message %d: %w", i, err)
		}
		hashes = append(hashes, tx.Hash())
	}
	return hashes, nil
}
