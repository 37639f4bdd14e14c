package golang

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"strings"
	"testing"

	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/internal/conformance"
	"github.com/ftpcodes/ftpcodes/internal/golden"
	"github.com/ftpcodes/ftpcodes/spec"
)

func TestCommentText(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain text.", "plain text."},
		{`*/ /* // \`, `*/ /* // \`},
		{"//go:generate rm -rf /", "//go:generate rm -rf /"},
		{"a\u2028b\u2029c", `a\u2028b\u2029c`},
		{"zero\u200bwidth", `zero\u200bwidth`},
		{"no\u00a0break", `no\u00a0break`},
		{"tab\there", `tab\u0009here`},
		{"nl\nhere", `nl\u000ahere`},
		{"bad \xff byte", `bad \xff byte`},
		{"🚀 déjà vu", "🚀 déjà vu"},
		{"it'''s ``so''", "it'\\u0027's `\\u0060so'\\u0027"},
		{"\U000e0001 tag", `\U000e0001 tag`},
	} {
		if got := commentText(tc.in); got != tc.want {
			t.Errorf("commentText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestQuoted(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Command okay.", `"Command okay."`},
		{`say "hi" \ there`, `"say \"hi\" \\ there"`},
		{"a\u2028b", `"a\u2028b"`},
		{"'''", `"'\u0027'"`},
		{"``x", "\"`\\u0060x\""},
	} {
		if got := quoted(tc.in); got != tc.want {
			t.Errorf("quoted(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestWrap(t *testing.T) {
	for _, tc := range []struct {
		in    string
		width int
		want  []string
	}{
		{"", 10, nil},
		{"one two three four", 9, []string{"one two", "three", "four"}},
		{"  runs   of  spaces ", 80, []string{"runs of spaces"}},
		{"averyveryverylongword x", 5, []string{"averyveryverylongword", "x"}},
		// A line may not start with a list marker: it stays on the line before.
		{"aaaa - bbbb", 5, []string{"aaaa -", "bbbb"}},
		{"aaaa 1. bbbb 2) cccc", 5, []string{"aaaa 1.", "bbbb 2)", "cccc"}},
		{"aaaa 12.5 bbbb", 5, []string{"aaaa", "12.5", "bbbb"}},
		// Nor with what could be a link definition.
		{"aaaa [x]: http://x.y", 5, []string{"aaaa [x]:", "http://x.y"}},
	} {
		if got := wrap(tc.in, tc.width); strings.Join(got, "|") != strings.Join(tc.want, "|") || len(got) != len(tc.want) {
			t.Errorf("wrap(%q, %d) = %q, want %q", tc.in, tc.width, got, tc.want)
		}
	}
}

// checkStableComment puts a doc comment, built from text the way the
// generator builds its comments, on a declaration and checks that the
// comment is safe and that gofmt leaves it as it is: no directive, one
// comment group, and the same bytes after formatting.
func checkStableComment(t *testing.T, text string) {
	t.Helper()
	var d docLines
	d.para("X is " + quoted(text) + ". " + commentText(text))
	d.para("A list:")
	d.blank()
	d.item("1yz, [X] (" + commentText(text) + "): " + commentText(text))
	d.item("Also " + commentText(text))
	src := "package p\n\n" + d.String() + "\nconst X = 1\n"
	out, err := format.Source([]byte(src))
	if err != nil {
		t.Fatalf("%q: %v\n%s", text, err, src)
	}
	if !bytes.Equal(out, []byte(src)) {
		t.Fatalf("%q: gofmt changes the comment:\n%s\nto\n%s", text, src, out)
	}
	f, err := parser.ParseFile(token.NewFileSet(), "p.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Comments) != 1 || f.Decls[0].(*ast.GenDecl).Doc != f.Comments[0] {
		t.Fatalf("%q: the comment is not the one doc comment of X:\n%s", text, src)
	}
	for _, c := range f.Comments[0].List {
		if isDirective(c.Text) {
			t.Fatalf("%q: comment line %q is a directive", text, c.Text)
		}
	}
}

// isDirective reports whether a comment is one the toolchain acts on.
func isDirective(c string) bool {
	return strings.HasPrefix(c, "//go:") || strings.HasPrefix(c, "//line ") || strings.HasPrefix(c, "/*line ") ||
		strings.HasPrefix(c, "//export ") || strings.HasPrefix(c, "//extern ") || strings.HasPrefix(c, "//nolint")
}

func TestStableComment(t *testing.T) {
	for _, s := range []string{
		"Plain.",
		"//go:generate rm -rf /",
		"- not a list\u2028//go:generate x",
		"a b c d e f g h i j k l m n o p q r s t u v w x y z - 1. 2) * + • a b c d e f g h i j k l m n o p q r s t u v w x y z - 3. x",
		"# Heading",
		"Deprecated: Use nothing.",
		"[link]: https://example.com",
		"\tindented code",
		"'' `` ''' ````",
		"*/ /* \\",
	} {
		checkStableComment(t, s)
	}
}

func FuzzComment(f *testing.F) {
	for _, s := range []string{"Command okay.", "//go:generate x", "a\u2028b", "- x", "'''", "1. x", "  # H", "\xff",
		"dir/evil\nimport os.toml", "150 ok\r226 done\r\n"} { // issue 11: a hostile table name (point 7), CRs that are data (points 2 and 5)
		f.Add(s)
	}
	for _, s := range golden.BadTables(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// Repeat the text so that wrapping has lines to break.
		checkStableComment(t, s+" "+s+" "+s+" "+s)
	})
}

func TestFormatSourceError(t *testing.T) {
	_, err := formatSource([]byte("package p\n\nfunc f() {\n\treturn 1 +\n}\n"))
	if err == nil {
		t.Fatal("no error for a source that does not parse")
	}
	for _, want := range []string{"does not parse", "5:1:", "1  package p", "3  func f() {", "5  }"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("the error does not contain %q:\n%v", want, err)
		}
	}
}

// TestCommentsAsRendered checks that gofmt leaves every comment line of the
// generated file as the generator wrote it (comment.go depends on that: a
// line gofmt rewrote would be a line nobody reviewed), for every test table.
func TestCommentsAsRendered(t *testing.T) {
	for _, name := range []string{"hostile", "minimal"} {
		tbl := loadCase(t, name)
		header, err := generators.Header(tbl)
		if err != nil {
			t.Fatal(err)
		}
		p, err := newPkg(tbl, "ftpcodes", header)
		if err != nil {
			t.Fatal(err)
		}
		for _, piece := range render(p, false) {
			if piece.file == nil {
				// Laid out already: gofmt leaves all of it as it is.
				src := "package ftpcodes\n\n" + piece.text
				if out, err := formatSource([]byte(src)); err != nil || string(out) != src {
					t.Errorf("%s: gofmt rewrites the records laid out (err %v):\n%s", name, err, diffLines(src, string(out)))
				}
				continue
			}
			var raw bytes.Buffer
			if err = piece.file.Render(&raw); err != nil {
				t.Fatal(err)
			}
			out, err := formatSource(raw.Bytes())
			if err != nil {
				t.Fatal(err)
			}
			a, b := commentLines(raw.String()), commentLines(string(out))
			if strings.Join(a, "\n") != strings.Join(b, "\n") {
				t.Errorf("%s: gofmt rewrites comments:\nrendered:\n%s\nformatted:\n%s", name, strings.Join(a, "\n"), strings.Join(b, "\n"))
			}
		}
	}
}

// diffLines shows the first line where a and b differ, with the lines
// around it.
func diffLines(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(la), len(lb)) {
		if la[i] != lb[i] {
			lo, hi := max(0, i-3), min(len(la), len(lb), i+3)
			return fmt.Sprintf("line %d:\n%s\nbecomes\n%s", i+1, strings.Join(la[lo:hi], "\n"), strings.Join(lb[lo:hi], "\n"))
		}
	}
	return fmt.Sprintf("%d lines become %d", len(la), len(lb))
}

func commentLines(src string) []string {
	var out []string
	for _, l := range strings.Split(src, "\n") {
		if l = strings.TrimSpace(l); strings.HasPrefix(l, "//") {
			out = append(out, l)
		}
	}
	return out
}

// loadCase parses the table of golden/gen/<name>.txtar.
func loadCase(t *testing.T, name string) *spec.Table {
	t.Helper()
	for _, c := range conformance.Tables(t) {
		if c.Name == name {
			return c.Table
		}
	}
	t.Fatalf("no golden case %s", name)
	return nil
}

func TestCollisions(t *testing.T) {
	const classes = `
[class.2]
name = "%s"
title = "T"
description = "D"
rfc = 959
section = "4.2"

[group.0]
name = "Syntax"
title = "T"
description = "D"
rfc = 959
section = "4.2"

[reply.200]
name = "%s"
text = "Command okay."
description = "D"
status = "standard"
rfc = 959
section = "4.2.2"
`
	// A class named None would be ClassNone too; the Go target refuses it,
	// with its line (Reserved, golden/check/reserved-other.txtar).
	tbl, err := spec.Parse("ftpcodes.toml", []byte(fmt.Sprintf(classes, "None", "CommandOK")))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Target.Generate(tbl, generators.Options{}); err == nil || !strings.Contains(err.Error(), "ftpcodes.toml:") || !strings.Contains(err.Error(), "ClassNone") {
		t.Errorf("class None: error %v, want one at its line naming ClassNone", err)
	}
	for _, tc := range []struct{ class, reply, want string }{
		{"Funny", "ClassFunny", "ClassFunny"},
		{"Completion", "ClassCompletion", "ClassCompletion"},
	} {
		tbl, err := spec.Parse("ftpcodes.toml", []byte(fmt.Sprintf(classes, tc.class, tc.reply)))
		if err != nil {
			t.Fatal(err)
		}
		_, err = generate(tbl, generators.Options{})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("class %s, reply %s: error %v, want one naming %s", tc.class, tc.reply, err, tc.want)
		}
	}
}

func TestPackageOption(t *testing.T) {
	tbl := loadCase(t, "minimal")
	files, err := generate(tbl, generators.Options{Package: "replies"})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 1 || files[0].Path != "go/replies/replies.go" {
		t.Fatalf("files %v, want go/replies/replies.go", files)
	}
	if !bytes.Contains(files[0].Data, []byte("\npackage replies\n")) || !bytes.Contains(files[0].Data, []byte("// Package replies ")) {
		t.Errorf("the package is not named replies:\n%s", files[0].Data)
	}
	for _, bad := range []string{"main", "_", "two words", "1st", "ftp-codes", "func"} {
		if _, err := generate(tbl, generators.Options{Package: bad}); err == nil {
			t.Errorf("package %q: no error", bad)
		}
	}
}

// TestCommandCollisions checks that a reply named like a command constant,
// which the spec cannot know to refuse, is refused here.
func TestCommandCollisions(t *testing.T) {
	const table = `
[class.2]
name = "PositiveCompletion"
title = "T"
description = "D"
rfc = 959
section = "4.2"

[group.0]
name = "Syntax"
title = "T"
description = "D"
rfc = 959
section = "4.2"

[reply.200]
name = "%s"
text = "Command okay."
description = "D"
status = "standard"
rfc = 959
section = "4.2.2"

[command.NOOP]
description = "Do nothing."
syntax = "NOOP <CRLF>"
status = "standard"
rfc = 959
section = "4.1.3"
replies_section = "5.4"
aliases = ["XNOP"]
aliases_rfc = 775
preliminary = []
intermediate = []
success = [200]
error = []
`
	for _, tc := range []struct{ reply, want string }{
		{"CommandNoop", "command NOOP"},
		{"CommandXnop", "alias XNOP"},
	} {
		tbl, err := spec.Parse("ftpcodes.toml", []byte(fmt.Sprintf(table, tc.reply)))
		if err != nil {
			t.Fatal(err)
		}
		_, err = generate(tbl, generators.Options{})
		if err == nil || !strings.Contains(err.Error(), tc.reply) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("reply %s: error %v, want one naming %s and %s", tc.reply, err, tc.reply, tc.want)
		}
	}
	tbl, err := spec.Parse("ftpcodes.toml", []byte(fmt.Sprintf(table, "CommandOK")))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := generate(tbl, generators.Options{}); err != nil {
		t.Errorf("reply CommandOK: %v", err)
	}
}
