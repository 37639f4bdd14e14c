package quote

import (
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"
)

// hostile are texts that break naive escapers: quotes of every kind,
// backslashes (also at the end), comment closers and openers, template
// syntax of several languages, non-ASCII letters, emoji beyond the BMP,
// the separators U+2028 and U+2029 (line breaks to JavaScript and to
// Unicode), a bidi override, control characters, invalid UTF-8.
var hostile = []string{
	"",
	`Quotes " ' ` + "`" + ` """ '''`,
	`a backslash \ and \\ and \n and \x41 \u0041 \U00000041 \101 \`,
	"comment closers */ and /* and --> and <!-- and --]] and ]] and -- [[",
	"template syntax ${x} $x #{x} {{ .X }} %s {0} @x $(rm -rf /) `id`",
	"non-ASCII: déjà vu, Straße, Ελληνικά, 日本語, 🚀",
	"separators \u2028 and \u2029, bidi \u202e override, zero width \u200b, BOM \ufeff, NEL \u0085",
	"controls \x00 \x01 \t \n \r \v \f \x1b \x7f end",
	"digits after an escape: \x01" + "23 and \x00" + "7",
	"invalid UTF-8: \xff \xc3 \xe2\x80",
	"trigraph ??/ ??= and a trailing backslash \\",
}

// unescapeU reads back a literal of uString: \" \\ \$ \t \n \r \b
// \uXXXX (surrogate pairs joined).
func unescapeU(t *testing.T, lit string) string {
	t.Helper()
	if len(lit) < 2 || lit[0] != '"' || lit[len(lit)-1] != '"' {
		t.Fatalf("%q is not quoted", lit)
	}
	body := lit[1 : len(lit)-1]
	var units []uint16
	for i := 0; i < len(body); i++ {
		c := body[i]
		if c < 0x20 || c >= 0x7F {
			t.Fatalf("%q: byte %#x outside printable ASCII", lit, c)
		}
		if c == '"' {
			t.Fatalf("%q: unescaped quote", lit)
		}
		if c != '\\' {
			units = append(units, uint16(c))
			continue
		}
		i++
		switch body[i] {
		case '"', '\\', '$':
			units = append(units, uint16(body[i]))
		case 't':
			units = append(units, '\t')
		case 'n':
			units = append(units, '\n')
		case 'r':
			units = append(units, '\r')
		case 'b':
			units = append(units, '\b')
		case 'u':
			n, err := strconv.ParseUint(body[i+1:i+5], 16, 16)
			if err != nil {
				t.Fatalf("%q: bad \\u escape", lit)
			}
			units = append(units, uint16(n))
			i += 4
		default:
			t.Fatalf("%q: unknown escape \\%c", lit, body[i])
		}
	}
	return string(utf16.Decode(units))
}

func TestKotlinAndCSharpString(t *testing.T) {
	for _, s := range hostile {
		want := string([]rune(s)) // each byte of invalid UTF-8 becomes U+FFFD
		k := KotlinString(s)
		if got := unescapeU(t, k); got != want {
			t.Errorf("KotlinString(%q) = %s reads back as %q", s, k, got)
		}
		if bare := strings.ReplaceAll(k, `\\`, ""); strings.Count(bare, "$") != strings.Count(bare, `\$`) {
			t.Errorf("KotlinString(%q) = %s: an unescaped $ starts a string template", s, k)
		}
		c := CSharpString(s)
		if got := unescapeU(t, c); got != want {
			t.Errorf("CSharpString(%q) = %s reads back as %q", s, c, got)
		}
	}
	if got, want := KotlinString("${x} $y é 🚀"), `"\${x} \$y \u00e9 \ud83d\ude80"`; got != want {
		t.Errorf("KotlinString = %s; want %s", got, want)
	}
	if got, want := CSharpString(`${x} "q" \`), `"${x} \"q\" \\"`; got != want {
		t.Errorf("CSharpString = %s; want %s", got, want)
	}
}

func TestGoString(t *testing.T) {
	for _, s := range hostile {
		q := GoString(s)
		if got, err := strconv.Unquote(q); err != nil || got != s {
			t.Errorf("GoString(%q) = %s reads back as %q, %v", s, q, got, err)
		}
		if strings.ContainsAny(q, "\n\r\u2028\u2029\u202e") {
			t.Errorf("GoString(%q) = %s holds a line break or a bidi control", s, q)
		}
	}
}

// TestShellQuote has sh expand each quoted word and print it.
func TestShellQuote(t *testing.T) {
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh")
	}
	for _, s := range hostile {
		if strings.ContainsRune(s, 0) {
			continue // no argument of a process holds NUL
		}
		out, err := exec.Command(sh, "-c", "printf '%s' "+ShellQuote(s)).Output()
		if err != nil || string(out) != s {
			t.Errorf("sh expands ShellQuote(%q) = %s to %q, %v", s, ShellQuote(s), out, err)
		}
	}
}

// unescapeLua reads back a literal of LuaString.
func unescapeLua(t *testing.T, lit string) string {
	t.Helper()
	body := lit[1 : len(lit)-1]
	var b strings.Builder
	for i := 0; i < len(body); i++ {
		c := body[i]
		switch {
		case c == '\n' || c == '\r' || c == '"':
			t.Fatalf("%q: unescaped %q", lit, c)
		case c != '\\':
			b.WriteByte(c)
			continue
		}
		i++
		switch c := body[i]; c {
		case '"', '\\':
			b.WriteByte(c)
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		default:
			n, err := strconv.Atoi(body[i : i+3])
			if err != nil {
				t.Fatalf("%q: bad escape", lit)
			}
			b.WriteByte(byte(n))
			i += 2
		}
	}
	return b.String()
}

func TestLuaString(t *testing.T) {
	for _, s := range hostile {
		if got := unescapeLua(t, LuaString(s)); got != s {
			t.Errorf("LuaString(%q) = %s reads back as %q", s, LuaString(s), got)
		}
	}
	lua, err := exec.LookPath("lua5.4")
	if err != nil {
		return // generators' README test runs Lua where it is installed
	}
	for _, s := range hostile {
		out, err := exec.Command(lua, "-e", "io.write("+LuaString(s)+")").Output()
		if err != nil || string(out) != s {
			t.Errorf("lua reads LuaString(%q) = %s as %q, %v", s, LuaString(s), out, err)
		}
	}
}

func TestLineComment(t *testing.T) {
	for _, s := range hostile {
		c := LineComment(s)
		if strings.ContainsAny(c, "\n\r\v\f\u0085\u2028\u2029\u202e\x00") {
			t.Errorf("LineComment(%q) = %q holds a line terminator, a control or a bidi control", s, c)
		}
	}
}
