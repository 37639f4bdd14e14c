package typescript

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"text/template"
	"unicode/utf8"

	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/internal/conformance"
	"github.com/ftpcodes/ftpcodes/internal/golden"
	"github.com/ftpcodes/ftpcodes/internal/quote"
	"github.com/ftpcodes/ftpcodes/spec"
)

const modulePath = "typescript/ftpcodes.ts"

// strict are the checks the generated module must pass with no diagnostic:
// everything --strict turns on and every stricter check besides, the
// isolated-module checks a per-file transpiler (esbuild, swc, Babel) needs,
// --isolatedDeclarations for per-file .d.ts emit, and --erasableSyntaxOnly,
// which refuses enums, namespaces, parameter properties and everything else
// that Node's type stripping cannot erase. The library is ES2022 alone: the
// module needs neither the DOM nor Node's API.
var strict = []string{
	"--strict",
	"--exactOptionalPropertyTypes",
	"--noUncheckedIndexedAccess",
	"--noImplicitReturns",
	"--noImplicitOverride",
	"--noFallthroughCasesInSwitch",
	"--noPropertyAccessFromIndexSignature",
	"--noUnusedLocals",
	"--noUnusedParameters",
	"--allowUnreachableCode", "false",
	"--allowUnusedLabels", "false",
	"--isolatedModules",
	"--verbatimModuleSyntax",
	"--erasableSyntaxOnly",
	"--isolatedDeclarations", "--declaration",
	"--target", "es2022",
	"--lib", "es2022",
	"--module", "nodenext",
	"--types", "",
	"--pretty", "false",
}

// TestTypeScript type-checks the module generated from every table with
// the pinned tsc, compiles it with the test programs under testdata and
// runs them with node: roundtrip.ts and commands.ts must print
// conformance.Dump and conformance.CommandDump, vectors.ts the results of
// conformance.Vectors, and replies.ts, which checks round trips and
// rejections, "ok". vectors.ts and replies.ts reach the formatters and
// parsers through dispatch.ts, generated here for each table. For the
// shipped table it also type-checks testdata/types.ts, which holds the
// table's names to account for how the API narrows types.
//
// One tsc process builds two projects over every table at once: the
// modules alone (and types.ts), with no declaration but the ES2022
// library's, and then the modules with the programs, to JavaScript. One
// node process per table runs main.js, which runs the four programs in
// turn.
func TestTypeScript(t *testing.T) {
	tsc := conformance.NodeBin(t, "tsc")
	node := conformance.Require(t, "node")
	tables := allTables(t)
	dir := t.TempDir()
	files := map[string][]byte{
		"package.json": []byte(`{"type":"module"}` + "\n"),
		"node.d.ts":    readFile(t, filepath.Join("testdata", "node.d.ts")),
	}
	programs := []string{"roundtrip.ts", "commands.ts", "vectors.ts", "replies.ts", "main.ts"}
	var alone, all []string
	emitted := map[string]map[string][]byte{}
	for _, n := range tables {
		gen := conformance.Generate(t, Target, n.Table)
		if len(gen) != len(outputs) {
			t.Fatalf("%s: want the files %v, got %d files", n.Name, outputs, len(gen))
		}
		for _, name := range outputs {
			if gen["typescript/"+name] == nil {
				t.Fatalf("%s: no file typescript/%s", n.Name, name)
			}
		}
		files[n.Name+"/ftpcodes.ts"] = gen[modulePath]
		emitted[n.Name] = gen
		files[n.Name+"/dispatch.ts"] = dispatch(t, n.Table)
		for _, name := range programs {
			files[n.Name+"/"+name] = readFile(t, filepath.Join("testdata", name))
		}
		alone = append(alone, n.Name+"/ftpcodes.ts")
		all = append(all, n.Name+"/ftpcodes.ts", n.Name+"/dispatch.ts")
		for _, name := range programs {
			all = append(all, n.Name+"/"+name)
		}
		if n.Name == "shipped" {
			files["shipped/types.ts"] = readFile(t, filepath.Join("testdata", "types.ts"))
			alone = append(alone, "shipped/types.ts")
		}
	}
	files["alone.json"] = tsconfig(t, alone, map[string]any{"outDir": "emit", "rootDir": "."})
	files["all.json"] = tsconfig(t, append(all, "node.d.ts"), map[string]any{"outDir": "js", "rootDir": "."})
	conformance.WriteFiles(t, dir, files)
	if out := conformance.Run(t, dir, tsc, "-b", "alone.json", "all.json"); out != "" {
		t.Fatalf("tsc:\n%s", out)
	}
	for _, n := range tables {
		t.Run(n.Name, func(t *testing.T) {
			t.Parallel()
			for _, name := range []string{"ftpcodes.js", "ftpcodes.d.ts"} {
				ours := emitted[n.Name]["typescript/"+name]
				if name == "ftpcodes.d.ts" {
					_, ours, _ = bytes.Cut(ours, []byte("\n")) // the header, which tsc leaves out
				}
				tscs := readFile(t, filepath.Join(dir, "emit", n.Name, name))
				if err := sameTokens(string(ours), string(tscs)); err != nil {
					t.Errorf("%s is not what tsc emits from ftpcodes.ts: %v", name, err)
				}
			}
			sub := filepath.Join(dir, n.Name)
			vectors, _ := conformance.WriteVectors(t, sub, n.Table)
			clientVectors, _ := conformance.WriteClientVectors(t, sub, n.Table)
			got := sections(t, conformance.Run(t, dir, node, filepath.Join("js", n.Name, "main.js"), vectors, clientVectors))
			conformance.CheckDump(t, "typescript", n.Name, n.Table, got["roundtrip"])
			conformance.CheckCommandDump(t, "typescript", n.Name, n.Table, got["commands"])
			conformance.CheckVectors(t, "typescript", n.Name, n.Table, got["vectors"])
			conformance.CheckClientVectors(t, "typescript", n.Name, n.Table, got["client"])
			if got["replies"] != "ok\n" {
				t.Errorf("replies.js printed %q, want \"ok\\n\"", got["replies"])
			}
		})
	}
}

