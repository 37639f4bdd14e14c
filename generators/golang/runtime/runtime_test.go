package ftpcodes

import (
	"bufio"
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"
	"time"

	_ "github.com/ftpcodes/ftpcodes/internal/golden" // defines -update for go test ./... -update
)

// These tests hold the runtime to its doc comments as source, with patterns
// written here by hand. generators/golang's tests run the same code again
// through generated files, against spec, on the shared conformance vectors.

func TestChecks(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want string // "" for no error
	}{
		{checkString("path", "a b", ""), ""},
		{checkString("path", "", ""), "path is empty"},
		{checkString("path", "a\rb", ""), "path contains CR, LF or NUL"},
		{checkString("path", "a\x00", ""), "path contains CR, LF or NUL"},
		{checkString("user", "a = b", " = "), `user contains " = "`},
		{checkString("user", "a=b", " = "), ""},
		{checkUint("size", 7, 7), ""},
		{checkUint("size", 8, 7), "size is 8, above 7"},
		{checkTime("time", time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC)), ""},
		{checkTime("time", time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)), ""},
		{checkTime("time", time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)), "year 10000, outside 0001 to 9999"},
		{checkTime("time", time.Date(0, 12, 31, 23, 0, 0, 0, time.UTC)), "year 0, outside"},
		// The year is UTC's: 0001-01-01 00:30 at UTC+1 is in the year 0.
		{checkTime("time", time.Date(1, 1, 1, 0, 30, 0, 0, time.FixedZone("", 3600))), "year 0, outside"},
	} {
		switch {
		case tc.want == "" && tc.err != nil:
			t.Errorf("unexpected error %v", tc.err)
		case tc.want != "" && (tc.err == nil || !errors.Is(tc.err, ErrBadValue) || !strings.Contains(tc.err.Error(), tc.want)):
			t.Errorf("error %v, want one that wraps ErrBadValue and contains %q", tc.err, tc.want)
		}
	}
}

func TestTime(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"20240229120000", time.Date(2024, 2, 29, 12, 0, 0, 0, time.UTC), true},
		{"20240229120000.5", time.Date(2024, 2, 29, 12, 0, 0, 5e8, time.UTC), true},
		{"20240229120000.1234567891", time.Date(2024, 2, 29, 12, 0, 0, 123456789, time.UTC), true},
		{"00010101000000", time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), true},
		{"00001231235959", time.Time{}, false}, // the year 0
		{"20230229120000", time.Time{}, false}, // no 29 February
		{"20240101120060", time.Time{}, false}, // a leap second
		{"20240101120000.", time.Time{}, false},
		{"20240101120000.5x", time.Time{}, false},
		{"2024010112000", time.Time{}, false},
		{"+0240101120000", time.Time{}, false},
	} {
		got, ok := parseTime(tc.in)
		if ok != tc.ok || !got.Equal(tc.want) {
			t.Errorf("parseTime(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.ok)
		}
		if ok {
			if s := formatTime(got); !strings.HasPrefix(tc.in, s) {
				t.Errorf("formatTime(%v) = %q, want a prefix of %q without trailing zeros", got, s, tc.in)
			}
		}
	}
}

// Patterns as the generated file declares them: 227's, 257's (quoted),
// 213's (a number, lenient, its core starting with it) and 110's (two
// strings, the first stopped by " = ").
var (
	pasv = pattern{
		segments: []segment{
			{lit: "Entering Passive Mode ("},
			{kind: uintValue, max: 255},
			{lit: ","},
			{kind: uintValue, index: 1, max: 255},
			{lit: ")."},
		},
		core: []segment{
			{kind: uintValue, max: 255},
			{lit: ","},
			{kind: uintValue, index: 1, max: 255},
		},
		afterDigit: true,
	}
	pwd = pattern{
		segments: []segment{
			{lit: `"`},
			{kind: quotedValue},
			{lit: `" created.`},
		},
		core: []segment{
			{lit: `"`},
			{kind: quotedValue},
			{lit: `"`},
		},
	}
	size = pattern{
		segments:   []segment{{kind: uintValue, max: 1<<53 - 1}},
		core:       []segment{{kind: uintValue, max: 1<<53 - 1}},
		afterDigit: true,
	}
	mark = pattern{
		segments: []segment{
			{lit: "MARK "},
			{kind: stringValue},
			{lit: " = "},
			{kind: stringValue, index: 1},
		},
	}
	mdtm = pattern{
		segments: []segment{{kind: timeValue}, {lit: " "}, {kind: stringValue, index: 1}},
	}
)

