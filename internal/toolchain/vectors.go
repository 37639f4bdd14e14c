package toolchain

import (
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/ftpcodes/ftpcodes/internal/golden"
	"github.com/ftpcodes/ftpcodes/spec"
)

// Vectors returns test vectors for the formatters, parsers, reply framing
// and lookups generated from tbl, and the results spec's reference
// implementation gives for them (Answer). Every language's test program
// reads the vectors, one per line, and must print exactly want, one line
// per vector. Strings travel in lower-case hex, "-" for the empty string:
//
//	parse NAME TEXT              -> "ok V1 V2 ..." or "no"
//	format NAME V1 V2 ...        -> "ok TEXT" or "error"
//	reply-format CODE MESSAGE    -> "ok WIRE" or "error"
//	reply-parse L1,L2,...        -> "ok CODE TEXT" or "error" ("-" for no lines)
//	lookup CODE                  -> "ok TEXT CLASS GROUP" or "no"
//	expected VERB CODE           -> "true" or "false"
//	plausible VERB CODE          -> "true" or "false"
//
// NAME is the meaning's Name.Camel. Values are written as text: a uint in
// decimal (a format vector may give one out of range, or with leading
// zeros), a time as RFC 3659 time-val, a string as it is. A parsed time is
// printed to the millisecond, the precision every language keeps: 14
// digits, then "." and the milliseconds without trailing zeros, if any.
// CODE is a decimal integer, of any sign and size up to 2^53; lookup's
// CLASS and GROUP are the digits of the code's class and function group,
// "-" where the table has none for it (a code outside 100 to 999, or a
// digit without a class or group). VERB is looked up as every language
// looks a command up: its ASCII letters in either case, nothing else
// folded, an alias finding its command.
//
// The vectors cover sample and hostile values for every template, texts
// around and without each template's literal text, the reply lines
// recorded from real servers under golden/transcripts, framing cases, and
// lookups of hostile codes and verbs. internal/difftest generates many
// more from seeds and compares every language's results with Answer's.
func Vectors(tbl *spec.Table) (input, want string) {
	var in, out strings.Builder
	add := func(vec string) {
		in.WriteString(vec + "\n")
		out.WriteString(Answer(tbl, vec) + "\n")
	}
	recorded := recordedReplies()
	for _, r := range tbl.Replies {
		for _, m := range r.Meanings() {
			t := m.Template
			if t == nil {
				continue
			}
			name := m.Name.Camel
			var texts []string
			for i := 0; i < len(sampleStrings); i++ {
				values := make([]string, len(t.Params))
				for j, p := range t.Params {
					values[j] = sample(p, i, j)
				}
				if text, err := t.Format(values); err == nil {
					texts = append(texts, text)
				}
				add("format " + name + " " + hexAll(values))
			}
			var variants []string
			for _, text := range texts {
				variants = append(variants, text, "Reply: "+text+" (more text)", strings.Trim(text, "().\" "))
			}
			var bare strings.Builder // the literal text alone: every value empty
			for _, seg := range t.Segments {
				bare.WriteString(seg.Literal)
			}
			variants = append(variants, t.Raw, bare.String(), "", "garbage", "999999999999999999999")
			variants = append(variants, recorded[r.Code]...)
			seen := map[string]bool{}
			for _, v := range variants {
				if seen[v] {
					continue
				}
				seen[v] = true
				add("parse " + name + " " + h(v))
			}
		}
	}
	for _, c := range framingCases {
		add(fmt.Sprintf("reply-format %d %s", c.code, h(c.message)))
	}
	for _, lines := range parseCases(recorded) {
		enc := make([]string, len(lines))
		for i, l := range lines {
			enc[i] = h(l)
		}
		list := strings.Join(enc, ",")
		if len(lines) == 0 {
			list = "-"
		}
		add("reply-parse " + list)
	}
	codes := append([]int(nil), LookupCodes...)
	for _, r := range tbl.Replies {
		codes = append(codes, r.Code)
	}
	for _, c := range codes {
		add(fmt.Sprintf("lookup %d", c))
	}
	verbs := append([]string(nil), LookupVerbs...)
	for _, c := range tbl.Commands {
		verbs = append(verbs, c.Verb, strings.ToLower(c.Verb))
		verbs = append(verbs, c.Aliases...)
	}
	for i, v := range verbs {
		for _, c := range []int{LookupCodes[i%len(LookupCodes)], 200, 150, 550, 226} {
			add(fmt.Sprintf("expected %s %d", h(v), c))
		}
	}
	// plausible: the same, and for each command every code servers are
	// known to send it, every reply to any command, and a code no server
	// sends.
	for i, v := range verbs {
		codes := []int{LookupCodes[i%len(LookupCodes)], 200, 150, 550, 226, 426, 999}
		if c := tbl.Command(v); c != nil && c.Verb == v {
			for _, o := range c.Observed {
				codes = append(codes, o.Reply.Code)
			}
			for _, o := range tbl.AnyCommand {
				codes = append(codes, o.Reply.Code)
			}
		}
		for _, c := range codes {
			add(fmt.Sprintf("plausible %s %d", h(v), c))
		}
	}
	return in.String(), out.String()
}

