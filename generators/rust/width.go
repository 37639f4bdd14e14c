package rust

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ftpcodes/ftpcodes/generators"
)

// wrapStrings breaks every string literal that takes a line of src past
// generators.MaxColumns, the way rustfmt's format_strings does: after a
// space, with a backslash that ends the line, and the rest aligned one
// column after the opening quote. A backslash at the end of a line skips
// the line break and the next line's leading whitespace, so the value is
// unchanged: the break is only made after a space and before a character
// that is not whitespace, and the space stays before the backslash.
// rustfmt leaves a literal's text as it is, so the crate still passes
// cargo fmt --check.
func wrapStrings(src string) string {
	lines := strings.Split(src, "\n")
	out := make([]string, 0, len(lines))
	fenced := false
	for _, line := range lines {
		doc := strings.TrimLeft(line, " ")
		switch {
		case strings.HasPrefix(doc, "/// ```") || strings.HasPrefix(doc, "//! ```"):
			fenced = !fenced
			out = append(out, line)
		case strings.HasPrefix(doc, "/// ") || strings.HasPrefix(doc, "//! "):
			if fenced {
				out = append(out, line)
			} else {
				out = append(out, wrapDoc(line, line[:len(line)-len(doc)+4])...)
			}
		default:
			out = append(out, wrapLine(line)...)
		}
	}
	return strings.Join(out, "\n")
}

// wrapLine breaks the string literal of line that takes it past the
// width, in rustfmt's layout for a literal of several lines: a struct
// field's value on the lines after the field's name, a call's argument
// on lines of its own, each indented four more columns than line.
// It returns line as it is when it fits or has no such literal.
func wrapLine(line string) []string {
	if columns(line) <= generators.MaxColumns {
		return []string{line}
	}
	open, end := literal(line)
	if open < 0 {
		return []string{line}
	}
	before, text, tail := strings.TrimRight(line[:open], " "), line[open:end+1], line[end+1:]
	base := line[:len(line)-len(strings.TrimLeft(line, " "))]
	inner := base + "    "
	if arrow := strings.Index(before+" ", " => "); arrow >= 0 && !strings.Contains(before[:arrow], `"`) {
		// A match arm: its body in a block when it fits there, else the
		// literal broken where it stands.
		arm, body := before[:arrow+3], strings.TrimSuffix(line[arrow+4:], ",")
		if columns(inner+body) <= generators.MaxColumns {
			return []string{arm + " {", inner + body, base + "}"}
		}
		if before == arm {
			return append(append([]string{arm + " {"}, split(inner, text, strings.TrimSuffix(tail, ","), generators.MaxColumns)...), base+"}")
		}
	}
	switch {
	case strings.HasSuffix(before, ":"):
		// rustfmt puts the value on the next line when it fits there
		// whole, else leaves it after the name when its first line fits
		// with a column to spare.
		if columns(inner+text+tail) <= generators.MaxColumns {
			return []string{before, inner + text + tail}
		}
		if parts := concat(inner, text); parts != nil && !strings.Contains(text, " ") {
			return append(append([]string{before + " concat!("}, parts...), base+")"+tail)
		}
		return split(before+" ", text, tail, generators.MaxColumns-1)
	case strings.HasSuffix(before, "(") && strings.HasPrefix(tail, ")"):
		return append(append([]string{before}, split(inner, text, ",", generators.MaxColumns)...), base+tail)
	}
	return []string{line}
}

