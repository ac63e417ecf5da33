// Package oracle holds the tests that compare escape's own OP Stack protocol
// functions, bindings and devnet harness with the optimism monorepo's
// (op-node) and op-geth's. It is a module of its own (go.mod here) so that
// escape's module does not require the optimism module nor replace
// go-ethereum with op-geth: the escape binary stays free of op-geth's
// chain-config registry, and `go install ...@latest` works. Run its tests
// with `cd internal/oracle && go test ./...` (the README's test command does).
package oracle
