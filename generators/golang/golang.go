// Package golang generates the Go reply-code package with jennifer.
//
// The output is one file, go/<pkg>/<pkg>.go, that imports only the standard
// library and reads like net/http's status.go: a Code type with a typed
// constant per reply, a Text function, class and function-group types, and
// the full record of every reply behind Lookup, ByName and All; the
// commands; a formatter and a parser for every reply text that carries
// values; and the reply framing of RFC 959, section 4.2.
//
// data.go says what the package is made of, render.go renders the records
// and commands, render_text.go the formatters, parsers and framing, and
// comment.go builds every comment, the one place where table text meets Go
// source outside a string literal.
package golang

import (
	"bytes"
	"errors"
	"fmt"
	"go/format"
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
	p, err := newPkg(t, name, header)
	if err != nil {
		return nil, fmt.Errorf("go: %w", err)
	}
	f := render(p)
	if err := p.renderClient(f, t); err != nil {
		return nil, fmt.Errorf("go: %w", err)
	}
	var src bytes.Buffer
	if err = f.Render(&src); err != nil {
		return nil, fmt.Errorf("go: %w", err)
	}
	out, err := formatSource(src.Bytes())
	if err == nil {
		out, err = spliceClient(out)
	}
	if err != nil {
		return nil, fmt.Errorf("go: %w", err)
	}
	if opt.Shared {
		if out, err = shareFile(out, sharedPrefix); err != nil {
			return nil, fmt.Errorf("go: %w", err)
		}
	}
	return []generators.File{{Path: "go/" + name + "/" + name + ".go", Data: out}}, nil
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
