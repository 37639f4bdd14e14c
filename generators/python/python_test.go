package python_test

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"text/template"

	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/generators/python"
	"github.com/ftpcodes/ftpcodes/internal/conformance"
	_ "github.com/ftpcodes/ftpcodes/internal/golden" // defines -update for go test ./... -update
	"github.com/ftpcodes/ftpcodes/internal/quote"
	"github.com/ftpcodes/ftpcodes/spec"
)

const modulePath = "python/ftpcodes.py"

var topLevelDef = regexp.MustCompile(`^(class \w+[(:]|def \w+\(|@\w)`)

// TestShape checks what needs no Python: the header line, and PEP 8's two
// blank lines before each top-level definition.
func TestShape(t *testing.T) {
	for _, nt := range conformance.Tables(t) {
		src := conformance.Generate(t, python.Target, nt.Table)[modulePath]
		if src == nil {
			t.Fatalf("%s: no %s", nt.Name, modulePath)
		}
		header, err := generators.Header(nt.Table)
		if err != nil {
			t.Fatal(err)
		}
		if want := "# " + header + "\n"; !bytes.HasPrefix(src, []byte(want)) {
			t.Errorf("%s: the first line is not %q", nt.Name, want)
		}
		lines := strings.Split(string(src), "\n")
		for i, l := range lines {
			if topLevelDef.MatchString(l) && !strings.HasPrefix(lines[i-1], "@") && (lines[i-1] != "" || lines[i-2] != "" || lines[i-3] == "") {
				t.Errorf("%s: line %d: want two blank lines before %q", nt.Name, i+1, l)
			}
		}
	}
}

// TestNoCommands renders a table without commands, which must still give
// a module that imports, with an empty FTPCommand.
func TestNoCommands(t *testing.T) {
	tbl := *conformance.Tables(t)[0].Table
	tbl.Commands = nil
	src := conformance.Generate(t, python.Target, &tbl)[modulePath]
	py := conformance.Require(t, "python3")
	dir := t.TempDir()
	conformance.WriteFiles(t, dir, map[string][]byte{"ftpcodes.py": src})
	check := `import ftpcodes as f; assert list(f.FTPCommand) == [] and f.lookup_command("RETR") is None and not f.is_expected_reply("RETR", 200)`
	conformance.Run(t, dir, py, "-B", "-W", "error", "-c", check)
}

// TestRoundTrip imports the module generated from every table, checks its
// behaviour and has it print every reply, which must equal conformance.Dump,
// and every command, which must equal conformance.CommandDump.
// It runs under python3 and, where the command works, python3.8, the
// oldest version the module supports.
func TestRoundTrip(t *testing.T) {
	pythons := pythons(t)
	for _, nt := range append(conformance.Tables(t), namesTable(t)) {
		t.Run(nt.Name, func(t *testing.T) {
			dir := writeModule(t, nt.Table)
			args := []string{"-B", "-W", "error", "roundtrip.py", "dump"}
			for _, r := range nt.Table.Replies {
				args = append(args, fmt.Sprintf("%s=%d", r.Name.UpperSnake, r.Code))
				for _, a := range r.Aliases {
					args = append(args, fmt.Sprintf("%s=%d", a.UpperSnake, r.Code))
				}
			}
			cmdArgs := []string{"-B", "-W", "error", "roundtrip.py", "commands"}
			for _, c := range nt.Table.Commands {
				cmdArgs = append(cmdArgs, c.Verb+"="+c.Verb)
				for _, a := range c.Aliases {
					cmdArgs = append(cmdArgs, a+"="+c.Verb)
				}
			}
			for _, py := range pythons {
				conformance.Run(t, dir, py, "-B", "-W", "error", "-c", "import ftpcodes")
				conformance.CheckDump(t, "python ("+filepath.Base(py)+")", nt.Name, nt.Table, conformance.Run(t, dir, py, args...))
				if got, want := conformance.Run(t, dir, py, "-B", "-W", "error", "roundtrip.py", "kinds"), kinds(nt.Table); got != want {
					t.Errorf("%s: classes and groups read back as\n%s\nwant\n%s", filepath.Base(py), got, want)
				}
				conformance.CheckCommandDump(t, "python ("+filepath.Base(py)+")", nt.Name, nt.Table, conformance.Run(t, dir, py, cmdArgs...))
			}
		})
	}
}

