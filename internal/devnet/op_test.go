package devnet

import (
	"context"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethdb/memorydb"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"

	"github.com/l2escape/escape/escape/network"
	"github.com/l2escape/escape/escape/opstack"
)

func opEther(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

func opTestCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

func opCall(t *testing.T, ctx context.Context, node *Anvil, name string, to common.Address, method string, args ...any) any {
	t.Helper()
	out, err := Call(ctx, node.Client, mustOP(name), to, method, args...)
	if err != nil {
		t.Fatal(err)
	}
	return out[0]
}

func TestDeployOPSets(t *testing.T) {
	for _, legacy := range []bool{false, true} {
		name := map[bool]string{false: "fault-proofs", true: "legacy"}[legacy]
		t.Run(name, func(t *testing.T) {
			ctx := opTestCtx(t)
			start := time.Now()
			d := StartOPDevnetT(t, OPOptions{Legacy: legacy})
			t.Logf("devnet (deploy, L2, seed) ready in %s", time.Since(start))

			wantVersion := map[bool]string{false: "3.10.0", true: "2.8.1-beta.1"}[legacy]
			if v := opCall(t, ctx, d.L1, d.portalName(), d.OptimismPortal, "version"); v != wantVersion {
				t.Fatalf("portal version %v, want %s", v, wantVersion)
			}
			if g := opCall(t, ctx, d.L1, "SuperchainConfig", d.SuperchainConfig, "guardian"); g != d.GuardianAddress() {
				t.Fatalf("guardian %v", g)
			}
			if legacy {
				if p := opCall(t, ctx, d.L1, "L2OutputOracle", d.L2OutputOracle, "PROPOSER"); p != d.ProposerAddress() {
					t.Fatalf("proposer %v", p)
				}
				if f := opCall(t, ctx, d.L1, "L2OutputOracle", d.L2OutputOracle, "FINALIZATION_PERIOD_SECONDS"); f.(*big.Int).Uint64() != 60 {
					t.Fatalf("finalization period %v", f)
				}
			} else {
				if f := opCall(t, ctx, d.L1, "OptimismPortal2", d.OptimismPortal, "disputeGameFactory"); f != d.DisputeGameFactory {
					t.Fatalf("portal's factory %v", f)
				}
				if v := opCall(t, ctx, d.L1, "OptimismPortal2", d.OptimismPortal, "proofMaturityDelaySeconds"); v.(*big.Int).Uint64() != 60 {
					t.Fatalf("proof maturity %v", v)
				}
				if impl := opCall(t, ctx, d.L1, "DisputeGameFactory", d.DisputeGameFactory, "gameImpls", GameTypePermissioned); impl != d.PermissionedDisputeGame {
					t.Fatalf("permissioned impl %v", impl)
				}
			}
			// The L2 predeploys are proxies wired to the L1 side.
			if o := opCall(t, ctx, d.L2, "L2StandardBridge", L2StandardBridgeAddr, "OTHER_BRIDGE"); o != d.L1StandardBridge {
				t.Fatalf("L2 bridge's other bridge %v", o)
			}
			if o := opCall(t, ctx, d.L2, "L2CrossDomainMessenger", L2CrossDomainMessengerAddr, "OTHER_MESSENGER"); o != d.L1CrossDomainMessenger {
				t.Fatalf("L2 messenger's other messenger %v", o)
			}
			// Seeding went through the real flows: the portal holds the ETH
			// and the L1 bridge accounts for the bridged tokens.
			bal, err := d.L1.Client.BalanceAt(ctx, d.OptimismPortal, nil)
			if err != nil || bal.Cmp(opEther(1000)) != 0 {
				t.Fatalf("portal balance %v (%v)", bal, err)
			}
			if dep := opCall(t, ctx, d.L1, "L1StandardBridge", d.L1StandardBridge, "deposits", d.L1Token, d.L2Token); dep.(*big.Int).Cmp(opEther(1000)) != 0 {
				t.Fatalf("L1 bridge deposits %v", dep)
			}
			if bal, err := d.L2TokenBalance(ctx, DevAddress(5)); err != nil || bal.Cmp(opEther(1000)) != 0 {
				t.Fatalf("L2 token balance %v (%v)", bal, err)
			}

			// The network file is accepted by the registry loader.
			path := filepath.Join(t.TempDir(), "devnet.json")
			if err := d.WriteNetworkFile(path, "devnet-op"); err != nil {
				t.Fatal(err)
			}
			n, err := network.Lookup(path)
			if err != nil {
				t.Fatal(err)
			}
			if n.L1ChainID != OPDevnetL1ChainID || n.L2ChainID != OPDevnetL2ChainID || n.L2RPCs[0] != d.L2.URL ||
				n.MustAddress(network.OptimismPortal) != d.OptimismPortal || n.Verified {
				t.Fatalf("network file: %+v", n)
			}
			if _, ok := n.Address(network.L2OutputOracle); ok != legacy {
				t.Fatalf("L2OutputOracle in network file: %v", ok)
			}
		})
	}
}

// opWithdrawalViaPortal has user's L1 EOA send portal.depositTransaction with
// no msg.value, so the L2 call spends the user's existing L2 balance; the
// harness relays it. It returns the L2 receipt and checks that the hash the
// harness used is the one an OP node (op-node's derive package) implies.
func opWithdrawalViaPortal(t *testing.T, ctx context.Context, d *OPDevnet, user int, to common.Address, value *big.Int, gas uint64, data []byte) *types.Receipt {
	t.Helper()
	s, err := NewSender(ctx, d.L1.Client, DevKey(user))
	if err != nil {
		t.Fatal(err)
	}
	l1r, err := s.Transact(ctx, mustOP(d.portalName()), d.OptimismPortal, nil, "depositTransaction", to, value, gas, false, data)
	if err != nil {
		t.Fatal(err)
	}
	var want common.Hash
	for _, l := range l1r.Logs {
		if l.Address == d.OptimismPortal && len(l.Topics) > 0 && l.Topics[0] == TransactionDepositedTopic {
			dep, err := opstack.DepositTxFromLog(l)
			if err != nil {
				t.Fatal(err)
			}
			want = opstack.DepositTxHash(dep)
		}
	}
	hashes, err := d.RelayDeposits(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(hashes) != 1 || hashes[0] != want {
		t.Fatalf("relayed %v, op-node derives %s", hashes, want)
	}
	r, err := d.L2.Client.TransactionReceipt(ctx, want)
	if err != nil {
		t.Fatal(err)
	}
	if r.Status != types.ReceiptStatusSuccessful || r.Type != opstack.DepositTxType {
		t.Fatalf("L2 deposit receipt status %d type %d", r.Status, r.Type)
	}
	// The L2 serves the deposit transaction under the same hash.
	// (go-ethereum has no deposit type to decode it into; internal/oracle
	// checks that op-geth's client reads it back.)
	var tx struct {
		Hash common.Hash    `json:"hash"`
		Type hexutil.Uint64 `json:"type"`
	}
	if err := d.L2.RPC.CallContext(ctx, &tx, "eth_getTransactionByHash", want); err != nil || tx.Hash != want || tx.Type != opstack.DepositTxType {
		t.Fatalf("L2 deposit tx by hash: %+v (%v)", tx, err)
	}
	return r
}

// opCheckWithdrawalEvent parses the receipt's withdrawal with the harness and
// with escape's own parser and checks they agree (internal/oracle holds both
// to op-node's).
func opCheckWithdrawalEvent(t *testing.T, r *types.Receipt) OPWithdrawal {
	t.Helper()
	ws, err := ParseOPWithdrawals(r)
	if err != nil || len(ws) != 1 {
		t.Fatalf("withdrawals %v (%v)", ws, err)
	}
	var found int
	for _, l := range r.Logs {
		if l.Address != L2ToL1MessagePasserAddr {
			continue
		}
		w, h, err := opstack.ParseMessagePassed(l)
		if err != nil || h != ws[0].Hash() || w.Nonce.ToInt().Cmp(ws[0].Nonce) != 0 || w.Value.ToInt().Cmp(ws[0].Value) != 0 {
			t.Fatalf("withdrawal: escape %s %+v, harness %s %+v (%v)", h, w, ws[0].Hash(), ws[0], err)
		}
		found++
	}
	if found != 1 {
		t.Fatalf("%d MessagePassed logs, want 1", found)
	}
	return ws[0]
}

// opProofFor builds the withdrawal proof with the harness and checks it
// against the message passer's storage root: the withdrawal's slot holds
// true. (internal/oracle compares it with op-node/withdrawals' proof.)
func opProofFor(t *testing.T, ctx context.Context, d *OPDevnet, r *types.Receipt, w OPWithdrawal, l2Block uint64) (OPOutputRootProof, [][]byte) {
	t.Helper()
	out, proof, err := d.WithdrawalProof(ctx, w, l2Block)
	if err != nil {
		t.Fatal(err)
	}
	header, err := d.L2.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(l2Block))
	if err != nil {
		t.Fatal(err)
	}
	if header.Hash() != out.LatestBlockhash || header.Root != out.StateRoot {
		t.Fatalf("go-ethereum's header hash %s differs from anvil's %s", header.Hash(), out.LatestBlockhash)
	}
	nodes := memorydb.New()
	for _, n := range proof {
		if err := nodes.Put(crypto.Keccak256(n), n); err != nil {
			t.Fatal(err)
		}
	}
	slot := opstack.StorageSlotOfWithdrawal(w.Hash())
	val, err := trie.VerifyProof(out.MessagePasserStorageRoot, crypto.Keccak256(slot[:]), nodes)
	if err != nil || string(val) != "\x01" {
		t.Fatalf("proof of %s in storage root %s: value %x (%v)", w.Hash(), out.MessagePasserStorageRoot, val, err)
	}
	return out, proof
}

func opMustFail(t *testing.T, err error, want string) {
	t.Helper()
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("got %v, want an error containing %q", err, want)
	}
}

