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
// jennifer, what depends on the table: the constants, the records and
// commands, and render_text.go the formatters, parsers and their patterns;
// comment.go builds every comment of those, the one place where table text
// meets Go source outside a string literal. What does not depend on the
// table, the lookups over the records, the matcher and the reply framing,
// is runtime/runtime.go, real Go that splice.go prints after the table's
// part with the generated file's names.
package golang

import (
	"bytes"
	"errors"
	"fmt"
	"go/format"
	"slices"
	"strconv"
	"strings"

	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/spec"
)

// Target generates the Go package.
var Target = generators.Target{
	Name:        "go",
	Description: "Go package (typed constants, switch lookups), via jennifer",
	Ext:         ".go",
	Generate:    generate,
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
	rf, err := loadRuntime()
	if err != nil {
		return nil, fmt.Errorf("go: %w", err)
	}
	p, err := newPkg(t, name, header)
	if err != nil {
		return nil, fmt.Errorf("go: %w", err)
	}
	var src bytes.Buffer
	if err = render(p, opt.Shared).Render(&src); err != nil {
		return nil, fmt.Errorf("go: %w", err)
	}
	runtime, imports := rf.render(name, p.needs)
	raw, err := addImports(src.Bytes(), name, imports)
	if err != nil {
		return nil, fmt.Errorf("go: %w", err)
	}
	out, err := formatSource(raw)
	if err != nil {
		return nil, fmt.Errorf("go: %w", err)
	}
	// The runtime is printed already: gofmt has only the table's part to do.
	out = append(append(out, '\n'), runtime...)
	return []generators.File{{Path: "go/" + name + "/" + name + ".go", Data: out}}, nil
}

// addImports adds the packages the runtime imports to the import
// declaration of src, jennifer's rendering of the table's part, which
// imports what that part refers to.
func addImports(src []byte, name string, paths []string) ([]byte, error) {
	clause := "\npackage " + name + "\n\n"
	at := bytes.Index(src, []byte(clause))
	if at < 0 {
		return nil, fmt.Errorf("the rendered source has no line %q", strings.TrimSpace(clause))
	}
	at += len(clause)
	rest := src[at:]
	var have []string
	switch {
	case bytes.HasPrefix(rest, []byte("import (\n")):
		end := bytes.Index(rest, []byte(")\n"))
		have = strings.Fields(string(rest[len("import (\n"):end]))
		rest = rest[end+len(")\n"):]
	case bytes.HasPrefix(rest, []byte("import \"")):
		end := bytes.IndexByte(rest, '\n')
		have = append(have, strings.TrimPrefix(string(rest[:end]), "import "))
		rest = rest[end+1:]
	}
	for _, p := range paths {
		if q := strconv.Quote(p); !slices.Contains(have, q) {
			have = append(have, q)
		}
	}
	slices.Sort(have)
	var b bytes.Buffer
	b.Grow(len(src) + 16*len(paths))
	b.Write(src[:at])
	if len(have) > 0 {
		b.WriteString("import (\n")
		for _, q := range have {
			b.WriteString("\t" + q + "\n")
		}
		b.WriteString(")\n")
	}
	b.Write(rest)
	return b.Bytes(), nil
}

// formatSource gofmts the rendered source. If it does not parse, which is a
// bug in this generator, the error comes with the source, its lines
// numbered, so that the line the parser names can be found.
func formatSource(src []byte) ([]byte, error) {
	out, err := format.Source(src)
	if err == nil {
		return out, nil
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
