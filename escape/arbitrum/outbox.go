package arbitrum

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/chain"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/record"
)

// maxLogRange is the widest eth_getLogs range the flow asks for: what most
// providers accept. The chain client narrows further on refusals.
const maxLogRange = 10_000

// assertion is a rollup assertion (BoLD) or node (legacy) and what it
// claims about the L2.
type assertion struct {
	ID            string // assertion hash or node number
	Hash          common.Hash
	CreatedAt     uint64 // L1 block
	DeadlineBlock uint64 // legacy: the node's deadline; BoLD: created + confirm period
	L2BlockHash   common.Hash
	SendRoot      common.Hash
	// Filled by sendCount().
	SendCount uint64
	L2Block   uint64
}

// latestConfirmed reads the rollup's latest confirmed assertion with point
// lookups: a getter gives its creation block, one single-block eth_getLogs
// gives its claims.
func (s *Stack) latestConfirmed(ctx context.Context, env *flow.Env, c *contracts) (*assertion, error) {
	lc := newView(c.Rollup, rollupABI(), "latestConfirmed")
	if err := runViews(ctx, env.L1, nil, lc); err != nil {
		return nil, err
	}
	if err := lc.need("Rollup.latestConfirmed()"); err != nil {
		return nil, err
	}
	id, _ := lc.hash(0)
	return s.assertionByID(ctx, env, c, id)
}

func (s *Stack) assertionByID(ctx context.Context, env *flow.Env, c *contracts, id common.Hash) (*assertion, error) {
	if c.BoLD {
		created := newView(c.Rollup, rollupABI(), "getAssertionCreationBlockForLogLookup", id)
		node := newView(c.Rollup, rollupABI(), "getAssertion", id)
		if err := runViews(ctx, env.L1, nil, created, node); err != nil {
			return nil, err
		}
		block, ok := created.uint64(0)
		if !ok {
			if block, ok = node.uint64(2); !ok {
				return nil, node.need("Rollup.getAssertion()")
			}
		}
		a := &assertion{ID: id.Hex(), Hash: id, CreatedAt: block, DeadlineBlock: block + c.ConfirmPeriodBlocks}
		return a, s.fillFromLog(ctx, env, c, a, topicAssertionCreated(), id)
	}
	num := id.Big().Uint64()
	node := newView(c.Rollup, rollupABI(), "getNode", num)
	if err := runViews(ctx, env.L1, nil, node); err != nil {
		return nil, err
	}
	block, ok := node.uint64(10)
	if !ok {
		return nil, node.need("Rollup.getNode()")
	}
	deadline, _ := node.uint64(4)
	a := &assertion{ID: fmt.Sprintf("node %d", num), Hash: id, CreatedAt: block, DeadlineBlock: deadline}
	return a, s.fillFromLog(ctx, env, c, a, topicNodeCreated(), id)
}

// fillFromLog reads the creation event at its block.
func (s *Stack) fillFromLog(ctx context.Context, env *flow.Env, c *contracts, a *assertion, topic, id common.Hash) error {
	b := new(big.Int).SetUint64(a.CreatedAt)
	logs, err := env.L1.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: b, ToBlock: b, Addresses: []common.Address{c.Rollup},
		Topics: [][]common.Hash{{topic}, {id}}})
	if err != nil {
		return escape.Wrap(err, "rpc-error", "try again or pass another --l1-rpc", "could not read the rollup's assertion %s", a.ID)
	}
	if len(logs) == 0 {
		return escape.Errorf("assertion-not-found", "try another --l1-rpc (this one may prune old logs)", "the creation event of assertion %s is not in L1 block %d", a.ID, a.CreatedAt)
	}
	return parseCreated(&logs[0], c.BoLD, a)
}

func parseCreated(l *types.Log, bold bool, a *assertion) error {
	w := words(l.Data)
	// BoLD AssertionCreated: assertion = beforeStateData (7 words),
	// beforeState (6), afterState: globalState.bytes32Vals at 13, 14.
	// Legacy NodeCreated: executionHash, beforeState (5 words), afterState
	// globalState.bytes32Vals at 6, 7.
	i := 13
	if !bold {
		i = 6
	}
	if len(w) < i+2 {
		return errors.New("arbitrum: short assertion event")
	}
	a.L2BlockHash = common.BytesToHash(w[i])
	a.SendRoot = common.BytesToHash(w[i+1])
	return nil
}

