package java

import (
	"strings"

	"github.com/ftpcodes/ftpcodes/generators"
)

// continuation is Google Java Style's indentation of a continuation line
// as this project writes it: twice the block indentation of four.
const continuation = "        "

// wrap breaks every line of the Java source src that is wider than
// generators.MaxColumns the way google-java-format would write it by
// hand: a one-line Javadoc comment into a block wrapped at spaces, a
// line of a Javadoc block at spaces, a list of arguments or elements one
// per line, and a string literal into a constant expression "..." +
// "..." broken after a space, so every value is unchanged.
func wrap(src string) string {
	lines := strings.Split(src, "\n")
	out := make([]string, 0, len(lines))
	for _, line := range lines {
		out = append(out, wrapLine(line)...)
	}
	return strings.Join(out, "\n")
}

// wrapLine breaks line into lines that fit, as far as it can.
func wrapLine(line string) []string {
	if generators.Columns(line) <= generators.MaxColumns {
		return []string{line}
	}
	body := strings.TrimLeft(line, " ")
	indent := line[:len(line)-len(body)]
	switch {
	case strings.HasPrefix(body, "/** ") && strings.HasSuffix(body, " */"):
		text := strings.TrimSuffix(strings.TrimPrefix(body, "/** "), " */")
		return append(append([]string{indent + "/**"}, words(indent+" * ", text, indent+" * ")...), indent+" */")
	case strings.HasPrefix(body, "* @"):
		return words(indent, body, indent+"*     ")
	case strings.HasPrefix(body, "* "), strings.HasPrefix(body, "// "):
		prefix := indent + body[:strings.Index(body, " ")+1]
		return words(prefix, body[len(prefix)-len(indent):], prefix)
	}
	depth := scan(body)
	if depth == nil {
		return []string{line}
	}
	if name, rest, ok := declaration(indent, body); ok {
		return append(wrapLine(indent+name), wrapLine(indent+continuation+rest)...)
	}
	if parts, opened := splitCommas(body, depth); parts != nil {
		var out []string
		for i, p := range parts {
			at := indent
			if i > 0 && opened {
				at = indent + continuation
			}
			out = append(out, wrapLine(at+p)...)
		}
		return out
	}
	if head, args, tail, ok := group(body, depth); ok {
		out := wrapLine(indent + head)
		for i, a := range args {
			if i == len(args)-1 {
				a += tail
			}
			out = append(out, wrapLine(indent+continuation+a)...)
		}
		return out
	}
	if lit, tail, ok := literal(body); ok {
		return concat(indent, lit, tail)
	}
	return []string{line}
}

// inLiteral is the depth scan gives a byte inside a literal.
const inLiteral = -1 << 30

// scan returns the depth of brackets before each byte of body, counting
// ( [ { up and ) ] } down outside string and character literals, with
// inLiteral for a byte inside a literal; nil when body has a comment after code.
func scan(body string) []int {
	depth := make([]int, len(body)+1)
	d := 0
	for i := 0; i < len(body); i++ {
		depth[i] = d
		switch c := body[i]; c {
		case '"', '\'':
			j := i + 1
			for ; j < len(body) && body[j] != c; j++ {
				if body[j] == '\\' {
					j++
				}
			}
			for k := i + 1; k <= j && k < len(body); k++ {
				depth[k] = inLiteral
			}
			i = j
		case '/':
			if strings.HasPrefix(body[i:], "//") || strings.HasPrefix(body[i:], "/*") {
				return nil
			}
		case '(', '[', '{':
			d++
		case ')', ']', '}':
			d--
		}
	}
	depth[len(body)] = d
	return depth
}

// splitCommas splits body after each comma of its outermost list, when
// that list is one the line continues (its commas outside every bracket
// the line opens) or one the line opens and leaves open; opened reports
// the latter, whose elements after the first go one continuation deeper.
// It returns nil when body holds no such list of two elements or more.
func splitCommas(body string, depth []int) (parts []string, opened bool) {
	m, found := 0, false
	for i := 0; i < len(body)-1; i++ {
		if body[i] == ',' && depth[i] != inLiteral && (!found || depth[i] < m) {
			m, found = depth[i], true
		}
	}
	if !found || m > 0 && depth[len(body)] < m {
		return nil, false
	}
	start := 0
	if m > 0 {
		// The list the line opens starts on a line of its own.
		first := 0
		for body[first] != ',' || depth[first] != m {
			first++
		}
		for j := first; j >= 0; j-- {
			if body[j] == '(' && depth[j] == m-1 {
				parts, start = append(parts, body[:j+1]), j+1
				break
			}
		}
	}
	for i := 0; i < len(body)-1; i++ {
		if body[i] == ',' && depth[i] == m {
			parts = append(parts, strings.TrimLeft(body[start:i+1], " "))
			start = i + 1
		}
	}
	parts = append(parts, strings.TrimLeft(body[start:], " "))
	return parts, m > 0
}

