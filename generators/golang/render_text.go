package golang

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/ftpcodes/ftpcodes/spec"
)

// This file renders what reads and writes reply texts for every templated
// meaning (p.formats): a values type, a formatter, a parser and the
// pattern it matches. The helpers they call, the pattern matcher and the
// reply framing of RFC 959, section 4.2, depend on no table: they are
// runtime/runtime.go, which follows the table's part in the generated file
// (splice.go). The formatters and parsers do what spec.Template's Format
// and Parse do, and the framing what spec.FormatReply and spec.ParseReply
// do; the tests compare them on conformance.Vectors.

// renderText adds the formatters, parsers and their patterns to f.
func (p *pkg) renderText(f *jen.File) {
	for _, tm := range p.formats {
		p.valuesType(f, tm)
		p.formatFunc(f, tm)
		p.parseFunc(f, tm)
	}
	if len(p.formats) > 0 {
		p.patterns(f)
	}
}

// what names a templated meaning in a comment: "a 257 reply" for a
// reply's primary meaning, "a 213 reply in its FileSize meaning" for
// another one.
func (tm templated) what() string {
	if tm.primary {
		return fmt.Sprintf("a %d reply", tm.code)
	}
	return fmt.Sprintf("a %d reply in its %s meaning", tm.code, tm.meaning.Name.Camel)
}

// goType returns the Go type of an argument.
func (a arg) goType() jen.Code {
	switch a.typ {
	case goUint8:
		return jen.Uint8()
	case goUint16:
		return jen.Uint16()
	case goUint64:
		return jen.Uint64()
	case goTime:
		return jen.Qual("time", "Time")
	}
	return jen.String()
}

// typeName is the Go type of an argument as the source writes it.
func (a arg) typeName() string {
	switch a.typ {
	case goUint8:
		return "uint8"
	case goUint16:
		return "uint16"
	case goUint64:
		return "uint64"
	case goTime:
		return "time.Time"
	}
	return "string"
}

// typeDoc says what an argument is, for a comment.
func (a arg) typeDoc() string {
	switch a.typ {
	case goUint8, goUint16:
		return "a number"
	case goUint64:
		return fmt.Sprintf("a number up to %d", a.Max)
	case goTime:
		return "a time, written in UTC"
	}
	if a.Quoted {
		return `text between double quotes, each " in it doubled`
	}
	return "text"
}

func (p *pkg) valuesType(f *jen.File, tm templated) {
	f.Add(doc("%s holds the values of the text of %s, %s: what [%s] reads from it and [%s] writes into it.", tm.values, tm.what(), quoted(tm.meaning.Template.Raw), tm.parse, tm.format))
	// A field's description follows it on its line, where gofmt aligns
	// the descriptions after the longest field and type; if one would not
	// fit there, each field has its description above it instead.
	names, types := 0, 0
	above := false
	for _, a := range tm.args {
		names, types = max(names, len(a.field)), max(types, len(a.typeName()))
	}
	for _, a := range tm.args {
		above = above || tabWidth+names+1+types+1+len("// "+commentText(a.Description)) > lineWidth
	}
	var fields []jen.Code
	for i, a := range tm.args {
		if !above {
			fields = append(fields, jen.Id(a.field).Add(a.goType()).Add(lineComment(a.Description)))
			continue
		}
		if i > 0 {
			fields = append(fields, jen.Line())
		}
		var d docLines
		d.para(commentText(a.Description))
		fields = append(fields, d.code(), jen.Id(a.field).Add(a.goType()))
	}
	f.Type().Id(tm.values).Struct(fields...)
}

