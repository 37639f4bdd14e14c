// Package rust generates the Rust crate ftpcodes: Cargo.toml and
// src/lib.rs, shaped like the http crate's StatusCode.
//
// The crate has no dependencies and no unsafe code. Its tables are
// statics and its lookups matches, so nothing allocates to find a code,
// a text or a command. Its table-independent code (the reply code type,
// commands, time values, the formatters' template engine and the reply
// framing of RFC 959) is runtime/runtime.rs, a real Rust source file that
// this package's tests build, lint and test as a crate of its own, and
// that lib.rs.tmpl splices in whole. The parts under templates/rust/
// render what depends on the table; this package computes what they need
// in rustfmt's layout, so that the crate passes cargo fmt --check, and
// wrapStrings (width.go) breaks the string literals and doc comments that
// would go past rustfmt's max_width of 100.
package rust

import (
	_ "embed"
	"fmt"
	"strings"
	"text/template"

	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/internal/quote"
	"github.com/ftpcodes/ftpcodes/spec"
)

// runtime is the crate's table-independent code.
//
//go:embed runtime/runtime.rs
var runtime string

// client is the crate's client half of the wire: command lines,
// addresses, FEAT and MLSx entries.
//
//go:embed runtime/client.rs
var client string

// RustVersion is the crate's rust-version: the oldest Rust it builds with,
// as clippy's msrv lints check for the standard library.
const RustVersion = "1.70"

// Target renders templates/rust/: Cargo.toml.tmpl and lib.rs.tmpl, with
// the parts replies.tmpl, commands.tmpl and values.tmpl.
var Target = generators.Target{
	Name:        lang.Name,
	Description: lang.Description,
	Ext:         ".rs",
	Check:       Reserved.Check,
	Generate:    generators.Checked(Reserved.Check, generate),
}

var lang = generators.TemplateLang{
	Name:        "rust",
	Description: "Rust crate ftpcodes (Cargo.toml, src/lib.rs) with a ReplyCode newtype, commands, formatters and parsers",
	Dir:         "rust",
	Files: []generators.TemplateFile{
		{Skeleton: "Cargo.toml.tmpl", Path: "rust/Cargo.toml"},
		{Skeleton: "lib.rs.tmpl", Path: "rust/src/lib.rs"},
	},
	Funcs: template.FuncMap{
		"str":         quote.RustString,      // a string literal
		"linecomment": quote.RustLineComment, // the text of a // or # comment
		"runtime":     func() string { return runtime },
		"client":      func() string { return client },
		"model":       model,
		"rustversion": func() string { return RustVersion },
	},
}

var rendered = generators.TemplateTarget(lang)

// generate refuses a table whose names the crate cannot spell, then
// renders it.
func generate(t *spec.Table, opt generators.Options) ([]generators.File, error) {
	if err := check(t); err != nil {
		return nil, fmt.Errorf("rust: %w", err)
	}
	files, err := rendered.Generate(t, opt)
	if err != nil {
		return nil, err
	}
	for i, f := range files {
		if strings.HasSuffix(f.Path, ".rs") {
			files[i].Data = []byte(wrapStrings(string(f.Data)))
		}
	}
	return files, nil
}

// runtimeNames are the runtime's public functions and types that a
// templated meaning's formatter, parser or values struct could take.
var runtimeNames = map[string]bool{
	"format_reply": true, "parse_reply": true, "read_reply": true,
	"format_command": true, "parse_command": true, "parse_passive_address": true,
	"parse_extended_passive_port": true, "parse_long_passive_address": true,
	"format_port_argument": true, "parse_port_argument": true, "format_eprt_argument": true,
	"parse_eprt_argument": true, "format_lprt_argument": true, "parse_lprt_argument": true,
	"parse_features": true, "format_features": true, "format_opts_argument": true,
	"parse_opts_argument": true, "parse_entry": true, "format_entry": true,
}

// check refuses a meaning whose formatter or parser would take the name of
// one of the runtime's functions: a meaning named Reply.
func check(t *spec.Table) error {
	for _, r := range t.Replies {
		for _, m := range r.Meanings() {
			if m.Template == nil {
				continue
			}
			for _, name := range []string{"format_" + m.Name.LowerSnake, "parse_" + m.Name.LowerSnake} {
				if runtimeNames[name] {
					return fmt.Errorf("reply %d: meaning %s: the Rust crate has its own %s; rename the meaning", r.Code, m.Name.Camel, name)
				}
			}
		}
	}
	return nil
}
