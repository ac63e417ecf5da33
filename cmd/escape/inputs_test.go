package main

import (
	"os"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
	"github.com/rogpeppe/go-internal/testscript"

	"github.com/l2escape/escape/internal/rpcproxy"
)

// cmdDeadRPC starts an RPC proxy in front of nothing and sets $DEADRPC to
// it: every call it gets fails, as from a provider whose node is down, and
// is counted. `deadrpc calls N` checks it got exactly N JSON-RPC calls (and,
// for 0, no HTTP request at all), so a script proves that escape refused
// something before any RPC call.
func cmdDeadRPC(ts *testscript.TestScript, neg bool, args []string) {
	st := state(ts)
	switch {
	case len(args) == 0 && !neg:
		p, err := rpcproxy.Start("http://127.0.0.1:1", rpcproxy.Options{})
		ts.Check(err)
		ts.Defer(func() { p.Close() })
		st.deadRPC = p
		ts.Setenv("DEADRPC", p.URL)
	case len(args) == 2 && args[0] == "calls":
		if st.deadRPC == nil {
			ts.Fatalf("no deadrpc started")
		}
		want, err := strconv.Atoi(args[1])
		ts.Check(err)
		s := st.deadRPC.Stats()
		got := s.Calls
		if want == 0 {
			got = max(s.Calls, s.HTTPRequests)
		}
		if (got == want) == neg {
			ts.Fatalf("deadrpc got %d calls (%d HTTP requests, methods %v), want %s%d", s.Calls, s.HTTPRequests, s.Methods, map[bool]string{true: "not ", false: ""}[neg], want)
		}
		ts.Logf("deadrpc: %d calls, %d HTTP requests", s.Calls, s.HTTPRequests)
		st.deadRPC.Reset()
	default:
		ts.Fatalf("usage: deadrpc | deadrpc calls N")
	}
}

// cmdKeystore writes the test user's key ($USER_KEY) as a go-ethereum
// keystore JSON file encrypted with PASSWORD (scrypt's light parameters, so
// that tests stay fast).
func cmdKeystore(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: keystore FILE PASSWORD")
	}
	k, err := crypto.HexToECDSA(strings.TrimPrefix(ts.Getenv("USER_KEY"), "0x"))
	ts.Check(err)
	id, err := uuid.NewRandom()
	ts.Check(err)
	data, err := keystore.EncryptKey(&keystore.Key{Id: id, Address: crypto.PubkeyToAddress(k.PublicKey), PrivateKey: k},
		args[1], keystore.LightScryptN, keystore.LightScryptP)
	ts.Check(err)
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), data, 0o600))
}