// kinds is what roundtrip.py kinds must print.
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

// pyrightConfig is strict mode for the oldest Python the module supports,
// plus most checks strict mode leaves off. Not these: reportMissingSuperCall,
// which wants object.__init__ called, and reportUnusedCallResult, which
// wants the length sys.stdout.write returns assigned.
const pyrightConfig = `{
  "typeCheckingMode": "strict",
  "pythonVersion": "3.8",
  "reportCallInDefaultInitializer": "error",
  "reportImplicitOverride": "error",
  "reportImplicitStringConcatenation": "error",
  "reportImportCycles": "error",
  "reportPropertyTypeMismatch": "error",
  "reportShadowedImports": "error",
  "reportUnnecessaryTypeIgnoreComment": "error"
}
`

// TestPyright type-checks the module generated from every table, and the
// test programs that use it, with pyright in strict mode: no error, no
// warning, no information. For the shipped table it checks README.md's
// Python code and testdata/readme.py too.
func TestPyright(t *testing.T) {
	pyright := conformance.NodeBin(t, "pyright")
	for _, nt := range allTables(t) {
		t.Run(nt.Name, func(t *testing.T) {
			t.Parallel()
			dir := writeModule(t, nt.Table)
			conformance.WriteFiles(t, dir, map[string][]byte{"pyrightconfig.json": []byte(pyrightConfig)})
			want := len(scripts) + 2
			if nt.Name == "shipped" { // README's code names the shipped table's replies
				conformance.WriteFiles(t, dir, readmeFiles(t))
				want += 3
			}
			cmd := exec.Command(pyright, "--outputjson", "--project", dir)
			cmd.Dir = dir
			out, _ := cmd.Output() // exits 1 on errors; the JSON says why
			var res struct {
				Diagnostics []struct {
					File     string
					Severity string
					Message  string
					Rule     string
					Range    struct{ Start struct{ Line, Character int } }
				} `json:"generalDiagnostics"`
				Summary struct {
					FilesAnalyzed                              int
					ErrorCount, WarningCount, InformationCount int
				}
			}
			if err := json.Unmarshal(out, &res); err != nil {
				t.Fatalf("pyright: %v\n%s", err, out)
			}
			for _, d := range res.Diagnostics {
				t.Errorf("%s:%d:%d: %s: %s (%s)", filepath.Base(d.File), d.Range.Start.Line+1, d.Range.Start.Character+1, d.Severity, d.Message, d.Rule)
			}
			s := res.Summary
			if s.FilesAnalyzed != want || s.ErrorCount+s.WarningCount+s.InformationCount != 0 {
				t.Errorf("pyright: %+v; want %d files analyzed and nothing reported", s, want)
			}
		})
	}
}

// scripts are the test programs under testdata, which writeModule writes
// next to the module.
var scripts = []string{"roundtrip.py", "vectors.py", "replies.py"}

// writeModule writes the module generated from tbl, the test programs and
// dispatch.py into a new temporary directory.
func writeModule(t *testing.T, tbl *spec.Table) string {
	t.Helper()
	dir := t.TempDir()
	src := conformance.Generate(t, python.Target, tbl)[modulePath]
	files := map[string][]byte{"ftpcodes.py": src, "dispatch.py": dispatch(t, tbl, src)}
	for _, name := range scripts {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		files[name] = b
	}
	conformance.WriteFiles(t, dir, files)
	return dir
}

// pythons returns python3 and, where the command works, python3.8, the
// oldest version the module supports.
func pythons(t *testing.T) []string {
	t.Helper()
	out := []string{conformance.Require(t, "python3")}
	if p, err := exec.LookPath("python3.8"); err == nil && exec.Command(p, "-c", "").Run() == nil {
		out = append(out, p)
	} else {
		t.Log("python3.8 does not run here; testing with python3 only")
	}
	return out
}

// allTables returns the tables every test runs on: conformance.Tables, the
// names table, and the shipped table without templates.
func allTables(t *testing.T) []conformance.Named {
	t.Helper()
	tables := append(conformance.Tables(t), namesTable(t))
	bare := *tables[0].Table
	bare.Replies = nil
	for _, r := range tables[0].Table.Replies {
		r2 := *r
		r2.Template = nil
		r2.Also = nil
		for _, m := range r.Also {
			m2 := *m
			m2.Template = nil
			r2.Also = append(r2.Also, &m2)
		}
		bare.Replies = append(bare.Replies, &r2)
	}
	return append(tables, conformance.Named{Name: "no-templates", Table: &bare})
}

