package c_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/generators/c"
	"github.com/ftpcodes/ftpcodes/internal/conformance"
	"github.com/ftpcodes/ftpcodes/internal/golden"
	"github.com/ftpcodes/ftpcodes/spec"
)

const header = "c/ftpcodes.h"

// A build is a way to compile the test program (testdata/driver.c): a C
// or C++ standard a user may pick, with the warnings the header promises
// to survive. The program's files that include the header are compiled
// with the strict set of their language; roundtrip.c with the usual
// warnings alone.
type build struct {
	name, compiler, std string
	lang                string   // -x argument
	strict              []string // the language's strict warnings
	opt                 string   // the optimisation level
	extra               []string // -D options and the sanitizers, also given to the linker
}

// builds are the builds of the header: the oldest and the newest
// standard of each language, unoptimised but for one build at -O2, whose
// analyses find more (TestReadme builds the shipped header at -O2 as C++
// too), and one at -O1, whose analyses are not a subset of -O2's (gcc 12
// warned of values that may be used uninitialized at -O1 alone); and C
// and C++ with FTPCODES_STATIC, the header's all-inline form.
// other.c defines FTPCODES_IMPLEMENTATION, so the others test the
// definitions a program links once.
//
// The standards between (C11, C++14, C++17) are not built: the header
// and the runtime test no __STDC_VERSION__ and no value of __cplusplus,
// so each standard compiles the same text, and what one between rejects
// the oldest rejects too (a construct a later standard added) or the
// newest does (a keyword, a name the library declares, a construct a
// later standard removed or deprecated: none comes back). c17 stays as
// the -O2 build, whose analyses do not depend on the standard.
var builds = []build{
	{"c99", "gcc", "c99", "c", cStrict, "-O0", nil},
	{"c17", "gcc", "c17", "c", cStrict, "-O2", nil},
	{"c2x", "gcc", "c2x", "c", cStrict, "-O1", nil},
	{"c++11", "g++", "c++11", "c++", cxxStrict, "-O0", nil},
	{"c++20", "g++", "c++20", "c++", cxxStrict, "-O0", nil},
	{"c99-static", "gcc", "c99", "c", cStrict, "-O0", []string{"-DFTPCODES_STATIC"}},
	{"c++11-static", "g++", "c++11", "c++", cxxStrict, "-O0", []string{"-DFTPCODES_STATIC"}},
}

// everyTable are the builds of every table. A table whose header's shape
// (see shape) the tables built in every build cover renders no construct
// they do not: it differs from them in its data, which the oldest
// standards are the strictest about (what C99 and C++11 lack, such as an
// empty initializer, a later standard may accept), in the values the -O2
// analyses follow (sizes, counts, bounds), so c17 too, and in the names
// the header prefixes or suffixes, which no standard's keywords can meet;
// so it is built in these alone.
var everyTable = map[string]bool{"c99": true, "c17": true, "c++11": true}

// sanitized is the c99 build with AddressSanitizer and
// UndefinedBehaviorSanitizer, which turn any read or write out of bounds,
// overflow or leak into a failure; it stands for the c99 build of the
// tables in sanitizedTables: the shipped one, which TestDiff runs, and
// the hostile ones. It compiles the same text with the same warnings and
// runs the same checks, which the sanitizers only add to; the other
// builds run them uninstrumented.
var (
	sanitized = build{"c99-sanitize", "gcc", "c99", "c", cStrict, "-O0",
		[]string{"-fsanitize=address,undefined", "-fno-sanitize-recover=all", "-fno-omit-frame-pointer"}}
	sanitizedTables = map[string]bool{"shipped": true, "hostile": true, "templates": true}
)

// withSanitized returns bs with the c99 build, if it is there, replaced
// by sanitized.
func withSanitized(bs []build) []build {
	out := make([]build, len(bs))
	for i, b := range bs {
		out[i] = b
		if b.name == "c99" {
			out[i] = sanitized
		}
	}
	return out
}

