// Package golang generates the Go reply-code package with jennifer.
//
// The output is one file, go/<pkg>/<pkg>.go, that imports only the standard
// library and reads like net/http's status.go: a Code type with a typed
// constant per reply, a Text function, class and function-group types, and
// the full record of every reply behind Lookup, ByName and All; the
// commands; a formatter and a parser for every reply text that carries
// values; and the reply framing of RFC 959, section 4.2.
//
// data.go says what the package is made of; render.go renders, with
// jennifer, what depends on the table: the constants, the index of the
// codes and the commands, and render_text.go the formatters, parsers and
// their patterns; the records of replies, commands and facts, most of the
// source, are written in gofmt's layout directly (width.go), which gofmt
// then need not redo; comment.go builds every comment of those, the one
// place where table text meets Go source outside a string literal. What does not depend on the
// table, the lookups over the records, the matcher and the reply framing,
// is runtime/runtime.go, real Go that splice.go prints after the table's
// part with the generated file's names.
package golang

import (
	"bytes"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/spec"
)

// Target generates the Go package.
var Target = generators.Target{
	Name:        "go",
	Description: "Go package (typed constants, indexed lookups), via jennifer",
	Ext:         ".go",
	Check:       Reserved.Check,
	Generate:    generators.Checked(Reserved.Check, generate),
}

func generate(t *spec.Table, opt generators.Options) ([]generators.File, error) {
	name, err := opt.GoPackage()
	if err != nil {
		return nil, fmt.Errorf("go: %w", err)
	}
	header, err := generators.Header(t)
	if err != nil {
		return nil, fmt.Errorf("go: %w", err)
	}
	go loadRuntime() // parsed while the table's part is built
	go loadClient()
	p, err := newPkg(t, name, header)
	if err != nil {
		return nil, fmt.Errorf("go: %w", err)
	}
	pieces := render(p, opt.Shared)
	client := newPiece(p.name)
	if err := p.renderClient(client, t); err != nil {
		return nil, fmt.Errorf("go: %w", err)
	}
	pieces = append(pieces, piece{file: client})
	rf, err := loadRuntime()
	if err != nil {
		return nil, fmt.Errorf("go: %w", err)
	}
	cf, err := loadClient()
	if err != nil {
		return nil, fmt.Errorf("go: %w", err)
	}
	runtime, imports := rf.render(name, p.needs)
	clientRuntime, clientImports := cf.render(name, p.needs)
	runtime += "\n// The client's half of the wire: commands, the addresses of the data\n// connection, FEAT and OPTS, and MLSx entries.\n\n" + clientRuntime
	for _, imp := range clientImports {
		if !slices.Contains(imports, imp) {
			imports = append(imports, imp)
		}
	}

	// Each file piece is rendered and formatted on its own, the pieces at
	// the same time; the first gets every piece's imports and the
	// runtime's. The records are laid out already.
	type part struct {
		head, body []byte
		imports    []string
		err        error
	}
	parts := make([]part, len(pieces))
	var wg sync.WaitGroup
	for i, pc := range pieces {
		if pc.file == nil {
			parts[i].body = []byte(pc.text)
			continue
		}
		wg.Go(func() {
			var src bytes.Buffer
			if parts[i].err = pc.file.Render(&src); parts[i].err == nil {
				parts[i].head, parts[i].imports, parts[i].body, parts[i].err = splitImports(src.Bytes(), name)
			}
		})
	}
	wg.Wait()
	for _, pt := range parts {
		if pt.err != nil {
			return nil, fmt.Errorf("go: %w", pt.err)
		}
		imports = append(imports, pt.imports...)
	}
	clause := []byte("package " + name + "\n\n")
	for i := range parts {
		if pieces[i].file == nil {
			continue
		}
		wg.Go(func() {
			pt := &parts[i]
			var src []byte
			if i == 0 {
				src = slices.Concat(pt.head, importDecl(imports), pt.body)
			} else {
				src = slices.Concat(clause, pt.body)
			}
			if pt.body, pt.err = formatSource(src); pt.err == nil && i > 0 {
				pt.body = bytes.TrimPrefix(pt.body, clause)
			}
		})
	}
	wg.Wait()
	size := len(runtime) + len(parts)
	for _, pt := range parts {
		size += len(pt.body)
	}
	out := make([]byte, 0, size)
	for _, pt := range parts {
		if pt.err != nil {
			return nil, fmt.Errorf("go: %w", pt.err)
		}
		if len(out) > 0 && len(pt.body) > 0 {
			out = append(out, '\n')
		}
		out = append(out, pt.body...)
	}
	// The runtime is printed already: gofmt has only the table's part to do.
	out = append(append(out, '\n'), runtime...)
	return []generators.File{{Path: "go/" + name + "/" + name + ".go", Data: out}}, nil
}

