package golang

import (
	"strconv"
	"strings"

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
	if col+quotedLen(s)+tail <= lineWidth {
		return jen.Lit(s)
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

// breakAt returns where to end the first part of s so that its literal is
// at most room wide: after the last space that allows it, else after the
// last "/", else after the first space or "/" at all; len(s) if there is
// no place to break.
func breakAt(s string, room int) int {
	last := func(sep byte) int {
		end := 0
		for i := 0; i < len(s)-1; i++ {
			if s[i] == sep && quotedLen(s[:i+1]) <= room {
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

// field is a key and its value in a composite literal: a string (str),
// which strLit may break, a list of identifiers (ids, of type typ), which
// idList may break, or any other value, short enough or laid out on lines
// of its own already (code).
type field struct {
	key  string
	str  *string
	typ  string
	ids  []string
	code jen.Code
}

func strField(key, s string) field { return field{key: key, str: &s} }

func idsField(key, typ string, ids []string) field { return field{key: key, typ: typ, ids: ids} }

func codeField(key string, c jen.Code) field { return field{key: key, code: c} }

// keyValues renders the fields of a literal whose keys start lines
// indented by indent tabs, each value followed by a ",".
func keyValues(indent int, fs []field) []jen.Code {
	keys := 0
	for _, f := range fs {
		keys = max(keys, len(f.key))
	}
	col := indent*tabWidth + keys + len(": ")
	var out []jen.Code
	for _, f := range fs {
		var v jen.Code
		switch {
		case f.str != nil:
			v = strLit(*f.str, indent, col, len(","))
		case f.typ != "":
			v = idList(f.typ, f.ids, indent, col, len(","))
		default:
			v = f.code
		}
		out = append(out, jen.Id(f.key).Op(":").Add(v))
	}
	return out
}

// idList is the literal []typ{ids...}, starting at column col of a line
// indented by indent tabs and followed by tail columns: on one line if it
// fits, else one identifier a line.
func idList(typ string, ids []string, indent, col, tail int) jen.Code {
	var vs []jen.Code
	for _, id := range ids {
		vs = append(vs, jen.Id(id))
	}
	if col+len("[]"+typ+"{"+strings.Join(ids, ", ")+"}")+tail <= lineWidth {
		return jen.Index().Id(typ).Values(vs...)
	}
	return jen.Index().Id(typ).Custom(multi, vs...)
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
