package devnet

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// The Arbitrum stand-ins (ArbSys and NodeInterface on the anvil L2, the
// rollup on L1) are Solidity sources committed under standins/ and
// compiled with the pinned npm solc (solc-js 0.8.30), so that their ABI
// and the event shapes they import from @arbitrum/nitro-contracts stay
// exactly the real ones. The output is cached in the temp directory under a
// hash of the sources: solc-js takes about 7 s on two cores, paid once per
// machine (or once per test binary until the cache exists).

//go:embed standins/*.sol
var standinSources embed.FS

var (
	standinOnce sync.Once
	standinArts map[string]*Artifact
	standinErr  error
)

// StandinArtifact returns a compiled stand-in contract: "ArbSysStandin",
// "NodeInterfaceStandin" or "RollupStandin".
func StandinArtifact(name string) (*Artifact, error) {
	standinOnce.Do(func() { standinArts, standinErr = compileStandins() })
	if standinErr != nil {
		return nil, standinErr
	}
	a, ok := standinArts[name]
	if !ok {
		return nil, fmt.Errorf("devnet: no stand-in contract %q", name)
	}
	return a, nil
}

type solcInput struct {
	Language string                       `json:"language"`
	Sources  map[string]map[string]string `json:"sources"`
	Settings struct {
		Optimizer struct {
			Enabled bool `json:"enabled"`
			Runs    int  `json:"runs"`
		} `json:"optimizer"`
		EVMVersion      string                         `json:"evmVersion"`
		OutputSelection map[string]map[string][]string `json:"outputSelection"`
	} `json:"settings"`
}

type solcOutput struct {
	Errors []struct {
		Severity         string `json:"severity"`
		FormattedMessage string `json:"formattedMessage"`
	} `json:"errors"`
	Contracts map[string]map[string]struct {
		ABI json.RawMessage `json:"abi"`
		EVM struct {
			Bytecode         struct{ Object string } `json:"bytecode"`
			DeployedBytecode struct{ Object string } `json:"deployedBytecode"`
		} `json:"evm"`
	} `json:"contracts"`
}

func compileStandins() (map[string]*Artifact, error) {
	entries, err := standinSources.ReadDir("standins")
	if err != nil {
		return nil, err
	}
	var in solcInput
	in.Language = "Solidity"
	in.Sources = map[string]map[string]string{}
	in.Settings.Optimizer.Enabled = true
	in.Settings.Optimizer.Runs = 200
	in.Settings.EVMVersion = "cancun"
	in.Settings.OutputSelection = map[string]map[string][]string{}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	// The cache key covers the installed solc-js (its package.json) and the
	// sources; the sources pin "pragma solidity 0.8.30" themselves.
	nm, err := NodeModules()
	if err != nil {
		return nil, err
	}
	solcPkg, err := os.ReadFile(filepath.Join(nm, "solc", "package.json"))
	if err != nil {
		return nil, fmt.Errorf("devnet: npm solc not installed (run `npm install --no-save`): %w", err)
	}
	hash := sha256.New()
	hash.Write(solcPkg)
	for _, n := range names {
		src, err := standinSources.ReadFile("standins/" + n)
		if err != nil {
			return nil, err
		}
		key := "standins/" + n
		in.Sources[key] = map[string]string{"content": string(src)}
		in.Settings.OutputSelection[key] = map[string][]string{"*": {"abi", "evm.bytecode.object", "evm.deployedBytecode.object"}}
		hash.Write([]byte(key))
		hash.Write(src)
	}
	input, err := json.Marshal(in)
	if err != nil {
		return nil, err
	}
	cache := filepath.Join(os.TempDir(), "escape-devnet-standins-"+hex.EncodeToString(hash.Sum(nil))[:16]+".json")
	out, err := os.ReadFile(cache)
	if err != nil {
		if out, err = runSolc(input); err != nil {
			return nil, err
		}
	}
	arts, err := parseSolcOutput(out)
	if err != nil {
		return nil, err
	}
	// Write the cache only once the output has parsed, atomically, so a
	// concurrent test binary never reads half a file.
	if _, statErr := os.Stat(cache); statErr != nil {
		tmp, err := os.CreateTemp(filepath.Dir(cache), ".standins-*")
		if err == nil {
			_, werr := tmp.Write(out)
			cerr := tmp.Close()
			if werr == nil && cerr == nil {
				_ = os.Rename(tmp.Name(), cache)
			} else {
				_ = os.Remove(tmp.Name())
			}
		}
	}
	return arts, nil
}

// runSolc runs solc-js in standard-JSON mode. Its output goes to a file,
// not a pipe: solc-js exits before a large piped stdout is flushed.
func runSolc(input []byte) ([]byte, error) {
	nm, err := NodeModules()
	if err != nil {
		return nil, err
	}
	node, err := exec.LookPath("node")
	if err != nil {
		return nil, fmt.Errorf("devnet: node is needed to compile the Arbitrum stand-ins: %w", err)
	}
	outFile, err := os.CreateTemp("", "escape-solc-out-*.json")
	if err != nil {
		return nil, err
	}
	defer os.Remove(outFile.Name())
	defer outFile.Close()
	var stderr bytes.Buffer
	cmd := exec.Command(node, filepath.Join(nm, "solc", "solc.js"), "--standard-json",
		"--base-path", filepath.Dir(nm), "--include-path", nm)
	cmd.Stdin = bytes.NewReader(input)
	cmd.Stdout = outFile
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("devnet: solc-js: %w: %s", err, stderr.String())
	}
	raw, err := os.ReadFile(outFile.Name())
	if err != nil {
		return nil, err
	}
	// solc-js may print a notice line before the JSON.
	if i := bytes.IndexByte(raw, '{'); i > 0 {
		raw = raw[i:]
	}
	return raw, nil
}

func parseSolcOutput(raw []byte) (map[string]*Artifact, error) {
	var out solcOutput
	if err := json.Unmarshal(raw, &out); err != nil {
		return nil, fmt.Errorf("devnet: solc-js output: %w", err)
	}
	var errs []string
	for _, e := range out.Errors {
		if e.Severity == "error" {
			errs = append(errs, e.FormattedMessage)
		}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("devnet: compiling the stand-ins failed:\n%s", strings.Join(errs, "\n"))
	}
	arts := map[string]*Artifact{}
	for file, contracts := range out.Contracts {
		if !strings.HasPrefix(file, "standins/") {
			continue
		}
		for name, c := range contracts {
			if c.EVM.Bytecode.Object == "" {
				continue // an interface
			}
			parsed, err := abi.JSON(bytes.NewReader(c.ABI))
			if err != nil {
				return nil, fmt.Errorf("devnet: stand-in %s abi: %w", name, err)
			}
			code, err := hexutil.Decode("0x" + c.EVM.Bytecode.Object)
			if err != nil {
				return nil, err
			}
			deployed, err := hexutil.Decode("0x" + c.EVM.DeployedBytecode.Object)
			if err != nil {
				return nil, err
			}
			arts[name] = &Artifact{Name: name, ABI: parsed, Bytecode: code, Deployed: deployed}
		}
	}
	return arts, nil
}