func TestPattern(t *testing.T) {
	for _, tc := range []struct {
		p    *pattern
		text string
		want []value // nil: no match
	}{
		{&pasv, "Entering Passive Mode (10,20).", []value{{n: 10}, {n: 20}}},
		{&pasv, "Entering Passive Mode (10,256).", nil},
		// Lenient: the core anywhere, the first place from the left.
		{&pasv, "Passive: 1,2 or 3,4", []value{{n: 1}, {n: 2}}},
		{&pasv, "PASV 300,1,2", []value{{n: 1}, {n: 2}}},
		{&pwd, `"/a ""b""" created.`, []value{{s: `/a "b"`}}},
		{&pwd, `257 "/x" is your directory`, []value{{s: "/x"}}},
		{&pwd, `"" created.`, nil},
		{&pwd, `"/x`, nil},
		{&size, "1234", []value{{n: 1234}}},
		{&size, "size is 9007199254740991 bytes", []value{{n: 1<<53 - 1}}},
		{&size, "9007199254740992", nil},
		{&size, "no number", nil},
		// Not lenient: the whole text; a string ends where its stop first
		// follows.
		{&mark, "MARK a = b = c", []value{{s: "a"}, {s: "b = c"}}},
		{&mark, "MARK a", nil},
		{&mark, "MARK  = b", nil},
		{&mark, "say MARK a = b", nil},
		{&mdtm, "20240101120000.25 /a b", []value{{t: time.Date(2024, 1, 1, 12, 0, 0, 25e7, time.UTC)}, {s: "/a b"}}},
		{&mdtm, "20240101120000. /a", nil},
	} {
		vs := make([]value, 2)
		ok := tc.p.parse(tc.text, vs)
		if ok != (tc.want != nil) {
			t.Errorf("parse(%q) = %v, want %v", tc.text, ok, tc.want != nil)
			continue
		}
		for i, w := range tc.want {
			if vs[i].n != w.n || vs[i].s != w.s || !vs[i].t.Equal(w.t) {
				t.Errorf("parse(%q): value %d is %+v, want %+v", tc.text, i, vs[i], w)
			}
		}
	}
}

func TestFormatReply(t *testing.T) {
	for _, tc := range []struct {
		code      int
		msg, want string
	}{
		{200, "OK", "200 OK\r\n"},
		{200, "", "200 \r\n"},
		{211, "Features:\n MDTM\n2 lines\nEnd", "211-Features:\r\n MDTM\r\n 2 lines\r\n211 End\r\n"},
		{211, "a\n\nb", "211-a\r\n\r\n211 b\r\n"},
	} {
		got, err := FormatReply(tc.code, tc.msg)
		if err != nil || got != tc.want {
			t.Errorf("FormatReply(%d, %q) = %q, %v; want %q", tc.code, tc.msg, got, err, tc.want)
		}
	}
	for _, tc := range []struct {
		code int
		msg  string
	}{{99, "x"}, {1000, "x"}, {200, "a\rb"}, {200, "a\x00"}} {
		if _, err := FormatReply(tc.code, tc.msg); !errors.Is(err, ErrBadValue) {
			t.Errorf("FormatReply(%d, %q): error %v, want ErrBadValue", tc.code, tc.msg, err)
		}
	}
}

