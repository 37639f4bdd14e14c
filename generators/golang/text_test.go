package golang_test

import (
	"fmt"
	"go/format"
	"strings"
	"testing"

	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/generators/golang"
	"github.com/ftpcodes/ftpcodes/spec"
)

// This file builds the parts of TestRoundTrip's test module that check the
// formatters, parsers and reply framing: a dispatch from a meaning's name
// to its formatter and parser for conformance.Vectors, generated from the
// table as the package is, and round-trip and rejection tests per meaning.

// oddNames is a table whose template parameters are named like a Go
// keyword, predeclared identifier, import, local variable or helper of the
// generated formatter, and that has a template without parameters.
const oddNames = `
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
name = "FileActionOK"
text = "Requested file action okay, completed."
description = "Done."
status = "standard"
rfc = 959
section = "4.2.2"
template = '{type} at {time} err={err} b={strconv} "{check_string}" then {string_value} end'
params = [
  { name = "type", type = "string", description = "A keyword." },
  { name = "time", type = "time", description = "A package." },
  { name = "err", type = "uint", description = "A local variable." },
  { name = "strconv", type = "uint", max = 255, description = "Another package." },
  { name = "check_string", type = "string", description = "A helper." },
  { name = "string_value", type = "string", description = "An unexported constant." },
]

[[reply.250.also]]
name = "Nothing"
text = "No values."
description = "A template without parameters."
status = "extension"
rfc = 3659
section = "7.2"
template = "Nothing {{at}} all"
`

// TestNameClash checks that a table whose Go names would clash is refused
// with both names.
func TestNameClash(t *testing.T) {
	for _, c := range []struct{ name, toml, want string }{
		{"reply named like a formatter", oddNames + `
[reply.251]
name = "FormatFileActionOK"
text = "x"
description = "y"
status = "standard"
rfc = 959
section = "4.2.2"
`, "reply 251 and the formatter of reply 250's meaning FileActionOK are both FormatFileActionOK in Go"},
		{"reply named like a values type", oddNames + `
[reply.251]
name = "NothingValues"
text = "x"
description = "y"
status = "standard"
rfc = 959
section = "4.2.2"
`, "reply 251 and the values type of reply 250's meaning Nothing are both NothingValues in Go"},
		{"fields", strings.Replace(oddNames, "{{at}}", "{a_1} and {a1}", 1) + `
params = [ { name = "a_1", type = "uint", description = "x" }, { name = "a1", type = "uint", description = "y" } ]
`, "reply 250's meaning Nothing: parameters a_1 and a1 are both the field A1 in Go"},
	} {
		t.Run(c.name, func(t *testing.T) {
			tbl, err := spec.Parse("ftpcodes.toml", []byte(c.toml))
			if err != nil {
				t.Fatal(err)
			}
			_, err = golang.Target.Generate(tbl, generators.Options{})
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %v; want one saying %q", err, c.want)
			}
		})
	}
}

// goParam is a template parameter as the generated package types it.
type goParam struct {
	*spec.Param
	typ  string // "uint8", "uint16", "uint64", "time.Time" or "string"
	stop string // for an unquoted string: the literal after it that it may not contain
}

// templated is a meaning with a template, and its parameters.
type templated struct {
	code   int
	name   string
	params []goParam
}

// templatedMeanings lists the table's templated meanings in code order, each
// reply's primary meaning first.
func templatedMeanings(tbl *spec.Table) []templated {
	var out []templated
	for _, r := range tbl.Replies {
		for _, m := range r.Meanings() {
			t := m.Template
			if t == nil {
				continue
			}
			tm := templated{code: r.Code, name: m.Name.Camel}
			for _, p := range t.Params {
				gp := goParam{Param: p, typ: "string"}
				switch {
				case p.Type == spec.TypeTime:
					gp.typ = "time.Time"
				case p.Type == spec.TypeUint && p.Max == 255:
					gp.typ = "uint8"
				case p.Type == spec.TypeUint && p.Max == 65535:
					gp.typ = "uint16"
				case p.Type == spec.TypeUint:
					gp.typ = "uint64"
				}
				for i, s := range t.Segments {
					if s.Param == p && !p.Quoted && p.Type == spec.TypeString && i+2 < len(t.Segments) {
						gp.stop = t.Segments[i+1].Literal
					}
				}
				tm.params = append(tm.params, gp)
			}
			out = append(out, tm)
		}
	}
	return out
}

