package quote

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// RustString writes s as a double-quoted Rust string literal. It escapes
// the backslash, the double quote, every control character (C0, DEL and
// C1), the line and paragraph separators U+2028 and U+2029, and every
// invisible format character (Unicode category Cf: bidi overrides, which
// rustc's deny-by-default text_direction_codepoint_in_literal lint refuses,
// zero-width spaces, the byte order mark), so that the literal is one line,
// holds nothing a reviewer cannot see, and reads back as s. Other
// characters, emoji among them, are written as they are. A Rust string is
// UTF-8, so each byte of invalid UTF-8 in s becomes U+FFFD, written
// \u{fffd}.
func RustString(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case 0:
			b.WriteString(`\0`)
		default:
			if rustEscaped(r) {
				fmt.Fprintf(&b, `\u{%x}`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

// rustEscaped reports whether r is written as \u{...} in a string literal.
func rustEscaped(r rune) bool {
	return r < 0x20 || 0x7F <= r && r <= 0x9F || r == '\u2028' || r == '\u2029' ||
		r == utf8.RuneError || unicode.Is(unicode.Cf, r)
}

// RustDoc makes s safe as Markdown text on one line of a /// documentation
// comment, which rustdoc renders with CommonMark: every control character,
// line terminator and format character (bidi controls among them, which
// rustc's text_direction_codepoint_in_comment lint refuses) becomes a
// space, so the text stays on its line and cannot reorder the code around
// it on screen; the characters that would start Markdown markup rustdoc
// warns about or renders (inline code, emphasis, links, HTML tags, entity
// references, headings, quotes, lists, tables) are escaped with a
// backslash, which CommonMark allows before any ASCII punctuation; and a
// bare URL becomes an autolink, as rustdoc's bare_urls lint asks. Comments
// are for people, not for reading back: the result need not round-trip.
func RustDoc(s string) string {
	s = rustCommentLine(s)
	var b strings.Builder
	for i, word := range strings.Split(s, " ") {
		if i > 0 {
			b.WriteByte(' ')
		}
		if url, tail, ok := bareURL(word); ok {
			b.WriteString("<" + url + ">")
			word = tail
		}
		for j := 0; j < len(word); j++ {
			c := word[j]
			switch {
			case strings.IndexByte("\\`*_[]<>&|~", c) >= 0:
				b.WriteByte('\\')
			case j == 0 && strings.IndexByte("#+-=!", c) >= 0:
				b.WriteByte('\\') // a heading, a list item or a setext underline at a line's start
			case (c == '.' || c == ')') && j == len(word)-1 && allDigits(word[:j]):
				b.WriteByte('\\') // "1." or "1)" would start a numbered list at a line's start
			}
			b.WriteByte(c)
		}
	}
	return b.String()
}

// bareURL reports whether word is an http or https URL, maybe followed by
// punctuation that ends a sentence, and splits it there. A URL with
// characters an autolink cannot hold is not one.
func bareURL(word string) (url, tail string, ok bool) {
	if !strings.HasPrefix(word, "http://") && !strings.HasPrefix(word, "https://") {
		return "", "", false
	}
	end := len(word)
	for end > 0 && strings.IndexByte(".,;:)!?'\"", word[end-1]) >= 0 {
		end--
	}
	url, tail = word[:end], word[end:]
	if strings.ContainsAny(url, "<>\\`") || strings.HasSuffix(url, "//") {
		return "", "", false
	}
	return url, tail, true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// RustCode writes s as a Markdown code span for a /// comment: between
// backtick fences longer than any run of backticks in s, with a space
// inside each fence where s would touch it with a backtick or is
// empty, after rustCommentLine. The text inside is not Markdown, so it needs
// no other escape.
func RustCode(s string) string {
	return codeSpan(rustCommentLine(s))
}

// rustCommentLine replaces line terminators, control characters and
// format characters in s with spaces, and invalid UTF-8 with U+FFFD.
func rustCommentLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || 0x7F <= r && r <= 0x9F || r == '\u2028' || r == '\u2029' || unicode.Is(unicode.Cf, r) {
			return ' '
		}
		return r
	}, s)
}

// RustIdent returns name, a lower_snake_case identifier, as Rust writes it
// for a function parameter or a struct field: a keyword (strict, reserved,
// or reserved by a later edition, such as gen) becomes a raw identifier,
// r#type, as prost and bindgen write one. self, super and crate cannot be
// raw identifiers; generators/rust.Reserved refuses them.
func RustIdent(name string) string {
	if rustKeywords[name] {
		return "r#" + name
	}
	return name
}

// rustKeywords are the keywords of every Rust edition up to 2024 that a
// lower_snake_case name can spell: strict, reserved for future use, and
// gen, which the 2024 edition reserves.
var rustKeywords = map[string]bool{
	"as": true, "async": true, "await": true, "break": true, "const": true, "continue": true,
	"crate": true, "dyn": true, "else": true, "enum": true, "extern": true, "false": true,
	"fn": true, "for": true, "if": true, "impl": true, "in": true, "let": true, "loop": true,
	"match": true, "mod": true, "move": true, "mut": true, "pub": true, "ref": true,
	"return": true, "self": true, "static": true, "struct": true, "super": true, "trait": true,
	"true": true, "type": true, "unsafe": true, "use": true, "where": true, "while": true,
	"abstract": true, "become": true, "box": true, "do": true, "final": true, "macro": true,
	"override": true, "priv": true, "typeof": true, "unsized": true, "virtual": true,
	"yield": true, "try": true, "gen": true,
}

// RustLineComment makes s safe as the text of a // comment in Rust, or a #
// comment in TOML: every line terminator, other control character and
// format character becomes a space, so that nothing after it can escape
// into code or reorder it on screen.
func RustLineComment(s string) string {
	return rustCommentLine(s)
}
