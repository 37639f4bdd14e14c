package golang

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dave/jennifer/jen"
)

// The generated file keeps every line within lineWidth columns, a tab
// counted as tabWidth (8, as most editors show gofmt's tabs) and a byte as
// a column, as its runtime's source does (TestLineWidth). gofmt lays
// the file out after jennifer has written it, so the renderers estimate
// where a line will end from how deep it is indented and what precedes it,
// never short of where gofmt puts it (a key's value counts from after the
// literal's longest key, gofmt aligning values to at most that column),
// and break what would not fit: a list one element a line, a string
// literal into a sum of literals, broken after a space, on continuation
// lines. Lines that fit are left as they are.
const (
	lineWidth = 100
	tabWidth  = 8
)

// quotedLen is the width of s as jennifer writes it in a literal.
func quotedLen(s string) int { return len(strconv.Quote(s)) }

// strLit is the string literal s, starting at column col of a line
// indented by indent tabs and followed by tail columns (a ",", say). If it
// would not fit, it is a sum of literals, broken after spaces (or, in a
// word too long for a line, after a "/"), each continuation line indented
// one tab deeper, as gofmt indents them. The sum is a constant expression
// with the same value as s.
func strLit(s string, indent, col, tail int) jen.Code {
	parts := strParts(s, indent, col, tail)
	if len(parts) == 1 {
		return jen.Lit(s)
	}
	var c jen.Statement
	for i, p := range parts {
		if i > 0 {
			c.Op("+").Line()
		}
		c.Lit(p)
	}
	return &c
}

// strText is strLit as source laid out as gofmt lays it out.
func strText(s string, indent, col, tail int) string {
	parts := strParts(s, indent, col, tail)
	for i, p := range parts {
		parts[i] = strconv.Quote(p)
	}
	return strings.Join(parts, " +\n"+tabs(indent+1))
}

// strParts returns the pieces of s that strLit writes on lines of their
// own: s alone if it fits.
func strParts(s string, indent, col, tail int) []string {
	if col+quotedLen(s)+tail <= lineWidth {
		return []string{s}
	}
	const plus = len(" +")
	var parts []string
	start, room := 0, lineWidth-col-plus
	for start < len(s) {
		rest := s[start:]
		if quotedLen(rest)+tail <= room {
			parts = append(parts, rest)
			break
		}
		end := breakAt(rest, room)
		parts = append(parts, rest[:end])
		start += end
		room = lineWidth - (indent+1)*tabWidth - plus
	}
	return parts
}

// breakAt returns where to end the first part of s so that its literal is
// at most room wide: after the last space that allows it, else after the
// last "/", else after the first space or "/" at all; len(s) if there is
// no place to break.
func breakAt(s string, room int) int {
	// The widths of s's prefixes as literals: a byte of s is quoted on its
	// own, or with the rest of its rune.
	w := make([]int, len(s)+1)
	var buf []byte
	for i := 0; i < len(s); {
		_, n := utf8.DecodeRuneInString(s[i:])
		buf = strconv.AppendQuote(buf[:0], s[i:i+n])
		w[i+n] = w[i] + len(buf) - len(`""`)
		i += n
	}
	last := func(sep byte) int {
		end := 0
		for i := 0; i < len(s)-1; i++ {
			if s[i] == sep && w[i+1]+len(`""`) <= room {
				end = i + 1
			}
		}
		return end
	}
	if end := last(' '); end > 0 {
		return end
	}
	if end := last('/'); end > 0 {
		return end
	}
	if i := strings.IndexAny(s[:len(s)-1], " /"); i >= 0 {
		return i + 1
	}
	return len(s)
}

// The records of the generated file (Lookup's, LookupCommand's, the
// facts') are most of its source. They are written here as source in the
// layout gofmt gives them, which gofmt then need not redo (it spends most
// of its time on these nested literals, measuring each element to align
// its keys): one element or field a line, a literal's closing brace on a
// line of its own at the indentation of the line that opens it, and the
// values of consecutive one-line fields aligned a column after the longest
// key among them, where a value that spans lines (a broken string, a list
// one element a line) ends such a run and follows its key after one space.
// (A key longer than 40 columns would end a run as well; the keys here are
// field names, far shorter.) TestGenerated holds the output to gofmt.

