package main

import (
	"github.com/l2escape/escape/escape"
	"github.com/l2escape/escape/escape/arbitrum"
	"github.com/l2escape/escape/escape/flow"
	"github.com/l2escape/escape/escape/opstack"
)

// The stacks this binary supports.
func init() {
	flow.Register(escape.StackOP, opstack.New)
	flow.Register(escape.StackArbitrum, arbitrum.New)
}
