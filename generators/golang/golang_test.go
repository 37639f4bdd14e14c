package golang_test

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/constant"
	"go/format"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/generators/golang"
	"github.com/ftpcodes/ftpcodes/internal/conformance"
	"github.com/ftpcodes/ftpcodes/internal/golden"
	"github.com/ftpcodes/ftpcodes/internal/govectors"
	"github.com/ftpcodes/ftpcodes/spec"
)

const outPath = "go/ftpcodes/ftpcodes.go"

// generate returns the one file the Go target generates for tbl.
func generate(t *testing.T, tbl *spec.Table) []byte {
	t.Helper()
	files := conformance.Generate(t, golang.Target, tbl)
	src, ok := files[outPath]
	if !ok || len(files) != 1 {
		t.Fatalf("generated %d files, want only %s", len(files), outPath)
	}
	return src
}

// tables returns conformance.Tables; as "no-commands", the minimal table
// without its commands: the command API is generated all the same; and as
// "odd-names", oddNames.
func tables(t *testing.T) []conformance.Named {
	t.Helper()
	all := conformance.Tables(t)
	odd, err := spec.Parse("ftpcodes.toml", []byte(oddNames))
	if err != nil {
		t.Fatalf("odd-names: %v", err)
	}
	all = append(all, conformance.Named{Name: "odd-names", Table: odd})
	for _, tc := range all {
		if tc.Name == "minimal" {
			nc := *tc.Table
			nc.Commands = nil
			return append(all, conformance.Named{Name: "no-commands", Table: &nc})
		}
	}
	t.Fatal("no golden case minimal")
	return nil
}

// TestGenerated parses and type-checks every output and holds it to what a
// hand-written file would be: gofmt-clean, lines within lineWidth
// (checkWidth), marked as generated, standard
// library imports only, no directive comments, every constant where and
// what the table says.
func TestGenerated(t *testing.T) {
	for _, tc := range tables(t) {
		t.Run(tc.Name, func(t *testing.T) {
			src := generate(t, tc.Table)
			checkWidth(t, src)
			header, err := generators.Header(tc.Table)
			if err != nil {
				t.Fatal(err)
			}
			if first, _, _ := strings.Cut(string(src), "\n"); first != "// "+header {
				t.Errorf("first line %q, want the header %q", first, "// "+header)
			}
			// gofmt formats the table's part; the runtime is printed apart
			// and appended (splice.go), so that the whole is gofmt-clean is
			// this test's to find out.
			if out, err := format.Source(src); err != nil || !bytes.Equal(out, src) {
				t.Errorf("the output is not gofmt-clean (err %v):\n%s", err, golden.Diff(src, out))
			}

			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, outPath, src, parser.ParseComments|parser.SkipObjectResolution)
			if err != nil {
				t.Fatal(err)
			}
			if !ast.IsGenerated(f) {
				t.Error("go/ast.IsGenerated is false")
			}
			for _, cg := range f.Comments {
				for _, c := range cg.List {
					if strings.HasPrefix(c.Text, "//go:") || strings.HasPrefix(c.Text, "//line") || strings.HasPrefix(c.Text, "/*") {
						t.Errorf("%s: comment %q: only plain // comments are generated", fset.Position(c.Pos()), c.Text)
					}
				}
			}
			if f.Doc == nil || !strings.HasPrefix(f.Doc.Text(), "Package ftpcodes ") {
				t.Error(`no package doc comment starting "Package ftpcodes "`)
			}
			for _, imp := range f.Imports {
				p, _ := strconv.Unquote(imp.Path.Value)
				if first, _, _ := strings.Cut(p, "/"); strings.Contains(first, ".") {
					t.Errorf("import %s is not in the standard library", p)
				}
			}
			checkDocs(t, fset, f)
			// Safe in any package: the user's own index or match cannot
			// clash with the file's.
			for _, id := range topLevel(f) {
				if !ast.IsExported(id) && !strings.HasPrefix(id, "ftpcodes") {
					t.Errorf("the unexported top-level %s does not start with ftpcodes", id)
				}
			}

			conf := types.Config{Importer: importer.Default()}
			pkg, err := conf.Check("example.com/ftpcodes", fset, []*ast.File{f}, nil)
			if err != nil {
				t.Fatalf("type-checking: %v", err)
			}
			checkConsts(t, pkg, tc.Table)
		})
	}
}

