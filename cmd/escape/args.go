package main

import (
	"strings"

	"github.com/urfave/cli/v2"
)

// completionFlag is the argument urfave/cli's shell completion appends.
const completionFlag = "--generate-bash-completion"

// interspersed puts the arguments in the one order urfave/cli v2 reads:
// command, then flags, then positional arguments. People write
// `escape --json networks`, `escape next last --yes` and `escape withdraw
// help` as naturally as the canonical forms, and all must work:
//   - flags before the command move after it (the command declares the
//     ones it uses; one it does not use is then named as such);
//   - a command's positional arguments move after its flags (v2 stops
//     reading flags at the first positional argument);
//   - "help" in place of a command's first argument is --help.
func interspersed(app *cli.App, args []string) []string {
	completing := len(args) > 1 && args[len(args)-1] == completionFlag
	if completing {
		args = args[:len(args)-1]
	}
	out := reorder(app, args)
	if completing {
		out = append(out, completionFlag)
	}
	return out
}

func reorder(app *cli.App, args []string) []string {
	takesValue := valueFlags(app)
	// Flags before the command.
	var lead []string
	i := 1
	for ; i < len(args) && isFlag(args[i]); i++ {
		lead = append(lead, args[i])
		if needsNext(args[i], takesValue) && i+1 < len(args) {
			lead = append(lead, args[i+1])
			i++
		}
	}
	if i >= len(args) {
		return args
	}
	cmd := app.Command(args[i])
	if cmd == nil || cmd.Name == "help" {
		// No command, an unknown one (reported by rootAction), or help:
		// leave everything to the top level, which knows the global flags.
		return args
	}
	var flags, positional []string
	rest := args[i+1:]
	for j := 0; j < len(rest); j++ {
		a := rest[j]
		switch {
		case a == "--":
			positional = append(positional, rest[j+1:]...)
			j = len(rest)
		case isFlag(a):
			flags = append(flags, a)
			if needsNext(a, takesValue) && j+1 < len(rest) {
				flags = append(flags, rest[j+1])
				j++
			}
		default:
			positional = append(positional, a)
		}
	}
	if len(positional) > 0 && positional[0] == "help" {
		flags, positional = append(flags, "--help"), positional[1:]
	}
	out := append([]string{args[0], args[i]}, lead...)
	out = append(out, flags...)
	return append(out, positional...)
}

func isFlag(a string) bool { return strings.HasPrefix(a, "-") && len(a) > 1 && a != "--" }

// needsNext: the flag takes a value and it was not given as --flag=value.
func needsNext(a string, takesValue map[string]bool) bool {
	name := strings.TrimLeft(a, "-")
	return !strings.Contains(name, "=") && takesValue[name]
}

// valueFlags maps every flag name the app or any command knows to whether
// it takes a value.
func valueFlags(app *cli.App) map[string]bool {
	takesValue := map[string]bool{}
	add := func(flags []cli.Flag) {
		for _, f := range flags {
			_, isBool := f.(*cli.BoolFlag)
			for _, n := range f.Names() {
				takesValue[n] = !isBool
			}
		}
	}
	add(app.Flags)
	for _, c := range app.Commands {
		add(c.Flags)
	}
	return takesValue
}
