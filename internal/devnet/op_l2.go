package devnet

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/rpc"
)

// EIP-1967 slots of the bedrock Proxy.
var (
	proxyImplementationSlot = common.HexToHash("0x360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc")
	proxyAdminSlot          = common.HexToHash("0xb53127684a568b3173ae13b9f8a6016e243e63b6e8ee1178d6a717850b5d6103")
)

// TransactionDepositedTopic is the portal's deposit event.
var TransactionDepositedTopic = crypto.Keccak256Hash([]byte("TransactionDeposited(address,address,uint256,bytes)"))

// MessagePassedTopic is the L2ToL1MessagePasser's withdrawal event.
var MessagePassedTopic = crypto.Keccak256Hash([]byte("MessagePassed(uint256,address,address,uint256,uint256,bytes,bytes32)"))

// StartOPL2 starts the L2: anvil in optimism mode (it executes deposit
// transactions) with the L2 chain id, and the predeploys an escape touches,
// each behind the bedrock Proxy as on a real chain:
// L2ToL1MessagePasser (0x42..16), L1Block (0x42..15, needed by the
// messenger and bridge for the gas-paying token, ETH here),
// L2CrossDomainMessenger (0x42..07, other messenger = the L1 one) and
// L2StandardBridge (0x42..10, other bridge = the L1 one). It also deploys the
// L2 test token, an OptimismMintableERC20 whose remote token is L1Token.
func (d *OPDevnet) StartOPL2(ctx context.Context) (*Anvil, error) {
	if d.L2 != nil {
		return d.L2, nil
	}
	l2, err := StartAnvil(ctx, AnvilOptions{ChainID: d.Opts.L2ChainID, Optimism: true})
	if err != nil {
		return nil, err
	}
	// Everyone, the harness included, talks to the L2 through the proxy
	// that makes anvil's deposit transactions readable by op-geth.
	proxy, err := startOPL2Proxy(l2.URL)
	if err != nil {
		l2.Close()
		return nil, err
	}
	c, err := rpc.DialContext(ctx, proxy.URL)
	if err != nil {
		proxy.Close()
		l2.Close()
		return nil, err
	}
	l2.RPC.Close()
	d.l2Proxy, d.L2AnvilURL = proxy, l2.URL
	l2.URL, l2.RPC, l2.Client = proxy.URL, c, ethclient.NewClient(c)
	d.L2 = l2
	if err := d.installPredeploys(ctx); err != nil {
		d.L2 = nil
		l2.Close()
		proxy.Close()
		return nil, err
	}
	return l2, nil
}

func (d *OPDevnet) installPredeploys(ctx context.Context) error {
	s, err := d.sender(ctx, d.Deployer, true)
	if err != nil {
		return err
	}
	dep := &opDeployer{ctx: ctx, s: s}
	impls := []struct {
		at   common.Address
		name string
	}{
		{L2ToL1MessagePasserAddr, "L2ToL1MessagePasser"},
		{L1BlockAddr, "L1Block"},
		{L2CrossDomainMessengerAddr, "L2CrossDomainMessenger"},
		{L2StandardBridgeAddr, "L2StandardBridge"},
	}
	proxyCode := mustOP("Proxy").Deployed
	for _, p := range impls {
		impl := dep.deploy(p.name)
		if dep.err != nil {
			return dep.err
		}
		if err := d.L2.SetCode(ctx, p.at, proxyCode); err != nil {
			return err
		}
		if err := d.L2.SetStorageAt(ctx, p.at, proxyAdminSlot, common.BytesToHash(L2ProxyAdminAddr.Bytes())); err != nil {
			return err
		}
		if err := d.L2.SetStorageAt(ctx, p.at, proxyImplementationSlot, common.BytesToHash(impl.Bytes())); err != nil {
			return err
		}
	}
	dep.transact("L2CrossDomainMessenger", L2CrossDomainMessengerAddr, "initialize", d.L1CrossDomainMessenger)
	dep.transact("L2StandardBridge", L2StandardBridgeAddr, "initialize", d.L1StandardBridge)
	d.L2Token = dep.deploy("OptimismMintableERC20", L2StandardBridgeAddr, d.L1Token, "Devnet Token", "DEVT", uint8(18))
	return dep.err
}

