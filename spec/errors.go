package spec

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// Error is one problem found in a table: where it is, which key it concerns,
// what is wrong and how to fix it.
type Error struct {
	File      string
	Line, Col int    // 1-based; 0 when unknown
	Key       string // key path such as "reply.227.text"; empty for syntax errors
	Msg       string
}

func (e *Error) Error() string {
	var b strings.Builder
	if strings.ContainsFunc(e.File, func(r rune) bool { return !unicode.IsPrint(r) }) {
		b.WriteString(strconv.Quote(e.File)) // a hostile name stays on its line
	} else {
		b.WriteString(e.File)
	}
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Col > 0 {
			fmt.Fprintf(&b, ":%d", e.Col)
		}
	}
	b.WriteString(": ")
	if e.Key != "" {
		b.WriteString(e.Key + ": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Errors is every problem found in one table, in source order. Parse returns
// it as its error when there is at least one.
type Errors []*Error

func (es Errors) Error() string {
	msgs := make([]string, len(es))
	for i, e := range es {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "\n")
}

func (es Errors) sorted() Errors {
	sort.SliceStable(es, func(i, j int) bool {
		a, b := es[i], es[j]
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
	return es
}

// syntaxError turns the TOML decoder's error in src into an Error.
func syntaxError(file, src string, err error) Errors {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		msg := printable(pe.Message)
		if pe.LastKey != "" {
			msg += fmt.Sprintf(" (after key %q)", pe.LastKey)
		}
		line, col := pe.Position.Line, pe.Position.Col
		if start := pe.Position.Start; start > 0 || line <= 1 {
			// The decoder's byte offset is right where its line is not
			// (line 0 for an escape cut off by the end of the file, the
			// next line for an unexpected newline): count from the offset,
			// columns in characters as for every other error.
			start = max(0, min(start, len(src))) // -1 for an error at the very start
			line = 1 + strings.Count(src[:start], "\n")
			col = 1 + utf8.RuneCountInString(src[strings.LastIndexByte(src[:start], '\n')+1:start])
		}
		return Errors{{File: file, Line: line, Col: col, Msg: "invalid TOML: " + msg}}
	}
	return Errors{{File: file, Msg: "invalid TOML: " + printable(strings.TrimPrefix(err.Error(), "toml: "))}}
}

// printable writes the control characters of a decoder's message, such as
// the NUL it quotes for an escape cut off by the end of the file, as Go
// escapes, so that the message is one line of visible text.
func printable(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsPrint(r) {
			b.WriteRune(r)
		} else {
			q := strconv.QuoteRune(r) // '\x00'
			b.WriteString(q[1 : len(q)-1])
		}
	}
	return b.String()
}
