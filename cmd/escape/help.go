package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/network"
)

// Help is written for someone under stress: placeholders say what to type
// (--network NAME), switches carry no "(default: false)", each command
// lists only its own options, and every usage error is one "error:" line
// and one "hint:" line, never a page of help.
//
// go-ethereum's internal/flags (linked in through the OP Stack code)
// replaces urfave/cli's flag printer and puts --help under a "MISC"
// heading in its init; main's init runs after it and sets ours.
func init() {
	cli.FlagStringer = flagHelp
	cli.HelpFlag = &cli.BoolFlag{Name: "help", Aliases: []string{"h"}, Usage: "show this help"}
	cli.VersionFlag = &cli.BoolFlag{Name: "version", Aliases: []string{"v"}, Usage: "print the version (as does escape version)"}
	cli.VersionPrinter = func(c *cli.Context) { _ = printVersion(c) }
	cli.AppHelpTemplate = appHelp
	cli.CommandHelpTemplate = commandHelp
	cli.SubcommandHelpTemplate = commandHelp
}

const appHelp = `{{.Name}} - {{.Usage}}

USAGE:
   escape COMMAND [OPTIONS]
{{indent 3 .UsageText}}

{{.Description}}

COMMANDS:{{range .VisibleCommands}}
   {{.Name}}{{"\t"}}{{.Usage}}{{end}}

GLOBAL OPTIONS (before or after the command):{{range .VisibleFlags}}
   {{.}}{{end}}

escape help COMMAND describes a command and its options.
`

const commandHelp = `escape {{.Name}} - {{.Usage}}

USAGE:
   {{if .UsageText}}{{.UsageText}}{{else}}escape {{.Name}}{{if .ArgsUsage}} {{.ArgsUsage}}{{end}} [OPTIONS]{{end}}
{{if .Description}}
{{.Description}}
{{end}}{{if .VisibleFlags}}
OPTIONS:{{range .VisibleFlags}}
   {{.}}{{end}}
{{end}}`

// flagHelp prints one option: "--network NAME, -n NAME<tab>usage [$ENV]".
// The first backticked word of a flag's Usage is its placeholder.
func flagHelp(f cli.Flag) string {
	df, ok := f.(cli.DocGenerationFlag)
	if !ok {
		return ""
	}
	placeholder, usage := splitPlaceholder(df.GetUsage())
	if df.TakesValue() && placeholder == "" {
		placeholder = "VALUE"
	}
	var names []string
	for _, n := range df.Names() {
		s := "--" + n
		if len(n) == 1 {
			s = "-" + n
		}
		if df.TakesValue() {
			s += " " + placeholder
		}
		names = append(names, s)
	}
	// Defaults worth showing are the durations and numbers set in code;
	// a switch's "false" says nothing, and a string flag's value here may
	// be the environment's, not a default.
	switch f.(type) {
	case *cli.BoolFlag, *cli.StringFlag, *cli.StringSliceFlag:
	default:
		if d := df.GetDefaultText(); d != "" && d != "0" {
			usage += " (default: " + d + ")"
		}
	}
	if env := df.GetEnvVars(); len(env) > 0 {
		usage += " [$" + strings.Join(env, ", $") + "]"
	}
	return strings.Join(names, ", ") + "\t" + usage
}

// splitPlaceholder returns the first backticked word of usage and the
// usage without backticks.
func splitPlaceholder(usage string) (string, string) {
	placeholder := ""
	if i := strings.Index(usage, "`"); i >= 0 {
		if j := strings.Index(usage[i+1:], "`"); j >= 0 {
			placeholder = usage[i+1 : i+1+j]
		}
	}
	return placeholder, strings.ReplaceAll(usage, "`", "")
}

// requiredFlags are checked by checkRequired rather than urfave/cli's
// Required, which prints the whole help page above its error.
var requiredFlags = map[cli.Flag]bool{}

func required(f cli.Flag) cli.Flag {
	requiredFlags[f] = true
	return f
}

// checkRequired is every command's Before: one error and a usage line.
func checkRequired(c *cli.Context) error {
	if guidedCommands[c.Command.Name] && guidedMode(c) {
		return nil // asked for on the terminal (guided.go)
	}
	for _, f := range c.Command.Flags {
		if !requiredFlags[f] || c.IsSet(f.Names()[0]) {
			continue
		}
		placeholder := "VALUE"
		if df, ok := f.(cli.DocGenerationFlag); ok {
			if p, _ := splitPlaceholder(df.GetUsage()); p != "" {
				placeholder = p
			}
		}
		return escape.Errorf("usage", "usage: "+commandUsage(c.Command)+"; `escape help "+c.Command.Name+"` describes each option",
			"escape %s needs --%s %s", c.Command.Name, f.Names()[0], placeholder)
	}
	return nil
}