// gofmt formats generated test source, failing the test if it does not parse.
func gofmt(t *testing.T, src string) []byte {
	t.Helper()
	out, err := format.Source([]byte(src))
	if err != nil {
		t.Fatalf("test source: %v\n%s", err, src)
	}
	return out
}

// textTestSource is a Go test file with, per templated meaning, a round
// trip over hostile arguments, each formatted, framed with FormatReply,
// read back with ReadReply and parsed, and the formatter's rejections.
func textTestSource(t *testing.T, tbl *spec.Table) []byte {
	var b strings.Builder
	b.WriteString(`package main

import (
	"bufio"
	"errors"
	"strings"
	"testing"
	"time"

	"example.com/rt/go/ftpcodes"
)

var (
	_ = errors.Is
	_ = strings.Contains
	_ = time.Time{}
	_ = bufio.NewReader
)

// wire frames text as a reply, reads it back with ReadReply and checks
// that it comes back whole. A line longer than ReadReply takes, 8192 bytes,
// must be refused.
func wire(t *testing.T, code int, text string) string {
	t.Helper()
	w, err := ftpcodes.FormatReply(code, text)
	if err != nil {
		t.Fatalf("FormatReply(%d, %.80q): %v", code, text, err)
	}
	r, err := ftpcodes.ReadReply(bufio.NewReader(strings.NewReader(w)))
	if len(w) > 8192+2 {
		if !errors.Is(err, ftpcodes.ErrNotReply) {
			t.Fatalf("ReadReply(%.80q...), a line of %d bytes: %+v, %v; want an error that wraps ErrNotReply", w, len(w), r, err)
		}
		return text
	}
	if err != nil || int(r.Code) != code || r.Text != text {
		t.Fatalf("ReadReply(%.80q) = %+v, %v", w, r, err)
	}
	return r.Text
}

// badValue checks that a formatter refused a value as it should.
func badValue(t *testing.T, what string, text string, err error) {
	t.Helper()
	if !errors.Is(err, ftpcodes.ErrBadValue) || text != "" {
		t.Errorf("%s = %q, %v; want an error that wraps ErrBadValue", what, text, err)
	}
}

func TestFormatParse(t *testing.T) {
`)
	for _, tm := range templatedMeanings(tbl) {
		fmt.Fprintf(&b, "\tt.Run(%q, func(t *testing.T) {\n", tm.name)
		// Round trip: every sample of each argument, the others at their
		// first sample.
		var loops []string
		for _, p := range tm.params {
			switch p.typ {
			case "string":
				loops = append(loops, "hostileStrings")
			case "time.Time":
				loops = append(loops, "hostileTimes")
			case "uint64":
				loops = append(loops, fmt.Sprintf("uintSamples(%d)", p.Max))
			default:
				loops = append(loops, fmt.Sprintf("%sSamples", p.typ))
			}
		}
		var args, checks []string
		for i, p := range tm.params {
			args = append(args, fmt.Sprintf("a%d", i))
			if p.typ == "time.Time" {
				checks = append(checks, fmt.Sprintf("!v.%s.Equal(a%d)", p.Name.Camel, i))
			} else {
				checks = append(checks, fmt.Sprintf("v.%s != a%d", p.Name.Camel, i))
			}
		}
		if len(checks) == 0 {
			checks = []string{"false"}
		}
		for k := range tm.params {
			b.WriteString("\t\t{\n")
			for i := range tm.params {
				if i != k {
					fmt.Fprintf(&b, "\t\t\ta%d := %s[0]\n", i, loops[i])
				}
			}
			fmt.Fprintf(&b, "\t\t\tfor _, a%d := range %s {\n", k, loops[k])
			fmt.Fprintf(&b, "\t\t\t\ttext, err := ftpcodes.Format%s(%s)\n", tm.name, strings.Join(args, ", "))
			var refuse []string
			for i, p := range tm.params {
				if p.stop != "" {
					refuse = append(refuse, fmt.Sprintf("strings.Contains(a%d, %q)", i, p.stop))
				}
			}
			if len(refuse) > 0 {
				fmt.Fprintf(&b, "\t\t\t\tif %s {\n\t\t\t\t\tbadValue(t, \"Format%s\", text, err)\n\t\t\t\t\tcontinue\n\t\t\t\t}\n", strings.Join(refuse, " || "), tm.name)
			}
			fmt.Fprintf(&b, "\t\t\t\tif err != nil {\n\t\t\t\t\tt.Fatalf(\"Format%s: %%v\", err)\n\t\t\t\t}\n", tm.name)
			if tm.code <= 999 {
				fmt.Fprintf(&b, "\t\t\t\tv, ok := ftpcodes.Parse%s(wire(t, %d, text))\n", tm.name, tm.code)
			} else { // FormatReply writes three-digit codes only
				fmt.Fprintf(&b, "\t\t\t\tv, ok := ftpcodes.Parse%s(text)\n", tm.name)
			}
			fmt.Fprintf(&b, "\t\t\t\tif !ok || %s {\n\t\t\t\t\tt.Errorf(\"Parse%s(%%.80q) = %%+v, %%v; want %%v\", text, v, ok, []any{%s})\n\t\t\t\t}\n", strings.Join(checks, " || "), tm.name, strings.Join(args, ", "))
			b.WriteString("\t\t\t}\n\t\t}\n")
		}
		if len(tm.params) == 0 {
			fmt.Fprintf(&b, "\t\ttext, err := ftpcodes.Format%s()\n\t\tif _, ok := ftpcodes.Parse%s(text); err != nil || !ok {\n\t\t\tt.Errorf(\"Format%s() = %%q, %%v\", text, err)\n\t\t}\n", tm.name, tm.name, tm.name)
		}

		// Rejections: one bad argument at a time, the others valid.
		for k, p := range tm.params {
			var bad string
			switch p.typ {
			case "string":
				bad = "badStrings"
			case "time.Time":
				bad = "badTimes"
			case "uint64":
				if p.Max == spec.MaxUint {
					bad = "[]uint64{1 << 53, 1<<64 - 1}"
				} else {
					bad = fmt.Sprintf("[]uint64{%d, 1<<64 - 1}", p.Max+1)
				}
			default:
				continue // every value of the type is valid
			}
			b.WriteString("\t\t{\n")
			for i := range tm.params {
				if i != k {
					fmt.Fprintf(&b, "\t\t\ta%d := %s[0]\n", i, loops[i])
				}
			}
			fmt.Fprintf(&b, "\t\t\tfor _, a%d := range %s {\n", k, bad)
			fmt.Fprintf(&b, "\t\t\t\ttext, err := ftpcodes.Format%s(%s)\n", tm.name, strings.Join(args, ", "))
			fmt.Fprintf(&b, "\t\t\t\tbadValue(t, \"Format%s\", text, err)\n", tm.name)
			b.WriteString("\t\t\t}\n\t\t}\n")
		}
		b.WriteString("\t})\n")
	}
	b.WriteString("}\n")
	return gofmt(t, b.String())
}

