package arbitrum

import (
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/bindings/nitro"
	"github.com/l2escape/escape/bindings/tokenbridge"
	"github.com/l2escape/escape/escape/chain"
)

// The contracts' interfaces are the generated bindings' ABIs (bindings/nitro,
// bindings/nitrolegacy, bindings/tokenbridge): one source for every selector,
// topic and custom error. Structs returned by getters and carried by events
// are static, so the flow reads them word by word (see words()).

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

var (
	inboxABI          = chain.LazyABI(nitro.InboxMetaData)
	bridgeABI         = chain.LazyABI(nitro.BridgeMetaData)
	sequencerInboxABI = chain.LazyABI(nitro.SequencerInboxMetaData)
	outboxABI         = chain.LazyABI(nitro.OutboxMetaData)
	arbSysABI         = chain.LazyABI(nitro.ArbSysMetaData)
	nodeInterfaceABI  = chain.LazyABI(nitro.NodeInterfaceMetaData)
	// l2GatewayRouterABI: "outboundTransfer" is the 4-argument overload
	// (selector 0x7b3a3c8b) that the L2 router takes from users.
	l2GatewayRouterABI = chain.LazyABI(tokenbridge.L2GatewayRouterMetaData)
	// rollupABI holds the getters of both the BoLD rollup (3.x) and the
	// legacy one (1.x, 2.x); latestConfirmed's return differs, so it is
	// read raw.
	rollupABI = sync.OnceValue(func() *abi.ABI { return mergeABIs(boldRollupABI(), legacyRollupABI()) })
)

// mergeABIs returns the methods, events and errors of every ABI given; on a
// name both hold, the first wins (the flow only packs such calls, whose
// selectors agree, and reads their answers raw).
func mergeABIs(abis ...*abi.ABI) *abi.ABI {
	out := &abi.ABI{Methods: map[string]abi.Method{}, Events: map[string]abi.Event{}, Errors: map[string]abi.Error{}}
	for _, a := range abis {
		for n, m := range a.Methods {
			if _, ok := out.Methods[n]; !ok {
				out.Methods[n] = m
			}
		}
		for n, e := range a.Events {
			if _, ok := out.Events[n]; !ok {
				out.Events[n] = e
			}
		}
		for n, e := range a.Errors {
			if _, ok := out.Errors[n]; !ok {
				out.Errors[n] = e
			}
		}
	}
	return out
}

// Rollup event topics, from the bindings' ABIs (the events carry structs,
// so the flow reads their data by word): the BoLD rollup's AssertionCreated
// and the legacy rollup's NodeCreated.
func topicAssertionCreated() common.Hash { return boldRollupABI().Events["AssertionCreated"].ID }
func topicNodeCreated() common.Hash      { return legacyRollupABI().Events["NodeCreated"].ID }

// errorABIs decode the custom errors of every contract the flow sends to.
func errorABIs() []*abi.ABI { return []*abi.ABI{sequencerInboxABI(), outboxABI(), inboxABI()} }

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
