package opstack

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/network"
	"github.com/l2escape/escape/escape/record"
)

// fakeL1 answers eth_call from a table keyed by (to, 4-byte selector [+
// first argument word]), with return data encoded per the real 5.x ABIs.
// It stands in for a 4.x/5.x portal set, of which no bytecode is available
// here; a call it has no answer for reverts, as a missing getter does.
type fakeL1 struct {
	mu      sync.Mutex
	answers map[string][]byte
	calls   int
	// headTime is the timestamp of the L1 head (block 100) that
	// eth_getBlockByNumber returns for every block asked.
	headTime uint64
}

func fkey(to common.Address, data []byte) string {
	if len(data) > 36 {
		data = data[:36]
	}
	return strings.ToLower(to.Hex()) + hexutil.Encode(data)
}

func (f *fakeL1) set(to common.Address, sig string, out []byte, args ...[]byte) {
	f.answers[fkey(to, sel(sig, args...))] = out
}

func (f *fakeL1) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	type req struct {
		ID     json.RawMessage   `json:"id"`
		Method string            `json:"method"`
		Params []json.RawMessage `json:"params"`
	}
	answer := func(q req) map[string]any {
		res := map[string]any{"jsonrpc": "2.0", "id": q.ID}
		switch q.Method {
		case "eth_chainId":
			res["result"] = "0x1"
		case "eth_blockNumber":
			res["result"] = "0x64"
		case "eth_getBlockByNumber":
			f.mu.Lock()
			res["result"] = fakeHeader(100, f.headTime)
			f.mu.Unlock()
		case "eth_call":
			var call struct {
				To    common.Address `json:"to"`
				Data  hexutil.Bytes  `json:"data"`
				Input hexutil.Bytes  `json:"input"`
			}
			_ = json.Unmarshal(q.Params[0], &call)
			data := call.Data
			if len(data) == 0 {
				data = call.Input
			}
			f.mu.Lock()
			f.calls++
			out, ok := f.answers[fkey(call.To, data)]
			if !ok {
				out, ok = f.answers[fkey(call.To, data[:min(4, len(data))])]
			}
			f.mu.Unlock()
			if ok {
				res["result"] = hexutil.Encode(out)
			} else {
				res["error"] = map[string]any{"code": 3, "message": "execution reverted"}
			}
		default:
			res["error"] = map[string]any{"code": -32601, "message": "method not found: " + q.Method}
		}
		return res
	}
	w.Header().Set("Content-Type", "application/json")
	if strings.HasPrefix(strings.TrimSpace(string(body)), "[") {
		var qs []req
		_ = json.Unmarshal(body, &qs)
		var out []map[string]any
		for _, q := range qs {
			out = append(out, answer(q))
		}
		_ = json.NewEncoder(w).Encode(out)
		return
	}
	var q req
	_ = json.Unmarshal(body, &q)
	_ = json.NewEncoder(w).Encode(answer(q))
}

// fakeHeader is a block header as eth_getBlockByNumber returns it, enough
// for go-ethereum to decode.
func fakeHeader(number, time uint64) map[string]any {
	zero := common.Hash{}.Hex()
	return map[string]any{"parentHash": zero, "sha3Uncles": zero, "miner": common.Address{}.Hex(), "stateRoot": zero,
		"transactionsRoot": zero, "receiptsRoot": zero, "logsBloom": hexutil.Encode(make([]byte, 256)), "difficulty": "0x0",
		"number": hexutil.EncodeUint64(number), "gasLimit": "0x1c9c380", "gasUsed": "0x0", "timestamp": hexutil.EncodeUint64(time),
		"extraData": "0x", "mixHash": zero, "nonce": "0x0000000000000000", "baseFeePerGas": "0x1", "hash": zero}
}

