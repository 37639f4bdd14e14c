package quote

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

var rustSeeds = []string{
	"", "Command okay.", `say "hi"`, `back\slash \n \x41 \u{41}`, "tab\tnl\ncr\rnul\x00",
	"esc\x1b del\x7f nel\u0085", "ls\u2028ps\u2029", "zw\u200bsp bom\ufeff rlo\u202e lri\u2066",
	"déjà vu, Straße, 日本語, 🚀", "bad \xff byte", "trailing \\", "*/ /* // #[doc] r#\"raw\"#",
	"`code` *em* _em_ [link](x) <b>tag</b> &amp; | table | ~strike~", "# heading", "- item", "1. item", "2) item",
	"see https://example.com/a_b. and http://x.y/z", "{} {{}} {0} %s", "tag\U000E0001",
}

func TestRustString(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", `""`},
		{"Command okay.", `"Command okay."`},
		{`say "hi"`, `"say \"hi\""`},
		{`back\slash \n \u{41}`, `"back\\slash \\n \\u{41}"`},
		{"tab\tnl\ncr\rnul\x00", `"tab\tnl\ncr\rnul\0"`},
		{"esc\x1b del\x7f nel\u0085", `"esc\u{1b} del\u{7f} nel\u{85}"`},
		{"ls\u2028ps\u2029", `"ls\u{2028}ps\u{2029}"`},
		{"zw\u200bsp bom\ufeff rlo\u202e", `"zw\u{200b}sp bom\u{feff} rlo\u{202e}"`},
		{"tag\U000E0001", `"tag\u{e0001}"`},
		{"déjà vu, 日本語, 🚀", `"déjà vu, 日本語, 🚀"`},
		{"bad \xff byte", `"bad \u{fffd} byte"`},
		{"{} #", `"{} #"`},
	} {
		if got := RustString(tc.in); got != tc.want {
			t.Errorf("RustString(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

// FuzzRustString checks that the literal is one line of printable
// characters and reads back as the string, by Rust's escape rules.
func FuzzRustString(f *testing.F) {
	for _, s := range rustSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		lit := RustString(s)
		for _, r := range lit {
			if r < 0x20 || 0x7F <= r && r <= 0x9F || unicode.Is(unicode.Cf, r) || r == '\u2028' || r == '\u2029' {
				t.Fatalf("RustString(%q) = %s holds %U", s, lit, r)
			}
		}
		got, err := unquoteRust(lit)
		if err != nil {
			t.Fatalf("RustString(%q) = %s: %v", s, lit, err)
		}
		if want := strings.ToValidUTF8(s, "\uFFFD"); !utf8.ValidString(s) {
			// Each invalid byte becomes one U+FFFD.
			var b strings.Builder
			for _, r := range s {
				b.WriteRune(r)
			}
			if got != b.String() {
				t.Fatalf("RustString(%q) reads back as %q, want %q (not %q)", s, got, b.String(), want)
			}
		} else if got != s {
			t.Fatalf("RustString(%q) = %s reads back as %q", s, lit, got)
		}
	})
}

// unquoteRust reads a Rust string literal with the escapes RustString
// writes, as rustc does.
func unquoteRust(lit string) (string, error) {
	if len(lit) < 2 || lit[0] != '"' || lit[len(lit)-1] != '"' {
		return "", fmt.Errorf("not quoted")
	}
	var b strings.Builder
	s := lit[1 : len(lit)-1]
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '"':
			return "", fmt.Errorf("bare quote at %d", i)
		case '\\':
		default:
			b.WriteByte(c)
			continue
		}
		i++
		if i >= len(s) {
			return "", fmt.Errorf("trailing backslash")
		}
		switch s[i] {
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case '0':
			b.WriteByte(0)
		case '\\', '"', '\'':
			b.WriteByte(s[i])
		case 'u':
			end := strings.IndexByte(s[i:], '}')
			if end < 0 || i+1 >= len(s) || s[i+1] != '{' {
				return "", fmt.Errorf("bad \\u at %d", i)
			}
			n, err := strconv.ParseUint(s[i+2:i+end], 16, 32)
			if err != nil || n > unicode.MaxRune || 0xD800 <= n && n <= 0xDFFF {
				return "", fmt.Errorf("bad \\u{%s}", s[i+2:i+end])
			}
			b.WriteRune(rune(n))
			i += end
		default:
			return "", fmt.Errorf("unknown escape \\%c", s[i])
		}
	}
	return b.String(), nil
}

