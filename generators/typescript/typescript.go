// Package typescript generates the TypeScript ES module ftpcodes.ts.
//
// The module holds an as-const object of every code by name and one of
// every command verb, literal union types (every known code, the known codes
// of each class, every verb), and plain functions over private tables of
// replies and of commands with their expected replies: no enum, namespace
// or class, nothing that Node's type stripping or --erasableSyntaxOnly
// refuses, and no top-level code with side effects, so that bundlers can
// drop what is not imported.
package typescript

import (
	"text/template"

	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/internal/quote"
)

// Target renders templates/typescript.tmpl.
var Target = generators.TemplateTarget(generators.TemplateLang{
	Name:        "typescript",
	Description: "TypeScript ES module ftpcodes.ts with an as-const table",
	File:        "typescript.tmpl",
	Path:        "typescript/ftpcodes.ts",
	Funcs: template.FuncMap{
		"str":         quote.JSString,      // a double-quoted string literal
		"comment":     quote.JSDoc,         // text inside a /** */ comment
		"linecomment": quote.JSLineComment, // text of a // comment
	},
})