// Seed funds the devnet through real flows: the opDeployer deposits
// Opts.PortalETH into the portal (so ETH withdrawals can be paid on L1), and
// bridges Opts.TokenAmount of L1Token to each of Opts.TokenHolders through
// L1StandardBridge.bridgeERC20To (so the L1 bridge's deposits mapping backs
// token withdrawals). The deposits are relayed to L2 and checked.
func (d *OPDevnet) Seed(ctx context.Context) error {
	s, err := d.sender(ctx, d.Deployer, false)
	if err != nil {
		return err
	}
	if d.Opts.PortalETH.Sign() > 0 {
		if _, err := s.Transact(ctx, mustOP(d.portalName()), d.OptimismPortal, d.Opts.PortalETH, "depositTransaction",
			s.From, d.Opts.PortalETH, uint64(100_000), false, []byte{}); err != nil {
			return err
		}
	}
	if n := len(d.Opts.TokenHolders); n > 0 && d.Opts.TokenAmount.Sign() > 0 {
		total := new(big.Int).Mul(d.Opts.TokenAmount, big.NewInt(int64(n)))
		erc20 := mustOP("TestERC20")
		if _, err := s.Transact(ctx, erc20, d.L1Token, nil, "mint", s.From, total); err != nil {
			return err
		}
		if _, err := s.Transact(ctx, erc20, d.L1Token, nil, "approve", d.L1StandardBridge, total); err != nil {
			return err
		}
		for _, h := range d.Opts.TokenHolders {
			if _, err := s.Transact(ctx, mustOP("L1StandardBridge"), d.L1StandardBridge, nil, "bridgeERC20To",
				d.L1Token, d.L2Token, h, d.Opts.TokenAmount, uint32(200_000), []byte{}); err != nil {
				return err
			}
		}
	}
	hashes, err := d.RelayDeposits(ctx)
	if err != nil {
		return err
	}
	for _, h := range hashes {
		r, err := d.L2.Client.TransactionReceipt(ctx, h)
		if err != nil {
			return err
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return fmt.Errorf("devnet: seeding deposit %s failed on L2", h)
		}
	}
	for _, h := range d.Opts.TokenHolders {
		bal, err := d.L2TokenBalance(ctx, h)
		if err != nil {
			return err
		}
		if bal.Cmp(d.Opts.TokenAmount) < 0 {
			return fmt.Errorf("devnet: %s holds %s L2 tokens after seeding, want %s", h, bal, d.Opts.TokenAmount)
		}
	}
	return nil
}

func (d *OPDevnet) portalName() string {
	if d.Legacy {
		return "OptimismPortal"
	}
	return "OptimismPortal2"
}

// L2TokenBalance is the L2 test token balance of holder.
func (d *OPDevnet) L2TokenBalance(ctx context.Context, holder common.Address) (*big.Int, error) {
	return opERC20Balance(ctx, d.L2, d.L2Token, holder)
}

// L1TokenBalance is the L1 test token balance of holder.
func (d *OPDevnet) L1TokenBalance(ctx context.Context, holder common.Address) (*big.Int, error) {
	return opERC20Balance(ctx, d.L1, d.L1Token, holder)
}

func opERC20Balance(ctx context.Context, node *Anvil, token, holder common.Address) (*big.Int, error) {
	out, err := Call(ctx, node.Client, mustOP("TestERC20"), token, "balanceOf", holder)
	if err != nil {
		return nil, err
	}
	return out[0].(*big.Int), nil
}

