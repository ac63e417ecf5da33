package arbitrum

import (
	"strings"
	"testing"
)

// judgeSilence: no receipt is "dropped" only once the L2 is past the
// transaction; before that it is pending and says what it waits for.
func TestJudgeSilence(t *testing.T) {
	for _, c := range []struct {
		name    string
		q       l2Silence
		dropped bool
		says    string
	}{
		{"nonce used by another tx", l2Silence{TxNonce: 3, AccountNonce: 4, MsgIndex: 9}, true, "already used"},
		{"earlier nonce not run yet", l2Silence{TxNonce: 3, AccountNonce: 1, MsgIndex: 9}, false, "nonce 1 to 2"},
		{"one earlier nonce", l2Silence{TxNonce: 3, AccountNonce: 2, MsgIndex: 9}, false, "nonce 2 to run first"},
		{"nitro node behind our message", l2Silence{TxNonce: 3, AccountNonce: 1, MsgIndex: 9, DelayedRead: 9}, false, "execute delayed message 9"},
		{"nitro node past our message, nonce ahead", l2Silence{TxNonce: 3, AccountNonce: 1, MsgIndex: 9, DelayedRead: 10}, true, "ahead"},
		{"nitro node past our message, fee", l2Silence{TxNonce: 3, AccountNonce: 3, MsgIndex: 9, DelayedRead: 12, Obstacle: "its max fee"}, true, "max fee"},
		{"nitro node past our message, no reason", l2Silence{TxNonce: 3, AccountNonce: 3, MsgIndex: 9, DelayedRead: 12}, true, "no receipt"},
		{"our turn, state refuses", l2Silence{TxNonce: 3, AccountNonce: 3, MsgIndex: 9, Obstacle: "the account's L2 balance"}, true, "balance"},
		{"our turn, not run yet", l2Silence{TxNonce: 3, AccountNonce: 3, MsgIndex: 9}, false, "execute delayed message 9"},
	} {
		dropped, why := judgeSilence(c.q)
		if dropped != c.dropped || !strings.Contains(why, c.says) {
			t.Errorf("%s: dropped %v %q, want %v containing %q", c.name, dropped, why, c.dropped, c.says)
		}
	}
}
