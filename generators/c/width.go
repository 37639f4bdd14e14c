package c

import (
	"strings"

	"github.com/ftpcodes/ftpcodes/generators"
)

// step is the indentation of a continuation line that is not aligned
// with an open bracket, and of a block in the header.
const step = "    "

// wrap breaks every line of the C header src that is wider than
// generators.MaxColumns the way its author would by hand, keeping every
// value: a trailing /* comment */ moves above its declaration, wrapped at
// spaces; a comment line wraps at spaces with the same prefix; code
// breaks after a comma or a binary operator outside literals, the rest
// aligned with the bracket it is in; and a string literal splits at a
// space into adjacent literals, which C concatenates. Inside a directive
// (a line from # to the last one ending in a backslash), every line it
// adds ends in " \" too.
func wrap(src string) string {
	lines := strings.Split(src, "\n")
	out := make([]string, 0, len(lines))
	directive, cont := false, false
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		body := strings.TrimLeft(line, " ")
		inMacro := directive || strings.HasPrefix(body, "#")
		// A wide line that an expression continues below takes the
		// lines that continue it, so that they are broken again as one.
		for !inMacro && generators.Columns(line) > generators.MaxColumns &&
			i+1 < len(lines) && continuedBy(line, lines[i+1]) {
			line += " " + strings.TrimLeft(lines[i+1], " ")
			i++
		}
		out = append(out, wrapLine(line, inMacro, cont)...)
		directive = inMacro && strings.HasSuffix(line, "\\")
		cont = !inMacro && endsInOperator(line)
	}
	return strings.Join(out, "\n")
}

// endsInOperator reports whether the code line ends in a binary operator
// after which its expression goes on below.
func endsInOperator(line string) bool {
	for _, op := range operators {
		if op != " : " && strings.HasSuffix(line, strings.TrimRight(op, " ")) {
			return true
		}
	}
	return false
}

// continuedBy reports whether next goes on with the expression of line:
// line ends in an operator and next is as deep or deeper, or line ends in
// a comma and next is deeper (the next parameter, not the next element
// of a list).
func continuedBy(line, next string) bool {
	depth := func(l string) int { return len(l) - len(strings.TrimLeft(l, " ")) }
	body := strings.TrimLeft(next, " ")
	if body == "" || strings.HasPrefix(body, "/") || strings.HasPrefix(body, "*") ||
		strings.HasPrefix(body, "#") || strings.HasSuffix(body, "\\") {
		return false
	}
	switch {
	case endsInOperator(line):
		return depth(next) >= depth(line)
	case strings.HasSuffix(line, ","):
		return depth(next) > depth(line)
	}
	return false
}

// wrapLine breaks line into lines that fit, as far as it can; inMacro
// reports that line belongs to a preprocessor directive, and cont that
// it goes on with an expression begun above.
func wrapLine(line string, inMacro, cont bool) []string {
	if generators.Columns(line) <= generators.MaxColumns {
		return []string{line}
	}
	body := strings.TrimLeft(line, " ")
	indent := line[:len(line)-len(body)]
	switch {
	case strings.HasPrefix(body, "* "), strings.HasPrefix(body, "// "):
		prefix := indent + body[:strings.Index(body, " ")+1]
		return words(prefix, body[len(prefix)-len(indent):], prefix)
	case strings.HasPrefix(body, "/* ") && strings.HasSuffix(body, " */") &&
		!strings.Contains(body[2:len(body)-2], "*/"):
		return block(indent, strings.TrimSuffix(strings.TrimPrefix(body, "/* "), " */"))
	}
	code, comment := splitComment(body)
	if comment != "" {
		return append(block(indent, comment), wrapLine(indent+code, inMacro, cont)...)
	}
	tail := ""
	if inMacro && strings.HasSuffix(body, " \\") {
		body, tail = strings.TrimSuffix(body, " \\"), " \\"
	}
	more := ""
	if inMacro {
		more = " \\"
	}
	head, rest, ok := breakCode(indent, body, generators.MaxColumns-len(more), cont)
	if !ok {
		return []string{line}
	}
	return append([]string{head + more}, wrapLine(rest+tail, inMacro, true)...)
}

// block returns text as a comment at indent: one line when it fits,
// else a block of lines " * " wrapped at spaces.
func block(indent, text string) []string {
	one := indent + "/* " + text + " */"
	if generators.Columns(one) <= generators.MaxColumns {
		return []string{one}
	}
	out := []string{indent + "/*"}
	out = append(out, words(indent+" * ", text, indent+" * ")...)
	return append(out, indent+" */")
}

// words wraps text at spaces into lines that start with first, then
// with next; a word longer than a line stays whole, and so does a word
// after one that ends in a backslash.
func words(first, text, next string) []string {
	var out []string
	line := first
	empty := true
	for _, w := range strings.Split(text, " ") {
		// A line never ends in a backslash, which would splice the next
		// line onto it.
		if !empty && !strings.HasSuffix(line, "\\") && generators.Columns(line+" "+w) > generators.MaxColumns {
			out = append(out, line)
			line, empty = next+w, false
			continue
		}
		if empty {
			line += w
		} else {
			line += " " + w
		}
		empty = false
	}
	return append(out, line)
}

