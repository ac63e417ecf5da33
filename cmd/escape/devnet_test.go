package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rogpeppe/go-internal/testscript"

	"github.com/l2escape/escape/internal/devnet"
	"github.com/l2escape/escape/internal/rpcproxy"
)

// Scripts get a local devnet through these commands. The harness plays the
// operators; the escape binary under test only sees a network file and RPC
// URLs, exactly as a user on a real network would.
//
//	devnet op [legacy] [tokens] start an OP Stack devnet; writes $WORK/op.json, sets NET, L1RPC, L2RPC, L1TOKEN, L2TOKEN
//	devnet arb [buffer|legacy]  start an Arbitrum devnet; writes $WORK/arb.json, sets NET, L1RPC, L2RPC
//	op relay|propose|resolve|lose|pause|unpause|warp SECONDS
//	arb mine N|sequence|execute-forced|confirm|force-include|pause
//	balance l1|l2|l1token|l2token ADDR NAME remember ADDR's balance (of ETH, or of the OP devnet's test token) as NAME
//	balance-rose l1|l2 ADDR NAME WEI        the balance rose by exactly WEI since NAME
//	keyfile PATH                            write the test user's key to PATH (0600)
//	netfile-set FILE CONTRACT ADDRESS       change one contract address of a network file
//	netfile-set FILE FIELD JSON             or one top-level field (l2ChainId, l2Rpcs)
//	nonce l1 ADDR N                         ADDR has sent exactly N L1 transactions
//	proxy hang-sends                        an L1 RPC proxy ($PROXY) that never forwards eth_sendRawTransaction
//	proxy slow l1|l2 LATENCY                an RPC proxy ($SLOW_L1, $SLOW_L2) that delays every request by LATENCY
//	wait-signed                             wait until the record holds a signed, unbroadcast transaction
//	homehash save NAME | same NAME          remember the SHA-256 of every file under $ESCAPE_HOME; check none changed
//	grab NAME REGEXP                        set NAME to REGEXP's first group in the last command's stdout
//	sign-unsigned FILE OUT [nonce|to|fee]   sign what `--unsigned` wrote with $USER_KEY, as cast would (offline_devnet_test.go)
//	deadrpc | deadrpc calls N               an RPC proxy in front of nothing ($DEADRPC) that counts the calls it fails (inputs_test.go)
//	keystore FILE PASSWORD                  write $USER_KEY as a keystore JSON encrypted with PASSWORD (inputs_test.go)
//	l2wallet FILE [nonce]                   play a wallet pointed at the endpoint `--wallet l2-endpoint` printed to FILE (l2capture_devnet_test.go)
//	l2withdraw [twice|bridge] TO WEI        the test user withdraws WEI to TO directly on L2, as a wallet would (OP:
//	                                        L2ToL1MessagePasser.initiateWithdrawal; Arbitrum: ArbSys.withdrawEth);
//	                                        twice: through a forwarder that makes two such withdrawals in one
//	                                        transaction; bridge (OP): L2StandardBridge.withdrawTo, ETH;
//	                                        sets L2TX to the L2 transaction hash
//
// The test user is $USER_ADDR with its key in $USER_KEY: anvil's account 1 on
// the Arbitrum devnet, account 6 on the OP devnet (where 0-5 play roles).

// opUserKey is the OP devnet's test user: no devnet role sends from it.
const opUserKey = 6

type scriptState struct {
	op       *devnet.OPDevnet
	arb      *devnet.ArbDevnet
	balances map[string]*big.Int
	lastGame common.Address
	homes    map[string]map[string]string
	deadRPC  *rpcproxy.Proxy
}

func state(ts *testscript.TestScript) *scriptState {
	return ts.Value("state").(*scriptState)
}

