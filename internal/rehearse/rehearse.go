package main

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/internal/devnet"
)

// The rehearsal's user on each devnet: an anvil dev account that no
// operator role of that devnet sends from (on the OP devnet accounts 0-5
// play roles; on the Arbitrum devnet account 1 is free).
const (
	opUserKey  = 6
	arbUserKey = 1
)

// A step is what the user does next on one stack (the escape commands to
// run) and, once they have, what the operators do (played by the harness
// when the user asks to advance).
type step struct {
	user      string   // what the user is doing, in words
	commands  []string // escape command lines, without the common flags
	operators string   // what the operators do next, in words ("" at the end)
	play      func(ctx context.Context) error
}

// A stack is one running devnet with its files and the walk through it.
type stack struct {
	name     string // "op" or "arb"
	title    string
	netFile  string
	keyFile  string
	home     string
	userAddr common.Address
	userKey  string
	l1URL    string
	l2URL    string
	steps    []step
	next     int // index in steps of the step the user is on
	close    func()
}

// flags are the flags every command of this stack's walk carries: the
// network file, the key file and a record of its own, so that `last`
// means this stack's escape and the user's real record is left alone.
// Only signing commands take the key file.
func (s *stack) flags(command string) string {
	f := fmt.Sprintf("--network %s --home %s", s.netFile, s.home)
	if strings.HasPrefix(command, "escape withdraw") || strings.HasPrefix(command, "escape next") {
		f += " --key-file " + s.keyFile
	}
	return f
}

// Commands returns the full command lines of the current step.
func (s *stack) Commands() []string {
	if s.next >= len(s.steps) {
		return nil
	}
	var out []string
	for _, c := range s.steps[s.next].commands {
		out = append(out, c+" "+s.flags(c))
	}
	return out
}

// rehearsal is the set of running devnets.
type rehearsal struct {
	dir    string
	stacks []*stack
}

// start starts the devnets named in which ("op", "arb") and writes their
// network and key files under dir.
func start(ctx context.Context, dir string, which []string) (*rehearsal, error) {
	r := &rehearsal{dir: dir}
	for _, name := range which {
		var s *stack
		var err error
		switch name {
		case "op":
			s, err = startOP(ctx, dir)
		case "arb":
			s, err = startArb(ctx, dir)
		default:
			err = fmt.Errorf("unknown stack %q: want op or arb", name)
		}
		if err != nil {
			r.Close()
			return nil, err
		}
		r.stacks = append(r.stacks, s)
	}
	return r, nil
}

// Close stops every node (anvil gracefully, its private HOME removed).
func (r *rehearsal) Close() {
	for _, s := range r.stacks {
		s.close()
	}
	r.stacks = nil
}

func (r *rehearsal) stack(name string) *stack {
	for _, s := range r.stacks {
		if s.name == name {
			return s
		}
	}
	return nil
}

func writeFiles(s *stack, dir string, keyIndex int, writeNet func(path, name string) error) error {
	s.netFile = filepath.Join(dir, s.name+"-devnet.json")
	s.keyFile = filepath.Join(dir, s.name+"-user.key")
	s.home = filepath.Join(dir, s.name+"-record")
	s.userAddr = devnet.DevAddress(keyIndex)
	s.userKey = devnet.DevKeyHex(keyIndex)
	if err := writeNet(s.netFile, s.name+"-devnet"); err != nil {
		return err
	}
	return os.WriteFile(s.keyFile, []byte(s.userKey+"\n"), 0o600)
}

func startOP(ctx context.Context, dir string) (*stack, error) {
	d, err := devnet.StartOPDevnet(ctx, devnet.OPOptions{})
	if err != nil {
		return nil, err
	}
	s := &stack{name: "op", title: "OP Stack (OptimismPortal2 3.10.0 with fault proofs)", l1URL: d.L1.URL, l2URL: d.L2.URL, close: d.Close}
	if err := writeFiles(s, dir, opUserKey, d.WriteNetworkFile); err != nil {
		d.Close()
		return nil, err
	}
	var game common.Address
	s.steps = []step{
		{
			user:      "force your withdrawal in through L1 (OptimismPortal.depositTransaction)",
			commands:  []string{"escape withdraw --amount 0.5", "escape status last"},
			operators: "the sequencer includes your deposit on L2",
			play:      func(ctx context.Context) error { _, err := d.RelayDeposits(ctx); return err },
		},
		{
			user:      "see that it ran on L2 and waits for a dispute game",
			commands:  []string{"escape status last"},
			operators: "the proposer creates a dispute game over the L2 head",
			play: func(ctx context.Context) error {
				head, err := d.L2.Client.BlockNumber(ctx)
				if err != nil {
					return err
				}
				game, _, err = d.ProposeGame(ctx, head)
				return err
			},
		},
		{
			user:      "prove the withdrawal against that game",
			commands:  []string{"escape next last"},
			operators: "the game resolves and 120 seconds pass (proof maturity, finality delay)",
			play: func(ctx context.Context) error {
				if err := d.ResolveGame(ctx, game, true); err != nil {
					return err
				}
				return d.Warp(ctx, 120)
			},
		},
		{
			user:     "finalize: the portal pays you on L1",
			commands: []string{"escape next last", "escape status last"},
		},
	}
	return s, nil
}