var (
	// The usual warnings, every one an error; warnings adds -O2, for the
	// README's programs.
	usual    = []string{"-Wall", "-Wextra", "-Wpedantic", "-Werror"}
	warnings = append(append([]string(nil), usual...), "-O2")
	common   = []string{"-Wshadow", "-Wconversion", "-Wsign-conversion", "-Wcast-qual", "-Wundef",
		"-Wswitch-enum", "-Wswitch-default", "-Wredundant-decls", "-Wwrite-strings", "-Wcast-align",
		"-Wformat=2", "-Wmissing-declarations", "-Wunused-macros", "-Wvla"}
	cStrict   = append([]string{"-Wstrict-prototypes", "-Wmissing-prototypes", "-Wold-style-definition", "-Wc++-compat", "-Wnested-externs", "-Wdeclaration-after-statement", "-Wbad-function-cast"}, common...)
	cxxStrict = append([]string{"-Wold-style-cast", "-Wuseless-cast", "-Wzero-as-null-pointer-constant", "-Wextra-semi", "-Weffc++"}, common...)
)

// workDir holds what the tests build, for as long as the test binary
// runs, so that TestHeader and TestDiff share the programs they both run.
var workDir string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "ftpcodes-c-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	workDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// once is a value made at most once per test binary run: a table's
// files, or a program built one way.
type once struct {
	sync.Once
	path string // "" if making it failed
}

var made sync.Map // key -> *once

// makeOnce runs do once for key and returns its path, failing t if do
// failed, here or in another test.
func makeOnce(t *testing.T, key string, do func() string) string {
	t.Helper()
	o, _ := made.LoadOrStore(key, &once{})
	v := o.(*once)
	v.Do(func() { v.path = do() })
	if v.path == "" {
		t.Fatalf("%s: building it failed", key)
	}
	return v.path
}