func TestRustDoc(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Command okay.", "Command okay."},
		{"RFC 959, section 4.2.2.", "RFC 959, section 4.2.2."},
		{"1. item", `1\. item`},
		{"see 2) here", `see 2\) here`},
		{"# heading - list + plus", `\# heading \- list \+ plus`},
		{"a-b c#d", "a-b c#d"},
		{"`code` *em* _u_ [l](x) <b> &amp; |t| ~s~ \\", "\\`code\\` \\*em\\* \\_u\\_ \\[l\\](x) \\<b\\> \\&amp; \\|t\\| \\~s\\~ \\\\"},
		{"at https://example.com/a_b. then", "at <https://example.com/a_b>. then"},
		{"http:// alone", "http:// alone"},
		{"line\u2028para\u2029lf\ncr\rtab\t", "line para lf cr tab "},
		{"rlo\u202eltr\u2066 zw\u200b", "rlo ltr  zw "},
		{"déjà 🚀", "déjà 🚀"},
	} {
		if got := RustDoc(tc.in); got != tc.want {
			t.Errorf("RustDoc(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzRustDoc checks that the text stays on one line and holds no control
// or format character, and that no word can open Markdown markup.
func FuzzRustDoc(f *testing.F) {
	for _, s := range rustSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkRustComment(t, "RustDoc", s, RustDoc(s))
		for _, w := range strings.Split(RustDoc(s), " ") {
			if w != "" && strings.IndexByte("#+-=!", w[0]) >= 0 {
				t.Fatalf("RustDoc(%q): word %q starts Markdown", s, w)
			}
		}
	})
}

func TestRustCode(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"RETR <SP> <pathname> <CRLF>", "`RETR <SP> <pathname> <CRLF>`"},
		{"a ` b", "``a ` b``"},
		{"`x`", "`` `x` ``"},
		{"", "`  `"},
	} {
		if got := RustCode(tc.in); got != tc.want {
			t.Errorf("RustCode(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzRustCode checks that the code span stays on one line and that its
// fences are longer than any run of backticks inside.
func FuzzRustCode(f *testing.F) {
	for _, s := range rustSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := RustCode(s)
		checkRustComment(t, "RustCode", s, got)
		fence := 0
		for fence < len(got) && got[fence] == '`' {
			fence++
		}
		inner := got[fence : len(got)-fence]
		if strings.Contains(inner, strings.Repeat("`", fence)) {
			t.Fatalf("RustCode(%q) = %q: the fence appears inside", s, got)
		}
	})
}

func checkRustComment(t *testing.T, fn, s, got string) {
	t.Helper()
	for _, r := range got {
		if r < 0x20 || 0x7F <= r && r <= 0x9F || r == '\u2028' || r == '\u2029' || unicode.Is(unicode.Cf, r) {
			t.Fatalf("%s(%q) = %q holds %U", fn, s, got, r)
		}
	}
}

func TestRustLineComment(t *testing.T) {
	if got := RustLineComment("a\nb\rc\u2028d\u202ee"); got != "a b c d e" {
		t.Errorf("RustLineComment = %q", got)
	}
}

func TestRustIdent(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"pathname", "pathname"},
		{"type", "r#type"},
		{"match", "r#match"},
		{"gen", "r#gen"},
		{"async", "r#async"},
		{"union", "union"}, // a weak keyword, an identifier anywhere a field is
		{"str", "str"},
		{"u8", "u8"},
	} {
		if got := RustIdent(tc.in); got != tc.want {
			t.Errorf("RustIdent(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzRustIdent checks that RustIdent keeps different names different and
// makes a keyword raw.
func FuzzRustIdent(f *testing.F) {
	f.Add("type", "r#type")
	f.Add("pathname", "match")
	f.Fuzz(func(t *testing.T, a, b string) {
		if strings.Contains(a+b, "#") {
			return // not an identifier RustIdent is given
		}
		ga, gb := RustIdent(a), RustIdent(b)
		if rustKeywords[a] != strings.HasPrefix(ga, "r#") {
			t.Fatalf("RustIdent(%q) = %q", a, ga)
		}
		if a != b && ga == gb {
			t.Fatalf("RustIdent(%q) = RustIdent(%q) = %q", a, b, ga)
		}
	})
}