func startArb(ctx context.Context, dir string) (*stack, error) {
	l1, err := devnet.StartAnvil(ctx, devnet.AnvilOptions{ChainID: 31337})
	if err != nil {
		return nil, err
	}
	d, err := devnet.DeployArbitrum(ctx, l1, devnet.ArbOptions{})
	if err == nil {
		err = d.StartArbL2(ctx)
	}
	closeAll := func() {
		if d != nil {
			d.Close()
		}
		l1.Close()
	}
	if err != nil {
		closeAll()
		return nil, err
	}
	// A real Bridge holds users' deposits, which the Outbox pays out of.
	if err := l1.SetBalance(ctx, d.Bridge, new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))); err != nil {
		closeAll()
		return nil, err
	}
	s := &stack{name: "arb", title: "Arbitrum (nitro-contracts 3.2.0 bridge)", l1URL: l1.URL, l2URL: d.L2.URL, close: closeAll}
	if err := writeFiles(s, dir, arbUserKey, d.WriteNetworkFile); err != nil {
		closeAll()
		return nil, err
	}
	s.steps = []step{
		{
			user:      "sign your L2 withdrawal and put it in the delayed inbox on L1",
			commands:  []string{"escape withdraw --amount 0.5", "escape status last"},
			operators: fmt.Sprintf("the sequencer ignores it: %d L1 blocks pass (the force-inclusion delay)", d.Opts.DelayBlocks+10),
			play:      func(ctx context.Context) error { return d.MineL1(ctx, d.Opts.DelayBlocks+10) },
		},
		{
			user:      "force-include it (SequencerInbox.forceInclusion)",
			commands:  []string{"escape next last"},
			operators: "L2 executes the forced message; a validator asserts and confirms the state",
			play: func(ctx context.Context) error {
				if _, err := d.ExecuteForceIncluded(ctx); err != nil {
					return err
				}
				_, err := d.AssertAndConfirm(ctx)
				return err
			},
		},
		{
			user:     "execute it on the Outbox: you are paid on L1",
			commands: []string{"escape next last", "escape status last"},
		},
	}
	return s, nil
}

// printIntro prints what a newcomer needs: the nodes, the files, the keys
// and the first commands.
func (r *rehearsal) printIntro(w io.Writer) {
	fmt.Fprintf(w, "Local devnets running, files in %s\n", r.dir)
	for _, s := range r.stacks {
		fmt.Fprintf(w, "\n== %s: %s\n", s.name, s.title)
		fmt.Fprintf(w, "   L1 RPC        %s\n", s.l1URL)
		fmt.Fprintf(w, "   L2 RPC        %s\n", s.l2URL)
		fmt.Fprintf(w, "   network file  %s\n", s.netFile)
		fmt.Fprintf(w, "   your address  %s (funded on L1 and L2)\n", s.userAddr.Hex())
		fmt.Fprintf(w, "   your key      %s\n", s.userKey)
		fmt.Fprintf(w, "   key file      %s\n", s.keyFile)
		fmt.Fprintf(w, "   record        %s\n", s.home)
	}
	fmt.Fprintln(w, "\nThese keys are anvil's well-known PUBLIC test keys: anyone has them. Never send real funds to them.")
	for _, s := range r.stacks {
		r.printStep(w, s)
	}
	r.printPrompt(w)
}

func (r *rehearsal) printStep(w io.Writer, s *stack) {
	if s.next >= len(s.steps) {
		fmt.Fprintf(w, "\n[%s] done: the whole escape is walked.\n", s.name)
		return
	}
	st := s.steps[s.next]
	fmt.Fprintf(w, "\n[%s] step %d of %d: %s. In another terminal run:\n", s.name, s.next+1, len(s.steps), st.user)
	for _, c := range s.Commands() {
		fmt.Fprintf(w, "    %s\n", c)
	}
	if st.operators != "" {
		fmt.Fprintf(w, "  then advance: %s.\n", st.operators)
	} else {
		fmt.Fprintf(w, "  That is the last step: `escape status last` says finalized.\n")
	}
}

func (r *rehearsal) printPrompt(w io.Writer) {
	if len(r.stacks) == 1 {
		fmt.Fprintf(w, "\nPress Enter (or type advance) to play the operators' next move; Ctrl-C stops the devnets.\n> ")
		return
	}
	fmt.Fprintf(w, "\nType `advance op` or `advance arb` to play that stack's operators' next move; Ctrl-C stops the devnets.\n> ")
}

// command runs one line typed by the user.
func (r *rehearsal) command(ctx context.Context, w io.Writer, line string) {
	f := strings.Fields(line)
	if len(f) > 0 && f[0] == "advance" {
		f = f[1:]
	}
	var s *stack
	switch {
	case len(f) == 0 && len(r.stacks) == 1:
		s = r.stacks[0]
	case len(f) == 1:
		s = r.stack(f[0])
	}
	if s == nil {
		fmt.Fprintf(w, "unknown command %q\n", line)
		r.printPrompt(w)
		return
	}
	if err := r.advance(ctx, w, s); err != nil {
		fmt.Fprintf(w, "[%s] the operators could not move: %v\n", s.name, err)
	}
	r.printStep(w, s)
	r.printPrompt(w)
}

// advance plays the operators' move after the user's current step.
func (r *rehearsal) advance(ctx context.Context, w io.Writer, s *stack) error {
	if s.next >= len(s.steps) || s.steps[s.next].play == nil {
		fmt.Fprintf(w, "[%s] nothing more for the operators to do.\n", s.name)
		return nil
	}
	st := s.steps[s.next]
	fmt.Fprintf(w, "[%s] operators: %s ...\n", s.name, st.operators)
	if err := st.play(ctx); err != nil {
		return err
	}
	s.next++
	return nil
}