// TestOPFaultProofWithdrawals is the happy path on the fault-proof set with
// raw artifact calls only: ETH through the L2ToL1MessagePasser and the test
// token through the L2StandardBridge, each forced in through the portal,
// proven against a game among invalid ones, finalized after resolution and
// the delays.
func TestOPFaultProofWithdrawals(t *testing.T) {
	ctx := opTestCtx(t)
	d := StartOPDevnetT(t, OPOptions{})
	const user = 5 // holds the L2 test token after seeding
	userAddr := DevAddress(user)
	portal := mustOP("OptimismPortal2")

	// ETH: initiateWithdrawal(user, 100k, "") with 1 ETH of the user's L2 balance.
	ethData := opPack(mustOP("L2ToL1MessagePasser"), "initiateWithdrawal", userAddr, big.NewInt(100_000), []byte{})
	ethR := opWithdrawalViaPortal(t, ctx, d, user, L2ToL1MessagePasserAddr, opEther(1), 200_000, ethData)
	ethW := opCheckWithdrawalEvent(t, ethR)
	if ethW.Sender != userAddr || ethW.Target != userAddr || ethW.Value.Cmp(opEther(1)) != 0 {
		t.Fatalf("ETH withdrawal %+v", ethW)
	}

	// Token: L2StandardBridge.withdraw(l2Token, 25, 200k, "") burns the
	// user's L2 tokens and sends a message to the L1 messenger.
	amount := opEther(25)
	tokData := opPack(mustOP("L2StandardBridge"), "withdraw", d.L2Token, amount, uint32(200_000), []byte{})
	tokR := opWithdrawalViaPortal(t, ctx, d, user, L2StandardBridgeAddr, new(big.Int), 500_000, tokData)
	tokW := opCheckWithdrawalEvent(t, tokR)
	if tokW.Sender != L2CrossDomainMessengerAddr || tokW.Target != d.L1CrossDomainMessenger {
		t.Fatalf("token withdrawal %+v", tokW)
	}
	if bal, _ := d.L2TokenBalance(ctx, userAddr); bal.Cmp(opEther(975)) != 0 {
		t.Fatalf("L2 tokens after withdraw %v", bal)
	}

	// Games: invalid ones around the valid one; one invalid is resolved
	// CHALLENGER_WINS and cannot be proven against.
	l2Block := tokR.BlockNumber.Uint64()
	bad1, bad1Idx, err := d.ProposeInvalidGame(ctx, l2Block)
	if err != nil {
		t.Fatal(err)
	}
	game, idx, err := d.ProposeGame(ctx, l2Block)
	if err != nil {
		t.Fatal(err)
	}
	if _, bad2Idx, err := d.ProposeInvalidGame(ctx, l2Block); err != nil || bad2Idx != idx+1 || idx != bad1Idx+1 {
		t.Fatalf("indices %d %d %d (%v)", bad1Idx, idx, bad2Idx, err)
	}
	if err := d.ResolveGame(ctx, bad1, false); err != nil {
		t.Fatal(err)
	}

	s, err := NewSender(ctx, d.L1.Client, DevKey(user))
	if err != nil {
		t.Fatal(err)
	}
	ethOut, ethProof := opProofFor(t, ctx, d, ethR, ethW, l2Block)
	tokOut, tokProof := opProofFor(t, ctx, d, tokR, tokW, l2Block)
	if ethOut.Root() != tokOut.Root() {
		t.Fatal("two outputs for one block")
	}
	_, err = s.Transact(ctx, portal, d.OptimismPortal, nil, "proveWithdrawalTransaction", ethW, new(big.Int).SetUint64(bad1Idx), ethOut, ethProof)
	opMustFail(t, err, "invalid output root proof")
	for _, p := range []struct {
		w     OPWithdrawal
		proof [][]byte
	}{{ethW, ethProof}, {tokW, tokProof}} {
		if _, err := s.Transact(ctx, portal, d.OptimismPortal, nil, "proveWithdrawalTransaction", p.w, new(big.Int).SetUint64(idx), ethOut, p.proof); err != nil {
			t.Fatal(err)
		}
	}
	_, err = s.Transact(ctx, portal, d.OptimismPortal, nil, "finalizeWithdrawalTransaction", ethW)
	opMustFail(t, err, "not matured yet")

	if err := d.ResolveGame(ctx, game, true); err != nil {
		t.Fatal(err)
	}
	if err := d.Warp(ctx, max(d.Opts.ProofMaturityDelay, d.Opts.DisputeGameFinalityDelay)+1); err != nil {
		t.Fatal(err)
	}

	before, _ := d.L1.Client.BalanceAt(ctx, userAddr, nil)
	r, err := s.Transact(ctx, portal, d.OptimismPortal, nil, "finalizeWithdrawalTransaction", ethW)
	if err != nil {
		t.Fatal(err)
	}
	after, _ := d.L1.Client.BalanceAt(ctx, userAddr, nil)
	fee := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
	if got := new(big.Int).Sub(new(big.Int).Add(after, fee), before); got.Cmp(opEther(1)) != 0 {
		t.Fatalf("L1 balance rose by %s, want 1 ETH", got)
	}

	if _, err := s.Transact(ctx, portal, d.OptimismPortal, nil, "finalizeWithdrawalTransaction", tokW); err != nil {
		t.Fatal(err)
	}
	if bal, _ := d.L1TokenBalance(ctx, userAddr); bal.Cmp(amount) != 0 {
		t.Fatalf("L1 tokens after finalize %v, want %v", bal, amount)
	}
	if dep := opCall(t, ctx, d.L1, "L1StandardBridge", d.L1StandardBridge, "deposits", d.L1Token, d.L2Token); dep.(*big.Int).Cmp(opEther(975)) != 0 {
		t.Fatalf("L1 bridge deposits %v", dep)
	}
}

