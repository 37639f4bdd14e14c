package python

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/ftpcodes/ftpcodes/internal/quote"
	"github.com/ftpcodes/ftpcodes/spec"
)

// lineLength is black's default line length, which no line of the module
// exceeds.
const lineLength = 88

// blackCall lays out head(args)tail, indented by indent spaces, as black
// does, so that the module is left as it is by black: on one line if it
// fits; else with the arguments on a line of their own between head( and
// )tail, with a trailing comma for a def's single parameter; else one
// argument a line, each with a trailing comma. The statement lines that
// follow are indented by indent; the text returned has no indent on its
// first line, which the template indents.
func blackCall(indent int, head string, args []string, tail string, def bool) string {
	pad := strings.Repeat(" ", indent)
	one := head + "(" + strings.Join(args, ", ") + ")" + tail
	if indent+len(one) <= lineLength && !strings.Contains(one, "\n") {
		return one
	}
	body := strings.Join(args, ", ")
	if def && len(args) == 1 {
		body += ","
	}
	if indent+4+len(body) <= lineLength && !strings.Contains(body, "\n") {
		return head + "(\n" + pad + "    " + body + "\n" + pad + ")" + tail
	}
	var b strings.Builder
	b.WriteString(head + "(\n")
	for _, a := range args {
		b.WriteString(pad + "    " + a + ",\n")
	}
	b.WriteString(pad + ")" + tail)
	return b.String()
}

// field writes head, the string literal of s and tail, as in
// `description="...",` at indent spaces: on one line if it fits, else with
// the literal split at spaces into pieces, one a line between parentheses,
// which Python joins, as one writes a long string by hand:
//
//	description=(
//	    "The first words "
//	    "and the rest."
//	),
//
// The text returned has no indent on its first line.
func field(indent int, head, s, tail string) string {
	if lit := quote.PythonString(s); indent+len(head)+len(lit)+len(tail) <= lineLength {
		return head + lit + tail
	}
	pad := strings.Repeat(" ", indent)
	var b strings.Builder
	b.WriteString(head + "(\n")
	for _, piece := range pieces(s, lineLength-indent-4) {
		b.WriteString(pad + "    " + quote.PythonString(piece) + "\n")
	}
	b.WriteString(pad + ")" + tail)
	return b.String()
}

// pieces splits s into pieces whose literals are at most width columns:
// after a space where it can, else after a slash, else where the width
// ends. Joined, they are s.
func pieces(s string, width int) []string {
	var out []string
	for s != "" {
		if len(quote.PythonString(s)) <= width {
			out = append(out, s)
			break
		}
		// cut is the longest prefix whose literal fits, at a rune boundary.
		// The literal of a prefix is its runes' escapes, each of which
		// depends on that rune only, between quotes: "" or '', whichever
		// leaves fewer quotes to escape (quote.PythonString).
		cut, w, dq, sq := 0, len(`""`), 0, 0
		for i, r := range s {
			if i > 0 && w+min(dq, sq) > width {
				break
			}
			cut = i
			_, n := utf8.DecodeRuneInString(s[i:])
			w += len(quote.PythonString(s[i:i+n])) - len(`""`)
			switch r {
			case '"':
				dq++
			case '\'':
				sq++
			}
		}
		if cut == 0 {
			_, cut = utf8.DecodeRuneInString(s)
		}
		if i := strings.LastIndexByte(s[:cut], ' '); i > 0 {
			cut = i + 1
		} else if i := strings.LastIndexByte(s[:cut], '/'); i > 0 {
			cut = i + 1
		}
		out = append(out, s[:cut])
		s = s[cut:]
	}
	return out
}

// doc writes text as a docstring at indent spaces: """text""" on one line
// if it fits, else wrapped at spaces within the line length, its closing
// quotes on a line of their own. The text returned has no indent on its
// first line.
func doc(indent int, text string) string {
	body := quote.PythonDocText(text)
	if indent+len(body)+6 <= lineLength {
		return `"""` + body + `"""`
	}
	return `"""` + wrapText(indent, 3, body) + "\n" + strings.Repeat(" ", indent) + `"""`
}

// wrap writes text, escaped for a docstring, wrapped at spaces to lines
// indented by indent spaces, the first of which starts first columns
// further on (after what the template writes before it). The text returned
// has no indent on its first line.
func wrap(indent, first int, text string) string {
	return wrapText(indent, first, quote.PythonDocText(text))
}

func wrapText(indent, first int, body string) string {
	pad := strings.Repeat(" ", indent)
	var b strings.Builder
	col := indent + first
	for i, w := range words(body, lineLength-indent) {
		switch {
		case i == 0:
		case col+1+len(w) > lineLength:
			b.WriteString("\n" + pad)
			col = indent
		default:
			b.WriteByte(' ')
			col++
		}
		b.WriteString(w)
		col += len(w)
	}
	return b.String()
}

// observedTuple writes a tuple of ObservedReply, the line it starts on
// indented by indent spaces, as black lays it out: one reply a line, and
// in each one Evidence a line, with trailing commas.
func observedTuple(indent int, os []*spec.Observed) string {
	if len(os) == 0 {
		return "()"
	}
	pad := strings.Repeat(" ", indent)
	var b strings.Builder
	b.WriteString("(\n")
	for _, o := range os {
		fmt.Fprintf(&b, "%s    ObservedReply(\n%s        FTPReply.%s,\n%s        (\n", pad, pad, o.Reply.Name.UpperSnake, pad)
		for _, e := range o.Evidence {
			args := []string{
				field(indent+16, "", e.Server.String(), ""),
				field(indent+16, "", e.At(), ""),
			}
			fmt.Fprintf(&b, "%s            %s\n", pad, blackCall(indent+12, "Evidence", args, ",", false))
		}
		fmt.Fprintf(&b, "%s        ),\n%s    ),\n", pad, pad)
	}
	b.WriteString(pad + ")")
	return b.String()
}

// words splits a docstring's text at spaces, keeping an inline literal
// (a command's syntax between double backquotes) in one piece where it
// fits in width.
func words(body string, width int) []string {
	var out []string
	open := false
	for _, w := range strings.Split(body, " ") {
		if open && len(out[len(out)-1])+1+len(w) <= width {
			out[len(out)-1] += " " + w
		} else {
			out = append(out, w)
		}
		if n := strings.Count(w, "``"); n%2 == 1 {
			open = !open
		}
	}
	return out
}
