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

// checkWidth fails the test for every line of src wider than lineWidth.
// TestGenerated calls it on every output.
func checkWidth(t *testing.T, src []byte) {
	t.Helper()
	tab := strings.Repeat(" ", tabWidth)
	for i, l := range bytes.Split(src, []byte("\n")) {
		if w := len(strings.ReplaceAll(string(l), "\t", tab)); w > lineWidth {
			t.Errorf("line %d is %d columns wide, more than %d: %s", i+1, w, lineWidth, l)
		}
	}
}

// TestSourceWidth holds the runtime and client sources, which the
// generated file prints, to lines of at most lineWidth columns too.
func TestSourceWidth(t *testing.T) {
	for _, path := range []string{"runtime/runtime.go", "client/client.go"} {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(path, func(t *testing.T) { checkWidth(t, src) })
	}
}
