// Package devnet runs a local L1 and L2 on anvil (from the pinned npm
// package), deploys the real OP Stack and Arbitrum bridge contracts from their
// official npm artifacts, and plays the operators (sequencer, proposer,
// validator) for tests. It writes network files so that the CLI under test is
// pointed at the devnet exactly as a user points it at a real chain.
package devnet

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// RepoRoot finds the module root (the directory holding go.mod) from the
// working directory, so tests in any package find node_modules.
func RepoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		// The repository's own go.mod, not a nested module's
		// (internal/oracle has its own): node_modules and package.json
		// are beside it.
		if mod, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil && bytes.HasPrefix(mod, []byte("module github.com/l2escape/escape\n")) {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("devnet: escape's go.mod (module github.com/l2escape/escape) not found above the working directory")
		}
		dir = parent
	}
}

// NodeModules returns the repository's node_modules, installed by `npm install --no-save`.
func NodeModules() (string, error) {
	if d := os.Getenv("ESCAPE_NODE_MODULES"); d != "" {
		return d, nil
	}
	root, err := RepoRoot()
	if err != nil {
		return "", err
	}
	d := filepath.Join(root, "node_modules")
	if _, err := os.Stat(filepath.Join(d, "@foundry-rs")); err != nil {
		return "", fmt.Errorf("devnet: %s has no @foundry-rs/anvil; run `npm install --no-save` in %s", d, root)
	}
	return d, nil
}

// AnvilPath is the anvil binary shipped by @foundry-rs/anvil.
func AnvilPath() (string, error) {
	nm, err := NodeModules()
	if err != nil {
		return "", err
	}
	p := filepath.Join(nm, "@foundry-rs", "anvil-linux-amd64", "bin", "anvil")
	if _, err := os.Stat(p); err != nil {
		return "", fmt.Errorf("devnet: anvil not found at %s: run `npm install --no-save`", p)
	}
	return p, nil
}

// Anvil is one running anvil process.
type Anvil struct {
	URL     string
	ChainID uint64
	Client  *ethclient.Client
	RPC     *rpc.Client
	cmd     *exec.Cmd
	home    string // anvil's HOME: it keeps state snapshots under ~/.foundry
	done    chan struct{}
	logMu   sync.Mutex
	log     []string
}

// AnvilOptions configures a node.
type AnvilOptions struct {
	ChainID uint64
	// Optimism starts anvil with --optimism so it executes deposit
	// transactions (type 0x7E) as an OP L2 does.
	Optimism bool
	// BlockTime, if non-zero, mines a block every so many seconds; by
	// default anvil mines one block per transaction.
	BlockTime int
	// Timestamp sets the genesis timestamp (seconds), 0 for now.
	Timestamp uint64
	Extra     []string
}

// Dev keys: anvil's default mnemonic accounts. Account 0 is the deployer.
var devKeys = []string{
	"ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
	"59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
	"5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
	"7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
	"47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a",
	"8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba",
	"92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e",
	"4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356",
	"dbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97",
	"2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6",
}

// DevKey returns anvil's default account i (0..9).
func DevKey(i int) *ecdsa.PrivateKey {
	k, err := crypto.HexToECDSA(devKeys[i])
	if err != nil {
		panic(err)
	}
	return k
}

// DevKeyHex returns account i's key as hex without 0x (for key files in tests).
func DevKeyHex(i int) string { return devKeys[i] }

// DevAddress returns anvil's default account i.
func DevAddress(i int) common.Address { return crypto.PubkeyToAddress(DevKey(i).PublicKey) }

// FreePort asks the kernel for a free loopback port.
func FreePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// StartAnvil starts anvil on 127.0.0.1 and waits until it answers.
func StartAnvil(ctx context.Context, opts AnvilOptions) (*Anvil, error) {
	bin, err := AnvilPath()
	if err != nil {
		return nil, err
	}
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		port, err := FreePort()
		if err != nil {
			return nil, err
		}
		args := []string{"--host", "127.0.0.1", "--port", strconv.Itoa(port), "--chain-id", strconv.FormatUint(opts.ChainID, 10),
			"--silent", "--gas-limit", "100000000", "--code-size-limit", "100000"}
		if opts.Optimism {
			args = append(args, "--optimism")
		}
		if opts.BlockTime > 0 {
			args = append(args, "--block-time", strconv.Itoa(opts.BlockTime))
		}
		if opts.Timestamp > 0 {
			args = append(args, "--timestamp", strconv.FormatUint(opts.Timestamp, 10))
		}
		args = append(args, opts.Extra...)
		a := &Anvil{URL: fmt.Sprintf("http://127.0.0.1:%d", port), ChainID: opts.ChainID, done: make(chan struct{})}
		// anvil writes historical state snapshots under $HOME/.foundry/anvil/tmp
		// and removes them only on a clean exit. A private HOME per node,
		// removed by Close, keeps thousands of test nodes from filling the disk.
		if a.home, err = os.MkdirTemp("", "escape-anvil-home-"); err != nil {
			return nil, err
		}
		a.cmd = exec.Command(bin, args...)
		a.cmd.Env = append(os.Environ(), "HOME="+a.home)
		stderr, _ := a.cmd.StderrPipe()
		a.cmd.Stdout = nil
		if err := a.cmd.Start(); err != nil {
			return nil, fmt.Errorf("devnet: start anvil: %w", err)
		}
		go func() {
			sc := bufio.NewScanner(stderr)
			for sc.Scan() {
				a.logMu.Lock()
				a.log = append(a.log, sc.Text())
				a.logMu.Unlock()
			}
		}()
		go func() { _ = a.cmd.Wait(); close(a.done) }()
		if err := a.waitReady(ctx); err != nil {
			a.Close()
			lastErr = err
			continue
		}
		return a, nil
	}
	return nil, lastErr
}

