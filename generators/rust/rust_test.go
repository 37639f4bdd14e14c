package rust_test

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/generators/rust"
	"github.com/ftpcodes/ftpcodes/internal/conformance"
	_ "github.com/ftpcodes/ftpcodes/internal/golden" // defines -update for go test ./... -update
	"github.com/ftpcodes/ftpcodes/internal/quote"
	"github.com/ftpcodes/ftpcodes/spec"
)

// TestShape checks what needs no Rust: the header lines, the generated
// marker, and that no line of lib.rs or Cargo.toml is wider than
// rustfmt's max_width (string literals and doc comments included).
func TestShape(t *testing.T) {
	for _, nt := range allTables(t) {
		files := conformance.Generate(t, rust.Target, nt.Table)
		lib, cargo := files["rust/src/lib.rs"], files["rust/Cargo.toml"]
		if lib == nil || cargo == nil || len(files) != 2 {
			t.Fatalf("%s: files %v", nt.Name, keys(files))
		}
		header, err := generators.Header(nt.Table)
		if err != nil {
			t.Fatal(err)
		}
		if want := "// " + header + "\n// @generated\n"; !bytes.HasPrefix(lib, []byte(want)) {
			t.Errorf("%s: lib.rs does not start with %q", nt.Name, want)
		}
		if want := "# " + header + "\n# @generated\n"; !bytes.HasPrefix(cargo, []byte(want)) {
			t.Errorf("%s: Cargo.toml does not start with %q", nt.Name, want)
		}
		conformance.CheckWidth(t, nt.Name, files, "rust/src/lib.rs", "rust/Cargo.toml")
	}
}

// TestRefused checks that a meaning whose formatter would take the name of
// a runtime function is refused.
func TestRefused(t *testing.T) {
	tbl := *conformance.Tables(t)[0].Table
	tbl.Replies = nil
	for _, r := range conformance.Tables(t)[0].Table.Replies {
		if r.Template != nil && tbl.Replies == nil {
			r2 := *r
			r2.Meaning.Name.Camel, r2.Meaning.Name.LowerSnake = "Reply", "reply" // spec refuses it, for Go's sake
			r = &r2
		}
		tbl.Replies = append(tbl.Replies, r)
	}
	if _, err := rust.Target.Generate(&tbl, generators.Options{}); err == nil || !strings.Contains(err.Error(), "format_reply") {
		t.Errorf("a meaning named Reply: err = %v, want a refusal naming format_reply", err)
	}
}

// allTables returns the tables every test runs on: conformance.Tables, the
// names table, and the shipped table without templates.
func allTables(t *testing.T) []conformance.Named {
	t.Helper()
	tables := append(conformance.Tables(t), namesTable(t))
	return append(tables, conformance.Named{Name: "no-templates", Table: conformance.WithoutTemplates(tables[0].Table)})
}

