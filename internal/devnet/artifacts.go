package devnet

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// Artifact is a compiled contract from an npm package: its ABI and its
// creation and runtime bytecode, exactly as published.
type Artifact struct {
	Name     string
	ABI      abi.ABI
	Bytecode []byte // creation code
	Deployed []byte // runtime code
}

// OPArtifact loads forge-artifacts/<name>.sol/<name>.json from
// @eth-optimism/contracts-bedrock.
func OPArtifact(name string) (*Artifact, error) {
	return OPArtifactFile(name+".sol", name)
}

// OPArtifactFile loads forge-artifacts/<file>/<name>.json (for contracts
// whose file name differs from the contract name).
func OPArtifactFile(file, name string) (*Artifact, error) {
	nm, err := NodeModules()
	if err != nil {
		return nil, err
	}
	return loadArtifact(filepath.Join(nm, "@eth-optimism", "contracts-bedrock", "forge-artifacts", file, name+".json"), name)
}

// ArbArtifact loads build/contracts/<rel>/<name>.sol/<name>.json from
// @arbitrum/nitro-contracts, e.g. ArbArtifact("src/bridge", "Bridge").
func ArbArtifact(rel, name string) (*Artifact, error) {
	nm, err := NodeModules()
	if err != nil {
		return nil, err
	}
	return loadArtifact(filepath.Join(nm, "@arbitrum", "nitro-contracts", "build", "contracts", rel, name+".sol", name+".json"), name)
}

// ArtifactAt loads an artifact from a path relative to node_modules.
func ArtifactAt(rel, name string) (*Artifact, error) {
	nm, err := NodeModules()
	if err != nil {
		return nil, err
	}
	return loadArtifact(filepath.Join(nm, rel), name)
}

// loadArtifact reads both artifact layouts: forge's ({"bytecode":{"object":..}})
// and hardhat's ({"bytecode":"0x.."}).
func loadArtifact(path, name string) (*Artifact, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("devnet: artifact %s: %w", name, err)
	}
	var raw struct {
		ABI      json.RawMessage `json:"abi"`
		Bytecode json.RawMessage `json:"bytecode"`
		Deployed json.RawMessage `json:"deployedBytecode"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("devnet: artifact %s: %w", path, err)
	}
	parsed, err := abi.JSON(strings.NewReader(string(raw.ABI)))
	if err != nil {
		return nil, fmt.Errorf("devnet: artifact %s abi: %w", path, err)
	}
	code := func(m json.RawMessage) ([]byte, error) {
		if len(m) == 0 {
			return nil, nil
		}
		var s string
		if err := json.Unmarshal(m, &s); err != nil {
			var obj struct {
				Object string `json:"object"`
			}
			if err := json.Unmarshal(m, &obj); err != nil {
				return nil, err
			}
			s = obj.Object
		}
		if !strings.HasPrefix(s, "0x") {
			s = "0x" + s
		}
		if strings.Contains(s, "__") {
			return nil, fmt.Errorf("unlinked library placeholder in %s", name)
		}
		return hexutil.Decode(s)
	}
	a := &Artifact{Name: name, ABI: parsed}
	if a.Bytecode, err = code(raw.Bytecode); err != nil {
		return nil, fmt.Errorf("devnet: artifact %s bytecode: %w", path, err)
	}
	if a.Deployed, err = code(raw.Deployed); err != nil {
		return nil, fmt.Errorf("devnet: artifact %s deployedBytecode: %w", path, err)
	}
	return a, nil
}

// Sender signs and sends harness transactions from one dev key, waiting for
// each receipt (anvil mines instantly, so polling is fast).
type Sender struct {
	Client *ethclient.Client
	Key    *ecdsa.PrivateKey
	From   common.Address
	chain  *big.Int
}

// NewSender binds a dev key to a node.
func NewSender(ctx context.Context, c *ethclient.Client, key *ecdsa.PrivateKey) (*Sender, error) {
	id, err := c.ChainID(ctx)
	if err != nil {
		return nil, err
	}
	return &Sender{Client: c, Key: key, From: crypto.PubkeyToAddress(key.PublicKey), chain: id}, nil
}

// Deploy creates a contract from an artifact with constructor arguments.
func (s *Sender) Deploy(ctx context.Context, a *Artifact, args ...any) (common.Address, error) {
	input, err := a.ABI.Pack("", args...)
	if err != nil {
		return common.Address{}, fmt.Errorf("devnet: deploy %s: pack constructor: %w", a.Name, err)
	}
	r, err := s.send(ctx, nil, nil, append(append([]byte{}, a.Bytecode...), input...))
	if err != nil {
		return common.Address{}, fmt.Errorf("devnet: deploy %s: %w", a.Name, err)
	}
	return r.ContractAddress, nil
}

// Transact calls method on a contract with value (may be nil).
func (s *Sender) Transact(ctx context.Context, a *Artifact, to common.Address, value *big.Int, method string, args ...any) (*types.Receipt, error) {
	input, err := a.ABI.Pack(method, args...)
	if err != nil {
		return nil, fmt.Errorf("devnet: %s.%s: pack: %w", a.Name, method, err)
	}
	r, err := s.send(ctx, &to, value, input)
	if err != nil {
		return nil, fmt.Errorf("devnet: %s.%s: %w", a.Name, method, err)
	}
	return r, nil
}

// SendRaw sends arbitrary calldata.
func (s *Sender) SendRaw(ctx context.Context, to *common.Address, value *big.Int, data []byte) (*types.Receipt, error) {
	return s.send(ctx, to, value, data)
}

func (s *Sender) send(ctx context.Context, to *common.Address, value *big.Int, data []byte) (*types.Receipt, error) {
	if value == nil {
		value = new(big.Int)
	}
	nonce, err := s.Client.PendingNonceAt(ctx, s.From)
	if err != nil {
		return nil, err
	}
	head, err := s.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	tip := big.NewInt(1e9)
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	msg := ethereum.CallMsg{From: s.From, To: to, Value: value, Data: data}
	gas, err := s.Client.EstimateGas(ctx, msg)
	if err != nil {
		return nil, fmt.Errorf("estimate gas: %w", err)
	}
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: s.chain, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: gas*13/10 + 50_000, To: to, Value: value, Data: data})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(s.chain), s.Key)
	if err != nil {
		return nil, err
	}
	if err := s.Client.SendTransaction(ctx, signed); err != nil {
		return nil, err
	}
	r, err := WaitReceipt(ctx, s.Client, signed.Hash())
	if err != nil {
		return nil, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("transaction %s reverted", signed.Hash())
	}
	return r, nil
}

// Call does an eth_call of method and unpacks the results.
func Call(ctx context.Context, c *ethclient.Client, a *Artifact, to common.Address, method string, args ...any) ([]any, error) {
	input, err := a.ABI.Pack(method, args...)
	if err != nil {
		return nil, err
	}
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &to, Data: input}, nil)
	if err != nil {
		return nil, fmt.Errorf("devnet: call %s.%s: %w", a.Name, method, err)
	}
	return a.ABI.Unpack(method, out)
}

// WaitReceipt polls for a receipt every 20ms (anvil mines at once).
func WaitReceipt(ctx context.Context, c *ethclient.Client, h common.Hash) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	for {
		r, err := c.TransactionReceipt(ctx, h)
		if err == nil {
			return r, nil
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("devnet: no receipt for %s: %w", h, ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
}