// TestReplies runs the formatters, parsers and reply framing of the module
// generated from every table: testdata/vectors.py must print the results
// of conformance.Vectors, and testdata/replies.py, which checks round trips
// over hostile values and rejections, "ok". Both reach the formatters and
// parsers through dispatch.py, generated here for each table.
func TestReplies(t *testing.T) {
	pythons := pythons(t)
	for _, nt := range allTables(t) {
		t.Run(nt.Name, func(t *testing.T) {
			t.Parallel()
			dir := writeModule(t, nt.Table)
			vectors, _ := conformance.WriteVectors(t, dir, nt.Table)
			for _, py := range pythons {
				lang := "python (" + filepath.Base(py) + ")"
				got := conformance.Run(t, dir, py, "-B", "-W", "error", "vectors.py", vectors)
				conformance.CheckVectors(t, lang, nt.Name, nt.Table, got)
				if got := conformance.Run(t, dir, py, "-B", "-W", "error", "replies.py"); got != "ok\n" {
					t.Errorf("%s: replies.py printed %q, want \"ok\\n\"", lang, got)
				}
			}
		})
	}
}

// TestYears checks that spec's years of a time-val are those a datetime
// holds, datetime.MINYEAR to datetime.MAXYEAR, on which the module's
// formatters and parsers of time values rely for their range.
func TestYears(t *testing.T) {
	if spec.MinYear != 1 || spec.MaxYear != 9999 {
		t.Errorf("spec's time-vals are in the years %d to %d; a datetime holds 1 to 9999", spec.MinYear, spec.MaxYear)
	}
}

// TestReadme runs README.md's Python client against a server on loopback,
// testdata/readme.py, which greets it with one reply whose text holds a
// bare CR, "150 ok\r226 done\r\n", and answers its PWD with README's own
// server code: the client must read the greeting as one reply, and then
// the path.
func TestReadme(t *testing.T) {
	py := conformance.Require(t, "python3")
	nt := conformance.Tables(t)[0]
	if nt.Name != "shipped" {
		t.Fatalf("the first table is %s, not the shipped one", nt.Name)
	}
	dir := writeModule(t, nt.Table)
	conformance.WriteFiles(t, dir, readmeFiles(t))
	if got := conformance.Run(t, dir, py, "-B", "-W", "error", "readme.py"); got != "ok\n" {
		t.Errorf("readme.py printed %q, want \"ok\\n\"", got)
	}
}

// readmeFiles returns README.md's Python server code as readme_server.py,
// its client code as readme_client.py, and testdata/readme.py, which runs
// them.
func readmeFiles(t *testing.T) map[string][]byte {
	t.Helper()
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	harness, err := os.ReadFile(filepath.Join("testdata", "readme.py"))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{"readme.py": harness}
	for _, m := range regexp.MustCompile("(?s)\n```python\n(.*?)\n```\n").FindAllSubmatch(readme, -1) {
		switch code := m[1]; {
		case bytes.Contains(code, []byte("def send_pathname(")):
			files["readme_server.py"] = append(slices.Clone(code), '\n')
		case bytes.Contains(code, []byte(`sock.makefile("rb")`)):
			files["readme_client.py"] = append(slices.Clone(code), '\n')
		}
	}
	for _, name := range []string{"readme_server.py", "readme_client.py"} {
		if files[name] == nil {
			t.Fatalf("README.md has no Python code for %s", name)
		}
	}
	return files
}

