package arbitrum

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The contracts' interfaces, written as Solidity signatures rather than
// generated bindings: the flow reads a few getters whose shapes have held
// across nitro-contracts releases and must tolerate the ones an older
// release lacks. abi_test.go checks every selector and topic against the
// nitro-contracts 3.2.0 artifacts. Structs returned by getters and carried
// by events are static, so they are read word by word (see words()).

// Precompiles on every Arbitrum chain.
var (
	ArbSysAddress        = common.HexToAddress("0x0000000000000000000000000000000000000064")
	NodeInterfaceAddress = common.HexToAddress("0x00000000000000000000000000000000000000C8")
)

// Delayed message kinds (nitro-contracts src/libraries/MessageTypes.sol)
// and the L2 message sub-kind of a signed transaction (nitro arbos/parse_l2.go).
const (
	KindL2Message         uint8 = 3
	L2MessageKindSignedTx byte  = 4
)

// parseABI builds an ABI from lines such as
//
//	function forceInclusionDeadline(uint64) view returns (uint64)
//	event MessageDelivered(uint256 indexed, bytes32 indexed, address, ...)
//	error UnknownRoot(bytes32)
//
// Only elementary types and arrays of them are supported.
func parseABI(lines ...string) *abi.ABI {
	type arg struct {
		Name    string `json:"name"`
		Type    string `json:"type"`
		Indexed bool   `json:"indexed,omitempty"`
	}
	type entry struct {
		Type            string `json:"type"`
		Name            string `json:"name"`
		Inputs          []arg  `json:"inputs"`
		Outputs         []arg  `json:"outputs,omitempty"`
		StateMutability string `json:"stateMutability,omitempty"`
		Anonymous       bool   `json:"anonymous,omitempty"`
	}
	args := func(s string) []arg {
		s = strings.TrimSpace(s)
		out := []arg{}
		if s == "" {
			return out
		}
		for i, p := range strings.Split(s, ",") {
			f := strings.Fields(p)
			a := arg{Type: f[0], Name: fmt.Sprintf("a%d", i)}
			for _, w := range f[1:] {
				if w == "indexed" {
					a.Indexed = true
				} else {
					a.Name = w
				}
			}
			out = append(out, a)
		}
		return out
	}
	var entries []entry
	for _, l := range lines {
		kind, rest, _ := strings.Cut(strings.TrimSpace(l), " ")
		open := strings.Index(rest, "(")
		close := strings.Index(rest, ")")
		e := entry{Type: kind, Name: rest[:open], Inputs: args(rest[open+1 : close])}
		tail := rest[close+1:]
		if kind == "function" {
			e.StateMutability = "nonpayable"
			for _, m := range []string{"view", "payable", "pure"} {
				if strings.Contains(tail, " "+m) {
					e.StateMutability = m
				}
			}
			if i := strings.Index(tail, "returns ("); i >= 0 {
				r := tail[i+len("returns ("):]
				e.Outputs = args(r[:strings.Index(r, ")")])
			}
		}
		entries = append(entries, e)
	}
	raw, err := json.Marshal(entries)
	if err != nil {
		panic(err)
	}
	a, err := abi.JSON(strings.NewReader(string(raw)))
	if err != nil {
		panic(fmt.Sprintf("arbitrum: bad ABI %s: %v", raw, err))
	}
	return &a
}

