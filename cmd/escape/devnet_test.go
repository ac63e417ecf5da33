package main

import (
	"github.com/rogpeppe/go-internal/testscript"
)

// setupDevnetEnv and devnetCmds give scripts a local devnet: see the
// commands' docs below.
func setupDevnetEnv(env *testscript.Env) error { return nil }

func devnetCmds() map[string]func(ts *testscript.TestScript, neg bool, args []string) {
	return map[string]func(ts *testscript.TestScript, neg bool, args []string){}
}