// TestOPLegacyWithdrawal is the happy path on the L2OutputOracle set: ETH
// through the L2StandardBridge's receive(), across both messengers.
func TestOPLegacyWithdrawal(t *testing.T) {
	ctx := opTestCtx(t)
	d := StartOPDevnetT(t, OPOptions{Legacy: true})
	const user = 6
	userAddr := DevAddress(user)
	portal := mustOP("OptimismPortal")

	r := opWithdrawalViaPortal(t, ctx, d, user, L2StandardBridgeAddr, opEther(2), 500_000, []byte{})
	w := opCheckWithdrawalEvent(t, r)
	if w.Target != d.L1CrossDomainMessenger || w.Value.Cmp(opEther(2)) != 0 {
		t.Fatalf("withdrawal %+v", w)
	}
	l2Block := r.BlockNumber.Uint64()

	// An invalid output is proposed and deleted by the challenger first.
	next := opCall(t, ctx, d.L1, "L2OutputOracle", d.L2OutputOracle, "nextBlockNumber").(*big.Int).Uint64()
	badIdx, err := d.ProposeInvalidOutput(ctx, next)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.DeleteOutputs(ctx, badIdx); err != nil {
		t.Fatal(err)
	}
	indices, err := d.ProposeOutputsThrough(ctx, l2Block)
	if err != nil || len(indices) == 0 || indices[0] != badIdx {
		t.Fatalf("outputs %v (%v)", indices, err)
	}
	outIdx := indices[len(indices)-1]
	proveBlock := opCall(t, ctx, d.L1, "L2OutputOracle", d.L2OutputOracle, "latestBlockNumber").(*big.Int).Uint64()
	if proveBlock < l2Block {
		t.Fatalf("latest output at %d does not cover %d", proveBlock, l2Block)
	}

	s, err := NewSender(ctx, d.L1.Client, DevKey(user))
	if err != nil {
		t.Fatal(err)
	}
	out, proof := opProofFor(t, ctx, d, r, w, proveBlock)
	if _, err := s.Transact(ctx, portal, d.OptimismPortal, nil, "proveWithdrawalTransaction", w, new(big.Int).SetUint64(outIdx), out, proof); err != nil {
		t.Fatal(err)
	}
	_, err = s.Transact(ctx, portal, d.OptimismPortal, nil, "finalizeWithdrawalTransaction", w)
	opMustFail(t, err, "finalization period has not elapsed")
	if err := d.Warp(ctx, d.Opts.FinalizationPeriod+1); err != nil {
		t.Fatal(err)
	}
	before, _ := d.L1.Client.BalanceAt(ctx, userAddr, nil)
	fr, err := s.Transact(ctx, portal, d.OptimismPortal, nil, "finalizeWithdrawalTransaction", w)
	if err != nil {
		t.Fatal(err)
	}
	after, _ := d.L1.Client.BalanceAt(ctx, userAddr, nil)
	fee := new(big.Int).Mul(new(big.Int).SetUint64(fr.GasUsed), fr.EffectiveGasPrice)
	if got := new(big.Int).Sub(new(big.Int).Add(after, fee), before); got.Cmp(opEther(2)) != 0 {
		t.Fatalf("L1 balance rose by %s, want 2 ETH", got)
	}
}

