package quote

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	_ "github.com/ftpcodes/ftpcodes/internal/golden" // the -update flag
)

func TestCString(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", `""`},
		{"Command okay.", `"Command okay."`},
		{`say "hi"`, `"say \"hi\""`},
		{`back\slash\`, `"back\\slash\\"`},
		{`\n \x41 \u0041`, `"\\n \\x41 \\u0041"`},
		{"why?", `"why?"`},
		{"a ? b", `"a ? b"`},
		{"??=", `"\?\?="`},
		{"???/", `"\?\?\?/"`},
		{"? ?", `"? ?"`},
		{"déjà", `"d\303\251j\303\240"`},
		{"é1", `"\303\2511"`}, // a digit after an escape stays out of it
		{"\u2028", `"\342\200\250"`},
		{"🚀", `"\360\237\232\200"`},
		{"tab\tnul\x00del\x7f", `"tab\011nul\000del\177"`},
		{"\xff\xfe", `"\377\376"`}, // invalid UTF-8 survives byte for byte
		{"/* */ // ${x} %s {{ }}", `"/* */ // ${x} %s {{ }}"`},
	} {
		if got := CString(tc.in); got != tc.want {
			t.Errorf("CString(%q) = %s, want %s", tc.in, got, tc.want)
		}
		checkCString(t, tc.in)
	}
}

func TestCComment(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", "/*  */"},
		{"Command okay.", "/* Command okay. */"},
		{"closer */ opener /* line //", "/* closer * / opener / * line // */"},
		{"ends in a backslash \\", `/* ends in a backslash \ */`},
		{"*/", "/* * / */"},
		{"/*", "/* / * */"},
		{"**//**", "/* ** // ** */"},
		{"trigraphs ??= ??/ ???", "/* trigraphs ? ?= ? ?/ ? ? ? */"},
		{"déjà 🚀", "/* d<U+00E9>j<U+00E0> <U+1F680> */"},
		{"line\u2028sep", "/* line<U+2028>sep */"},
		{"tab\tnew\nline", "/* tab<U+0009>new<U+000A>line */"},
		{"bad \xff byte", "/* bad <byte FF> byte */"},
	} {
		if got := CComment(tc.in); got != tc.want {
			t.Errorf("CComment(%q) = %s, want %s", tc.in, got, tc.want)
		}
		checkCComment(t, tc.in)
	}
}

func FuzzCString(f *testing.F) {
	addSeeds(f, "", "??/", `"\`, "é1", "\x00", "a?b??c???d", "🚀\u2028")
	f.Fuzz(checkCString)
}

func FuzzCComment(f *testing.F) {
	addSeeds(f, "", "*/", "/*", "??/", "\\", "*//*", "a?*/?/")
	f.Fuzz(checkCComment)
}

// checkCString checks that CString(s) is an ASCII C literal with no
// trigraph and no \x escape that a C compiler reads back as s.
func checkCString(t *testing.T, s string) {
	t.Helper()
	lit := CString(s)
	for i := 0; i < len(lit); i++ {
		if c := lit[i]; c < ' ' || c > '~' {
			t.Fatalf("CString(%q) = %s: byte %#x is not printable ASCII", s, lit, c)
		}
	}
	if strings.Contains(lit, "??") {
		t.Fatalf("CString(%q) = %s: holds a trigraph prefix ??", s, lit)
	}
	got, err := unquoteC(lit)
	if err != nil {
		t.Fatalf("CString(%q) = %s: %v", s, lit, err)
	}
	if got != s {
		t.Fatalf("CString(%q) = %s reads back as %q", s, lit, got)
	}
}

// unquoteC decodes a C string literal as a C99 compiler would, without
// trigraph replacement (checkCString has made sure there is none). It
// refuses \x escapes, which CString must never write.
func unquoteC(lit string) (string, error) {
	if len(lit) < 2 || lit[0] != '"' || lit[len(lit)-1] != '"' {
		return "", fmt.Errorf("not a quoted literal")
	}
	body := lit[1 : len(lit)-1]
	var b strings.Builder
	for i := 0; i < len(body); i++ {
		c := body[i]
		switch c {
		case '"':
			return "", fmt.Errorf("unescaped quote at %d", i+1)
		case '\\':
			i++
			if i == len(body) {
				return "", fmt.Errorf("backslash escapes the closing quote")
			}
			switch e := body[i]; e {
			case '"', '\\', '?', '\'':
				b.WriteByte(e)
			case 'a', 'b', 'f', 'n', 'r', 't', 'v':
				b.WriteByte(map[byte]byte{'a': 7, 'b': 8, 'f': 12, 'n': 10, 'r': 13, 't': 9, 'v': 11}[e])
			case '0', '1', '2', '3', '4', '5', '6', '7':
				j := i
				for j < len(body) && j < i+3 && '0' <= body[j] && body[j] <= '7' {
					j++
				}
				v, err := strconv.ParseUint(body[i:j], 8, 16)
				if err != nil || v > 0xff {
					return "", fmt.Errorf("octal escape \\%s out of range", body[i:j])
				}
				b.WriteByte(byte(v))
				i = j - 1
			default:
				return "", fmt.Errorf("escape \\%c is not allowed here", e)
			}
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), nil
}

// checkCComment checks that CComment(s) is exactly one block comment on one
// line of printable ASCII, with no trigraph, and that it keeps s unchanged
// when s needs no sanitising.
func checkCComment(t *testing.T, s string) {
	t.Helper()
	c := CComment(s)
	if !strings.HasPrefix(c, "/* ") || !strings.HasSuffix(c, " */") {
		t.Fatalf("CComment(%q) = %s: not /* ... */", s, c)
	}
	for i := 0; i < len(c); i++ {
		if b := c[i]; b < ' ' || b > '~' {
			t.Fatalf("CComment(%q) = %s: byte %#x is not printable ASCII", s, c, b)
		}
	}
	inner := c[len("/*") : len(c)-len("*/")]
	for _, bad := range []string{"*/", "/*", "??"} {
		if strings.Contains(inner, bad) {
			t.Fatalf("CComment(%q) = %s: %q inside the comment", s, c, bad)
		}
	}
	plain := true
	for i := 0; i < len(s); i++ {
		if s[i] < ' ' || s[i] > '~' {
			plain = false
		}
	}
	if plain && !strings.Contains(s, "*/") && !strings.Contains(s, "/*") && !strings.Contains(s, "??") && c != "/* "+s+" */" {
		t.Fatalf("CComment(%q) = %s: changed text that was safe", s, c)
	}
}