// tabs returns n tabs.
func tabs(n int) string { return strings.Repeat("\t", n) }

// field is a key and its value in a composite literal: a string (str),
// which strText may break, a list of identifiers (ids, of type typ), which
// idList may break, or any other value (val), an identifier or a number,
// or a literal laid out on lines of its own already.
type field struct {
	key string
	str *string
	typ string
	ids []string
	val string
}

func strField(key, s string) field { return field{key: key, str: &s} }

func idsField(key, typ string, ids []string) field { return field{key: key, typ: typ, ids: ids} }

func valField(key, v string) field { return field{key: key, val: v} }

// keyValues lays out the fields of a literal whose keys start lines
// indented by indent tabs, each value followed by a "," and a line feed.
func keyValues(indent int, fs []field) string {
	keys := 0
	for _, f := range fs {
		keys = max(keys, len(f.key))
	}
	col := indent*tabWidth + keys + len(": ")
	vals := make([]string, len(fs))
	for i, f := range fs {
		switch {
		case f.str != nil:
			vals[i] = strText(*f.str, indent, col, len(","))
		case f.typ != "":
			vals[i] = idList(f.typ, f.ids, indent, col, len(","))
		default:
			vals[i] = f.val
		}
	}
	var b strings.Builder
	for i := 0; i < len(fs); {
		if strings.Contains(vals[i], "\n") {
			b.WriteString(tabs(indent) + fs[i].key + ": " + vals[i] + ",\n")
			i++
			continue
		}
		// A run of one-line values, aligned.
		end, width := i, 0
		for ; end < len(fs) && !strings.Contains(vals[end], "\n"); end++ {
			width = max(width, len(fs[end].key))
		}
		for ; i < end; i++ {
			b.WriteString(tabs(indent) + fs[i].key + ":" + strings.Repeat(" ", width-len(fs[i].key)+1) + vals[i] + ",\n")
		}
	}
	return b.String()
}

// keyed is the literal of fs one field a line, the literal's opening brace
// on a line indented by indent tabs.
func keyed(indent int, fs []field) string {
	return "{\n" + keyValues(indent+1, fs) + tabs(indent) + "}"
}

// inline is the literal of fs on one line.
func inline(fs []field) string {
	vals := make([]string, len(fs))
	for i, f := range fs {
		switch {
		case f.str != nil:
			vals[i] = f.key + ": " + strconv.Quote(*f.str)
		case f.typ != "":
			vals[i] = f.key + ": []" + f.typ + "{" + strings.Join(f.ids, ", ") + "}"
		default:
			vals[i] = f.key + ": " + f.val
		}
	}
	return "{" + strings.Join(vals, ", ") + "}"
}

// list is the literal typ{elems...}, one element a line, the literal
// starting on a line indented by indent tabs; typ{} if there is none.
func list(typ string, indent int, elems []string) string {
	if len(elems) == 0 {
		return typ + "{}"
	}
	var b strings.Builder
	b.WriteString(typ + "{\n")
	for _, e := range elems {
		b.WriteString(tabs(indent+1) + e + ",\n")
	}
	b.WriteString(tabs(indent) + "}")
	return b.String()
}

// idList is the literal []typ{ids...}, starting at column col of a line
// indented by indent tabs and followed by tail columns: on one line if it
// fits, else one identifier a line.
func idList(typ string, ids []string, indent, col, tail int) string {
	if line := "[]" + typ + "{" + strings.Join(ids, ", ") + "}"; col+len(line)+tail <= lineWidth {
		return line
	}
	return list("[]"+typ, indent, ids)
}

// params is a parameter list: on the signature's line if the line,
// width columns wide with the list written on it, fits; else one
// parameter a line.
func params(width int, ps ...jen.Code) *jen.Statement {
	if width <= lineWidth {
		return jen.Params(ps...)
	}
	return jen.Custom(jen.Options{Open: "(", Close: ")", Separator: ",", Multi: true}, ps...)
}
