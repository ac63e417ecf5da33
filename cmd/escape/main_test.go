package main

import (
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain makes the test binary double as the escape binary: scripts run
// `escape ...` as a real subprocess with the real flag parser, exit codes,
// stdout and stderr.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){"escape": main})
}

func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: filepath.Join("testdata", "script"),
		Setup: func(env *testscript.Env) error {
			env.Setenv("ESCAPE_HOME", filepath.Join(env.WorkDir, "home"))
			env.Setenv("ESCAPE_POLL_INTERVAL", "50ms")
			// Never let a developer's own settings leak into a test.
			for _, v := range []string{"ESCAPE_PRIVATE_KEY", "ESCAPE_L1_RPC", "ESCAPE_L2_RPC", "ESCAPE_NETWORK", "ESCAPE_RPC_TIMEOUT"} {
				env.Setenv(v, "")
			}
			return setupDevnetEnv(env)
		},
		Cmds:                devnetCmds(),
		RequireExplicitExec: true,
	})
}
