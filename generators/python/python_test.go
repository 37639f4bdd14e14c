package python_test

import (
	"bytes"
	"cmp"
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
	"unicode/utf8"

	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/generators/python"
	"github.com/ftpcodes/ftpcodes/internal/conformance"
	_ "github.com/ftpcodes/ftpcodes/internal/golden" // defines -update for go test ./... -update
	"github.com/ftpcodes/ftpcodes/internal/quote"
	"github.com/ftpcodes/ftpcodes/spec"
)

const modulePath = "python/ftpcodes.py"

var topLevelDef = regexp.MustCompile(`^(class \w+[(:]|def \w+\(|@\w)`)

// TestShape checks what needs no Python: the header line, PEP 8's two
// blank lines before each top-level definition, and no line wider than
// black's 88 columns.
func TestShape(t *testing.T) {
	for _, nt := range allTables(t) {
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
			if n := utf8.RuneCountInString(l); n > 88 {
				t.Errorf("%s: line %d: %d columns, more than black's 88: %s", nt.Name, i+1, n, l)
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

// TestModule runs every test program on the module generated from each
// table, all in one interpreter (testdata/driver.py): roundtrip.py must
// import it, check its behaviour and print every reply, which must equal
// conformance.Dump, every class and group, and every command, which must
// equal conformance.CommandDump; vectors.py must print the results of
// conformance.Vectors; and replies.py, which checks round trips over
// hostile values and rejections, "ok"; and vectors.py again, on
// conformance.ClientVectors, the client's half of the wire. vectors.py and
// replies.py reach the formatters and parsers through dispatch.py,
// generated here for each table. It runs under every interpreter of
// pythons: python3, python3.8 and python3.13.
func TestModule(t *testing.T) {
	pythons := pythons(t)
	for _, nt := range allTables(t) {
		t.Run(nt.Name, func(t *testing.T) {
			t.Parallel()
			dir := writeModule(t, nt.Table)
			vectors, _ := conformance.WriteVectors(t, dir, nt.Table)
			clientVectors, _ := conformance.WriteClientVectors(t, dir, nt.Table)
			dump := []string{"roundtrip", "dump"}
			for _, r := range nt.Table.Replies {
				dump = append(dump, fmt.Sprintf("%s=%d", r.Name.UpperSnake, r.Code))
				for _, a := range r.Aliases {
					dump = append(dump, fmt.Sprintf("%s=%d", a.UpperSnake, r.Code))
				}
			}
			commands := []string{"roundtrip", "commands"}
			for _, c := range nt.Table.Commands {
				commands = append(commands, c.Verb+"="+c.Verb)
				for _, a := range c.Aliases {
					commands = append(commands, a+"="+c.Verb)
				}
			}
			jobs := [][]string{dump, {"roundtrip", "kinds"}, commands, {"vectors", vectors}, {"replies"},
				{"vectors", clientVectors}}
			var b strings.Builder
			for _, j := range jobs {
				b.WriteString(strings.Join(j, " ") + "\n")
			}
			conformance.WriteFiles(t, dir, map[string][]byte{"jobs.txt": []byte(b.String())})
			for _, py := range pythons {
				lang := "python (" + filepath.Base(py) + ")"
				out := conformance.Run(t, dir, py, "-B", "-W", "error", "driver.py", "jobs.txt")
				got := strings.Split(out, "=== ")
				if len(got) != len(jobs)+1 || got[0] != "" {
					t.Fatalf("%s: driver.py printed %d sections, want %d:\n%s", lang, len(got)-1, len(jobs), out)
				}
				for i, j := range jobs {
					if !strings.HasPrefix(got[i+1], j[0]+"\n") {
						t.Fatalf("%s: section %d is not %s's", lang, i+1, j[0])
					}
					got[i+1] = strings.TrimPrefix(got[i+1], j[0]+"\n")
				}
				conformance.CheckDump(t, lang, nt.Name, nt.Table, got[1])
				if want := kinds(nt.Table); got[2] != want {
					t.Errorf("%s: classes and groups read back as\n%s\nwant\n%s", lang, got[2], want)
				}
				conformance.CheckCommandDump(t, lang, nt.Name, nt.Table, got[3])
				conformance.CheckVectors(t, lang, nt.Name, nt.Table, got[4])
				if got[5] != "ok\n" {
					t.Errorf("%s: replies.py printed %q, want \"ok\\n\"", lang, got[5])
				}
				conformance.CheckClientVectors(t, lang, nt.Name, nt.Table, got[6])
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
  "reportUnnecessaryTypeIgnoreComment": "error"
}
`

// TestPyright type-checks, in one run of pyright in strict mode, the
// runtime (runtime/_runtime.py and its unit tests) and, for every table,
// the module generated from it and the test programs that use it, each
// table's in an execution environment of its own: no error, no warning, no
// information. For the shipped table it checks README.md's Python code and
// testdata/readme.py too.
func TestPyright(t *testing.T) {
	pyright := conformance.NodeBin(t, "pyright")
	root := t.TempDir()
	files := map[string][]byte{}
	want := 0
	var envs []string
	for _, name := range runtimeFiles {
		files["runtime/"+name] = readFile(t, filepath.Join("runtime", name))
		want++
	}
	envs = append(envs, `{"root": "runtime"}`)
	for _, nt := range allTables(t) {
		for name, data := range moduleFiles(t, nt.Table) {
			files[nt.Name+"/"+name] = data
			want++
		}
		if nt.Name == "shipped" { // README's code names the shipped table's replies
			for name, data := range readmeFiles(t) {
				files[nt.Name+"/"+name] = data
				want++
			}
		}
		envs = append(envs, fmt.Sprintf(`{"root": %q}`, nt.Name))
	}
	files["pyrightconfig.json"] = []byte(strings.Replace(pyrightConfig, "{\n", "{\n  \"executionEnvironments\": ["+strings.Join(envs, ", ")+"],\n", 1))
	conformance.WriteFiles(t, root, files)
	cmd := exec.Command(pyright, "--outputjson", "--project", root)
	cmd.Dir = root
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, _ := cmd.Output() // exits 1 on errors; the JSON says why
	if stderr.Len() > 0 {  // such as a setting of the configuration it does not know
		t.Errorf("pyright wrote to standard error:\n%s", stderr.Bytes())
	}
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
		rel, _ := filepath.Rel(root, d.File)
		t.Errorf("%s:%d:%d: %s: %s (%s)", rel, d.Range.Start.Line+1, d.Range.Start.Character+1, d.Severity, d.Message, d.Rule)
	}
	s := res.Summary
	if s.FilesAnalyzed != want || s.ErrorCount+s.WarningCount+s.InformationCount != 0 {
		t.Errorf("pyright: %+v; want %d files analyzed and nothing reported", s, want)
	}
}

// runtimeFiles are the runtime's source and its unit tests.
var runtimeFiles = []string{"_runtime.py", "test_runtime.py"}

// TestRuntime runs the runtime's unit tests on it alone, under each of
// pythons, and checks that what it spells as spec defines it does: the
// limits of a reply and the members of ReplyStatus.
func TestRuntime(t *testing.T) {
	src := string(readFile(t, filepath.Join("runtime", "_runtime.py")))
	for _, want := range []string{
		fmt.Sprintf("\n_MAX_LINE_BYTES = %d\n", spec.MaxLineBytes),
		fmt.Sprintf("\n_MAX_REPLY_LINES = %d\n", spec.MaxReplyLines),
		fmt.Sprintf("holds more than %d bytes", spec.MaxLineBytes),
		fmt.Sprintf("goes on past %d lines", spec.MaxReplyLines),
	} {
		if !strings.Contains(src, want) {
			t.Errorf("runtime/_runtime.py does not say %q", want)
		}
	}
	var members []string
	for _, s := range spec.Statuses {
		doc := strings.ToUpper(s.Meaning()[:1]) + s.Meaning()[1:] + "."
		if s == spec.NonStandard {
			doc = strings.TrimSuffix(doc, ".") + "; ``source`` says where from."
		}
		member := strings.ToUpper(strings.ReplaceAll(s.String(), "-", "_"))
		members = append(members, fmt.Sprintf("        %s = %s\n        %s\n", member, quote.PythonString(s.String()), quote.PythonDocstring(doc)))
	}
	if want := "\n\n" + strings.Join(members, ""); !strings.Contains(src, want) {
		t.Errorf("ReplyStatus's members are not spec.Statuses; want\n%s", want)
	}
	dir := t.TempDir()
	files := map[string][]byte{}
	for _, name := range runtimeFiles {
		files[name] = readFile(t, filepath.Join("runtime", name))
	}
	conformance.WriteFiles(t, dir, files)
	for _, py := range pythons(t) {
		cmd := exec.Command(py, "-B", "-W", "error", "-m", "unittest", "test_runtime")
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("%s -m unittest test_runtime: %v\n%s", filepath.Base(py), err, out)
		}
	}
}

func readFile(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// scripts are the test programs under testdata, which writeModule writes
// next to the module.
var scripts = []string{"driver.py", "roundtrip.py", "vectors.py", "replies.py"}

// moduleFiles returns the module generated from tbl, the test programs and
// dispatch.py, by name.
func moduleFiles(t *testing.T, tbl *spec.Table) map[string][]byte {
	t.Helper()
	src := conformance.Generate(t, python.Target, tbl)[modulePath]
	files := map[string][]byte{"ftpcodes.py": src, "dispatch.py": dispatch(t, tbl)}
	for _, name := range scripts {
		files[name] = readFile(t, filepath.Join("testdata", name))
	}
	return files
}

// writeModule writes moduleFiles into a new temporary directory.
func writeModule(t *testing.T, tbl *spec.Table) string {
	t.Helper()
	dir := t.TempDir()
	conformance.WriteFiles(t, dir, moduleFiles(t, tbl))
	return dir
}

// pythons returns python3 and the interpreters of the oldest and the
// newest Python the module is tested on, python3.8 (pyproject.toml's
// requires-python) and python3.13, each found on PATH or among pyenv's
// versions (the machine's image has them there, pyenv's global version
// being python3's). Under CI=true a missing one fails the test; elsewhere
// it is logged and the test runs without it.
func pythons(t *testing.T) []string {
	t.Helper()
	out := []string{conformance.Require(t, "python3")}
	for _, name := range []string{"python3.8", "python3.13"} {
		if p := findPython(name); p != "" {
			out = append(out, p)
		} else if os.Getenv("CI") == "true" {
			t.Fatalf("%s is not installed (on PATH or in pyenv's versions); CI needs it", name)
		} else {
			t.Logf("%s is not installed (on PATH or in pyenv's versions); testing without it", name)
		}
	}
	return out
}

// findPython returns the path of the interpreter name ("python3.8") that
// runs, from PATH or from pyenv's versions; "" if there is none.
func findPython(name string) string {
	candidates := []string{name}
	if root := cmp.Or(os.Getenv("PYENV_ROOT"), filepath.Join(os.Getenv("HOME"), ".pyenv")); root != "" {
		found, _ := filepath.Glob(filepath.Join(root, "versions", strings.TrimPrefix(name, "python")+".*", "bin", name))
		candidates = append(candidates, found...)
	}
	for _, c := range candidates {
		if p, err := exec.LookPath(c); err == nil && exec.Command(p, "-c", "").Run() == nil {
			return p
		}
	}
	return ""
}

// allTables returns the tables every test runs on: conformance.Tables, the
// names table, and the shipped table without templates.
func allTables(t *testing.T) []conformance.Named {
	t.Helper()
	tables := append(conformance.Tables(t), namesTable(t))
	return append(tables, conformance.Named{Name: "no-templates", Table: conformance.WithoutTemplates(tables[0].Table)})
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
// the path; README's send, through ftplib against a second server, must
// warn of an implausible reply only (testdata/readme.py says more).
// README's code of the client's half of the wire must print what the
// comments after its prints say.
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
	wire := string(readmeFiles(t)["readme_wire.py"])
	var want strings.Builder
	for _, line := range strings.Split(wire, "\n") {
		if _, said, ok := strings.Cut(line, "  # "); ok && strings.Contains(line, "print(") {
			want.WriteString(said + "\n")
		}
	}
	if got := conformance.Run(t, dir, py, "-B", "-W", "error", "readme_wire.py"); got != want.String() {
		t.Errorf("README's client's half of the wire printed\n%s\nwant what its comments say\n%s", got, want.String())
	}
}

// readmeFiles returns README.md's Python server code as readme_server.py,
// its client code as readme_client.py, its client's half of the wire as
// readme_wire.py, its ftplib code as readme_ftplib.py, and
// testdata/readme.py, which runs them but readme_wire.py.
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
		case bytes.Contains(code, []byte("format_command(")):
			files["readme_wire.py"] = append(slices.Clone(code), '\n')
		case bytes.Contains(code, []byte("def send(ftp: ftplib.FTP")):
			files["readme_ftplib.py"] = append(slices.Clone(code), '\n')
		default:
			t.Errorf("README.md has Python code that neither TestReadme nor TestPyright reads:\n%s", code)
		}
	}
	for _, name := range []string{"readme_server.py", "readme_client.py", "readme_wire.py", "readme_ftplib.py"} {
		if files[name] == nil {
			t.Fatalf("README.md has no Python code for %s", name)
		}
	}
	return files
}

// TestExports checks that __all__ lists exactly the module's public
// top-level names, its classes (those defined on first use too, in a
// function at 4 columns), functions and assigned names, and that
// every formatter is there with its parameters named as the table names
// them.
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
		for _, m := range regexp.MustCompile(`(?m)^(?:(?:class|def|    class) ([A-Za-z]\w*)|([A-Za-z]\w*)(?:: [^=\n]+)? = )`).FindAllStringSubmatch(src, -1) {
			public = append(public, m[1]+m[2])
		}
		sorted := slices.Sorted(slices.Values(public))
		if !slices.Equal(exported, sorted) {
			t.Errorf("%s: __all__ is\n%v\nwant\n%v", nt.Name, exported, sorted)
		}
		for _, m := range nt.Table.Templated {
			def := "def format_" + m.Name.LowerSnake + "("
			i := strings.Index(src, "\n"+def)
			if i < 0 {
				t.Errorf("%s: no %s", nt.Name, def)
				continue
			}
			sig := src[i : i+strings.Index(src[i:], ") -> str:")]
			for _, p := range m.Template.Params {
				if !strings.Contains(sig, p.Name.LowerSnake+": ") {
					t.Errorf("%s: %s...) has no parameter %s", nt.Name, def, p.Name.LowerSnake)
				}
			}
		}
	}
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
        {{$p.Name}}=cast({{$p.Type}}, v[{{$j}}]),
{{- end}}
    )


def _parse_{{$i}}(text: str) -> Optional[Tuple[object, ...]]:
    r = ftpcodes.parse_{{.Name.LowerSnake}}(text)
    if r is None:
        return None
{{- range $j, $p := .Params}}
    v{{$j}}: {{$p.Type}} = r.{{$p.Name}}
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

// dispatch returns dispatch.py for tbl.
func dispatch(t *testing.T, tbl *spec.Table) []byte {
	t.Helper()
	type param struct {
		Name, Kind, Type string
		Max              uint64
	}
	type meaning struct {
		*spec.Meaning
		Params []param
	}
	var data struct {
		Meanings []meaning
		HasTime  bool
	}
	for _, m := range tbl.Templated {
		mm := meaning{Meaning: m}
		for _, p := range m.Template.Params {
			typ := map[string]string{spec.TypeUint: "int", spec.TypeTime: "datetime", spec.TypeString: "str"}[p.Type]
			data.HasTime = data.HasTime || p.Type == spec.TypeTime
			mm.Params = append(mm.Params, param{p.Name.LowerSnake, p.Type, typ, p.Max})
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
// own but need not (Check refuses keywords and tuple's methods): template
// parameters named after soft keywords, built-ins and the module's
// imports, replies named after its private functions, and names long
// enough that black splits the lines that hold them.
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
description = "Parameters named after soft keywords, built-ins, the module's imports and the parser's parameter."
status = "standard"
rfc = 959
section = "4.2.2"
template = "A {type} B {str} C {match} D {datetime} E {int} F {lru_cache} {timezone} {text}"
params = [
  { name = "type", type = "string", description = "A soft keyword and a built-in." },
  { name = "str", type = "uint", description = "A built-in type, of another type." },
  { name = "match", type = "string", description = "A soft keyword." },
  { name = "datetime", type = "time", description = "A class the module imports." },
  { name = "int", type = "uint", max = 9, description = "A built-in type." },
  { name = "lru_cache", type = "string", description = "A function the module imports." },
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
template = "{first_long_parameter}, {second_long_parameter}, {third_long_parameter}."
params = [
  { name = "first_long_parameter", type = "uint", description = "One." },
  { name = "second_long_parameter", type = "time", description = "Two." },
  { name = "third_long_parameter", type = "string", description = "Three." },
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

// TestKeywords checks Reserved against the keywords of the Python at hand:
// it refuses every lower-case one, and the soft keywords not.
func TestKeywords(t *testing.T) {
	py := conformance.Require(t, "python3")
	out := conformance.Run(t, t.TempDir(), py, "-c",
		"import keyword\nprint(' '.join(n for n in keyword.kwlist if n.islower()))\n"+
			"print(' '.join(getattr(keyword, 'softkwlist', ['match', 'case', '_'])))")
	lines := strings.Split(out, "\n")
	taken := func(name string) bool {
		return python.Reserved.Param(&spec.Param{Name: spec.Name{LowerSnake: name}}) != ""
	}
	for _, name := range strings.Fields(lines[0]) {
		if !taken(name) {
			t.Errorf("Reserved lets the keyword %q through", name)
		}
	}
	for _, name := range strings.Fields(lines[1]) {
		if taken(name) {
			t.Errorf("Reserved refuses the soft keyword %q, a name like any other", name)
		}
	}
}
