// Package difftest is the differential test of issue 11: a seeded
// generator of hostile inputs, written as the vectors of the shared vector
// protocol (internal/conformance), fed to spec's reference (conformance.Answer)
// and to every language's generated code; every answer must be spec's.
// Check runs the cases through one language and reports each disagreement
// by the smallest input it finds that shows it.
package difftest

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/ftpcodes/ftpcodes/internal/conformance"
	"github.com/ftpcodes/ftpcodes/spec"
)

// Kinds are the vector kinds the generator writes, in the order of their
// weights in weights.
var Kinds = []string{"parse", "format", "reply-read", "reply-parse", "reply-format", "lookup", "expected", "plausible"}

var weights = []int{30, 20, 20, 8, 8, 7, 4, 3}

// Generate returns n vectors drawn from seed: the same seed and n give
// the same vectors. Kinds whose vectors spec does not answer yet
// (conformance.Answer says "unknown vector") are left out, and n is made up
// with the others.
//
// Some values reach only the kinds that can carry them: every language
// receives strings as UTF-8, and a JavaScript string cannot hold invalid
// UTF-8, nor a C string a NUL, so invalid UTF-8 reaches the kinds whose
// lines every driver can take as bytes (reply-read, reply-parse) alone,
// and a NUL reply-read, the formatters' arguments and reply-format's
// message, where every language refuses it. A uint to format is decimal
// digits (leading zeros and sizes past 2^64 allowed), as no language's
// number type reads anything else as a number; a time to format is a
// time-val with at most milliseconds, the precision every language keeps,
// written without trailing zeros.
func Generate(tbl *spec.Table, seed uint64, n int) []string {
	g := &gen{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), tbl: tbl}
	for _, r := range tbl.Replies {
		for _, m := range r.Meanings() {
			if m.Template != nil {
				g.meanings = append(g.meanings, m)
			}
		}
	}
	enabled := make([]bool, len(Kinds))
	for i, k := range Kinds {
		enabled[i] = Supported(tbl, k) && (len(g.meanings) > 0 || (k != "parse" && k != "format")) &&
			(len(tbl.Commands) > 0 || (k != "expected" && k != "plausible"))
	}
	total := 0
	for i, w := range weights {
		if enabled[i] {
			total += w
		}
	}
	out := make([]string, 0, n)
	for len(out) < n {
		x := g.r.IntN(total)
		for i, w := range weights {
			if !enabled[i] {
				continue
			}
			if x < w {
				out = append(out, g.vector(Kinds[i]))
				break
			}
			x -= w
		}
	}
	return out
}

// Supported reports whether spec answers vectors of kind. (A kind comes to
// spec first, then to the drivers; Generate leaves it out until then.)
func Supported(tbl *spec.Table, kind string) bool {
	probe, ok := map[string]string{
		"reply-read": "reply-read 323230200d0a", "reply-parse": "reply-parse -", "reply-format": "reply-format 200 -",
		"lookup": "lookup 200", "expected": "expected 52455452 150", "plausible": "plausible 52455452 150",
	}[kind]
	if !ok {
		return kind == "parse" || kind == "format" // any table's templates
	}
	return conformance.Answer(tbl, probe) != "unknown vector"
}

type gen struct {
	r        *rand.Rand
	tbl      *spec.Table
	meanings []*spec.Meaning
	long     bool // whether str may return a string of about 8000 bytes
}

func (g *gen) pick(list []string) string { return list[g.r.IntN(len(list))] }

func (g *gen) chance(percent int) bool { return g.r.IntN(100) < percent }

// zeros returns a run of leading zeros for a number: 1 to n of them, or,
// one time in twenty, more than the 4300 digits Python's int() reads by
// default.
func (g *gen) zeros(n int) string {
	if g.chance(5) {
		return strings.Repeat("0", 4301+g.r.IntN(100))
	}
	return strings.Repeat("0", 1+g.r.IntN(n))
}