func setupDevnetEnv(env *testscript.Env) error {
	env.Values["state"] = &scriptState{balances: map[string]*big.Int{}}
	env.Setenv("USER_ADDR", devnet.DevAddress(1).Hex())
	env.Setenv("USER_KEY", devnet.DevKeyHex(1))
	env.Setenv("OTHER_ADDR", devnet.DevAddress(2).Hex())
	env.Setenv("OTHER_KEY", devnet.DevKeyHex(2))
	// An address no devnet role sends from, so its balance moves only by
	// what an escape pays it.
	env.Setenv("RECIPIENT", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")
	if nm, err := devnet.NodeModules(); err == nil {
		env.Setenv("ESCAPE_NODE_MODULES", nm)
	}
	return nil
}

func devnetCmds() map[string]func(ts *testscript.TestScript, neg bool, args []string) {
	return map[string]func(ts *testscript.TestScript, neg bool, args []string){
		"devnet":        cmdDevnet,
		"op":            cmdOP,
		"arb":           cmdArb,
		"balance":       cmdBalance,
		"balance-rose":  cmdBalanceRose,
		"keyfile":       cmdKeyfile,
		"netfile-set":   cmdNetfileSet,
		"nonce":         cmdNonce,
		"proxy":         cmdProxy,
		"wait-signed":   cmdWaitSigned,
		"homehash":      cmdHomeHash,
		"l2withdraw":    cmdL2Withdraw,
		"grab":          cmdGrab,
		"sign-unsigned": cmdSignUnsigned,
		"deadrpc":       cmdDeadRPC,
		"keystore":      cmdKeystore,
		"l2wallet":      cmdL2Wallet,
	}
}

func ctx() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), 2*time.Minute)
}

func cmdDevnet(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 1 {
		ts.Fatalf("usage: devnet op|arb [options]")
	}
	c, cancel := ctx()
	defer cancel()
	st := state(ts)
	opt := func(name string) bool {
		for _, a := range args[1:] {
			if a == name {
				return true
			}
		}
		return false
	}
	switch args[0] {
	case "op":
		o := devnet.OPOptions{Legacy: opt("legacy")}
		if opt("bond") {
			// Games cost a bond, as on real chains (0.08 ETH).
			o.InitBond = new(big.Int).Mul(big.NewInt(8), big.NewInt(1e16))
		}
		if opt("tokens") {
			// The test user holds L2 tokens bridged from L1 through the
			// real standard bridges.
			o.TokenHolders = []common.Address{devnet.DevAddress(opUserKey)}
		}
		d, err := devnet.StartOPDevnet(c, o)
		ts.Check(err)
		ts.Defer(d.Close)
		st.op = d
		// On the OP devnet accounts 0-5 play roles (account 1 is the
		// guardian), so the user is account 6.
		ts.Setenv("USER_ADDR", devnet.DevAddress(opUserKey).Hex())
		ts.Setenv("USER_KEY", devnet.DevKeyHex(opUserKey))
		path := ts.MkAbs("op.json")
		ts.Check(d.WriteNetworkFile(path, "op-devnet"))
		ts.Setenv("NET", path)
		ts.Setenv("L1RPC", d.L1.URL)
		ts.Setenv("L2RPC", d.L2.URL)
		ts.Setenv("L1TOKEN", d.L1Token.Hex())
		ts.Setenv("L2TOKEN", d.L2Token.Hex())
	case "arb":
		l1, err := devnet.StartAnvil(c, devnet.AnvilOptions{ChainID: 31337})
		ts.Check(err)
		ts.Defer(l1.Close)
		d, err := devnet.DeployArbitrum(c, l1, devnet.ArbOptions{DelayBuffer: opt("buffer"), LegacyRollup: opt("legacy")})
		ts.Check(err)
		ts.Check(d.StartArbL2(c))
		ts.Defer(d.Close)
		// A real Bridge holds users' deposits, which the Outbox pays out of.
		ts.Check(l1.SetBalance(c, d.Bridge, new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))))
		st.arb = d
		if opt("tokens") {
			// The real token bridge (routers, standard gateways), the test
			// user holding 1,000,000 base units of its L2 token.
			tb, err := d.DeployTokenBridge(c, devnet.DevAddress(1), big.NewInt(1_000_000))
			ts.Check(err)
			ts.Setenv("L1TOKEN", tb.L1Token.Hex())
			ts.Setenv("L2TOKEN", tb.L2Token.Hex())
		}
		path := ts.MkAbs("arb.json")
		ts.Check(d.WriteNetworkFile(path, "arb-devnet"))
		ts.Setenv("NET", path)
		ts.Setenv("L1RPC", d.L1.URL)
		ts.Setenv("L2RPC", d.L2.URL)
	default:
		ts.Fatalf("unknown devnet %q", args[0])
	}
}