// LookupCodes are hostile codes for lookups: none is a reply's, unless a
// table gives one; 2^53 is the largest every language holds exactly.
var LookupCodes = []int{-1 << 53, -(1 << 31), -200, -1, 0, 1, 99, 100, 199, 700, 999, 1000, 2000, 10054, 99999, 1 << 31, 1<<31 + 200, 1<<32 + 200, 1 << 53}

// LookupVerbs are hostile verbs: case, Unicode letters whose upper or lower
// case is an ASCII letter (long s, Kelvin sign, dotless i), spaces, line
// ends, NUL, empty and long.
var LookupVerbs = []string{"", "RETR", "retr", "ReTr", "RETR ", " RETR", "RETR\r\n", "RE\x00TR", "RETR\x00", "\u017ftor",
	"\u212aeep", "l\u0131st", "LIST\u0131", "\uff32\uff25\uff34\uff32", "XPWD", "xpwd", "PWDX", "STORE", "STO", strings.Repeat("RETR", 1000)}

// Answer returns spec's result for one vector of the kinds Vectors
// documents, as a language's test program must print it, or "unknown
// vector" for a line that is none.
func Answer(tbl *spec.Table, vector string) string {
	f := strings.Split(vector, " ")
	bad := "unknown vector"
	switch {
	case len(f) == 3 && f[0] == "parse":
		t := template(tbl, f[1])
		text, ok := unh(f[2])
		if t == nil || !ok {
			return bad
		}
		values, matched := t.Parse(text)
		if !matched {
			return "no"
		}
		for i, p := range t.Params {
			if p.Type == spec.TypeTime {
				values[i] = millis(values[i])
			}
		}
		return "ok " + hexAll(values)
	case len(f) >= 3 && f[0] == "format":
		t := template(tbl, f[1])
		if t == nil {
			return bad
		}
		var values []string
		if len(f) > 3 || f[2] != "" {
			for _, v := range f[2:] {
				s, ok := unh(v)
				if !ok {
					return bad
				}
				values = append(values, s)
			}
		}
		text, err := t.Format(values)
		if err != nil {
			return "error"
		}
		return "ok " + h(text)
	case len(f) == 3 && f[0] == "reply-format":
		code, err := strconv.Atoi(f[1])
		message, ok := unh(f[2])
		if err != nil || !ok {
			return bad
		}
		wire, err := spec.FormatReply(code, message)
		if err != nil {
			return "error"
		}
		return "ok " + h(wire)
	case len(f) == 2 && f[0] == "reply-parse":
		var lines []string
		if f[1] != "-" {
			for _, l := range strings.Split(f[1], ",") {
				s, ok := unh(l)
				if !ok {
					return bad
				}
				lines = append(lines, s)
			}
		}
		code, text, err := spec.ParseReply(lines)
		if err != nil {
			return "error"
		}
		return fmt.Sprintf("ok %d %s", code, h(text))
	case len(f) == 2 && f[0] == "lookup":
		code, err := strconv.Atoi(f[1])
		if err != nil {
			return bad
		}
		r := tbl.Reply(code)
		if r == nil {
			return "no"
		}
		class, group := "-", "-"
		if 100 <= code && code <= 999 {
			if c := tbl.Class(code / 100); c != nil {
				class = strconv.Itoa(c.Digit)
			}
			if g := tbl.Group(code / 10 % 10); g != nil {
				group = strconv.Itoa(g.Digit)
			}
		}
		return fmt.Sprintf("ok %s %s %s", h(r.Text), class, group)
	case len(f) == 3 && (f[0] == "expected" || f[0] == "plausible"):
		verb, ok := unh(f[1])
		code, err := strconv.Atoi(f[2])
		if !ok || err != nil {
			return bad
		}
		upper := []byte(verb)
		for i, c := range upper {
			if 'a' <= c && c <= 'z' {
				upper[i] = c - 'a' + 'A'
			}
		}
		c := tbl.Command(string(upper))
		if f[0] == "plausible" {
			return strconv.FormatBool(c != nil && c.Plausible(code))
		}
		return strconv.FormatBool(c != nil && c.Expects(code))
	}
	return bad
}

// template returns the template of the meaning named name, or nil.
func template(tbl *spec.Table, name string) *spec.Template {
	for _, r := range tbl.Replies {
		for _, m := range r.Meanings() {
			if m.Template != nil && m.Name.Camel == name {
				return m.Template
			}
		}
	}
	return nil
}

var sampleStrings = []string{
	"/home/user", `/a "quoted" dir`, "déjà vu 🚀 Straße", "a = b", "trailing \\", "\u2028 sep", "",
	"line\r\n200 forged", "nul\x00byte", "{{x}} ${y} %s */",
}

var sampleUints = []string{"0", "1", "42", "007", "255", "256", "65535", "65536", "9007199254740991", "9007199254740992"}

