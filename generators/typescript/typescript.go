// Package typescript generates the TypeScript ES module ftpcodes.ts.
//
// The module holds an as-const object of every code by name and one of
// every command verb, literal union types (every known code, the known codes
// of each class, every verb), plain functions over private tables of
// replies and of commands with their expected replies, a formatter and a
// parser for every reply text that carries values, and the reply-line
// framing of RFC 959 with one class, ReplyAssembler, that reads replies off
// a connection's bytes as spec.ReplyReader does. There is no enum,
// namespace or parameter property, nothing that Node's type stripping or
// --erasableSyntaxOnly refuses, and no top-level code with side effects, so
// that bundlers can drop what is not imported.
package typescript

import (
	"fmt"
	"strings"
	"text/template"

	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/internal/quote"
	"github.com/ftpcodes/ftpcodes/spec"
)

// Target renders templates/typescript.tmpl.
var Target = generators.TemplateTarget(generators.TemplateLang{
	Name:        "typescript",
	Description: "TypeScript ES module ftpcodes.ts with an as-const table",
	File:        "typescript.tmpl",
	Path:        "typescript/ftpcodes.ts",
	Funcs: template.FuncMap{
		"str":       quote.JSString, // a double-quoted string literal
		"comment":   quote.JSDoc,    // text inside a /** */ comment
		"param":     paramIdent,     // a template parameter as a function parameter
		"templated": templated,      // every meaning that has a template
		"statuses":  func() []spec.Status { return spec.Statuses },
		"observed":  observedArray, // an array literal of ObservedReply
	},
})

// Templated is a meaning whose text carries values, with the code of its
// reply.
type Templated struct {
	Code int
	*spec.Meaning
}

// templated returns every meaning of tbl that has a template, by code, each
// reply's primary meaning before its others.
func templated(tbl *spec.Table) []Templated {
	var out []Templated
	for _, r := range tbl.Replies {
		for _, m := range r.Meanings() {
			if m.Template != nil {
				out = append(out, Templated{r.Code, m})
			}
		}
	}
	return out
}

// helpers are the module's private functions that a formatter's body calls;
// a parameter of the same name would hide them.
var helpers = map[string]bool{"render": true, "scan": true}

// paramIdent returns the name of p as a parameter of its formatter: its
// lowerCamel name, with an underscore added when that is a reserved word or
// the name of a helper the formatter calls. The module's other names the
// formatter uses are in UPPER_SNAKE_CASE, which no parameter name is.
func paramIdent(p *spec.Param) string {
	if name := p.Name.LowerCamel; helpers[name] {
		return name + "_"
	}
	return quote.JSIdent(p.Name.LowerCamel)
}

// observedArray writes an array literal of ObservedReply, the line it
// starts on indented by indent spaces: each reply an object over several
// lines, each piece of evidence an object on one line.
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
			fmt.Fprintf(&b, "%s      { server: %s, at: %s },\n", pad, quote.JSString(e.Server.String()), quote.JSString(e.At()))
		}
		fmt.Fprintf(&b, "%s    ],\n%s  },\n", pad, pad)
	}
	b.WriteString(pad + "]")
	return b.String()
}