// OPDepositTx rebuilds the L2 deposit transaction implied by one
// TransactionDeposited log, as an OP node derives it: a user-deposit source
// hash from the L1 block hash and the log's index in that block, and the
// fields packed in opaqueData. Its Hash() is the L2 transaction hash.
func OPDepositTx(l *types.Log) (*OPDeposit, error) {
	if len(l.Topics) != 4 || l.Topics[0] != TransactionDepositedTopic {
		return nil, fmt.Errorf("devnet: log %d of %s is not a TransactionDeposited event", l.Index, l.TxHash)
	}
	if l.Topics[3] != (common.Hash{}) {
		return nil, fmt.Errorf("devnet: deposit version %s is not supported", l.Topics[3])
	}
	args := abi.Arguments{{Type: opABIType("bytes")}}
	vals, err := args.Unpack(l.Data)
	if err != nil {
		return nil, fmt.Errorf("devnet: deposit opaqueData: %w", err)
	}
	opaque := vals[0].([]byte)
	// abi.encodePacked(uint256 mint, uint256 value, uint64 gasLimit, bool isCreation, bytes data)
	if len(opaque) < 32+32+8+1 {
		return nil, fmt.Errorf("devnet: deposit opaqueData too short (%d bytes)", len(opaque))
	}
	mint := new(big.Int).SetBytes(opaque[0:32])
	value := new(big.Int).SetBytes(opaque[32:64])
	gas := binary.BigEndian.Uint64(opaque[64:72])
	isCreation := opaque[72] != 0
	data := common.CopyBytes(opaque[73:])
	var to *common.Address
	if !isCreation {
		a := common.BytesToAddress(l.Topics[2][12:])
		to = &a
	}
	return &OPDeposit{
		SourceHash:          UserDepositSourceHash(l.BlockHash, uint64(l.Index)),
		From:                common.BytesToAddress(l.Topics[1][12:]),
		To:                  to,
		Mint:                mint,
		Value:               value,
		Gas:                 gas,
		IsSystemTransaction: false,
		Data:                data,
	}, nil
}

// OPDeposit is a deposit transaction (type 0x7E) in the deposits spec's
// field order. The harness encodes it itself: go-ethereum has no deposit
// type (op-geth's is compared with it in internal/oracle).
type OPDeposit struct {
	SourceHash          common.Hash
	From                common.Address
	To                  *common.Address `rlp:"nil"`
	Mint                *big.Int        `rlp:"nil"`
	Value               *big.Int
	Gas                 uint64
	IsSystemTransaction bool
	Data                []byte
}

// MarshalBinary is 0x7E ++ rlp(fields), what eth_sendRawTransaction takes.
func (d *OPDeposit) MarshalBinary() ([]byte, error) {
	body, err := rlp.EncodeToBytes(d)
	if err != nil {
		return nil, err
	}
	return append([]byte{0x7E}, body...), nil
}

// Hash is the L2 transaction hash: keccak256 of the binary form.
func (d *OPDeposit) Hash() common.Hash {
	raw, err := d.MarshalBinary()
	if err != nil {
		panic(err) // only a negative value or mint, which no log encodes
	}
	return crypto.Keccak256Hash(raw)
}

// UserDepositSourceHash is keccak256(bytes32(0) ++ keccak256(l1BlockHash ++
// bytes32(logIndex))), the source hash of a user deposit (deposits spec).
func UserDepositSourceHash(l1BlockHash common.Hash, logIndex uint64) common.Hash {
	var idx common.Hash
	binary.BigEndian.PutUint64(idx[24:], logIndex)
	inner := crypto.Keccak256Hash(l1BlockHash[:], idx[:])
	var domain common.Hash // 0 = user deposit
	return crypto.Keccak256Hash(domain[:], inner[:])
}

// OPUnincludedDeposit is a deposit anvil refused to include.
type OPUnincludedDeposit struct {
	L1Tx   common.Hash
	L2Hash common.Hash // the hash a real OP node would give it
	Reason string
}

// OPUnincludedDepositsError is returned by RelayDeposits (beside the hashes
// it did include) when anvil's transaction pool refused deposits whose value
// exceeds the sender's L2 balance plus mint. A real OP node includes such a
// deposit as a failed transaction (status 0, mint credited, nonce bumped);
// anvil cannot, so such a deposit never appears on the devnet L2.
type OPUnincludedDepositsError struct {
	Deposits []OPUnincludedDeposit
}

func (e *OPUnincludedDepositsError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "devnet: anvil refused %d deposit(s) a real OP node would include as failed:", len(e.Deposits))
	for _, u := range e.Deposits {
		fmt.Fprintf(&b, " %s (from L1 tx %s: %s)", u.L2Hash, u.L1Tx, u.Reason)
	}
	return b.String()
}