// splitImports splits src, a file jennifer rendered, into what comes
// before its imports (header, doc comment, package clause), the paths it
// imports, quoted, and its declarations.
func splitImports(src []byte, name string) (head []byte, imports []string, body []byte, err error) {
	clause := []byte("package " + name + "\n\n")
	at := 0
	if !bytes.HasPrefix(src, clause) {
		at = bytes.Index(src, append([]byte{'\n'}, clause...)) + 1
		if at == 0 {
			return nil, nil, nil, fmt.Errorf("the rendered source has no line %q", strings.TrimSpace(string(clause)))
		}
	}
	at += len(clause)
	rest := src[at:]
	switch {
	case bytes.HasPrefix(rest, []byte("import (\n")):
		end := bytes.Index(rest, []byte(")\n"))
		imports = strings.Fields(string(rest[len("import (\n"):end]))
		rest = rest[end+len(")\n"):]
	case bytes.HasPrefix(rest, []byte("import \"")):
		end := bytes.IndexByte(rest, '\n')
		imports = append(imports, strings.TrimPrefix(string(rest[:end]), "import "))
		rest = rest[end+1:]
	}
	return src[:at], imports, rest, nil
}

// importDecl returns the import declaration of the given paths, each
// quoted or not, sorted, each once.
func importDecl(paths []string) []byte {
	var quoted []string
	for _, p := range paths {
		if !strings.HasPrefix(p, `"`) {
			p = strconv.Quote(p)
		}
		if !slices.Contains(quoted, p) {
			quoted = append(quoted, p)
		}
	}
	if len(quoted) == 0 {
		return nil
	}
	slices.Sort(quoted)
	return []byte("import (\n\t" + strings.Join(quoted, "\n\t") + "\n)\n\n")
}

// formatSource gofmts the rendered source. If it does not parse, which is a
// bug in this generator, the error comes with the source, its lines
// numbered, so that the line the parser names can be found.
//
// It does what go/format.Source does for a whole file, parse and print,
// into a buffer sized for the output at once: the raw source is the
// output without its indentation and alignment. (format.Source also
// normalizes number literals, 0X1p-2 as 0x1p-2; jennifer writes none
// that it would change, and TestGenerated holds the output to gofmt.)
func formatSource(src []byte) ([]byte, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", src, parser.ParseComments|parser.SkipObjectResolution)
	if err == nil {
		ast.SortImports(fset, f)
		var b bytes.Buffer
		b.Grow(len(src) + len(src)/3)
		if err = (&printer.Config{Mode: printer.UseSpaces | printer.TabIndent, Tabwidth: 8}).Fprint(&b, fset, f); err == nil {
			return b.Bytes(), nil
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "the generated source does not parse: %v\n", err)
	lines := strings.Split(strings.TrimSuffix(string(src), "\n"), "\n")
	width := len(fmt.Sprint(len(lines)))
	for i, l := range lines {
		fmt.Fprintf(&b, "%*d  %s\n", width, i+1, l)
	}
	return nil, errors.New(strings.TrimSuffix(b.String(), "\n"))
}