// latestCreated returns the newest assertion, scanning backwards from the
// head to the latest confirmed one in ranges of at most maxLogRange (BoLD
// has no getter for it); legacy rollups have latestNodeCreated().
func (s *Stack) latestCreated(ctx context.Context, env *flow.Env, c *contracts, confirmed *assertion) (*assertion, error) {
	if !c.BoLD {
		v := newView(c.Rollup, rollupABI(), "latestNodeCreated")
		if err := runViews(ctx, env.L1, nil, v); err != nil {
			return nil, err
		}
		n, ok := v.uint64(0)
		if !ok {
			return nil, v.need("Rollup.latestNodeCreated()")
		}
		return s.assertionByID(ctx, env, c, common.BigToHash(new(big.Int).SetUint64(n)))
	}
	l, err := env.L1.LatestLog(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(confirmed.CreatedAt), Addresses: []common.Address{c.Rollup},
		Topics: [][]common.Hash{{topicAssertionCreated()}}}, maxLogRange)
	if err != nil {
		return nil, escape.Wrap(err, "rpc-error", "try again or pass another --l1-rpc", "could not scan the rollup's assertions")
	}
	if l == nil {
		return confirmed, nil
	}
	a := &assertion{ID: l.Topics[1].Hex(), Hash: l.Topics[1], CreatedAt: l.BlockNumber, DeadlineBlock: l.BlockNumber + c.ConfirmPeriodBlocks}
	return a, parseCreated(l, true, a)
}

// sendCount reads how many L2-to-L1 sends the L2 had at the assertion's
// block: a Nitro node's block JSON carries sendCount; otherwise ArbSys's
// sendMerkleTreeState() (callable from address zero) at that block.
func (s *Stack) sendCount(ctx context.Context, env *flow.Env, a *assertion) error {
	if a.L2BlockHash == (common.Hash{}) {
		return nil // genesis: nothing sent
	}
	var blk struct {
		Number    *hexutil.Big    `json:"number"`
		SendCount *hexutil.Uint64 `json:"sendCount"`
		SendRoot  *common.Hash    `json:"sendRoot"`
	}
	if err := env.L2.CallContext(ctx, &blk, "eth_getBlockByHash", a.L2BlockHash, false); err != nil {
		return escape.Wrap(err, "rpc-error", "pass another --l2-rpc", "could not read L2 block %s", a.L2BlockHash.Hex())
	}
	if blk.Number == nil {
		return escape.Errorf("l2-block-unknown", "the L2 RPC has not synced this far, or serves another chain; pass another --l2-rpc",
			"the L2 RPC does not know block %s, which assertion %s claims", a.L2BlockHash.Hex(), a.ID)
	}
	a.L2Block = blk.Number.ToInt().Uint64()
	if blk.SendCount != nil {
		a.SendCount = uint64(*blk.SendCount)
		return nil
	}
	zero := common.Address{}
	v := newView(ArbSysAddress, arbSysABI(), "sendMerkleTreeState")
	v.from = &zero
	if err := runViews(ctx, env.L2, new(big.Int).SetUint64(a.L2Block), v); err != nil {
		return err
	}
	n, ok := v.uint64(0)
	if !ok {
		return v.need("the L2's send count (ArbSys.sendMerkleTreeState)")
	}
	a.SendCount = n
	return nil
}

// parseWithdrawal finds ArbSys's L2ToL1Tx in an L2 receipt.
func parseWithdrawal(r *types.Receipt) (*record.ArbWithdrawal, error) {
	ev := arbSysABI().Events["L2ToL1Tx"]
	for _, l := range r.Logs {
		if l.Address != ArbSysAddress || len(l.Topics) != 4 || l.Topics[0] != ev.ID {
			continue
		}
		vals, err := ev.Inputs.NonIndexed().Unpack(l.Data)
		if err != nil {
			return nil, err
		}
		return &record.ArbWithdrawal{
			Position:    l.Topics[3].Big().Uint64(),
			Caller:      vals[0].(common.Address),
			Destination: common.BytesToAddress(l.Topics[1].Bytes()),
			SendHash:    l.Topics[2],
			ArbBlockNum: vals[1].(*big.Int).Uint64(),
			EthBlockNum: vals[2].(*big.Int).Uint64(),
			Timestamp:   vals[3].(*big.Int).Uint64(),
			CallValue:   vals[4].(*big.Int).String(),
			Data:        vals[5].([]byte),
		}, nil
	}
	return nil, nil
}

func withdrawalOf(w *record.ArbWithdrawal) *Withdrawal {
	v, _ := new(big.Int).SetString(w.CallValue, 10)
	if v == nil {
		v = new(big.Int)
	}
	return &Withdrawal{Caller: w.Caller, Destination: w.Destination, SendHash: w.SendHash, Position: w.Position,
		ArbBlockNum: new(big.Int).SetUint64(w.ArbBlockNum), EthBlockNum: new(big.Int).SetUint64(w.EthBlockNum),
		Timestamp: new(big.Int).SetUint64(w.Timestamp), CallValue: v, Data: w.Data}
}