func (g *gen) vector(kind string) string {
	g.long = true
	switch kind {
	case "parse":
		m := g.meanings[g.r.IntN(len(g.meanings))]
		return "parse " + m.Name.Camel + " " + h(g.parseText(m.Template))
	case "format":
		m := g.meanings[g.r.IntN(len(g.meanings))]
		vs := make([]string, len(m.Template.Params))
		for i, p := range m.Template.Params {
			if g.chance(70) {
				vs[i] = g.value(m.Template, p)
			} else {
				vs[i] = g.hostileValue(m.Template, p)
			}
		}
		return "format " + m.Name.Camel + " " + hexAll(vs)
	case "reply-read":
		return "reply-read " + h(string(g.stream()))
	case "reply-parse":
		n := g.r.IntN(6)
		if g.chance(3) {
			n = 995 + g.r.IntN(10)
			g.long = false // a long reply of short lines
		}
		lines := g.replyLines(n)
		if len(lines) == 0 {
			return "reply-parse -"
		}
		enc := make([]string, len(lines))
		for i, l := range lines {
			enc[i] = h(l)
		}
		return "reply-parse " + strings.Join(enc, ",")
	case "reply-format":
		var lines []string
		for range 1 + g.r.IntN(4) {
			lines = append(lines, g.messageLine())
		}
		return fmt.Sprintf("reply-format %d %s", g.code(), h(strings.Join(lines, "\n")))
	case "lookup":
		return fmt.Sprintf("lookup %d", g.code())
	case "expected", "plausible":
		return fmt.Sprintf("%s %s %d", kind, h(g.verb()), g.code())
	}
	panic("difftest: no kind " + kind)
}

// code returns a hostile or a table's code.
func (g *gen) code() int {
	switch x := g.r.IntN(10); {
	case x < 3:
		return conformance.LookupCodes[g.r.IntN(len(conformance.LookupCodes))]
	case x < 6 && len(g.tbl.Replies) > 0:
		return g.tbl.Replies[g.r.IntN(len(g.tbl.Replies))].Code
	case x < 9:
		return g.r.IntN(1200) - 100
	}
	return g.r.IntN(1<<54) - 1<<53
}

// lookalikes maps ASCII letters to characters that case mapping or
// compatibility folding takes for them.
var lookalikes = map[byte][]string{
	's': {"\u017f"}, 'S': {"\u017f", "\uff33"}, 'k': {"\u212a"}, 'K': {"\u212a"}, 'i': {"\u0131", "\u0130"},
	'I': {"\u0131", "\u0130"}, 'a': {"\u00e0", "\uff41"}, 'T': {"\uff34"}, 'R': {"\uff32"},
}

// verb returns a table's verb or alias, changed or not, or a hostile one.
func (g *gen) verb() string {
	if len(g.tbl.Commands) == 0 || g.chance(15) {
		return g.pick(slices.Concat(conformance.LookupVerbs, []string{"\xff", "RE\xffTR"}))
	}
	c := g.tbl.Commands[g.r.IntN(len(g.tbl.Commands))]
	v := c.Verb
	if len(c.Aliases) > 0 && g.chance(30) {
		v = g.pick(c.Aliases)
	}
	b := []byte(v)
	for i := range b {
		if isLetter(b[i]) && g.chance(40) {
			b[i] ^= 0x20 // the other case
		}
	}
	v = string(b)
	switch g.r.IntN(8) {
	case 0:
		i := g.r.IntN(len(v))
		if alts := lookalikes[v[i]]; alts != nil {
			v = v[:i] + g.pick(alts) + v[i+1:]
		}
	case 1:
		v += g.pick([]string{" ", "\r\n", "\x00", "x", "\t"})
	case 2:
		v = g.pick([]string{" ", "\x00", "\t"}) + v
	case 3:
		v = v[:g.r.IntN(len(v))]
	}
	return v
}