func word(v uint64) []byte { return common.LeftPadBytes(new(big.Int).SetUint64(v).Bytes(), 32) }
func addrWord(a common.Address) []byte {
	return common.LeftPadBytes(a.Bytes(), 32)
}
func packReturn(t *testing.T, a *abi.ABI, method string, vals ...any) []byte {
	t.Helper()
	out, err := a.Methods[method].Outputs.Pack(vals...)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// A portal 5.x set: the generation comes from version() and the
// anchorStateRegistry() probe; the respected type and the cut-off from the
// AnchorStateRegistry; the search skips a game the ASR calls improper
// (blacklisted or retired) and one not respected, and reads the L2 block
// from l2SequenceNumber(); verify checks the ASR's factory.
func TestPortal5ShapeAgainstABI(t *testing.T) {
	portal := common.HexToAddress("0x00000000000000000000000000000000000a0001")
	asr := common.HexToAddress("0x00000000000000000000000000000000000a0002")
	dgf := common.HexToAddress("0x00000000000000000000000000000000000a0003")
	sys := common.HexToAddress("0x00000000000000000000000000000000000a0004")
	bridge := common.HexToAddress("0x00000000000000000000000000000000000a0005")
	messenger := common.HexToAddress("0x00000000000000000000000000000000000a0006")
	games := []common.Address{
		common.HexToAddress("0x0000000000000000000000000000000000000b00"), // covering, good (the answer)
		common.HexToAddress("0x0000000000000000000000000000000000000b01"), // covering, improper (blacklisted)
		common.HexToAddress("0x0000000000000000000000000000000000000b02"), // covering, not respected when created
		common.HexToAddress("0x0000000000000000000000000000000000000b03"), // below the withdrawal
	}
	const respected = 8 // CANNON_KONA, as OP Mainnet since upgrade 19
	f := &fakeL1{answers: map[string][]byte{}}
	f.set(portal, "version()", packReturn(t, portalNowABI(), "version", "5.1.1"))
	f.set(portal, "disputeGameFactory()", addrWord(dgf))
	f.set(portal, "anchorStateRegistry()", addrWord(asr))
	f.set(portal, "proofMaturityDelaySeconds()", word(604800))
	f.set(portal, "disputeGameFinalityDelaySeconds()", word(302400))
	f.set(portal, "paused()", word(0))
	f.set(portal, "systemConfig()", addrWord(sys))
	f.set(asr, "disputeGameFactory()", addrWord(dgf))
	f.set(asr, "respectedGameType()", packReturn(t, asrABI(), "respectedGameType", uint32(respected)))
	f.set(asr, "retirementTimestamp()", word(1000))
	f.set(asr, "disputeGameFinalityDelaySeconds()", word(302400))
	f.set(dgf, "gameCount()", word(uint64(len(games)+1)))
	f.set(bridge, "messenger()", addrWord(messenger))
	f.set(messenger, "portal()", addrWord(portal))
	// index 0: a game from before the retirement; 1..4 the games above.
	f.set(dgf, "gameAtIndex(uint256)", append(append(word(respected), word(900)...), addrWord(common.HexToAddress("0xdead"))...), word(0))
	blocks := []uint64{500, 600, 700, 100}
	for i, g := range games {
		f.set(dgf, "gameAtIndex(uint256)", append(append(word(respected), word(2000+uint64(i))...), addrWord(g)...), word(uint64(i+1)))
		extra := packReturn(t, gameABI(), "extraData", new(big.Int).SetUint64(blocks[i]).FillBytes(make([]byte, 32)))
		f.set(g, "extraData()", extra)
		f.set(g, "status()", word(0))
		f.set(g, "l2SequenceNumber()", word(blocks[i]))
		f.set(g, "rootClaim()", common.Hash{byte(i + 1)}.Bytes())
		f.set(asr, "isGameProper(address)", word(map[bool]uint64{true: 1, false: 0}[i != 1]), g.Bytes())
		f.set(asr, "isGameRespected(address)", word(map[bool]uint64{true: 1, false: 0}[i != 2]), g.Bytes())
	}
	srv := httptest.NewServer(f)
	defer srv.Close()
	ctx := context.Background()
	l1, err := chain.Dial(ctx, "L1", []string{srv.URL}, 1, chain.Options{Retries: -1})
	if err != nil {
		t.Fatal(err)
	}
	defer l1.Close()
	src := network.Source{Note: "test"}
	n := &network.Network{Name: "fake5", Title: "fake 5.x", L1ChainID: 1, L2ChainID: 2, Contracts: map[string]network.Contract{
		network.OptimismPortal: {Address: portal, Source: src}, network.SystemConfig: {Address: sys, Source: src},
		network.L1StandardBridge: {Address: bridge, Source: src}, network.L1CrossDomainMessenger: {Address: messenger, Source: src},
		network.DisputeGameFactory: {Address: dgf, Source: src},
	}}
	env := &flow.Env{Network: n, L1: l1}
	c, err := load(ctx, env)
	if err != nil {
		t.Fatal(err)
	}
	if c.gen != Portal4 || c.asr != asr || c.dgf != dgf || c.respected != respected || c.cutoff != 1000 || c.gameCount != 5 ||
		c.maturity != 604800 || c.finality != 302400 {
		t.Fatalf("loaded %+v", c)
	}
	e := &record.Escape{OP: &record.OPState{L2Block: 450, DepositL1Time: 1500}}
	v := &view{env: env, e: e, c: c, now: time.Unix(1_000_000, 0)}
	found, err := v.findGame(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if found.newest == nil || found.newest.proxy != games[0] || found.newest.index != 1 || found.newest.l2Block != 500 {
		t.Fatalf("search found %+v, want %s (index 1, block 500)", found.newest, games[0])
	}
	r, err := (&Stack{}).Verify(ctx, env)
	if err != nil {
		t.Fatal(err)
	}
	names := fmt.Sprint(r.Checks)
	if !strings.Contains(names, "AnchorStateRegistry.disputeGameFactory()") || r.Resolved["AnchorStateRegistry"] != asr.Hex() || r.Facts["respected game type"] != "8" {
		t.Fatalf("verify report: %+v", r)
	}
	if !r.OK() {
		t.Fatalf("verify failed: %+v", r.Failed())
	}
}