var sampleTimes = []string{"20010203040506", "19980615100045.014", "20240229235959.5", "20011303040506", "2001020304050", "20010203040560"}

// sample gives the value of parameter j in vector i: every number of a
// vector alike, so that one out of range fails it alone, and the strings
// of a vector different, so that each meets every hostile sample.
func sample(p *spec.Param, i, j int) string {
	switch p.Type {
	case spec.TypeUint:
		return sampleUints[i%len(sampleUints)]
	case spec.TypeTime:
		return sampleTimes[i%len(sampleTimes)]
	}
	return sampleStrings[(i+j)%len(sampleStrings)]
}

var framingCases = []struct {
	code    int
	message string
}{
	{227, "Entering Passive Mode (127,0,0,1,19,137)."},
	{211, "Features:\n MDTM\n SIZE\nEnd"},
	{123, "First line\nSecond line\n234 A line beginning with numbers\nThe last line"},
	{221, ""},
	{257, `"/a ""b""" created.`},
	{220, "déjà 🚀 \u2028"},
	{214, "a\n\n\nb"},
	{220, "a\r\n221 forged"},
	{220, "nul\x00"},
	{99, "x"},
	{1000, "x"},
	{0, ""},
}

func parseCases(recorded map[int][]string) [][]string {
	cases := [][]string{
		{}, {"hello"}, {"220"}, {"220 "}, {"220-a", "b"}, {"211 a", "211 b"}, {"211-a", "211 b", "c"},
		{"21 x"}, {"2110 x"}, {"011 x"}, {"211-Features:\r", " 211 MDTM", "211-not the end", "211 End"},
		{"211-a", "212 b", "211 c"}, {"230-Welcome", "230 Logged in"}, {"227 Entering Passive Mode (127,0,0,1,19,137)."},
	}
	var codes []int
	for c := range recorded {
		codes = append(codes, c)
	}
	sort.Ints(codes)
	for _, c := range codes {
		for _, text := range recorded[c] {
			cases = append(cases, []string{strconv.Itoa(c) + " " + text})
		}
	}
	return cases
}

// recordedReplies reads the final reply lines of the transcripts recorded
// from real servers (golden/transcripts/*.txtar, section "transcript",
// lines "S: ddd text"), by code.
func recordedReplies() map[int][]string {
	out := map[int][]string{}
	paths, _ := filepath.Glob(filepath.Join(golden.Dir(), "transcripts", "*.txtar"))
	sort.Strings(paths)
	for _, p := range paths {
		ar, err := txtar.ParseFile(p)
		if err != nil {
			continue
		}
		for _, f := range ar.Files {
			if f.Name != "transcript" {
				continue
			}
			for _, line := range strings.Split(string(f.Data), "\n") {
				l, ok := strings.CutPrefix(line, "S: ")
				if !ok || len(l) < 4 || l[3] != ' ' {
					continue
				}
				code, err := strconv.Atoi(l[:3])
				if err != nil {
					continue
				}
				out[code] = append(out[code], l[4:])
			}
		}
	}
	return out
}

// unh reads a string written by h.
func unh(s string) (string, bool) {
	if s == "-" {
		return "", true
	}
	b, err := hex.DecodeString(s)
	return string(b), err == nil && s != ""
}

func h(s string) string {
	if s == "" {
		return "-"
	}
	return hex.EncodeToString([]byte(s))
}

func hexAll(vs []string) string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = h(v)
	}
	return strings.Join(out, " ")
}

// millis writes a time-val to the millisecond.
func millis(v string) string {
	if len(v) <= 15 {
		return v[:14]
	}
	frac := (v[15:] + "000")[:3]
	frac = strings.TrimRight(frac, "0")
	if frac == "" {
		return v[:14]
	}
	return v[:14] + "." + frac
}

// WriteVectors writes the vectors for tbl to dir/vectors.txt and returns
// its path and the expected output.
func WriteVectors(t *testing.T, dir string, tbl *spec.Table) (path, want string) {
	t.Helper()
	in, want := Vectors(tbl)
	path = filepath.Join(dir, "vectors.txt")
	if err := os.WriteFile(path, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, want
}

// CheckVectors compares a language's results for the vectors with want,
// naming the first vector that differs.
func CheckVectors(t *testing.T, lang, name string, tbl *spec.Table, got string) {
	t.Helper()
	in, want := Vectors(tbl)
	if got == want {
		return
	}
	vecs := strings.Split(in, "\n")
	w := strings.Split(want, "\n")
	g := strings.Split(got, "\n")
	for i := range w {
		if i >= len(g) || g[i] != w[i] {
			gi := "(missing)"
			if i < len(g) {
				gi = g[i]
			}
			t.Errorf("%s, table %s: vector %d %q:\n got  %s\n want %s", lang, name, i+1, vecs[i], gi, w[i])
			return
		}
	}
	t.Errorf("%s, table %s: %d result lines for %d vectors", lang, name, len(g)-1, len(w)-1)
}
