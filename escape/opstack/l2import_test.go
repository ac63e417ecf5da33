package opstack

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/l2escape/escape/escape/record"
)

// messagePassedLog builds the L2ToL1MessagePasser's event for w, naming
// hash as its withdrawalHash field.
func messagePassedLog(t *testing.T, from common.Address, w *record.OPWithdrawal, hash common.Hash) types.Log {
	t.Helper()
	data, err := messagePassedEvent().Inputs.NonIndexed().Pack(w.Value.ToInt(), w.GasLimit.ToInt(), []byte(w.Data), [32]byte(hash))
	if err != nil {
		t.Fatal(err)
	}
	return types.Log{Address: from, Data: data, Topics: []common.Hash{messagePassedEvent().ID,
		common.BigToHash(w.Nonce.ToInt()), common.BytesToHash(w.Sender.Bytes()), common.BytesToHash(w.Target.Bytes())}}
}

func sampleWithdrawal(nonce int64, data []byte) *record.OPWithdrawal {
	n := new(big.Int).Lsh(big.NewInt(1), 240) // version 1 nonces
	n.Add(n, big.NewInt(nonce))
	return &record.OPWithdrawal{Nonce: (*hexutil.Big)(n), Sender: common.HexToAddress("0x976EA74026E726554dB657fA54763abd0C3a0aa9"),
		Target: common.HexToAddress("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"), Value: (*hexutil.Big)(big.NewInt(3e17)),
		GasLimit: (*hexutil.Big)(big.NewInt(100_000)), Data: data}
}

// Only the L2ToL1MessagePasser's events count, in log order, and an event
// whose withdrawalHash field disagrees with its fields is refused.
func TestWithdrawalsOfReceipt(t *testing.T) {
	w0, w1 := sampleWithdrawal(1, nil), sampleWithdrawal(2, []byte{9})
	h0, _ := WithdrawalHash(w0)
	h1, _ := WithdrawalHash(w1)
	fake := messagePassedLog(t, common.HexToAddress("0x1234"), sampleWithdrawal(3, nil), common.Hash{1})
	l0, l1 := messagePassedLog(t, MessagePasser, w0, h0), messagePassedLog(t, MessagePasser, w1, h1)
	r := &types.Receipt{TxHash: common.Hash{0xaa}, BlockNumber: big.NewInt(42), Logs: []*types.Log{&fake, &l0, &l1}}
	ws, err := withdrawalsOf(r)
	if err != nil {
		t.Fatal(err)
	}
	if len(ws) != 2 || ws[0].hash != h0 || ws[1].hash != h1 || ws[1].index != 1 || ws[0].count != 2 || ws[0].l2Block != 42 {
		t.Fatalf("got %+v", ws)
	}
	bad := messagePassedLog(t, MessagePasser, w0, h1)
	if _, err := withdrawalsOf(&types.Receipt{BlockNumber: big.NewInt(1), Logs: []*types.Log{&bad}}); err == nil {
		t.Fatal("a MessagePassed whose withdrawalHash does not match its fields was accepted")
	}
}

// A standard-bridge ETH withdrawal pays the recipient named inside the
// messenger's relayMessage call, not the L1 messenger it targets.
func TestPayoutOfBridgeWithdrawal(t *testing.T) {
	recipient, user := common.HexToAddress("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"), common.HexToAddress("0x976EA74026E726554dB657fA54763abd0C3a0aa9")
	amount := big.NewInt(25e16)
	inner, err := l1BridgeABI().Pack("finalizeBridgeETH", user, recipient, amount, []byte{})
	if err != nil {
		t.Fatal(err)
	}
	relay, err := l1MessengerABI().Pack("relayMessage", big.NewInt(1), L2StandardBridge, common.HexToAddress("0x3333"), amount, big.NewInt(200_000), inner)
	if err != nil {
		t.Fatal(err)
	}
	w := sampleWithdrawal(5, relay)
	w.Sender, w.Target = L2CrossDomainMessenger, common.HexToAddress("0x4444")
	p := payoutOf(w)
	if p.recipient != recipient || p.amount.Cmp(amount) != 0 || p.token != nil {
		t.Fatalf("payout %+v", p)
	}
	l1Token, l2Token := common.HexToAddress("0x1111"), common.HexToAddress("0x2222")
	inner, err = l1BridgeABI().Pack("finalizeBridgeERC20", l1Token, l2Token, user, recipient, big.NewInt(77), []byte{})
	if err != nil {
		t.Fatal(err)
	}
	relay, err = l1MessengerABI().Pack("relayMessage", big.NewInt(2), L2StandardBridge, common.HexToAddress("0x3333"), big.NewInt(0), big.NewInt(200_000), inner)
	if err != nil {
		t.Fatal(err)
	}
	w = sampleWithdrawal(7, relay)
	w.Sender, w.Value = L2CrossDomainMessenger, (*hexutil.Big)(big.NewInt(0))
	if p := payoutOf(w); p.recipient != recipient || p.amount.Int64() != 77 || p.token == nil || *p.token != l2Token {
		t.Fatalf("ERC-20 payout %+v", p)
	}
	direct := sampleWithdrawal(6, nil)
	if p := payoutOf(direct); p.recipient != direct.Target || p.amount.Cmp(direct.Value.ToInt()) != 0 {
		t.Fatalf("direct payout %+v", p)
	}
}
