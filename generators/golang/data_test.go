package golang

import (
	"go/parser"
	"go/token"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/ftpcodes/ftpcodes/internal/golden"
)

// TestFileImports holds fileImports to the packages the shipped table's
// file imports: a formatter parameter named like one of them would shadow
// the package in the formatter's body, and a name listed for a package
// the file does not import renames a parameter for nothing.
func TestFileImports(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), filepath.Join(golden.Root(), "out", "go", "ftpcodes", "ftpcodes.go"), nil, parser.ImportsOnly)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, spec := range f.Imports {
		p, err := strconv.Unquote(spec.Path.Value)
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, path.Base(p))
	}
	slices.Sort(names)
	if !slices.Equal(names, fileImports) {
		t.Errorf("the generated file imports the packages %q; fileImports lists %q", names, fileImports)
	}
}
