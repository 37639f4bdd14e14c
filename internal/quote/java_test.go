package quote

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"
)

var javaSeeds = []string{"", "Command okay.", `"quoted"`, `back\slash`, `\u000a`, `\\u0022`, "*/ end", "a\nb\r\x00c\x7f", "\u00e9\u2028\U0001F600", "\xff\xfe", "@param x {@code y} <b>&amp;</b>"}

func TestJavaString(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Command okay.", `"Command okay."`},
		{`say "hi"`, `"say \"hi\""`},
		{`\u0022`, `"\\u0022"`},
		{"a\nb\r\x00\x01\x7f", `"a\nb\r\000\001\177"`},
		{"\u00e9\u2028", `"\u00e9\u2028"`},
		{"\U0001F600", `"\ud83d\ude00"`},
		{"\xff", `"\ufffd"`},
	} {
		if got := JavaString(tc.in); got != tc.want {
			t.Errorf("JavaString(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

// unquoteJava reads a literal as javac does: \u escapes first, then the
// escapes of a string literal.
func unquoteJava(t *testing.T, lit string) string {
	t.Helper()
	var units []uint16
	body := lit[1 : len(lit)-1]
	for i := 0; i < len(body); i++ {
		c := body[i]
		if c >= 0x80 || c < 0x20 || c == 0x7F {
			t.Fatalf("%s holds the byte %#x", lit, c)
		}
		if c == '"' {
			t.Fatalf("%s holds an unescaped quote", lit)
		}
		if c != '\\' {
			units = append(units, uint16(c))
			continue
		}
		i++
		switch e := body[i]; e {
		case 'u':
			n, err := strconv.ParseUint(body[i+1:i+5], 16, 16)
			if err != nil {
				t.Fatalf("%s: %v", lit, err)
			}
			if n < 0x80 {
				t.Fatalf("%s: \\u escape of ASCII %#x", lit, n)
			}
			units = append(units, uint16(n))
			i += 4
		case '0', '1', '2', '3':
			n, err := strconv.ParseUint(body[i:i+3], 8, 8)
			if err != nil {
				t.Fatalf("%s: %v", lit, err)
			}
			units = append(units, uint16(n))
			i += 2
		default:
			r, ok := map[byte]uint16{'b': '\b', 't': '\t', 'n': '\n', 'f': '\f', 'r': '\r', '"': '"', '\\': '\\'}[e]
			if !ok {
				t.Fatalf("%s: unknown escape \\%c", lit, e)
			}
			units = append(units, r)
		}
	}
	return string(utf16.Decode(units))
}

func FuzzJavaString(f *testing.F) {
	for _, s := range javaSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		lit := JavaString(s)
		var want strings.Builder
		for _, r := range s {
			want.WriteRune(r)
		}
		if got := unquoteJava(t, lit); got != want.String() {
			t.Fatalf("JavaString(%q) = %s reads back as %q", s, lit, got)
		}
	})
}

func TestJavaDoc(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Command okay.", "Command okay."},
		{"a */ b", "a *&#47; b"},
		{`\u002a/`, "&#92;u002a/"},
		{"@see x {@code y}", "&#64;see x {&#64;code y}"},
		{"<b>&", "&lt;b&gt;&amp;"[:0] + "&#60;b&#62;&#38;"},
		{"caf\u00e9\n", "caf&#233; "},
	} {
		if got := JavaDoc(tc.in); got != tc.want {
			t.Errorf("JavaDoc(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func FuzzJavaDoc(f *testing.F) {
	for _, s := range javaSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, got := range []string{JavaDoc(s), JavaCode(s)} {
			for i := 0; i < len(got); i++ {
				if c := got[i]; c < 0x20 || c >= 0x7F {
					t.Fatalf("JavaDoc(%q) = %q holds the byte %#x", s, got, c)
				}
			}
			for _, bad := range []string{"*/", `\`, "@", "<b"} {
				if strings.Contains(got, bad) && !((bad == "@" || bad == "<b") && strings.HasPrefix(got, "{@code ")) {
					t.Fatalf("JavaDoc(%q) = %q holds %q", s, got, bad)
				}
			}
		}
	})
}
