// Package python generates the Python module ftpcodes.py.
package python

import (
	"text/template"

	"github.com/ftpcodes/ftpcodes/generators"
)

// Target renders templates/python.tmpl.
var Target = generators.TemplateTarget(generators.TemplateLang{
	Name:        "python",
	Description: "Python 3.8+ module ftpcodes.py with an IntEnum",
	File:        "python.tmpl",
	Path:        "python/ftpcodes.py",
	Funcs:       template.FuncMap{},
})
