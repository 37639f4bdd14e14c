package java_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/generators/java"
	"github.com/ftpcodes/ftpcodes/internal/conformance"
)

// TestWidth checks that no line of any file generated from any table
// (the Java sources and pom.xml) is wider than Google Java Style's column
// limit.
func TestWidth(t *testing.T) {
	for _, nt := range conformance.Tables(t) {
		files := conformance.Generate(t, java.Target, nt.Table)
		var paths []string
		for path := range files {
			paths = append(paths, path)
		}
		sort.Strings(paths)
		for _, path := range paths {
			lines := strings.Split(string(files[path]), "\n")
			for _, n := range generators.TooWide(files[path], generators.MaxColumns) {
				t.Errorf("%s: %s:%d: %d columns: %s", nt.Name, path, n, generators.Columns(lines[n-1]), lines[n-1])
			}
		}
	}
}