func (a *Anvil) waitReady(ctx context.Context) error {
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case <-a.done:
			a.logMu.Lock()
			defer a.logMu.Unlock()
			return fmt.Errorf("devnet: anvil exited: %s", strings.Join(a.log, "\n"))
		default:
		}
		c, err := rpc.DialContext(ctx, a.URL)
		if err == nil {
			var id hexutil.Uint64
			if err = c.CallContext(ctx, &id, "eth_chainId"); err == nil {
				a.RPC = c
				a.Client = ethclient.NewClient(c)
				return nil
			}
			c.Close()
		}
		time.Sleep(50 * time.Millisecond)
	}
	return errors.New("devnet: anvil did not answer within 20s")
}

// Close stops the node.
func (a *Anvil) Close() {
	if a.RPC != nil {
		a.RPC.Close()
	}
	if a.cmd != nil && a.cmd.Process != nil {
		_ = a.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-a.done:
		case <-time.After(3 * time.Second):
			_ = a.cmd.Process.Kill()
			<-a.done
		}
	}
	if a.home != "" {
		_ = os.RemoveAll(a.home)
	}
}

// Mine mines n blocks.
func (a *Anvil) Mine(ctx context.Context, n uint64) error {
	return a.RPC.CallContext(ctx, nil, "anvil_mine", hexutil.Uint64(n))
}

// IncreaseTime moves the clock forward and mines a block so the new time is visible.
func (a *Anvil) IncreaseTime(ctx context.Context, seconds uint64) error {
	if err := a.RPC.CallContext(ctx, nil, "evm_increaseTime", hexutil.Uint64(seconds)); err != nil {
		return err
	}
	return a.RPC.CallContext(ctx, nil, "evm_mine")
}

// SetBalance sets an account's balance.
func (a *Anvil) SetBalance(ctx context.Context, addr common.Address, wei *big.Int) error {
	return a.RPC.CallContext(ctx, nil, "anvil_setBalance", addr, (*hexutil.Big)(wei))
}

// SetCode puts code at an address.
func (a *Anvil) SetCode(ctx context.Context, addr common.Address, code []byte) error {
	return a.RPC.CallContext(ctx, nil, "anvil_setCode", addr, hexutil.Bytes(code))
}

// SetStorageAt writes one storage slot.
func (a *Anvil) SetStorageAt(ctx context.Context, addr common.Address, slot, value common.Hash) error {
	return a.RPC.CallContext(ctx, nil, "anvil_setStorageAt", addr, slot, value)
}

// Impersonate lets the harness send transactions from addr without its key
// (eth_sendTransaction with from=addr).
func (a *Anvil) Impersonate(ctx context.Context, addr common.Address) error {
	return a.RPC.CallContext(ctx, nil, "anvil_impersonateAccount", addr)
}

// StopImpersonating undoes Impersonate.
func (a *Anvil) StopImpersonating(ctx context.Context, addr common.Address) error {
	return a.RPC.CallContext(ctx, nil, "anvil_stopImpersonatingAccount", addr)
}

// Automine switches per-transaction mining on or off. With it off the
// harness can hold transactions in the pool (e.g. to test a stuck send).
func (a *Anvil) Automine(ctx context.Context, on bool) error {
	return a.RPC.CallContext(ctx, nil, "evm_setAutomine", on)
}

// SetBlockGasLimit sets the gas limit of the blocks mined from now on: a
// smaller one lets a crowd fill blocks, and the EIP-1559 base fee rise, with
// fewer transactions.
func (a *Anvil) SetBlockGasLimit(ctx context.Context, gas uint64) error {
	return a.RPC.CallContext(ctx, nil, "evm_setBlockGasLimit", hexutil.EncodeUint64(gas))
}

// StartAnvilT starts a node for a test and stops it when the test ends.
func StartAnvilT(t testing.TB, opts AnvilOptions) *Anvil {
	t.Helper()
	a, err := StartAnvil(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(a.Close)
	return a
}