// RelayDeposits plays the sequencer: it reads the portal's
// TransactionDeposited logs from the L1 blocks after the last relay up to
// the L1 head and includes each on L2, in order, as a real deposit
// transaction (eth_sendRawTransaction of 0x7E || rlp(...)). It returns the L2
// transaction hashes, which are the hashes a user computes from the L1 log.
// A deposit whose L2 execution fails is still included (its receipt has
// status 0), as on a real chain, except the one case anvil refuses (see
// OPUnincludedDepositsError, returned with the included hashes).
func (d *OPDevnet) RelayDeposits(ctx context.Context) ([]common.Hash, error) {
	if d.L2 == nil {
		return nil, fmt.Errorf("devnet: the OP L2 is not started (call StartOPL2)")
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	head, err := d.L1.Client.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	if head <= d.relayedThrough {
		return nil, nil
	}
	logs, err := d.L1.Client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(d.relayedThrough + 1),
		ToBlock:   new(big.Int).SetUint64(head),
		Addresses: []common.Address{d.OptimismPortal},
		Topics:    [][]common.Hash{{TransactionDepositedTopic}},
	})
	if err != nil {
		return nil, err
	}
	var hashes []common.Hash
	var unincluded []OPUnincludedDeposit
	for i := range logs {
		if logs[i].Removed {
			continue
		}
		tx, err := OPDepositTx(&logs[i])
		if err != nil {
			return hashes, err
		}
		raw, err := tx.MarshalBinary()
		if err != nil {
			return hashes, err
		}
		var got common.Hash
		err = d.L2.RPC.CallContext(ctx, &got, "eth_sendRawTransaction", hexutil.Bytes(raw))
		// anvil's pool can still hold the previous deposit from the same
		// account for a moment after its receipt on a loaded machine; it
		// then calls this one a replacement. Try again briefly.
		for try := 0; err != nil && try < 20 && strings.Contains(err.Error(), "replacement transaction underpriced"); try++ {
			time.Sleep(100 * time.Millisecond)
			err = d.L2.RPC.CallContext(ctx, &got, "eth_sendRawTransaction", hexutil.Bytes(raw))
		}
		if err != nil {
			if strings.Contains(strings.ToLower(err.Error()), "insufficient funds") {
				unincluded = append(unincluded, OPUnincludedDeposit{L1Tx: logs[i].TxHash, L2Hash: tx.Hash(), Reason: err.Error()})
				continue
			}
			return hashes, fmt.Errorf("devnet: include deposit from L1 tx %s on L2: %w", logs[i].TxHash, err)
		}
		if got != tx.Hash() {
			return hashes, fmt.Errorf("devnet: L2 returned hash %s for deposit %s", got, tx.Hash())
		}
		if _, err := WaitReceipt(ctx, d.L2.Client, got); err != nil {
			return hashes, err
		}
		hashes = append(hashes, got)
	}
	d.relayedThrough = head
	if len(unincluded) > 0 {
		return hashes, &OPUnincludedDepositsError{Deposits: unincluded}
	}
	return hashes, nil
}

// SkipDeposits marks every deposit made so far as handled without
// including it (for tests of a sequencer that never includes them).
func (d *OPDevnet) SkipDeposits(ctx context.Context) error {
	head, err := d.L1.Client.BlockNumber(ctx)
	if err != nil {
		return err
	}
	d.mu.Lock()
	d.relayedThrough = head
	d.mu.Unlock()
	return nil
}

// OPOutputRootProof is Types.OutputRootProof; it packs as the tuple the
// portal's proveWithdrawalTransaction takes.
type OPOutputRootProof struct {
	Version                  common.Hash
	StateRoot                common.Hash
	MessagePasserStorageRoot common.Hash
	LatestBlockhash          common.Hash
}

// Root is the version-0 output root: keccak256(version ++ stateRoot ++
// messagePasserStorageRoot ++ blockHash).
func (p OPOutputRootProof) Root() common.Hash {
	return crypto.Keccak256Hash(p.Version[:], p.StateRoot[:], p.MessagePasserStorageRoot[:], p.LatestBlockhash[:])
}