// outboxProof builds the proof of w in the send tree of a.SendCount sends
// and checks it against a.SendRoot: from NodeInterface.constructOutboxProof
// when the L2 RPC offers it, else from the L2's own L2ToL1Tx and
// SendMerkleUpdate events.
func (s *Stack) outboxProof(ctx context.Context, env *flow.Env, w *record.ArbWithdrawal, a *assertion) ([]common.Hash, string, error) {
	ctx = chain.WithPurpose(ctx, "reading your withdrawal's Outbox proof")
	leaf := OutboxLeaf(w.SendHash)
	v := newView(NodeInterfaceAddress, nodeInterfaceABI(), "constructOutboxProof", a.SendCount, w.Position)
	var niErr error
	if err := runViews(ctx, env.L2, nil, v); err == nil && v.err == nil {
		out, err := nodeInterfaceABI().Unpack("constructOutboxProof", v.ret)
		if err == nil {
			var proof []common.Hash
			for _, p := range out[2].([][32]byte) {
				proof = append(proof, p)
			}
			if CalculateRoot(proof, w.Position, leaf) == a.SendRoot {
				return proof, "NodeInterface.constructOutboxProof", nil
			}
			niErr = errors.New("its proof does not lead to the confirmed send root")
		} else {
			niErr = err
		}
	} else if err != nil {
		niErr = err
	} else {
		niErr = v.err
	}
	proof, err := proofFromEvents(ctx, env.L2, w, a)
	if err != nil {
		return nil, "", escape.Wrap(err, "no-outbox-proof",
			"pass an --l2-rpc that answers NodeInterface calls (a Nitro node) or serves old logs",
			"could not build the outbox proof (NodeInterface: %v)", niErr)
	}
	if CalculateRoot(proof, w.Position, leaf) != a.SendRoot {
		return nil, "", escape.Errorf("bad-outbox-proof", "the L2 RPC may serve another chain or a reorganised history; try another --l2-rpc",
			"the proof built from the L2 events does not lead to the confirmed send root %s", a.SendRoot.Hex())
	}
	return proof, "built from the L2's L2ToL1Tx and SendMerkleUpdate events", nil
}

// proofFromEvents looks up the complete subtrees the proof needs by their
// event positions: one eth_getLogs over the L2's history up to the
// assertion's block, or, if the provider refuses, backward in ranges.
func proofFromEvents(ctx context.Context, l2 *chain.Client, w *record.ArbWithdrawal, a *assertion) ([]common.Hash, error) {
	plan, err := newProofPlan(a.SendCount, w.Position)
	if err != nil {
		return nil, err
	}
	known := map[treeNode]common.Hash{}
	byPos := map[common.Hash]treeNode{}
	var positions []common.Hash
	for n := range plan.needed {
		if n.Level == 0 && n.Index == w.Position {
			continue
		}
		byPos[n.eventPosition()] = n
		positions = append(positions, n.eventPosition())
	}
	if len(positions) > 0 {
		l2ToL1, update := arbSysABI().Events["L2ToL1Tx"].ID, arbSysABI().Events["SendMerkleUpdate"].ID
		q := ethereum.FilterQuery{FromBlock: big.NewInt(0), ToBlock: new(big.Int).SetUint64(a.L2Block), Addresses: []common.Address{ArbSysAddress},
			Topics: [][]common.Hash{{l2ToL1, update}, nil, nil, positions}}
		take := func(logs []types.Log) error {
			for _, l := range logs {
				if len(l.Topics) != 4 {
					continue
				}
				n, ok := byPos[l.Topics[3]]
				if !ok {
					continue
				}
				switch {
				case l.Topics[0] == l2ToL1 && n.Level == 0:
					known[n] = OutboxLeaf(l.Topics[2])
				case l.Topics[0] == update && n.Level > 0:
					known[n] = l.Topics[2]
				}
			}
			if len(known) == len(positions) {
				return chain.ErrStopScan
			}
			return nil
		}
		logs, err := l2.FilterLogs(ctx, q)
		if err == nil {
			_ = take(logs)
		} else if err := l2.FilterLogsBackward(ctx, q, maxLogRange, take); err != nil {
			return nil, err
		}
	}
	known[treeNode{0, w.Position}] = OutboxLeaf(w.SendHash)
	return plan.build(known)
}

// keccak is a local shorthand for tests.
var keccak = crypto.Keccak256Hash
