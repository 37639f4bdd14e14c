package quote

import "strings"

// MarkdownText returns s as inline Markdown text (CommonMark and GitHub
// Flavored Markdown) that renders as s itself, in a paragraph, a list item
// or a table cell: every character that could start markup is escaped
// with a backslash (CommonMark lets any ASCII punctuation be escaped so):
// \ ` * _ [ ] < > | ~ & # (a heading's closing #s would be dropped) and,
// at the start, + - = and the "1. " or "1) " of an ordered list. Line breaks become spaces: a text is one line, and a
// break would end a table row.
func MarkdownText(s string) string {
	s = oneLine(s)
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case strings.IndexByte("\\`*_[]<>|~&#", c) >= 0:
			b.WriteByte('\\')
			b.WriteByte(c)
		case i == 0 && strings.IndexByte("+-=", c) >= 0:
			b.WriteByte('\\')
			b.WriteByte(c)
		case (c == '.' || c == ')') && i > 0 && allDigits(s[:i]) && (i+1 == len(s) || s[i+1] == ' '):
			b.WriteByte('\\')
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// MarkdownCode returns s as a Markdown code span that renders as s: fenced
// by one more backtick than the longest run of backticks in s, padded with
// a space inside when s is empty or starts or ends with a backtick
// (CommonMark strips one such space from each side). Line breaks become spaces. In a table
// cell, give MarkdownCell's result instead: a pipe ends a cell even in a
// code span.
func MarkdownCode(s string) string {
	return codeSpan(oneLine(s))
}

// codeSpan returns s, one line, as a CommonMark code span: between
// backtick fences longer than any run of backticks in s, with a space
// inside each fence where s would touch it with a backtick or is empty.
func codeSpan(s string) string {
	run, longest := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	if s == "" || strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		s = " " + s + " "
	}
	return fence + s + fence
}

// MarkdownCell returns s as a code span for a GitHub Flavored Markdown
// table cell: MarkdownCode with each pipe escaped, which the table's
// parser unescapes before the span is read.
func MarkdownCell(s string) string {
	return strings.ReplaceAll(MarkdownCode(s), "|", `\|`)
}

// oneLine replaces every line terminator in s (LF, CR, VT, FF, U+0085,
// U+2028, U+2029) with a space.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '\n', '\r', '\v', '\f', '\u0085', '\u2028', '\u2029':
			return ' '
		}
		return r
	}, s)
}
