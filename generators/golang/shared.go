package golang

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// sharedPrefix starts the unexported top-level names of a Go file written
// into a package that holds other code (generators.Options.Shared), as
// stringer's names start with an underscore: the package's own names,
// main's run or usage, a readLine or an index of its own, cannot clash
// with the generated file's.
const sharedPrefix = "ftp"

// shareFile returns src, a formatted Go file, formatted again without its
// package doc comment, which is the package's own, and with every
// unexported top-level name it declares prefixed: readLine becomes ftpReadLine,
// replies ftpReplies. Every identifier spelled like one of them is renamed
// except a field or method name (a selector, a struct field, a key of a
// struct literal, a method): a local variable of the same name is renamed
// along with the top-level one, which keeps the program the same. A
// comment line that starts with such a name, as a doc comment does, is
// renamed too. It fails if a new name is already used in src. (The test
// type-checks the result beside a main.go of clashing names.)
func shareFile(src []byte, prefix string) ([]byte, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	// The top-level names, each with its doc comment.
	docs := map[*ast.Ident][]*ast.CommentGroup{}
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil {
				docs[d.Name] = []*ast.CommentGroup{d.Doc}
			}
		case *ast.GenDecl:
			for _, s := range d.Specs {
				switch s := s.(type) {
				case *ast.TypeSpec:
					docs[s.Name] = []*ast.CommentGroup{d.Doc, s.Doc}
				case *ast.ValueSpec:
					for _, n := range s.Names {
						docs[n] = []*ast.CommentGroup{d.Doc, s.Doc}
					}
				}
			}
		}
	}
	rename := map[string]string{}
	for id := range docs {
		if id.Name != "_" && !id.IsExported() && id.Name != "init" {
			r, n := utf8.DecodeRuneInString(id.Name)
			rename[id.Name] = prefix + string(unicode.ToUpper(r)) + id.Name[n:]
		}
	}

	// The names that denote fields and methods, which stay.
	member := map[*ast.Ident]bool{}
	fields := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.StructType:
			for _, fl := range n.Fields.List {
				for _, id := range fl.Names {
					member[id] = true
					fields[id.Name] = true
				}
			}
		case *ast.InterfaceType:
			for _, fl := range n.Methods.List {
				for _, id := range fl.Names {
					member[id] = true
				}
			}
		case *ast.FuncDecl:
			if n.Recv != nil {
				member[n.Name] = true
			}
		case *ast.SelectorExpr:
			member[n.Sel] = true
		}
		return true
	})
	ast.Inspect(f, func(n ast.Node) bool {
		if lit, ok := n.(*ast.CompositeLit); ok {
			for _, e := range lit.Elts {
				if kv, ok := e.(*ast.KeyValueExpr); ok {
					if id, ok := kv.Key.(*ast.Ident); ok && fields[id.Name] {
						member[id] = true
					}
				}
			}
		}
		return true
	})

	newNames := map[string]bool{}
	for _, n := range rename {
		newNames[n] = true
	}
	var ids []*ast.Ident
	var clash error
	ast.Inspect(f, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		if newNames[id.Name] && clash == nil {
			clash = fmt.Errorf("cannot prefix the unexported names: %s is already used", id.Name)
		}
		if _, ok := rename[id.Name]; ok && !member[id] {
			ids = append(ids, id)
		}
		return true
	})
	if clash != nil {
		return nil, clash
	}
	// The first line of a renamed declaration's doc comment starts with
	// its name.
	for id, groups := range docs {
		for _, g := range groups {
			if to := rename[id.Name]; g != nil && to != "" && strings.HasPrefix(g.List[0].Text, "// "+id.Name+" ") {
				g.List[0].Text = "// " + to + strings.TrimPrefix(g.List[0].Text, "// "+id.Name)
			}
		}
	}
	for _, id := range ids {
		id.Name = rename[id.Name]
	}
	// The package's doc comment is its own, not the generated file's.
	if f.Doc != nil {
		f.Comments = slices.DeleteFunc(f.Comments, func(g *ast.CommentGroup) bool { return g == f.Doc })
		f.Doc = nil
	}
	var b bytes.Buffer
	if err := format.Node(&b, fset, f); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