// TestOPProposeGames checks the bulk game helper: a mix of valid and
// invalid games, left in progress or resolved either way, lands in the
// factory with the indices, roots and statuses it reports.
func TestOPProposeGames(t *testing.T) {
	ctx := opTestCtx(t)
	d := StartOPDevnetT(t, OPOptions{})
	head, err := d.L2.Client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var specs []OPGameSpec
	for i := 0; i < 60; i++ {
		specs = append(specs, OPGameSpec{L2Block: head + 1 + uint64(i), Invalid: i%3 == 0, Resolve: OPResolution(i % 3)})
	}
	start := time.Now()
	games, err := d.ProposeGames(ctx, GameTypeCannon, specs)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d games (creates, %d attacks, resolutions) in %s", len(games), len(games)/3, time.Since(start))
	dgf := mustOP("DisputeGameFactory")
	for i, g := range games {
		out, err := Call(ctx, d.L1.Client, dgf, d.DisputeGameFactory, "gameAtIndex", new(big.Int).SetUint64(g.Index))
		if err != nil {
			t.Fatal(err)
		}
		if out[2].(common.Address) != g.Address {
			t.Fatalf("game %d: index %d holds %s", i, g.Index, out[2])
		}
		if st, err := d.GameStatus(ctx, g.Address); err != nil || st != g.Status {
			t.Fatalf("game %d: status %d, reported %d (%v)", i, st, g.Status, err)
		}
		root := opCall(t, ctx, d.L1, "FaultDisputeGame", g.Address, "rootClaim").([32]byte)
		if common.Hash(root) != g.RootClaim {
			t.Fatalf("game %d: root claim differs", i)
		}
		if g.Valid {
			out, err := d.OutputAt(ctx, g.L2Block)
			if err != nil || out.Root() != g.RootClaim {
				t.Fatalf("game %d: valid game's root is not the output root (%v)", i, err)
			}
		}
	}
	// The anchor moved to the last valid game that resolved DEFENDER_WINS.
	if a, err := d.AnchorBlock(ctx, GameTypeCannon); err != nil || a != specs[len(specs)-2].L2Block {
		t.Fatalf("anchor at %d (%v), want %d", a, err, specs[len(specs)-2].L2Block)
	}
}

