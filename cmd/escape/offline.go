package main

import (
	"github.com/urfave/cli/v2"

	"github.com/l2escape/escape/escape/app"
)

// The flags for signing elsewhere (docs/offline.md), all in one place.
var (
	fromFlag     = &cli.StringFlag{Name: "from", Usage: "the `ADDRESS` that signs elsewhere (with --unsigned), or that a --dry-run simulates as; no key is read"}
	unsignedFlag = &cli.StringFlag{Name: "unsigned", Usage: "write the transaction to sign to `FILE` (- for the output) instead of signing it"}
	signedFlag   = &cli.StringFlag{Name: "signed", Usage: "the signed raw transaction for the planned step: a `FILE`, 0x-hex, or - for standard input"}
)

// offlineFlags are added to the signing commands; next also takes --signed.
func offlineFlags(withSigned bool) []cli.Flag {
	if withSigned {
		return []cli.Flag{fromFlag, unsignedFlag, signedFlag}
	}
	return []cli.Flag{fromFlag, unsignedFlag}
}

func offlineOptions(c *cli.Context) app.OfflineOptions {
	return app.OfflineOptions{From: c.String("from"), Unsigned: c.String("unsigned"), Signed: c.String("signed")}
}
