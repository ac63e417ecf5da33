package opstack

import (
	"math/big"
	"math/rand"
	"testing"

	"github.com/ethereum-optimism/optimism/op-core/types"
	"github.com/ethereum-optimism/optimism/op-node/bindings"
	"github.com/ethereum-optimism/optimism/op-node/rollup/derive"
	"github.com/ethereum-optimism/optimism/op-node/withdrawals"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	gethtypes "github.com/ethereum/go-ethereum/core/types"

	"github.com/l2escape/escape/escape/record"
)

// op-node is a test dependency only: these tests hold the local protocol
// functions to op-node's own on many random inputs.

func randBig(r *rand.Rand, bytes int) *big.Int {
	b := make([]byte, r.Intn(bytes+1))
	r.Read(b)
	return new(big.Int).SetBytes(b)
}

func randAddr(r *rand.Rand) common.Address {
	var a common.Address
	r.Read(a[:])
	return a
}

func randHash(r *rand.Rand) common.Hash {
	var h common.Hash
	r.Read(h[:])
	return h
}

func randDeposit(r *rand.Rand) *types.DepositTx {
	dep := &types.DepositTx{From: randAddr(r), Value: randBig(r, 32), Gas: r.Uint64() >> r.Intn(64), Data: make([]byte, r.Intn(200))}
	r.Read(dep.Data)
	if r.Intn(3) > 0 {
		to := randAddr(r)
		dep.To = &to
	}
	if m := randBig(r, 32); r.Intn(2) == 0 && m.Sign() != 0 {
		dep.Mint = m
	}
	return dep
}

func TestSourceHashMatchesOpNode(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 1000; i++ {
		src := derive.UserDepositSource{L1BlockHash: randHash(r), LogIndex: r.Uint64() >> r.Intn(64)}
		if got, want := UserDepositSourceHash(src.L1BlockHash, src.LogIndex), src.SourceHash(); got != want {
			t.Fatalf("%+v: source hash %s, op-node %s", src, got, want)
		}
	}
}

// Logs made by op-node's own encoder, decoded by both sides: same fields,
// same L2 transaction hash.
func TestDepositFromLogMatchesOpNode(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	portal := randAddr(r)
	for i := 0; i < 1000; i++ {
		l, err := derive.MarshalDepositLogEvent(portal, randDeposit(r))
		if err != nil {
			t.Fatal(err)
		}
		l.BlockHash, l.Index = randHash(r), uint(r.Intn(5000))
		want, err := derive.UnmarshalDepositLogEvent(l)
		if err != nil {
			t.Fatal(err)
		}
		got, err := DepositTxFromLog(l)
		if err != nil {
			t.Fatalf("log %d: %v", i, err)
		}
		if DepositTxHash(got) != want.Hash() {
			t.Fatalf("log %d: L2 hash %s, op-node %s (%+v vs %+v)", i, DepositTxHash(got), want.Hash(), got, want)
		}
		if (got.To == nil) != (want.To == nil) || (got.Mint == nil) != (want.Mint == nil) || got.Gas != want.Gas || got.Value.Cmp(want.Value) != 0 {
			t.Fatalf("log %d: fields %+v, op-node %+v", i, got, want)
		}
	}
}

// Malformed logs: the local decoder refuses exactly what op-node refuses.
func TestDepositFromLogRejectsAsOpNode(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	good, err := derive.MarshalDepositLogEvent(randAddr(r), randDeposit(r))
	if err != nil {
		t.Fatal(err)
	}
	mutations := map[string]func(l *gethtypes.Log){
		"three topics":  func(l *gethtypes.Log) { l.Topics = l.Topics[:3] },
		"other event":   func(l *gethtypes.Log) { l.Topics[0] = common.Hash{1} },
		"version 1":     func(l *gethtypes.Log) { l.Topics[3] = common.BigToHash(big.NewInt(1)) },
		"short data":    func(l *gethtypes.Log) { l.Data = l.Data[:63] },
		"unaligned":     func(l *gethtypes.Log) { l.Data = l.Data[:len(l.Data)-1] },
		"bad offset":    func(l *gethtypes.Log) { l.Data[31] = 64 },
		"long length":   func(l *gethtypes.Log) { l.Data[62] = 0xff },
		"short length":  func(l *gethtypes.Log) { l.Data[63] = 10; l.Data[62] = 0 },
		"extra padding": func(l *gethtypes.Log) { l.Data = append(l.Data, make([]byte, 32)...) },
	}
	for name, mutate := range mutations {
		l := *good
		l.Topics = append([]common.Hash(nil), good.Topics...)
		l.Data = append([]byte(nil), good.Data...)
		mutate(&l)
		_, opErr := derive.UnmarshalDepositLogEvent(&l)
		_, err := DepositTxFromLog(&l)
		if (err == nil) != (opErr == nil) {
			t.Errorf("%s: local error %v, op-node error %v", name, err, opErr)
		}
	}
	if _, err := DepositTxFromLog(good); err != nil {
		t.Fatalf("good log refused: %v", err)
	}
}

