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
// with ftpcodes, as in every generated file, field and method names as
// they were, and a file that type-checks together with a main.go declaring
// the names the runtime and the table's part would have without the prefix.
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
		if !n.IsExported() && !strings.HasPrefix(n.Name, "ftpcodes") {
			t.Errorf("unexported top-level name %s does not start with ftpcodes", n.Name)
		}
	}
	for _, want := range []string{"\n// ftpcodesOrdinal returns ", "\n// ftpcodesReadLine reads ", "\tindex int ", "{kind: ftpcodesUintValue, index: 1, max: 255}"} {
		if !strings.Contains(string(src), want) {
			t.Errorf("the generated file has no %q", want)
		}
	}

	user, err := parser.ParseFile(fset, "main.go", `package main

var (
	commands = []string{"get", "put"}
	index    = map[string]int{}
	value    = 1
	replies  = 2
	segment  = 3
)

type pattern struct{ n int }

func readLine() string { return "" }

func match(a, b string) bool { return a == b }

func isDigit(r rune) bool { return r == '0' }

func checkString(s string) bool { return s == "" }

func main() {
	_ = Text(int(commands[0][0]) + index["x"] + value + replies + segment + pattern{}.n)
	_, _, _, _ = readLine(), match("", ""), isDigit('1'), checkString("")
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