// pieces are bits of hostile text for strings, texts and reply lines:
// valid UTF-8 without CR, LF or NUL.
var pieces = []string{
	"a", "x", "/home/user", "dir", " ", "  ", "\t", `"`, `""`, `"""`, "(", ")", "((", "))", ",", ".", "|", "||", "|||",
	"=", " = ", "-", "0", "1", "007", "255", "256", "65535", "65536", "99999999999999999999", "9007199254740991",
	"9007199254740992", "18446744073709551615", "18446744073709551616", "é", "🚀", "Straße", "\u2028", "\u0085",
	"\u00a0", "\ufeff", "ſ", "\u212a", "\u0663", "\uff11", "\ufffd", "{", "}", "{{", "%s", "\\", "211 x", "211-x",
	"20010203040506", "00000101000000", "00010101000000", "99991231235959", "99991231235959.999", "100000101000000",
	"20230229000000", "20240229120000.5", "20011301000000", "20010100000000", "20010132000000", "20010101240000",
	"20010101006000", "20010101000060", "19000229000000", "20000229000000", "20010203040506.", "2001020304050",
	"20010203040506.0140", "20010203040506.123456789", "-1", "+1", "1e3", "0x10",
}

// str returns a hostile string of valid UTF-8 without CR, LF or NUL.
func (g *gen) str() string {
	var b strings.Builder
	for range 1 + g.r.IntN(5) {
		b.WriteString(g.pick(pieces))
	}
	if g.long && g.chance(3) {
		b.WriteString(strings.Repeat(g.pick([]string{"x", "é", `"`, "9"}), 8000+g.r.IntN(400)))
	}
	return b.String()
}

// value returns a valid value for p: one the formatter writes.
func (g *gen) value(t *spec.Template, p *spec.Param) string {
	switch p.Type {
	case spec.TypeUint:
		switch g.r.IntN(5) {
		case 0:
			return strconv.FormatUint(p.Max, 10)
		case 1:
			return strconv.FormatUint(p.Max-uint64(g.r.IntN(2)), 10)
		case 2:
			return g.pick([]string{"0", "1", "00", "007"})
		}
		return strconv.FormatUint(g.r.Uint64N(p.Max+1), 10)
	case spec.TypeTime:
		return g.time()
	}
	for {
		s := g.str()
		if p.Quoted && g.chance(30) {
			s = `"` + s + `"`
		}
		ok := true
		for _, avoid := range t.Stops(p) {
			ok = ok && !strings.Contains(s, avoid)
		}
		if ok {
			return s
		}
	}
}

// time returns a valid time-val, years 0001 to 9999, to the millisecond.
func (g *gen) time() string {
	year := g.pick([]string{"0001", "9999", "1970", "2000", "2024", "1900"})
	if g.chance(50) {
		year = fmt.Sprintf("%04d", 1+g.r.IntN(9999))
	}
	month := 1 + g.r.IntN(12)
	days := []int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[month-1]
	y, _ := strconv.Atoi(year)
	if month == 2 && y%4 == 0 && (y%100 != 0 || y%400 == 0) {
		days = 29
	}
	v := fmt.Sprintf("%s%02d%02d%02d%02d%02d", year, month, 1+g.r.IntN(days), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60))
	if g.chance(30) {
		frac := strings.TrimRight(fmt.Sprintf("%03d", 1+g.r.IntN(999)), "0")
		v += "." + frac
	}
	return v
}

// hostileValue returns a value at or past p's limits, or of no shape.
func (g *gen) hostileValue(t *spec.Template, p *spec.Param) string {
	switch p.Type {
	case spec.TypeUint:
		return g.pick([]string{
			strconv.FormatUint(p.Max+1, 10), "0" + strconv.FormatUint(p.Max, 10), "000" + strconv.FormatUint(p.Max+1, 10),
			"9007199254740992", "9007199254740993", "18446744073709551615", "18446744073709551616",
			"99999999999999999999999999", "0", "00000000000000000000000000001",
		})
	case spec.TypeTime:
		return g.pick([]string{
			"00000101000000", "00001231235959", "00010101000000", "99991231235959.999", "20230229000000",
			"19000229000000", "20011301000000", "20010001000000", "20010100000000", "20010431000000", "20010101240000",
			"20010101006000", "20161231235960", "2001020304050", "20010203040506.", "200102030405060", "-", "x",
		})
	}
	s := g.str()
	switch g.r.IntN(8) {
	case 0:
		return ""
	case 1:
		return s + g.pick([]string{"\r", "\n", "\x00", "\r\n200 forged"}) + s
	case 2:
		if avoid := t.Stops(p); len(avoid) > 0 {
			return s + g.pick(avoid) + s
		}
	case 3:
		return strings.Repeat(g.pick([]string{"x", `"`, "é", "🚀"}), 8190+g.r.IntN(10))
	}
	return s
}

