package quote

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// CString returns s as a C99 string literal, double quotes included, that
// is also a valid C++ literal and reads back as the same bytes.
//
// The literal is plain ASCII, so the header it lands in means the same in
// every source character set a compiler may assume. Printable ASCII stands
// for itself except '"' and '\', which are escaped. Every other byte,
// including each byte of a multi-byte UTF-8 sequence, is a three-digit
// octal escape: an octal escape ends after three digits, so a digit that
// follows cannot join it, as it would join a \x escape. A '?' next to
// another '?' is written \? so that no trigraph (??= ??/ ...) can form.
func CString(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '?':
			if i > 0 && s[i-1] == '?' || i+1 < len(s) && s[i+1] == '?' {
				b.WriteString(`\?`)
			} else {
				b.WriteByte('?')
			}
		case ' ' <= c && c <= '~':
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, `\%03o`, c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// CComment returns s as a complete one-line C block comment, "/* s */",
// with s made harmless: the result is one line of printable ASCII, holds
// no "*/" and no "/*" but its own (gcc warns about "/*" inside a comment),
// and no "??", so no trigraph forms (??/ would be a backslash, and one at
// a line end would splice the next line). A trailing backslash cannot
// splice lines either, since the closing "*/" follows it on the same line.
// Characters other than printable ASCII are written <U+XXXX>. The comment
// is for readers only; nothing reads it back, so no escaping is reversible.
func CComment(s string) string {
	var b strings.Builder
	b.WriteString("/* ")
	prev := byte(' ') // the last byte written inside the comment
	put := func(t string) {
		for i := 0; i < len(t); i++ {
			c := t[i]
			if c == '/' && prev == '*' || c == '*' && prev == '/' || c == '?' && prev == '?' {
				b.WriteByte(' ')
			}
			b.WriteByte(c)
			prev = c
		}
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			put(fmt.Sprintf("<byte %02X>", s[i]))
		case ' ' <= r && r <= '~':
			put(string(r))
		default:
			put(fmt.Sprintf("<U+%04X>", r))
		}
		i += n
	}
	b.WriteString(" */")
	return b.String()
}
