package arbitrum

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/l2escape/escape/escape/record"
)

// Once an L2 transaction dropped for its max fee is replaced by its
// re-signed form (signed elsewhere, given back), the earlier Inbox
// calls carry the dropped one: findMessage and notSent must not take them
// for the carrier of the new one.
func TestCarriesCurrentL2Tx(t *testing.T) {
	inbox := common.HexToAddress("0x00000000000000000000000000000000000000bb")
	carrier := func(l2 string) *record.Tx {
		raw, err := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(1), To: &inbox, Data: sendL2MessageData(l2),
			GasFeeCap: big.NewInt(1), GasTipCap: big.NewInt(1)}).MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		return &record.Tx{Step: "send-l2-message", Raw: raw, State: record.TxMined}
	}
	dropped, resigned := hexutil.Encode([]byte{2, 0xd1}), hexutil.Encode([]byte{2, 0xe2})
	imported := &record.Tx{Step: "send-l2-message", State: record.TxMined}

	first := &record.ArbState{L2SignedTx: dropped}
	if !carriesCurrentL2Tx(carrier(dropped), first) || !carriesCurrentL2Tx(imported, first) {
		t.Error("before any re-sign, every attempt carries the escape's L2 transaction")
	}
	after := &record.ArbState{L2SignedTx: resigned, Dropped: []record.ArbDroppedTx{{L2SignedTx: dropped}}}
	if carriesCurrentL2Tx(carrier(dropped), after) || carriesCurrentL2Tx(imported, after) {
		t.Error("an attempt carrying the dropped transaction taken for the re-signed one's")
	}
	if !carriesCurrentL2Tx(carrier(resigned), after) {
		t.Error("the re-signed transaction's own carrier not recognised")
	}
	e := &record.Escape{Arb: after, Txs: []*record.Tx{imported, carrier(dropped)}}
	if got := currentAttempts(e); len(got) != 0 {
		t.Errorf("current attempts before the new carrier: %d, want none", len(got))
	}
}