func (p *pkg) formatFunc(f *jen.File, tm templated) {
	t := tm.meaning.Template
	var d docLines
	d.para(fmt.Sprintf("%s returns the text of %s (%s), its template %s with the values filled in.", tm.format, tm.what(), cite(tm.meaning.Ref), quoted(t.Raw)))
	if len(tm.args) > 0 {
		d.blank()
		for _, a := range tm.args {
			d.item(fmt.Sprintf("%s, %s: %s", a.name, a.typeDoc(), commentText(a.Description)))
		}
	}
	var fails []string
	var strs []string
	for _, a := range tm.args {
		switch a.typ {
		case goString:
			strs = append(strs, a.name)
		case goUint64:
			fails = append(fails, fmt.Sprintf("%s is above %d", a.name, a.Max))
		case goTime:
			fails = append(fails, fmt.Sprintf("%s is outside the years %d to %d in UTC, the years of a time-val (RFC 3659) that every language can hold", a.name, spec.MinYear, spec.MaxYear))
		}
	}
	if len(strs) > 0 {
		fails = append(fails, fmt.Sprintf("%s is empty or contains CR, LF or NUL, which would end the reply line", orList(strs)))
		for _, s := range t.Segments {
			if s.Stop != "" {
				fails = append(fails, fmt.Sprintf("%s contains %s, the text that follows it, as a parser would take that for the end of it", argOf(tm, s.Param).name, quoted(s.Stop)))
			}
		}
	}
	if len(fails) == 0 {
		d.para("Every value of its arguments can be written: the error is always nil.")
	} else {
		d.para("The error wraps [ErrBadValue] if " + strings.Join(fails, ", or if ") + ".")
	}
	f.Add(d.code())

	// Parameters of one type in a row share it: (h1, h2 uint8).
	var ps []jen.Code
	var texts []string
	for i := 0; i < len(tm.args); {
		var names []jen.Code
		var words []string
		k := i
		for ; k < len(tm.args) && tm.args[k].typ == tm.args[i].typ; k++ {
			names = append(names, jen.Id(tm.args[k].name))
			words = append(words, tm.args[k].name)
		}
		ps = append(ps, jen.List(names...).Add(tm.args[i].goType()))
		texts = append(texts, strings.Join(words, ", ")+" "+tm.args[i].typeName())
		i = k
	}
	sig := "func " + tm.format + "(" + strings.Join(texts, ", ") + ") (string, error) {"
	f.Func().Id(tm.format).Add(params(len(sig), ps...)).Params(jen.String(), jen.Error()).BlockFunc(func(g *jen.Group) {
		check := func(call jen.Code) {
			g.If(jen.Err().Op(":=").Add(call), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Lit(""), jen.Err()))
		}
		// Each term with its Go text, whose width decides where the sum
		// breaks.
		var terms []jen.Code
		var texts []string
		add := func(c jen.Code, text string) { terms, texts = append(terms, c), append(texts, text) }
		for _, s := range t.Segments {
			if s.Param == nil {
				add(jen.Lit(s.Literal), strconv.Quote(s.Literal))
				continue
			}
			a := argOf(tm, s.Param)
			v := jen.Id(a.name)
			name := jen.Lit(a.Name.LowerSnake)
			switch a.typ {
			case goUint8, goUint16:
				add(jen.Qual("strconv", "Itoa").Call(jen.Int().Call(v)), "strconv.Itoa(int("+a.name+"))")
			case goUint64:
				check(p.rt("checkUint").Call(name, v, jen.Lit(int(a.Max))))
				add(jen.Qual("strconv", "FormatUint").Call(v, jen.Lit(10)), "strconv.FormatUint("+a.name+", 10)")
			case goTime:
				check(p.rt("checkTime").Call(name, v))
				add(p.rt("formatTime").Call(v), un("formatTime")+"("+a.name+")")
			default:
				check(p.rt("checkString").Call(name, v, jen.Lit(s.Stop)))
				if a.Quoted {
					add(jen.Qual("strings", "ReplaceAll").Call(v, jen.Lit(`"`), jen.Lit(`""`)), `strings.ReplaceAll(`+a.name+`, "\"", "\"\"")`)
				} else {
					add(v, a.name)
				}
			}
		}
		if len(terms) == 0 {
			add(jen.Lit(""), `""`)
		}
		// The sum breaks after a + where a line would grow long.
		sum := jen.Add(terms[0])
		width := len("return ") + len(texts[0])
		for i, term := range terms[1:] {
			w := len(texts[i+1])
			if width+3+w > 76 && (i < len(terms)-2 || w > 8) {
				sum = sum.Op("+").Line().Add(term)
				width = w
				continue
			}
			sum = sum.Op("+").Add(term)
			width += 3 + w
		}
		g.Return(sum, jen.Nil())
	})
}

// argOf returns the argument of a template parameter.
func argOf(tm templated, p *spec.Param) arg { return tm.args[p.Index] }

// orList joins words as "a, b or c".
func orList(words []string) string { return joinList(words, " or ") }

// andList joins words as "a, b and c".
func andList(words []string) string { return joinList(words, " and ") }

func joinList(words []string, last string) string {
	if n := len(words); n > 1 {
		return strings.Join(words[:n-1], ", ") + last + words[n-1]
	}
	return strings.Join(words, "")
}

