// Package conformance is the cross-language conformance harness shared by
// the generators' tests: the tables every target is tested on, running each
// language's own toolchain, the round-trip dump every language's test
// program must print, and the shared vectors (vectors.go) every language's
// driver answers as spec does.
package conformance

import (
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/internal/golden"
	"github.com/ftpcodes/ftpcodes/spec"
)

// Tables returns the shipped table and every golden/gen case's table.
func Tables(t *testing.T) []Named {
	t.Helper()
	def, err := spec.Default()
	if err != nil {
		t.Fatalf("shipped table: %v", err)
	}
	out := []Named{{"shipped", def}}
	for _, c := range golden.Cases(t, "gen", "ftpcodes.toml") {
		tbl, err := spec.Parse("ftpcodes.toml", c.Input(t, "ftpcodes.toml"))
		if err != nil {
			t.Fatalf("%s: %v", c.Path, err)
		}
		out = append(out, Named{c.Name, tbl})
	}
	return out
}

// WithoutTemplates returns a copy of tbl whose replies carry no templates
// and which lists no templated meanings: the table of an output without
// formatters and parsers. tbl is not changed.
func WithoutTemplates(tbl *spec.Table) *spec.Table {
	bare := *tbl
	bare.Replies, bare.Templated = nil, nil
	for _, r := range tbl.Replies {
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
	return &bare
}

// Named is a table with a name for test output.
type Named struct {
	Name  string
	Table *spec.Table
}

// Generate runs one target with default options and returns its files by path.
func Generate(t *testing.T, tg generators.Target, tbl *spec.Table) map[string][]byte {
	t.Helper()
	files, err := tg.Generate(tbl, generators.Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := map[string][]byte{}
	for _, f := range files {
		m[f.Path] = f.Data
	}
	return m
}

// CheckWidth fails the test for every line wider than
// generators.MaxColumns in the named files (all of them, in path order,
// when paths is empty), naming the table, the file and the line.
func CheckWidth(t *testing.T, table string, files map[string][]byte, paths ...string) {
	t.Helper()
	if len(paths) == 0 {
		for path := range files {
			paths = append(paths, path)
		}
		slices.Sort(paths)
	}
	for _, path := range paths {
		data, ok := files[path]
		if !ok {
			t.Errorf("%s: no file %s was generated", table, path)
			continue
		}
		lines := strings.Split(string(data), "\n")
		for _, n := range generators.TooWide(data, generators.MaxColumns) {
			t.Errorf("%s: %s:%d: %d columns: %s", table, path, n, generators.Columns(lines[n-1]), lines[n-1])
		}
	}
}

// WriteFiles writes files into dir, creating directories as needed.
func WriteFiles(t *testing.T, dir string, files map[string][]byte) {
	t.Helper()
	for p, data := range files {
		full := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// Require returns the path of a toolchain command. Missing, it fails the
// test under CI (CI=true) and skips it elsewhere.
func Require(t *testing.T, name string) string {
	t.Helper()
	if p, err := exec.LookPath(name); err == nil {
		return p
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is not installed; CI needs it (make test installs the npm tools with npm ci)", name)
	}
	t.Skipf("%s is not installed; skipping (under CI=true this fails)", name)
	return ""
}

// NodeBin returns the path of an npm-installed tool in the repository's
// node_modules/.bin, failing under CI and skipping elsewhere when absent.
func NodeBin(t *testing.T, name string) string {
	t.Helper()
	p := filepath.Join(golden.Root(), "node_modules", ".bin", name)
	if _, err := os.Stat(p); err == nil {
		return p
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is missing; run npm ci (make test does)", p)
	}
	t.Skipf("%s is missing; run npm ci (under CI=true this fails)", p)
	return ""
}

// Run runs a command in dir and returns its standard output, failing the
// test with everything it printed if it fails or prints to standard error.
func Run(t *testing.T, dir string, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if err != nil || stderr.Len() > 0 {
		t.Fatalf("%s %s: %v\nstdout:\n%s\nstderr:\n%s", name, strings.Join(args, " "), err, stdout.String(), stderr.String())
	}
	return stdout.String()
}

// Dump is what a round-trip program in every language must print for a
// table: for each reply in numeric order, one line
//
//	code class group text description template rfc section source status closes also
//
// with the class and group digits ("-" for codes outside 100..999), every
// string (text, description, template, section, source) in lower-case hex
// ("-" when empty or absent), rfc as a number (0 for none),
// status as the table spells it, closes as 0 or 1, also as the number of
// other meanings; then, for each other meaning, one line of a plus sign
// and these fields, space-separated like the rest:
//
//	text description template rfc section source status
func Dump(tbl *spec.Table) string {
	h := func(s string) string {
		if s == "" {
			return "-"
		}
		return hex.EncodeToString([]byte(s))
	}
	tmpl := func(m *spec.Meaning) string {
		if m.Template == nil {
			return "-"
		}
		return h(m.Template.Raw)
	}
	var b strings.Builder
	for _, r := range tbl.Replies {
		class, group := "-", "-"
		if 100 <= r.Code && r.Code <= 999 {
			class, group = fmt.Sprint(r.Code/100), fmt.Sprint(r.Code/10%10)
		}
		closes := 0
		if r.ClosesControl {
			closes = 1
		}
		fmt.Fprintf(&b, "%d %s %s %s %s %s %d %s %s %s %d %d\n", r.Code, class, group,
			h(r.Text), h(r.Description), tmpl(&r.Meaning), r.Ref.RFC, h(r.Ref.Section), h(r.Ref.Source), r.Status, closes, len(r.Also))
		for _, m := range r.Also {
			fmt.Fprintf(&b, "+ %s %s %s %d %s %s %s\n", h(m.Text), h(m.Description), tmpl(m), m.Ref.RFC, h(m.Ref.Section), h(m.Ref.Source), m.Status)
		}
	}
	return b.String()
}

// CheckDump compares a language's round-trip output with Dump(tbl).
func CheckDump(t *testing.T, lang, name string, tbl *spec.Table, got string) {
	t.Helper()
	if want := Dump(tbl); got != want {
		t.Errorf("%s, table %s: the generated code does not read back the table:\n%s", lang, name, golden.Diff([]byte(want), []byte(got)))
	}
}

// CommandDump is what a round-trip program must print for a table's
// commands: for each command in verb order, one line
//
//	verb aliases description syntax rfc section replies_section status preliminary intermediate success error
//
// with aliases and each group of reply codes comma-separated in table order
// ("-" when empty), description and syntax in lower-case hex, rfc as a
// number and status as the table spells it; after it, for each of the
// command's observed replies in code order, a line "+ CODE SERVER AT SERVER
// AT ...": the code, then each piece of evidence's server ("vsftpd 3.0.3")
// and at ("postlogin.c:453") in lower-case hex; and at the end one such
// line for each reply to any command, starting with "*" instead of "+".
func CommandDump(tbl *spec.Table) string {
	codes := func(rs []*spec.Reply) string {
		if len(rs) == 0 {
			return "-"
		}
		s := make([]string, len(rs))
		for i, r := range rs {
			s[i] = fmt.Sprint(r.Code)
		}
		return strings.Join(s, ",")
	}
	list := func(ss []string) string {
		if len(ss) == 0 {
			return "-"
		}
		return strings.Join(ss, ",")
	}
	var b strings.Builder
	for _, c := range tbl.Commands {
		fmt.Fprintf(&b, "%s %s %s %s %d %s %s %s %s %s %s %s\n", c.Verb, list(c.Aliases),
			hex.EncodeToString([]byte(c.Description)), hex.EncodeToString([]byte(c.Syntax)),
			c.Ref.RFC, c.Ref.Section, c.RepliesRef.Section, c.Status,
			codes(c.Preliminary), codes(c.Intermediate), codes(c.Success), codes(c.Error))
		writeObserved(&b, "+", c.Observed)
	}
	writeObserved(&b, "*", tbl.AnyCommand)
	return b.String()
}

// writeObserved writes CommandDump's lines for observed replies.
func writeObserved(b *strings.Builder, mark string, os []*spec.Observed) {
	for _, o := range os {
		fmt.Fprintf(b, "%s %d", mark, o.Reply.Code)
		for _, e := range o.Evidence {
			fmt.Fprintf(b, " %s %s", hex.EncodeToString([]byte(e.Server.String())), hex.EncodeToString([]byte(e.At())))
		}
		b.WriteString("\n")
	}
}

// CheckCommandDump compares a language's command round-trip output with
// CommandDump(tbl).
func CheckCommandDump(t *testing.T, lang, name string, tbl *spec.Table, got string) {
	t.Helper()
	if want := CommandDump(tbl); got != want {
		t.Errorf("%s, table %s: the generated code does not read back the commands:\n%s", lang, name, golden.Diff([]byte(want), []byte(got)))
	}
}
