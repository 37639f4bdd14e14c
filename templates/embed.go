// Package templates holds the text/template files from which the C, Python
// and TypeScript reply tables are generated, one file per target language.
package templates

import "embed"

// FS holds every *.tmpl file of this directory.
//
//go:embed *.tmpl
var FS embed.FS