type opRPCBlockRoots struct {
	Hash      common.Hash `json:"hash"`
	StateRoot common.Hash `json:"stateRoot"`
}

type opRPCProof struct {
	StorageHash  common.Hash `json:"storageHash"`
	StorageProof []struct {
		Key   string          `json:"key"`
		Value *hexutil.Big    `json:"value"`
		Proof []hexutil.Bytes `json:"proof"`
	} `json:"storageProof"`
}

// OutputAt computes the output root proof of an L2 block from the L2 node:
// the block's state root and hash (as the node reports them) and the
// L2ToL1MessagePasser's storage root from eth_getProof.
func (d *OPDevnet) OutputAt(ctx context.Context, l2Block uint64) (OPOutputRootProof, error) {
	p, _, err := d.messagePasserProof(ctx, l2Block, nil)
	return p, err
}

func (d *OPDevnet) messagePasserProof(ctx context.Context, l2Block uint64, slots []common.Hash) (OPOutputRootProof, *opRPCProof, error) {
	if d.L2 == nil {
		return OPOutputRootProof{}, nil, fmt.Errorf("devnet: the OP L2 is not started (call StartOPL2)")
	}
	num := hexutil.EncodeUint64(l2Block)
	var blk *opRPCBlockRoots
	if err := d.L2.RPC.CallContext(ctx, &blk, "eth_getBlockByNumber", num, false); err != nil {
		return OPOutputRootProof{}, nil, err
	}
	if blk == nil {
		return OPOutputRootProof{}, nil, fmt.Errorf("devnet: L2 block %d does not exist", l2Block)
	}
	keys := make([]string, len(slots))
	for i, s := range slots {
		keys[i] = s.Hex()
	}
	var proof opRPCProof
	if err := d.L2.RPC.CallContext(ctx, &proof, "eth_getProof", L2ToL1MessagePasserAddr, keys, num); err != nil {
		return OPOutputRootProof{}, nil, err
	}
	return OPOutputRootProof{StateRoot: blk.StateRoot, MessagePasserStorageRoot: proof.StorageHash, LatestBlockhash: blk.Hash}, &proof, nil
}

// OPWithdrawal is Types.WithdrawalTransaction, read from a MessagePassed
// event; it packs as the tuple the portal's prove and finalize take.
type OPWithdrawal struct {
	Nonce    *big.Int
	Sender   common.Address
	Target   common.Address
	Value    *big.Int
	GasLimit *big.Int
	Data     []byte
}

// Hash is keccak256(abi.encode(nonce, sender, target, value, gasLimit, data)).
func (w OPWithdrawal) Hash() common.Hash {
	args := abi.Arguments{{Type: opABIType("uint256")}, {Type: opABIType("address")}, {Type: opABIType("address")},
		{Type: opABIType("uint256")}, {Type: opABIType("uint256")}, {Type: opABIType("bytes")}}
	enc, err := args.Pack(w.Nonce, w.Sender, w.Target, w.Value, w.GasLimit, w.Data)
	if err != nil {
		panic(err)
	}
	return crypto.Keccak256Hash(enc)
}

// StorageSlot is the withdrawal's slot in the L2ToL1MessagePasser's
// sentMessages mapping (slot 0): keccak256(abi.encode(hash, 0)).
func (w OPWithdrawal) StorageSlot() common.Hash {
	h := w.Hash()
	return crypto.Keccak256Hash(h[:], make([]byte, 32))
}

