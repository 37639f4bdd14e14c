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
// to its formatter and parser for toolchain.Vectors, generated from the
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

// converters name the test program's function that reads a value of each
// type as the vectors write it.
var converters = map[string]string{"string": "toString", "uint8": "toUint8", "uint16": "toUint16", "uint64": "toUint64", "time.Time": "toTime"}

// dispatchSource is a Go file for the test program: format and parse call
// the formatter and parser of a meaning by name, with values as the
// vectors write them, and print parsed values as the vectors want them.
func dispatchSource(t *testing.T, tbl *spec.Table) []byte {
	var b strings.Builder
	b.WriteString(`package main

import (
	"fmt"

	"example.com/rt/go/ftpcodes"
)

var _ = fmt.Sprint

// format calls the formatter of the meaning named name with vs, values
// written as the vectors write them. An error that wraps errConvert says a
// value has no Go value of the argument's type.
func format(name string, vs []string) (string, error) {
	switch name {
`)
	for _, tm := range templatedMeanings(tbl) {
		fmt.Fprintf(&b, "\tcase %q:\n", tm.name)
		var args, errs []string
		for i, p := range tm.params {
			fmt.Fprintf(&b, "\t\ta%d, err%d := %s(vs[%d])\n", i, i, converters[p.typ], i)
			args = append(args, fmt.Sprintf("a%d", i))
			errs = append(errs, fmt.Sprintf("err%d", i))
		}
		if len(errs) > 0 {
			fmt.Fprintf(&b, "\t\tif err := errors.Join(%s); err != nil {\n\t\t\treturn \"\", err\n\t\t}\n", strings.Join(errs, ", "))
		}
		fmt.Fprintf(&b, "\t\treturn ftpcodes.Format%s(%s)\n", tm.name, strings.Join(args, ", "))
	}
	b.WriteString(`	}
	panic("no meaning " + name)
}

// parse calls the parser of the meaning named name and returns the values
// it reads as the vectors write them.
func parse(name, text string) ([]string, bool) {
	switch name {
`)
	for _, tm := range templatedMeanings(tbl) {
		fmt.Fprintf(&b, "\tcase %q:\n\t\tv, ok := ftpcodes.Parse%s(text)\n", tm.name, tm.name)
		if len(tm.params) == 0 {
			b.WriteString("\t\t_ = v\n")
		}
		var vals []string
		for _, p := range tm.params {
			switch p.typ {
			case "string":
				vals = append(vals, fmt.Sprintf("h(v.%s)", p.Name.Camel))
			case "time.Time":
				vals = append(vals, fmt.Sprintf("h(millis(v.%s))", p.Name.Camel))
			default:
				vals = append(vals, fmt.Sprintf("h(fmt.Sprint(v.%s))", p.Name.Camel))
			}
		}
		fmt.Fprintf(&b, "\t\treturn []string{%s}, ok\n", strings.Join(vals, ", "))
	}
	b.WriteString(`	}
	panic("no meaning " + name)
}
`)
	src := strings.Replace(b.String(), "import (\n", "import (\n\t\"errors\"\n", 1)
	src = strings.Replace(src, "var _ = fmt.Sprint\n", "var (\n\t_ = fmt.Sprint\n\t_ = errors.Join\n)\n", 1)
	return gofmt(t, src)
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
	b.WriteString("}\n\n// FuzzParse checks every parser on any text: none panics, and values one\n// reads are written back by its formatter as text it reads the same.\nfunc FuzzParse(f *testing.F) {\n")
	b.WriteString("\tfor _, s := range fuzzSeeds {\n\t\tf.Add(s)\n\t}\n\tf.Fuzz(func(t *testing.T, text string) {\n")
	for _, tm := range templatedMeanings(tbl) {
		var args, checks []string
		for _, p := range tm.params {
			args = append(args, "v."+p.Name.Camel)
			if p.typ == "time.Time" {
				checks = append(checks, fmt.Sprintf("!w.%s.Equal(v.%s)", p.Name.Camel, p.Name.Camel))
			} else {
				checks = append(checks, fmt.Sprintf("w.%s != v.%s", p.Name.Camel, p.Name.Camel))
			}
		}
		if len(checks) == 0 {
			checks = []string{"false"}
		}
		fmt.Fprintf(&b, "\t\tif v, ok := ftpcodes.Parse%s(text); ok {\n", tm.name)
		fmt.Fprintf(&b, "\t\t\tif again, err := ftpcodes.Format%s(%s); err == nil {\n", tm.name, strings.Join(args, ", "))
		fmt.Fprintf(&b, "\t\t\t\tif w, ok := ftpcodes.Parse%s(again); !ok || %s {\n", tm.name, strings.Join(checks, " || "))
		fmt.Fprintf(&b, "\t\t\t\t\tt.Errorf(\"Parse%s(%%q) = %%+v; formatted again %%q, parsed %%+v\", text, v, again, w)\n", tm.name)
		b.WriteString("\t\t\t\t}\n\t\t\t}\n\t\t}\n")
	}
	b.WriteString("\t})\n}\n")
	return gofmt(t, b.String())
}