// split breaks the literal text, written after head and followed by
// tail, into lines that fit (the first in first columns), each but the
// last ending with a backslash, the continuations aligned one column
// after the opening quote.
func split(head, text, tail string, first int) []string {
	cont := strings.Repeat(" ", columns(head)+1)
	var lines []string
	head, body := head+`"`, text[1:len(text)-1]
	for width := first; ; width = generators.MaxColumns {
		cut := breakAt(head, body, `"`+tail, width)
		if cut < 0 {
			break
		}
		lines = append(lines, head+body[:cut]+`\`)
		head, body = cont, body[cut:]
	}
	return append(lines, head+body+`"`+tail)
}

// breakAt returns where body, the text of a literal after head, is to be
// broken so that head, the text before the break and a backslash fit in
// width columns: the last place after a space and before a character that
// is not whitespace (which the continuation would skip), or -1 when the
// rest, with tail, already fits or no such place fits.
func breakAt(head, body, tail string, width int) int {
	if columns(head+body+tail) <= generators.MaxColumns {
		return -1
	}
	cut := -1
	for i := 1; i < len(body); i++ {
		if next, _ := utf8.DecodeRuneInString(body[i:]); body[i-1] != ' ' || unicode.IsSpace(next) {
			continue
		}
		if columns(head+body[:i]+`\`) > width {
			break
		}
		cut = i
	}
	return cut
}

// literal returns the byte offsets of the opening and closing quote of
// the first string literal of line, or -1, -1 when line has none before a
// comment (or has a raw string or a character literal, which this simple
// scan does not read).
func literal(line string) (open, end int) {
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '/':
			if strings.HasPrefix(line[i:], "//") {
				return -1, -1
			}
		case '\'':
			return -1, -1
		case '#':
			return -1, -1
		case '"':
			if i > 0 && line[i-1] == 'r' {
				return -1, -1
			}
			for j := i + 1; j < len(line); j++ {
				switch line[j] {
				case '\\':
					j++
				case '"':
					return i, j
				}
			}
			return -1, -1
		}
	}
	return -1, -1
}

// concat splits text, a literal with no space to break at, into two
// literals of concat!'s arguments on lines of their own after indent:
// after its last slash that lets the first fit. It returns nil when
// there is no such slash or the rest does not fit either.
func concat(inner, text string) []string {
	body := text[1 : len(text)-1]
	for i := len(body) - 1; i > 0; i-- {
		first, rest := inner+`"`+body[:i+1]+`",`, inner+`"`+body[i+1:]+`",`
		if body[i] != '/' || columns(first) > generators.MaxColumns {
			continue
		}
		if columns(rest) > generators.MaxColumns {
			return nil
		}
		return []string{first, rest}
	}
	return nil
}

// wrapDoc breaks a line of a doc comment that is too wide into lines that
// fit, each starting with prefix (the indentation and "/// "): at a space
// after which the next line cannot start a Markdown block (a heading, a
// quote, a list item, a fence) or a code span's run of backticks, so
// rustdoc renders the same text (a line break in a paragraph or a code
// span is a space).
func wrapDoc(line, prefix string) []string {
	var lines []string
	for columns(line) > generators.MaxColumns {
		cut := -1
		for i := len(prefix) + 1; i < len(line)-1; i++ {
			if line[i] != ' ' || line[i-1] == ' ' || line[i+1] == ' ' || !startsLine(line[i+1:]) {
				continue
			}
			if columns(line[:i]) > generators.MaxColumns {
				break
			}
			cut = i
		}
		if cut < 0 {
			break
		}
		lines = append(lines, line[:cut])
		line = prefix + line[cut+1:]
	}
	return append(lines, line)
}

// startsLine reports whether text can start a line of a paragraph
// without starting a Markdown block.
func startsLine(text string) bool {
	switch text[0] {
	case '#', '>', '-', '+', '*', '=', '`', '|', '<', '~', '_':
		return false
	}
	i := 0
	for i < len(text) && text[i] >= '0' && text[i] <= '9' {
		i++
	}
	return i == 0 || i == len(text) || (text[i] != '.' && text[i] != ')')
}

// columns is the width of s as rustfmt measures it: Unicode's display
// width, two columns for an East Asian wide or fullwidth character or an
// emoji, one for any other (the literals escape control and zero-width
// characters). A line that fits by this measure fits by
// generators.Columns too.
func columns(s string) int {
	n := 0
	for _, r := range s {
		n++
		if wide(r) {
			n++
		}
	}
	return n + 3*strings.Count(s, "\t")
}

// wide reports whether r takes two columns: the blocks of East Asian Wide
// and Fullwidth characters and of emoji.
func wide(r rune) bool {
	switch {
	case r >= 0x1100 && r <= 0x115F, r >= 0x2E80 && r <= 0x303E, r >= 0x3041 && r <= 0x33FF,
		r >= 0x3400 && r <= 0x4DBF, r >= 0x4E00 && r <= 0x9FFF, r >= 0xA000 && r <= 0xA4CF,
		r >= 0xAC00 && r <= 0xD7A3, r >= 0xF900 && r <= 0xFAFF, r >= 0xFE30 && r <= 0xFE4F,
		r >= 0xFF00 && r <= 0xFF60, r >= 0xFFE0 && r <= 0xFFE6, r >= 0x1F300 && r <= 0x1F64F,
		r >= 0x1F900 && r <= 0x1F9FF, r >= 0x20000 && r <= 0x3FFFD:
		return true
	}
	return false
}
