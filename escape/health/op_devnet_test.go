package health_test

import (
	"bytes"
	"context"
	"encoding/json"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/holiman/uint256"

	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/health"
	"github.com/l2escape/escape/internal/devnet"
	"github.com/l2escape/escape/internal/textcheck"
)

func testCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

func dial(t *testing.T, role, url string, chainID uint64) *chain.Client {
	t.Helper()
	c, err := chain.Dial(context.Background(), role, []string{url}, chainID, chain.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

// check runs a health check and also renders it both ways, so every
// scenario exercises the output code.
func check(t *testing.T, ctx context.Context, in health.Input) *health.Report {
	t.Helper()
	r, err := health.Check(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	var human bytes.Buffer
	r.WriteHuman(&human)
	if !strings.HasPrefix(human.String(), r.Summary+"\n") {
		t.Fatalf("human output does not start with the verdict sentence:\n%s", human.String())
	}
	if l := textcheck.NestedBrackets(human.String()); l != "" {
		t.Fatalf("a bracket inside a bracket:\n%s", l)
	}
	if r.NextCommand == "" || !strings.HasSuffix(human.String(), "\n  "+r.NextCommand+"\n") {
		t.Fatalf("human output does not end with the command to run (%q):\n%s", r.NextCommand, human.String())
	}
	if _, err := json.Marshal(r); err != nil {
		t.Fatal(err)
	}
	t.Logf("%s\n%s", r.Verdict, human.String())
	return r
}

func hasReason(r *health.Report, code string, v health.Verdict) bool {
	for _, rs := range r.Reasons {
		if rs.Code == code && rs.Verdict == v {
			return true
		}
	}
	return false
}

func wantVerdict(t *testing.T, r *health.Report, v health.Verdict, code int) {
	t.Helper()
	if r.Verdict != v || r.ExitCode != code {
		t.Fatalf("verdict %s (exit %d), want %s (exit %d); reasons %+v", r.Verdict, r.ExitCode, v, code, r.Reasons)
	}
}

// postOPBatch plays the batcher: a calldata transaction from the batcher
// key (DevKey(4), SystemConfig.batcherHash on the devnet) to the inbox.
func postOPBatch(t *testing.T, ctx context.Context, d *devnet.OPDevnet, key int) common.Hash {
	t.Helper()
	s, err := devnet.NewSender(ctx, d.L1.Client, devnet.DevKey(key))
	if err != nil {
		t.Fatal(err)
	}
	inbox := d.BatchInbox
	r, err := s.SendRaw(ctx, &inbox, nil, []byte{0x00, 0xde, 0xad, 0xbe, 0xef})
	if err != nil {
		t.Fatal(err)
	}
	return r.TxHash
}

// postOPBlobBatch is postOPBatch as an EIP-4844 blob transaction, as
// batchers post on mainnets.
func postOPBlobBatch(t *testing.T, ctx context.Context, d *devnet.OPDevnet) common.Hash {
	t.Helper()
	key := devnet.DevKey(4)
	from := devnet.DevAddress(4)
	var blob kzg4844.Blob
	copy(blob[:], []byte("\x00devnet batch"))
	commit, err := kzg4844.BlobToCommitment(&blob)
	if err != nil {
		t.Fatal(err)
	}
	proof, err := kzg4844.ComputeBlobProof(&blob, commit)
	if err != nil {
		t.Fatal(err)
	}
	sidecar := types.NewBlobTxSidecar(types.BlobSidecarVersion0, []kzg4844.Blob{blob}, []kzg4844.Commitment{commit}, []kzg4844.Proof{proof})
	nonce, err := d.L1.Client.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	id := new(big.Int).SetUint64(d.L1.ChainID)
	send := func(sc *types.BlobTxSidecar) (*types.Transaction, error) {
		tx, err := types.SignNewTx(key, types.LatestSignerForChainID(id), &types.BlobTx{
			ChainID: uint256.MustFromBig(id), Nonce: nonce, GasTipCap: uint256.NewInt(1e9), GasFeeCap: uint256.NewInt(100e9),
			Gas: 50_000, To: d.BatchInbox, BlobFeeCap: uint256.NewInt(100e9), BlobHashes: sc.BlobHashes(), Sidecar: sc,
		})
		if err != nil {
			return nil, err
		}
		return tx, d.L1.Client.SendTransaction(ctx, tx)
	}
	tx, err := send(sidecar)
	if err != nil {
		// Osaka nodes want cell proofs (sidecar version 1).
		if err2 := sidecar.ToV1(); err2 != nil {
			t.Fatal(err, err2)
		}
		if tx, err = send(sidecar); err != nil {
			t.Fatal(err)
		}
	}
	r, err := devnet.WaitReceipt(ctx, d.L1.Client, tx.Hash())
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("blob batch: %v (receipt %+v)", err, r)
	}
	return tx.Hash()
}

func TestOPHealth(t *testing.T) {
	ctx := testCtx(t)
	d := devnet.StartOPDevnetT(t, devnet.OPOptions{})
	net := d.NetworkFile("op-devnet")
	l1 := dial(t, "L1", d.L1.URL, net.L1ChainID)
	in := health.Input{Network: net, L1: l1}

	// A new chain: no game yet, no batch, but its history is too short to
	// call the batcher late.
	r := check(t, ctx, in)
	wantVerdict(t, r, health.Degraded, health.ExitDegraded)
	if !hasReason(r, "no-proposals", health.Degraded) || r.OP.LastBatch != nil {
		t.Fatalf("new chain: reasons %+v, last batch %+v", r.Reasons, r.OP.LastBatch)
	}

	// The operators at work: a batch and a game (resolved when its clock
	// runs out) → healthy.
	game, _, err := d.ProposeGame(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Warp(ctx, 1); err != nil { // (see TestPrefersResolvedGame)
		t.Fatal(err)
	}
	if err := d.ResolveGame(ctx, game, true); err != nil {
		t.Fatal(err)
	}
	batch := postOPBatch(t, ctx, d, 4)
	// Someone else writing to the inbox is not a batch.
	postOPBatch(t, ctx, d, 6)
	r = check(t, ctx, in)
	wantVerdict(t, r, health.Healthy, health.ExitHealthy)
	f := r.OP
	if f.LastBatch == nil || *f.LastBatch.Tx != batch || f.LastBatchBlobs != 0 {
		t.Fatalf("last batch %+v, want the batcher's %s", f.LastBatch, batch)
	}
	if f.Batcher != devnet.DevAddress(4) || f.BatchInbox != d.BatchInbox {
		t.Fatalf("batcher %s inbox %s", f.Batcher, f.BatchInbox)
	}
	if f.RespectedGameType == nil || *f.RespectedGameType != 0 || f.GameCount != 1 || f.LatestRespectedGame == nil || f.LatestRespectedGame.L2Block == nil || *f.LatestRespectedGame.L2Block != 1 {
		t.Fatalf("games: %+v %+v", f, f.LatestRespectedGame)
	}
	if f.PortalPaused || f.SuperchainPaused == nil || *f.SuperchainPaused || f.Guardian != d.GuardianAddress() {
		t.Fatalf("pause: portal %v superchain %v guardian %s", f.PortalPaused, f.SuperchainPaused, f.Guardian)
	}
	if f.SequencingWindowBlocks != 3600 || f.DepositDeadlineBlock != r.L1Head.Block+1+3600 {
		t.Fatalf("deposit deadline %d (window %d) at head %d", f.DepositDeadlineBlock, f.SequencingWindowBlocks, r.L1Head.Block)
	}
	if !strings.Contains(r.Forcing, "Forcing is possible") {
		t.Fatalf("forcing: %s", r.Forcing)
	}

	// The batcher stops. 40 minutes on: degraded; 100 minutes on: down.
	if err := d.Warp(ctx, 40*60); err != nil {
		t.Fatal(err)
	}
	r = check(t, ctx, in)
	wantVerdict(t, r, health.Degraded, health.ExitDegraded)
	if !hasReason(r, "batches-late", health.Degraded) || r.OP.LastBatch == nil || *r.OP.LastBatch.Tx != batch {
		t.Fatalf("40 minutes without batches: %+v", r.Reasons)
	}
	if err := d.Warp(ctx, 60*60); err != nil {
		t.Fatal(err)
	}
	r = check(t, ctx, in)
	wantVerdict(t, r, health.SequencerDown, health.ExitSequencerDown)
	if !hasReason(r, "batches-stalled", health.SequencerDown) {
		t.Fatalf("100 minutes without batches: %+v", r.Reasons)
	}
	// The scan is bounded by time: the last batch is beyond the window
	// (90 + 22.5 minutes) only if more time passes; here it is found.
	if r.OP.LastBatch == nil || r.OP.LastBatch.AgeSeconds < 100*60 {
		t.Fatalf("last batch %+v", r.OP.LastBatch)
	}
	// Far beyond the window the scan stops and says so.
	if err := d.Warp(ctx, 3*3600); err != nil {
		t.Fatal(err)
	}
	r = check(t, ctx, in)
	wantVerdict(t, r, health.SequencerDown, health.ExitSequencerDown)
	if r.OP.LastBatch != nil || r.OP.ScannedBlocks == 0 || r.OP.ScannedBlocks > 3 {
		t.Fatalf("beyond the window: last batch %+v after %d blocks", r.OP.LastBatch, r.OP.ScannedBlocks)
	}
	// Down ends with the command that forces a withdrawal.
	if r.NextCommand != "escape withdraw --network "+net.Arg()+" --amount AMOUNT" || !strings.Contains(r.Next, "runbook") {
		t.Fatalf("sequencer down: next %q, command %q", r.Next, r.NextCommand)
	}
	// But an L2 head read just now is fresh (Warp mined the L2 too): the
	// sequencer makes blocks, so its batches are late, not it down.
	withL2 := in
	withL2.L2 = dial(t, "L2", d.L2.URL, net.L2ChainID)
	r = check(t, ctx, withL2)
	wantVerdict(t, r, health.Degraded, health.ExitDegraded)
	if r.Reasons[0].Code != "l2-producing" || !hasReason(r, "batches-stalled", health.Degraded) || !strings.Contains(r.Summary, "produces blocks") {
		t.Fatalf("fresh L2 head, no batches: summary %q, reasons %+v", r.Summary, r.Reasons)
	}
	if r.NextCommand != "escape health --network "+net.Arg() {
		t.Fatalf("degraded: command %q", r.NextCommand)
	}
	// Thresholds can be raised.
	in2 := in
	in2.Limits = health.Thresholds{BatchDegraded: 10 * time.Hour, BatchDown: 20 * time.Hour}
	r = check(t, ctx, in2)
	wantVerdict(t, r, health.Healthy, health.ExitHealthy)
	if r.OP.LastBatch == nil || *r.OP.LastBatch.Tx != batch {
		t.Fatalf("wide window: %+v", r.OP.LastBatch)
	}

	// The batcher is back, posting blobs: healthy again.
	blobBatch := postOPBlobBatch(t, ctx, d)
	r = check(t, ctx, in)
	wantVerdict(t, r, health.Healthy, health.ExitHealthy)
	if r.OP.LastBatch == nil || *r.OP.LastBatch.Tx != blobBatch || r.OP.LastBatchBlobs != 1 {
		t.Fatalf("blob batch: %+v (%d blobs)", r.OP.LastBatch, r.OP.LastBatchBlobs)
	}

	// The guardian pauses: bridge paused outranks everything.
	if err := d.Pause(ctx); err != nil {
		t.Fatal(err)
	}
	r = check(t, ctx, in)
	wantVerdict(t, r, health.BridgePaused, health.ExitBridgePaused)
	if !r.OP.PortalPaused || r.OP.SuperchainPaused == nil || !*r.OP.SuperchainPaused || !hasReason(r, "bridge-paused", health.BridgePaused) {
		t.Fatalf("paused: %+v", r.Reasons)
	}
	if !strings.Contains(r.Summary, "paused") || !strings.Contains(r.Reasons[0].Text, d.GuardianAddress().Hex()) {
		t.Fatalf("summary %q reason %q", r.Summary, r.Reasons[0].Text)
	}
	if !strings.HasPrefix(r.Next, "Wait") || r.NextCommand != "escape health --network "+net.Arg() {
		t.Fatalf("paused: next %q, command %q", r.Next, r.NextCommand)
	}
	if err := d.Unpause(ctx); err != nil {
		t.Fatal(err)
	}

	// With the L2: its head's age. Warp moved (and mined) the L2 too, so
	// its head is fresh.
	l2 := dial(t, "L2", d.L2.URL, net.L2ChainID)
	in.L2 = l2
	r = check(t, ctx, in)
	wantVerdict(t, r, health.Healthy, health.ExitHealthy)
	l2Head, err := d.L2.Client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if r.L2 == nil || r.L2.Head == nil || r.L2.Head.Block != l2Head || r.L2.Head.AgeSeconds > 5*60 {
		t.Fatalf("L2 facts %+v, want head %d", r.L2, l2Head)
	}
	// The L2 stops making blocks while L1 goes on (and the batcher too).
	if err := d.L1.IncreaseTime(ctx, 15*60); err != nil {
		t.Fatal(err)
	}
	postOPBatch(t, ctx, d, 4)
	r = check(t, ctx, in)
	wantVerdict(t, r, health.SequencerDown, health.ExitSequencerDown)
	if !hasReason(r, "l2-head-stale", health.SequencerDown) || r.L2.Head.AgeSeconds < 15*60 {
		t.Fatalf("stale L2: %+v %+v", r.Reasons, r.L2.Head)
	}
}

// TestOPHealthLegacy covers an L2OutputOracle chain.
func TestOPHealthLegacy(t *testing.T) {
	ctx := testCtx(t)
	d := devnet.StartOPDevnetT(t, devnet.OPOptions{Legacy: true})
	net := d.NetworkFile("op-legacy")
	in := health.Input{Network: net, L1: dial(t, "L1", d.L1.URL, net.L1ChainID)}
	r := check(t, ctx, in)
	if r.OP.ProofSystem != "l2-output-oracle" || r.OP.LatestOutput != nil || !hasReason(r, "no-proposals", health.Degraded) {
		t.Fatalf("no outputs yet: %+v", r.OP)
	}
	idx, err := d.ProposeOutputsThrough(ctx, d.Opts.SubmissionInterval)
	if err != nil {
		t.Fatal(err)
	}
	postOPBatch(t, ctx, d, 4)
	r = check(t, ctx, in)
	wantVerdict(t, r, health.Healthy, health.ExitHealthy)
	if o := r.OP.LatestOutput; o == nil || o.Index != idx[len(idx)-1] || o.L2Block != d.Opts.SubmissionInterval {
		t.Fatalf("latest output %+v, want index %v", o, idx)
	}
}