// TestExports checks that __all__ lists exactly the module's public
// top-level names, and that every formatter and parser is there with its
// parameters named as the table names them, a keyword, a built-in or a
// name the module imports with a trailing underscore.
func TestExports(t *testing.T) {
	for _, nt := range allTables(t) {
		src := string(conformance.Generate(t, python.Target, nt.Table)[modulePath])
		all := regexp.MustCompile(`(?s)\n__all__ = \[\n(.*?)\n\]\n`).FindStringSubmatch(src)
		if all == nil {
			t.Fatalf("%s: no __all__", nt.Name)
		}
		var exported []string
		for _, l := range strings.Split(all[1], "\n") {
			exported = append(exported, strings.Trim(l, ` ",`))
		}
		var public []string
		for _, m := range regexp.MustCompile(`(?m)^(?:class|def) ([A-Za-z]\w*)`).FindAllStringSubmatch(src, -1) {
			public = append(public, m[1])
		}
		sorted := slices.Sorted(slices.Values(public))
		if !slices.Equal(exported, sorted) {
			t.Errorf("%s: __all__ is\n%v\nwant\n%v", nt.Name, exported, sorted)
		}
		imports := moduleImports(src)
		for _, m := range templated(nt.Table) {
			var params []string
			for _, p := range m.Template.Params {
				params = append(params, pyIdent(imports, p.Name.LowerSnake)+": ")
			}
			def := "def format_" + m.Name.LowerSnake + "("
			i := strings.Index(src, "\n"+def)
			if i < 0 {
				t.Errorf("%s: no %s", nt.Name, def)
				continue
			}
			sig := src[i : i+strings.Index(src[i:], ") -> str:")]
			for _, p := range params {
				if !strings.Contains(sig, p) {
					t.Errorf("%s: %s...) has no parameter %s", nt.Name, def, p)
				}
			}
		}
	}
}

// moduleImports returns the lower-case names a module's top-level import
// lines bind, and the names of tuple's methods, which a NamedTuple field
// must not take.
func moduleImports(src string) map[string]bool {
	out := map[string]bool{"count": true, "index": true}
	for _, m := range regexp.MustCompile(`(?m)^(?:import (\w+)|from \S+ import (.+))$`).FindAllStringSubmatch(src, -1) {
		for _, name := range strings.Split(m[1]+","+m[2], ",") {
			if name = strings.TrimSpace(name); name != "" && strings.ToLower(name) == name {
				out[name] = true
			}
		}
	}
	return out
}

// pyIdent is what the module must call a parameter named name.
func pyIdent(imports map[string]bool, name string) string {
	if imports[name] {
		return name + "_"
	}
	return quote.PythonIdent(name)
}

// templated is every meaning of tbl that has a template, with its code.
func templated(tbl *spec.Table) []templatedMeaning {
	var out []templatedMeaning
	for _, r := range tbl.Replies {
		for _, m := range r.Meanings() {
			if m.Template != nil {
				out = append(out, templatedMeaning{r.Code, m})
			}
		}
	}
	return out
}

type templatedMeaning struct {
	Code int
	*spec.Meaning
}

// dispatchTemplate writes dispatch.py, through which vectors.py and
// replies.py reach the formatter and the parser of every meaning that has
// a template: one Entry per meaning, by name. The formatter is called with
// keyword arguments and the parser's fields are read by name, each typed,
// so that pyright also checks the names and the types of the API.
var dispatchTemplate = template.Must(template.New("dispatch").Funcs(template.FuncMap{
	"str": quote.PythonString,
}).Parse(`"""The formatters and parsers of a generated ftpcodes.py, by meaning.

Written by python_test.go for one table.
"""

from __future__ import annotations

{{- if .HasTime}}
from datetime import datetime
{{- end}}
from typing import Callable, Dict, NamedTuple, Optional, Sequence, Tuple{{if .Meanings}}, cast{{end}}
{{- if .Meanings}}

import ftpcodes
{{- end}}


class Param(NamedTuple):
    """A template's parameter."""

    name: str
    kind: str
    """"uint", "time" or "string"."""
    maximum: int
    """The largest value of a uint; 0 for other types."""


class Entry(NamedTuple):
    """A meaning's formatter and parser, taking and giving values in order."""

    name: str
    code: int
    params: Tuple[Param, ...]
    literals: Tuple[str, ...]
    """The template's literal text, in order."""
    format: Callable[[Sequence[object]], str]
    parse: Callable[[str], Optional[Tuple[object, ...]]]
{{range $i, $m := .Meanings}}

def _format_{{$i}}(v: Sequence[object]) -> str:
    return ftpcodes.format_{{.Name.LowerSnake}}(
{{- range $j, $p := .Params}}
        {{$p.Ident}}=cast({{$p.Type}}, v[{{$j}}]),
{{- end}}
    )


def _parse_{{$i}}(text: str) -> Optional[Tuple[object, ...]]:
    r = ftpcodes.parse_{{.Name.LowerSnake}}(text)
    if r is None:
        return None
{{- range $j, $p := .Params}}
    v{{$j}}: {{$p.Type}} = r.{{$p.Ident}}
{{- end}}
    return ({{range $j, $p := .Params}}v{{$j}}, {{end}})
{{- end}}


ENTRIES: Dict[str, Entry] = {
{{- range $i, $m := .Meanings}}
    {{str .Name.Camel}}: Entry(
        {{str .Name.Camel}},
        {{.Code}},
        ({{range .Params}}Param({{str .Name}}, {{str .Kind}}, {{.Max}}), {{end}}),
        ({{range .Template.Segments}}{{if not .Param}}{{str .Literal}}, {{end}}{{end}}),
        _format_{{$i}},
        _parse_{{$i}},
    ),
{{- end}}
}
`))