// ParseOPWithdrawals returns the withdrawals an L2 receipt initiated, in log
// order, checking each event's withdrawalHash against the recomputed hash.
func ParseOPWithdrawals(r *types.Receipt) ([]OPWithdrawal, error) {
	passer := mustOP("L2ToL1MessagePasser")
	var out []OPWithdrawal
	for _, l := range r.Logs {
		if l.Address != L2ToL1MessagePasserAddr || len(l.Topics) != 4 || l.Topics[0] != MessagePassedTopic {
			continue
		}
		vals, err := passer.ABI.Unpack("MessagePassed", l.Data)
		if err != nil {
			return nil, err
		}
		w := OPWithdrawal{
			Nonce:    new(big.Int).SetBytes(l.Topics[1][:]),
			Sender:   common.BytesToAddress(l.Topics[2][12:]),
			Target:   common.BytesToAddress(l.Topics[3][12:]),
			Value:    vals[0].(*big.Int),
			GasLimit: vals[1].(*big.Int),
			Data:     vals[2].([]byte),
		}
		if h := common.Hash(vals[3].([32]byte)); h != w.Hash() {
			return nil, fmt.Errorf("devnet: MessagePassed withdrawalHash %s differs from the recomputed %s", h, w.Hash())
		}
		out = append(out, w)
	}
	return out, nil
}

// WithdrawalProof builds what proveWithdrawalTransaction needs to prove w
// against an output at l2Block: the output root proof and the storage proof
// of the withdrawal's slot in the L2ToL1MessagePasser. When the proof ends in
// a branch node holding the leaf inline (a leaf shorter than 32 bytes), the
// leaf is appended as its own element, because the on-chain MerkleTrie
// cannot read an inlined leaf (op-node/withdrawals does not do this).
func (d *OPDevnet) WithdrawalProof(ctx context.Context, w OPWithdrawal, l2Block uint64) (OPOutputRootProof, [][]byte, error) {
	slot := w.StorageSlot()
	out, proof, err := d.messagePasserProof(ctx, l2Block, []common.Hash{slot})
	if err != nil {
		return OPOutputRootProof{}, nil, err
	}
	if len(proof.StorageProof) != 1 {
		return OPOutputRootProof{}, nil, fmt.Errorf("devnet: eth_getProof returned %d storage proofs", len(proof.StorageProof))
	}
	sp := proof.StorageProof[0]
	if sp.Value == nil || (*big.Int)(sp.Value).Cmp(big.NewInt(1)) != 0 {
		return OPOutputRootProof{}, nil, fmt.Errorf("devnet: withdrawal %s is not in the message passer at L2 block %d", w.Hash(), l2Block)
	}
	nodes := make([][]byte, len(sp.Proof))
	for i, n := range sp.Proof {
		nodes[i] = n
	}
	return out, AddInlinedLeaf(crypto.Keccak256Hash(slot[:]), nodes), nil
}

// AddInlinedLeaf appends the leaf for trieKey (the hashed key of a secure
// trie) when the proof's last node is a branch that holds that leaf inline.
// Proofs that do not end that way are returned unchanged.
func AddInlinedLeaf(trieKey common.Hash, proof [][]byte) [][]byte {
	if len(proof) == 0 {
		return proof
	}
	var items []rlp.RawValue
	if err := rlp.DecodeBytes(proof[len(proof)-1], &items); err != nil || len(items) != 17 {
		return proof
	}
	keyNibbles := make([]byte, 0, 64)
	for _, b := range trieKey {
		keyNibbles = append(keyNibbles, b>>4, b&0x0f)
	}
	for _, item := range items[:16] {
		kind, _, _, err := rlp.Split(item)
		if err != nil || kind != rlp.List {
			continue
		}
		var leaf [][]byte
		if err := rlp.DecodeBytes(item, &leaf); err != nil || len(leaf) != 2 || len(leaf[0]) == 0 {
			continue
		}
		path, isLeaf := opCompactToNibbles(leaf[0])
		if isLeaf && bytes.HasSuffix(keyNibbles, path) {
			return append(append([][]byte{}, proof...), common.CopyBytes(item))
		}
	}
	return proof
}

// opCompactToNibbles decodes a hex-prefix encoded path and reports whether it
// is a leaf's.
func opCompactToNibbles(compact []byte) ([]byte, bool) {
	flag := compact[0] >> 4
	var nib []byte
	if flag&1 == 1 {
		nib = append(nib, compact[0]&0x0f)
	}
	for _, b := range compact[1:] {
		nib = append(nib, b>>4, b&0x0f)
	}
	return nib, flag&2 == 2
}

func opABIType(t string) abi.Type {
	ty, err := abi.NewType(t, "", nil)
	if err != nil {
		panic(err)
	}
	return ty
}
