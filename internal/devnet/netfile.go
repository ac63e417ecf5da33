package devnet

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/network"
)

var opDevnetSource = network.Source{Note: "local devnet"}

// NetworkFile describes the devnet in the network-file schema, so the CLI
// under test is pointed at it exactly as a user points it at a real
// network: the L1 proxies, the timeline parameters and the anvil URLs as the
// network's public RPCs.
func (d *OPDevnet) NetworkFile(name string) *network.Network {
	n := &network.Network{
		Name:      name,
		Title:     "OP devnet " + name,
		Stack:     escape.StackOP,
		Testnet:   true,
		L1ChainID: d.L1.ChainID,
		L2ChainID: d.Opts.L2ChainID,
		L1Name:    "Devnet L1",
		L1RPCs:    []string{d.L1.URL},
		Contracts: map[string]network.Contract{},
		Params:    map[string]network.Param{},
	}
	if d.L2 != nil {
		n.L2RPCs = []string{d.L2.URL}
	}
	add := func(name string, a common.Address) {
		if a != (common.Address{}) {
			n.Contracts[name] = network.Contract{Address: a, Source: opDevnetSource}
		}
	}
	add(network.OptimismPortal, d.OptimismPortal)
	add(network.SystemConfig, d.SystemConfig)
	add(network.L1StandardBridge, d.L1StandardBridge)
	add(network.L1CrossDomainMessenger, d.L1CrossDomainMessenger)
	add(network.SuperchainConfig, d.SuperchainConfig)
	add(network.BatchInbox, d.BatchInbox)
	add(network.DisputeGameFactory, d.DisputeGameFactory)
	add(network.L2OutputOracle, d.L2OutputOracle)
	param := func(name string, v uint64, unit string) {
		n.Params[name] = network.Param{Value: v, Unit: unit, Source: opDevnetSource}
	}
	param(network.ParamSequencingWindow, d.Opts.SequencingWindow, "blocks")
	param(network.ParamL2BlockTime, d.Opts.L2BlockTime, "seconds")
	if d.Legacy {
		param(network.ParamFinalizationPeriod, d.Opts.FinalizationPeriod, "seconds")
	} else {
		param(network.ParamProofMaturityDelay, d.Opts.ProofMaturityDelay, "seconds")
		param(network.ParamDisputeFinalityDelay, d.Opts.DisputeGameFinalityDelay, "seconds")
	}
	return n
}

// WriteNetworkFile writes NetworkFile(name) as JSON to path (0600), after
// checking that the network package accepts it.
func (d *OPDevnet) WriteNetworkFile(path, name string) error {
	data, err := json.MarshalIndent(d.NetworkFile(name), "", "  ")
	if err != nil {
		return err
	}
	if _, err := network.Parse(data, path, false); err != nil {
		return fmt.Errorf("devnet: the network file for %s does not parse: %w", name, err)
	}
	return os.WriteFile(path, append(data, '\n'), 0o600)
}