// TestOPGameRate measures how fast the harness fills the factory, for the
// benchmark of many games. ESCAPE_OP_GAMES sets the count (skipped unless
// set, e.g. ESCAPE_OP_GAMES=10000).
func TestOPGameRate(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("ESCAPE_OP_GAMES"))
	if n == 0 {
		t.Skip("set ESCAPE_OP_GAMES=N to measure")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()
	d := StartOPDevnetT(t, OPOptions{})
	head, err := d.L2.Client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// Anvil's per-block cost grows with the chain, so the games share L2
	// blocks: each block gets one valid game and nine invalid ones (every
	// other invalid one challenged and resolved CHALLENGER_WINS).
	blocks := uint64((n + 9) / 10)
	start := time.Now()
	if err := d.L2.Mine(ctx, blocks); err != nil {
		t.Fatal(err)
	}
	t.Logf("mined %d L2 blocks in %s", blocks, time.Since(start))
	var specs []OPGameSpec
	challenged := 0
	for i := 0; i < n; i++ {
		s := OPGameSpec{L2Block: head + 1 + uint64(i/10), Invalid: i%10 != 0}
		if i%10%2 == 1 {
			s.Resolve = ResolveChallengerWins
			challenged++
		}
		specs = append(specs, s)
	}
	start = time.Now()
	games, err := d.ProposeGames(ctx, GameTypeCannon, specs)
	if err != nil {
		t.Fatal(err)
	}
	el := time.Since(start)
	t.Logf("%d games (%d challenged and resolved) in %s: %.0f games/s", len(games), challenged, el, float64(n)/el.Seconds())
	count := opCall(t, ctx, d.L1, "DisputeGameFactory", d.DisputeGameFactory, "gameCount").(*big.Int)
	if count.Int64() != int64(n) {
		t.Fatalf("gameCount %s", count)
	}
}

