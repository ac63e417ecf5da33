package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/l2escape/escape/internal/devnet"
)

// Guided mode on a real terminal (tmux), against the OP devnet: `escape`
// alone walks a whole withdrawal (network found by typing, the health
// verdict, the L1 RPC, the key, ETH and "max", the recipient by default) to
// the same summary and confirmation as `escape withdraw`; `escape withdraw`
// without --amount asks for the amount only; declining at the confirmation
// leaves no escape in the record; NO_COLOR and --no-color decolour the
// questions too.
func TestGuidedTerminal(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and starts a devnet")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed (.ci/run installs it)")
	}
	bin := buildBinary(t)
	// tmux's server exits with its last session; one that outlives the
	// subtests keeps the next new-session from racing that exit.
	startTmux(t, "guided-anchor", "sleep 600")
	// The test user also holds L2 tokens bridged through the real bridges.
	d := devnet.StartOPDevnetT(t, devnet.OPOptions{TokenHolders: []common.Address{devnet.DevAddress(opUserKey)}})
	ctx := context.Background()
	dir := t.TempDir()
	// The network file sits in the directory escape runs in, where the
	// guide lists it among the networks.
	if err := d.WriteNetworkFile(filepath.Join(dir, "op.json"), "op-devnet"); err != nil {
		t.Fatal(err)
	}
	keyFile := filepath.Join(dir, "key")
	if err := os.WriteFile(keyFile, []byte(devnet.DevKeyHex(opUserKey)), 0o600); err != nil {
		t.Fatal(err)
	}
	user := devnet.DevAddress(opUserKey)
	home := filepath.Join(dir, "home")
	env := "cd " + dir + " && ESCAPE_HOME=" + home + " ESCAPE_POLL_INTERVAL=50ms ESCAPE_PRIVATE_KEY= ESCAPE_L1_RPC= ESCAPE_L2_RPC= ESCAPE_NETWORK= "
	escapes := func() []string {
		files, _ := filepath.Glob(filepath.Join(home, "escapes", "*.json"))
		return files
	}

	t.Run("colour off", func(t *testing.T) {
		for i, cmd := range []string{env + "NO_COLOR=1 " + bin, env + bin + " --no-color"} {
			s := startTmux(t, fmt.Sprintf("guided-nocolor-%d", i), cmd)
			s.waitFor("Which L2 are your funds on?", 20*time.Second)
			if s.coloured() {
				t.Fatalf("%s: the network list is coloured:\n%s", cmd, s.screen())
			}
			s.keys("C-c")
			s.waitFor("error: cancelled", 10*time.Second)
		}
		s := startTmux(t, "guided-color", env+bin)
		s.waitFor("Which L2 are your funds on?", 20*time.Second)
		if !s.coloured() {
			t.Fatalf("the network list shows no colour with colour on; the check above could not fail:\n%s", s.screen())
		}
		s.keys("C-c")
		s.waitFor("error: cancelled", 10*time.Second)
	})

	t.Run("the network a name names comes first", func(t *testing.T) {
		s := startTmux(t, "guided-rank", env+"NO_COLOR=1 "+bin)
		s.waitFor("Which L2 are your funds on?", 20*time.Second)
		s.keys("arb")
		sc := s.waitFor("Search: arb", 10*time.Second)
		// The cursor (▸) is on the first line: Arbitrum One, which "arb"
		// names, although Nova comes before it in the list.
		if !regexp.MustCompile(`▸ arbitrum-one +Arbitrum One`).MatchString(sc) || !strings.Contains(sc, "arbitrum-nova") {
			t.Fatalf("typing arb does not put Arbitrum One first:\n%s", sc)
		}
		s.keys("C-c")
		s.waitFor("error: cancelled", 10*time.Second)
	})

	t.Run("--yes and --json ask nothing, even on a terminal", func(t *testing.T) {
		for i, args := range []string{" withdraw --network ./op.json --yes", " --json withdraw --network ./op.json"} {
			s := startTmux(t, fmt.Sprintf("guided-noask-%d", i), env+bin+args+"; echo exit=$?")
			sc := s.waitFor("exit=2", 10*time.Second)
			if !strings.Contains(sc, "escape withdraw needs --amount AMOUNT") || strings.Contains(sc, "Amount of") {
				t.Fatalf("%s on a terminal:\n%s", args, sc)
			}
		}
	})

	t.Run("withdraw asks only the amount, and declining leaves no trace", func(t *testing.T) {
		s := startTmux(t, "guided-amount", env+bin+" withdraw --network ./op.json --key-file "+keyFile)
		sc := s.waitFor("Amount of ETH to withdraw (or max: ", 30*time.Second)
		for _, asked := range []string{"Which L2", "RPC should escape use", "Which key signs", "What do you withdraw", "recipient"} {
			if strings.Contains(sc, asked) {
				t.Fatalf("withdraw with --network and a key asked %q:\n%s", asked, sc)
			}
		}
		// A bad answer is refused under the question and asked again.
		// Enter only once readline has echoed the answer: on a loaded
		// machine an Enter sent with the text could land before it.
		s.keys("lots")
		s.waitFor("lots", 10*time.Second)
		s.keys("Enter")
		sc = s.waitFor(">> ", 20*time.Second)
		if !strings.Contains(sc, "not") || strings.Count(sc, "Amount of ETH to withdraw") < 2 {
			t.Fatalf("the refused amount is not given a reason and asked again:\n%s", sc)
		}
		s.keys("BSpace", "BSpace", "BSpace", "BSpace", "0.1", "Enter")
		sc = s.waitFor("Sign and send this transaction", 30*time.Second)
		if !strings.Contains(sc, "Forced withdrawal of 0.1 ETH") || !strings.Contains(sc, "L1 recipient") {
			t.Fatalf("no withdraw summary before the confirmation:\n%s", sc)
		}
		s.keys("n", "Enter")
		sc = s.waitFor("error: ", 10*time.Second)
		if strings.Contains(sc, "Signed and saved") || len(escapes()) != 0 {
			t.Fatalf("declining left an escape: %v\n%s", escapes(), sc)
		}
		if n, err := d.L1.Client.NonceAt(ctx, user, nil); err != nil || n != 0 {
			t.Fatalf("declining sent an L1 transaction (nonce %d, %v)", n, err)
		}
	})

	t.Run("send asks only the address to call, and refuses a checksum typo", func(t *testing.T) {
		s := startTmux(t, "guided-send", env+bin+" send --network ./op.json --value 0.01 --key-file "+keyFile)
		sc := s.waitFor("L2 address to call", 30*time.Second)
		for _, asked := range []string{"Which L2", "RPC should escape use", "Which key signs", "What do you withdraw", "Amount of"} {
			if strings.Contains(sc, asked) {
				t.Fatalf("send with --network and a key asked %q:\n%s", asked, sc)
			}
		}
		// EIP-55's test vector with its last letter's case flipped: refused
		// under the question, never "corrected" into the typo.
		const typo = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"
		s.keys(typo, "Enter")
		sc = s.waitFor("checksum", 10*time.Second)
		if strings.Contains(sc, "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed") {
			t.Fatalf("the re-checksummed typo is shown:\n%s", sc)
		}
		s.keys("BSpace", "Enter")
		s.waitFor("not an address", 10*time.Second)
		s.keys("d", "Enter")
		sc = s.waitFor("Sign and send this transaction", 30*time.Second)
		if !strings.Contains(sc, "Forced L2 transaction on ") || !strings.Contains(sc, "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed") {
			t.Fatalf("no send summary with the address typed:\n%s", sc)
		}
		if !strings.Contains(sc, "The same as: escape send --network ./op.json --to 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed --value 0.01 --key-file "+keyFile) {
			t.Fatalf("the equivalent command is not shown:\n%s", sc)
		}
		s.keys("n", "Enter")
		sc = s.waitFor("error: ", 10*time.Second)
		if strings.Contains(sc, "Signed and saved") || len(escapes()) != 0 {
			t.Fatalf("declining the send left an escape: %v\n%s", escapes(), sc)
		}
		if n, err := d.L1.Client.NonceAt(ctx, user, nil); err != nil || n != 0 {
			t.Fatalf("declining the send sent an L1 transaction (nonce %d, %v)", n, err)
		}
	})

	t.Run("escape alone walks a whole withdrawal", func(t *testing.T) {
		s := startTmux(t, "guided-full", env+bin)
		s.waitFor("Which L2 are your funds on?", 20*time.Second)
		// Type to search: only the devnet's file (and "another file") stay.
		s.keys("devnet")
		sc := s.waitFor("op-devnet", 10*time.Second)
		if strings.Contains(sc, "op-mainnet") {
			t.Fatalf("typing did not filter the list:\n%s", sc)
		}
		s.keys("Enter")
		s.waitFor("RPC should escape use?", 10*time.Second)
		s.keys("Down", "Enter") // the network's own (public) L1 RPC
		s.waitFor("Health: ", 30*time.Second)
		s.waitFor("Which key signs?", 30*time.Second)
		s.keys("Enter") // a key file
		s.waitFor("Path of the key file", 10*time.Second)
		s.keys(keyFile, "Enter")
		s.waitFor("What do you withdraw?", 30*time.Second)
		sc = s.waitFor("ETH (your L2 balance: ", 10*time.Second)
		s.keys("Enter")
		s.waitFor("Amount of ETH to withdraw (or max: ", 10*time.Second)
		s.keys("max", "Enter")
		sc = s.waitFor("L1 recipient address", 10*time.Second)
		if !strings.Contains(sc, user.Hex()) {
			t.Fatalf("the recipient does not default to the sender %s:\n%s", user.Hex(), sc)
		}
		s.keys("Enter")
		sc = s.waitFor("Sign and send this transaction", 60*time.Second)
		if !strings.Contains(sc, "The same as: escape withdraw --network ./op.json --amount ") {
			t.Fatalf("the equivalent command is not shown:\n%s", sc)
		}
		if strings.Contains(sc, devnet.DevKeyHex(opUserKey)[2:]) {
			t.Fatalf("the key is on the screen:\n%s", sc)
		}
		if !strings.Contains(sc, "Forced withdrawal of ") || !strings.Contains(sc, "L1 recipient") {
			t.Fatalf("no withdraw summary before the confirmation:\n%s", sc)
		}
		s.keys("y", "Enter")
		s.waitFor("Mined in L1 block", 60*time.Second)
		if files := escapes(); len(files) != 1 {
			t.Fatalf("record files after the guided withdrawal: %v", files)
		}
		if n, err := d.L1.Client.NonceAt(ctx, user, nil); err != nil || n != 1 {
			t.Fatalf("the L1 deposit was not sent (nonce %d, %v)", n, err)
		}
	})
	t.Run("a token with its L2 balance", func(t *testing.T) {
		bal, err := d.L2TokenBalance(ctx, user)
		if err != nil || bal.Sign() == 0 {
			t.Fatalf("the test user holds no L2 token (%v, %v)", bal, err)
		}
		before := len(escapes())
		// --network and the key given: the guide starts at the RPC.
		s := startTmux(t, "guided-token", env+bin+" --network ./op.json --key-file "+keyFile)
		s.waitFor("RPC should escape use?", 20*time.Second)
		s.keys("Down", "Enter")
		s.waitFor("What do you withdraw?", 30*time.Second)
		s.keys("Down", "Enter")
		s.waitFor("Token address", 10*time.Second)
		s.keys("0xbad", "Enter")
		s.waitFor("not an address", 10*time.Second)
		s.keys("BSpace", "BSpace", "BSpace", "BSpace", "BSpace", d.L2Token.Hex(), "Enter")
		sc := s.waitFor("Your L2 balance of this token: ", 30*time.Second)
		s.waitFor("(or max: ", 10*time.Second)
		s.keys("max", "Enter")
		s.waitFor("L1 recipient address", 10*time.Second)
		s.keys("Enter")
		sc = s.waitFor("Sign and send this transaction", 60*time.Second)
		if !strings.Contains(sc, "--token "+d.L2Token.Hex()) || !strings.Contains(sc, "L2StandardBridge") {
			t.Fatalf("no token withdrawal summary:\n%s", sc)
		}
		s.keys("n", "Enter")
		s.waitFor("error: ", 10*time.Second)
		if files := escapes(); len(files) != before {
			t.Fatalf("declining the token withdrawal changed the record: %v", files)
		}
	})
}