// rtText is the fixed part of the test module's checks of reply texts:
// the samples the generated tests use, the vectors' conversions, and the
// reply framing's tests, which do not depend on the table.
const rtText = `package main

import (
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"example.com/rt/go/ftpcodes"
)

var errConvert = errors.New("no Go value of the argument's type")

func unhex(s string) string {
	if s == "-" {
		return ""
	}
	b, err := hex.DecodeString(s)
	if err != nil {
		panic(err)
	}
	return string(b)
}

func toString(s string) (string, error) { return unhex(s), nil }

func toUint(s string, bits int) (uint64, error) {
	n, err := strconv.ParseUint(unhex(s), 10, bits)
	if err != nil {
		return 0, fmt.Errorf("%w: %v", errConvert, err)
	}
	return n, nil
}

func toUint8(s string) (uint8, error) {
	n, err := toUint(s, 8)
	return uint8(n), err
}

func toUint16(s string) (uint16, error) {
	n, err := toUint(s, 16)
	return uint16(n), err
}

func toUint64(s string) (uint64, error) { return toUint(s, 64) }

// toTime reads a time-val; time.Parse takes a fraction of a second after
// the seconds without the layout's saying so.
func toTime(s string) (time.Time, error) {
	s = unhex(s)
	t, err := time.Parse("20060102150405", s)
	if err != nil || len(s) < 14 {
		return time.Time{}, fmt.Errorf("%w: %q", errConvert, s)
	}
	return t, nil
}

// millis writes a time as the vectors want a parsed one: to the millisecond.
func millis(t time.Time) string {
	s := t.UTC().Format("20060102150405")
	if ms := t.Nanosecond() / 1e6; ms != 0 {
		s += "." + strings.TrimRight(fmt.Sprintf("%03d", ms), "0")
	}
	return s
}

// vector runs one vector of toolchain.Vectors and returns its result line.
func vector(line string) string {
	f := strings.Split(line, " ")
	switch f[0] {
	case "parse":
		vs, ok := parse(f[1], unhex(f[2]))
		if !ok {
			return "no"
		}
		return "ok " + strings.Join(vs, " ")
	case "format":
		var vs []string
		if len(f) > 2 && !(len(f) == 3 && f[2] == "") {
			vs = f[2:]
		}
		text, err := format(f[1], vs)
		switch {
		case err == nil:
			return "ok " + h(text)
		case errors.Is(err, errConvert) || errors.Is(err, ftpcodes.ErrBadValue):
			return "error"
		}
		return "error not wrapping ErrBadValue: " + err.Error()
	case "reply-format":
		code, _ := strconv.Atoi(f[1])
		wire, err := ftpcodes.FormatReply(code, unhex(f[2]))
		switch {
		case err == nil:
			return "ok " + h(wire)
		case errors.Is(err, ftpcodes.ErrBadValue):
			return "error"
		}
		return "error not wrapping ErrBadValue: " + err.Error()
	case "reply-parse":
		lines := []string{}
		if f[1] != "-" {
			for _, l := range strings.Split(f[1], ",") {
				lines = append(lines, unhex(l))
			}
		}
		r, err := ftpcodes.ParseReply(lines)
		switch {
		case err == nil:
			return fmt.Sprintf("ok %d %s", int(r.Code), h(r.Text))
		case errors.Is(err, ftpcodes.ErrNotReply):
			return "error"
		}
		return "error not wrapping ErrNotReply: " + err.Error()
	case "lookup":
		code, _ := strconv.Atoi(f[1])
		r, ok := ftpcodes.Lookup(code)
		if ok != ftpcodes.Code(code).IsKnown() || r.Text != ftpcodes.Text(code) || (ok && int(r.Code) != code) {
			return fmt.Sprintf("Lookup(%d) = %+v, %v; Text %q", code, r, ok, ftpcodes.Text(code))
		}
		if !ok {
			return "no"
		}
		class, group := "-", "-" // none, or a digit without a constant
		if c := r.Code.Class(); c != ftpcodes.ClassNone && c.Title() != "" {
			class = strconv.Itoa(int(c))
		}
		if g := r.Code.Group(); g != ftpcodes.GroupNone && g.Title() != "" {
			group = strconv.Itoa(int(g))
		}
		return "ok " + h(r.Text) + " " + class + " " + group
	case "expected":
		code, _ := strconv.Atoi(f[2])
		return strconv.FormatBool(ftpcodes.IsExpectedReply(unhex(f[1]), code))
	case "plausible":
		code, _ := strconv.Atoi(f[2])
		return strconv.FormatBool(ftpcodes.IsPlausibleReply(unhex(f[1]), code))
	}
	panic("unknown vector " + line)
}

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
		time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(9999, 12, 31, 23, 59, 59, 999999999, time.UTC),
		time.Date(2016, 12, 31, 23, 59, 60, 0, time.UTC), // normalised to 2017
		{},
	}
	badTimes = []time.Time{
		time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(-1, 12, 31, 23, 59, 59, 0, time.UTC),
		time.Date(9999, 12, 31, 23, 0, 0, 0, time.FixedZone("west", -3600)),
	}
)

// uintSamples returns numbers up to max.
func uintSamples(max uint64) []uint64 {
	return []uint64{1, 0, 7, 10, max / 2, max - 1, max}
}

var fuzzSeeds = []string{
	"", "garbage", "Entering Passive Mode (127,0,0,1,19,137).", "Entering Passive Mode 127,0,0,1,19,137",
	"=127,0,0,1,19,137", "Entering Extended Passive Mode (!!!6446!)", "\"/a \"\"b\"\"\" created.",
	"\"/a\" is the current directory", "20010203040506", "19980615100045.0140", "12345",
	"MARK a = b = c", "UNIX Type: L8", "x system type.", "Service ready in 5 minutes.",
	"Username okay, need password.  Challenge is \"x\"\"y\"", strings.Repeat("9", 40),
}
`

