package golang_test

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"

	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/generators/golang"
	"github.com/ftpcodes/ftpcodes/spec"
)

// TestShared generates the file that goes into a package of the user's,
// here main: no package comment, every unexported top-level name starting
// with ftp, field and method names as they were, and a file that
// type-checks together with a main.go declaring names the generated file
// uses unprefixed elsewhere.
func TestShared(t *testing.T) {
	tbl, err := spec.Default()
	if err != nil {
		t.Fatal(err)
	}
	files, err := golang.Target.Generate(tbl, generators.Options{Package: "main", Shared: true})
	if err != nil {
		t.Fatal(err)
	}
	src := files[0].Data
	fset := token.NewFileSet()
	gen, err := parser.ParseFile(fset, "main_ftpcodes.go", src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	if gen.Name.Name != "main" || gen.Doc != nil {
		t.Errorf("package %s, package comment %v; want main and none", gen.Name.Name, gen.Doc != nil)
	}
	var names []*ast.Ident
	for _, d := range gen.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil {
				names = append(names, d.Name)
			}
		case *ast.GenDecl:
			for _, s := range d.Specs {
				switch s := s.(type) {
				case *ast.TypeSpec:
					names = append(names, s.Name)
				case *ast.ValueSpec:
					names = append(names, s.Names...)
				}
			}
		}
	}
	for _, n := range names {
		if !n.IsExported() && !strings.HasPrefix(n.Name, "ftp") {
			t.Errorf("unexported top-level name %s does not start with ftp", n.Name)
		}
	}
	if !strings.Contains(string(src), "\n// ftpIndex returns ") || !strings.Contains(string(src), "\tindex int ") {
		t.Errorf("the doc comment of index or the field index is not as expected")
	}

	user, err := parser.ParseFile(fset, "main.go", `package main

var (
	commands = []string{"get", "put"}
	index    = map[string]int{}
	value    = 1
	replies  = 2
)

type pattern struct{ n int }

func readLine() string { return "" }

func match(a, b string) bool { return a == b }

func main() {
	_ = Text(int(commands[0][0]) + index["x"] + value + replies + pattern{}.n)
	_, _ = readLine(), match("", "")
}
`, 0)
	if err != nil {
		t.Fatal(err)
	}
	conf := types.Config{Importer: importer.Default()}
	if _, err := conf.Check("main", fset, []*ast.File{gen, user}, nil); err != nil {
		t.Errorf("the generated file and a main.go of the user's do not type-check together: %v", err)
	}
}
