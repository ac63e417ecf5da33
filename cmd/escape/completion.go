package main

import (
	"fmt"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/network"
)

// Shell completion asks the binary itself: urfave/cli answers
// `escape ARGS --generate-bash-completion` with the commands or options
// that may follow (EnableBashCompletion). bash and zsh load a small
// function that asks it; fish gets urfave/cli's own generated script.

const bashCompletion = `# bash completion for escape. Load it with:
#   source <(escape completion bash)
# or save it as /etc/bash_completion.d/escape (or ~/.local/share/bash-completion/completions/escape).
_escape_complete() {
  local cur="${COMP_WORDS[COMP_CWORD]}"
  local -a before=("${COMP_WORDS[@]:1:COMP_CWORD-1}")
  local IFS=$'\n'
  local words
  if [[ "$cur" == -* ]]; then
    words=$("${COMP_WORDS[0]}" "${before[@]}" "$cur" --generate-bash-completion 2>/dev/null)
  else
    words=$("${COMP_WORDS[0]}" "${before[@]}" --generate-bash-completion 2>/dev/null)
  fi
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
}
complete -o bashdefault -o default -F _escape_complete escape
`

const zshCompletion = `#compdef escape
# zsh completion for escape. Load it with:
#   source <(escape completion zsh)
# or save it as _escape in a directory of your $fpath.
_escape() {
  local -a opts
  local cur="${words[CURRENT]}"
  if [[ "$cur" == -* ]]; then
    opts=("${(@f)$(_CLI_ZSH_AUTOCOMPLETE_HACK=1 ${words[1]} ${words[2,CURRENT]} --generate-bash-completion 2>/dev/null)}")
  else
    opts=("${(@f)$(_CLI_ZSH_AUTOCOMPLETE_HACK=1 ${words[1]} ${words[2,CURRENT-1]} --generate-bash-completion 2>/dev/null)}")
  fi
  if [[ -n "${opts[1]}" ]]; then
    _describe 'values' opts
  else
    _files
  fi
}
if (( $+functions[compdef] )); then
  compdef _escape escape
fi
`

func completionCommand() *cli.Command {
	return &cli.Command{
		Name:      "completion",
		Usage:     "print a shell completion script for bash, zsh or fish",
		ArgsUsage: "SHELL",
		Description: "bash: source <(escape completion bash)     (add it to ~/.bashrc to keep it)\n" +
			"zsh:  source <(escape completion zsh)      (add it to ~/.zshrc, after compinit)\n" +
			"fish: escape completion fish > ~/.config/fish/completions/escape.fish",
		Action: func(c *cli.Context) error {
			shell := c.Args().First()
			if c.NArg() != 1 {
				return escape.Errorf("usage", "usage: escape completion bash|zsh|fish", "completion takes one SHELL")
			}
			var script string
			switch shell {
			case "bash":
				script = bashCompletion
			case "zsh":
				script = zshCompletion
			case "fish":
				s, err := c.App.ToFishCompletion()
				if err != nil {
					return err
				}
				script = s
			default:
				return escape.Errorf("usage", "usage: escape completion bash|zsh|fish", "no completion for shell %q", shell)
			}
			_, err := fmt.Fprint(c.App.Writer, script)
			return err
		},
	}
}

// completeNetworks is the completion of commands taking --network: the
// bundled network names after --network, the command's options otherwise.
// urfave/cli's own completion reads os.Args too.
func completeNetworks(cmd *cli.Command) cli.BashCompleteFunc {
	options := cli.DefaultCompleteWithFlags(cmd)
	return func(c *cli.Context) {
		if n := len(os.Args); n >= 3 && (os.Args[n-2] == "--network" || os.Args[n-2] == "-n") {
			all, err := network.Bundled()
			if err != nil {
				return
			}
			for _, nw := range all {
				fmt.Fprintln(c.App.Writer, nw.Name)
			}
			return
		}
		options(c)
	}
}
