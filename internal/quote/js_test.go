package quote

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode"
)

func TestJSString(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", `""`},
		{"Command okay.", `"Command okay."`},
		{`say "hi"`, `"say \"hi\""`},
		{`back\slash \n \x41 \u0041 \U00000041`, `"back\\slash \\n \\x41 \\u0041 \\U00000041"`},
		{"single ' and back ` quotes", "\"single ' and back ` quotes\""},
		{"${x} #{x} {{ .T }}", `"${x} #{x} {{ .T }}"`},
		{"*/ /* // <!-- -->", `"*/ /* // <!-- -->"`},
		{"tab\tnl\ncr\rbs\bff\f", `"tab\tnl\ncr\rbs\bff\f"`},
		{"nul\x00 esc\x1b del\x7f nel\u0085", `"nul\u0000 esc\u001b del\u007f nel\u0085"`},
		{"ls\u2028ps\u2029", `"ls\u2028ps\u2029"`},
		{"zw\u200bsp bom\ufeff rlo\u202e", `"zw\u200bsp bom\ufeff rlo\u202e"`},
		{"tag\U000E0001", `"tag\udb40\udc01"`}, // a format character beyond the BMP
		{"déjà vu, Straße, 日本語, 🚀", `"déjà vu, Straße, 日本語, 🚀"`},
		{"bad \xff byte", `"bad \ufffd byte"`},
		{"trailing \\", `"trailing \\"`},
	} {
		if got := JSString(tc.in); got != tc.want {
			t.Errorf("JSString(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestJSDoc(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Command okay.", "Command okay."},
		{"closes */ here", `closes *\/ here`},
		{"**/", `**\/`},
		{"/ leading slash", `\/ leading slash`},
		{"@deprecated and {@link x}", `\@deprecated and {\@link x}`},
		{"line\u2028para\u2029lf\ncr\r", "line para lf cr "},
		{"rlo\u202eltr\u2066", "rlo ltr "},
		{"trailing \\", "trailing \\"},
		{"keeps 🚀 and zw\u200bsp", "keeps 🚀 and zw\u200bsp"},
	} {
		if got := JSDoc(tc.in); got != tc.want {
			t.Errorf("JSDoc(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

var jsSeeds = []string{
	"", `"`, `\`, "\\\"", "`${x}`", "*/", "@x", "\u2028\u2029", "\x00\x1f\x7f\u0085",
	"\u200b\u202e\ufeff", "🚀", "\xff\xfe", "\xed\xa0\x80", "\U000E0001", "a*\\/@",
}

// FuzzJSString checks that every literal decodes back to its input (as
// JSON, whose string syntax is a subset of JavaScript's and which JSString
// keeps to) and stays on one line with nothing invisible in it.
func FuzzJSString(f *testing.F) {
	addSeeds(f, jsSeeds...)
	f.Fuzz(func(t *testing.T, s string) {
		lit := JSString(s)
		var got string
		if err := json.Unmarshal([]byte(lit), &got); err != nil {
			t.Fatalf("JSString(%q) = %s: not a valid literal: %v", s, lit, err)
		}
		if want := string([]rune(s)); got != want {
			t.Fatalf("JSString(%q) = %s reads back as %q", s, lit, got)
		}
		for _, r := range lit {
			if r < 0x20 || 0x7F <= r && r <= 0x9F || r == '\u2028' || r == '\u2029' || unicode.Is(unicode.Cf, r) || r == unicode.ReplacementChar {
				t.Fatalf("JSString(%q) = %s holds %U raw", s, lit, r)
			}
		}
	})
}

// FuzzJSDoc checks that no text can close a doc comment, start a tag or
// leave the comment's line.
func FuzzJSDoc(f *testing.F) {
	addSeeds(f, jsSeeds...)
	f.Fuzz(func(t *testing.T, s string) {
		// Right after a star (as in Markdown emphasis), before a space.
		c := "/** *" + JSDoc(s) + " */"
		if strings.Index(c, "*/") != len(c)-2 {
			t.Fatalf("JSDoc(%q) = %q closes the comment early", s, JSDoc(s))
		}
		checkCommentLine(t, "JSDoc", s, JSDoc(s))
		for i := strings.IndexByte(c, '@'); i >= 0; i = strings.IndexByte(c, '@') {
			if i == 0 || c[i-1] != '\\' {
				t.Fatalf("JSDoc(%q) = %q has an unescaped @", s, JSDoc(s))
			}
			c = c[i+1:]
		}
	})
}

func checkCommentLine(t *testing.T, fn, s, got string) {
	t.Helper()
	for _, r := range got {
		if r < 0x20 || 0x7F <= r && r <= 0x9F || r == '\u2028' || r == '\u2029' || unicode.Is(unicode.Bidi_Control, r) {
			t.Fatalf("%s(%q) = %q holds %U", fn, s, got, r)
		}
	}
}

func TestJSReserved(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"pathname", false},
		{"class", true},
		{"default", true},
		{"await", true},
		{"let", true},
		{"arguments", true},
		{"eval", true},
		{"null", true},
		{"type", false}, // contextual keywords are fine as parameter names
		{"undefined", false},
	} {
		if got := JSReserved(tc.in); got != tc.want {
			t.Errorf("JSReserved(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
