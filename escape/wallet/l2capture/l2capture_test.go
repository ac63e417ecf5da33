package l2capture

import (
	"context"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/l2escape/escape/escape/record"
	"github.com/l2escape/escape/internal/devnet"
)

const l2ChainID = 412346

var arbSys = common.HexToAddress("0x0000000000000000000000000000000000000064")

// testPlan is a forced ETH withdrawal as escape plans it: ArbSys.withdrawEth
// with 0.5 ETH, nonce 7, no tip, a max fee of 10 gwei.
func testPlan() *record.Unsigned {
	return &record.Unsigned{Step: "l2-tx", Layer: "L2", Type: 2, ChainID: l2ChainID, From: devnet.DevAddress(0), Nonce: 7,
		To: arbSys, Value: "500000000000000000", Data: common.FromHex("0x25e16063000000000000000000000000000000000000000000000000000000000000e5c4"),
		Gas: 300_000, MaxFeePerGas: "10000000000", MaxPriorityFeePerGas: "0"}
}

func start(t *testing.T, p Plan) *Server {
	t.Helper()
	s, err := Start(context.Background(), p)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// walletTx is what a wallet builds from the endpoint's answers, as
// go-ethereum's ethclient users (and ethers: 2 × base fee + tip) do.
func walletTx(t *testing.T, c *ethclient.Client, to common.Address, value *big.Int, data []byte) *types.DynamicFeeTx {
	t.Helper()
	ctx := context.Background()
	from := devnet.DevAddress(0)
	chainID, err := c.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	nonce, err := c.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	tip, err := c.SuggestGasTipCap(ctx)
	if err != nil {
		t.Fatal(err)
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	gas, err := c.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &to, Value: value, Data: data})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.FeeHistory(ctx, 5, nil, []float64{25, 50}); err != nil {
		t.Fatal(err)
	}
	maxFee := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	return &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: maxFee, Gas: gas, To: &to, Value: value, Data: data}
}

