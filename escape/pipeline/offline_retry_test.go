package pipeline

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/l2escape/escape/escape/record"
)

// A plan made over a mined attempt of its step (an Arbitrum re-sign's new
// L1 carrier) is sent past that attempt, never past one with the same call
// or one recorded after the plan.
func TestRetriedBy(t *testing.T) {
	planned := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	plan := &record.Unsigned{Step: "send-l2-message", Layer: "L1", To: to, Data: []byte{1, 2, 3}, PlannedAt: planned}
	raw := func(data []byte) []byte {
		b, err := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(1), To: &to, Data: data, GasFeeCap: big.NewInt(1), GasTipCap: big.NewInt(1)}).MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	for _, c := range []struct {
		name string
		tx   record.Tx
		want bool
	}{
		{"an earlier attempt with another call", record.Tx{State: record.TxMined, Raw: raw([]byte{9}), SignedAt: planned.Add(-time.Hour)}, true},
		{"an attempt imported from L1", record.Tx{State: record.TxMined, SignedAt: time.Time{}}, true},
		{"the same call, done before", record.Tx{State: record.TxMined, Raw: raw([]byte{1, 2, 3}), SignedAt: planned.Add(-time.Hour)}, false},
		{"another call, done after the plan", record.Tx{State: record.TxMined, Raw: raw([]byte{9}), SignedAt: planned.Add(time.Minute)}, false},
		{"an earlier attempt still pending", record.Tx{State: record.TxBroadcast, Raw: raw([]byte{9}), SignedAt: planned.Add(-time.Hour)}, false},
	} {
		if got := retriedBy(&c.tx, plan); got != c.want {
			t.Errorf("%s: retriedBy = %v, want %v", c.name, got, c.want)
		}
	}
}
