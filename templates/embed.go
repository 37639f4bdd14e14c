// Package templates holds the text/template files from which the C, Python,
// TypeScript and Rust outputs are generated: one file per target language,
// or, in the per-language layout, one folder of parts per language; and the
// files that make an output folder a package of its ecosystem
// (pyproject.toml and py.typed for Python, ftpcodes.pc for C).
package templates

import "embed"

// FS holds every *.tmpl file of this directory and of its language folders.
//
//go:embed *.tmpl */*.tmpl
var FS embed.FS