func sign(t *testing.T, inner types.TxData, chainID uint64) *types.Transaction {
	t.Helper()
	tx, err := types.SignTx(types.NewTx(inner), types.LatestSignerForChainID(new(big.Int).SetUint64(chainID)), devnet.DevKey(0))
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

// TestWalletSendsThePlannedTransaction: a wallet that asks the endpoint
// for chain id, nonce, fees and gas and sends what it learnt produces
// exactly the planned transaction, which is captured.
func TestWalletSendsThePlannedTransaction(t *testing.T) {
	plan := testPlan()
	var methods []string
	s := start(t, Plan{Tx: plan, Notify: func(ev Event) { methods = append(methods, ev.Method) }})
	c, err := ethclient.Dial(s.URL())
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	value, _ := new(big.Int).SetString(plan.Value, 10)
	inner := walletTx(t, c, plan.To, value, plan.Data)
	if inner.Nonce != plan.Nonce || inner.Gas != plan.Gas || inner.ChainID.Uint64() != l2ChainID {
		t.Fatalf("the wallet learnt nonce %d gas %d chain %s", inner.Nonce, inner.Gas, inner.ChainID)
	}
	// Balance: without a replica, what any accepted transaction can cost.
	bal, err := c.BalanceAt(ctx, plan.From, nil)
	if err != nil || bal.Cmp(new(big.Int).Add(value, new(big.Int).Mul(inner.GasFeeCap, big.NewInt(int64(inner.Gas))))) < 0 {
		t.Fatalf("balance answer %s (%v) does not let the wallet send", bal, err)
	}
	if code, err := c.CodeAt(ctx, arbSys, nil); err != nil || len(code) != 1 || code[0] != 0xfe {
		t.Fatalf("ArbSys code: %x %v", code, err)
	}
	tx := sign(t, inner, l2ChainID)
	if err := c.SendTransaction(ctx, tx); err != nil {
		t.Fatalf("the planned transaction was refused: %v", err)
	}
	select {
	case got := <-s.Captured():
		if got.Tx.Hash() != tx.Hash() {
			t.Fatalf("captured %s, sent %s", got.Tx.Hash(), tx.Hash())
		}
	case <-time.After(5 * time.Second):
		t.Fatal("nothing captured")
	}
	// The wallet follows it: pending, no receipt yet.
	if _, pending, err := c.TransactionByHash(ctx, tx.Hash()); err != nil || !pending {
		t.Fatalf("captured transaction by hash: pending %v, %v", pending, err)
	}
	if r, err := c.TransactionReceipt(ctx, tx.Hash()); err != ethereum.NotFound {
		t.Fatalf("receipt of the captured transaction: %v %v", r, err)
	}
	// Sent again (wallets retry): the same hash, no second capture.
	if err := c.SendTransaction(ctx, tx); err != nil {
		t.Fatalf("resend: %v", err)
	}
	other := sign(t, &types.DynamicFeeTx{ChainID: inner.ChainID, Nonce: inner.Nonce, GasTipCap: inner.GasTipCap, GasFeeCap: new(big.Int).Add(inner.GasFeeCap, big.NewInt(1)),
		Gas: inner.Gas, To: inner.To, Value: inner.Value, Data: inner.Data}, l2ChainID)
	if err := c.SendTransaction(ctx, other); err == nil || !strings.Contains(err.Error(), "already has") {
		t.Fatalf("a second transaction after the capture: %v", err)
	}
	if len(s.Captured()) != 0 {
		t.Fatal("captured twice")
	}
	t.Logf("the wallet asked: %s", strings.Join(methods, ", "))
}

// TestMismatchesRefused: each field that differs from the plan is refused
// with its name, and nothing is captured.
func TestMismatchesRefused(t *testing.T) {
	plan := testPlan()
	s := start(t, Plan{Tx: plan, Balance: new(big.Int).Mul(big.NewInt(505), big.NewInt(1e15))}) // 0.505 ETH
	c, err := ethclient.Dial(s.URL())
	if err != nil {
		t.Fatal(err)
	}
	value, _ := new(big.Int).SetString(plan.Value, 10)
	good := func() *types.DynamicFeeTx {
		return &types.DynamicFeeTx{ChainID: big.NewInt(l2ChainID), Nonce: plan.Nonce, GasFeeCap: big.NewInt(10e9), GasTipCap: new(big.Int),
			Gas: plan.Gas, To: &plan.To, Value: value, Data: plan.Data}
	}
	other := common.HexToAddress("0x00000000000000000000000000000000000000ff")
	cases := []struct {
		field   string
		tx      types.TxData
		chainID uint64
	}{
		{"nonce", func() types.TxData { x := good(); x.Nonce++; return x }(), l2ChainID},
		{"to", func() types.TxData { x := good(); x.To = &other; return x }(), l2ChainID},
		{"value", func() types.TxData { x := good(); x.Value = big.NewInt(1); return x }(), l2ChainID},
		{"data", func() types.TxData { x := good(); x.Data = append([]byte{}, plan.Data[:4]...); return x }(), l2ChainID},
		{"maxFeePerGas", func() types.TxData { x := good(); x.GasFeeCap = big.NewInt(31e9); return x }(), l2ChainID},
		{"maxFeePerGas", func() types.TxData { x := good(); x.GasFeeCap = big.NewInt(1e8); return x }(), l2ChainID},
		{"chain id", func() types.TxData { x := good(); x.ChainID = big.NewInt(1); return x }(), 1},
		{"gas limit", func() types.TxData { x := good(); x.Gas = plan.Gas * 3; return x }(), l2ChainID},
		// Within the fee bound, but more than the balance pays: the L2 would drop it.
		{"L2 balance", func() types.TxData { x := good(); x.GasFeeCap = big.NewInt(30e9); return x }(), l2ChainID},
		{"type", &types.LegacyTx{Nonce: plan.Nonce, GasPrice: big.NewInt(10e9), Gas: plan.Gas, To: &plan.To, Value: value, Data: plan.Data}, l2ChainID},
	}
	for _, tc := range cases {
		err := c.SendTransaction(context.Background(), sign(t, tc.tx, tc.chainID))
		if err == nil || !strings.Contains(err.Error(), "escape refused") || !strings.Contains(err.Error(), tc.field) {
			t.Errorf("%s: want a refusal naming it, got %v", tc.field, err)
		}
	}
	// Another account of the wallet signed it.
	byOther, err := types.SignTx(types.NewTx(good()), types.LatestSignerForChainID(big.NewInt(l2ChainID)), devnet.DevKey(1))
	if err != nil {
		t.Fatal(err)
	}
	if err := c.SendTransaction(context.Background(), byOther); err == nil || !strings.Contains(err.Error(), "signer") {
		t.Errorf("signed by another account: %v", err)
	}
	if len(s.Captured()) != 0 {
		t.Fatal("a refused transaction was captured")
	}
	// The planned one still goes through after the refusals.
	if err := c.SendTransaction(context.Background(), sign(t, good(), l2ChainID)); err != nil {
		t.Fatal(err)
	}
	if len(s.Captured()) != 1 {
		t.Fatal("the planned transaction was not captured")
	}
}

// TestAccessRefused: no token, a wrong token, another Host, a web page's
// Origin are refused; a browser extension's Origin is served with CORS.
func TestAccessRefused(t *testing.T) {
	s := start(t, Plan{Tx: testPlan()})
	body := `{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}`
	base := strings.TrimSuffix(s.URL(), "/"+s.token)
	do := func(url, host, origin, method string) *http.Response {
		t.Helper()
		req, err := http.NewRequest(method, url, strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Content-Type", "application/json")
		if host != "" {
			req.Host = host
		}
		if origin != "" {
			req.Header.Set("Origin", origin)
		}
		r, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		r.Body.Close()
		return r
	}
	for name, r := range map[string]*http.Response{
		"no token":        do(base+"/", "", "", "POST"),
		"wrong token":     do(base+"/"+strings.Repeat("0", 32), "", "", "POST"),
		"web page origin": do(s.URL(), "", "https://evil.example", "POST"),
		"null origin":     do(s.URL(), "", "null", "POST"),
		"other host":      do(s.URL(), "evil.example:80", "", "POST"),
		"GET":             do(s.URL(), "", "", "GET"),
	} {
		if r.StatusCode < 400 {
			t.Errorf("%s: served (%d)", name, r.StatusCode)
		}
	}
	r := do(s.URL(), "", "chrome-extension://nkbihfbeogaeaoehlefnkodbefgpgknn", "POST")
	if r.StatusCode != 200 || r.Header.Get("Access-Control-Allow-Origin") != "chrome-extension://nkbihfbeogaeaoehlefnkodbefgpgknn" {
		t.Fatalf("extension origin: %d, CORS %q", r.StatusCode, r.Header.Get("Access-Control-Allow-Origin"))
	}
	// The CORS preflight of an extension (with Chrome's Private Network
	// Access header) is answered; a web page's is not.
	pre, err := http.NewRequest("OPTIONS", s.URL(), nil)
	if err != nil {
		t.Fatal(err)
	}
	pre.Header.Set("Origin", "moz-extension://0f8e3a2c")
	pre.Header.Set("Access-Control-Request-Method", "POST")
	pre.Header.Set("Access-Control-Request-Private-Network", "true")
	if r, err := http.DefaultClient.Do(pre); err != nil || r.StatusCode != http.StatusNoContent || r.Header.Get("Access-Control-Allow-Private-Network") != "true" {
		t.Fatalf("extension preflight: %v %v", r, err)
	}
	if r := do(s.URL(), "", "https://evil.example", "OPTIONS"); r.StatusCode < 400 || r.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Fatalf("web page preflight answered: %d", r.StatusCode)
	}
	if r := do(s.URL(), "", "", "POST"); r.StatusCode != 200 || r.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Fatalf("no origin (a desktop wallet): %d, CORS %q", r.StatusCode, r.Header.Get("Access-Control-Allow-Origin"))
	}
}