// checkDocs demands a doc comment that starts with the name on every
// exported declaration, as linters do.
func checkDocs(t *testing.T, fset *token.FileSet, f *ast.File) {
	t.Helper()
	check := func(pos token.Pos, name string, docs ...*ast.CommentGroup) {
		if !ast.IsExported(name) {
			return
		}
		for _, d := range docs {
			if d != nil {
				if text := d.Text(); !strings.HasPrefix(text, name+" ") {
					t.Errorf("%s: the doc comment of %s starts %.30q", fset.Position(pos), name, text)
				}
				return
			}
		}
		t.Errorf("%s: %s has no doc comment", fset.Position(pos), name)
	}
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			check(d.Pos(), d.Name.Name, d.Doc)
		case *ast.GenDecl:
			for _, s := range d.Specs {
				switch s := s.(type) {
				case *ast.TypeSpec:
					check(s.Pos(), s.Name.Name, s.Doc, d.Doc)
				case *ast.ValueSpec:
					// A declaration of one value may carry its doc itself.
					var single *ast.CommentGroup
					if len(d.Specs) == 1 {
						single = d.Doc
					}
					for _, n := range s.Names {
						check(n.Pos(), n.Name, s.Doc, single)
					}
				}
			}
		}
	}
}

// checkConsts checks that every reply, alias, class and group has its
// constant, of the right type and value.
func checkConsts(t *testing.T, pkg *types.Package, tbl *spec.Table) {
	t.Helper()
	want := func(name, typ string, v int) {
		c, ok := pkg.Scope().Lookup(name).(*types.Const)
		switch {
		case !ok:
			t.Errorf("no constant %s", name)
		case c.Type().String() != pkg.Path()+"."+typ:
			t.Errorf("%s has type %s, want %s", name, c.Type(), typ)
		case c.Val().Kind() != constant.Int || c.Val().ExactString() != strconv.Itoa(v):
			t.Errorf("%s = %s, want %d", name, c.Val(), v)
		}
	}
	for _, r := range tbl.Replies {
		want(r.Name.Camel, "Code", r.Code)
		for _, a := range r.Aliases {
			want(a.Camel, "Code", r.Code)
		}
	}
	for _, c := range tbl.Classes {
		want("Class"+c.Name.Camel, "Class", c.Digit)
	}
	for _, g := range tbl.Groups {
		want("Group"+g.Name.Camel, "Group", g.Digit)
	}
	want("ClassNone", "Class", 0)
	want("GroupNone", "Group", -1)

	wantVerb := func(name, verb string) {
		c, ok := pkg.Scope().Lookup(name).(*types.Const)
		switch {
		case !ok:
			t.Errorf("no constant %s", name)
		case c.Type().String() != pkg.Path()+".Command":
			t.Errorf("%s has type %s, want Command", name, c.Type())
		case c.Val().Kind() != constant.String || constant.StringVal(c.Val()) != verb:
			t.Errorf("%s = %s, want %q", name, c.Val(), verb)
		}
	}
	for _, c := range tbl.Commands {
		wantVerb("Command"+c.Name.Camel, c.Verb)
		for _, a := range c.Aliases {
			wantVerb(commandConst(a), a)
		}
	}
}

// commandConst is the constant of a verb: CommandXpwd for XPWD.
func commandConst(verb string) string {
	return "Command" + verb[:1] + strings.ToLower(verb[1:])
}

