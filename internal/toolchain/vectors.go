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

// Vectors returns test vectors for the formatters, parsers and reply
// framing generated from tbl, and the results spec's reference
// implementation gives for them. Every language's test program reads the
// vectors, one per line, and must print exactly want, one line per vector.
// Strings travel in lower-case hex, "-" for the empty string:
//
//	parse NAME TEXT              -> "ok V1 V2 ..." or "no"
//	format NAME V1 V2 ...        -> "ok TEXT" or "error"
//	reply-format CODE MESSAGE    -> "ok WIRE" or "error"
//	reply-parse L1,L2,...        -> "ok CODE TEXT" or "error" ("-" for no lines)
//
// NAME is the meaning's Name.Camel. Values are written as text: a uint in
// decimal (a format vector may give one out of range, or with leading
// zeros), a time as RFC 3659 time-val, a string as it is. A parsed time is
// printed to the millisecond, the precision every language keeps: 14
// digits, then "." and the milliseconds without trailing zeros, if any.
//
// The vectors cover sample and hostile values for every template, texts
// around and without each template's literal text, the reply lines
// recorded from real servers under golden/transcripts, and framing cases.
func Vectors(tbl *spec.Table) (input, want string) {
	var in, out strings.Builder
	add := func(vec, res string) {
		in.WriteString(vec + "\n")
		out.WriteString(res + "\n")
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
			for i := 0; i <= plain; i++ {
				values := make([]string, len(t.Params))
				for j, p := range t.Params {
					values[j] = sample(p, i, j)
				}
				text, err := t.Format(values)
				res := "error"
				if err == nil {
					res = "ok " + h(text)
					texts = append(texts, text)
				}
				add("format "+name+" "+hexAll(values), res)
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
				res := "no"
				if values, ok := t.Parse(v); ok {
					for i, p := range t.Params {
						if p.Type == spec.TypeTime {
							values[i] = millis(values[i])
						}
					}
					res = "ok " + hexAll(values)
				}
				add("parse "+name+" "+h(v), res)
			}
		}
	}
	for _, c := range framingCases {
		wire, err := spec.FormatReply(c.code, c.message)
		res := "error"
		if err == nil {
			res = "ok " + h(wire)
		}
		add(fmt.Sprintf("reply-format %d %s", c.code, h(c.message)), res)
	}
	for _, lines := range parseCases(recorded) {
		code, text, err := spec.ParseReply(lines)
		res := "error"
		if err == nil {
			res = fmt.Sprintf("ok %d %s", code, h(text))
		}
		enc := make([]string, len(lines))
		for i, l := range lines {
			enc[i] = h(l)
		}
		list := strings.Join(enc, ",")
		if len(lines) == 0 {
			list = "-"
		}
		add("reply-parse "+list, res)
	}
	return in.String(), out.String()
}

var sampleStrings = []string{
	"/home/user", `/a "quoted" dir`, "déjà vu 🚀 Straße", "a = b", "trailing \\", "\u2028 sep", "",
	"line\r\n200 forged", "nul\x00byte", "{{x}} ${y} %s */",
}

var sampleUints = []string{"0", "1", "42", "007", "255", "256", "65535", "65536", "9007199254740991", "9007199254740992"}

var sampleTimes = []string{"20010203040506", "19980615100045.014", "20240229235959.5", "20011303040506", "2001020304050", "20010203040560"}

// plain is the last vector of each template, whose values are all plain:
// a string is "v" and the parameter's index, a number 42, a time valid.
// A template whose strings may not hold a space (213's hashname and
// filehash) formats no other vector.
var plain = len(sampleStrings)

// sample gives the value of parameter j in vector i: every number of a
// vector alike, so that one out of range fails it alone, and the strings
// of a vector different, so that each meets every hostile sample.
func sample(p *spec.Param, i, j int) string {
	if i == plain {
		switch p.Type {
		case spec.TypeUint:
			return "42"
		case spec.TypeTime:
			return sampleTimes[0]
		}
		return fmt.Sprintf("v%d", j)
	}
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