func TestWithdrawalHashMatchesOpNode(t *testing.T) {
	r := rand.New(rand.NewSource(4))
	for i := 0; i < 1000; i++ {
		ev := &bindings.L2ToL1MessagePasserMessagePassed{Nonce: randBig(r, 32), Sender: randAddr(r), Target: randAddr(r),
			Value: randBig(r, 32), GasLimit: randBig(r, 32), Data: make([]byte, r.Intn(300))}
		r.Read(ev.Data)
		want, err := withdrawals.WithdrawalHash(ev)
		if err != nil {
			t.Fatal(err)
		}
		got, err := withdrawalHash(&record.OPWithdrawal{Nonce: (*hexutil.Big)(ev.Nonce), Sender: ev.Sender, Target: ev.Target,
			Value: (*hexutil.Big)(ev.Value), GasLimit: (*hexutil.Big)(ev.GasLimit), Data: ev.Data})
		if err != nil || got != want {
			t.Fatalf("withdrawal hash %s (%v), op-node %s", got, err, want)
		}
		if StorageSlotOfWithdrawal(got) != withdrawals.StorageSlotOfWithdrawalHash(want) {
			t.Fatalf("storage slot of %s differs from op-node's", got)
		}
	}
}

// A MessagePassed log as the message passer writes it is read back by
// withdrawalsOf with the fields op-node reads; the same event from another
// contract is not ours.
func TestWithdrawalsOfMatchesOpNode(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	ev := passerABI().Events["MessagePassed"]
	for i := 0; i < 200; i++ {
		nonce, sender, target, value, gas := randBig(r, 32), randAddr(r), randAddr(r), randBig(r, 32), randBig(r, 32)
		data := make([]byte, r.Intn(300))
		r.Read(data)
		wh, _ := withdrawalHash(&record.OPWithdrawal{Nonce: (*hexutil.Big)(nonce), Sender: sender, Target: target,
			Value: (*hexutil.Big)(value), GasLimit: (*hexutil.Big)(gas), Data: data})
		body, err := ev.Inputs.NonIndexed().Pack(value, gas, data, [32]byte(wh))
		if err != nil {
			t.Fatal(err)
		}
		l := &gethtypes.Log{Address: MessagePasser, Topics: []common.Hash{ev.ID, common.BigToHash(nonce),
			common.BytesToHash(sender.Bytes()), common.BytesToHash(target.Bytes())}, Data: body}
		decoy := *l
		decoy.Address = randAddr(r)
		receipt := &gethtypes.Receipt{Logs: []*gethtypes.Log{&decoy, l}, BlockNumber: big.NewInt(1)}
		ws, err := withdrawalsOf(receipt)
		if err != nil || len(ws) != 1 {
			t.Fatalf("%d withdrawals (%v), want 1: the decoy from another contract must not count", len(ws), err)
		}
		got := ws[0].w
		want, err := withdrawals.ParseMessagePassed(&gethtypes.Receipt{Logs: []*gethtypes.Log{l}})
		if err != nil {
			t.Fatal(err)
		}
		if got.Nonce.ToInt().Cmp(want.Nonce) != 0 || got.Sender != want.Sender || got.Target != want.Target || got.Value.ToInt().Cmp(want.Value) != 0 ||
			got.GasLimit.ToInt().Cmp(want.GasLimit) != 0 || string(got.Data) != string(want.Data) || ws[0].hash != want.WithdrawalHash {
			t.Fatalf("parsed %+v, op-node %+v", got, want)
		}
	}
	if ws, _ := withdrawalsOf(&gethtypes.Receipt{BlockNumber: big.NewInt(1)}); len(ws) != 0 {
		t.Fatal("found a withdrawal in an empty receipt")
	}
}
