// Package templates holds the text/template files from which the C, Python,
// TypeScript, Rust, Java and Markdown outputs are generated: one folder of
// parts per language, which also holds the files that make an output
// folder a package of its ecosystem (pyproject.toml and py.typed for
// Python, ftpcodes.pc for C, Cargo.toml for Rust, pom.xml for Java).
package templates

import "embed"

// FS holds every *.tmpl file of the language folders.
//
//go:embed */*.tmpl
var FS embed.FS
