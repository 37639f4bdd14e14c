// Package typescript generates the TypeScript ES module ftpcodes.ts.
package typescript

import (
	"text/template"

	"github.com/ftpcodes/ftpcodes/generators"
)

// Target renders templates/typescript.tmpl.
var Target = generators.TemplateTarget(generators.TemplateLang{
	Name:        "typescript",
	Description: "TypeScript ES module ftpcodes.ts with an as-const table",
	File:        "typescript.tmpl",
	Path:        "typescript/ftpcodes.ts",
	Funcs:       template.FuncMap{},
})
