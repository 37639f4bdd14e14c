package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// JSString writes s as a double-quoted JavaScript (and TypeScript) string
// literal. It escapes the backslash, the double quote, every control
// character (C0, DEL and C1), the line and paragraph separators U+2028 and
// U+2029, and every invisible format character (Unicode category Cf: bidi
// overrides, zero-width spaces, the byte order mark), so that the literal is
// one line, holds nothing a reviewer cannot see, and reads back as s. Other
// characters, emoji among them, are written as they are.
//
// Only the escapes JSON also has are used (\" \\ \b \f \n \r \t \uXXXX), so
// the literal is valid JSON too. Single quotes, backquotes and "${" need no
// escape in a double-quoted literal and get none. A JavaScript string cannot
// hold bytes that are not UTF-8, so each byte of invalid UTF-8 in s becomes
// U+FFFD, as Go's []rune conversion does.
func JSString(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if jsEscaped(r) {
				writeUnicodeEscape(&b, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

// jsEscaped reports whether r is written as \uXXXX in a string literal.
// U+FFFD is, so that a byte of invalid UTF-8, which ranging over a string
// yields as U+FFFD, shows in the generated code.
func jsEscaped(r rune) bool {
	return r < 0x20 || 0x7F <= r && r <= 0x9F || r == '\u2028' || r == '\u2029' ||
		r == utf8.RuneError || unicode.Is(unicode.Cf, r)
}

func writeUnicodeEscape(b *strings.Builder, r rune) {
	const hex = "0123456789abcdef"
	if r > 0xFFFF { // a format character beyond the BMP: a surrogate pair
		r -= 0x10000
		writeUnicodeEscape(b, 0xD800+(r>>10))
		writeUnicodeEscape(b, 0xDC00+(r&0x3FF))
		return
	}
	b.WriteString(`\u`)
	for shift := 12; shift >= 0; shift -= 4 {
		b.WriteByte(hex[r>>shift&0xF])
	}
}

// JSDoc makes s safe as text inside a /** ... */ documentation comment
// (TSDoc or JSDoc), also right after a "*": "*/" cannot close the comment
// (it becomes "*\/", and a leading "/" becomes "\/"), "@"
// cannot start a block or inline tag such as @deprecated or {@link} (it
// becomes "\@", the TSDoc escape), and every line terminator, other control
// character and bidirectional control becomes a space, so that the text
// stays on the comment's line, behind its leading " * ", and cannot reorder
// the code around it on screen. Comments are for people, not for reading
// back: the result need not round-trip.
func JSDoc(s string) string {
	s = commentLine(s)
	s = strings.ReplaceAll(s, "@", `\@`)
	s = strings.ReplaceAll(s, "*/", `*\/`)
	if strings.HasPrefix(s, "/") {
		s = `\` + s
	}
	return s
}

// commentLine replaces line terminators, control characters and
// bidirectional controls in s with spaces, and invalid UTF-8 with U+FFFD.
func commentLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || 0x7F <= r && r <= 0x9F || r == '\u2028' || r == '\u2029' || unicode.Is(unicode.Bidi_Control, r) {
			return ' '
		}
		return r
	}, s)
}

// JSReserved reports whether name cannot name a binding (a parameter or a
// variable) in an ES module: a reserved word (ECMAScript's, strict mode's
// and a module's await), a literal, or arguments or eval, which strict mode
// forbids as binding names.
func JSReserved(name string) bool { return jsReserved[name] }

// jsReserved are the words JSReserved reports: ECMAScript's reserved words,
// those strict mode adds, await (reserved in a module), the literals null,
// true and false, and the strict-mode restricted names arguments and eval.
var jsReserved = map[string]bool{
	"await": true, "break": true, "case": true, "catch": true, "class": true,
	"const": true, "continue": true, "debugger": true, "default": true,
	"delete": true, "do": true, "else": true, "enum": true, "export": true,
	"extends": true, "false": true, "finally": true, "for": true,
	"function": true, "if": true, "import": true, "in": true,
	"instanceof": true, "new": true, "null": true, "return": true,
	"super": true, "switch": true, "this": true, "throw": true, "true": true,
	"try": true, "typeof": true, "var": true, "void": true, "while": true,
	"with": true, "yield": true,
	"implements": true, "interface": true, "let": true, "package": true,
	"private": true, "protected": true, "public": true, "static": true,
	"arguments": true, "eval": true,
}
