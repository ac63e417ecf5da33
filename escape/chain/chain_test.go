package chain_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/internal/devnet"
	"github.com/l2escape/escape/internal/rpcproxy"
)

var (
	_ bind.ContractBackend         = (*chain.Client)(nil)
	_ bind.DeployBackend           = (*chain.Client)(nil)
	_ bind.BlockHashContractCaller = (*chain.Client)(nil)
	_ bind.PendingContractCaller   = (*chain.Client)(nil)
)

const secret = "SECRET-API-KEY"

var names = map[uint64]string{1: "Ethereum mainnet", 10: "OP Mainnet (an L2)"}

func dial(t *testing.T, role string, urls []string, want uint64, opts chain.Options) *chain.Client {
	t.Helper()
	c, err := chain.Dial(context.Background(), role, urls, want, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

// deadURL is an endpoint nobody listens on, with a key in its path.
func deadURL(t *testing.T) string {
	port, err := devnet.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("http://127.0.0.1:%d/v3/%s", port, secret)
}

func noSecret(t *testing.T, what, s string) {
	t.Helper()
	if strings.Contains(s, secret) {
		t.Fatalf("%s leaks the URL's key: %s", what, s)
	}
}

func TestWrongChainRefused(t *testing.T) {
	l2 := devnet.StartAnvilT(t, devnet.AnvilOptions{ChainID: 10})
	l1 := devnet.StartAnvilT(t, devnet.AnvilOptions{ChainID: 1})
	p := rpcproxy.StartT(t, l2.URL, rpcproxy.Options{})

	// A good endpoint does not excuse a wrong one: the user must know.
	_, err := chain.Dial(context.Background(), "L1", []string{l1.URL, p.URL + "/v2/" + secret}, 1, chain.Options{Names: names})
	var e *escape.Error
	if !errors.As(err, &e) || e.Code != "wrong-chain" {
		t.Fatalf("want a wrong-chain error, got %v", err)
	}
	wantMsg := "L1 endpoint " + p.URL + " serves chain id 10 (OP Mainnet (an L2)), not chain id 1 (Ethereum mainnet)"
	if e.Error() != wantMsg {
		t.Fatalf("message\n got %q\nwant %q", e.Error(), wantMsg)
	}
	if !strings.Contains(e.Hint, "this looks like an RPC for OP Mainnet (an L2); --l1-rpc wants an RPC for Ethereum mainnet (chain id 1)") {
		t.Fatalf("hint %q", e.Hint)
	}
	noSecret(t, "message", e.Error())
	noSecret(t, "hint", e.Hint)

	// An unknown chain id still gets a hint naming the flag.
	_, err = chain.Dial(context.Background(), "L2", []string{l1.URL}, 10, chain.Options{Names: map[uint64]string{10: "OP Mainnet"}})
	if !errors.As(err, &e) || e.Code != "wrong-chain" || !strings.Contains(e.Hint, "--l2-rpc wants an RPC for OP Mainnet (chain id 10)") {
		t.Fatalf("got %v (hint %q)", err, escape.HintOf(err))
	}
	// NameChain names what Names does not.
	_, err = chain.Dial(context.Background(), "L1", []string{l2.URL}, 1, chain.Options{NameChain: func(id uint64) string {
		if id == 10 {
			return "OP Mainnet"
		}
		return ""
	}})
	if !strings.Contains(escape.HintOf(err), "this looks like an RPC for OP Mainnet") {
		t.Fatalf("NameChain not used: %v / %q", err, escape.HintOf(err))
	}
}

func TestDeadEndpointSkipped(t *testing.T) {
	ctx := context.Background()
	a := devnet.StartAnvilT(t, devnet.AnvilOptions{ChainID: 1})
	if err := a.Mine(ctx, 7); err != nil {
		t.Fatal(err)
	}
	dead := deadURL(t)
	c := dial(t, "L1", []string{dead, a.URL}, 1, chain.Options{})
	if got := c.Endpoint(); got != a.URL {
		t.Fatalf("first endpoint to ask is %s, want the live %s", got, a.URL)
	}
	n, err := c.BlockNumber(ctx)
	if err != nil || n != 7 {
		t.Fatalf("BlockNumber = %d, %v", n, err)
	}
	if c.Endpoint() != a.URL {
		t.Fatalf("answered by %s", c.Endpoint())
	}
	st := c.Endpoints()
	if st[0].State != "failing" || !strings.Contains(st[0].LastError, "connection refused") || st[1].State != "ok" || st[1].Answered != 1 {
		t.Fatalf("statuses %+v", st)
	}
	noSecret(t, "status", fmt.Sprint(st))
	notes := strings.Join(c.Notes(), "\n")
	if !strings.Contains(notes, "did not answer") {
		t.Fatalf("notes %q", notes)
	}
	noSecret(t, "notes", notes)
	if id, _ := c.ChainID(ctx); id.Uint64() != 1 {
		t.Fatalf("chain id %v", id)
	}

	// Nothing answers: rpc-unreachable, with the way out in the hint.
	_, err = chain.Dial(ctx, "L1", []string{dead, deadURL(t)}, 1, chain.Options{})
	var e *escape.Error
	if !errors.As(err, &e) || e.Code != "rpc-unreachable" || !strings.Contains(e.Hint, "--l1-rpc") || !strings.Contains(e.Hint, "ESCAPE_L1_RPC") {
		t.Fatalf("want rpc-unreachable naming --l1-rpc, got %v (hint %q)", err, escape.HintOf(err))
	}
	if !strings.Contains(e.Error(), "connection refused") {
		t.Fatalf("message does not say why: %s", e.Error())
	}
	noSecret(t, "unreachable error", e.Error())
}

func TestLaggingEndpointSetAside(t *testing.T) {
	ctx := context.Background()
	behind := devnet.StartAnvilT(t, devnet.AnvilOptions{ChainID: 1})
	ahead := devnet.StartAnvilT(t, devnet.AnvilOptions{ChainID: 1})
	if err := ahead.Mine(ctx, 100); err != nil {
		t.Fatal(err)
	}
	c := dial(t, "L1", []string{behind.URL, ahead.URL}, 1, chain.Options{})
	n, err := c.BlockNumber(ctx)
	if err != nil || n != 100 || c.Endpoint() != ahead.URL {
		t.Fatalf("BlockNumber = %d, %v, answered by %s", n, err, c.Endpoint())
	}
	st := c.Endpoints()
	if st[0].State != "lagging" || st[0].Behind != 100 || st[0].Answered != 0 {
		t.Fatalf("lagging endpoint: %+v", st[0])
	}
	if notes := c.Notes(); len(notes) != 1 || !strings.Contains(notes[0], "100 blocks behind") {
		t.Fatalf("notes %q", notes)
	}
	// Used only when nothing else works.
	ahead.Close()
	n, err = c.BlockNumber(ctx)
	if err != nil || n != 0 || c.Endpoint() != behind.URL {
		t.Fatalf("after the good endpoint died: %d, %v, %s", n, err, c.Endpoint())
	}

	// A wider tolerance keeps both.
	if err := behind.Mine(ctx, 1); err != nil {
		t.Fatal(err)
	}
	c2 := dial(t, "L1", []string{behind.URL}, 1, chain.Options{MaxLagBlocks: 200})
	if c2.Endpoints()[0].State != "ok" {
		t.Fatalf("%+v", c2.Endpoints())
	}
}

// revertingCode reverts with the 4 bytes 0xdeadbeef as data.
var revertingCode = common.FromHex("63deadbeef60e01b60005260046000fd")

func TestDeterministicAnswersNotFailedOver(t *testing.T) {
	ctx := context.Background()
	a := devnet.StartAnvilT(t, devnet.AnvilOptions{ChainID: 1})
	target := common.HexToAddress("0x00000000000000000000000000000000000Ba5e5")
	if err := a.SetCode(ctx, target, revertingCode); err != nil {
		t.Fatal(err)
	}
	first := rpcproxy.StartT(t, a.URL, rpcproxy.Options{})
	second := rpcproxy.StartT(t, a.URL, rpcproxy.Options{})
	c := dial(t, "L1", []string{first.URL, second.URL}, 1, chain.Options{CallTimeout: 2 * time.Second})
	first.Reset()
	second.Reset()

	call := ethereum.CallMsg{From: devnet.DevAddress(0), To: &target}
	_, err := c.CallContract(ctx, call, nil)
	var derr rpc.DataError
	if !errors.As(err, &derr) || fmt.Sprint(derr.ErrorData()) != "0xdeadbeef" {
		t.Fatalf("want a revert with data 0xdeadbeef, got %v", err)
	}
	if _, err := c.EstimateGas(ctx, call); err == nil {
		t.Fatal("estimate of a reverting call succeeded")
	}
	if s := second.Stats(); s.Calls != 0 {
		t.Fatalf("reverts were failed over: second endpoint saw %v", s.Methods)
	}
	if s := first.Stats(); s.Methods["eth_call"] != 1 || s.Methods["eth_estimateGas"] != 1 {
		t.Fatalf("first endpoint saw %v", s.Methods)
	}

	// A receipt that does not exist yet is an answer too.
	if _, err := c.TransactionReceipt(ctx, common.Hash{1}); !errors.Is(err, ethereum.NotFound) {
		t.Fatalf("want NotFound, got %v", err)
	}
	// "nonce too low" from the node is returned, not retried elsewhere.
	tx := transfer(t, 0)
	if err := c.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	waitMined(t, c, tx.Hash())
	first.Reset()
	err = c.SendTransaction(ctx, transfer(t, 0))
	if err == nil || !strings.Contains(strings.ToLower(err.Error()), "nonce too low") {
		t.Fatalf("want nonce too low, got %v", err)
	}
	// "already known" is success.
	first.FailSends("already known")
	if err := c.SendTransaction(ctx, transfer(t, 1)); err != nil {
		t.Fatalf("already known reported as %v", err)
	}
	if s := second.Stats(); s.Calls != 0 {
		t.Fatalf("second endpoint saw %v", s.Methods)
	}
}

func TestFailoverOnTroubleAndTimeout(t *testing.T) {
	ctx := context.Background()
	a := devnet.StartAnvilT(t, devnet.AnvilOptions{ChainID: 1})
	first := rpcproxy.StartT(t, a.URL, rpcproxy.Options{})
	second := rpcproxy.StartT(t, a.URL, rpcproxy.Options{})
	c := dial(t, "L1", []string{first.URL + "/" + secret, second.URL}, 1, chain.Options{CallTimeout: 300 * time.Millisecond})
	first.Reset()
	second.Reset()

	// Stable order: the first endpoint answers while it is healthy.
	for i := 0; i < 3; i++ {
		if _, err := c.BlockNumber(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if c.Endpoint() != first.URL || second.Stats().Methods["eth_blockNumber"] != 0 {
		t.Fatalf("answered by %s; second saw %v", c.Endpoint(), second.Stats().Methods)
	}

	// 503: the next endpoint answers, and the failing one is passed over
	// for a while rather than asked first every time.
	if err := first.SetDead(rpcproxy.Unavailable); err != nil {
		t.Fatal(err)
	}
	first.Reset()
	for i := 0; i < 3; i++ {
		if _, err := c.BlockNumber(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if c.Endpoint() != second.URL || first.Stats().HTTPRequests != 1 {
		t.Fatalf("answered by %s; the 503 endpoint was asked %d times", c.Endpoint(), first.Stats().HTTPRequests)
	}
	st := c.Endpoints()[0]
	if st.State != "failing" || !strings.Contains(st.LastError, "503") {
		t.Fatalf("status %+v", st)
	}
	noSecret(t, "status", st.LastError)

	// Both in trouble: the error says so for each, without secrets.
	if err := second.SetDead(rpcproxy.TooManyRequests); err != nil {
		t.Fatal(err)
	}
	first.Reset()
	_, err := c.BlockNumber(ctx)
	if escape.CodeOf(err) != "rpc-unreachable" || !strings.Contains(err.Error(), "503") || !strings.Contains(err.Error(), "429") {
		t.Fatalf("got %v", err)
	}
	noSecret(t, "error", err.Error())
	// 503 and 429 pass: every endpoint is asked once more after a pause.
	if n := first.Stats().HTTPRequests; n != 2 {
		t.Fatalf("the 503 endpoint was asked %d times, want 2 (one retry)", n)
	}
	_ = first.SetDead(rpcproxy.Alive)
	noRetry := dial(t, "L1", []string{first.URL}, 1, chain.Options{Retries: -1})
	_ = first.SetDead(rpcproxy.Unavailable)
	first.Reset()
	if _, err := noRetry.BlockNumber(ctx); err == nil || first.Stats().HTTPRequests != 1 {
		t.Fatalf("Retries -1: %v after %d requests", err, first.Stats().HTTPRequests)
	}

	// A send that hangs at one endpoint times out there and goes through
	// the next.
	_ = first.SetDead(rpcproxy.Alive)
	_ = second.SetDead(rpcproxy.Alive)
	c2 := dial(t, "L1", []string{first.URL, second.URL}, 1, chain.Options{CallTimeout: 300 * time.Millisecond})
	first.HangSends(nil)
	tx := transfer(t, 0)
	if err := c2.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	if c2.Endpoint() != second.URL {
		t.Fatalf("send answered by %s", c2.Endpoint())
	}
	waitMined(t, c2, tx.Hash())
}

func TestWebSocketEndpoints(t *testing.T) {
	ctx := context.Background()
	a := devnet.StartAnvilT(t, devnet.AnvilOptions{ChainID: 1})
	if err := a.Mine(ctx, 3); err != nil {
		t.Fatal(err)
	}
	ws := "ws" + strings.TrimPrefix(a.URL, "http")
	deadWS := "ws" + strings.TrimPrefix(deadURL(t), "http")
	c := dial(t, "L1", []string{deadWS, ws}, 1, chain.Options{})
	if n, err := c.BlockNumber(ctx); err != nil || n != 3 || c.Endpoint() != ws {
		t.Fatalf("over WebSocket: %d, %v, answered by %s", n, err, c.Endpoint())
	}
	if st := c.Endpoints()[0]; st.State != "failing" || st.URL != chain.Redact(deadWS) {
		t.Fatalf("dead WebSocket endpoint: %+v", st)
	}
}

func TestBatchProofAndRaw(t *testing.T) {
	ctx := context.Background()
	a := devnet.StartAnvilT(t, devnet.AnvilOptions{ChainID: 1})
	p := rpcproxy.StartT(t, a.URL, rpcproxy.Options{})
	c := dial(t, "L1", []string{p.URL}, 1, chain.Options{})
	// Dial costs one request per endpoint: chain id, head and (L1) the
	// head's timestamp in one batch.
	if s := p.Stats(); s.HTTPRequests != 1 || s.Batches != 1 || s.Calls != 3 {
		t.Fatalf("Dial: %+v", s)
	}
	p.Reset()

	var head hexutil.Uint64
	var bal hexutil.Big
	var code hexutil.Bytes
	batch := []rpc.BatchElem{
		{Method: "eth_blockNumber", Result: &head},
		{Method: "eth_getBalance", Args: []any{devnet.DevAddress(1), "latest"}, Result: &bal},
		{Method: "eth_getCode", Args: []any{devnet.DevAddress(1), "latest"}, Result: &code},
	}
	if err := c.BatchCall(ctx, batch); err != nil {
		t.Fatal(err)
	}
	for _, el := range batch {
		if el.Error != nil {
			t.Fatal(el.Error)
		}
	}
	if s := p.Stats(); s.HTTPRequests != 1 || s.Calls != 3 {
		t.Fatalf("batch took %d HTTP requests for %d calls", s.HTTPRequests, s.Calls)
	}
	if bal.ToInt().Sign() <= 0 {
		t.Fatal("dev account has no balance")
	}

	proof, err := c.GetProof(ctx, devnet.DevAddress(1), []common.Hash{{}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if proof.Balance.Cmp(bal.ToInt()) != 0 || len(proof.AccountProof) == 0 || len(proof.StorageProof) != 1 {
		t.Fatalf("proof %+v", proof)
	}
	var id hexutil.Uint64
	if err := c.CallContext(ctx, &id, "eth_chainId"); err != nil || id != 1 {
		t.Fatalf("CallContext: %d, %v", id, err)
	}
	if c.Raw() == nil {
		t.Fatal("no raw client")
	}
	if _, err := c.SubscribeFilterLogs(ctx, ethereum.FilterQuery{}, nil); !errors.Is(err, chain.ErrSubscriptionsUnsupported) {
		t.Fatal(err)
	}
}

func transfer(t *testing.T, nonce uint64) *types.Transaction {
	t.Helper()
	to := common.HexToAddress("0x000000000000000000000000000000000000dEaD")
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(1), Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9), Gas: 21000, To: &to, Value: big.NewInt(1)})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(big.NewInt(1)), devnet.DevKey(0))
	if err != nil {
		t.Fatal(err)
	}
	return signed
}

func waitMined(t *testing.T, c *chain.Client, hash common.Hash) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		r, err := c.TransactionReceipt(context.Background(), hash)
		if err == nil && r.Status == types.ReceiptStatusSuccessful {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("transaction %s not mined: %v", hash, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestRedact(t *testing.T) {
	for raw, want := range map[string]string{
		"https://eth-mainnet.g.alchemy.com/v2/KEY":        "https://eth-mainnet.g.alchemy.com",
		"wss://user:pass@node.example:8546/ws?apikey=KEY": "wss://node.example:8546",
		" HTTP://127.0.0.1:8545 ":                         "http://127.0.0.1:8545",
		"mainnet.infura.io/v3/KEY":                        "(an RPC URL that is not http(s):// or ws(s)://)",
		"/home/me/.ethereum/geth.ipc":                     "ipc:geth.ipc",
	} {
		if got := chain.Redact(raw); got != want {
			t.Errorf("Redact(%q) = %q, want %q", raw, got, want)
		}
	}
}