// group splits body at the first parenthesized list it opens and closes
// that holds a comma, a call or a space (not a cast): head
// ends with the opening parenthesis, args are the elements (each but the
// last with its comma) and tail starts with the closing one.
func group(body string, depth []int) (head string, args []string, tail string, ok bool) {
	for open := 0; open < len(body); open++ {
		if body[open] != '(' || depth[open] == inLiteral {
			continue
		}
		close := closing(body, depth, open)
		if close < 0 || !strings.ContainsAny(body[open+1:close], ",( ") {
			continue
		}
		return cut(body, depth, open, close)
	}
	return "", nil, "", false
}

// declaration splits the head of a method declaration that is too wide
// before the method's name, when the name and its parameters then fit on
// the continuation line.
func declaration(indent, body string) (typ, rest string, ok bool) {
	if !strings.HasPrefix(body, "public ") && !strings.HasPrefix(body, "private ") {
		return "", "", false
	}
	open := strings.IndexByte(body, '(')
	sp := strings.LastIndexByte(body[:max(open, 0)], ' ')
	if open < 0 || sp < 0 || strings.Contains(body[:open], " = ") {
		return "", "", false
	}
	if generators.Columns(indent+continuation+body[sp+1:]) > generators.MaxColumns {
		return "", "", false
	}
	return body[:sp], body[sp+1:], true
}

// closing returns where the parenthesis at open closes, or -1 when it
// does not close on the line.
func closing(body string, depth []int, open int) int {
	for i := open + 1; i < len(body); i++ {
		if depth[i] == inLiteral {
			continue
		}
		if depth[i] <= depth[open] {
			return -1
		}
		if body[i] == ')' && depth[i] == depth[open]+1 {
			return i
		}
	}
	return -1
}

// cut splits body at the list between open and close.
func cut(body string, depth []int, open, close int) (head string, args []string, tail string, ok bool) {
	start := open + 1
	for i := open + 1; i < close; i++ {
		if body[i] == ',' && depth[i] == depth[open]+1 {
			args = append(args, strings.TrimLeft(body[start:i+1], " "))
			start = i + 1
		}
	}
	args = append(args, strings.TrimLeft(body[start:close], " "))
	return body[:open+1], args, body[close:], true
}

// literal splits body into the string literal it starts with and the rest.
func literal(body string) (lit, tail string, ok bool) {
	if !strings.HasPrefix(body, `"`) {
		return "", "", false
	}
	for j := 1; j < len(body); j++ {
		switch body[j] {
		case '\\':
			j++
		case '"':
			return body[:j+1], body[j+1:], true
		}
	}
	return "", "", false
}

// concat writes the string literal lit, followed by tail, as a constant
// expression of literals broken after a space (or, in a text with none
// that fits, after a slash), each line after the first
// one continuation deeper and starting with "+ ".
func concat(indent, lit, tail string) []string {
	text := lit[1 : len(lit)-1]
	head, rest := indent+`"`, indent+continuation+`+ "`
	var lines []string
	for generators.Columns(head+text+`"`+tail) > generators.MaxColumns {
		at := breakAfter(head, text, ' ')
		if at < 0 {
			at = breakAfter(head, text, '/')
		}
		if at < 0 {
			break
		}
		lines = append(lines, head+text[:at]+`"`)
		head, text = rest, text[at:]
	}
	return append(lines, head+text+`"`+tail)
}

// breakAfter returns the last place in text after the byte c where
// head, the text before it and a closing quote fit, or -1.
func breakAfter(head, text string, c byte) int {
	at := -1
	for i := 1; i < len(text); i++ {
		if text[i-1] != c {
			continue
		}
		if generators.Columns(head+text[:i]+`"`) > generators.MaxColumns {
			break
		}
		at = i
	}
	return at
}

// words fills text into lines that fit, the first after prefix and the
// others after cont, breaking at single spaces where the next word does
// not start with @ (which would start a Javadoc block tag) or * (which
// Javadoc strips from the start of a line).
func words(prefix, text, cont string) []string {
	var lines []string
	line := prefix + text
	for generators.Columns(line) > generators.MaxColumns {
		at := -1
		for i := len(prefix) + 1; i < len(line)-1; i++ {
			if line[i] != ' ' || line[i-1] == ' ' || line[i+1] == ' ' || line[i+1] == '@' || line[i+1] == '*' {
				continue
			}
			if generators.Columns(line[:i]) > generators.MaxColumns {
				break
			}
			at = i
		}
		if at < 0 {
			break
		}
		lines = append(lines, line[:at])
		line, prefix = cont+line[at+1:], cont
	}
	return append(lines, line)
}
