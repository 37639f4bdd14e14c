// Package c generates the C99 header ftpcodes.h, also usable from C++.
package c

import (
	"text/template"

	"github.com/ftpcodes/ftpcodes/generators"
)

// Target renders templates/c.tmpl.
var Target = generators.TemplateTarget(generators.TemplateLang{
	Name:        "c",
	Description: "C99 header-only ftpcodes.h (also valid C++)",
	File:        "c.tmpl",
	Path:        "c/ftpcodes.h",
	Funcs:       template.FuncMap{},
})
