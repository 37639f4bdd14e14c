package golang

import (
	_ "embed" // the runtime's source
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The generated file is the table's part, which render builds with
// jennifer, followed by the runtime: the declarations of runtime/runtime.go,
// real Go of package ftpcodes that depends on no table, printed here with
// the generated file's names. This file loads and prints it.

// runtimeSource is runtime/runtime.go.
//
//go:embed runtime/runtime.go
var runtimeSource string

// clientSource is client/client.go, the client's half of the wire, which
// follows the runtime in the generated file, printed the same way.
//
//go:embed client/client.go
var clientSource string

// tableNames are the unexported names that runtime/table.go and
// client/table.go declare in place of the rest of the generated file (the
// table's part, and for the client the runtime's wrap): the runtimes refer
// to them, and they are prefixed there as the file prefixes its own.
var tableNames = []string{"ordinal", "replies", "commands", "anyCommandReplies", "commandIndex", "facts", "wrap"}

// prefix starts every unexported top-level name of the generated file, as
// stringer's names start with an underscore: the file may land in a
// package of the user's (under go generate, main too), whose own index,
// commands, match or readLine then cannot clash with the file's. It is the
// module's name, which the user's own names do not start with.
const prefix = "ftpcodes"

// runtimePackage is the package clause of runtime/runtime.go. A string
// literal that starts with it and ": ", as an error text does, is spelled
// with the generated package's name.
const runtimePackage = "ftpcodes"

// un returns the generated file's name for one of its unexported top-level
// names: un("readLine") is "ftpcodesReadLine".
func un(name string) string {
	r, n := utf8.DecodeRuneInString(name)
	return prefix + string(unicode.ToUpper(r)) + name[n:]
}

// runtimeDecl is one top-level declaration of the runtime, printed.
type runtimeDecl struct {
	names   []string // the top-level names it declares, before prefixing
	recv    string   // a method's receiver type
	uses    []string // the runtime's top-level names it refers to
	imports []string // the paths of the packages it refers to
	text    string   // its source, doc comment included, with the generated file's names
}

// runtimeFile is the runtime, parsed and printed once per process.
type runtimeFile struct {
	decls []runtimeDecl
	names map[string]int // the declaration of each top-level name
}

var (
	loadRuntime = sync.OnceValues(func() (*runtimeFile, error) { return parseRuntime(runtimeSource) })
	loadClient  = sync.OnceValues(func() (*runtimeFile, error) { return parseRuntime(clientSource) })
)

// parseRuntime parses the runtime's source, prefixes its unexported
// top-level names and prints it, each declaration apart. Every identifier
// spelled like such a name is renamed but for a field or method name (a
// selector, a struct field, a method), and so is the first word of a doc
// comment that starts with the name. The runtime declares no local of such
// a name, and parseRuntime refuses one, so that renaming changes nothing
// but the names.
func parseRuntime(src string) (*runtimeFile, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "runtime.go", src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, fmt.Errorf("the runtime does not parse: %w", err)
	}
	rf := &runtimeFile{names: map[string]int{}}
	imports := map[string]string{} // by the name it is referred to
	for _, imp := range f.Imports {
		path, _ := strconv.Unquote(imp.Path.Value)
		imports[path[strings.LastIndex(path, "/")+1:]] = path
	}
	type declared struct {
		decl ast.Decl
		docs []*ast.CommentGroup
	}
	var decls []declared
	for _, d := range f.Decls {
		var rd runtimeDecl
		var docs []*ast.CommentGroup
		switch d := d.(type) {
		case *ast.FuncDecl:
			docs = append(docs, d.Doc)
			if d.Recv == nil {
				rd.names = append(rd.names, d.Name.Name)
				break
			}
			t := d.Recv.List[0].Type
			if s, ok := t.(*ast.StarExpr); ok {
				t = s.X
			}
			rd.recv = t.(*ast.Ident).Name
		case *ast.GenDecl:
			if d.Tok == token.IMPORT {
				continue
			}
			docs = append(docs, d.Doc)
			for _, s := range d.Specs {
				switch s := s.(type) {
				case *ast.TypeSpec:
					rd.names = append(rd.names, s.Name.Name)
					docs = append(docs, s.Doc)
				case *ast.ValueSpec:
					for _, n := range s.Names {
						rd.names = append(rd.names, n.Name)
					}
					docs = append(docs, s.Doc)
				}
			}
		}
		for _, n := range rd.names {
			rf.names[n] = len(rf.decls)
		}
		rf.decls = append(rf.decls, rd)
		decls = append(decls, declared{d, docs})
	}

	// The names that denote fields and methods, which stay.
	member := map[*ast.Ident]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Field:
			for _, id := range n.Names {
				member[id] = true
			}
		case *ast.FuncDecl:
			if n.Recv != nil {
				member[n.Name] = true
			}
		case *ast.SelectorExpr:
			member[n.Sel] = true
		case *ast.KeyValueExpr:
			if id, ok := n.Key.(*ast.Ident); ok {
				member[id] = true // the runtime's keyed literals are of structs
			}
		}
		return true
	})
	toRename := func(id *ast.Ident) bool {
		_, top := rf.names[id.Name]
		return (top || slices.Contains(tableNames, id.Name)) && !ast.IsExported(id.Name) && !member[id]
	}
	named := 0 // string literals that start with the package name
	for i, d := range decls {
		rd := &rf.decls[i]
		ast.Inspect(d.decl, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.SelectorExpr:
				if x, ok := n.X.(*ast.Ident); ok && imports[x.Name] != "" && !slices.Contains(rd.imports, imports[x.Name]) {
					rd.imports = append(rd.imports, imports[x.Name])
				}
			case *ast.AssignStmt:
				for _, l := range n.Lhs {
					if id, ok := l.(*ast.Ident); ok && n.Tok == token.DEFINE && toRename(id) {
						err = fmt.Errorf("%s: the local %s has the name of a top-level declaration", fset.Position(id.Pos()), id.Name)
					}
				}
			case *ast.BasicLit:
				if strings.HasPrefix(n.Value, `"`+runtimePackage+": ") {
					named++
				}
			case *ast.Ident:
				if _, top := rf.names[n.Name]; top && !member[n] && !slices.Contains(rd.names, n.Name) && !slices.Contains(rd.uses, n.Name) {
					rd.uses = append(rd.uses, n.Name)
				}
			}
			return true
		})
		if rd.recv != "" {
			rd.uses = append(rd.uses, rd.recv)
		}
	}
	if err != nil {
		return nil, err
	}
	// Each declaration's text is its source, doc comment included, with
	// the names renamed in place: the runtime is gofmt'ed, and keeps
	// gofmt's alignment when every name in a column gets the same prefix
	// (the tests hold the printed runtime to gofmt).
	type edit struct {
		at       int // byte offset in src
		from, to string
	}
	var edits []edit
	ast.Inspect(f, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && toRename(id) {
			edits = append(edits, edit{fset.Position(id.Pos()).Offset, id.Name, un(id.Name)})
		}
		return true
	})
	for _, d := range decls {
		for _, g := range d.docs {
			if g == nil {
				continue
			}
			c := g.List[0]
			word, _, _ := strings.Cut(strings.TrimPrefix(c.Text, "// "), " ")
			if _, top := rf.names[word]; top && !ast.IsExported(word) && strings.HasPrefix(c.Text, "// ") {
				edits = append(edits, edit{fset.Position(c.Pos()).Offset + len("// "), word, un(word)})
			}
		}
	}
	slices.SortFunc(edits, func(a, b edit) int { return a.at - b.at })
	for i, d := range decls {
		start := d.decl.Pos()
		if len(d.docs) > 0 && d.docs[0] != nil {
			start = d.docs[0].Pos()
		}
		from, to := fset.Position(start).Offset, fset.Position(d.decl.End()).Offset
		var b strings.Builder
		b.Grow(to - from + 256)
		at := from
		for _, e := range edits {
			if e.at < from || e.at >= to {
				continue
			}
			b.WriteString(src[at:e.at])
			b.WriteString(e.to)
			at = e.at + len(e.from)
		}
		b.WriteString(src[at:to])
		rf.decls[i].text = b.String()
	}
	if n := strings.Count(src[fset.Position(decls[0].decl.Pos()).Offset:], `"`+runtimePackage+": "); n != named {
		return nil, fmt.Errorf("the runtime's declarations have %q in %d places but %d string literals", `"`+runtimePackage+": ", n, named)
	}
	return rf, nil
}