// TestReserved keeps golang.Exported equal to the exported top-level
// identifiers of the output that are not reply names, so that the Go
// target refuses a reply name that would collide with one: every such
// identifier of every output must be listed, and the list must hold nothing
// that the shipped table's output does not declare.
func TestReserved(t *testing.T) {
	var reserved []string
	for w := range golang.Exported {
		reserved = append(reserved, w)
	}
	for _, tc := range tables(t) {
		src := generate(t, tc.Table)
		f, err := parser.ParseFile(token.NewFileSet(), outPath, src, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		replyNames := map[string]bool{} // and command constants, formatters...: all depend on the table
		for _, r := range tc.Table.Replies {
			replyNames[r.Name.Camel] = true
			for _, a := range r.Aliases {
				replyNames[a.Camel] = true
			}
		}
		for _, ft := range tc.Table.Facts {
			replyNames["Fact"+ft.Ident.Camel] = true
		}
		for _, tm := range templatedMeanings(tc.Table) {
			for _, id := range []string{"Format" + tm.name, "Parse" + tm.name, tm.name + "Values"} {
				replyNames[id] = true
			}
		}
		for _, c := range tc.Table.Commands {
			replyNames[commandConst(c.Verb)] = true
			for _, a := range c.Aliases {
				replyNames[commandConst(a)] = true
			}
		}
		var ids []string
		for _, id := range topLevel(f) {
			if ast.IsExported(id) && !replyNames[id] {
				ids = append(ids, id)
			}
		}
		slices.Sort(ids)
		for _, id := range ids {
			if !slices.Contains(reserved, id) {
				t.Errorf("%s: %s is not in golang.Exported; add it", tc.Name, id)
			}
		}
		if tc.Name == "shipped" {
			for _, id := range reserved {
				if !slices.Contains(ids, id) {
					t.Errorf("golang.Exported has %s, which the Go output does not declare; remove it", id)
				}
			}
		}
	}
}

// topLevel returns the names a file declares at package level.
func topLevel(f *ast.File) []string {
	var ids []string
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil {
				ids = append(ids, d.Name.Name)
			}
		case *ast.GenDecl:
			for _, s := range d.Specs {
				switch s := s.(type) {
				case *ast.TypeSpec:
					ids = append(ids, s.Name.Name)
				case *ast.ValueSpec:
					for _, n := range s.Names {
						ids = append(ids, n.Name)
					}
				}
			}
		}
	}
	return ids
}

// TestRoundTrip builds the generated package for every table, each with
// its test program in a directory of one module, so that the go command
// starts three times in all: it vets them all, builds every program, runs
// each, which prints every record in conformance.Dump's format and every
// command in conformance.CommandDump's, compares them with its table and
// answers the shared vectors, then runs the checks of rtTest against every
// table at once. README.md's Go code (readmePrograms) is in the module
// too, and its programs are run.
func TestRoundTrip(t *testing.T) {
	goBin := conformance.Require(t, "go")
	dir := conformance.GoDir(t, "golang-roundtrip")
	files := map[string][]byte{"go.mod": []byte("module example.com/rt\n\ngo 1.26\n")}
	tcs := tables(t)
	sub := func(tc conformance.Named) string { return "t_" + strings.ReplaceAll(tc.Name, "-", "_") }
	for _, tc := range tcs {
		d := sub(tc)
		// Each table's program imports its own copy of the package.
		in := func(src []byte) []byte {
			return bytes.ReplaceAll(src, []byte(`"example.com/rt/`), []byte(`"example.com/rt/`+d+`/`))
		}
		for name, src := range map[string][]byte{
			outPath:               generate(t, tc.Table),
			"main.go":             []byte(rtMain),
			"main_test.go":        []byte(rtTest),
			"table_test.go":       tableFacts(tc.Table),
			"text.go":             []byte(rtText),
			"dispatch.go":         dispatch(t, tc.Table),
			"govectors/driver.go": driver(t, "driver.go"),
			"govectors/client.go": driver(t, "client.go"),
			"reply_test.go":       []byte(rtReplyTest),
			"templates_test.go":   textTestSource(t, tc.Table),
		} {
			files[d+"/"+name] = in(src)
		}
	}
	// README.md's Go code, with the package generated from the shipped
	// table, in the same go commands.
	readme, programs := readmePrograms(t, "example.com/rt/"+sub(tcs[0])+"/go/ftpcodes")
	for name, src := range readme {
		files[name] = src
	}
	conformance.WriteFiles(t, dir, files)
	conformance.Run(t, dir, goBin, "vet", "./...")
	bin := filepath.Join(dir, "bin")
	conformance.Run(t, dir, goBin, "build", "-o", bin+string(filepath.Separator), "./...")
	t.Run("README", func(t *testing.T) {
		for _, p := range programs {
			if got := conformance.Run(t, dir, filepath.Join(bin, p.dir)); got != p.want {
				t.Errorf("README.md:%d: the program printed\n%s\nwant (its comments)\n%s", p.line, got, p.want)
			}
		}
	})
	for _, tc := range tcs {
		t.Run(tc.Name, func(t *testing.T) {
			rt := filepath.Join(bin, sub(tc))
			conformance.CheckDump(t, "go", tc.Name, tc.Table, conformance.Run(t, dir, rt))
			conformance.CheckCommandDump(t, "go", tc.Name, tc.Table, conformance.Run(t, dir, rt, "commands"))
			vectors, _ := conformance.WriteVectors(t, filepath.Join(dir, sub(tc)), tc.Table)
			conformance.CheckVectors(t, "go", tc.Name, tc.Table, conformance.Run(t, dir, rt, "vectors", vectors))
			clientVectors, _ := conformance.WriteClientVectors(t, filepath.Join(dir, sub(tc)), tc.Table)
			conformance.CheckClientVectors(t, "go", tc.Name, tc.Table, conformance.Run(t, dir, rt, "vectors", clientVectors))
		})
	}
	conformance.Run(t, dir, goBin, "test", "-count=1", "./...")
}

