package oracle

import (
	"bytes"
	"math/big"
	"math/rand"
	"testing"

	optypes "github.com/ethereum-optimism/optimism/op-core/types"
	"github.com/ethereum-optimism/optimism/op-node/bindings"
	"github.com/ethereum-optimism/optimism/op-node/rollup/derive"
	"github.com/ethereum-optimism/optimism/op-node/withdrawals"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/l2escape/escape/bindings/opcurrent"
	"github.com/l2escape/escape/escape/opstack"
	"github.com/l2escape/escape/escape/record"
)

// escape's local OP Stack protocol functions (escape/opstack/protocol.go,
// l2import.go) held to op-node's and op-geth's on many random inputs.

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

func randDeposit(r *rand.Rand) *optypes.DepositTx {
	dep := &optypes.DepositTx{From: randAddr(r), Value: randBig(r, 32), Gas: r.Uint64() >> r.Intn(64), Data: make([]byte, r.Intn(200))}
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
		if got, want := opstack.UserDepositSourceHash(src.L1BlockHash, src.LogIndex), src.SourceHash(); got != want {
			t.Fatalf("%+v: source hash %s, op-node %s", src, got, want)
		}
	}
}

// Logs made by op-node's own encoder, decoded by both sides: same fields,
// same binary form as op-node's and op-geth's deposit transaction, same L2
// hash.
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
		got, err := opstack.DepositTxFromLog(l)
		if err != nil {
			t.Fatalf("log %d: %v", i, err)
		}
		if opstack.DepositTxHash(got) != want.Hash() {
			t.Fatalf("log %d: L2 hash %s, op-node %s (%+v vs %+v)", i, opstack.DepositTxHash(got), want.Hash(), got, want)
		}
		gotRaw, err := got.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		opGeth := types.NewTx(&types.DepositTx{SourceHash: want.SourceHash, From: want.From, To: want.To, Mint: want.Mint,
			Value: want.Value, Gas: want.Gas, IsSystemTransaction: want.IsSystemTransaction, Data: want.Data})
		for who, f := range map[string]func() ([]byte, error){"op-node": want.MarshalBinary, "op-geth": opGeth.MarshalBinary} {
			wantRaw, err := f()
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(gotRaw, wantRaw) {
				t.Fatalf("log %d: binary form %x, %s %x", i, gotRaw, who, wantRaw)
			}
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
	mutations := map[string]func(l *types.Log){
		"three topics":  func(l *types.Log) { l.Topics = l.Topics[:3] },
		"other event":   func(l *types.Log) { l.Topics[0] = common.Hash{1} },
		"version 1":     func(l *types.Log) { l.Topics[3] = common.BigToHash(big.NewInt(1)) },
		"short data":    func(l *types.Log) { l.Data = l.Data[:63] },
		"unaligned":     func(l *types.Log) { l.Data = l.Data[:len(l.Data)-1] },
		"bad offset":    func(l *types.Log) { l.Data[31] = 64 },
		"long length":   func(l *types.Log) { l.Data[62] = 0xff },
		"short length":  func(l *types.Log) { l.Data[63] = 10; l.Data[62] = 0 },
		"extra padding": func(l *types.Log) { l.Data = append(l.Data, make([]byte, 32)...) },
	}
	for name, mutate := range mutations {
		l := *good
		l.Topics = append([]common.Hash(nil), good.Topics...)
		l.Data = append([]byte(nil), good.Data...)
		mutate(&l)
		_, opErr := derive.UnmarshalDepositLogEvent(&l)
		_, err := opstack.DepositTxFromLog(&l)
		if (err == nil) != (opErr == nil) {
			t.Errorf("%s: local error %v, op-node error %v", name, err, opErr)
		}
	}
	if _, err := opstack.DepositTxFromLog(good); err != nil {
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
		got, err := opstack.WithdrawalHash(&record.OPWithdrawal{Nonce: (*hexutil.Big)(ev.Nonce), Sender: ev.Sender, Target: ev.Target,
			Value: (*hexutil.Big)(ev.Value), GasLimit: (*hexutil.Big)(ev.GasLimit), Data: ev.Data})
		if err != nil || got != want {
			t.Fatalf("withdrawal hash %s (%v), op-node %s", got, err, want)
		}
		if opstack.StorageSlotOfWithdrawal(got) != withdrawals.StorageSlotOfWithdrawalHash(want) {
			t.Fatalf("storage slot of %s differs from op-node's", got)
		}
	}
}