func TestParseReply(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		code  Code
		text  string // "!" for an error wrapping ErrNotReply
	}{
		{[]string{"200 OK\r"}, 200, "OK"},
		{[]string{"200"}, 200, ""},
		{[]string{"211-a", "211b", " 211 c", "211 d"}, 211, "a\n211b\n 211 c\nd"},
		{[]string{"211-a", "211"}, 211, "a\n"},
		{[]string{"200 caf\xc3\xa9 \xe2\x82"}, 200, "café \ufffd"},
		{[]string{"200 a\r\r"}, 200, "a\r"},
		{nil, 0, "!"},
		{[]string{"099 no"}, 0, "!"},
		{[]string{"2000 no"}, 0, "!"},
		{[]string{"211-a"}, 0, "!"},
		{[]string{"200 a", "200 b"}, 0, "!"},
		{[]string{"200 a\nb"}, 0, "!"},
		{[]string{"200 " + strings.Repeat("x", maxLineBytes-3)}, 0, "!"},
	} {
		p, err := ParseReply(tc.lines)
		if tc.text == "!" {
			if !errors.Is(err, ErrNotReply) {
				t.Errorf("ParseReply(%q): error %v, want ErrNotReply", tc.lines, err)
			}
			continue
		}
		if err != nil || p.Code != tc.code || p.Text != tc.text {
			t.Errorf("ParseReply(%q) = %d %q, %v; want %d %q", tc.lines, p.Code, p.Text, err, tc.code, tc.text)
		}
	}
}

// outcomes reads replies off in until the first error, as the shared
// vectors' reply-read does: "CODE TEXT" for each reply, then the error.
func outcomes(in string) []string {
	r := bufio.NewReaderSize(strings.NewReader(in), 16)
	var out []string
	for {
		p, err := ReadReply(r)
		if err != nil {
			return append(out, err.Error())
		}
		out = append(out, p.Code.String()+" "+p.Text)
	}
}

func (c Code) String() string { return strconv.Itoa(int(c)) }

func TestReadReply(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"", []string{"EOF"}},
		{"200 OK\r\n220-a\n220 b\r\n", []string{"200 OK", "220 a\nb", "EOF"}},
		{"200 OK", []string{"ftpcodes: the input ends within a line: unexpected EOF"}},
		{"\r", []string{"ftpcodes: the input ends within a line: unexpected EOF"}},
		{"211-a\r\n", []string{"ftpcodes: the input ends within a multi-line 211 reply: unexpected EOF"}},
		{"hello\r\n", []string{"ftpcodes: not an FTP reply: the first line does not start with a code from 100 to 999 and a space, \"-\" or its end"}},
		{"200 a\rb\r\r\n", []string{"200 a\rb\r", "EOF"}},
	} {
		got := outcomes(tc.in)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("ReadReply(%q): %q, want %q", tc.in, got, tc.want)
		}
	}
}

// countingReader counts the bytes read from it.
type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

func TestReadReplyLimits(t *testing.T) {
	// A line of the most bytes, with its CR, is read; one byte more is not.
	line := "200 " + strings.Repeat("x", maxLineBytes-4)
	if p, err := ReadReply(bufio.NewReader(strings.NewReader(line + "\r\n"))); err != nil || len(p.Lines[0]) != maxLineBytes {
		t.Errorf("a line of %d bytes: %v", maxLineBytes, err)
	}
	// Without an LF, reading stops once more bytes are pending than a line
	// and its CR may have.
	c := &countingReader{r: io.MultiReader(strings.NewReader(line+"xx"), strings.NewReader(strings.Repeat("y", 1<<20)))}
	if _, err := ReadReply(bufio.NewReaderSize(c, 64)); !errors.Is(err, ErrLineTooLong) || !errors.Is(err, ErrNotReply) {
		t.Errorf("a line too long: %v, want ErrLineTooLong wrapping ErrNotReply", err)
	}
	if c.n > maxLineBytes+2*64 {
		t.Errorf("read %d bytes of an endless line", c.n)
	}
	// The 1000th line of a reply that does not end it is the last read.
	in := "211-a\r\n" + strings.Repeat("b\r\n", maxReplyLines-2) + "c\r\nnever read\r\n"
	r := bufio.NewReader(strings.NewReader(in))
	if _, err := ReadReply(r); !errors.Is(err, ErrTooManyLines) {
		t.Errorf("too many lines: %v", err)
	}
	if rest, _ := io.ReadAll(r); string(rest) != "never read\r\n" {
		t.Errorf("read past the 1000th line: %q left", rest)
	}
}