func cmdOP(ts *testscript.TestScript, neg bool, args []string) {
	st := state(ts)
	if st.op == nil || len(args) < 1 {
		ts.Fatalf("usage: op relay|propose|resolve|lose|timeout|history N SECONDS|mine-l2 N|pause|unpause|warp N (after devnet op)")
	}
	c, cancel := ctx()
	defer cancel()
	d := st.op
	var err error
	switch args[0] {
	case "relay":
		var hashes []common.Hash
		hashes, err = d.RelayDeposits(c)
		if err == nil {
			ts.Logf("relayed %d deposits", len(hashes))
		}
	case "propose":
		var head uint64
		head, err = d.L2.Client.BlockNumber(c)
		if err != nil {
			break
		}
		if d.Opts.Legacy {
			_, err = d.ProposeOutputsThrough(c, head)
		} else {
			st.lastGame, _, err = d.ProposeGame(c, head)
			ts.Setenv("GAME", st.lastGame.Hex())
		}
	case "resolve", "lose":
		err = d.ResolveGame(c, st.lastGame, args[0] == "resolve")
	case "timeout":
		// The operators leave the last game unresolved past its clock.
		err = d.WaitOutGameClock(c, st.lastGame)
	case "history":
		// A proposer with a steady pace, which then stops.
		if len(args) != 3 {
			ts.Fatalf("usage: op history GAMES SECONDS")
		}
		n, perr := strconv.Atoi(args[1])
		ts.Check(perr)
		secs, perr := strconv.ParseUint(args[2], 10, 64)
		ts.Check(perr)
		_, err = d.ProposerHistory(c, n, secs)
	case "mine-l2":
		if len(args) != 2 {
			ts.Fatalf("usage: op mine-l2 N")
		}
		n, perr := strconv.ParseUint(args[1], 10, 64)
		ts.Check(perr)
		err = d.L2.Mine(c, n)
	case "pause":
		err = d.Pause(c)
	case "unpause":
		err = d.Unpause(c)
	case "warp":
		if len(args) != 2 {
			ts.Fatalf("usage: op warp SECONDS")
		}
		n, perr := strconv.ParseUint(args[1], 10, 64)
		ts.Check(perr)
		err = d.Warp(c, n)
	default:
		ts.Fatalf("unknown op command %q", args[0])
	}
	if neg {
		if err == nil {
			ts.Fatalf("op %s succeeded unexpectedly", args[0])
		}
		return
	}
	ts.Check(err)
}

func cmdArb(ts *testscript.TestScript, neg bool, args []string) {
	st := state(ts)
	if st.arb == nil || len(args) < 1 {
		ts.Fatalf("usage: arb mine N|sequence|execute-forced|assert|confirm|allow-anyone|force-include|pause|l2-base-fee GWEI (after devnet arb)")
	}
	c, cancel := ctx()
	defer cancel()
	d := st.arb
	var err error
	switch args[0] {
	case "mine":
		if len(args) != 2 {
			ts.Fatalf("usage: arb mine N")
		}
		n, perr := strconv.ParseUint(args[1], 10, 64)
		ts.Check(perr)
		err = d.MineL1(c, n)
	case "sequence":
		_, err = d.Sequence(c)
	case "execute-forced":
		_, err = d.ExecuteForceIncluded(c)
	case "assert":
		_, err = d.Assert(c)
	case "confirm":
		_, err = d.AssertAndConfirm(c)
	case "allow-anyone":
		err = d.SetValidatorWhitelistDisabled(c, true)
	case "force-include":
		_, err = d.ForceInclude(c, nil)
	case "pause":
		err = d.PauseInbox(c)
	case "l2-base-fee":
		// The L2 base fee after an outage: the stand-in sequencer drops a
		// delayed transaction whose max fee is under it, as ArbOS does.
		if len(args) != 2 {
			ts.Fatalf("usage: arb l2-base-fee GWEI")
		}
		g, perr := strconv.ParseUint(args[1], 10, 64)
		ts.Check(perr)
		err = d.SetL2BaseFee(c, new(big.Int).Mul(new(big.Int).SetUint64(g), big.NewInt(1e9)))
	default:
		ts.Fatalf("unknown arb command %q", args[0])
	}
	if neg {
		if err == nil {
			ts.Fatalf("arb %s succeeded unexpectedly", args[0])
		}
		return
	}
	ts.Check(err)
}