// dispatch returns dispatch.py for tbl, whose module is src.
func dispatch(t *testing.T, tbl *spec.Table, src []byte) []byte {
	t.Helper()
	type param struct {
		Name, Ident, Kind, Type string
		Max                     uint64
	}
	type meaning struct {
		templatedMeaning
		Params []param
	}
	imports := moduleImports(string(src))
	var data struct {
		Meanings []meaning
		HasTime  bool
	}
	for _, m := range templated(tbl) {
		mm := meaning{templatedMeaning: m}
		for _, p := range m.Template.Params {
			typ := map[string]string{spec.TypeUint: "int", spec.TypeTime: "datetime", spec.TypeString: "str"}[p.Type]
			data.HasTime = data.HasTime || p.Type == spec.TypeTime
			mm.Params = append(mm.Params, param{p.Name.LowerSnake, pyIdent(imports, p.Name.LowerSnake), p.Type, typ, p.Max})
		}
		data.Meanings = append(data.Meanings, mm)
	}
	var b bytes.Buffer
	if err := dispatchTemplate.Execute(&b, data); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// namesTable returns a table whose names could clash with the module's
// own: template parameters named after keywords, built-ins, the module's
// imports and tuple's methods, replies named after its private functions,
// and names long enough that black splits the lines that hold them.
func namesTable(t *testing.T) conformance.Named {
	t.Helper()
	const toml = `
[class.2]
name = "PositiveCompletion"
title = "Positive Completion reply"
description = "Done."
rfc = 959
section = "4.2"

[group.5]
name = "FileSystem"
title = "File system"
description = "Files."
rfc = 959
section = "4.2"

[reply.250]
name = "Render"
text = "Names."
description = "Parameters named after keywords, built-ins and the module's imports."
status = "standard"
rfc = 959
section = "4.2.2"
template = "A {from} B {type} C {count} D {datetime} E {lambda} F {index} G {timezone} H {text}"
params = [
  { name = "from", type = "string", description = "A keyword." },
  { name = "type", type = "uint", description = "A built-in." },
  { name = "count", type = "string", description = "A method of tuple." },
  { name = "datetime", type = "time", description = "A class the module imports." },
  { name = "lambda", type = "uint", max = 9, description = "Another keyword." },
  { name = "index", type = "string", description = "Another method of tuple." },
  { name = "timezone", type = "time", description = "A class the module imports, beside a time value." },
  { name = "text", type = "string", description = "The parser's parameter." },
]

[reply.251]
name = "Scan"
text = "More names."
description = "A reply named after the parsers' helper."
status = "standard"
rfc = 959
section = "4.2.2"
template = '{values} and {re} or "{str}" at {match}'
params = [
  { name = "values", type = "string", description = "The parser's local variable." },
  { name = "re", type = "string", description = "A module the module imports." },
  { name = "str", type = "string", description = "A built-in type." },
  { name = "match", type = "uint", description = "A soft keyword." },
]

[reply.252]
name = "ConfidentialityAndIntegrityProtectedReplyLongerStill"
text = "Long."
description = "A name so long that black splits every line that holds it."
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
description = "A reply whose template constant is _TEMPLATE_TEMPLATE."
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
`
	tbl, err := spec.Parse("ftpcodes.toml", []byte(toml))
	if err != nil {
		t.Fatal(err)
	}
	return conformance.Named{Name: "names", Table: tbl}
}
