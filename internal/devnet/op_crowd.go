package devnet

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// A crowd is many other people forcing withdrawals through the portal at
// once: each crowd account sends depositTransaction(L2ToL1MessagePasser, 0,
// l2Gas, false, initiateWithdrawal(self, 100000, "")) and the deposits share the portal's per-L1-block budget (ResourceMetering).

// CrowdKey is the key of crowd account i (derived, not a dev key).
func CrowdKey(i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("escape devnet crowd %d", i))))
	if err != nil {
		panic(err)
	}
	return k
}

// QueueCrowdDeposits funds crowd accounts first..first+count-1 and puts one
// deposit of l2Gas from each, with a priority fee of tipGwei, into the L1
// pool without mining (it turns automine off; the caller mines). A higher
// tip orders a deposit before others in the block. The L1 gas limit is fixed, so a deposit that finds the
// block's budget spent is mined and reverts, as it would on a real L1.
func (d *OPDevnet) QueueCrowdDeposits(ctx context.Context, first, count int, l2Gas uint64, tipGwei int64) ([]common.Hash, error) {
	if err := d.L1.Automine(ctx, false); err != nil {
		return nil, err
	}
	chainID, err := d.L1.Client.ChainID(ctx)
	if err != nil {
		return nil, err
	}
	head, err := d.L1.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	// Enough L1 gas for the burn at three times the portal's last deposit
	// price (two full blocks ahead is 2.125² ≈ 4.5 times: a crowd that
	// arrives late runs out of L1 gas, as a real one would), at an L1 base
	// fee of 1 gwei or more.
	price, err := d.depositBaseFee(ctx)
	if err != nil {
		return nil, err
	}
	if price.Cmp(big.NewInt(1e9)) < 0 {
		price = big.NewInt(1e9)
	}
	burn := new(big.Int).Mul(new(big.Int).SetUint64(l2Gas*3), price)
	gas := burn.Quo(burn, big.NewInt(1e9)).Uint64() + 150_000
	tip := new(big.Int).Mul(big.NewInt(tipGwei), big.NewInt(1e9))
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(4)), tip)
	funds := new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))
	var hashes []common.Hash
	for i := first; i < first+count; i++ {
		key := CrowdKey(i)
		from := crypto.PubkeyToAddress(key.PublicKey)
		// A forced withdrawal, as escape sends: the L2 call is
		// L2ToL1MessagePasser.initiateWithdrawal(self, 100k, "") (of no
		// value: the crowd accounts hold nothing on L2; the portal meters
		// it the same).
		withdraw := opPack(mustOP("L2ToL1MessagePasser"), "initiateWithdrawal", from, big.NewInt(100_000), []byte{})
		input, err := mustOP("OptimismPortal2").ABI.Pack("depositTransaction", L2ToL1MessagePasserAddr, new(big.Int), l2Gas, false, withdraw)
		if err != nil {
			return nil, err
		}
		if err := d.L1.SetBalance(ctx, from, funds); err != nil {
			return nil, err
		}
		nonce, err := d.L1.Client.PendingNonceAt(ctx, from)
		if err != nil {
			return nil, err
		}
		tx := types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
			Gas: gas, To: &d.OptimismPortal, Data: input})
		signed, err := types.SignTx(tx, types.LatestSignerForChainID(chainID), key)
		if err != nil {
			return nil, err
		}
		if err := d.L1.Client.SendTransaction(ctx, signed); err != nil {
			return nil, fmt.Errorf("devnet: crowd deposit %d: %w", i, err)
		}
		hashes = append(hashes, signed.Hash())
	}
	return hashes, nil
}

// CrowdBlock mines one L1 block holding count crowd deposits of l2Gas each
// (plus whatever else is pending), turns automine back on and returns the
// receipts.
func (d *OPDevnet) CrowdBlock(ctx context.Context, count int, l2Gas uint64) ([]*types.Receipt, error) {
	hashes, err := d.QueueCrowdDeposits(ctx, 0, count, l2Gas, 1)
	if err != nil {
		return nil, err
	}
	if err := d.L1.Mine(ctx, 1); err != nil {
		return nil, err
	}
	if err := d.L1.Automine(ctx, true); err != nil {
		return nil, err
	}
	var rs []*types.Receipt
	for _, h := range hashes {
		r, err := WaitReceipt(ctx, d.L1.Client, h)
		if err != nil {
			return nil, err
		}
		rs = append(rs, r)
	}
	return rs, nil
}

// depositBaseFee is the portal's params().prevBaseFee: the price per L2 gas
// of the last block with deposits.
func (d *OPDevnet) depositBaseFee(ctx context.Context) (*big.Int, error) {
	a := mustOP("OptimismPortal2").ABI
	input, err := a.Pack("params")
	if err != nil {
		return nil, err
	}
	out, err := d.L1.Client.CallContract(ctx, ethereum.CallMsg{To: &d.OptimismPortal, Data: input}, nil)
	if err != nil {
		return nil, err
	}
	vals, err := a.Unpack("params", out)
	if err != nil {
		return nil, err
	}
	return vals[0].(*big.Int), nil
}
