package quote

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// PythonString writes s as a Python 3 string literal that reads back as s.
// It is double-quoted unless s holds more double quotes than single ones:
// then it is single-quoted, as PEP 8 asks ("use the other one to avoid
// backslashes") and as black and ruff write it, so that formatting the
// generated code changes nothing. Besides that quote and the backslash, it
// escapes every character that is not visible: controls (C0, DEL, C1 and
// so U+0085), the separators U+2028 and U+2029, format characters such as
// U+200B and U+FEFF, spaces other than U+0020, private-use and unassigned
// code points. Everything else, non-ASCII letters and emoji among them, is
// written as it is: Python 3 source is UTF-8. The result is one line.
//
// Escapes are \\, \" or \' (whichever quotes the literal), \t \n \r, \xhh
// below U+0100, \uhhhh and \Uhhhhhhhh, in lower-case hex as Python's repr
// writes them. A byte of invalid UTF-8 becomes the lone surrogate \udc80
// to \udcff, as Python's surrogateescape error handler decodes it, so that
// s.encode("utf-8", "surrogateescape") gives the bytes back.
func PythonString(s string) string {
	q := byte('"')
	if strings.Count(s, `"`) > strings.Count(s, "'") {
		q = '\''
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(q)
	pyEscape(&b, s, q, func(string, int) bool { return true })
	b.WriteByte(q)
	return b.String()
}

// PythonDocstring writes s as a triple-quoted docstring, """s""", that
// reads back as s, with the escapes of PythonString. To keep the text
// readable it escapes a double quote only where it could end the literal:
// at the start or end of s, or before another double quote, so the body
// never holds two double quotes in a row, and """ never appears in it.
func PythonDocstring(s string) string {
	return `"""` + PythonDocText(s) + `"""`
}

// PythonDocText writes s for a place inside a triple-quoted docstring,
// among text the generator writes, with the escapes of PythonDocstring: a
// double quote at the start or end of s, or before another, gets a
// backslash, so that neither s nor s with the quotes around it can end the
// literal, and s ends in no backslash that could escape what follows. The
// result is one line.
func PythonDocText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	pyEscape(&b, s, '"', func(s string, i int) bool {
		return i == 0 || i+1 == len(s) || s[i+1] == '"'
	})
	return b.String()
}

// pyEscape writes s escaped for the inside of a literal quoted with q.
// escQuote reports whether the quote at s[i] needs a backslash.
func pyEscape(b *strings.Builder, s string, q byte, escQuote func(s string, i int) bool) {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(b, `\u%04x`, 0xDC00+int(s[i])) // surrogateescape
		case r == '\\':
			b.WriteString(`\\`)
		case r == rune(q):
			if escQuote(s, i) {
				b.WriteByte('\\')
			}
			b.WriteByte(q)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == ' ' || unicode.IsPrint(r):
			b.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(b, `\x%02x`, r)
		case r < 0x10000:
			fmt.Fprintf(b, `\u%04x`, r)
		default:
			fmt.Fprintf(b, `\U%08x`, r)
		}
		i += n
	}
}
