package golang

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dave/jennifer/jen"
)

// Comments are the one place where table text meets Go source outside a
// string literal, so every comment of the generated file is built here, one
// // line at a time, and handed to jennifer whole: jen.Comment renders a
// string that starts with "//" as it is, where a string with a newline would
// become a /* */ block that a "*/" in the text could close.
//
// What reaches a line is either
//   - a reply text, as a Go string literal (strconv.Quote: printable, one
//     line, every quote escaped), or
//   - prose (a title, a description, a source) escaped by commentText.
//
// Every line starts with "// ", so no text can make one a //go: or //line
// directive, which needs the marker at the very start of the comment; every
// paragraph and list item starts with fixed words, so no text can make one a
// "Deprecated:" notice or a heading; and wrap keeps gofmt from reading a
// wrapped line as a list item or a link definition. The tests check that
// gofmt leaves every generated comment as it was written.

// commentWidth is where doc comment paragraphs wrap, not counting "// ".
const commentWidth = 74

// commentText returns s as prose that is safe in a // comment: each rune
// that is not printable (unicode.IsPrint: line and paragraph separators,
// zero-width and other invisible characters, spaces other than U+0020) is
// written as its Go escape, \u2028 for instance, so that nothing can end
// the line, hide in it or be mistaken for indentation. Invalid UTF-8 bytes
// are written as \xff. See also noCurlyQuotes.
func commentText(s string) string {
	return noCurlyQuotes(printable(s))
}

// quoted returns s as a Go string literal for a comment.
func quoted(s string) string { return noCurlyQuotes(strconv.Quote(s)) }

// noCurlyQuotes breaks up each pair of backquotes or of single quotes, which
// gofmt turns into a curly quote in a doc comment, by writing the second of
// the pair as a Go escape, one that is still valid inside a quoted string.
func noCurlyQuotes(s string) string {
	s = strings.ReplaceAll(s, "''", `'\u0027`)
	return strings.ReplaceAll(s, "``", "`\\u0060")
}

// printable escapes what unicode.IsPrint refuses, and invalid UTF-8.
func printable(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case unicode.IsPrint(r):
			b.WriteRune(r)
		case r <= 0xFFFF:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
		i += n
	}
	return b.String()
}

// wrap breaks a paragraph of comment-safe text into lines of at most width
// bytes where it can, at spaces. Runs of spaces collapse: the lines of a
// doc comment paragraph never start with white space, which gofmt would
// take for a code block. No line but the first starts with a word that
// cannot start a line (canStartLine).
func wrap(text string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		switch {
		case line == "":
			line = w
		case len(line)+1+len(w) <= width || !canStartLine(w):
			line += " " + w
		default:
			lines = append(lines, line)
			line = w
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// canStartLine reports whether a wrapped line of a doc comment may start
// with the word w without gofmt reading the line as something else. In a
// list, a line that starts with a list marker ("-", "*", "+", "•", or a
// decimal number followed by "." or ")") would become an item of its own,
// and one that starts like a link definition, "[text]:", would be moved to
// the end of the comment.
func canStartLine(w string) bool {
	switch w {
	case "-", "*", "+", "•":
		return false
	}
	if strings.HasPrefix(w, "[") && strings.Contains(w, "]:") {
		return false
	}
	n := strings.TrimRight(w, ".)")
	if len(w)-len(n) != 1 || n == "" {
		return true
	}
	for _, c := range n {
		if c < '0' || c > '9' {
			return true
		}
	}
	return false
}

// docLines is a comment under construction.
type docLines []string

// para adds a paragraph, wrapped, after a blank comment line if it is not
// the first. text must be comment-safe.
func (d *docLines) para(text string) {
	if len(*d) > 0 {
		*d = append(*d, "")
	}
	*d = append(*d, wrap(text, commentWidth)...)
}

// blank adds a blank comment line, as before a list.
func (d *docLines) blank() { *d = append(*d, "") }

// item adds a list item in the layout gofmt gives doc comment lists, wrapped.
// A blank line before the first item of a list is the caller's (blank).
func (d *docLines) item(text string) {
	for i, l := range wrap(text, commentWidth-5) {
		if i == 0 {
			*d = append(*d, "  - "+l)
		} else {
			*d = append(*d, "    "+l)
		}
	}
}

// code renders the comment for jennifer, indented by a tab: gofmt lays
// comments out by the code they precede, and reformats those that start
// the raw source's lines as doc comments (go/doc/comment), which the
// comments written here need not: they are laid out as gofmt lays them
// out already. (TestGenerated has gofmt check that on the formatted file,
// where each top-level doc comment starts its line again.)
func (d docLines) code() jen.Code { return jen.Op("\t").Comment(d.String()) }

// String returns the comment: one "// " line each, "//" for the blank ones.
func (d docLines) String() string {
	var b strings.Builder
	for i, l := range d {
		if i > 0 {
			b.WriteByte('\n')
		}
		if l == "" {
			b.WriteString("//")
		} else {
			b.WriteString("// " + l)
		}
	}
	return b.String()
}

// lineComment is a comment at the end of a line, such as a struct field's.
// text is fixed, but is escaped all the same.
func lineComment(text string) jen.Code {
	return jen.Comment("// " + commentText(text))
}

// doc returns a one-paragraph comment.
func doc(format string, args ...any) jen.Code {
	return docText(format, args...).code()
}

// docText returns a one-paragraph comment as lines.
func docText(format string, args ...any) docLines {
	var d docLines
	d.para(fmt.Sprintf(format, args...))
	return d
}
