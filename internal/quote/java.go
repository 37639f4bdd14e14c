package quote

import (
	"fmt"
	"strings"
	"unicode/utf16"
)

// JavaString writes s as a double-quoted Java string literal of printable
// ASCII only: the backslash and the double quote are escaped, \b \t \n \f
// \r are written so, every other control character (C0 and DEL) as a
// three-digit octal escape, and every character outside ASCII as \uXXXX
// (a pair of them, UTF-16 surrogates, beyond U+FFFF). javac translates \u
// escapes before it reads the literal, so \u is never used for a character
// that would end or break the literal there (LF, CR, the quote, the
// backslash): those have escapes of their own. A backslash in s is
// written \\, which javac's translation leaves alone, so a text holding
// "\u" reads back as it is. Each byte of invalid UTF-8 in s becomes U+FFFD.
func JavaString(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\b':
			b.WriteString(`\b`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\f':
			b.WriteString(`\f`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7F:
			fmt.Fprintf(&b, `\%03o`, r)
		case r < 0x7F:
			b.WriteRune(r)
		case r > 0xFFFF:
			hi, lo := utf16.EncodeRune(r)
			fmt.Fprintf(&b, `\u%04x\u%04x`, hi, lo)
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// JavaDoc makes s safe as HTML text on one line of a /** ... */ Javadoc
// comment: every control character and every character outside ASCII
// becomes an HTML character reference, so the comment is ASCII, stays on
// its line, and holds no \u for javac to translate (the backslash is
// &#92;); "*/" cannot close the comment ("/" is &#47; after "*"); "@"
// (&#64;) starts no block or inline tag; and "<", ">" and "&" are
// references, so the text is text. Each byte of invalid UTF-8 in s becomes
// U+FFFD.
func JavaDoc(s string) string {
	var b strings.Builder
	prev := rune(0)
	for _, r := range s {
		switch {
		case r < 0x20 || r == 0x7F:
			b.WriteByte(' ')
		case r == '\\', r == '@', r == '<', r == '>', r == '&', r == '/' && prev == '*', r > 0x7F:
			fmt.Fprintf(&b, "&#%d;", r)
		default:
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}

// JavaCode writes s as Javadoc code: {@code s}, which shows s as it is
// written (< and > too), when s is printable ASCII with no backslash
// (javac reads \u escapes in comments), no @, no */ and only balanced
// braces; otherwise <code>...</code> with s made safe as JavaDoc makes it
// and its braces as references, which <code> renders.
func JavaCode(s string) string {
	d := JavaDoc(s)
	if codeSafe(s) {
		return "{@code " + s + "}"
	}
	return "<code>" + strings.NewReplacer("{", "&#123;", "}", "&#125;").Replace(d) + "</code>"
}

// codeSafe reports whether s can be written {@code s}.
func codeSafe(s string) bool {
	if strings.Contains(s, "*/") {
		return false
	}
	depth := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20 || c >= 0x7F || c == '\\' || c == '@':
			return false
		case c == '{':
			depth++
		case c == '}':
			depth--
			if depth < 0 {
				return false
			}
		}
	}
	return depth == 0
}