// rtReplyTest tests the reply framing, which does not depend on the table.
const rtReplyTest = `package main

import (
	"bufio"
	"errors"
	"io"
	"reflect"
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
		"226 Done\r\r\n"
	want := []ftpcodes.ParsedReply{
		{Code: 220, Lines: []string{"220 (vsFTPd 3.0.3)"}, Text: "(vsFTPd 3.0.3)"},
		{Code: 211, Lines: []string{"211-Features:", " EPRT", "211-not the end", " 211 neither", "212 nor this", "211 End"}, Text: "Features:\n EPRT\n211-not the end\n 211 neither\n212 nor this\nEnd"},
		{Code: 257, Lines: []string{"257 \"/a \"\"b\"\"\" created."}, Text: "\"/a \"\"b\"\"\" created."},
		{Code: 230, Lines: []string{"230"}, Text: ""},
		{Code: 150, Lines: []string{"150-", "150 "}, Text: "\n"},
		{Code: 226, Lines: []string{"226 Done"}, Text: "Done"},
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

func TestReadReplyTruncated(t *testing.T) {
	for _, s := range []string{"220 Hel", "220", "211-a\r\n", "211-a\r\n b\r\n211", "211-a\r\n b\r\n211 End", "220 x\r"} {
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

// FuzzReadReply reads replies off any bytes: nothing panics, every reply
// keeps to the limits, and framing a single-line reply's text again gives
// the same reply.
func FuzzReadReply(f *testing.F) {
	for _, s := range []string{"220 x\r\n", "211-a\r\n b\r\n211 c\r\n", "211-a\n211-b\n", "\r\n", "2", "999 \r\n", "100-\n100\n",
		"257 \"/a \"\"b\"\"\" created.\r\n227 Entering Passive Mode (127,0,0,1,19,137).\r\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r := bufio.NewReaderSize(strings.NewReader(string(data)), 16)
		for {
			p, err := ftpcodes.ReadReply(r)
			if err != nil {
				return
			}
			if len(p.Lines) == 0 || len(p.Lines) > 1000 || p.Code < 100 || p.Code > 999 {
				t.Fatalf("ReadReply read %+v", p)
			}
			for _, l := range p.Lines {
				if len(l) > 8192 || strings.Contains(l, "\n") {
					t.Fatalf("ReadReply read the line %q", l)
				}
			}
			if len(p.Lines) == 1 && !strings.ContainsAny(p.Text, "\r\x00") {
				w, err := ftpcodes.FormatReply(int(p.Code), p.Text)
				if err != nil {
					t.Fatal(err)
				}
				again, err := ftpcodes.ReadReply(bufio.NewReader(strings.NewReader(w)))
				if err != nil || again.Code != p.Code || again.Text != p.Text {
					t.Fatalf("%+v framed as %q reads back as %+v, %v", p, w, again, err)
				}
			}
		}
	})
}
`
