package opstack

import (
	"fmt"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// tree builds a game's claims from their parents (-1 for the root) and
// which are stepped against (countered at the bottom).
func tree(parents []int, stepped ...int) *gameResolution {
	r := &gameResolution{game: common.HexToAddress("0x00000000000000000000000000000000000000aa")}
	r.claims = make([]claimState, len(parents))
	for i, p := range parents {
		r.claims[i].parent = ^uint32(0)
		if p >= 0 {
			r.claims[i].parent = uint32(p)
			r.claims[p].children = append(r.claims[p].children, i)
		}
	}
	for _, s := range stepped {
		r.claims[s].counteredBy = common.Address{1}
	}
	return r
}

// The outcome follows the game's rule: a subgame is countered when any child
// subgame stands uncountered.
func TestPredictOutcome(t *testing.T) {
	for _, tc := range []struct {
		name    string
		parents []int
		stepped []int
		want    bool // challenger wins
	}{
		{"uncontested root", []int{-1}, nil, false},
		{"attack left standing", []int{-1, 0}, nil, true},
		{"attack countered", []int{-1, 0, 1}, nil, false},
		{"two attacks, one countered", []int{-1, 0, 0, 1}, nil, true},
		{"attack stepped against", []int{-1, 0}, []int{1}, false},
	} {
		r := tree(tc.parents, tc.stepped...)
		r.predict(false)
		if r.challengerWins != tc.want {
			t.Errorf("%s: challenger wins = %v, want %v", tc.name, r.challengerWins, tc.want)
		}
	}
	r := tree([]int{-1})
	r.predict(true)
	if !r.challengerWins {
		t.Error("a root whose L2 block was challenged is lost")
	}
}

// The plan resolves bottom-up, one call per subgame (resolveClaim(i, 0)),
// splits subgames wider than resolveChildrenPerCall with explicit counts,
// continues a started subgame with an explicit count, and ends with resolve().
func TestResolvePlan(t *testing.T) {
	r := tree([]int{-1, 0, 1, 0})
	r.claims[3].resolved = true
	var got []string
	for _, c := range r.plan() {
		got = append(got, fmt.Sprintf("%d/%d", c.claim, c.n))
	}
	if want := "2/0 1/0 0/0 -1/0"; strings.Join(got, " ") != want {
		t.Errorf("plan %v, want %s", got, want)
	}
	if r.transactions() != 4 {
		t.Errorf("transactions %d, want 4", r.transactions())
	}

	wide := tree(append([]int{-1}, make([]int, resolveChildrenPerCall+10)...)) // every child's parent is 0
	for i := 1; i < len(wide.claims); i++ {
		wide.claims[i].resolved = true
	}
	plan := wide.plan()
	if len(plan) != 3 || plan[0].n != resolveChildrenPerCall || plan[1].n != resolveChildrenPerCall || plan[0].step == plan[1].step || plan[2].claim != -1 {
		t.Errorf("wide subgame plan: %+v", plan)
	}

	started := tree([]int{-1, 0})
	started.claims[1].resolved = true
	started.claims[0].started, started.claims[0].checkpoint = true, 0
	if p := started.plan(); p[0].n == 0 {
		t.Errorf("a started subgame continued with n = 0 makes no progress: %+v", p[0])
	}
}
