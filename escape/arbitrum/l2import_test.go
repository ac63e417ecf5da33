package arbitrum

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/l2escape/escape/escape/record"
)

func l2ToL1TxLog(t *testing.T, from, caller, dest common.Address, position uint64, value *big.Int, data []byte) types.Log {
	t.Helper()
	body, err := l2ToL1TxEvent().Inputs.NonIndexed().Pack(caller, big.NewInt(7), big.NewInt(8), big.NewInt(9), value, data)
	if err != nil {
		t.Fatal(err)
	}
	return types.Log{Address: from, Data: body, Topics: []common.Hash{l2ToL1TxEvent().ID, common.BytesToHash(dest.Bytes()),
		common.BigToHash(big.NewInt(int64(position) + 1000)), common.BigToHash(new(big.Int).SetUint64(position))}}
}

// Every ArbSys send of a receipt, in log order; other contracts' look-alike
// events do not count.
func TestSendsOfReceipt(t *testing.T) {
	user, dest := common.HexToAddress("0x1111"), common.HexToAddress("0x2222")
	fake := l2ToL1TxLog(t, common.HexToAddress("0x64646464"), user, dest, 1, big.NewInt(1), nil)
	a := l2ToL1TxLog(t, ArbSysAddress, user, dest, 5, big.NewInt(100), nil)
	b := l2ToL1TxLog(t, ArbSysAddress, user, dest, 6, big.NewInt(200), nil)
	r := &types.Receipt{TxHash: common.Hash{1}, BlockNumber: big.NewInt(3), BlockHash: common.Hash{2}, Logs: []*types.Log{&fake, &a, &b}}
	sends, err := sendsOf(r)
	if err != nil {
		t.Fatal(err)
	}
	if len(sends) != 2 || sends[0].w.Position != 5 || sends[1].w.Position != 6 || sends[1].index != 1 || sends[0].count != 2 ||
		sends[1].w.CallValue != "200" || sends[0].w.Caller != user || sends[0].w.Destination != dest || sends[0].l2Block != 3 {
		t.Fatalf("got %+v %+v", sends[0].w, sends[1].w)
	}
}

// A token gateway's send pays the recipient and amount of the L1
// gateway's finalizeInboundTransfer call, not the gateway it targets.
func TestPayoutOfGatewayWithdrawal(t *testing.T) {
	token, from, to := common.HexToAddress("0xaaaa"), common.HexToAddress("0xbbbb"), common.HexToAddress("0xcccc")
	data, err := l1GatewayInbound().Inputs.Pack(token, from, to, big.NewInt(42), []byte{})
	if err != nil {
		t.Fatal(err)
	}
	data = append(append([]byte{}, l1GatewayInbound().ID...), data...)
	p := payoutOf(&record.ArbWithdrawal{Destination: common.HexToAddress("0xdddd"), CallValue: "0", Data: data})
	if p.recipient != to || p.amount.Int64() != 42 || p.token == nil || *p.token != token {
		t.Fatalf("payout %+v", p)
	}
	eth := payoutOf(&record.ArbWithdrawal{Destination: to, CallValue: "300"})
	if eth.recipient != to || eth.amount.Int64() != 300 || eth.token != nil {
		t.Fatalf("ETH payout %+v", eth)
	}
}
