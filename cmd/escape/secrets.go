package main

import (
	"slices"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/l2escape/escape/escape/keys"
)

// ownCheckFlags are checked by options(): the path flags refuse a
// key-shaped value only when no such file exists, and --private-key has an
// error of its own.
var ownCheckFlags = map[string]bool{"key-file": true, "keystore": true, "password-file": true, "private-key": true}

// flagTakes says what each value flag holds, for the hint of a refused
// key-shaped value. No flag of escape takes a 32-byte value: --data is
// calldata, which is a 4-byte selector followed by 32-byte words, so
// exactly 32 bytes is never a well-formed call.
var flagTakes = map[string]string{
	"to":      "an address (0x and 40 hex digits)",
	"token":   "a token address (0x and 40 hex digits)",
	"from":    "an address (0x and 40 hex digits)",
	"address": "an address (0x and 40 hex digits)",
	"l1-rpc":  "an RPC URL such as https://host/…",
	"l2-rpc":  "an RPC URL such as https://host/…",
	"amount":  "a decimal amount such as 0.5",
	"value":   "a decimal amount of ETH such as 0.5",
	"gas":     "a whole number of gas units such as 200000",
	"network": "a network name or the path of a network file",
	"data":    "calldata: a 4-byte function selector followed by its arguments",
}

// refuseKeyShapedArgs refuses, before anything is parsed or printed, any
// flag value shaped like a private key, and a key-shaped positional
// argument to a command that takes none. REFs (status, next, watch) are
// 32-byte hashes and cannot be told from keys by shape: they pass here and
// are abbreviated in messages instead.
func refuseKeyShapedArgs(app *cli.App, args []string) error {
	if len(args) < 2 {
		return nil
	}
	var cmd *cli.Command
	for _, c := range app.Commands {
		if c.Name == args[1] || slices.Contains(c.Aliases, args[1]) {
			cmd = c
		}
	}
	takesValue := map[string]bool{}
	if cmd != nil {
		for _, f := range cmd.Flags {
			_, isBool := f.(*cli.BoolFlag)
			for _, n := range f.Names() {
				takesValue[n] = !isBool
			}
		}
	}
	rest := args[1:]
	if cmd != nil {
		rest = args[2:]
	}
	for i := 0; i < len(rest); i++ {
		a := rest[i]
		if a == "--" {
			rest, i = rest[i+1:], -1
			takesValue = map[string]bool{}
			continue
		}
		if strings.HasPrefix(a, "-") && len(a) > 1 {
			name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
			if !hasValue && takesValue[name] && i+1 < len(rest) {
				value, hasValue = rest[i+1], true
				i++
			}
			if hasValue && !ownCheckFlags[name] && keys.LooksLikeRawKey(value) {
				return keys.RefuseKeyShaped(flagName(cmd, name), takesOf(flagName(cmd, name)[2:]))
			}
			continue
		}
		if keys.LooksLikeRawKey(a) && (cmd == nil || cmd.ArgsUsage == "") {
			return keys.RefuseKeyShaped("an argument", "no 32-byte value")
		}
	}
	return nil
}

// flagName is the long name of a flag as typed by its name or alias
// ("n" is --network).
func flagName(cmd *cli.Command, name string) string {
	if cmd != nil {
		for _, f := range cmd.Flags {
			if slices.Contains(f.Names(), name) {
				return "--" + f.Names()[0]
			}
		}
	}
	return "--" + name
}

func takesOf(flag string) string {
	if t, ok := flagTakes[flag]; ok {
		return t
	}
	return "no 32-byte value"
}
