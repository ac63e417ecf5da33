// Package textcheck holds rules that tests apply to escape's text for
// people, so that every package's tests check them the same way.
package textcheck

import "strings"

// NestedBrackets returns the first line of text with a bracket inside a
// bracket ("(back to block 0, 2026-12-01 16:26:58 UTC (2 seconds ago))"),
// or "". A "(" right after a letter, digit, dot or underscore is a call or a
// plural ("paused(0x…)", "game(s)"), not a bracket.
func NestedBrackets(text string) string {
	for _, line := range strings.Split(text, "\n") {
		var open []bool // per "(": whether it is a bracket
		depth := 0
		for i := 0; i < len(line); i++ {
			switch line[i] {
			case '(':
				bracket := i == 0 || !isWordByte(line[i-1])
				if bracket {
					if depth > 0 {
						return line
					}
					depth++
				}
				open = append(open, bracket)
			case ')':
				if n := len(open); n > 0 {
					if open[n-1] {
						depth--
					}
					open = open[:n-1]
				}
			}
		}
	}
	return ""
}

func isWordByte(c byte) bool {
	return c == '.' || c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