// A MessagePassed log as the message passer writes it is read by escape
// with the fields and hash op-node reads.
func TestParseMessagePassedMatchesOpNode(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	passer, err := opcurrent.L2ToL1MessagePasserMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	ev := passer.Events["MessagePassed"]
	for i := 0; i < 200; i++ {
		l := messagePassedLog(t, r, ev)
		got, gotHash, err := opstack.ParseMessagePassed(l)
		if err != nil {
			t.Fatal(err)
		}
		want, err := withdrawals.ParseMessagePassed(&types.Receipt{Logs: []*types.Log{l}})
		if err != nil {
			t.Fatal(err)
		}
		if got.Nonce.ToInt().Cmp(want.Nonce) != 0 || got.Sender != want.Sender || got.Target != want.Target || got.Value.ToInt().Cmp(want.Value) != 0 ||
			got.GasLimit.ToInt().Cmp(want.GasLimit) != 0 || string(got.Data) != string(want.Data) || gotHash != want.WithdrawalHash {
			t.Fatalf("parsed %+v, op-node %+v", got, want)
		}
	}
}

// messagePassedLog is a random MessagePassed event from the message passer
// whose withdrawalHash field is op-node's hash of its fields.
func messagePassedLog(t *testing.T, r *rand.Rand, ev abi.Event) *types.Log {
	t.Helper()
	m := &bindings.L2ToL1MessagePasserMessagePassed{Nonce: randBig(r, 32), Sender: randAddr(r), Target: randAddr(r),
		Value: randBig(r, 32), GasLimit: randBig(r, 32), Data: make([]byte, r.Intn(300))}
	r.Read(m.Data)
	wh, err := withdrawals.WithdrawalHash(m)
	if err != nil {
		t.Fatal(err)
	}
	body, err := ev.Inputs.NonIndexed().Pack(m.Value, m.GasLimit, m.Data, [32]byte(wh))
	if err != nil {
		t.Fatal(err)
	}
	return &types.Log{Address: opstack.MessagePasser, Topics: []common.Hash{ev.ID, common.BigToHash(m.Nonce),
		common.BytesToHash(m.Sender.Bytes()), common.BytesToHash(m.Target.Bytes())}, Data: body}
}

// The published vectors escape/opstack/vectors_test.go checks escape
// against are op-node's answers too.
func TestVectorsAreOpNodes(t *testing.T) {
	// viem src/op-stack/utils/getSourceHash.test.ts ('userDeposit').
	src := derive.UserDepositSource{L1BlockHash: common.HexToHash("0x9ba3933dc6ce43c145349770a39c30f9b647f17668f004bd2e05c80a2e7262f7"), LogIndex: 196}
	if got, want := src.SourceHash(), common.HexToHash("0xd0868c8764d81f1749edb7dec4a550966963540d9fe50aefce8cdb38ea7b2213"); got != want {
		t.Fatalf("source hash %s, want %s", got, want)
	}
	// op-chain-ops/crossdomain withdrawal_test.go TestWithdrawalHashing case 1.
	ev := &bindings.L2ToL1MessagePasserMessagePassed{
		Nonce: big.NewInt(0), Sender: common.HexToAddress("0x00000000000000000000000000000000000011bc"),
		Target: common.HexToAddress("0x00000000000000000000000000000000000033eb"), Value: big.NewInt(26), GasLimit: big.NewInt(22338),
		Data: hexutil.MustDecode("0x0000000000000000000000000000000000000000000000000000000000000004"),
	}
	h, err := withdrawals.WithdrawalHash(ev)
	if err != nil {
		t.Fatal(err)
	}
	if want := common.HexToHash("0x65768976d27ba8a7f91c5b267b97d29830103171863c0ba24f3234ef07d0f8e3"); h != want {
		t.Fatalf("withdrawal hash %s, want %s", h, want)
	}
	if got, want := withdrawals.StorageSlotOfWithdrawalHash(h), common.HexToHash("0xd73bc49fa8e52d7717fb65cbec7ff0e30bf4e2fbbd38924d1b2efa1f96381517"); got != want {
		t.Fatalf("storage slot %s, want %s", got, want)
	}
}