func node(ts *testscript.TestScript, layer string) *devnet.Anvil {
	st := state(ts)
	switch {
	case st.op != nil && layer == "l1":
		return st.op.L1
	case st.op != nil && layer == "l2":
		return st.op.L2
	case st.arb != nil && layer == "l1":
		return st.arb.L1
	case st.arb != nil && layer == "l2":
		return st.arb.L2
	}
	ts.Fatalf("no devnet running, or layer %q is not l1 or l2", layer)
	return nil
}

func readBalance(ts *testscript.TestScript, layer, addr string) *big.Int {
	c, cancel := ctx()
	defer cancel()
	st := state(ts)
	var b *big.Int
	var err error
	switch {
	case layer == "l1token" && st.op != nil:
		b, err = st.op.L1TokenBalance(c, common.HexToAddress(addr))
	case layer == "l2token" && st.op != nil:
		b, err = st.op.L2TokenBalance(c, common.HexToAddress(addr))
	default:
		b, err = node(ts, layer).Client.BalanceAt(c, common.HexToAddress(addr), nil)
	}
	ts.Check(err)
	return b
}

func cmdBalance(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 3 {
		ts.Fatalf("usage: balance l1|l2 ADDR NAME")
	}
	state(ts).balances[args[2]] = readBalance(ts, args[0], args[1])
}

func cmdBalanceRose(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 4 {
		ts.Fatalf("usage: balance-rose l1|l2 ADDR NAME WEI")
	}
	before, ok := state(ts).balances[args[2]]
	if !ok {
		ts.Fatalf("no balance saved as %s", args[2])
	}
	want, ok := new(big.Int).SetString(args[3], 10)
	if !ok {
		ts.Fatalf("bad amount %s", args[3])
	}
	got := new(big.Int).Sub(readBalance(ts, args[0], args[1]), before)
	if (got.Cmp(want) == 0) == neg {
		ts.Fatalf("balance of %s on %s changed by %s wei, want %s", args[1], args[0], got, want)
	}
}

func cmdKeyfile(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 {
		ts.Fatalf("usage: keyfile PATH")
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte(ts.Getenv("USER_KEY")+"\n"), 0o600))
}

func cmdNetfileSet(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 3 {
		ts.Fatalf("usage: netfile-set FILE CONTRACT ADDRESS | FILE FIELD JSON")
	}
	path := ts.MkAbs(args[0])
	data, err := os.ReadFile(path)
	ts.Check(err)
	var m map[string]any
	ts.Check(json.Unmarshal(data, &m))
	if _, top := m[args[1]]; top && args[1] != "contracts" {
		// A top-level field (l2ChainId, l2Rpcs): the value as JSON.
		var v any
		ts.Check(json.Unmarshal([]byte(args[2]), &v))
		m[args[1]] = v
		out, err := json.MarshalIndent(m, "", "  ")
		ts.Check(err)
		ts.Check(os.WriteFile(path, out, 0o644))
		return
	}
	contracts, _ := m["contracts"].(map[string]any)
	c, ok := contracts[args[1]].(map[string]any)
	if !ok {
		ts.Fatalf("%s has no contract %s", args[0], args[1])
	}
	c["address"] = args[2]
	out, err := json.MarshalIndent(m, "", "  ")
	ts.Check(err)
	ts.Check(os.WriteFile(path, out, 0o644))
}

