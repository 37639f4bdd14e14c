package golang_test

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// lineWidth is the widest a line of the generated file or of the runtime's
// source may be, in columns, a tab counted as tabWidth and a byte as a
// column (width.go).
const (
	lineWidth = 100
	tabWidth  = 8
)

// wideLines returns the lines of src wider than lineWidth, numbered from 1.
func wideLines(src []byte) (lines []int) {
	for i, l := range bytes.Split(src, []byte("\n")) {
		w := len(strings.ReplaceAll(string(l), "\t", strings.Repeat(" ", tabWidth)))
		if w > lineWidth {
			lines = append(lines, i+1)
		}
	}
	return lines
}

// TestLineWidth holds every output, and the runtime and client sources
// printed into it, to lines of at most lineWidth columns.
func TestLineWidth(t *testing.T) {
	check := func(t *testing.T, src []byte) {
		t.Helper()
		lines := bytes.Split(src, []byte("\n"))
		for _, n := range wideLines(src) {
			t.Errorf("line %d is wider than %d columns: %s", n, lineWidth, lines[n-1])
		}
	}
	for _, tc := range tables(t) {
		t.Run(tc.Name, func(t *testing.T) { check(t, generate(t, tc.Table)) })
	}
	for _, path := range []string{"runtime/runtime.go", "client/client.go"} {
		t.Run(path, func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			check(t, src)
		})
	}
}
