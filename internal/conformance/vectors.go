package conformance

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
//	reply-read BYTES             -> "ok O1 O2 ..."
//	lookup CODE                  -> "ok TEXT CLASS GROUP" or "no"
//	expected VERB CODE           -> "true" or "false"
//	plausible VERB CODE          -> "true" or "false"
//
// Answer also answers the vectors of ClientVectors (client_vectors.go).
//
// reply-read reads replies off BYTES as spec.ReplyReader does, then the
// end of the input, and gives the outcomes up to the first that is not a
// reply, each "reply:CODE:TEXT" (TEXT the decoded text in hex), "eof",
// "truncated", "not-reply", "line-too-long" or "too-many-lines".
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
// The vectors cover sample and hostile values for every template, times at
// and past the years a time-val may have, texts around and without each
// template's literal text, the reply lines recorded from real servers
// under golden/transcripts, framing cases: CR and LF where they may and
// may not end a line, the end of the input anywhere, lines and replies at
// and past the limits, NUL and ill-formed UTF-8, and lookups of hostile
// codes and verbs. internal/difftest generates many more from seeds and
// compares every language's results with Answer's.
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
			for i := 0; i <= plain; i++ {
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
			variants = append(variants, zeroPadded(t)...)
			variants = append(variants, recorded[r.Code]...)
			seen := map[string]bool{}
			for _, v := range variants {
				if seen[v] {
					continue
				}
				seen[v] = true
				add("parse " + name + " " + h(v))
			}
			timeVectors(t, name, add)
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
	for _, data := range readCases(recorded) {
		add("reply-read " + h(data))
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
	if res, ok := clientAnswer(tbl, f); ok {
		return res
	}
	switch {
	case len(f) == 3 && f[0] == "parse":
		t := template(tbl, f[1])
		text, ok := unh(f[2])
		if t == nil || !ok {
			return bad
		}
		return parseResult(t, text)
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
	case len(f) == 2 && f[0] == "reply-read":
		data, ok := unh(f[1])
		if !ok {
			return bad
		}
		res := "ok"
		for _, o := range spec.ReadReplies([]byte(data)) {
			res += " " + outcome(o)
		}
		return res
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

// parseResult is the result of a parse vector of text with t.
func parseResult(t *spec.Template, text string) string {
	values, ok := t.Parse(text)
	if !ok {
		return "no"
	}
	for i, p := range t.Params {
		if p.Type == spec.TypeTime {
			values[i] = millis(values[i])
		}
	}
	return "ok " + hexAll(values)
}

// edgeTimes are time-vals at and past the years 0001 to 9999, and dates
// that no calendar has.
var edgeTimes = []string{
	"00000101000000", "00001231235959.999", "00010101000000", "00010101000000.001", "99991231235959",
	"99991231235959.999999999", "20230229000000", "19000229000000", "20000229000000", "20010431000000",
	"20010203240000", "20010203046000",
}

// timeVectors adds, for a template with a time, vectors that format and
// longZeros is a run of leading zeros longer than Python's int() reads by
// default (4300 digits, sys.get_int_max_str_digits): a number may have any
// number of them.
var longZeros = strings.Repeat("0", 5000)

// zeroPadded returns, for each uint parameter of t, a text of t with the
// first samples of the values and longZeros before that parameter's
// value: where the texts with the values 1 and 2 first differ.
func zeroPadded(t *spec.Template) []string {
	var out []string
	for j, p := range t.Params {
		if p.Type != spec.TypeUint {
			continue
		}
		values := make([]string, len(t.Params))
		for k, q := range t.Params {
			values[k] = sample(q, 0, k)
		}
		values[j] = "1"
		one, err1 := t.Format(values)
		values[j] = "2"
		two, err2 := t.Format(values)
		if err1 != nil || err2 != nil {
			continue
		}
		i := 0
		for one[i] == two[i] {
			i++
		}
		out = append(out, one[:i]+longZeros+one[i:])
	}
	return out
}

// parse edgeTimes, each with the first samples of the other values.
func timeVectors(t *spec.Template, name string, add func(vec string)) {
	hasTime := false
	values := make([]string, len(t.Params))
	for j, p := range t.Params {
		values[j] = sample(p, 0, j)
		hasTime = hasTime || p.Type == spec.TypeTime
	}
	if !hasTime {
		return
	}
	base, err := t.Format(values)
	if err != nil {
		return
	}
	for _, tv := range edgeTimes {
		// A formatter is given the time to the millisecond, the precision
		// every language's time type holds (a Python datetime keeps
		// microseconds, a JavaScript Date milliseconds); a parser reads
		// every digit and prints the millisecond.
		ms := tv
		if dot := strings.IndexByte(tv, '.'); dot >= 0 && len(tv) > dot+4 {
			ms = tv[:dot+4]
		}
		vs := make([]string, len(values))
		for j, p := range t.Params {
			vs[j] = values[j]
			if p.Type == spec.TypeTime {
				vs[j] = ms
			}
		}
		add("format " + name + " " + hexAll(vs))
		add("parse " + name + " " + h(strings.ReplaceAll(base, sampleTimes[0], tv)))
	}
}

// outcome writes an outcome of reading as a reply-read vector's result
// does.
func outcome(o spec.Outcome) string {
	if o.Kind == spec.OutcomeReply {
		return fmt.Sprintf("reply:%d:%s", o.Code, h(o.Text))
	}
	return o.Kind.String()
}

// illFormed are byte sequences that are not UTF-8, or only just are: the
// examples of the Unicode Standard's section 3.9 (Tables 3-8 to 3-11), and
// every kind of lead byte cut short, overlong, surrogate or out of range.
var illFormed = []string{
	"\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64", "\xC0\xAF\xE0\x80\xBF\xF0\x81\x82\x41",
	"\xED\xA0\x80\xED\xBF\xBF\xED\xAF\x41", "\xF4\x91\x92\x93\xFF\x41\x80\xBF\x42",
	"\xE1\x80\xE2\xF0\x91\x92\xF1\xBF\x41",
	"\x80", "\xbf", "\xc0", "\xc1\xbf", "\xc2", "\xc2\x80", "\xdf\xbf", "\xe0", "\xe0\xa0", "\xe0\x9f\xbf",
	"\xe0\xa0\x80", "\xe2\x82", "\xe2\x82\xac", "\xed\x9f\xbf", "\xed\xa0\x80", "\xee\x80", "\xef\xbf\xbf",
	"\xf0", "\xf0\x90", "\xf0\x90\x80", "\xf0\x8f\xbf\xbf", "\xf0\x9f\x98\x80", "\xf1\x80\x80", "\xf3\xbf\xbf\xbf",
	"\xf4\x8f\xbf\xbf", "\xf4\x90\x80\x80", "\xf4\x8f\xbf", "\xf5\x80\x80\x80", "\xf8\x88\x80\x80\x80",
	"\xfc\x84\x80\x80\x80\x80", "\xfe", "\xff", "\xef\xbf\xbd", "a\xffb\xc3", "\xe2\x82\xe2\x82\xac",
	"\xc3\x28", "\xe2\x28\xa1", "\xf0\x28\x8c\xbc", "\xf0\x9f\x98",
}

// readCases are the byte streams of the reply-read vectors.
func readCases(recorded map[int][]string) []string {
	long := func(n int) string { return strings.Repeat("x", n-4) } // "220 " and this are n bytes
	lines := func(n int, end string) string {
		return "211-first\r\n" + strings.Repeat(" line\r\n", n-2) + end
	}
	cases := []string{
		"", "\r", "\n", "\r\n", "\r\r\n", "2", "220", "220 hi", "220 hi\r", "220\r\n", "220 \r\n", "220\n",
		"220 hi\r\n", "220 hi\n", "220 a\r\n221 b\n230 c\r\n",
		// issue 11, point 2: one CR is dropped, a second one is text
		"211 x\r\r\n", "211-a\r\n211\r\r\n220 next\r\n", "211-a\r\n211\r\r\n211 end\r\n", "211 x\r\r\r\n",
		// issue 11, point 3: the end of the input within a line or a reply
		"211 ok\r\n\r", "211 ok\r\n\n", "211 ok\r\n2", "211-a\r\n", "211-a\r\n b\r\n211", "211-a\r\n b\r\n211 End",
		// issue 11, point 5: a bare CR is never a line break
		"150 ok\r226 done\r\n", "150 ok\r\r226 done\r\n", "\r220 x\r\n", "220 x\n\r\n",
		// not a reply, and reading stops at it
		"hello\r\n220 hi\r\n", "000 x\r\n", "099 x\r\n", "100 x\r\n", "999 x\r\n", "1000 x\r\n", "10054 x\r\n",
		"99 x\r\n", "220x\r\n", "220\tx\r\n", "220\r\r\n", " 220 x\r\n", "\x00220 x\r\n", "２２０ x\r\n",
		"220 a\r\nhello\r\n", "220 a\r\n\r\n",
		// multi-line replies
		"211-a\r\n211-b\r\n 211 c\r\n212 d\r\n211\r\n", "211-\r\n211 \r\n", "211-a\n\n\n211 b\n",
		"211-a\r\n211x\r\n211 b\r\n", "211-a\r\n2110 b\r\n211 c\r\n", "211-a\r\n211-b\r\n211 c\r\n",
		"211-a\r\nb\r\n211 c\r\n220 d\r\n",
		// NUL is text
		"220 a\x00b\r\n", "220 \x00\r\n", "211-\x00\r\n\x00\r\n211 \x00\r\n",
		// issue 11, point 6: the limits, in bytes
		"220 " + long(8192) + "\r\n", "220 " + long(8192) + "\n", "220 " + long(8193) + "\r\n", "220 " + long(8193) + "\n",
		"220 " + long(8194) + "\r\n", "220 " + long(8194) + "\n", "220 " + long(8192) + "\r", "220 " + long(8193),
		"220 " + long(8194), "220 " + long(8192) + "\r\r\n", "211-a\r\n" + long(8192) + "xxxx\r\n211 b\r\n",
		"211-a\r\n" + long(8193) + "xxxx\r\n211 b\r\n", "220 " + strings.Repeat("😀", 5000) + "\r\n",
		"220 " + strings.Repeat("😀", 2047) + "\r\n", "220 " + strings.Repeat("é", 4094) + "\r\n",
		"220 " + strings.Repeat("é", 4095) + "\r\n", "220 " + strings.Repeat("\xff", 8188) + "\r\n",
		lines(1000, "211 last\r\n"), lines(1001, "211 last\r\n"), lines(1000, ""), lines(999, ""),
		lines(1000, "211 last\r\n220 next\r\n"),
	}
	for _, s := range illFormed {
		cases = append(cases, "220 "+s+"\r\n", "220 "+s+"\n", "211-"+s+"\r\n"+s+"\r\n211 "+s+"\r\n")
	}
	// The recorded replies, one stream per code.
	var codes []int
	for c := range recorded {
		codes = append(codes, c)
	}
	sort.Ints(codes)
	for _, c := range codes {
		var b strings.Builder
		for _, text := range recorded[c] {
			fmt.Fprintf(&b, "%d %s\r\n", c, text)
		}
		cases = append(cases, b.String())
	}
	return cases
}

var sampleStrings = []string{
	"/home/user", `/a "quoted" dir`, "déjà vu 🚀 Straße", "a = b", "trailing \\", "\u2028 sep", "",
	"line\r\n200 forged", "nul\x00byte", "{{x}} ${y} %s */",
}

var sampleUints = []string{"0", "1", "42", "007", "255", "256", "65535", "65536", "9007199254740991", "9007199254740992"}

var sampleTimes = []string{"20010203040506", "19980615100045.014", "20240229235959.5", "20011303040506", "2001020304050", "20010203040560"}

// plain is the last vector of each template, whose values are all plain:
// a string is "v" and the parameter's index, a number 42, a time valid.
// A template whose strings may not hold a space (213's hash_name and
// file_hash) formats no other vector.
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
		// One CR is dropped, a second one is text (issue 11, point 2).
		{"211 x\r\r"}, {"211-a", "211\r\r"}, {"211-a", "211\r\r", "211 b"}, {"211-a", "211\r"}, {"220\r\r"}, {"220 a\rb"},
		// A line holds no LF; the limits, in bytes.
		{"220 a\nb"}, {"211-a\n211 b"}, {"220 " + strings.Repeat("x", 8188)}, {"220 " + strings.Repeat("x", 8188) + "\r"},
		{"220 " + strings.Repeat("x", 8189)}, {"220 " + strings.Repeat("é", 4094)}, {"220 " + strings.Repeat("é", 4095)},
		append(append([]string{"211-a"}, repeat("b", 998)...), "211 c"), append(append([]string{"211-a"}, repeat("b", 999)...), "211 c"),
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

// repeat returns n copies of s.
func repeat(s string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = s
	}
	return out
}

// Hex writes a string as the vectors do: lower-case hex of its bytes, "-"
// for the empty string.
func Hex(s string) string { return h(s) }

// HexAll writes each string as Hex does, space-separated.
func HexAll(vs []string) string { return hexAll(vs) }

// Unhex reads a string written by Hex; it returns the empty string for
// what is no hex.
func Unhex(s string) string {
	v, _ := unh(s)
	return v
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
	checkVectors(t, lang, name, in, want, got)
}

// checkVectors compares a language's results got for the vectors in with
// want, naming the first vector that differs.
func checkVectors(t *testing.T, lang, name, in, want, got string) {
	t.Helper()
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