// TestOPGuardianAndGames walks one withdrawal through what the guardian and
// the challenger can do to it: a blacklisted game, a change of respected
// game type, a pause, a game the challenger wins, and finally a good
// permissioned game that lets it finalize.
func TestOPGuardianAndGames(t *testing.T) {
	ctx := opTestCtx(t)
	d := StartOPDevnetT(t, OPOptions{})
	const user = 7
	userAddr := DevAddress(user)
	portal := mustOP("OptimismPortal2")
	data := opPack(mustOP("L2ToL1MessagePasser"), "initiateWithdrawal", userAddr, big.NewInt(100_000), []byte{})
	r := opWithdrawalViaPortal(t, ctx, d, user, L2ToL1MessagePasserAddr, opEther(3), 200_000, data)
	w := opCheckWithdrawalEvent(t, r)
	s, err := NewSender(ctx, d.L1.Client, DevKey(user))
	if err != nil {
		t.Fatal(err)
	}
	prove := func(l2Block, index uint64) error {
		out, proof, err := d.WithdrawalProof(ctx, w, l2Block)
		if err != nil {
			t.Fatal(err)
		}
		_, err = s.Transact(ctx, portal, d.OptimismPortal, nil, "proveWithdrawalTransaction", w, new(big.Int).SetUint64(index), out, proof)
		return err
	}
	finalize := func() error {
		_, err := s.Transact(ctx, portal, d.OptimismPortal, nil, "finalizeWithdrawalTransaction", w)
		return err
	}
	waitDelays := func() {
		if err := d.Warp(ctx, max(d.Opts.ProofMaturityDelay, d.Opts.DisputeGameFinalityDelay)+1); err != nil {
			t.Fatal(err)
		}
	}
	block := r.BlockNumber.Uint64()

	// A game of type 0 the guardian blacklists.
	g0, i0, err := d.ProposeGame(ctx, block)
	if err != nil {
		t.Fatal(err)
	}
	if err := prove(block, i0); err != nil {
		t.Fatal(err)
	}
	if err := d.BlacklistGame(ctx, g0); err != nil {
		t.Fatal(err)
	}
	if err := d.ResolveGame(ctx, g0, true); err != nil {
		t.Fatal(err)
	}
	waitDelays()
	opMustFail(t, finalize(), "blacklisted")

	// The guardian moves to permissioned games: type-0 games are out.
	if err := d.SetRespectedGameType(ctx, GameTypePermissioned); err != nil {
		t.Fatal(err)
	}
	if got, _ := d.RespectedGameType(ctx); got != GameTypePermissioned {
		t.Fatalf("respected type %d", got)
	}
	opMustFail(t, prove(block, i0), "invalid game type")

	// A pause stops proving.
	if err := d.Pause(ctx); err != nil {
		t.Fatal(err)
	}
	if p := opCall(t, ctx, d.L1, "OptimismPortal2", d.OptimismPortal, "paused"); p != true {
		t.Fatal("portal not paused")
	}
	g1, i1, err := d.ProposeGame(ctx, block)
	if err != nil {
		t.Fatal(err)
	}
	opMustFail(t, prove(block, i1), "0xf480973e") // CallPaused()
	if err := d.Unpause(ctx); err != nil {
		t.Fatal(err)
	}

	// The challenger wins g1 (even though its root is right).
	if err := prove(block, i1); err != nil {
		t.Fatal(err)
	}
	if err := d.ResolveGame(ctx, g1, false); err != nil {
		t.Fatal(err)
	}
	waitDelays()
	opMustFail(t, finalize(), "has not been validated")
	opMustFail(t, prove(block, i1), "cannot prove against invalid dispute games")

	// A fresh permissioned game at a later block.
	g2, i2, err := d.ProposeGame(ctx, block+1)
	if err != nil {
		t.Fatal(err)
	}
	if typ := opCall(t, ctx, d.L1, "FaultDisputeGame", g2, "gameType"); typ != GameTypePermissioned {
		t.Fatalf("game type %v", typ)
	}
	if err := prove(block+1, i2); err != nil {
		t.Fatal(err)
	}
	if err := d.ResolveGame(ctx, g2, true); err != nil {
		t.Fatal(err)
	}
	// Resolving waited out the game clock (longer than the proof maturity
	// delay); the dispute finality delay has not passed yet.
	opMustFail(t, finalize(), "output proposal in air-gap")
	waitDelays()
	before, _ := d.L1.Client.BalanceAt(ctx, userAddr, nil)
	if err := finalize(); err != nil {
		t.Fatal(err)
	}
	after, _ := d.L1.Client.BalanceAt(ctx, userAddr, nil)
	if after.Cmp(before) <= 0 {
		t.Fatalf("L1 balance %s -> %s", before, after)
	}
	if a, _ := d.AnchorBlock(ctx, GameTypePermissioned); a != block+1 {
		t.Fatalf("anchor %d", a)
	}
	if _, _, err := d.ProposeGame(ctx, block+1); err == nil || !strings.Contains(err.Error(), "anchor") {
		t.Fatalf("a game at the anchor block: %v", err)
	}
}