// On Arbitrum, "max" for ETH keeps back the L2 gas and says how much; a
// dry run of that amount passes the withdraw flow's balance check at the
// policy's full max fee (not lowered for the balance).
func TestGuidedArbitrumMaxTerminal(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and starts a devnet")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed (.ci/run installs it)")
	}
	bin := buildBinary(t)
	ctx := context.Background()
	l1, err := devnet.StartAnvil(ctx, devnet.AnvilOptions{ChainID: 31337})
	if err != nil {
		t.Fatal(err)
	}
	defer l1.Close()
	d, err := devnet.DeployArbitrum(ctx, l1, devnet.ArbOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if err := d.StartArbL2(ctx); err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	dir := t.TempDir()
	netFile := filepath.Join(dir, "arb.json")
	if err := d.WriteNetworkFile(netFile, "arb-devnet"); err != nil {
		t.Fatal(err)
	}
	keyFile := filepath.Join(dir, "key")
	if err := os.WriteFile(keyFile, []byte(devnet.DevKeyHex(1)), 0o600); err != nil {
		t.Fatal(err)
	}
	env := "ESCAPE_HOME=" + filepath.Join(dir, "home") + " ESCAPE_PRIVATE_KEY= ESCAPE_L1_RPC= ESCAPE_L2_RPC= ESCAPE_NETWORK= NO_COLOR=1 "
	s := startTmux(t, "guided-arb-max", env+bin+" withdraw --dry-run --network "+netFile+" --key-file "+keyFile+"; echo exit=$?")
	s.waitFor("Amount of ETH to withdraw (or max: ", 30*time.Second)
	s.keys("max", "Enter")
	sc := s.waitFor("exit=", 60*time.Second)
	for _, want := range []string{"exit=0", "ETH, keeping ", " ETH for L2 gas at a max fee of 10 gwei", "Dry run", "The same as: escape withdraw --network " + netFile + " --amount "} {
		if !strings.Contains(sc, want) {
			t.Fatalf("the dry run of max lacks %q:\n%s", want, sc)
		}
	}
	if strings.Contains(sc, "limits the max fee") || strings.Contains(sc, "insufficient") {
		t.Fatalf("max did not leave the policy's max fee:\n%s", sc)
	}
}
