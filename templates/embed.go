// Package templates holds the text/template files from which the C, Python
// and TypeScript reply tables are generated, one file per target language,
// and the files that make an output directory a package of its ecosystem
// (pyproject.toml and py.typed for Python, ftpcodes.pc for C).
package templates

import "embed"

// FS holds every *.tmpl file of this directory.
//
//go:embed *.tmpl
var FS embed.FS