// splitComment returns the code of body and the text of the /* comment */
// that ends it, or body and "" when it has none after code.
func splitComment(body string) (code, comment string) {
	if !strings.HasSuffix(body, " */") {
		return body, ""
	}
	for _, i := range unquoted(body) {
		if i > 0 && strings.HasPrefix(body[i:], " /* ") {
			text := body[i+4 : len(body)-3]
			if strings.Contains(text, "*/") {
				return body, ""
			}
			return body[:i], text
		}
	}
	return body, ""
}

// unquoted returns the positions of the bytes of body outside string and
// character literals.
func unquoted(body string) []int {
	var out []int
	lit := byte(0)
	for i := 0; i < len(body); i++ {
		switch c := body[i]; {
		case lit != 0 && c == '\\':
			i++
		case lit != 0 && c == lit:
			lit = 0
		case lit != 0:
		case c == '"' || c == '\'':
			lit = c
		default:
			out = append(out, i)
		}
	}
	return out
}

// operators are the binary operators code breaks after, each with its
// spaces.
var operators = []string{" || ", " && ", " ? ", " : ", " = ", " + "}

// breakCode splits the code body (at indent) into a first line of at most
// width columns and the rest, indented: after a comma or operator outside
// literals that lets the first line fit, the one inside the fewest
// brackets and of those the last; else inside a string literal, after
// the last space that lets the first line fit.
func breakCode(indent, body string, width int, cont bool) (head, rest string, ok bool) {
	type point struct {
		at, skip int // the first line is body[:at]; the rest starts at at+skip
		depth    int // the brackets open at the break
		align    string
	}
	// A line that ends an expression begun above (it closes a bracket it
	// did not open, or ends in an operator or a comma) goes on at its
	// indent, as the lines above it do.
	outside := step
	if cont || continues(body) {
		outside = ""
	}
	var best *point
	better := func(p *point) bool {
		return best == nil || p.depth <= best.depth
	}
	var opens []int
	lit := byte(0)
	var split *point
	for i := 0; i < len(body); i++ {
		c := body[i]
		fits := generators.Columns(indent+body[:i]) <= width
		if lit != 0 {
			switch {
			case c == '\\':
				i++
			case c == lit:
				lit = 0
			case c == ' ' && lit == '"' && i+1 < len(body) && body[i+1] != '"' &&
				generators.Columns(indent+body[:i+1]) < width:
				// Split after this space: `... "` then `"...`.
				split = &point{at: i + 1, align: indent + step}
			}
			continue
		}
		switch c {
		case '"', '\'':
			lit = c
		case '(', '[', '{':
			opens = append(opens, i)
		case ')', ']', '}':
			if len(opens) > 0 {
				opens = opens[:len(opens)-1]
			}
		case ',':
			if i+1 < len(body) && body[i+1] == ' ' && generators.Columns(indent+body[:i+1]) <= width {
				if p := (&point{at: i + 1, skip: 1, depth: len(opens), align: alignment(indent, opens, "")}); better(p) {
					best = p
				}
			}
		case ' ':
			for _, op := range operators {
				if strings.HasPrefix(body[i:], op) && fits {
					end := i + len(op) - 1
					if generators.Columns(indent+body[:end]) <= width {
						if p := (&point{at: end, skip: 1, depth: len(opens), align: alignment(indent, opens, outside)}); better(p) {
							best = p
						}
					}
				}
			}
		}
	}
	switch {
	case best != nil:
		head, rest = indent+body[:best.at], best.align+body[best.at+best.skip:]
	case split != nil:
		head, rest = indent+body[:split.at]+`"`, split.align+`"`+body[split.at:]
	default:
		return "", "", false
	}
	// Each break must shorten what is left, or wrapping would not end.
	return head, rest, generators.Columns(rest) < generators.Columns(indent+body)
}

// continues reports whether the code body continues an expression begun
// on a line above: it closes a bracket it does not open, or ends in a
// comma or an operator.
func continues(body string) bool {
	for _, op := range operators {
		if strings.HasSuffix(body, strings.TrimRight(op, " ")) {
			return true
		}
	}
	if strings.HasSuffix(body, ",") {
		return true
	}
	d := 0
	for _, i := range unquoted(body) {
		switch body[i] {
		case '(', '[', '{':
			d++
		case ')', ']', '}':
			if d--; d < 0 {
				return true
			}
		}
	}
	return false
}

// alignment is the indentation of a line that continues inside the
// brackets opened at opens (positions after indent): one column after the
// innermost; indent+outside when none is open (outside is "" for
// the next element of a list, a step for the rest of an expression).
func alignment(indent string, opens []int, outside string) string {
	if len(opens) == 0 {
		return indent + outside
	}
	return strings.Repeat(" ", len(indent)+opens[len(opens)-1]+1)
}
