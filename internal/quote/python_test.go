package quote

import (
	"encoding/hex"
	"fmt"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/ftpcodes/ftpcodes/internal/conformance"
)

var pySeeds = []string{
	"",
	"Command okay.",
	`Quotes " ' ` + "`" + ` """ ''' and a backslash \ and \n and \x41 \u0041 \U00000041 \N{DASH}`,
	`"PATHNAME" created.`,
	`ends in a quote"`,
	`""`,
	`"'"`,
	`"""`,
	`""""`,
	`a""b"""c""""d`,
	`trailing \`,
	`\"`,
	"déjà vu, Straße, Ελληνικά, 日本語, 🚀",
	"zero-width\u200bjoiner, bom\ufeff, rlo\u202e, separators\u2028and\u2029here",
	"nel\u0085 nbsp\u00a0 ideographic\u3000space soft\u00adhyphen",
	"nul\x00 tab\t lf\n cr\r ff\f esc\x1b del\x7f",
	"private\ue000 tag\U000E0001 plane16\U0010fffd",
	"bad \xff byte \xc3 and \xed\xa0\x80 surrogate",
	"{{ .Table }} ${x} %s %d %% {0} #{x} */ /* # -- ??=",
}

func TestPythonString(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", `""`},
		{"Command okay.", `"Command okay."`},
		{`"PATHNAME" created.`, `'"PATHNAME" created.'`},
		{`it's "quoted"`, `'it\'s "quoted"'`},
		{`it's a "quote"'`, `"it's a \"quote\"'"`},
		{`back\slash \n \x41 \u0041 \U00000041 \N{DASH}`, `"back\\slash \\n \\x41 \\u0041 \\U00000041 \\N{DASH}"`},
		{"single ' and back ` and triple ''' quotes", "\"single ' and back ` and triple ''' quotes\""},
		{`"""`, `'"""'`},
		{`'''`, `"'''"`},
		{"{x} {{ .T }} %s ${x}", `"{x} {{ .T }} %s ${x}"`},
		{"tab\tlf\ncr\r", `"tab\tlf\ncr\r"`},
		{"nul\x00 ff\f esc\x1b del\x7f nel\u0085 nbsp\u00a0", `"nul\x00 ff\x0c esc\x1b del\x7f nel\x85 nbsp\xa0"`},
		{"ls\u2028ps\u2029", `"ls\u2028ps\u2029"`},
		{"zw\u200bsp bom\ufeff rlo\u202e", `"zw\u200bsp bom\ufeff rlo\u202e"`},
		{"tag\U000E0001 private\ue000", `"tag\U000e0001 private\ue000"`},
		{"déjà vu, Straße, 日本語, 🚀", `"déjà vu, Straße, 日本語, 🚀"`},
		{"bad \xff byte", `"bad \udcff byte"`},
		{"trailing \\", `"trailing \\"`},
	} {
		if got := PythonString(tc.in); got != tc.want {
			t.Errorf("PythonString(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestPythonDocstring(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", `""""""`},
		{"Command okay.", `"""Command okay."""`},
		{`"PATHNAME" created.`, `"""\"PATHNAME" created."""`},
		{`the "name" here`, `"""the "name" here"""`},
		{`ends in a quote"`, `"""ends in a quote\""""`},
		{`a""b`, `"""a\""b"""`},
		{`a"""b`, `"""a\"\""b"""`},
		{`"`, `"""\""""`},
		{`trailing \`, `"""trailing \\"""`},
		{"ls\u2028ps\u2029 nel\u0085", `"""ls\u2028ps\u2029 nel\x85"""`},
		{"déjà vu 🚀 ''' '", `"""déjà vu 🚀 ''' '"""`},
	} {
		if got := PythonDocstring(tc.in); got != tc.want {
			t.Errorf("PythonDocstring(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

// FuzzPythonString checks that every literal decodes back to its input, by
// Python's rules, and holds nothing invisible.
func FuzzPythonString(f *testing.F) {
	addSeeds(f, pySeeds...)
	f.Fuzz(func(t *testing.T, s string) {
		delim := `"`
		if strings.Count(s, `"`) > strings.Count(s, "'") {
			delim = "'"
		}
		checkPyLiteral(t, "PythonString", s, PythonString(s), delim)
	})
}

// FuzzPythonDocstring checks the same for docstrings: in particular that no
// text ends the literal early.
func FuzzPythonDocstring(f *testing.F) {
	addSeeds(f, pySeeds...)
	f.Fuzz(func(t *testing.T, s string) {
		checkPyLiteral(t, "PythonDocstring", s, PythonDocstring(s), `"""`)
	})
}

func checkPyLiteral(t *testing.T, fn, s, lit, delim string) {
	t.Helper()
	got, err := pyDecode(lit, delim)
	if err != nil {
		t.Fatalf("%s(%q) = %s: %v", fn, s, lit, err)
	}
	if got != s {
		t.Fatalf("%s(%q) = %s reads back as %q", fn, s, lit, got)
	}
	for _, r := range lit {
		if r != ' ' && !unicode.IsPrint(r) {
			t.Fatalf("%s(%q) = %s holds %U raw", fn, s, lit, r)
		}
	}
}

