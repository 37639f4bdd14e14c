package json

import (
	"bytes"
	"regexp"
	"testing"
)

// TestNumberArrays checks numberArrays against the regular expressions
// that say what it does.
func TestNumberArrays(t *testing.T) {
	array := regexp.MustCompile(`\[\n *[0-9]+(,\n *[0-9]+)*\n *\]`)
	blanks := regexp.MustCompile(`\n *`)
	for _, src := range []string{
		"{\n  \"codes\": [\n    110,\n    120\n  ],\n  \"x\": [\n    1\n  ]\n}\n",
		"[\n  1,\n  2\n]",
		"[\n  1\n  2\n]",
		"[\n  1,\n]",
		"[\n]",
		"[\n  \"a\",\n  1\n]",
		"[[\n 1,\n 2\n],[\n3\n]",
		"[\n  1,\n  2",
		"[\n  12x\n]",
		"[\n",
		"[",
	} {
		want := array.ReplaceAllFunc([]byte(src), func(m []byte) []byte {
			return bytes.ReplaceAll(blanks.ReplaceAll(m, nil), []byte(","), []byte(", "))
		})
		if got := numberArrays([]byte(src)); !bytes.Equal(got, want) {
			t.Errorf("numberArrays(%q) = %q, want %q", src, got, want)
		}
	}
}