// render returns the runtime's declarations that the table's part needs
// (the unexported names in needs, before prefixing), those they need, and
// every exported one, in the runtime's order, with the packages they
// import. Its error texts start with the package name pkg.
func (rf *runtimeFile) render(pkg string, needs map[string]bool) (text string, imports []string) {
	keep := make([]bool, len(rf.decls))
	var visit func(name string)
	visit = func(name string) {
		i, ok := rf.names[name]
		if !ok || keep[i] {
			return
		}
		keep[i] = true
		for _, u := range rf.decls[i].uses {
			visit(u)
		}
	}
	for name := range needs {
		visit(name)
	}
	for _, d := range rf.decls {
		for _, n := range d.names {
			if ast.IsExported(n) {
				visit(n)
			}
		}
	}
	// Methods go with their type, and what they use with them; the
	// methods of the table's types (Code, Command) always.
	for again := true; again; {
		again = false
		for i, d := range rf.decls {
			if t, ours := rf.names[d.recv]; !keep[i] && d.recv != "" && (!ours || keep[t]) {
				keep[i], again = true, true
				for _, u := range d.uses {
					visit(u)
				}
			}
		}
	}
	var parts []string
	for i, d := range rf.decls {
		if !keep[i] {
			continue
		}
		parts = append(parts, d.text)
		for _, imp := range d.imports {
			if !slices.Contains(imports, imp) {
				imports = append(imports, imp)
			}
		}
	}
	text = strings.Join(parts, "\n\n") + "\n"
	if pkg != runtimePackage {
		text = strings.ReplaceAll(text, `"`+runtimePackage+": ", `"`+pkg+": ")
	}
	return text, imports
}