func cmdNonce(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 3 {
		ts.Fatalf("usage: nonce l1|l2 ADDR N")
	}
	c, cancel := ctx()
	defer cancel()
	n, err := node(ts, args[0]).Client.NonceAt(c, common.HexToAddress(args[1]), nil)
	ts.Check(err)
	if got := strconv.FormatUint(n, 10); (got == args[2]) == neg {
		ts.Fatalf("%s has nonce %s on %s, want %s", args[1], got, args[0], args[2])
	}
}

func cmdProxy(ts *testscript.TestScript, neg bool, args []string) {
	switch {
	case len(args) == 1 && args[0] == "hang-sends":
		p, err := rpcproxy.Start(node(ts, "l1").URL, rpcproxy.Options{})
		ts.Check(err)
		ts.Defer(func() { p.Close() })
		p.HangSends(nil)
		ts.Setenv("PROXY", p.URL)
	case len(args) == 3 && args[0] == "slow":
		latency, err := time.ParseDuration(args[2])
		ts.Check(err)
		p, err := rpcproxy.Start(node(ts, args[1]).URL, rpcproxy.Options{Latency: latency})
		ts.Check(err)
		ts.Defer(func() { p.Close() })
		ts.Setenv("SLOW_"+strings.ToUpper(args[1]), p.URL)
	default:
		ts.Fatalf("usage: proxy hang-sends | proxy slow l1|l2 LATENCY")
	}
}

// cmdWaitSigned polls the record until a transaction is saved as signed:
// the moment between signing and broadcasting that a crash must survive.
func cmdWaitSigned(ts *testscript.TestScript, neg bool, args []string) {
	dir := filepath.Join(ts.Getenv("ESCAPE_HOME"), "escapes")
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err == nil && strings.Contains(string(data), `"state": "signed"`) {
				return
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	ts.Fatalf("no signed transaction appeared in %s", dir)
}

// homeHashes maps every file under dir (relative path) to its SHA-256.
func homeHashes(ts *testscript.TestScript, dir string) map[string]string {
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		sum := sha256.Sum256(data)
		out[rel] = hex.EncodeToString(sum[:])
		return nil
	})
	ts.Check(err)
	return out
}

// cmdHomeHash checks that a command changed no file under ESCAPE_HOME: no
// file added, removed or rewritten with other bytes.
func cmdHomeHash(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 2 || (args[0] != "save" && args[0] != "same") {
		ts.Fatalf("usage: homehash save|same NAME")
	}
	st := state(ts)
	now := homeHashes(ts, ts.Getenv("ESCAPE_HOME"))
	if args[0] == "save" {
		if st.homes == nil {
			st.homes = map[string]map[string]string{}
		}
		st.homes[args[1]] = now
		ts.Logf("homehash %s: %d files", args[1], len(now))
		return
	}
	before, ok := st.homes[args[1]]
	if !ok {
		ts.Fatalf("no homehash saved as %s", args[1])
	}
	var diffs []string
	for f, h := range before {
		if now[f] == "" {
			diffs = append(diffs, f+" removed")
		} else if now[f] != h {
			diffs = append(diffs, f+" changed")
		}
	}
	for f := range now {
		if before[f] == "" {
			diffs = append(diffs, f+" added")
		}
	}
	sort.Strings(diffs)
	if same := len(diffs) == 0; same == neg {
		if neg {
			ts.Fatalf("no file under ESCAPE_HOME changed since %s (%d files)", args[1], len(now))
		}
		ts.Fatalf("files under ESCAPE_HOME changed since %s: %s", args[1], strings.Join(diffs, ", "))
	}
	ts.Logf("homehash %s: %d files, %d differences", args[1], len(now), len(diffs))
}