var (
	inboxABI = parseABI(
		"function sendL2Message(bytes) returns (uint256)",
		"function bridge() view returns (address)",
		"function sequencerInbox() view returns (address)",
		"function paused() view returns (bool)",
		"event InboxMessageDelivered(uint256 indexed messageNum, bytes data)",
		"error L1Forked()",
		"error DataTooLarge(uint256 dataLength, uint256 maxDataLength)",
		"error NotAllowedOrigin(address origin)",
	)
	bridgeABI = parseABI(
		"function rollup() view returns (address)",
		"function sequencerInbox() view returns (address)",
		"function allowedDelayedInboxes(address) view returns (bool)",
		"function allowedOutboxes(address) view returns (bool)",
		"function delayedInboxAccs(uint256) view returns (bytes32)",
		"function delayedMessageCount() view returns (uint256)",
		"event MessageDelivered(uint256 indexed messageIndex, bytes32 indexed beforeInboxAcc, address inbox, uint8 kind, address sender, bytes32 messageDataHash, uint256 baseFeeL1, uint64 timestamp)",
	)
	sequencerInboxABI = parseABI(
		"function bridge() view returns (address)",
		"function totalDelayedMessagesRead() view returns (uint256)",
		"function maxTimeVariation() view returns (uint256, uint256, uint256, uint256)",
		"function isDelayBufferable() view returns (bool)",
		"function buffer() view returns (uint64, uint64, uint64, uint64, uint64, uint64)",
		"function forceInclusionDeadline(uint64) view returns (uint64)",
		"function forceInclusion(uint256, uint8, uint64[2], uint256, address, bytes32)",
		"error DelayedBackwards()",
		"error DelayedTooFar()",
		"error ForceIncludeBlockTooSoon()",
		"error ForceIncludeTimeTooSoon()",
		"error IncorrectMessagePreimage()",
	)
	outboxABI = parseABI(
		"function rollup() view returns (address)",
		"function bridge() view returns (address)",
		"function isSpent(uint256) view returns (bool)",
		"function roots(bytes32) view returns (bytes32)",
		"function executeTransaction(bytes32[] proof, uint256 index, address l2Sender, address to, uint256 l2Block, uint256 l1Block, uint256 l2Timestamp, uint256 value, bytes data)",
		"error UnknownRoot(bytes32 root)",
		"error AlreadySpent(uint256 index)",
		"error ProofTooLong(uint256 proofLength)",
		"error PathNotMinimal(uint256 index, uint256 maxIndex)",
		"error BridgeCallFailed()",
	)
	// rollupABI holds the getters of both the BoLD rollup (3.x) and the
	// legacy one (1.x, 2.x); latestConfirmed's return differs, so it is
	// read raw.
	rollupABI = parseABI(
		"function bridge() view returns (address)",
		"function outbox() view returns (address)",
		"function inbox() view returns (address)",
		"function sequencerInbox() view returns (address)",
		"function confirmPeriodBlocks() view returns (uint64)",
		"function extraChallengeTimeBlocks() view returns (uint64)",
		"function chainId() view returns (uint256)",
		"function latestConfirmed() view returns (bytes32)",
		"function getAssertion(bytes32) view returns (uint64, uint64, uint64, bool, uint8, bytes32)",
		"function getAssertionCreationBlockForLogLookup(bytes32) view returns (uint256)",
		"function latestNodeCreated() view returns (uint64)",
		"function getNode(uint64) view returns (bytes32, bytes32, bytes32, uint64, uint64, uint64, uint64, uint64, uint64, uint64, uint64, bytes32)",
	)
	arbSysABI = parseABI(
		"function withdrawEth(address destination) payable returns (uint256)",
		"function sendTxToL1(address destination, bytes data) payable returns (uint256)",
		"function sendMerkleTreeState() view returns (uint256 size, bytes32 root, bytes32[] partials)",
		"event L2ToL1Tx(address caller, address indexed destination, uint256 indexed hash, uint256 indexed position, uint256 arbBlockNum, uint256 ethBlockNum, uint256 timestamp, uint256 callvalue, bytes data)",
		"event SendMerkleUpdate(uint256 indexed reserved, bytes32 indexed hash, uint256 indexed position)",
	)
	nodeInterfaceABI = parseABI(
		"function constructOutboxProof(uint64 size, uint64 leaf) view returns (bytes32 send, bytes32 root, bytes32[] proof)",
		"function gasEstimateComponents(address to, bool contractCreation, bytes data) payable returns (uint64 gasEstimate, uint64 gasEstimateForL1, uint256 baseFee, uint256 l1BaseFeeEstimate)",
	)
	l2GatewayRouterABI = parseABI(
		"function outboundTransfer(address _l1Token, address _to, uint256 _amount, bytes _data) payable returns (bytes)",
		"function getGateway(address _token) view returns (address)",
		"function calculateL2TokenAddress(address l1ERC20) view returns (address)",
	)
)

// Rollup event topics (the events carry structs, so they are read by word).
var (
	topicAssertionCreated = crypto.Keccak256Hash([]byte("AssertionCreated(bytes32,bytes32,((bytes32,bytes32,(bytes32,uint256,address,uint64,uint64)),((bytes32[2],uint64[2]),uint8,bytes32),((bytes32[2],uint64[2]),uint8,bytes32)),bytes32,uint256,bytes32,uint256,address,uint64)"))
	topicNodeCreated      = crypto.Keccak256Hash([]byte("NodeCreated(uint64,bytes32,bytes32,bytes32,(((bytes32[2],uint64[2]),uint8),((bytes32[2],uint64[2]),uint8),uint64),bytes32,bytes32,uint256)"))
)

// errorABIs decode the custom errors of every contract the flow sends to.
var errorABIs = []*abi.ABI{sequencerInboxABI, outboxABI, inboxABI}

func pack(a *abi.ABI, method string, args ...any) []byte {
	data, err := a.Pack(method, args...)
	if err != nil {
		panic(fmt.Sprintf("arbitrum: pack %s: %v", method, err))
	}
	return data
}

// words splits return data or event data into 32-byte words.
func words(b []byte) [][]byte {
	var out [][]byte
	for i := 0; i+32 <= len(b); i += 32 {
		out = append(out, b[i:i+32])
	}
	return out
}
