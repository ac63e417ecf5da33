package chain

import (
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
)

// LazyABI returns a generated binding's ABI, parsed on first use: parsing
// every contract's ABI at start-up was most of the time `escape --help`
// took. The bindings' ABIs are generated JSON: one that does not parse is a
// build bug, hence the panic.
func LazyABI(m *bind.MetaData) func() *abi.ABI {
	return sync.OnceValue(func() *abi.ABI {
		a, err := m.GetAbi()
		if err != nil {
			panic(err)
		}
		return a
	})
}