// rtText is the fixed part of the test module's checks of reply texts:
// the samples the generated tests use.
const rtText = `package main

import (
	"strings"
	"time"
)

// The samples the round trips go through; the first of each is plain.
var (
	hostileStrings = []string{
		"/home/user", "/a \"quoted\" dir", "\"", "\"\"", "ends with a quote\"", "\"starts with one",
		"with spaces  and  more", " leading space", "trailing space ", "déjà vu 🚀 Straße 日本語",
		"123 leading digits", "227 Entering Passive Mode (1,2,3,4,5,6).", "a = b", "MARK x = y",
		"trailing \\", "\u2028 \u2029 separators", "{{x}} ${y} %s */ //go:generate",
		"ends with a dot.", ")", "(|||1|)", "\t tab", "\x7f\u0085",
		strings.Repeat("x", 10000), strings.Repeat("\"", 5000), strings.Repeat("é", 5000),
	}
	badStrings = []string{"", "\r", "\n", "\x00", "line\r\n200 forged", "lf\n200 forged", "nul\x00byte", "cr\r"}

	uint8Samples  = []uint8{1, 0, 9, 10, 127, 254, 255}
	uint16Samples = []uint16{1, 0, 9, 255, 256, 1023, 65534, 65535}

	hostileTimes = []time.Time{
		time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC),
		time.Date(1998, 6, 15, 10, 0, 45, 14e6, time.UTC),
		time.Date(2024, 2, 29, 23, 59, 59, 5e8, time.UTC),
		time.Date(2024, 2, 29, 23, 59, 59, 123456789, time.UTC),
		time.Date(2024, 3, 1, 0, 30, 0, 1, time.FixedZone("CET", 3600)),
		time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(9999, 12, 31, 23, 59, 59, 999999999, time.UTC),
		time.Date(2016, 12, 31, 23, 59, 60, 0, time.UTC), // normalised to 2017
		{},
	}
	badTimes = []time.Time{
		time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(0, 12, 31, 23, 59, 59, 999999999, time.UTC),
		time.Date(1, 1, 1, 0, 30, 0, 0, time.FixedZone("east", 3600)),
		time.Date(-1, 12, 31, 23, 59, 59, 0, time.UTC),
		time.Date(9999, 12, 31, 23, 0, 0, 0, time.FixedZone("west", -3600)),
	}
)

// uintSamples returns numbers up to max.
func uintSamples(max uint64) []uint64 {
	return []uint64{1, 0, 7, 10, max / 2, max - 1, max}
}
`

