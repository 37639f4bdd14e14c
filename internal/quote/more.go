package quote

import (
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// The escapers below serve user templates (ftpcodegen -template) for
// languages no built-in target writes; the built-in targets' own escapers
// are in the files named after their languages.

// GoString writes s as a double-quoted Go string literal that reads back
// as s, byte for byte (strconv.Quote): printable characters as they are,
// every other character (controls, U+2028 and U+2029, format characters)
// and every byte of invalid UTF-8 as an escape.
func GoString(s string) string { return strconv.Quote(s) }

// KotlinString writes s as a double-quoted Kotlin string literal of
// printable ASCII that reads back as s: the backslash, the double quote
// and the dollar sign (which would start a string template, "$x" or
// "${x}") are escaped, \t \n \r \b are written so, and every other
// character outside printable ASCII as \uXXXX (a surrogate pair beyond
// U+FFFF). Each byte of invalid UTF-8 becomes U+FFFD.
func KotlinString(s string) string { return uString(s, "$") }

// CSharpString writes s as a double-quoted C# regular string literal of
// printable ASCII that reads back as s: the backslash and the double quote
// are escaped, \t \n \r \b are written so, and every other character
// outside printable ASCII as \uXXXX (a surrogate pair beyond U+FFFF); never
// \x, whose length varies. Each byte of invalid UTF-8 becomes U+FFFD.
func CSharpString(s string) string { return uString(s, "") }

// uString writes s as a double-quoted literal of printable ASCII with
// \uXXXX escapes, the escapes Kotlin, C# and Java share after the
// backslash; also is the other characters that need a backslash.
func uString(s, also string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\' || r < 0x80 && strings.ContainsRune(also, r):
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\b':
			b.WriteString(`\b`)
		case 0x20 <= r && r < 0x7F:
			b.WriteRune(r)
		case r > 0xFFFF:
			hi, lo := utf16.EncodeRune(r)
			writeUnicodeEscape(&b, hi)
			writeUnicodeEscape(&b, lo)
		default:
			writeUnicodeEscape(&b, r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// ShellQuote writes s as one word of the POSIX shell that expands to s
// itself: between single quotes, within which nothing is special, each
// single quote of s closing the quotes, escaped, and opening them again:
//
//	it's -> 'it'\''s'
func ShellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// LuaString writes s as a double-quoted Lua string literal (Lua 5.1 to
// 5.4) that reads back as the same bytes: the backslash and the double
// quote are escaped, \n \r \t are written so, and every other byte that
// is not visible text is written as a three-digit decimal escape, \ddd,
// which a digit that follows cannot lengthen: control bytes (C0 and DEL),
// the UTF-8 bytes of C1 controls, of U+2028 and U+2029 and of format
// characters (bidi controls, zero-width spaces), and bytes of invalid
// UTF-8. Other text, non-ASCII letters and emoji among them, is written as
// it is: a Lua string is bytes, and its source may be UTF-8.
func LuaString(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == utf8.RuneError && n == 1 || jsEscaped(r):
			for _, c := range []byte(s[i : i+n]) {
				b.WriteString(`\` + strconv.Itoa(1000 + int(c))[1:])
			}
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	b.WriteByte('"')
	return b.String()
}

// LineComment makes s safe as the text of a line comment in any language
// that has one (#, //, --, ;): every line terminator (LF, CR, VT, FF,
// U+0085, U+2028, U+2029), every other control character and every
// bidirectional control becomes a space, so that the text stays on its
// line and cannot reorder the code around it on screen. In C and C++, use
// ccomment instead: there a // comment that ends in a backslash goes on
// to the next line. Comments are for people: the result need not
// round-trip.
func LineComment(s string) string { return commentLine(s) }