func (p *pkg) parseFunc(f *jen.File, tm templated) {
	t := tm.meaning.Template
	var d docLines
	d.para(fmt.Sprintf("%s reads the values from the text of %s, written as its template %s, and reports whether the text has that shape.", tm.parse, tm.what(), quoted(t.Raw)))
	// Fields read alike are described together.
	type reading struct{ one, many string }
	var order []reading
	fields := map[reading][]string{}
	for _, a := range tm.args {
		var r reading
		switch a.typ {
		case goUint8, goUint16, goUint64:
			r = reading{fmt.Sprintf("is a run of decimal digits, at most %d", a.Max), fmt.Sprintf("are runs of decimal digits, each at most %d", a.Max)}
		case goTime:
			r = reading{"is an RFC 3659 time-val, YYYYMMDDHHMMSS and an optional fraction of a second, a valid time in UTC; digits beyond nanoseconds are dropped",
				"are RFC 3659 time-vals, YYYYMMDDHHMMSS and an optional fraction of a second, valid times in UTC; digits beyond nanoseconds are dropped"}
		default:
			if !a.Quoted {
				continue
			}
			r = reading{`is read up to the first double quote that is not doubled, and each "" in it as one "`,
				`are each read up to the first double quote that is not doubled, and each "" in them as one "`}
		}
		if _, ok := fields[r]; !ok {
			order = append(order, r)
		}
		fields[r] = append(fields[r], a.field)
	}
	var how []string
	for _, r := range order {
		if fs := fields[r]; len(fs) == 1 {
			how = append(how, fs[0]+" "+r.one)
		} else {
			how = append(how, andList(fs)+" "+r.many)
		}
	}
	if len(how) > 0 {
		d.para(strings.Join(how, ". ") + ".")
	}
	if tm.meaning.Template.Lenient {
		d.para("If the whole text does not have the template's shape, the values are searched for from left to right, with the text from the first value to the last as the template has it, and the text around them ignored: servers word the rest of their replies as they like.")
	}
	f.Add(d.code())

	n := len(tm.args)
	sig := "func " + tm.parse + "(text string) (" + tm.values + ", bool) {"
	var vals []jen.Code
	for i, a := range tm.args {
		var v jen.Code
		elem := jen.Id("v").Index(jen.Lit(i))
		switch a.typ {
		case goUint8:
			v = jen.Uint8().Call(elem.Dot("n"))
		case goUint16:
			v = jen.Uint16().Call(elem.Dot("n"))
		case goUint64:
			v = elem.Dot("n")
		case goTime:
			v = elem.Dot("t")
		default:
			v = elem.Dot("s")
		}
		vals = append(vals, jen.Id(a.field).Op(":").Add(v))
	}
	values := jen.Id(tm.values).Values(vals...)
	if len(vals) > 1 {
		values = jen.Id(tm.values).Custom(multi, vals...)
	}
	if n == 0 {
		f.Func().Id(tm.parse).Add(params(len(sig), jen.Id("text").String())).Params(jen.Id(tm.values), jen.Bool()).Block(
			jen.Return(jen.Id(tm.values).Values(), jen.Id(tm.pattern).Dot("parse").Call(jen.Id("text"), jen.Nil())),
		)
		return
	}
	f.Func().Id(tm.parse).Add(params(len(sig), jen.Id("text").String())).Params(jen.Id(tm.values), jen.Bool()).Block(
		jen.Var().Id("v").Index(jen.Lit(n)).Add(p.rt("value")),
		jen.If(jen.Op("!").Id(tm.pattern).Dot("parse").Call(jen.Id("text"), jen.Id("v").Index(jen.Empty(), jen.Empty()))).Block(
			jen.Return(jen.Id(tm.values).Values(), jen.False()),
		),
		jen.Return(values, jen.True()),
	)
}

// segmentLit renders a segment of a pattern.
func (p *pkg) segmentLit(tm templated, s spec.Segment) jen.Code {
	if s.Param == nil {
		return jen.Values(jen.Id("lit").Op(":").Lit(s.Literal))
	}
	a := argOf(tm, s.Param)
	kind := "stringValue"
	switch {
	case a.typ == goUint8 || a.typ == goUint16 || a.typ == goUint64:
		kind = "uintValue"
	case a.typ == goTime:
		kind = "timeValue"
	case a.Quoted:
		kind = "quotedValue"
	}
	kv := []jen.Code{jen.Id("kind").Op(":").Add(p.rt(kind))}
	if s.Param.Index > 0 {
		kv = append(kv, jen.Id("index").Op(":").Lit(s.Param.Index))
	}
	if a.Type == spec.TypeUint {
		kv = append(kv, jen.Id("max").Op(":").Lit(int(a.Max)))
	}
	return jen.Values(kv...)
}

// patterns renders the pattern of every parser: its template's segments
// and, for a lenient template, its core and whether the core starts with a
// number (spec.Template's Core and CoreAfterDigit), the data the runtime's
// matcher reads.
func (p *pkg) patterns(f *jen.File) {
	f.Add(doc("The patterns the parsers match, from the templates of the replies."))
	f.Var().DefsFunc(func(g *jen.Group) {
		for _, tm := range p.formats {
			segs := func(ss []spec.Segment) jen.Code {
				var out []jen.Code
				for _, s := range ss {
					out = append(out, p.segmentLit(tm, s))
				}
				return jen.Index().Add(p.rt("segment")).Custom(multi, out...)
			}
			t := tm.meaning.Template
			vals := []jen.Code{jen.Id("segments").Op(":").Add(segs(t.Segments))}
			if t.Lenient {
				vals = append(vals, jen.Id("core").Op(":").Add(segs(t.Core)))
				if t.CoreAfterDigit {
					vals = append(vals, jen.Id("afterDigit").Op(":").True())
				}
			}
			g.Id(tm.pattern).Op("=").Add(p.rt("pattern")).Custom(multi, vals...)
		}
	})
}
