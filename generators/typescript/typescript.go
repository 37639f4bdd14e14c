// Package typescript generates the TypeScript ES module ftpcodes.ts.
//
// The module holds an as-const object of every code by name and one of
// every command verb, literal union types (every known code, the known codes
// of each class, every verb), plain functions over private, frozen tables of
// replies and of commands with their expected replies, a formatter and a
// parser for every reply text that carries values, and the reply-line
// framing of RFC 959 with one class, ReplyAssembler, that reads replies off
// a connection's bytes as spec.ReplyReader does. There is no enum,
// namespace or parameter property, nothing that Node's type stripping or
// --erasableSyntaxOnly refuses, and no top-level code with side effects
// (the tables are frozen by calls marked pure), so that bundlers can drop
// what is not imported.
//
// The module's table-independent code (the records' freezing, the
// formatters' template engine, time values and the reply framing) is
// runtime/runtime.ts, real TypeScript that this package's tests type-check
// with the module's flags and unit-test with node; the parts under
// templates/typescript/ render what depends on the table and splice the
// runtime's regions in at their places.
package typescript

import (
	_ "embed"
	"fmt"
	"strings"
	"text/template"

	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/internal/quote"
	"github.com/ftpcodes/ftpcodes/spec"
)

// runtimeSource is the module's table-independent code.
//
//go:embed runtime/runtime.ts
var runtimeSource string

// regions are runtimeSource's regions by name, as runtime splices them.
var regions = mustRegions(runtimeSource)

// Target renders templates/typescript/.
var Target = generators.Target{
	Name:        lang.Name,
	Description: lang.Description,
	Ext:         ".ts",
	Generate:    generate,
}

var lang = generators.TemplateLang{
	Name:        "typescript",
	Description: "TypeScript ES module ftpcodes.ts with an as-const table",
	Dir:         "typescript",
	Files: []generators.TemplateFile{
		{Skeleton: "ftpcodes.ts.tmpl", Path: "typescript/ftpcodes.ts"},
	},
	Funcs: template.FuncMap{
		"str":         quote.JSString, // a double-quoted string literal
		"comment":     quote.JSDoc,    // text inside a /** */ comment
		"statuses":    func() []spec.Status { return spec.Statuses },
		"replyGroups": func() []*spec.ReplyGroup { return spec.ReplyGroups },
		"observed":    observedArray, // an array literal of ObservedReply
		"runtime":     runtimeRegion, // a region of runtime/runtime.ts
	},
}

var rendered = generators.TemplateTarget(lang)

// generate refuses a table whose names the module cannot spell, renders
// it, and breaks the lines the table's text makes too wide.
func generate(t *spec.Table, opt generators.Options) ([]generators.File, error) {
	if errs := Check(t); len(errs) > 0 {
		return nil, fmt.Errorf("typescript: %w", errs)
	}
	files, err := rendered.Generate(t, opt)
	if err != nil {
		return nil, err
	}
	for i, f := range files {
		if strings.HasSuffix(f.Path, ".ts") {
			files[i].Data = []byte(layout(string(f.Data)))
		}
	}
	return files, nil
}

// runtimeRegion returns the region of runtime/runtime.ts with the given
// name, without its marker lines.
func runtimeRegion(name string) (string, error) {
	r, ok := regions[name]
	if !ok {
		return "", fmt.Errorf("runtime.ts has no region %q", name)
	}
	return r, nil
}

// mustRegions splits src at its "// #region NAME" and "// #endregion NAME"
// lines into the text of each region, without a final newline.
func mustRegions(src string) map[string]string {
	out := map[string]string{}
	var name string
	var body []string
	for _, line := range strings.Split(src, "\n") {
		switch {
		case strings.HasPrefix(line, "// #region "):
			name, body = strings.TrimPrefix(line, "// #region "), nil
		case strings.HasPrefix(line, "// #endregion "):
			if end := strings.TrimPrefix(line, "// #endregion "); end != name {
				panic(fmt.Sprintf("runtime.ts: #endregion %s closes #region %s", end, name))
			}
			out[name] = strings.Join(body, "\n")
			name = ""
		case name != "":
			body = append(body, line)
		}
	}
	return out
}

// observedArray writes an array literal of ObservedReply, the line it
// starts on indented by indent spaces: each reply an object over several
// lines, each piece of evidence an object on one line, or over three when
// one line would be wider than Width.
func observedArray(indent int, os []*spec.Observed) string {
	if len(os) == 0 {
		return "[]"
	}
	pad := strings.Repeat(" ", indent)
	var b strings.Builder
	b.WriteString("[\n")
	for _, o := range os {
		fmt.Fprintf(&b, "%s  {\n%s    code: %d,\n%s    evidence: [\n", pad, pad, o.Reply.Code, pad)
		for _, e := range o.Evidence {
			server, at := quote.JSString(e.Server.String()), quote.JSString(e.At())
			line := fmt.Sprintf("%s      { server: %s, at: %s },\n", pad, server, at)
			if len(line)-1 > Width {
				line = fmt.Sprintf("%s      {\n%s        server: %s,\n%s        at: %s,\n%s      },\n",
					pad, pad, server, pad, at, pad)
			}
			b.WriteString(line)
		}
		fmt.Fprintf(&b, "%s    ],\n%s  },\n", pad, pad)
	}
	b.WriteString(pad + "]")
	return b.String()
}