// twiceForwarder is the runtime code of a contract that calls the address
// in the first calldata word twice, each time with the rest of the
// calldata and half the value sent, and reverts if either call fails:
//
//	CALLDATASIZE 0 0 CALLDATACOPY
//	2× { 0 0 (CALLDATASIZE-32) 32 (CALLVALUE/2) MLOAD(0) GAS CALL ISZERO JUMPI(fail) }
//	STOP; fail: JUMPDEST 0 DUP1 REVERT
var twiceForwarder = common.FromHex("0x366000600037" +
	"60006000602036036020600234046000515af1156035" + "57" +
	"60006000602036036020600234046000515af1156035" + "57" +
	"00" + "5b600080fd")

var twiceForwarderAddress = common.HexToAddress("0x00000000000000000000000000000000000f0f0f")

func cmdL2Withdraw(ts *testscript.TestScript, neg bool, args []string) {
	twice := len(args) == 3 && args[0] == "twice"
	bridge := len(args) == 3 && args[0] == "bridge"
	if twice || bridge {
		args = args[1:]
	}
	if len(args) != 2 {
		ts.Fatalf("usage: l2withdraw [twice|bridge] TO WEI")
	}
	c, cancel := ctx()
	defer cancel()
	st := state(ts)
	to := common.HexToAddress(args[0])
	value, ok := new(big.Int).SetString(args[1], 10)
	if !ok {
		ts.Fatalf("bad amount %s", args[1])
	}
	var target common.Address
	var data []byte
	key := devnet.DevKey(1)
	switch {
	case st.op != nil && bridge:
		// L2StandardBridge.withdrawTo(Predeploys.LEGACY_ERC20_ETH, to, amount, minGasLimit, extraData)
		target = common.HexToAddress("0x4200000000000000000000000000000000000010")
		data = packCall(ts, "withdrawTo(address,address,uint256,uint32,bytes)",
			common.LeftPadBytes(common.HexToAddress("0xDeadDeAddeAddEAddeadDEaDDEAdDeaDDeAD0000").Bytes(), 32),
			common.LeftPadBytes(to.Bytes(), 32), common.LeftPadBytes(value.Bytes(), 32),
			common.LeftPadBytes(big.NewInt(200_000).Bytes(), 32), common.LeftPadBytes([]byte{0xa0}, 32), make([]byte, 32))
		key = devnet.DevKey(opUserKey)
	case st.op != nil:
		target = common.HexToAddress("0x4200000000000000000000000000000000000016")
		data = packCall(ts, "initiateWithdrawal(address,uint256,bytes)", common.LeftPadBytes(to.Bytes(), 32),
			common.LeftPadBytes(big.NewInt(100_000).Bytes(), 32), common.LeftPadBytes([]byte{0x60}, 32), make([]byte, 32))
		key = devnet.DevKey(opUserKey)
	case st.arb != nil:
		target = devnet.ArbSysAddress
		data = packCall(ts, "withdrawEth(address)", common.LeftPadBytes(to.Bytes(), 32))
	default:
		ts.Fatalf("no devnet running")
	}
	l2 := node(ts, "l2")
	s, err := devnet.NewSender(c, l2.Client, key)
	ts.Check(err)
	if twice {
		ts.Check(l2.SetCode(c, twiceForwarderAddress, twiceForwarder))
		data = append(common.LeftPadBytes(target.Bytes(), 32), data...)
		target = twiceForwarderAddress
		value = new(big.Int).Mul(value, big.NewInt(2))
	}
	r, err := s.SendRaw(c, &target, value, data)
	ts.Check(err)
	ts.Logf("L2 transaction %s, %d logs", r.TxHash.Hex(), len(r.Logs))
	ts.Setenv("L2TX", r.TxHash.Hex())
}

func packCall(ts *testscript.TestScript, sig string, words ...[]byte) []byte {
	out := crypto.Keccak256([]byte(sig))[:4]
	for _, w := range words {
		out = append(out, w...)
	}
	return out
}

func cmdGrab(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 2 {
		ts.Fatalf("usage: grab NAME REGEXP")
	}
	re, err := regexp.Compile(args[1])
	ts.Check(err)
	m := re.FindStringSubmatch(ts.ReadFile("stdout"))
	if len(m) < 2 {
		ts.Fatalf("no match for %s in stdout", args[1])
	}
	ts.Setenv(args[0], m[1])
}