// readText returns the contents of the file at path.
func readText(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// tableDir writes the files the test program of table n needs, once, and
// returns their directory: the generated c/ftpcodes.h, c/expect.h and
// c/dispatch.h, vectors.txt, and client-vectors.txt (conformance.ClientVectors)
// with spec's answers in client-answers.txt, computed once for every build.
func tableDir(t *testing.T, n conformance.Named) string {
	t.Helper()
	return makeOnce(t, n.Name, func() string {
		dir := filepath.Join(workDir, n.Name)
		conformance.WriteFiles(t, dir, conformance.Generate(t, c.Target, n.Table))
		conformance.WriteFiles(t, dir, map[string][]byte{
			"c/expect.h":   expectHeader(n.Table),
			"c/dispatch.h": dispatch(t, n.Table),
		})
		conformance.WriteVectors(t, dir, n.Table)
		in, want := conformance.ClientVectors(n.Table)
		conformance.WriteFiles(t, dir, map[string][]byte{"client-vectors.txt": []byte(in), "client-answers.txt": []byte(want)})
		return dir
	})
}

// testProgram returns the test program of table n built as b, building it
// first if no test has: testdata/driver.c, roundtrip.c, vectors.c and
// other.c compiled one by one and linked. Only other.c, which holds the
// header's definitions, is compiled at b's optimisation level (all of
// them with FTPCODES_STATIC, where every file holds the definitions);
// the others at -O0: besides the test's own code, they compile only the
// header's declarations and its inline functions of a code, which
// checkInlines keeps to integer arithmetic, where the analyses of -O2
// have nothing to find.
func testProgram(t *testing.T, n conformance.Named, b build) string {
	t.Helper()
	dir := tableDir(t, n)
	return makeOnce(t, n.Name+"/"+b.name, func() string {
		src, err := filepath.Abs("testdata")
		if err != nil {
			t.Fatal(err)
		}
		cdir := filepath.Join(dir, "c")
		flags := append([]string{"-std=" + b.std, "-x", b.lang, "-I", cdir, "-I", src}, b.extra...)
		flags = append(flags, usual...)
		exe := filepath.Join(dir, "driver-"+b.name)
		var objs []string
		for _, f := range []string{"driver", "roundtrip", "vectors", "other"} {
			args := append(append([]string(nil), flags...), b.opt)
			if f != "other" && !slices.Contains(b.extra, "-DFTPCODES_STATIC") {
				args[len(args)-1] = "-O0"
			}
			if f != "roundtrip" {
				args = append(args, b.strict...)
			}
			obj := filepath.Join(dir, f+"-"+b.name+".o")
			conformance.Run(t, cdir, b.compiler, append(args, "-c", "-o", obj, filepath.Join(src, f+".c"))...)
			objs = append(objs, obj)
		}
		conformance.Run(t, cdir, b.compiler, append(append(append([]string(nil), b.extra...), "-o", exe), objs...)...)
		return exe
	})
}

// inlineFunc matches a function that the header defines before its
// definitions part, in every file that includes it, and its parameters.
var inlineFunc = regexp.MustCompile(`(?m)^static inline [^(\n]*\(([^)]*)\)\n\{`)

// checkInlines checks that every function the header defines in every
// file that includes it takes an int code alone, as testProgram assumes.
func checkInlines(t *testing.T, name, src string) {
	t.Helper()
	decls, _, ok := strings.Cut(src, "#endif /* FTPCODES_H */")
	if !ok {
		t.Fatalf("%s: the header has no end of its declarations part", name)
	}
	for _, m := range inlineFunc.FindAllStringSubmatch(decls, -1) {
		if m[1] != "int code" {
			t.Errorf("%s: the header's declarations define a function of (%s), not of an int code: build the files that include them at -O2 too (testProgram)", name, m[1])
		}
	}
}

// noCommands is a table without commands, for which the header must still
// be valid C and C++ with no empty array.
const noCommands = `[class.2]
name = "PositiveCompletion"
title = "Positive Completion reply"
description = "Done."
rfc = 959
section = "4.2"

[group.0]
name = "Syntax"
title = "Syntax"
description = "Syntax."
rfc = 959
section = "4.2"

[reply.200]
name = "CommandOK"
text = "Command okay."
description = "Okay."
status = "standard"
rfc = 959
section = "4.2.2"
`

// tables returns conformance.Tables, the table without commands and the
// templates of testdata/templates.toml.
func tables(t *testing.T) []conformance.Named {
	t.Helper()
	tbl, err := spec.Parse("ftpcodes.toml", []byte(noCommands))
	if err != nil {
		t.Fatal(err)
	}
	templates, err := os.ReadFile(filepath.Join("testdata", "templates.toml"))
	if err != nil {
		t.Fatal(err)
	}
	tmpl, err := spec.Parse("ftpcodes.toml", templates)
	if err != nil {
		t.Fatalf("testdata/templates.toml: %v", err)
	}
	return append(conformance.Tables(t), conformance.Named{Name: "no-commands", Table: tbl}, conformance.Named{Name: "templates", Table: tmpl})
}

// TestHeader builds the test program for every table in the builds
// fullTables and everyTable choose (c99 with the sanitizers for some) and
// runs it. Linking two translation
// units that include the header shows that a program has one copy of the
// tables, at one address. The program reads every table back and checks
// it: the codes, their names, classes and groups, and the commands, and
// every lookup against the others (roundtrip.c); then it answers the
// vectors of conformance.Vectors, compared with the reference, and runs
// its own checks: format-then-parse round trips over hostile values for
// every templated meaning, and the refusals (vectors.c).
func TestHeader(t *testing.T) {
	t.Parallel()
	conformance.Require(t, "gcc")
	conformance.Require(t, "g++")
	ts := tables(t)
	full := fullTables(t, ts)
	for _, n := range ts {
		checkInlines(t, n.Name, string(conformance.Generate(t, c.Target, n.Table)[header]))
		var bs []build
		for _, b := range builds {
			if full[n.Name] || everyTable[b.name] {
				bs = append(bs, b)
			}
		}
		if sanitizedTables[n.Name] {
			bs = withSanitized(bs)
		}
		for _, b := range bs {
			t.Run(n.Name+"/"+b.name, func(t *testing.T) {
				t.Parallel()
				exe := testProgram(t, n, b)
				dir := tableDir(t, n)
				cdir := filepath.Join(dir, "c")
				out := conformance.Run(t, cdir, exe, "roundtrip", "dump", "extra", "commands")
				sections, section := map[string]string{}, ""
				for _, line := range strings.SplitAfter(out, "\n") {
					if name, ok := strings.CutPrefix(line, "== "); ok {
						section = strings.TrimSuffix(name, "\n")
						continue
					}
					sections[section] += line
				}
				conformance.CheckDump(t, b.name, n.Name, n.Table, sections["dump"])
				if got, want := sections["extra"], extra(n.Table); got != want {
					t.Errorf("%s, table %s: names, classes and groups:\n%s", b.name, n.Name, golden.Diff([]byte(want), []byte(got)))
				}
				conformance.CheckCommandDump(t, b.name, n.Name, n.Table, sections["commands"])

				conformance.CheckVectors(t, b.name, n.Name, n.Table, conformance.Run(t, cdir, exe, "vectors", filepath.Join(dir, "vectors.txt")))
				in, want := readText(t, filepath.Join(dir, "client-vectors.txt")), readText(t, filepath.Join(dir, "client-answers.txt"))
				conformance.CheckAnswers(t, b.name, n.Name, in, want, conformance.Run(t, cdir, exe, "vectors", filepath.Join(dir, "client-vectors.txt")))
				if got := conformance.Run(t, cdir, exe, "vectors", "check"); got != "ok\n" {
					t.Errorf("%s, table %s: vectors check printed %q", b.name, n.Name, got)
				}
			})
		}
	}
}

// expectHeader writes what the fixed round-trip program cannot know about
// a table: which class and group digits it describes, the predicate of
// each class, every name and deprecated name with its constant, and every
// command verb and alias with its command's verb and its macro.
func expectHeader(tbl *spec.Table) []byte {
	var b bytes.Buffer
	b.WriteString("/* Written by the Go test for the table under test. */\n")
	var classes, groups [10]int
	for _, c := range tbl.Classes {
		classes[c.Digit] = 1
	}
	for _, g := range tbl.Groups {
		groups[g.Digit] = 1
	}
	digits := func(a [10]int) string { return strings.Trim(strings.Join(strings.Fields(fmt.Sprint(a)), ", "), "[]") }
	fmt.Fprintf(&b, "static const int expect_class_defined[10] = {%s};\n", digits(classes))
	fmt.Fprintf(&b, "static const int expect_group_defined[10] = {%s};\n", digits(groups))
	b.WriteString("#define EXPECT_PREDICATES(check, code) do { \\\n")
	for _, c := range tbl.Classes {
		fn := "ftp_reply_is_" + c.Name.LowerSnake
		fmt.Fprintf(&b, "    check(code, %q, %s(code), %d); \\\n", fn, fn, c.Digit)
	}
	b.WriteString("} while (0)\n")
	b.WriteString("struct expect_name { const char *name; int code; int constant; };\n")
	b.WriteString("static const struct expect_name expect_names[] = {\n")
	for _, r := range tbl.Replies {
		fmt.Fprintf(&b, "    {%q, %d, FTP_REPLY_%s},\n", r.Name.UpperSnake, r.Code, r.Name.UpperSnake)
	}
	b.WriteString("    {NULL, 0, 0}\n};\n")
	b.WriteString("static const struct expect_name expect_aliases[] = {\n")
	for _, r := range tbl.Replies {
		for _, a := range r.Aliases {
			fmt.Fprintf(&b, "    {%q, %d, FTP_REPLY_%s},\n", a.UpperSnake, r.Code, a.UpperSnake)
		}
	}
	b.WriteString("    {NULL, 0, 0}\n};\n")
	b.WriteString("struct expect_command { const char *verb; const char *canonical; const char *macro; };\n")
	b.WriteString("static const struct expect_command expect_commands[] = {\n")
	for _, c := range tbl.Commands {
		for _, v := range append([]string{c.Verb}, c.Aliases...) {
			fmt.Fprintf(&b, "    {%q, %q, FTP_COMMAND_%s},\n", v, c.Verb, v)
		}
	}
	b.WriteString("    {NULL, NULL, NULL}\n};\n")
	return b.Bytes()
}

// extra is what "roundtrip extra" must print.
func extra(tbl *spec.Table) string {
	h := func(s string) string {
		if s == "" {
			return "-"
		}
		return fmt.Sprintf("%x", s)
	}
	var b strings.Builder
	for _, r := range tbl.Replies {
		fmt.Fprintf(&b, "name %d %s\n", r.Code, r.Name.UpperSnake)
	}
	for _, c := range tbl.Classes {
		fmt.Fprintf(&b, "class %d %s %s %s\n", c.Digit, c.Name.UpperSnake, h(c.Title), h(c.Description))
	}
	for _, g := range tbl.Groups {
		fmt.Fprintf(&b, "group %d %s %s %s\n", g.Digit, g.Name.UpperSnake, h(g.Title), h(g.Description))
	}
	return b.String()
}

// TestSource checks the header as text: the header sentence first, plain
// ASCII, no trigraph anywhere, no FTP_REPLY_ identifier besides the reply
// constants but those ident reserves for C, and no FTP_COMMAND_ identifier
// besides the verbs' and aliases' macros but FTP_COMMAND_MAP and
// FTP_COMMAND_COUNT.
func TestSource(t *testing.T) {
	word := regexp.MustCompile(`\bFTP_REPLY_[A-Z0-9_]*[A-Z0-9]\b`)
	command := regexp.MustCompile(`\bFTP_COMMAND_[A-Z0-9_]*[A-Z0-9]\b`)
	for _, n := range tables(t) {
		src := conformance.Generate(t, c.Target, n.Table)[header]
		first, _, _ := strings.Cut(string(src), "\n")
		if want := "/* Code generated by ftpcodegen from ftpcodes.toml. DO NOT EDIT. */"; first != want {
			t.Errorf("%s: first line %q, want %q", n.Name, first, want)
		}
		for i, c := range src {
			if c != '\n' && (c < ' ' || c > '~') {
				t.Errorf("%s: byte %d is %#x, not printable ASCII", n.Name, i, c)
				break
			}
		}
		if i := bytes.Index(src, []byte("??")); i >= 0 {
			t.Errorf("%s: a trigraph may start at byte %d: %q", n.Name, i, src[i:min(i+3, len(src))])
		}
		code, lits := lex(t, n.Name, src)
		for _, lit := range lits {
			for i := 0; i+1 < len(lit); i++ {
				if lit[i] == '\\' {
					if lit[i+1] == 'x' {
						t.Errorf("%s: a hex escape in %s", n.Name, lit)
					}
					i++
				}
			}
		}
		replies := map[string]bool{}
		for _, r := range n.Table.Replies {
			replies[r.Name.UpperSnake] = true
			for _, a := range r.Aliases {
				replies[a.UpperSnake] = true
			}
		}
		for _, w := range word.FindAllString(code, -1) {
			w = strings.TrimPrefix(w, "FTP_REPLY_")
			if replies[w] {
				continue
			}
			if !c.ReplyMacros[w] {
				t.Errorf("%s: the header defines FTP_REPLY_%s, which c.ReplyMacros does not list", n.Name, w)
			}
		}
		for w := range c.ReplyMacros {
			if !strings.Contains(code, "FTP_REPLY_"+w) {
				t.Errorf("%s: c.ReplyMacros lists %s, which the header does not define", n.Name, w)
			}
		}
		verbs := map[string]bool{"MAP": true, "COUNT": true}
		for _, c := range n.Table.Commands {
			verbs[c.Verb] = true
			for _, a := range c.Aliases {
				verbs[a] = true
			}
		}
		for _, w := range command.FindAllString(code, -1) {
			if !verbs[strings.TrimPrefix(w, "FTP_COMMAND_")] {
				t.Errorf("%s: the header uses %s, which is no verb's macro", n.Name, w)
			}
		}
	}
}

// TestRefusesNone checks that a class or group the header would spell as
// its own FTP_CLASS_NONE or FTP_GROUP_NONE is refused by spec, where the
// table's line and column are known, rather than made into bad C.
func TestRefusesNone(t *testing.T) {
	for _, kind := range []string{"class.2", "group.0"} {
		toml := strings.ReplaceAll(`[class.2]
name = "PositiveCompletion"
title = "Positive Completion reply"
description = "Done."
rfc = 959
section = "4.2"

[group.0]
name = "Syntax"
title = "Syntax"
description = "Syntax."
rfc = 959
section = "4.2"

[reply.200]
name = "CommandOK"
text = "Command okay."
description = "Okay."
status = "standard"
rfc = 959
section = "4.2.2"
`, "["+kind+"]\nname = \""+map[string]string{"class.2": "PositiveCompletion", "group.0": "Syntax"}[kind]+"\"", "["+kind+"]\nname = \"NONE\"")
		err := checked(t, toml)
		if err == nil || !strings.Contains(err.Error(), "ftpcodes.toml:") || !strings.Contains(err.Error(), "reserved in C (FTP_") {
			t.Errorf("%s named NONE: err = %v, want one about FTP_..._NONE with its line", kind, err)
		}
	}
}

// lex splits C source into its code outside comments and string literals
// (each literal and comment replaced by a space) and its string literals.
func lex(t *testing.T, name string, src []byte) (code string, lits []string) {
	t.Helper()
	var b strings.Builder
	for i := 0; i < len(src); i++ {
		switch {
		case bytes.HasPrefix(src[i:], []byte("/*")):
			end := bytes.Index(src[i+2:], []byte("*/"))
			if end < 0 {
				t.Fatalf("%s: unterminated comment at byte %d", name, i)
			}
			i += 2 + end + 1
			b.WriteByte(' ')
		case src[i] == '"' || src[i] == '\'':
			j := i + 1
			for ; j < len(src) && src[j] != src[i]; j++ {
				if src[j] == '\\' {
					j++
				}
				if j < len(src) && src[j] == '\n' {
					t.Fatalf("%s: unterminated literal at byte %d", name, i)
				}
			}
			if src[i] == '"' {
				lits = append(lits, string(src[i:j+1]))
			}
			i = j
			b.WriteByte(' ')
		default:
			b.WriteByte(src[i])
		}
	}
	return b.String(), lits
}

// TestRefusesMap checks that a verb or alias the header would spell as its
// own FTP_COMMAND_MAP is refused by the C target's Check, not made into bad C.
func TestRefusesMap(t *testing.T) {
	for _, cmd := range []string{
		"[command.MAP]\naliases = []\n",
		"[command.XMAP]\naliases = [\"MAP\"]\naliases_rfc = 775\n",
	} {
		verb := strings.TrimSuffix(strings.TrimPrefix(strings.SplitN(cmd, "\n", 2)[0], "[command."), "]")
		toml := noCommands + "\n" + cmd + `description = "Map."
syntax = "` + verb + ` <CRLF>"
status = "non-standard"
source = "Nowhere"
preliminary = []
intermediate = []
success = [200]
error = []
`
		err := checked(t, toml)
		if err == nil || !strings.Contains(err.Error(), "ftpcodes.toml:") || !strings.Contains(err.Error(), "reserved in C (FTP_COMMAND_MAP)") {
			t.Errorf("%q: err = %v, want one about FTP_COMMAND_MAP with its line", cmd, err)
		}
	}
}

// TestRefusesReservedParams checks that a template parameter the header
// could not spell as an argument and a struct member (a keyword of C or
// C++, a macro of the standard library or the compilers, or a name the
// formatters use themselves) is refused by the C target's Check, not made into bad C, and
// that names close to them are not.
func TestRefusesReservedParams(t *testing.T) {
	for _, name := range []string{"int", "class", "and", "bool", "buf", "buf_size", "writer", "errno", "stdin", "linux"} {
		toml := noCommands + "template = \"x {" + name + "}\"\nparams = [{ name = \"" + name + "\", type = \"string\", description = \"A value.\" }]\n"
		err := checked(t, toml)
		if err == nil || !strings.Contains(err.Error(), "ftpcodes.toml:") || !strings.Contains(err.Error(), `"`+name+`" is reserved in C`) {
			t.Errorf("parameter %s: err = %v, want one naming it with its line", name, err)
		}
	}
	for _, name := range []string{"size", "text", "out", "path", "value"} {
		toml := noCommands + "template = \"x {" + name + "}\"\nparams = [{ name = \"" + name + "\", type = \"string\", description = \"A value.\" }]\n"
		tbl, err := spec.Parse("ftpcodes.toml", []byte(toml))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if _, err := c.Target.Generate(tbl, generators.Options{}); err != nil {
			t.Errorf("parameter %s: %v", name, err)
		}
	}
}

// TestRefusesFactCount checks that a fact the header would spell as its
// own FTP_FACT_COUNT is refused by the C target's Check, with its line,
// not made into a macro defined twice, and that a fact named otherwise is
// not.
func TestRefusesFactCount(t *testing.T) {
	for _, name := range []string{"count", "Count", "counts"} {
		toml := noCommands + "\n[fact." + name + `]
description = "A count."
type = "uint"
status = "extension"
rfc = 3659
section = "7.5.7"
`
		err := checked(t, toml)
		if refused := name != "counts"; refused != (err != nil) ||
			refused && (!strings.Contains(err.Error(), "ftpcodes.toml:") || !strings.Contains(err.Error(), "reserved in C (FTP_FACT_COUNT)")) {
			t.Errorf("fact %s: err = %v", name, err)
		}
	}
}