// dispatch is the test program's dispatch.go: govectors.Dispatch for tbl,
// setting meanings.
func dispatch(t *testing.T, tbl *spec.Table) []byte {
	src, err := govectors.Dispatch(tbl, "Written by the Go generator's test for the table under test.",
		"main", "meanings", "example.com/rt/govectors", "example.com/rt/go/ftpcodes")
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// driver is a file of internal/govectors, which runs the vectors, for the
// test program's module: importing the package generated there.
func driver(t *testing.T, name string) []byte {
	src, err := os.ReadFile(filepath.Join(golden.Root(), "internal", "govectors", name))
	if err != nil {
		t.Fatal(err)
	}
	const from, to = `"github.com/ftpcodes/ftpcodes/out/go/ftpcodes"`, `"example.com/rt/go/ftpcodes"`
	if !bytes.Contains(src, []byte(from)) {
		t.Fatalf("internal/govectors/%s does not import %s", name, from)
	}
	return bytes.Replace(src, []byte(from), []byte(to), 1)
}

// tableFacts is a Go file that tells rtTest what the table holds, apart
// from the generated package: the deprecated reply names, every verb with
// its command's verb, and every code.
func tableFacts(tbl *spec.Table) []byte {
	var b strings.Builder
	b.WriteString("package main\n\nvar aliases = map[string]int{\n")
	for _, r := range tbl.Replies {
		for _, a := range r.Aliases {
			fmt.Fprintf(&b, "\t%q: %d,\n", a.Camel, r.Code)
		}
	}
	b.WriteString("}\n\nvar verbs = map[string]string{\n")
	for _, c := range tbl.Commands {
		fmt.Fprintf(&b, "\t%q: %q,\n", c.Verb, c.Verb)
		for _, a := range c.Aliases {
			fmt.Fprintf(&b, "\t%q: %q,\n", a, c.Verb)
		}
	}
	b.WriteString("}\n\nvar codes = []int{")
	for i, r := range tbl.Replies {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprint(&b, r.Code)
	}
	fmt.Fprintf(&b, "}\n\nconst commandCount = %d\n", len(tbl.Commands))
	return []byte(b.String())
}

// rtMain prints every record as conformance.Dump does.
const rtMain = `package main

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"os"
	"strconv"
	"strings"

	"example.com/rt/go/ftpcodes"
	"example.com/rt/govectors"
)

// meanings holds the formatter and parser of every templated meaning;
// dispatch.go fills it in.
var meanings map[string]govectors.Meaning

func h(s string) string {
	if s == "" {
		return "-"
	}
	return hex.EncodeToString([]byte(s))
}

func codeList(cs []ftpcodes.Code) string {
	if len(cs) == 0 {
		return "-"
	}
	s := make([]string, len(cs))
	for i, c := range cs {
		s[i] = strconv.Itoa(int(c))
	}
	return strings.Join(s, ",")
}

func observed(w *bufio.Writer, mark string, os []ftpcodes.ObservedReply) {
	for _, o := range os {
		fmt.Fprintf(w, "%s %d", mark, int(o.Code))
		for _, e := range o.Evidence {
			fmt.Fprintf(w, " %s %s", hex.EncodeToString([]byte(e.Server)), hex.EncodeToString([]byte(e.At)))
		}
		fmt.Fprintln(w)
	}
}

func verbList(vs []ftpcodes.Command) string {
	if len(vs) == 0 {
		return "-"
	}
	s := make([]string, len(vs))
	for i, v := range vs {
		s[i] = string(v)
	}
	return strings.Join(s, ",")
}

// main prints the replies as conformance.Dump does, with the argument
// "commands" the commands as conformance.CommandDump does, or with
// "vectors FILE" the results of conformance.Vectors in FILE.
func main() {
	w := bufio.NewWriter(os.Stdout)
	if len(os.Args) > 2 && os.Args[1] == "vectors" {
		data, err := os.ReadFile(os.Args[2])
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		for _, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
			fmt.Fprintln(w, govectors.Answer(meanings, line))
		}
	} else if len(os.Args) > 1 && os.Args[1] == "commands" {
		for c := range ftpcodes.AllCommands() {
			fmt.Fprintf(w, "%s %s %s %s %d %s %s %s %s %s %s %s\n", c.Verb, verbList(c.Aliases),
				hex.EncodeToString([]byte(c.Description)), hex.EncodeToString([]byte(c.Syntax)),
				c.RFC, c.Section, c.RepliesSection, c.Status,
				codeList(c.Preliminary), codeList(c.Intermediate), codeList(c.Success), codeList(c.Error))
			observed(w, "+", c.Observed)
		}
		observed(w, "*", ftpcodes.AnyCommandReplies())
	} else {
		for r := range ftpcodes.All() {
			class, group := "-", "-"
			if c := r.Code.Class(); c != ftpcodes.ClassNone {
				class = fmt.Sprint(int(c))
			}
			if g := r.Code.Group(); g != ftpcodes.GroupNone {
				group = fmt.Sprint(int(g))
			}
			closes := 0
			if r.ClosesControl {
				closes = 1
			}
			fmt.Fprintf(w, "%d %s %s %s %s %s %d %s %s %s %d %d\n", int(r.Code), class, group,
				h(r.Text), h(r.Description), h(r.Template), r.RFC, h(r.Section), h(r.Source), r.Status, closes, len(r.Also))
			for _, m := range r.Also {
				fmt.Fprintf(w, "+ %s %s %s %d %s %s %s\n", h(m.Text), h(m.Description), h(m.Template), m.RFC, h(m.Section), h(m.Source), m.Status)
			}
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
`

// rtTest checks the generated package's behaviour for any int, and that
// every way to reach a record agrees with All.
const rtTest = `package main

import (
	"fmt"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"

	"example.com/rt/go/ftpcodes"
)

// extremes are codes outside every range, where nothing may panic.
var extremes = []int{math.MinInt, -1000, -1, 0, 1, 99, 1000, 9999, 100000, math.MaxInt}

func TestUnknown(t *testing.T) {
	for _, code := range []int{0, 999, -1, 700, math.MinInt, math.MaxInt} {
		if s := ftpcodes.Text(code); s != "" {
			t.Errorf("Text(%d) = %q, want \"\"", code, s)
		}
		c := ftpcodes.Code(code)
		if got, want := c.String(), fmt.Sprintf("Code(%d)", code); got != want {
			t.Errorf("Code(%d).String() = %q, want %q", code, got, want)
		}
		if c.IsKnown() || c.Text() != "" {
			t.Errorf("Code(%d) is known", code)
		}
		if _, ok := ftpcodes.Lookup(code); ok {
			t.Errorf("Lookup(%d) found a record", code)
		}
	}
	for _, name := range []string{"", "Code", "None", "commandOK", "Code(200)"} {
		if c, ok := ftpcodes.ByName(name); ok {
			t.Errorf("ByName(%q) = %v, true", name, c)
		}
	}
}

// TestDigits checks classes, groups and the predicates against the digits,
// for every code from -1000 to 100000 and some extremes.
func TestDigits(t *testing.T) {
	codes := extremes
	for c := -1000; c <= 100000; c++ {
		codes = append(codes, c)
	}
	for _, code := range codes {
		c := ftpcodes.Code(code)
		wantClass, wantGroup := ftpcodes.ClassNone, ftpcodes.GroupNone
		if 100 <= code && code <= 999 {
			wantClass, wantGroup = ftpcodes.Class(code/100), ftpcodes.Group(code/10%10)
		}
		if c.Class() != wantClass || c.Group() != wantGroup {
			t.Fatalf("Code(%d): class %d, group %d; want %d, %d", code, c.Class(), c.Group(), wantClass, wantGroup)
		}
		got := []bool{c.IsPositivePreliminary(), c.IsPositiveCompletion(), c.IsPositiveIntermediate(),
			c.IsTransientNegative(), c.IsPermanentNegative(), c.IsProtected()}
		for i, p := range got {
			if want := 100 <= code && code <= 699 && code/100 == i+1; p != want {
				t.Fatalf("Code(%d): predicate for class %d is %v", code, i+1, p)
			}
		}
		if c.IsKnown() != (ftpcodes.Text(code) != "") {
			t.Fatalf("Code(%d): IsKnown %v but Text %q", code, c.IsKnown(), ftpcodes.Text(code))
		}
		_ = c.Class().String() + c.Class().Title() + c.Class().Description()
		_ = c.Group().String() + c.Group().Title() + c.Group().Description()
	}
	if s := ftpcodes.ClassNone.String(); s != "None" {
		t.Errorf("ClassNone.String() = %q", s)
	}
	if s := ftpcodes.GroupNone.String(); s != "None" {
		t.Errorf("GroupNone.String() = %q", s)
	}
	if s := ftpcodes.ClassNone.Title() + ftpcodes.GroupNone.Description(); s != "" {
		t.Errorf("ClassNone and GroupNone have a title or description: %q", s)
	}
	for _, v := range extremes {
		if v == 0 || v == -1 || v == 1 {
			continue
		}
		if got, want := ftpcodes.Class(v).String(), fmt.Sprintf("Class(%d)", v); got != want {
			t.Errorf("Class(%d).String() = %q, want %q", v, got, want)
		}
		if got, want := ftpcodes.Group(v).String(), fmt.Sprintf("Group(%d)", v); got != want {
			t.Errorf("Group(%d).String() = %q, want %q", v, got, want)
		}
		if got, want := ftpcodes.Status(v).String(), fmt.Sprintf("Status(%d)", v); got != want {
			t.Errorf("Status(%d).String() = %q, want %q", v, got, want)
		}
	}
	if ftpcodes.Status(0).String() != "Status(0)" {
		t.Errorf("Status(0).String() = %q", ftpcodes.Status(0).String())
	}
}

func TestRecords(t *testing.T) {
	n, prev := 0, math.MinInt
	for r := range ftpcodes.All() {
		n++
		code := int(r.Code)
		if code <= prev {
			t.Errorf("All: %d after %d", code, prev)
		}
		prev = code
		if got := ftpcodes.Text(code); got != r.Text || r.Code.Text() != r.Text || r.Text == "" {
			t.Errorf("Text(%d) = %q, record %q", code, got, r.Text)
		}
		if got := r.Code.String(); got != r.Name {
			t.Errorf("Code(%d).String() = %q, record %q", code, got, r.Name)
		}
		if c, ok := ftpcodes.ByName(r.Name); !ok || c != r.Code {
			t.Errorf("ByName(%q) = %d, %v", r.Name, c, ok)
		}
		if !r.Code.IsKnown() {
			t.Errorf("Code(%d) is not known", code)
		}
		got, ok := ftpcodes.Lookup(code)
		if !ok || !reflect.DeepEqual(got, r) {
			t.Errorf("Lookup(%d) = %+v, %v; All gave %+v", code, got, ok, r)
		}
		if r.Template == "" && r.Params != nil {
			t.Errorf("%d: params without a template", code)
		}

		// The records handed out share nothing with the package.
		for i := range got.Params {
			got.Params[i].Name = "changed"
		}
		for i := range got.Also {
			got.Also[i].Text = "changed"
			for j := range got.Also[i].Params {
				got.Also[i].Params[j].Description = "changed"
			}
		}
		if again, _ := ftpcodes.Lookup(code); !reflect.DeepEqual(again, r) {
			t.Errorf("Lookup(%d): changing a record changed the package", code)
		}
	}
	if n == 0 {
		t.Fatal("All yields nothing")
	}
	for r := range ftpcodes.All() {
		_ = r
		break // stopping early must not panic
	}
	for name, code := range aliases {
		if c, ok := ftpcodes.ByName(name); !ok || int(c) != code {
			t.Errorf("ByName(%q) = %d, %v; want %d", name, c, ok, code)
		}
	}
}

// spellings returns every way to write verb in upper and lower case.
func spellings(verb string) []string {
	out := []string{""}
	for _, r := range verb {
		var next []string
		for _, p := range out {
			next = append(next, p+strings.ToUpper(string(r)), p+strings.ToLower(string(r)))
		}
		out = next
	}
	return out
}

// expected is IsExpectedReply's answer from the record's groups.
func expected(c ftpcodes.CommandInfo, code int) bool {
	for _, g := range [][]ftpcodes.Code{c.Preliminary, c.Intermediate, c.Success, c.Error} {
		for _, r := range g {
			if int(r) == code {
				return true
			}
		}
	}
	return false
}

// probes are the codes IsExpectedReply is asked about for every command:
// the table's and some it does not have.
var probes = append(slices.Clone(codes), 0, 999, 10054, -1, math.MinInt, math.MaxInt)

func TestCommands(t *testing.T) {
	records := map[ftpcodes.Command]ftpcodes.CommandInfo{}
	var prev ftpcodes.Command
	for c := range ftpcodes.AllCommands() {
		if c.Verb <= prev {
			t.Errorf("AllCommands: %s after %s", c.Verb, prev)
		}
		prev = c.Verb
		if verbs[string(c.Verb)] != string(c.Verb) {
			t.Errorf("AllCommands yields %s, which is not a command of the table", c.Verb)
		}
		records[c.Verb] = c
	}
	if len(records) != commandCount {
		t.Errorf("AllCommands yields %d commands, want %d", len(records), commandCount)
	}
	for range ftpcodes.AllCommands() {
		break // stopping early must not panic
	}

	for verb, canonical := range verbs {
		want := records[ftpcodes.Command(canonical)]
		for _, v := range spellings(verb) {
			got, ok := ftpcodes.LookupCommand(v)
			if !ok || !reflect.DeepEqual(got, want) {
				t.Errorf("LookupCommand(%q) = %+v, %v; want %s's record", v, got, ok, canonical)
			}
			for _, code := range probes {
				if got, want := ftpcodes.IsExpectedReply(v, code), expected(want, code); got != want {
					t.Errorf("IsExpectedReply(%q, %d) = %v, want %v", v, code, got, want)
				}
			}
		}
		if verb != canonical && !slices.Contains(want.Aliases, ftpcodes.Command(verb)) {
			t.Errorf("%s's Aliases %v lack %s", canonical, want.Aliases, verb)
		}

		// Only ASCII letters fold, and nothing is trimmed.
		for _, v := range []string{" " + verb, verb + " ", verb + "\r\n", "\t" + verb, verb + "\x00", verb + verb} {
			checkUnknown(t, v)
		}
		// Nor do the letters that Unicode folds to an ASCII one.
		lower := strings.ToLower(verb)
		for _, r := range []struct{ in, old, new string }{{lower, "s", "\u017f"}, {lower, "k", "\u212a"}, {verb, "I", "\u0130"}} {
			if v := strings.Replace(r.in, r.old, r.new, 1); v != r.in {
				checkUnknown(t, v)
			}
		}
	}
	for _, v := range []string{"NOPE", "", "X", strings.Repeat("A", 40), strings.Repeat("RETR", 10), "\xff\xfe\xfd", "ÀBOR", "R\u0080TR"} {
		if _, known := verbs[strings.ToUpper(v)]; !known {
			checkUnknown(t, v)
		}
	}

	for verb, want := range records {
		got, _ := ftpcodes.LookupCommand(string(verb))
		// The records handed out share nothing with the package.
		for _, g := range [][]ftpcodes.Code{got.Preliminary, got.Intermediate, got.Success, got.Error} {
			for i := range g {
				g[i] = 0
			}
		}
		for i := range got.Aliases {
			got.Aliases[i] = "CHANGED"
		}
		if again, _ := ftpcodes.LookupCommand(string(verb)); !reflect.DeepEqual(again, want) {
			t.Errorf("LookupCommand(%q): changing a record changed the package", verb)
		}
		v := strings.ToLower(string(verb))
		if n := testing.AllocsPerRun(100, func() { ftpcodes.IsExpectedReply(v, 200) }); n != 0 {
			t.Errorf("IsExpectedReply(%q, 200) allocates %v times", v, n)
		}
	}
}

func checkUnknown(t *testing.T, verb string) {
	t.Helper()
	if c, ok := ftpcodes.LookupCommand(verb); ok || !reflect.DeepEqual(c, ftpcodes.CommandInfo{}) {
		t.Errorf("LookupCommand(%q) = %+v, %v; want no command", verb, c, ok)
	}
	for _, code := range probes {
		if ftpcodes.IsExpectedReply(verb, code) {
			t.Errorf("IsExpectedReply(%q, %d) is true for an unknown command", verb, code)
		}
	}
}
`