// parseText returns a text for t's parser: a formatted one, the template
// with values at or past their limits written in, the template itself or
// its literal text, changed in up to three places.
func (g *gen) parseText(t *spec.Template) string {
	var text string
	switch x := g.r.IntN(10); {
	case x < 5:
		vs := make([]string, len(t.Params))
		for i, p := range t.Params {
			vs[i] = g.value(t, p)
		}
		text, _ = t.Format(vs)
	case x < 7: // the template with values written in as they are, valid or not
		var b strings.Builder
		for _, seg := range t.Segments {
			switch {
			case seg.Param == nil:
				b.WriteString(seg.Literal)
			case g.chance(50):
				b.WriteString(g.value(t, seg.Param))
			default:
				b.WriteString(g.hostileValue(t, seg.Param))
			}
		}
		text = b.String()
	case x < 8:
		text = t.Raw
	case x < 9:
		for _, s := range t.Segments {
			text += s.Literal
		}
	default:
		text = g.str()
	}
	if !g.chance(15) {
		for range 1 + g.r.IntN(3) {
			text = g.mutate(text)
		}
	}
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\ufffd")
	}
	return strings.ReplaceAll(text, "\x00", "")
}

// mutate changes text in one place.
func (g *gen) mutate(text string) string {
	at := func() int { return g.r.IntN(len(text) + 1) }
	switch g.r.IntN(9) {
	case 0, 1:
		i := at()
		return text[:i] + g.pick(pieces) + text[i:]
	case 2:
		i := at()
		j := min(len(text), i+1+g.r.IntN(4))
		return text[:i] + text[j:]
	case 3:
		return text[:at()]
	case 4:
		return text[at():]
	case 5: // a digit changed, or a run of digits lengthened
		for range 8 {
			if i := at(); i < len(text) && isDigit(text[i]) {
				if g.chance(50) {
					return text[:i] + string(rune('0'+g.r.IntN(10))) + text[i+1:]
				}
				return text[:i] + g.zeros(25) + text[i:]
			}
		}
	case 6:
		return g.pick([]string{"Reply: ", "227 ", " ", `"`, "(", "123"}) + text + g.pick([]string{"", ".", " (more)", `"`, ")", "\r", " ", "123"})
	case 7:
		i, j := at(), at()
		if i > j {
			i, j = j, i
		}
		return text[:j] + text[i:j] + text[j:]
	}
	return text + g.pick([]string{"\r", "\t", "\u2028", "\r\n", "\n"})
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// messageLine returns a line of a message to frame: hostile text, a line
// that reads as a reply line, empty, or with CR or NUL.
func (g *gen) messageLine() string {
	switch g.r.IntN(8) {
	case 0:
		return ""
	case 1:
		return g.pick([]string{"211 End", "211-more", "211", "2", "000 x", "999 x", " 211 x", "1000 x"})
	case 2:
		return g.str() + g.pick([]string{"\r", "\x00", "\r\n"})
	}
	return g.str()
}

// codeText returns the text of a code for a reply line: a hostile one or
// a plain one.
func (g *gen) codeText() string {
	if g.chance(15) {
		return g.pick([]string{"000", "099", "999", "1000", "10054", "21", "", " 211", "２１１", "21x", "0211"})
	}
	if g.chance(50) {
		return "211"
	}
	return strconv.Itoa(100 + g.r.IntN(900))
}

// replyLines returns n lines (no LF, no NUL) that are or resemble a reply,
// now and then with bytes that are not UTF-8.
func (g *gen) replyLines(n int) []string {
	if n == 0 {
		return nil
	}
	code := g.codeText()
	lines := []string{code + g.pick([]string{"-", "-", " ", "", "\r", "x"}) + g.lineText()}
	for i := 1; i < n; i++ {
		var l string
		switch g.r.IntN(6) {
		case 0:
			l = code + g.pick([]string{" ", "", "-", "\r", " \r", "\r\r"}) + g.lineText()
		case 1:
			l = g.codeText() + g.pick([]string{" ", "-", ""}) + g.lineText()
		default:
			l = g.lineText()
		}
		lines = append(lines, l)
	}
	if g.chance(60) {
		lines[n-1] = code + g.pick([]string{" ", "", " \r", "\r", "\r\r"}) + g.lineText()
	}
	if g.chance(10) { // bytes that are not UTF-8, which every reader decodes alike
		i := g.r.IntN(n)
		j := g.r.IntN(len(lines[i]) + 1)
		lines[i] = lines[i][:j] + g.pick(invalid) + lines[i][j:]
	}
	return lines
}

// lineText returns the text of a reply line: valid UTF-8 without LF or
// NUL, with CR anywhere now and then.
func (g *gen) lineText() string {
	if g.chance(50) {
		return ""
	}
	s := g.str()
	if g.chance(15) {
		i := g.boundary(s)
		s = s[:i] + "\r" + s[i:]
	}
	return s
}

// boundary returns a place in s between two characters.
func (g *gen) boundary(s string) int {
	i := g.r.IntN(len(s) + 1)
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return i
}

// invalid are byte sequences that are not UTF-8: a lone continuation byte,
// truncated sequences, an overlong encoding, a surrogate, beyond U+10FFFF.
var invalid = []string{"\x80", "\xbf", "\xc3", "\xe2\x82", "\xf0\x9f\x9a", "\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xff", "\xfe"}

// eols are the ways a line may end in a byte stream.
var eols = []string{"\r\n", "\r\n", "\r\n", "\n", "\r", "\r\r\n", "\n\r", "\r\r", ""}

// stream returns a byte stream of replies or reply-like lines, with CR, LF
// and NUL anywhere, invalid UTF-8, lines at and around 8192 bytes, replies
// of around 1000 lines, and a partial line at its end.
func (g *gen) stream() []byte {
	var b []byte
	eol := func() string {
		if g.chance(80) {
			return "\r\n"
		}
		return g.pick(eols)
	}
	text := func() string {
		s := g.lineText()
		if g.chance(10) {
			i := g.r.IntN(len(s) + 1)
			s = s[:i] + g.pick(append(invalid, "\x00")) + s[i:]
		}
		return s
	}
	for range 1 + g.r.IntN(3) {
		code := g.codeText()
		g.long = false // long lines come alone, in the first case
		switch g.r.IntN(60) {
		case 0, 1, 2: // a line of about the limit
			size := 8192 + g.r.IntN(7) - 3 - len(code) - 1
			if g.chance(30) {
				size += []int{1, 2, 8192, 20000}[g.r.IntN(4)]
			}
			unit := g.pick([]string{"x", "é", "🚀", "\r", "\xff"})
			body := strings.Repeat(unit, max(0, size)/len(unit))
			b = append(b, code+" "+body+eol()...)
		case 3: // about 1000 lines
			n := 997 + g.r.IntN(7)
			b = append(b, code+"-first"+eol()...)
			for range n - 2 {
				b = append(b, " line\r\n"...)
			}
			b = append(b, code+" last"+eol()...)
		default:
			lines := g.replyLines(1 + g.r.IntN(5))
			for i, l := range lines {
				b = append(b, l...)
				if i == 0 || g.chance(20) {
					b = append(b, text()...)
				}
				b = append(b, eol()...)
			}
		}
	}
	if g.chance(15) { // a partial line
		b = append(b, g.pick([]string{"\r", "2", "220", "220 ", "220 hi", "211-a\r\n", "\n", "\r\n"})...)
	}
	return b
}

var (
	h      = conformance.Hex
	hexAll = conformance.HexAll
	unhex  = conformance.Unhex
)
