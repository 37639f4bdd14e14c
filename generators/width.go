package generators

import (
	"strings"
	"unicode/utf8"
)

// MaxColumns is the width of a line of Java or Rust output: Google Java
// Style's column limit and rustfmt's max_width.
const MaxColumns = 100

// Columns is the width of line: one column a character, four a tab.
func Columns(line string) int {
	return utf8.RuneCountInString(line) + 3*strings.Count(line, "\t")
}

// TooWide returns the numbers (from 1) of the lines of data wider than
// max columns.
func TooWide(data []byte, max int) []int {
	var wide []int
	for i, line := range strings.Split(string(data), "\n") {
		if Columns(line) > max {
			wide = append(wide, i+1)
		}
	}
	return wide
}