func TestDecodeText(t *testing.T) {
	for in, want := range map[string]string{
		"ok":               "ok",
		"\xe2\x82":         "\ufffd", // a three-byte character cut short: one maximal subpart
		"\xe2\x82x":        "\ufffdx",
		"\xc0\xaf":         "\ufffd\ufffd",       // C0 starts no character
		"\xed\xa0\x80":     "\ufffd\ufffd\ufffd", // a surrogate: ED takes 80..9F only
		"\xf0\x90\x80":     "\ufffd",
		"\xf4\x90\x80\x80": "\ufffd\ufffd\ufffd\ufffd",
		"a\xffb":           "a\ufffdb",
	} {
		if got := decodeText(in); got != want {
			t.Errorf("decodeText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCodeDigits(t *testing.T) {
	for _, tc := range []struct {
		c     Code
		class Class
		group Group
		pos   bool // IsPositiveCompletion
	}{
		{200, 2, 0, true},
		{299, 2, 9, true},
		{550, 5, 5, false},
		{99, ClassNone, GroupNone, false},
		{1000, ClassNone, GroupNone, false},
		{10068, ClassNone, GroupNone, false},
	} {
		if tc.c.Class() != tc.class || tc.c.Group() != tc.group || tc.c.IsPositiveCompletion() != tc.pos {
			t.Errorf("%d: class %d, group %d, positive completion %v", tc.c, tc.c.Class(), tc.c.Group(), tc.c.IsPositiveCompletion())
		}
	}
	if !Code(631).IsProtected() || Code(700).IsProtected() || !Code(150).IsPositivePreliminary() || !Code(331).IsPositiveIntermediate() || !Code(421).IsTransientNegative() || !Code(500).IsPermanentNegative() {
		t.Error("a class predicate is wrong")
	}
}

func TestRecordsAreCopies(t *testing.T) {
	defer func(saved []Reply) { replies = saved }(replies)
	replies = []Reply{
		{Code: 200, Name: "CommandOK", Text: "Command okay."},
		{Code: 213, Name: "FileStatus", Params: []Param{{Name: "size"}}, Also: []Meaning{{Text: "x", Params: []Param{{Name: "n"}}}}},
	}
	r, ok := Lookup(213)
	if !ok || r.Name != "FileStatus" || !Code(213).IsKnown() || Code(201).IsKnown() {
		t.Fatalf("Lookup(213) = %+v, %v", r, ok)
	}
	r.Params[0].Name, r.Also[0].Params[0].Name = "changed", "changed"
	if replies[1].Params[0].Name != "size" || replies[1].Also[0].Params[0].Name != "n" {
		t.Error("changing a record Lookup returned changed the table")
	}
	if _, ok := Lookup(201); ok {
		t.Error("Lookup(201) found a record")
	}
	var codes []Code
	for r := range All() {
		codes = append(codes, r.Code)
		break
	}
	if len(codes) != 1 || codes[0] != 200 {
		t.Errorf("All, stopped after one: %v", codes)
	}
	// commands is empty here: no command is known, and none expects or
	// plausibly gets a reply.
	if _, ok := LookupCommand("RETR"); ok || IsExpectedReply("RETR", 200) || IsPlausibleReply("RETR", 200) {
		t.Error("an unknown command has a record or replies")
	}
}
