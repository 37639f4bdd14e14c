package typescript

import (
	"regexp"
	"strings"
)

// Width is the most columns a line of the module may take: Prettier's
// printWidth as TypeScript projects commonly set it.
const Width = 100

// layout breaks the rendered module's lines that are wider than Width, the
// lines the table's text makes long, as Prettier would:
//
//   - a line of a doc comment at the last space that fits, outside a
//     {@link ...} tag, continued with the same " * " prefix (two spaces
//     more under a list item); a one-line doc comment becomes a block;
//   - a code and its text, [code, "text"], over lines, the text broken
//     as a property's is;
//   - a property whose value is a string literal, or a string literal
//     returned, into a concatenation of pieces, one a line, under the
//     property's name or between parentheses;
//   - a property whose value is an array of numbers into lines filled
//     with numbers;
//   - a function's signature into one parameter a line, and the array of
//     values a formatter passes into one value a line.
//
// Any other line is left as the template wrote it; TestShape holds every
// line of every table's module to Width.
//
// In the JavaScript and the declarations (mode), whose signatures tsc
// writes without a trailing comma, a broken signature has none either.
func layout(src, mode string) string {
	lines := strings.Split(src, "\n")
	out := make([]string, 0, len(lines))
	for _, line := range lines {
		if len(line) <= Width {
			out = append(out, line)
			continue
		}
		out = append(out, breakLine(line, mode)...)
	}
	return strings.Join(out, "\n")
}

var (
	docLine     = regexp.MustCompile(`^( *)\* (.*)$`)
	docOneLine  = regexp.MustCompile(`^( *)/\*\* (.*) \*/$`)
	stringProp  = regexp.MustCompile(`^( *)([A-Za-z_$][\w$]*): ("(?:[^"\\]|\\.)*")(,?)$`)
	numbersProp = regexp.MustCompile(`^( *)([A-Za-z_$][\w$]*): \[([0-9, ]*)\](,?)$`)
	signature   = regexp.MustCompile(`^( *)((?:export )?(?:declare )?function [\w$]+)\((.*)\)(: .*)( \{|;)$`)
	renderCall  = regexp.MustCompile(`^( *)return render\(([\w$]+), \[(.*)\]\);$`)
	textEntry   = regexp.MustCompile(`^( *)\[(\d+), ("(?:[^"\\]|\\.)*")\],$`)
	returnStr   = regexp.MustCompile(`^( *)return ("(?:[^"\\]|\\.)*");$`)
)

func breakLine(line, mode string) []string {
	if m := docOneLine.FindStringSubmatch(line); m != nil {
		pad := m[1]
		return append(append([]string{pad + "/**"}, wrapDoc(pad+" * ", m[2])...), pad+" */")
	}
	if m := docLine.FindStringSubmatch(line); m != nil {
		return wrapDoc(m[1]+"* ", m[2])
	}
	if m := stringProp.FindStringSubmatch(line); m != nil {
		pad := m[1] + "  "
		pieces := splitString(m[3], Width-len(pad)-2) // room for " +"
		out := []string{m[1] + m[2] + ":"}
		for i, p := range pieces {
			if i < len(pieces)-1 {
				out = append(out, pad+p+" +")
			} else {
				out = append(out, pad+p+m[4])
			}
		}
		return out
	}
	if m := textEntry.FindStringSubmatch(line); m != nil {
		pad := m[1] + "  "
		out := []string{m[1] + "[", pad + m[2] + ","}
		pieces := splitString(m[3], Width-len(pad)-4)
		for i, p := range pieces {
			switch {
			case i == 0 && len(pieces) > 1:
				p = pad + p + " +"
			case i == 0:
				p = pad + p + ","
			case i < len(pieces)-1:
				p = pad + "  " + p + " +"
			default:
				p = pad + "  " + p + ","
			}
			out = append(out, p)
		}
		return append(out, m[1]+"],")
	}
	if m := returnStr.FindStringSubmatch(line); m != nil {
		pad := m[1] + "  "
		pieces := splitString(m[2], Width-len(pad)-2)
		out := []string{m[1] + "return ("}
		for i, p := range pieces {
			if i < len(pieces)-1 {
				p += " +"
			}
			out = append(out, pad+p)
		}
		return append(out, m[1]+");")
	}
	if m := numbersProp.FindStringSubmatch(line); m != nil {
		pad := m[1] + "  "
		out := []string{m[1] + m[2] + ": ["}
		out = append(out, fill(pad, strings.Split(m[3], ", "))...)
		return append(out, m[1]+"]"+m[4])
	}
	if m := signature.FindStringSubmatch(line); m != nil {
		out := []string{m[1] + m[2] + "("}
		ps := strings.Split(m[3], ", ")
		for i, p := range ps {
			if i < len(ps)-1 || mode == modeTS {
				p += ","
			}
			out = append(out, m[1]+"  "+p)
		}
		return append(out, m[1]+")"+m[4]+m[5])
	}
	if m := renderCall.FindStringSubmatch(line); m != nil {
		out := []string{m[1] + "return render(" + m[2] + ", ["}
		for _, v := range strings.Split(m[3], ", ") {
			out = append(out, m[1]+"  "+v+",")
		}
		return append(out, m[1]+"]);")
	}
	return []string{line}
}

// wrapDoc fills a doc comment's text into lines that start with prefix,
// breaking at spaces outside {@link ...} tags; a list item's lines after
// its first are indented by two more spaces.
func wrapDoc(prefix, text string) []string {
	cont := prefix
	if strings.HasPrefix(text, "- ") {
		cont += "  "
	}
	var out []string
	first := true
	for {
		p := cont
		if first {
			p = prefix
		}
		if len(p)+len(text) <= Width {
			return append(out, p+text)
		}
		cut := breakAt(text, Width-len(p))
		if cut < 0 {
			return append(out, p+text)
		}
		out = append(out, p+text[:cut])
		text = text[cut+1:]
		first = false
	}
}

// breakAt returns the index of the last space in text at or before limit
// that is outside braces, or of the first such space after it when none
// is, or -1 if there is none.
func breakAt(text string, limit int) int {
	depth, last := 0, -1
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '{':
			depth++
		case '}':
			depth = max(depth-1, 0)
		case ' ':
			if depth > 0 || i == 0 {
				continue
			}
			if i > limit && last >= 0 {
				return last
			}
			last = i
			if i > limit {
				return i
			}
		}
	}
	return last
}

// splitString splits a double-quoted string literal into literals of at
// most width columns each, after spaces in its text (a space is never part
// of an escape), whose concatenation is the same string.
func splitString(lit string, width int) []string {
	body := lit[1 : len(lit)-1]
	var out []string
	for len(body)+2 > width {
		cut := -1
		for i := 0; i < len(body) && i+3 <= width; i++ {
			if body[i] == ' ' {
				cut = i
			}
		}
		if cut < 0 {
			break
		}
		out = append(out, `"`+body[:cut+1]+`"`)
		body = body[cut+1:]
	}
	return append(out, `"`+body+`"`)
}

// fill writes items, each followed by a comma, as many to a line as fit.
func fill(pad string, items []string) []string {
	var out []string
	line := pad
	for _, it := range items {
		if line != pad && len(line)+1+len(it)+1 > Width {
			out = append(out, strings.TrimRight(line, " "))
			line = pad
		}
		if line != pad {
			line += " "
		}
		line += it + ","
	}
	return append(out, line)
}