// TestOPRelayDepositsInOneBlock puts three deposits in one L1 block: one
// succeeds on L2, one reverts there (included with status 0), and one sends
// more value than the sender has on L2, which anvil refuses (reported). The
// included ones carry the hashes an OP node derives (the source hash
// depends on the log index).
func TestOPRelayDepositsInOneBlock(t *testing.T) {
	ctx := opTestCtx(t)
	d := StartOPDevnetT(t, OPOptions{})
	portal := mustOP("OptimismPortal2")
	passer := mustOP("L2ToL1MessagePasser")
	if err := d.L1.Automine(ctx, false); err != nil {
		t.Fatal(err)
	}
	deposits := []struct {
		user  int
		to    common.Address
		value *big.Int
		data  []byte
	}{
		{8, L2ToL1MessagePasserAddr, opEther(1), opPack(passer, "initiateWithdrawal", DevAddress(8), big.NewInt(100_000), []byte{})},
		// User 9 holds no L2 tokens: the bridge's burn reverts.
		{9, L2StandardBridgeAddr, new(big.Int), opPack(mustOP("L2StandardBridge"), "withdraw", d.L2Token, opEther(1), uint32(200_000), []byte{})},
		{7, L2ToL1MessagePasserAddr, opEther(1_000_000), opPack(passer, "initiateWithdrawal", DevAddress(7), big.NewInt(100_000), []byte{})},
	}
	chainID := new(big.Int).SetUint64(d.L1.ChainID)
	var sent []common.Hash
	for _, dep := range deposits {
		input := opPack(portal, "depositTransaction", dep.to, dep.value, uint64(500_000), false, dep.data)
		tx, err := types.SignNewTx(DevKey(dep.user), types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
			ChainID: chainID, Nonce: 0, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9),
			Gas: 800_000, To: &d.OptimismPortal, Data: input})
		if err != nil {
			t.Fatal(err)
		}
		if err := d.L1.Client.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
		sent = append(sent, tx.Hash())
	}
	if err := d.L1.Mine(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if err := d.L1.Automine(ctx, true); err != nil {
		t.Fatal(err)
	}
	var want []common.Hash
	var block uint64
	for _, h := range sent {
		r, err := WaitReceipt(ctx, d.L1.Client, h)
		if err != nil || r.Status != 1 {
			t.Fatalf("L1 deposit %s: %v", h, err)
		}
		if block != 0 && r.BlockNumber.Uint64() != block {
			t.Fatal("deposits landed in different L1 blocks")
		}
		block = r.BlockNumber.Uint64()
		for _, l := range r.Logs {
			if l.Topics[0] == TransactionDepositedTopic {
				dep, err := opstack.DepositTxFromLog(l)
				if err != nil {
					t.Fatal(err)
				}
				want = append(want, opstack.DepositTxHash(dep))
			}
		}
	}
	got, err := d.RelayDeposits(ctx)
	var unincluded *OPUnincludedDepositsError
	if !errors.As(err, &unincluded) || len(unincluded.Deposits) != 1 || unincluded.Deposits[0].L2Hash != want[2] {
		t.Fatalf("relay error %v", err)
	}
	if len(got) != 2 || got[0] != want[0] || got[1] != want[1] || want[0] == want[1] {
		t.Fatalf("relayed %v, want %v", got, want[:2])
	}
	for i, h := range got {
		r, err := d.L2.Client.TransactionReceipt(ctx, h)
		if err != nil {
			t.Fatal(err)
		}
		if wantStatus := uint64(1 - i); r.Status != wantStatus {
			t.Fatalf("deposit %d: L2 status %d, want %d", i, r.Status, wantStatus)
		}
	}
	if again, err := d.RelayDeposits(ctx); err != nil || len(again) != 0 {
		t.Fatalf("second relay: %v (%v)", again, err)
	}
}