// rtReplyTest tests the reply framing, which does not depend on the table.
const rtReplyTest = `package main

import (
	"bufio"
	"errors"
	"io"
	"reflect"
	"slices"
	"strings"
	"testing"

	"example.com/rt/go/ftpcodes"
)

func TestFormatReply(t *testing.T) {
	for _, c := range []struct {
		code          int
		message, want string
	}{
		{227, "Entering Passive Mode (127,0,0,1,19,137).", "227 Entering Passive Mode (127,0,0,1,19,137).\r\n"},
		{221, "", "221 \r\n"},
		{211, "Features:\n MDTM\nEnd", "211-Features:\r\n MDTM\r\n211 End\r\n"},
		{123, "First\n234 forged\n5\nLast", "123-First\r\n 234 forged\r\n 5\r\n123 Last\r\n"},
		{214, "a\n\n\nb", "214-a\r\n\r\n\r\n214 b\r\n"},
		{220, "\n", "220-\r\n220 \r\n"},
		{999, "x", "999 x\r\n"},
		{100, "déjà 🚀 \u2028", "100 déjà 🚀 \u2028\r\n"},
	} {
		got, err := ftpcodes.FormatReply(c.code, c.message)
		if err != nil || got != c.want {
			t.Errorf("FormatReply(%d, %q) = %q, %v; want %q", c.code, c.message, got, err, c.want)
		}
	}
	for _, c := range []struct {
		code    int
		message string
	}{
		{220, "a\r\n221 forged"}, {220, "cr\r"}, {220, "nul\x00"}, {99, "x"}, {1000, "x"}, {0, ""}, {-220, "x"}, {10054, "x"},
	} {
		if got, err := ftpcodes.FormatReply(c.code, c.message); !errors.Is(err, ftpcodes.ErrBadValue) || got != "" {
			t.Errorf("FormatReply(%d, %q) = %q, %v; want an error that wraps ErrBadValue", c.code, c.message, got, err)
		}
	}
}

func TestParseReply(t *testing.T) {
	for _, c := range []struct {
		lines []string
		want  ftpcodes.ParsedReply
	}{
		{[]string{"220 Hello"}, ftpcodes.ParsedReply{Code: 220, Lines: []string{"220 Hello"}, Text: "Hello"}},
		{[]string{"220 Hello\r"}, ftpcodes.ParsedReply{Code: 220, Lines: []string{"220 Hello"}, Text: "Hello"}},
		{[]string{"220"}, ftpcodes.ParsedReply{Code: 220, Lines: []string{"220"}, Text: ""}},
		{[]string{"211-Features:\r", " 211 MDTM", "211-not the end", "212 other", "211 End"},
			ftpcodes.ParsedReply{Code: 211, Lines: []string{"211-Features:", " 211 MDTM", "211-not the end", "212 other", "211 End"}, Text: "Features:\n 211 MDTM\n211-not the end\n212 other\nEnd"}},
		{[]string{"230-", "230"}, ftpcodes.ParsedReply{Code: 230, Lines: []string{"230-", "230"}, Text: "\n"}},
		// One CR is dropped, a second one is text (issue 11).
		{[]string{"211 x\r\r"}, ftpcodes.ParsedReply{Code: 211, Lines: []string{"211 x\r"}, Text: "x\r"}},
		{[]string{"211-a", "211\r\r", "211 b"}, ftpcodes.ParsedReply{Code: 211, Lines: []string{"211-a", "211\r", "211 b"}, Text: "a\n211\r\nb"}},
		{[]string{"220 \xf0\x9f\x98"}, ftpcodes.ParsedReply{Code: 220, Lines: []string{"220 \xf0\x9f\x98"}, Text: "\uFFFD"}},
		{[]string{"220 " + strings.Repeat("x", 8188) + "\r"}, ftpcodes.ParsedReply{Code: 220, Lines: []string{"220 " + strings.Repeat("x", 8188)}, Text: strings.Repeat("x", 8188)}},
	} {
		in := append([]string(nil), c.lines...)
		got, err := ftpcodes.ParseReply(in)
		if err != nil || !reflect.DeepEqual(got, c.want) {
			t.Errorf("ParseReply(%q) = %+v, %v; want %+v", c.lines, got, err, c.want)
		}
		if len(got.Lines) > 0 {
			got.Lines[0] = "changed"
			if in[0] == "changed" {
				t.Errorf("ParseReply(%q): Lines shares the caller's slice", c.lines)
			}
		}
	}
	for _, lines := range [][]string{
		nil, {}, {"hello"}, {"21 x"}, {"2110 x"}, {"011 x"}, {"099 x"}, {"220x"}, {"211 a", "211 b"},
		{"211-a", "211 b", "c"}, {"211-a", "212 b"}, {"211-a"}, {" 211 a"}, {"２１１ a"},
		{"211-a", "211\r\r"}, {"220\r\r"}, {"220 a\nb"}, {"211-a\n211 b"}, {"220 " + strings.Repeat("x", 8189)},
		append(append([]string{"211-a"}, slices.Repeat([]string{"b"}, 999)...), "211 c"),
	} {
		if got, err := ftpcodes.ParseReply(lines); !errors.Is(err, ftpcodes.ErrNotReply) || !reflect.DeepEqual(got, ftpcodes.ParsedReply{}) {
			t.Errorf("ParseReply(%q) = %+v, %v; want an error that wraps ErrNotReply", lines, got, err)
		}
	}
}

// readAll reads replies off s until an error, which it returns too.
func readAll(r *bufio.Reader) ([]ftpcodes.ParsedReply, error) {
	var out []ftpcodes.ParsedReply
	for {
		p, err := ftpcodes.ReadReply(r)
		if err != nil {
			return out, err
		}
		out = append(out, p)
	}
}

func TestReadReply(t *testing.T) {
	stream := "220 (vsFTPd 3.0.3)\r\n" +
		"211-Features:\r\n EPRT\r\n211-not the end\n 211 neither\r\n212 nor this\r\n211 End\r\n" +
		"257 \"/a \"\"b\"\"\" created.\n" +
		"230\r\n" +
		"150-\r\n150 \r\n" +
		"226 Done\r\r\n" +
		"150 ok\r226 done\r\n" +
		"220 \xe2\x82\xff\x00\r\n"
	want := []ftpcodes.ParsedReply{
		{Code: 220, Lines: []string{"220 (vsFTPd 3.0.3)"}, Text: "(vsFTPd 3.0.3)"},
		{Code: 211, Lines: []string{"211-Features:", " EPRT", "211-not the end", " 211 neither", "212 nor this", "211 End"}, Text: "Features:\n EPRT\n211-not the end\n 211 neither\n212 nor this\nEnd"},
		{Code: 257, Lines: []string{"257 \"/a \"\"b\"\"\" created."}, Text: "\"/a \"\"b\"\"\" created."},
		{Code: 230, Lines: []string{"230"}, Text: ""},
		{Code: 150, Lines: []string{"150-", "150 "}, Text: "\n"},
		{Code: 226, Lines: []string{"226 Done\r"}, Text: "Done\r"},
		{Code: 150, Lines: []string{"150 ok\r226 done"}, Text: "ok\r226 done"},
		{Code: 220, Lines: []string{"220 \xe2\x82\xff\x00"}, Text: "\uFFFD\uFFFD\x00"},
	}
	for _, size := range []int{16, 4096} {
		got, err := readAll(bufio.NewReaderSize(strings.NewReader(stream), size))
		if err != io.EOF || !reflect.DeepEqual(got, want) {
			t.Errorf("buffer %d: got %+v, %v; want %+v, io.EOF", size, got, err, want)
		}
	}

	// It reads no further than the reply.
	r := bufio.NewReader(strings.NewReader("211-a\r\n211 b\r\nnot read"))
	if _, err := ftpcodes.ReadReply(r); err != nil {
		t.Fatal(err)
	}
	if rest, _ := io.ReadAll(r); string(rest) != "not read" {
		t.Errorf("after the reply, %q is left; want %q", rest, "not read")
	}
}

// TestReadReplyIssue11 reads the streams on which the languages
// disagreed (issue 11): one CR is dropped and any other is text; a line
// or reply cut short is truncated; the limits are in bytes.
func TestReadReplyIssue11(t *testing.T) {
	emoji := "220 " + strings.Repeat("😀", 5000) + "\r\n"
	for _, c := range []struct {
		in   string
		want []ftpcodes.ParsedReply
		err  error
	}{
		{"211 x\r\r\n", []ftpcodes.ParsedReply{{Code: 211, Lines: []string{"211 x\r"}, Text: "x\r"}}, io.EOF},
		{"211-a\r\n211\r\r\n220 next\r\n", nil, io.ErrUnexpectedEOF},
		{"220 hi", nil, io.ErrUnexpectedEOF},
		{"211 ok\r\n\r", []ftpcodes.ParsedReply{{Code: 211, Lines: []string{"211 ok"}, Text: "ok"}}, io.ErrUnexpectedEOF},
		{"\r", nil, io.ErrUnexpectedEOF},
		{"150 ok\r226 done\r\n", []ftpcodes.ParsedReply{{Code: 150, Lines: []string{"150 ok\r226 done"}, Text: "ok\r226 done"}}, io.EOF},
		{emoji, nil, ftpcodes.ErrLineTooLong},
		{"220 " + strings.Repeat("x", 8189) + "\n", nil, ftpcodes.ErrLineTooLong},
		{"220 " + strings.Repeat("x", 8190), nil, ftpcodes.ErrLineTooLong},
		{"220 " + strings.Repeat("x", 8189), nil, io.ErrUnexpectedEOF},
		{"000 x\r\n", nil, ftpcodes.ErrNotReply},
		{"1000 x\r\n", nil, ftpcodes.ErrNotReply},
		{"999 \x00\r\n", []ftpcodes.ParsedReply{{Code: 999, Lines: []string{"999 \x00"}, Text: "\x00"}}, io.EOF},
	} {
		for _, size := range []int{16, 4096} {
			got, err := readAll(bufio.NewReaderSize(strings.NewReader(c.in), size))
			if !errors.Is(err, c.err) || (c.err != io.EOF && err == io.EOF) || !reflect.DeepEqual(got, c.want) {
				t.Errorf("ReadReply(%.40q), buffer %d: %+v, %v; want %+v, %v", c.in, size, got, err, c.want, c.err)
			}
		}
	}
	if !errors.Is(ftpcodes.ErrLineTooLong, ftpcodes.ErrNotReply) || !errors.Is(ftpcodes.ErrTooManyLines, ftpcodes.ErrNotReply) {
		t.Error("ErrLineTooLong and ErrTooManyLines do not wrap ErrNotReply")
	}
}

// TestParseReplyAgrees checks that ParseReply gives what ReadReply gives
// for the same lines, each followed by an LF.
func TestParseReplyAgrees(t *testing.T) {
	for _, lines := range [][]string{
		{"211-a", "211\r\r"}, {"211-a", "211\r\r", "211 b"}, {"211 x\r\r"}, {"211 x\r"}, {"220 \xe2\x82"},
		{"hello"}, {"211-a", "b"}, {"220 " + strings.Repeat("x", 8188) + "\r"}, {"220 " + strings.Repeat("x", 8189)},
		append(append([]string{"211-a"}, slices.Repeat([]string{"b"}, 998)...), "211 c"),
		append(append([]string{"211-a"}, slices.Repeat([]string{"b"}, 999)...), "211 c"),
	} {
		want, werr := ftpcodes.ReadReply(bufio.NewReader(strings.NewReader(strings.Join(lines, "\n") + "\n")))
		got, err := ftpcodes.ParseReply(lines)
		if (err == nil) != (werr == nil) || !reflect.DeepEqual(got, want) {
			t.Errorf("ParseReply(%.40q) = %+v, %v; ReadReply gives %+v, %v", lines, got, err, want, werr)
		}
	}
}

func TestReadReplyTruncated(t *testing.T) {
	for _, s := range []string{"220 Hel", "220", "211-a\r\n", "211-a\r\n b\r\n211", "211-a\r\n b\r\n211 End", "220 x\r", "\r", "211-a\r\n211\r\r\n"} {
		_, err := ftpcodes.ReadReply(bufio.NewReader(strings.NewReader(s)))
		if !errors.Is(err, io.ErrUnexpectedEOF) || err == io.EOF {
			t.Errorf("ReadReply(%q): %v; want an error that wraps io.ErrUnexpectedEOF", s, err)
		}
	}
	if _, err := ftpcodes.ReadReply(bufio.NewReader(strings.NewReader(""))); err != io.EOF {
		t.Errorf("ReadReply at the end: %v; want io.EOF", err)
	}
	boom := errors.New("boom")
	r := io.MultiReader(strings.NewReader("211-a\r\n b"), errReader{boom})
	if _, err := ftpcodes.ReadReply(bufio.NewReader(r)); !errors.Is(err, boom) {
		t.Errorf("ReadReply with a failing reader: %v; want its error", err)
	}
}

type errReader struct{ err error }

func (r errReader) Read([]byte) (int, error) { return 0, r.err }

// counter counts the bytes read through it.
type counter struct {
	r io.Reader
	n int
}

func (c *counter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

func TestReadReplyLimits(t *testing.T) {
	const max = 8192
	long := strings.Repeat("x", max-4)
	for _, s := range []string{"220 " + long + "\r\n", "220 " + long + "\n", "211-" + long + "\r\n" + long + "x\r\n211 " + long + "\n"} {
		for _, size := range []int{16, 4096, 65536} {
			p, err := ftpcodes.ReadReply(bufio.NewReaderSize(strings.NewReader(s), size))
			if err != nil || p.Text == "" {
				t.Errorf("a line of %d bytes, buffer %d: %v", max, size, err)
			}
		}
	}
	for _, s := range []string{"220 " + long + "x\r\n", "220 " + long + "x\n", "211-a\r\n" + long + "xxxxx\r\n211 b\r\n"} {
		for _, size := range []int{16, 4096, 65536} {
			_, err := ftpcodes.ReadReply(bufio.NewReaderSize(strings.NewReader(s), size))
			if !errors.Is(err, ftpcodes.ErrNotReply) {
				t.Errorf("a line of %d bytes, buffer %d: %v; want an error that wraps ErrNotReply", max+1, size, err)
			}
		}
	}

	// A line without end is not read to its end.
	c := &counter{r: io.MultiReader(strings.NewReader("220 "), strings.NewReader(strings.Repeat("x", 1<<22)))}
	if _, err := ftpcodes.ReadReply(bufio.NewReaderSize(c, 4096)); !errors.Is(err, ftpcodes.ErrNotReply) || c.n > 4*max {
		t.Errorf("an endless line: %v after reading %d bytes", err, c.n)
	}

	// 1000 lines are a reply; 1001 are too many.
	for n, ok := range map[int]bool{2: true, 1000: true, 1001: false, 5000: false} {
		s := "211-first\r\n" + strings.Repeat(" line\r\n", n-2) + "211 last\r\n"
		c := &counter{r: strings.NewReader(s)}
		p, err := ftpcodes.ReadReply(bufio.NewReader(c))
		if ok && (err != nil || len(p.Lines) != n) {
			t.Errorf("a reply of %d lines: %d lines, %v", n, len(p.Lines), err)
		}
		if !ok && (!errors.Is(err, ftpcodes.ErrNotReply) || c.n > 1001*7+4096) {
			t.Errorf("a reply of %d lines: %v after reading %d bytes; want an error that wraps ErrNotReply", n, err, c.n)
		}
	}

	if _, err := ftpcodes.ReadReply(bufio.NewReader(strings.NewReader("hello\r\n"))); !errors.Is(err, ftpcodes.ErrNotReply) {
		t.Errorf("ReadReply(hello): %v; want an error that wraps ErrNotReply", err)
	}
}

// TestFramingRoundTrip frames messages with FormatReply and reads them
// back: the text is the message, but for the space before a line between
// the first and the last that begins with a digit.
func TestFramingRoundTrip(t *testing.T) {
	for _, m := range []string{"", "a", "\n", "a\nb", "Features:\n MDTM\n SIZE\nEnd", "x\n211 forged\n211-forged\ny",
		"\"/a \"\"b\"\"\" created.", "déjà\n🚀\n\u2028", strings.Repeat("é", 4000), "211 a\n211 b"} {
		w, err := ftpcodes.FormatReply(211, m)
		if err != nil {
			t.Fatal(err)
		}
		got, err := readAll(bufio.NewReader(strings.NewReader(w + w)))
		lines := strings.Split(m, "\n")
		for i := 1; i < len(lines)-1; i++ {
			if lines[i] != "" && '0' <= lines[i][0] && lines[i][0] <= '9' {
				lines[i] = " " + lines[i]
			}
		}
		want := ftpcodes.ParsedReply{Code: 211, Text: strings.Join(lines, "\n"), Lines: strings.Split(strings.TrimSuffix(w, "\r\n"), "\r\n")}
		if err != io.EOF || len(got) != 2 || !reflect.DeepEqual(got[0], want) || !reflect.DeepEqual(got[1], want) {
			t.Errorf("message %.40q: read %+v, %v; want twice %+v", m, got, err, want)
		}
	}
}
`
