package main

import (
	"context"

	"github.com/urfave/cli/v2"

	"github.com/l2escape/escape/escape/app"
	"github.com/l2escape/escape/escape/ui"
)

// Guided mode (escape/app/guided.go): on a terminal, `escape` alone and a
// withdraw or send missing what it needs ask for it. Without a terminal, or
// with --json or --yes (a program, or someone who said not to be asked),
// the usage errors stay exactly as they are: scripts check them.

// guidedCommands may ask for their missing required flags.
var guidedCommands = map[string]bool{"withdraw": true, "send": true}

// guidedMode reports whether this run may ask questions.
func guidedMode(c *cli.Context) bool {
	return !c.Bool("json") && !c.Bool("yes") && ui.Interactive()
}

// guidedRoot is `escape` alone on a terminal: a whole guided withdrawal.
func guidedRoot(ctx context.Context, c *cli.Context, o *app.Options) error {
	return app.GuidedWithdraw(ctx, o, o.UI.Prompter(), app.WithdrawArgs{}, true)
}

func withdrawAction(ctx context.Context, c *cli.Context, o *app.Options) error {
	a := app.WithdrawArgs{Amount: c.String("amount"), Token: c.String("token"), To: c.String("to")}
	if guidedMode(c) {
		return app.GuidedWithdraw(ctx, o, o.UI.Prompter(), a, false)
	}
	return app.Withdraw(ctx, o, a.Amount, a.Token, a.To)
}

func sendAction(ctx context.Context, c *cli.Context, o *app.Options) error {
	a := app.SendArgs{To: c.String("to"), Value: c.String("value"), Data: c.String("data"), Gas: c.String("gas")}
	if guidedMode(c) {
		return app.GuidedSend(ctx, o, o.UI.Prompter(), a)
	}
	return app.Send(ctx, o, a.To, a.Value, a.Data, a.Gas)
}