// TestNoInventedAnswers: what escape cannot answer truthfully is an
// error, not a made-up value.
func TestNoInventedAnswers(t *testing.T) {
	s := start(t, Plan{Tx: testPlan()})
	c, err := rpc.Dial(s.URL())
	if err != nil {
		t.Fatal(err)
	}
	stranger := common.HexToAddress("0x1234000000000000000000000000000000000000")
	for _, call := range []struct {
		method string
		args   []any
	}{
		{"eth_call", []any{map[string]any{"to": arbSys, "data": "0x"}, "latest"}},
		{"eth_getBalance", []any{stranger, "latest"}},
		{"eth_getTransactionCount", []any{stranger, "latest"}},
		{"eth_getCode", []any{stranger, "latest"}},
		{"eth_estimateGas", []any{map[string]any{"to": stranger, "data": "0x"}}},
		{"eth_sign", []any{devnet.DevAddress(0), "0x00"}},
		{"eth_getBlockByNumber", []any{"0x0", false}},
		{"eth_getLogs", []any{map[string]any{}}},
	} {
		var out any
		if err := c.Call(&out, call.method, call.args...); err == nil {
			t.Errorf("%s answered %v", call.method, out)
		}
	}
}

// TestBatchRequests: clients that batch (ethers' JsonRpcProvider does by
// default) get one answer per request, in order.
func TestBatchRequests(t *testing.T) {
	plan := testPlan()
	s := start(t, Plan{Tx: plan})
	c, err := rpc.Dial(s.URL())
	if err != nil {
		t.Fatal(err)
	}
	var chainID, nonce, gasPrice string
	batch := []rpc.BatchElem{
		{Method: "eth_chainId", Result: &chainID},
		{Method: "eth_getTransactionCount", Args: []any{plan.From, "pending"}, Result: &nonce},
		{Method: "eth_gasPrice", Result: &gasPrice},
		{Method: "eth_sign", Args: []any{plan.From, "0x00"}, Result: new(string)},
	}
	if err := c.BatchCall(batch); err != nil {
		t.Fatal(err)
	}
	if chainID != "0x64aba" || nonce != "0x7" || gasPrice != "0x2540be400" {
		t.Fatalf("batch answers: chain %s nonce %s gas price %s", chainID, nonce, gasPrice)
	}
	for i, b := range batch[:3] {
		if b.Error != nil {
			t.Errorf("element %d: %v", i, b.Error)
		}
	}
	if batch[3].Error == nil {
		t.Error("eth_sign in a batch was answered")
	}
	// A plain number as blockCount (some clients send one).
	var fh struct {
		BaseFee []string `json:"baseFeePerGas"`
	}
	if err := c.Call(&fh, "eth_feeHistory", 3, "latest", []float64{50}); err != nil || len(fh.BaseFee) != 2 {
		t.Fatalf("fee history with a numeric count (head is block 1): %v %v", fh, err)
	}
}