func commandUsage(cmd *cli.Command) string {
	if cmd.UsageText != "" {
		return cmd.UsageText
	}
	return strings.TrimSpace("escape " + cmd.Name + " " + cmd.ArgsUsage)
}

// usageError turns urfave/cli's flag parsing errors ("flag provided but
// not defined: -yes") into one error and hint, naming flags as typed.
func usageError(c *cli.Context, err error, isSubcommand bool) error {
	cmd := ""
	if isSubcommand && c.Command != nil {
		cmd = c.Command.Name
	}
	hint := "`escape --help` lists the commands and global options"
	where := "escape"
	if cmd != "" {
		hint = "usage: " + commandUsage(c.Command) + "; `escape help " + cmd + "` lists its options"
		where = "escape " + cmd
	}
	msg := err.Error()
	switch {
	case strings.HasPrefix(msg, "flag provided but not defined: "):
		name := strings.TrimLeft(strings.TrimPrefix(msg, "flag provided but not defined: "), "-")
		if isGlobalFlag(name) {
			return escape.Errorf("usage", hint, "%s does not take --%s", where, name)
		}
		return escape.Errorf("usage", hint, "%s has no option --%s", where, name)
	case strings.HasPrefix(msg, "flag needs an argument: "):
		name := strings.TrimLeft(strings.TrimPrefix(msg, "flag needs an argument: "), "-")
		return escape.Errorf("usage", hint, "--%s needs a value", name)
	case strings.HasPrefix(msg, "invalid value "):
		// invalid value "x" for flag -l2-nonce: parse error
		msg = strings.Replace(msg, " for flag -", " for --", 1)
		return escape.Errorf("usage", hint, "%s", msg)
	}
	return escape.Errorf("usage", hint, "%s", msg)
}

func isGlobalFlag(name string) bool {
	for _, f := range globalFlags() {
		for _, n := range f.Names() {
			if n == name {
				return true
			}
		}
	}
	return false
}

// rootAction runs when no command matched: `escape` alone starts a guided
// withdrawal on a terminal and shows the help otherwise; anything else is
// an unknown command.
func rootAction(c *cli.Context) error {
	if c.NArg() == 0 {
		if c.Bool("json") {
			// A program asked; the help page is not JSON.
			return escape.Errorf("usage", "`escape --help` lists the commands", "no command given")
		}
		if guidedMode(c) {
			return run(guidedRoot)(c)
		}
		return cli.ShowAppHelp(c)
	}
	return unknownCommand(c.App, c.Args().First())
}

func unknownCommand(a *cli.App, name string) error {
	msg := fmt.Sprintf("unknown command %q", name)
	if near := nearestCommand(a, name); near != "" {
		msg += fmt.Sprintf("; did you mean %s?", near)
	}
	return escape.Errorf("usage", "`escape --help` lists the commands", "%s", msg)
}

// nearestCommand is a command that name starts or nearly spells, or "".
func nearestCommand(a *cli.App, name string) string {
	var names []string
	for _, c := range a.VisibleCommands() {
		names = append(names, c.Name)
	}
	sort.Strings(names)
	for _, n := range names {
		if len(name) >= 2 && strings.HasPrefix(n, strings.ToLower(name)) {
			return n
		}
	}
	best, bestD := "", 3
	for _, n := range names {
		if d := network.EditDistance(strings.ToLower(name), n); d < bestD {
			best, bestD = n, d
		}
	}
	return best
}

// helpCommand is `escape help [COMMAND]`.
func helpCommand() *cli.Command {
	return &cli.Command{
		Name:      "help",
		Usage:     "describe a command and its options",
		ArgsUsage: "[COMMAND]",
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return cli.ShowAppHelp(c)
			}
			name := c.Args().First()
			if c.App.Command(name) == nil {
				return unknownCommand(c.App, name)
			}
			// The root's context: ShowCommandHelp looks among its commands.
			return cli.ShowCommandHelp(c.Lineage()[1], name)
		},
	}
}

// helpHint points at the help of the command the user ran, if it is one.
func helpHint(a *cli.App, args []string) string {
	if len(args) > 1 {
		if cmd := a.Command(args[1]); cmd != nil {
			return "`escape help " + cmd.Name + "` lists its options"
		}
	}
	return "`escape --help` lists the commands and global options"
}