// pyDecode reads a Python string literal delimited by delim (", ' or """) as
// Python 3 does, for the escapes Python knows, and returns its value as
// UTF-8, with the lone surrogates \udc80 to \udcff read back as the bytes
// 0x80 to 0xff (Python's surrogateescape). It fails if the literal ends
// anywhere but at the end of lit, or holds a line break.
func pyDecode(lit, delim string) (string, error) {
	if !strings.HasPrefix(lit, delim) || len(lit) < 2*len(delim) {
		return "", fmt.Errorf("does not start with %s", delim)
	}
	var b strings.Builder
	body := lit[len(delim):]
	for i := 0; i < len(body); {
		if strings.HasPrefix(body[i:], delim) {
			if i+len(delim) != len(body) {
				return "", fmt.Errorf("the literal ends at byte %d, before its end", len(delim)+i)
			}
			return b.String(), nil
		}
		c := body[i]
		switch {
		case c == '\n' || c == '\r':
			return "", fmt.Errorf("line break at byte %d", len(delim)+i)
		case c != '\\':
			r, n := utf8.DecodeRuneInString(body[i:])
			if r == utf8.RuneError && n == 1 {
				return "", fmt.Errorf("invalid UTF-8 at byte %d", len(delim)+i)
			}
			b.WriteString(body[i : i+n])
			i += n
			continue
		}
		if i+1 >= len(body) {
			return "", fmt.Errorf("backslash at the end")
		}
		e := body[i+1]
		i += 2
		simple := map[byte]string{'\\': `\`, '"': `"`, '\'': `'`, 'a': "\a", 'b': "\b", 'f': "\f", 'n': "\n", 'r': "\r", 't': "\t", 'v': "\v"}
		if v, ok := simple[e]; ok {
			b.WriteString(v)
			continue
		}
		digits := map[byte]int{'x': 2, 'u': 4, 'U': 8}[e]
		if digits == 0 || i+digits > len(body) {
			return "", fmt.Errorf("escape \\%c is not one this escaper writes", e)
		}
		v, err := strconv.ParseUint(body[i:i+digits], 16, 32)
		if err != nil || strings.ToLower(body[i:i+digits]) != body[i:i+digits] {
			return "", fmt.Errorf("bad escape \\%c%s", e, body[i:i+digits])
		}
		i += digits
		switch r := rune(v); {
		case 0xDC80 <= r && r <= 0xDCFF:
			b.WriteByte(byte(r - 0xDC00))
		case 0xD800 <= r && r <= 0xDFFF, r > unicode.MaxRune:
			return "", fmt.Errorf("escape of %U, which is no character", r)
		default:
			b.WriteRune(r)
		}
	}
	return "", fmt.Errorf("unterminated")
}

// TestPythonLiteralsInPython has Python itself read every seed's literal
// and docstring back.
func TestPythonLiteralsInPython(t *testing.T) {
	py := conformance.Require(t, "python3")
	var src strings.Builder
	src.WriteString("import sys\nfor s in [\n")
	for _, s := range pySeeds {
		fmt.Fprintf(&src, "    %s,\n", PythonString(s))
		fmt.Fprintf(&src, "    %s,\n", PythonDocstring(s))
	}
	src.WriteString("]:\n    sys.stdout.write(s.encode('utf-8', 'surrogateescape').hex() + '\\n')\n")
	cmd := exec.Command(py, "-W", "error", "-c", src.String())
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("python3: %v\n%s\nsource:\n%s", err, out, src.String())
	}
	var want strings.Builder
	for _, s := range pySeeds {
		fmt.Fprintf(&want, "%s\n%s\n", hex.EncodeToString([]byte(s)), hex.EncodeToString([]byte(s)))
	}
	if string(out) != want.String() {
		t.Errorf("Python reads the literals back differently:\ngot:\n%s\nwant:\n%s", out, want.String())
	}
}

func TestPythonDocText(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ``},
		{`"{pathname}" created.`, `\"{pathname}" created.`},
		{`Challenge is "{challenge}"`, `Challenge is "{challenge}\"`},
		{`a""b`, `a\""b`},
		{`trailing \`, `trailing \\`},
		{"ls\u2028ps\u2029", `ls\u2028ps\u2029`},
	} {
		if got := PythonDocText(tc.in); got != tc.want {
			t.Errorf("PythonDocText(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

// FuzzPythonDocText checks that a docstring built around PythonDocText,
// with a double quote right before and after it, reads back as the text.
func FuzzPythonDocText(f *testing.F) {
	addSeeds(f, pySeeds...)
	f.Fuzz(func(t *testing.T, s string) {
		lit := `"""Text ` + "``\"" + PythonDocText(s) + "\"``" + `."""`
		checkPyLiteral(t, "PythonDocText", "Text ``\""+s+"\"``.", lit, `"""`)
	})
}