// TestRuntime builds, lints and tests runtime/ as a crate of its own:
// rustfmt, clippy with every warning an error, its unit tests, and
// rustdoc with every warning an error. Its doc examples are run by
// TestCrate, as the shipped crate's doc tests: the generator splices
// runtime.rs and client.rs, doc comments and all, into every lib.rs, so
// run here too they would run the same examples against the stand-in
// table instead of a real one, and could only find what the stand-in
// lacks.
func TestRuntime(t *testing.T) {
	cargo := conformance.Require(t, "cargo")
	files := map[string][]byte{}
	for _, name := range []string{"Cargo.toml", "runtime.rs", "client.rs", "src/lib.rs", "src/tests.rs"} {
		data, err := os.ReadFile(filepath.Join("runtime", filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		files[name] = data
	}
	dir := conformance.RustDir(t, "runtime")
	conformance.WriteChanged(t, dir, files)
	conformance.RustChecks(t, cargo, dir, []string{"runtime.rs", "client.rs", "src/lib.rs", "src/tests.rs"}, "clippy", "unit", "doc")
}

// workspace returns the one cargo workspace of this package's tests,
// written and its driver built (cargo does nothing the second time): the
// crate generated from every table (allTables), the driver over all of
// them, and README.md's Rust code (readmeApp). TestCrate, TestDiff and
// TestReadme share it, so that each crate is compiled once per mode.
func workspace(t *testing.T) (*conformance.RustWorkspace, []conformance.Named) {
	t.Helper()
	cargo := conformance.Require(t, "cargo")
	tables := allTables(t)
	var crates []conformance.RustCrate
	for _, nt := range tables {
		crates = append(crates, conformance.RustCrate{
			Name:     nt.Name,
			Files:    conformance.Generate(t, rust.Target, nt.Table),
			Dispatch: conformance.RustDispatch(t, nt.Table, quote.RustIdent),
		})
	}
	return conformance.BuildRustWorkspace(t, cargo, "crates", crates, readmeApp(t)), tables
}

// TestCrate checks the crate generated from every table with rustfmt and
// clippy (all in one run of each; the shipped crate also with its tests
// and with its rust-version's toolchain, and it, the hostile and the
// names ones with rustdoc), and runs the workspace's driver against all
// of them: it must read every table back as conformance.Dump and
// conformance.CommandDump say, and answer every vector of
// conformance.Vectors and conformance.ClientVectors as spec does.
// Clippy checks a crate's test target, and cargo test builds and runs its
// unit tests, where its lib.rs has test code (conformance.RustTestCode);
// without any, the test target is the library once more, and the tests
// are the doc examples.
func TestCrate(t *testing.T) {
	w, tables := workspace(t)
	var names, libs, all []string
	withTests := map[string]bool{}
	for _, nt := range tables {
		pkg := conformance.RustPackage(nt.Name)
		names = append(names, nt.Name)
		if conformance.RustTestCode.Match(conformance.Generate(t, rust.Target, nt.Table)["rust/src/lib.rs"]) {
			withTests[nt.Name] = true
			all = append(all, pkg)
		} else {
			libs = append(libs, pkg)
		}
	}
	w.Fmt(t, names...)
	w.Clippy(t, libs, all)
	for _, nt := range tables {
		t.Run(nt.Name, func(t *testing.T) {
			switch nt.Name {
			case "shipped":
				w.Test(t, conformance.RustPackage(nt.Name), !withTests[nt.Name])
				w.Doc(t, conformance.RustPackage(nt.Name))
				conformance.RustMSRV(t, conformance.Require(t, "cargo"), "msrv", conformance.Generate(t, rust.Target, nt.Table))
			case "hostile", "names":
				w.Doc(t, conformance.RustPackage(nt.Name)) // its doc tests are the shipped crate's: they use no table
			}
			driver := w.Driver
			args := []string{nt.Name, "dump"}
			for _, r := range nt.Table.Replies {
				args = append(args, fmt.Sprintf("%s=%d", r.Name.UpperSnake, r.Code))
				for _, a := range r.Aliases {
					args = append(args, fmt.Sprintf("%s=%d", a.UpperSnake, r.Code))
				}
			}
			conformance.CheckDump(t, "rust", nt.Name, nt.Table, conformance.RunInput(t, "", driver, args...))
			if got, want := conformance.RunInput(t, "", driver, nt.Name, "kinds"), kinds(nt.Table); got != want {
				t.Errorf("classes and groups read back as\n%s\nwant\n%s", got, want)
			}
			cmdArgs := []string{nt.Name, "commands"}
			for _, c := range nt.Table.Commands {
				cmdArgs = append(cmdArgs, c.Verb+"="+c.Verb)
				for _, a := range c.Aliases {
					cmdArgs = append(cmdArgs, a+"="+c.Verb)
				}
			}
			conformance.CheckCommandDump(t, "rust", nt.Name, nt.Table, conformance.RunInput(t, "", driver, cmdArgs...))
			in, _ := conformance.Vectors(nt.Table)
			conformance.CheckVectors(t, "rust", nt.Name, nt.Table, conformance.RunInput(t, in, driver, nt.Name, "vectors"))
			in, _ = conformance.ClientVectors(nt.Table)
			conformance.CheckClientVectors(t, "rust", nt.Name, nt.Table, conformance.RunInput(t, in, driver, nt.Name, "vectors"))
		})
	}
}

// kinds is what the driver's kinds must print.
func kinds(tbl *spec.Table) string {
	var b strings.Builder
	h := func(s string) string {
		if s == "" {
			return "-"
		}
		return hex.EncodeToString([]byte(s))
	}
	for _, c := range tbl.Classes {
		fmt.Fprintf(&b, "class %d %s %s %d %s\n", c.Digit, h(c.Title), h(c.Description), c.Ref.RFC, h(c.Ref.Section))
	}
	for _, g := range tbl.Groups {
		fmt.Fprintf(&b, "group %d %s %s %d %s\n", g.Digit, h(g.Title), h(g.Description), g.Ref.RFC, h(g.Ref.Section))
	}
	return b.String()
}

func keys(m map[string][]byte) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// namesTable returns a table whose names could clash with the crate's
// own: template parameters named after Rust keywords (written as raw
// identifiers), after the locals and helpers of the formatters and parsers
// (values, text, template, render, scan, value, segment), and after Rust's
// types; a class named like a method of ReplyClass; replies and commands
// named after the associated items of ReplyCode and Command; and names long
// enough that rustfmt splits the lines that hold them.
func namesTable(t *testing.T) conformance.Named {
	t.Helper()
	const toml = `
[class.2]
name = "All"
title = "Positive Completion reply"
description = "A class named like ReplyClass::all."
rfc = 959
section = "4.2"

[group.5]
name = "FromDigit"
title = "File system"
description = "A group named like ReplyGroup::from_digit."
rfc = 959
section = "4.2"

[reply.250]
name = "Render"
aliases = ["FromName", "Lookup2"]
text = "Names."
description = "Parameters named after keywords and the formatters' locals."
status = "standard"
rfc = 959
section = "4.2.2"
template = "A {type} B {match} C {fn} D {values} E {text} F {render} G {gen} H {str} I {u8} J {async}"
params = [
  { name = "type", type = "uint", max = 9, description = "A keyword." },
  { name = "match", type = "string", description = "A keyword." },
  { name = "fn", type = "time", description = "A keyword." },
  { name = "values", type = "string", description = "The parser's local." },
  { name = "text", type = "string", description = "The parser's parameter." },
  { name = "render", type = "string", description = "The runtime's template engine." },
  { name = "gen", type = "uint", description = "A keyword of Rust 2024." },
  { name = "str", type = "string", description = "A primitive type." },
  { name = "u8", type = "uint", max = 65535, description = "A primitive type." },
  { name = "async", type = "string", description = "A keyword." },
]

[reply.251]
name = "Scan"
text = "More names."
description = "A reply named after the parsers' helper."
status = "standard"
rfc = 959
section = "4.2.2"
template = '{value} and {segment} or "{in}" at {ref}'
params = [
  { name = "value", type = "string", description = "The runtime's Value." },
  { name = "segment", type = "string", description = "The runtime's Segment." },
  { name = "in", type = "string", description = "A keyword, quoted." },
  { name = "ref", type = "uint", max = 4294967295, description = "A keyword." },
]

[reply.252]
name = "ConfidentialityAndIntegrityProtectedReplyLongerStill"
text = "Long."
description = "A name so long that rustfmt splits every line that holds it."
status = "standard"
rfc = 959
section = "4.2.2"
template = "{first_parameter_with_a_long_name}, {second_parameter_with_a_long_name}, {third_parameter_with_a_long_name}."
params = [
  { name = "first_parameter_with_a_long_name", type = "uint", description = "One." },
  { name = "second_parameter_with_a_long_name", type = "time", description = "Two." },
  { name = "third_parameter_with_a_long_name", type = "string", description = "Three." },
]

[reply.253]
name = "Template"
text = "Template."
description = "A reply whose template is short."
status = "standard"
rfc = 959
section = "4.2.2"
template = "(|||{port}|)"
params = [
  { name = "port", type = "uint", max = 65535, description = "A port." },
]

[reply.254]
name = "Fixed"
text = "Fixed."
description = "A template without parameters, with literal braces."
status = "standard"
rfc = 959
section = "4.2.2"
template = "Fixed {{text}}."

[reply.255]
name = "Time"
text = "A meaning named Time, with a time."
description = "Its values struct is TimeValues, beside the runtime's Time."
status = "standard"
rfc = 959
section = "4.2.2"
template = "{t}"
params = [
  { name = "t", type = "time", description = "A time." },
]

[command.QUIT]
description = "Log out."
syntax = "QUIT <CRLF>"
status = "standard"
rfc = 959
section = "4.1.1"
replies_section = "5.4"
preliminary = []
intermediate = []
success = [250]
error = []

[command.ALL]
description = "A command named like Command::all."
syntax = "ALL <CRLF>"
status = "non-standard"
source = "Nobody's server"
aliases = ["NEW", "XALL"]
aliases_rfc = 775
preliminary = []
intermediate = []
success = [250, 251, 252]
error = []
`
	tbl, err := spec.Parse("ftpcodes.toml", []byte(toml))
	if err != nil {
		t.Fatal(err)
	}
	return conformance.Named{Name: "names", Table: tbl}
}