// outputs are the files of the package out/typescript.
var outputs = []string{"ftpcodes.ts", "ftpcodes.js", "ftpcodes.d.ts", "package.json"}

// sameTokens compares the generated ftpcodes.js or ftpcodes.d.ts with what
// tsc emits from ftpcodes.ts, after one normalisation of both: every run of
// white space (spaces, tabs, line ends) that has a character other than a
// letter, digit, _ or $ on either side is removed, and every other run
// becomes one space. tsc indents by four spaces, writes no blank lines,
// joins or keeps line breaks by rules of its own printer (it writes a
// declaration's parameters and a union type on one line) and drops the
// trailing comma of a parameter list; the generated files are laid out as
// ftpcodes.ts is. Everything else, comments included, must be the same, in
// the same order. On a difference it names the place in the normalised
// text.
func sameTokens(ours, tscs string) error {
	a, b := normalise(ours), normalise(tscs)
	if a == b {
		return nil
	}
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-120)
	return fmt.Errorf("they differ after %q:\nours: %q\ntsc:  %q",
		a[from:i], a[i:min(len(a), i+120)], b[i:min(len(b), i+120)])
}

func normalise(s string) string {
	var b strings.Builder
	word := func(c byte) bool {
		return c == '_' || c == '$' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= 0x80
	}
	space := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
	for i := 0; i < len(s); {
		if !space(s[i]) {
			b.WriteByte(s[i])
			i++
			continue
		}
		j := i
		for j < len(s) && space(s[j]) {
			j++
		}
		if i > 0 && j < len(s) && word(s[i-1]) && word(s[j]) {
			b.WriteByte(' ')
		}
		i = j
	}
	return b.String()
}

// sections splits main.js's output at its "=== NAME" lines.
func sections(t *testing.T, out string) map[string]string {
	t.Helper()
	got := map[string]string{}
	name := ""
	for _, line := range strings.SplitAfter(out, "\n") {
		if n, ok := strings.CutPrefix(line, "=== "); ok {
			name = strings.TrimSuffix(n, "\n")
			got[name] = ""
			continue
		}
		if name == "" && line != "" {
			t.Fatalf("main.js printed %q before its first section", line)
		}
		got[name] += line
	}
	return got
}

