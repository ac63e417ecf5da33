// Command rehearse starts escape's local devnets with the real OP Stack and
// Arbitrum bridge contracts, prints what a newcomer needs to walk a whole
// escape on them offline (network files, public test keys, RPC URLs, the
// exact escape commands), and plays the operators' moves on request.
//
//	go run ./internal/rehearse [-dir DIR] [op|arb ...]
//
// This file only wires flags and signals; the walk is in rehearse.go.
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/l2escape/escape/internal/devnet"
)

func main() {
	dir := flag.String("dir", "", "directory for the network, key and record files (default: a temporary one, removed on exit)")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: go run ./internal/rehearse [-dir DIR] [op|arb ...]  (default: both)\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	which := flag.Args()
	if len(which) == 0 {
		which = []string{"op", "arb"}
	}
	if err := run(*dir, which); err != nil {
		fmt.Fprintln(os.Stderr, "rehearse:", err)
		os.Exit(1)
	}
}

func run(dir string, which []string) error {
	if _, err := devnet.AnvilPath(); err != nil {
		return fmt.Errorf("%v\nThe devnets need the npm test dependencies: run `npm install --no-save` in the repository first", err)
	}
	if dir == "" {
		tmp, err := os.MkdirTemp("", "escape-rehearsal-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	} else if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	fmt.Println("Starting the local devnets (anvil, real contract bytecode) ...")
	startCtx, cancel := context.WithTimeout(ctx, 3*time.Minute)
	r, err := start(startCtx, dir, which)
	cancel()
	if err != nil {
		return err
	}
	defer func() {
		fmt.Println("\nStopping the devnets ...")
		r.Close()
		fmt.Println("Stopped.")
	}()
	r.printIntro(os.Stdout)

	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(os.Stdin)
		for sc.Scan() {
			lines <- sc.Text()
		}
		// At the end of input the devnets keep running until Ctrl-C.
	}()
	for {
		select {
		case <-ctx.Done():
			return nil
		case line := <-lines:
			if line == "quit" || line == "exit" {
				return nil
			}
			stepCtx, cancel := context.WithTimeout(ctx, 2*time.Minute)
			r.command(stepCtx, os.Stdout, line)
			cancel()
		}
	}
}