// TestAddInlinedLeaf checks the proof fix on a hand-built branch node that
// holds a short leaf inline.
func TestAddInlinedLeaf(t *testing.T) {
	key := common.HexToHash("0xabcdef0000000000000000000000000000000000000000000000000000001234")
	// A leaf for the key's last three nibbles "234" (odd length: flag 3).
	leaf, err := rlp.EncodeToBytes([][]byte{{0x32, 0x34}, {0x01}})
	if err != nil {
		t.Fatal(err)
	}
	items := make([]rlp.RawValue, 17)
	for i := range items {
		items[i] = rlp.RawValue{0x80} // empty
	}
	items[1] = leaf // under nibble 1, the key's fourth nibble from the end
	branch, err := rlp.EncodeToBytes(items)
	if err != nil {
		t.Fatal(err)
	}
	proof := [][]byte{{0xc0}, branch}
	got := AddInlinedLeaf(key, proof)
	if len(got) != 3 || string(got[2]) != string(leaf) {
		t.Fatalf("inlined leaf not appended: %x", got)
	}
	other := common.HexToHash("0xabcdef0000000000000000000000000000000000000000000000000000001235")
	if got := AddInlinedLeaf(other, proof); len(got) != 2 {
		t.Fatal("appended a leaf for another key")
	}
	if got := AddInlinedLeaf(key, [][]byte{leaf}); len(got) != 1 {
		t.Fatal("changed a proof that does not end in a branch")
	}
}