// tsconfig returns a tsconfig.json that compiles files under every flag of
// strict, with more options.
func tsconfig(t *testing.T, files []string, more map[string]any) []byte {
	t.Helper()
	opts := map[string]any{}
	for i := 0; i < len(strict); i++ {
		name := strings.TrimPrefix(strict[i], "--")
		var value any = true
		if i+1 < len(strict) && !strings.HasPrefix(strict[i+1], "--") {
			i++
			switch v := strict[i]; {
			case name == "lib":
				value = []string{v}
			case name == "types":
				value = []string{}
			case v == "false":
				value = false
			default:
				value = v
			}
		}
		if name != "pretty" {
			opts[name] = value
		}
	}
	for k, v := range more {
		opts[k] = v
	}
	b, err := json.MarshalIndent(map[string]any{"compilerOptions": opts, "files": files}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestRuntime type-checks runtime/runtime.ts on its own and with
// runtime/runtime_test.ts under every flag the module passes, and runs the
// unit tests with node.
func TestRuntime(t *testing.T) {
	tsc := conformance.NodeBin(t, "tsc")
	node := conformance.Require(t, "node")
	dir := t.TempDir()
	files := map[string][]byte{
		"package.json": []byte(`{"type":"module"}` + "\n"),
		"node.d.ts":    readFile(t, filepath.Join("testdata", "node.d.ts")),
	}
	for _, name := range []string{"runtime.ts", "runtime_test.ts"} {
		files[name] = readFile(t, filepath.Join("runtime", name))
	}
	// What the module splices in: runtime.ts without its exports for
	// tests, whose private functions are then unused.
	src, _, ok := strings.Cut(string(files["runtime.ts"]), testExports)
	if !ok {
		t.Fatalf("runtime.ts has no line %q", testExports)
	}
	files["spliced/runtime.ts"] = []byte(src)
	files["alone.json"] = tsconfig(t, []string{"runtime.ts"}, map[string]any{"noEmit": true})
	files["all.json"] = tsconfig(t, []string{"runtime.ts", "runtime_test.ts", "node.d.ts"},
		map[string]any{"outDir": "js", "rootDir": "."})
	files["spliced.json"] = tsconfig(t, []string{"spliced/runtime.ts"},
		map[string]any{"outDir": "emit", "rootDir": "spliced", "noUnusedLocals": false})
	conformance.WriteFiles(t, dir, files)
	if out := conformance.Run(t, dir, tsc, "-b", "alone.json", "all.json", "spliced.json"); out != "" {
		t.Fatalf("tsc:\n%s", out)
	}
	// runtime.js and runtime.d.ts, from which the generator splices the
	// JavaScript and the declarations, are tsc's emit, byte for byte.
	for _, name := range []string{"runtime.js", "runtime.d.ts"} {
		got := readFile(t, filepath.Join(dir, "emit", name))
		path := filepath.Join("runtime", name)
		if golden.Updating() {
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if !bytes.Equal(readFile(t, path), got) {
			t.Errorf("%s is not what tsc emits from runtime.ts; run go test -update", path)
		}
	}
	if got := conformance.Run(t, dir, node, filepath.Join("js", "runtime_test.js")); got != "ok\n" {
		t.Errorf("runtime_test.js printed %q, want \"ok\\n\"", got)
	}
}

// readmeAddress is where README.md's TypeScript client connects, and what
// TestReadme connects it to instead: the port of readme.ts's server.
const (
	readmeAddress = `connect(21, "ftp.example.com")`
	testAddress   = `connect(Number(process.env["FTP_PORT"]), "127.0.0.1")`
)

// TestReadme compiles README.md's TypeScript code with the module generated
// from the shipped table, under every strict flag, and runs its client
// against testdata/readme.ts's server on loopback, which greets it with one
// reply whose text holds a bare CR, "150 ok\r226 done\r\n", and answers its
// PWD with README's own sendPathname: the client must print the greeting as
// one reply, and then the path.
func TestReadme(t *testing.T) {
	tsc := conformance.NodeBin(t, "tsc")
	node := conformance.Require(t, "node")
	readme := readFile(t, filepath.Join("..", "..", "README.md"))
	var client, check []byte
	blocks := regexp.MustCompile("(?s)\n```ts\n(.*?)\n```\n").FindAllSubmatch(readme, -1)
	for _, m := range blocks {
		switch {
		case bytes.Contains(m[1], []byte(readmeAddress)):
			client = bytes.Replace(m[1], []byte(readmeAddress), []byte(testAddress), 1)
		case bytes.Contains(m[1], []byte("function checkReply(")):
			check = m[1]
		default:
			t.Errorf("README.md has TypeScript code that TestReadme neither compiles nor runs:\n%s", m[1])
		}
	}
	if client == nil {
		t.Fatalf("README.md has no TypeScript code that calls %s", readmeAddress)
	}
	if check == nil {
		t.Fatal("README.md has no TypeScript code that defines checkReply")
	}
	n := conformance.Tables(t)[0]
	dir := t.TempDir()
	files := conformance.Generate(t, Target, n.Table)
	files["package.json"] = []byte(`{"type":"module"}` + "\n")
	files["typescript/readme_client.ts"] = append(client, '\n')
	files["typescript/readme_check.ts"] = append(check, '\n')
	// Runs readme_check.js with its warnings on standard output.
	files["js/readme_check_run.js"] = []byte("console.warn = (...data) => console.log(...data);\nawait import(\"./readme_check.js\");\n")
	for _, name := range []string{"readme.ts", "node.d.ts"} {
		files["typescript/"+name] = readFile(t, filepath.Join("testdata", name))
	}
	conformance.WriteFiles(t, dir, files)
	tscRun(t, tsc, dir, append(strict, "--outDir", "js", "--rootDir", "typescript", modulePath,
		"typescript/readme_client.ts", "typescript/readme_check.ts", "typescript/readme.ts", "typescript/node.d.ts")...)
	got := conformance.Run(t, dir, node, filepath.Join("js", "readme.js"))
	if want := "150 ok\r226 done\n/srv/my \"quoted\" dir\n"; got != want {
		t.Errorf("README's client printed %q, want %q", got, want)
	}
	// Its comments: PASV's 227 is expected and ABOR's 426 plausible, so
	// both are silent; a 229 answers EPSV, not PASV, so it warns.
	warned := conformance.Run(t, dir, node, filepath.Join("js", "readme_check_run.js"))
	if strings.Count(warned, "\n") != 1 || !strings.HasPrefix(warned, "PASV got 229 (") {
		t.Errorf("README's checkReply warned %q, want one line for PASV's 229", warned)
	}
}

// allTables returns the tables every test runs on: conformance.Tables, the
// names table, and the shipped table without templates.
func allTables(t *testing.T) []conformance.Named {
	t.Helper()
	tables := append(conformance.Tables(t), namesTable(t))
	return append(tables, conformance.Named{Name: "no-templates", Table: conformance.WithoutTemplates(tables[0].Table)})
}

// namesTable returns a table whose names could clash with the module's
// own: replies named after its private functions, and template parameters
// named after contextual keywords, after the runtime's functions that no
// formatter calls and after a formatter's own parameters. The names the
// module cannot take are TestCheck's.
func namesTable(t *testing.T) conformance.Named {
	t.Helper()
	const toml = classAndGroup + `
[reply.250]
name = "Render"
text = "Names."
description = "Parameters named after reserved words and the module's functions."
status = "standard"
rfc = 959
section = "4.2.2"
template = "A {type} B {values} D {text} E {of} F {render_template}"
params = [
  { name = "type", type = "string", description = "A contextual keyword, a valid binding." },
  { name = "values", type = "string", description = "The runtime's function that scan calls." },
  { name = "text", type = "time", description = "The parsers' parameter." },
  { name = "of", type = "string", description = "Another contextual keyword." },
  { name = "render_template", type = "uint", max = 9, description = "A template's constant, in lowerCamelCase." },
]

[reply.251]
name = "Scan"
text = "More names."
description = "A reply named after the parsers' helper."
status = "standard"
rfc = 959
section = "4.2.2"
template = "{match} and {template_core}"
params = [
  { name = "match", type = "string", description = "A private function." },
  { name = "template_core", type = "string", description = "Another." },
]

[reply.252]
name = "Match"
text = "Match."
description = "A reply named after a private function."
status = "standard"
rfc = 959
section = "4.2.2"
template = "\"{is_digit_at}\" {assemble}"
params = [
  { name = "is_digit_at", type = "string", description = "A private function." },
  { name = "assemble", type = "uint", max = 1, description = "Another." },
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
`
	tbl, err := spec.Parse("ftpcodes.toml", []byte(toml))
	if err != nil {
		t.Fatal(err)
	}
	return conformance.Named{Name: "names", Table: tbl}
}

// dispatchTemplate writes dispatch.ts, through which vectors.ts and
// replies.ts reach the formatter and the parser of every meaning that has
// a template: one Entry per meaning, by name. The calls are typed, so that
// tsc also checks each formatter's parameter types and each parser's result.
var dispatchTemplate = template.Must(template.New("dispatch").Funcs(template.FuncMap{
	"str": quote.JSString,
}).Parse(`// The formatters and parsers of the module generated for one table, by
// the name of their meaning; written by typescript_test.go.
{{- $t := .Templated}}
{{if $t}}
import * as ftp from "./ftpcodes.js";
{{end}}
/** A template's parameter. */
export interface Param {
  readonly name: string;
  readonly type: "uint" | "time" | "string";
  /** The largest value of a uint; 0 for other types. */
  readonly max: number;
}

/** A meaning's formatter and parser, taking and giving values in declaration order. */
export interface Entry {
  readonly name: string;
  readonly code: number;
  readonly params: readonly Param[];
  /** The template's literal text, in order. */
  readonly literals: readonly string[];
  format(values: readonly unknown[]): string;
  parse(text: string): unknown[] | undefined;
}

export const entries: readonly Entry[] = [
{{- range $t}}
  {
    name: {{str .Name.Camel}},
    code: {{.Code}},
    params: [
{{- range .Template.Params}}
      { name: {{str .Name.LowerCamel}}, type: {{str .Type}}, max: {{if eq .Type "uint"}}{{.Max}}{{else}}0{{end}} },
{{- end}}
    ],
    literals: [{{range .Template.Segments}}{{if not .Param}}{{str .Literal}}, {{end}}{{end}}],
    format: (v) => ftp.format{{.Name.Camel}}({{range $i, $p := .Template.Params}}{{if $i}}, {{end}}v[{{$i}}] as {{template "type" $p}}{{end}}),
    parse: (text) => {
      const r: ftp.{{.Name.Camel}}Values | undefined = ftp.parse{{.Name.Camel}}(text);
      return r && [{{range $i, $p := .Template.Params}}{{if $i}}, {{end}}r.{{.Name.LowerCamel}} satisfies {{template "type" $p}}{{end}}];
    },
  },
{{- end}}
];
{{define "type"}}{{if eq .Type "uint"}}number{{else if eq .Type "time"}}Date{{else}}string{{end}}{{end}}`))

func dispatch(t *testing.T, tbl *spec.Table) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := dispatchTemplate.Execute(&b, tbl); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func tscRun(t *testing.T, tsc, dir string, args ...string) {
	t.Helper()
	if out := conformance.Run(t, dir, tsc, args...); out != "" {
		t.Fatalf("tsc %s:\n%s", strings.Join(args, " "), out)
	}
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestComments checks, for every table, that table text reaches comments
// only sanitised: no doc comment closes early, no tag comes from the table,
// and no line holds a character that ends a line in JavaScript.
func TestComments(t *testing.T) {
	tag := regexp.MustCompile(`(^|[^\\])@([a-zA-Z]+)`)
	for _, n := range conformance.Tables(t) {
		src := conformance.Generate(t, Target, n.Table)[modulePath]
		header, err := generators.Header(n.Table)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(src, []byte("// "+header+"\n")) {
			t.Errorf("%s: the first line is not the generated-code header", n.Name)
		}
		for i, line := range strings.Split(string(src), "\n") {
			if strings.ContainsAny(line, "\u2028\u2029\r") {
				t.Errorf("%s: line %d holds a raw line terminator: %q", n.Name, i+1, line)
			}
			comment := commentOf(line)
			if strings.Contains(comment, "*/") && strings.Index(comment, "*/") != len(comment)-2 {
				t.Errorf("%s: line %d: a comment closes before its end: %q", n.Name, i+1, line)
			}
			for _, m := range tag.FindAllStringSubmatch(comment, -1) {
				if !allowedTags[m[2]] {
					t.Errorf("%s: line %d: unexpected tag @%s: %q", n.Name, i+1, m[2], line)
				}
			}
		}
	}
}

// allowedTags are the TSDoc tags the template writes.
var allowedTags = map[string]bool{
	"deprecated": true, "example": true, "link": true, "packageDocumentation": true, "param": true, "throws": true,
}

// commentOf returns a generated line if it is a comment line of a form the
// template writes (it starts a doc comment or continues one, or it is a //
// comment), trimmed, or "" if it is code. The template never puts a comment
// after code on a line.
func commentOf(line string) string {
	trim := strings.TrimSpace(line)
	switch {
	case strings.HasPrefix(trim, "/**"), strings.HasPrefix(trim, "* "), trim == "*", trim == "*/", strings.HasPrefix(trim, "//"):
		return trim
	}
	return ""
}

var _ = golden.Updating // every test package imports golden, which defines -update

// classAndGroup declares the class and the group that the replies of the
// test tables are in.
const classAndGroup = `
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
`

// TestShape checks, for every table, that no line of the module is wider
// than Width columns, doc comments included.
func TestShape(t *testing.T) {
	for _, n := range allTables(t) {
		src := conformance.Generate(t, Target, n.Table)[modulePath]
		for i, line := range strings.Split(string(src), "\n") {
			if w := utf8.RuneCountInString(line); w > Width {
				t.Errorf("%s: ftpcodes.ts:%d: %d columns: %s", n.Name, i+1, w, line)
			}
		}
	}
}

// TestCheck checks that a template parameter the module cannot take is
// refused by Reserved.Check, at its key in the table, and never renamed.
func TestCheck(t *testing.T) {
	const toml = classAndGroup + `
[reply.250]
name = "Names"
text = "Names."
description = "Parameters the module cannot take."
status = "standard"
rfc = 959
section = "4.2.2"
template = "A {function} B {render} C {scan} D {arguments} E {await}"
params = [
  { name = "function", type = "string", description = "A reserved word." },
  { name = "render", type = "string", description = "The formatters' helper." },
  { name = "scan", type = "uint", description = "The parsers' helper." },
  { name = "arguments", type = "string", description = "Forbidden as a binding in strict mode." },
  { name = "await", type = "uint", description = "Reserved in a module." },
]
`
	tbl, err := spec.Parse("ftpcodes.toml", []byte(toml))
	if err != nil {
		t.Fatal(err)
	}
	errs := Reserved.Check(tbl)
	want := []string{
		"ftpcodes.toml:25:5: reply.250.params[0].name: parameter \"function\"",
		"ftpcodes.toml:26:5: reply.250.params[1].name: parameter \"render\"",
		"ftpcodes.toml:27:5: reply.250.params[2].name: parameter \"scan\"",
		"ftpcodes.toml:28:5: reply.250.params[3].name: parameter \"arguments\"",
		"ftpcodes.toml:29:5: reply.250.params[4].name: parameter \"await\"",
	}
	if len(errs) != len(want) {
		t.Fatalf("Check gave %d errors, want %d:\n%v", len(errs), len(want), errs)
	}
	for i, e := range errs {
		if !strings.HasPrefix(e.Error(), want[i]) {
			t.Errorf("error %d: %s\nwant it to start with %s", i, e, want[i])
		}
	}
	if _, err := Target.Generate(tbl, generators.Options{}); err == nil || !strings.Contains(err.Error(), want[0]) {
		t.Errorf("Generate: %v, want the refusal %s", err, want[0])
	}
}
