package golang

import (
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/ftpcodes/ftpcodes/spec"
)

// This file renders what reads and writes reply texts: a formatter, a
// parser and a values type for every templated meaning (p.formats), the
// helpers they share, and the reply framing of RFC 959, section 4.2. The
// formatters and parsers do what spec.Template's Format and Parse do, and
// the framing what spec.FormatReply and spec.ParseReply do; the tests
// compare them on conformance.Vectors.

// renderText adds the formatters, parsers and reply framing to f.
func (p *pkg) renderText(f *jen.File) {
	f.Add(doc("ErrBadValue is wrapped by every error that a Format function or [FormatReply] returns: the value cannot be written into a reply, as it is out of range or would end the reply line early."))
	f.Var().Id(errBadValue).Op("=").Qual("errors", "New").Call(jen.Lit(p.name + ": bad value"))

	for _, tm := range p.formats {
		p.valuesType(f, tm)
		p.formatFunc(f, tm)
		p.parseFunc(f, tm)
	}
	p.formatHelpers(f)
	if len(p.formats) > 0 {
		p.patterns(f)
		p.matcher(f)
	}
	p.framing(f)
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
	var fields []jen.Code
	for _, a := range tm.args {
		fields = append(fields, jen.Id(a.field).Add(a.goType()).Add(lineComment(a.Description)))
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
	var params []jen.Code
	for i := 0; i < len(tm.args); {
		var names []jen.Code
		k := i
		for ; k < len(tm.args) && tm.args[k].typ == tm.args[i].typ; k++ {
			names = append(names, jen.Id(tm.args[k].name))
		}
		params = append(params, jen.List(names...).Add(tm.args[i].goType()))
		i = k
	}
	f.Func().Id(tm.format).Params(params...).Params(jen.String(), jen.Error()).BlockFunc(func(g *jen.Group) {
		check := func(call jen.Code) {
			g.If(jen.Err().Op(":=").Add(call), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Lit(""), jen.Err()))
		}
		var terms []jen.Code
		for _, s := range t.Segments {
			if s.Param == nil {
				terms = append(terms, jen.Lit(s.Literal))
				continue
			}
			a := argOf(tm, s.Param)
			v := jen.Id(a.name)
			name := jen.Lit(a.Name.LowerSnake)
			switch a.typ {
			case goUint8, goUint16:
				terms = append(terms, jen.Qual("strconv", "Itoa").Call(jen.Int().Call(v)))
			case goUint64:
				check(jen.Id("checkUint").Call(name, v, jen.Lit(int(a.Max))))
				terms = append(terms, jen.Qual("strconv", "FormatUint").Call(v, jen.Lit(10)))
			case goTime:
				check(jen.Id("checkTime").Call(name, v))
				terms = append(terms, jen.Id("formatTime").Call(v))
			default:
				check(jen.Id("checkString").Call(name, v, jen.Lit(s.Stop)))
				if a.Quoted {
					terms = append(terms, jen.Qual("strings", "ReplaceAll").Call(v, jen.Lit(`"`), jen.Lit(`""`)))
				} else {
					terms = append(terms, v)
				}
			}
		}
		if len(terms) == 0 {
			terms = append(terms, jen.Lit(""))
		}
		// The sum breaks after a + where a line would grow long.
		sum := jen.Add(terms[0])
		width := len("return ") + len(fmt.Sprintf("%#v", terms[0]))
		for i, term := range terms[1:] {
			w := len(fmt.Sprintf("%#v", term))
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
func argOf(tm templated, p *spec.Param) arg {
	for _, a := range tm.args {
		if a.Param == p {
			return a
		}
	}
	panic("golang: a segment's parameter is not among its template's parameters")
}

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
	if tm.core != nil {
		d.para("If the whole text does not have the template's shape, the values are searched for from left to right, with the text from the first value to the last as the template has it, and the text around them ignored: servers word the rest of their replies as they like.")
	}
	f.Add(d.code())

	n := len(tm.args)
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
		f.Func().Id(tm.parse).Params(jen.Id("text").String()).Params(jen.Id(tm.values), jen.Bool()).Block(
			jen.Return(jen.Id(tm.values).Values(), jen.Id(tm.pattern).Dot("parse").Call(jen.Id("text"), jen.Nil())),
		)
		return
	}
	f.Func().Id(tm.parse).Params(jen.Id("text").String()).Params(jen.Id(tm.values), jen.Bool()).Block(
		jen.Var().Id("v").Index(jen.Lit(n)).Id("value"),
		jen.If(jen.Op("!").Id(tm.pattern).Dot("parse").Call(jen.Id("text"), jen.Id("v").Index(jen.Empty(), jen.Empty()))).Block(
			jen.Return(jen.Id(tm.values).Values(), jen.False()),
		),
		jen.Return(values, jen.True()),
	)
}

// formatHelpers renders the checks the formatters call, those that some
// formatter calls.
func (p *pkg) formatHelpers(f *jen.File) {
	fail := func(format string, args ...jen.Code) jen.Code {
		return jen.Qual("fmt", "Errorf").Call(append([]jen.Code{jen.Lit("%w: " + format), jen.Id(errBadValue)}, args...)...)
	}
	if p.uses.checkString {
		f.Add(doc("checkString returns an error if a string value cannot be written: if it is empty; if it contains CR, LF or NUL, which would end the reply line; or if it contains stop, the text that follows it in the template, which a parser would take for its end."))
		f.Func().Id("checkString").Params(jen.List(jen.Id("name"), jen.Id("v"), jen.Id("stop")).String()).Error().Block(
			jen.Switch().Block(
				jen.Case(jen.Id("v").Op("==").Lit("")).Block(
					jen.Return(fail("%s is empty", jen.Id("name"))),
				),
				jen.Case(jen.Qual("strings", "ContainsAny").Call(jen.Id("v"), jen.Lit("\r\n\x00"))).Block(
					jen.Return(fail("%s contains CR, LF or NUL, which would end the reply line", jen.Id("name"))),
				),
				jen.Case(jen.Id("stop").Op("!=").Lit("").Op("&&").Qual("strings", "Contains").Call(jen.Id("v"), jen.Id("stop"))).Block(
					jen.Return(fail("%s contains %q, the text that follows it in the reply", jen.Id("name"), jen.Id("stop"))),
				),
			),
			jen.Return(jen.Nil()),
		)
	}
	if p.uses.checkUint {
		f.Add(doc("checkUint returns an error if v is above limit."))
		f.Func().Id("checkUint").Params(jen.Id("name").String(), jen.List(jen.Id("v"), jen.Id("limit")).Uint64()).Error().Block(
			jen.If(jen.Id("v").Op(">").Id("limit")).Block(
				jen.Return(fail("%s is %d, above %d", jen.Id("name"), jen.Id("v"), jen.Id("limit"))),
			),
			jen.Return(jen.Nil()),
		)
	}
	if p.uses.checkTime {
		f.Add(doc("checkTime returns an error if t is outside the years %d to %d in UTC: a time-val has four digits for the year, and the year 0 is not one that every language's time type holds.", spec.MinYear, spec.MaxYear))
		f.Func().Id("checkTime").Params(jen.Id("name").String(), jen.Id("t").Qual("time", "Time")).Error().Block(
			jen.If(jen.Id("y").Op(":=").Id("t").Dot("UTC").Call().Dot("Year").Call(), jen.Id("y").Op("<").Id("minYear").Op("||").Id("y").Op(">").Id("maxYear")).Block(
				jen.Return(fail("%s is in the year %d, outside %04d to %04d", jen.Id("name"), jen.Id("y"), jen.Id("minYear"), jen.Id("maxYear"))),
			),
			jen.Return(jen.Nil()),
		)

		f.Add(doc("formatTime writes t as a time-val (RFC 3659, section 2.3): YYYYMMDDHHMMSS in UTC, then a fraction of a second without trailing zeros if there is one."))
		f.Func().Id("formatTime").Params(jen.Id("t").Qual("time", "Time")).String().Block(
			jen.Return(jen.Id("t").Dot("UTC").Call().Dot("Format").Call(jen.Lit("20060102150405.999999999"))),
		)
	}
}

// segmentKinds are the kinds of a pattern's segments, by the constant's
// name, with its comment.
var segmentKinds = []struct{ ident, doc string }{
	{"literal", "text as the template has it"},
	{"uintValue", "decimal digits"},
	{"timeValue", "an RFC 3659 time-val"},
	{"stringValue", "text up to the literal that follows it, or to the end"},
	{"quotedValue", `text up to a double quote that is not doubled, each "" read as "`},
}

// segmentLit renders a segment of a pattern.
func segmentLit(tm templated, s spec.Segment) jen.Code {
	if s.Param == nil {
		return jen.Values(jen.Id("lit").Op(":").Lit(s.Literal))
	}
	a := argOf(tm, s.Param)
	index := 0
	for i := range tm.args {
		if tm.args[i].Param == s.Param {
			index = i
		}
	}
	kv := []jen.Code{}
	switch a.typ {
	case goUint8, goUint16, goUint64:
		kv = append(kv, jen.Id("kind").Op(":").Id("uintValue"))
	case goTime:
		kv = append(kv, jen.Id("kind").Op(":").Id("timeValue"))
	default:
		if a.Quoted {
			kv = append(kv, jen.Id("kind").Op(":").Id("quotedValue"))
		} else {
			kv = append(kv, jen.Id("kind").Op(":").Id("stringValue"))
		}
	}
	if index > 0 {
		kv = append(kv, jen.Id("index").Op(":").Lit(index))
	}
	if a.Type == spec.TypeUint {
		kv = append(kv, jen.Id("max").Op(":").Lit(int(a.Max)))
	}
	return jen.Values(kv...)
}

func (p *pkg) patterns(f *jen.File) {
	f.Add(doc("The patterns the parsers match, from the templates of the replies."))
	f.Var().DefsFunc(func(g *jen.Group) {
		for _, tm := range p.formats {
			segs := func(ss []spec.Segment) jen.Code {
				var out []jen.Code
				for _, s := range ss {
					out = append(out, segmentLit(tm, s))
				}
				return jen.Index().Id("segment").Custom(multi, out...)
			}
			vals := []jen.Code{jen.Id("segments").Op(":").Add(segs(tm.meaning.Template.Segments))}
			if tm.core != nil {
				vals = append(vals, jen.Id("core").Op(":").Add(segs(tm.core)))
			}
			g.Id(tm.pattern).Op("=").Id("pattern").Custom(multi, vals...)
		}
	})

	var d docLines
	d.para("pattern is the template of a reply text as a parser reads it.")
	f.Add(d.code())
	f.Type().Id("pattern").Struct(
		jen.Id("segments").Index().Id("segment"),
		jen.Line(),
		jen.Comment("// core is what to search the text for when it does not match segments"),
		jen.Comment("// as a whole: the segments from the first value to the last, with the"),
		jen.Comment("// quotes around a quoted one. It is nil when the values cannot be told"),
		jen.Comment("// apart from text around them."),
		jen.Id("core").Index().Id("segment"),
	)

	f.Add(doc("segment is literal text or a value of a pattern."))
	f.Type().Id("segment").Struct(
		jen.Id("kind").Id("segmentKind"),
		jen.Id("lit").String().Add(lineComment("a literal's text")),
		jen.Id("index").Int().Add(lineComment("a value's position among the template's parameters")),
		jen.Id("max").Uint64().Add(lineComment("a uint's largest value")),
	)

	f.Add(doc("segmentKind says what a segment matches."))
	f.Type().Id("segmentKind").Int()
	f.Const().DefsFunc(func(g *jen.Group) {
		for i, k := range segmentKinds {
			if i == 0 {
				g.Id(k.ident).Id("segmentKind").Op("=").Iota().Add(lineComment(k.doc))
			} else {
				g.Id(k.ident).Add(lineComment(k.doc))
			}
		}
	})

	f.Add(doc("value is a value that a parser reads: n for a uint, t for a time, s for a string."))
	f.Type().Id("value").Struct(
		jen.Id("n").Uint64(),
		jen.Id("t").Qual("time", "Time"),
		jen.Id("s").String(),
	)
}

// at is text[i].
func at(i jen.Code) *jen.Statement { return jen.Id("text").Index(i) }

// digitAt is isDigit(text[i]).
func digitAt(i jen.Code) *jen.Statement { return jen.Id("isDigit").Call(at(i)) }

func (p *pkg) matcher(f *jen.File) {
	// Statements grow when a method is called on them: Clone before.
	text, pos, j := jen.Id("text"), jen.Id("pos"), jen.Id("j")
	no := jen.Return(jen.Lit(0), jen.False())
	var d docLines
	d.para("parse reads the values of text into vs, one per template parameter in declaration order, and reports whether text has the pattern's shape: first as a whole, then, if the pattern has a core, anywhere in the text, the first place from the left that matches.")
	f.Add(d.code())
	f.Func().Params(jen.Id("p").Op("*").Id("pattern")).Id("parse").Params(jen.Id("text").String(), jen.Id("vs").Index().Id("value")).Bool().Block(
		jen.If(jen.List(jen.Id("end"), jen.Id("ok")).Op(":=").Id("match").Call(jen.Id("p").Dot("segments"), text, jen.Lit(0), jen.True(), jen.Id("vs")), jen.Id("ok").Op("&&").Id("end").Op("==").Len(text)).Block(
			jen.Return(jen.True()),
		),
		jen.If(jen.Id("p").Dot("core").Op("==").Nil()).Block(jen.Return(jen.False())),
		jen.Id("number").Op(":=").Id("p").Dot("core").Index(jen.Lit(0)).Dot("kind").Op("==").Id("uintValue").Op("||").Id("p").Dot("core").Index(jen.Lit(0)).Dot("kind").Op("==").Id("timeValue"),
		jen.For(jen.Id("i").Op(":=").Range().Len(text)).Block(
			jen.Comment("// A number starts at its first digit, not within a longer one."),
			jen.If(jen.Id("number").Op("&&").Id("i").Op(">").Lit(0).Op("&&").Add(digitAt(jen.Id("i").Op("-").Lit(1)))).Block(jen.Continue()),
			jen.If(jen.List(jen.Id("_"), jen.Id("ok")).Op(":=").Id("match").Call(jen.Id("p").Dot("core"), text, jen.Id("i"), jen.False(), jen.Id("vs")), jen.Id("ok")).Block(
				jen.Return(jen.True()),
			),
		),
		jen.Return(jen.False()),
	)

	d = nil
	d.para("match matches segs against text from pos and returns where the match ends. A string value followed by a literal ends where that literal first follows, or, with anchored and when the literal is the last segment, where it ends the text; a string value last in segs takes the rest of the text.")
	f.Add(d.code())
	vi := jen.Id("vs").Index(jen.Id("s").Dot("index"))
	f.Func().Id("match").Params(
		jen.Id("segs").Index().Id("segment"), jen.Id("text").String(), jen.Id("pos").Int(), jen.Id("anchored").Bool(), jen.Id("vs").Index().Id("value"),
	).Params(jen.Int(), jen.Bool()).Block(
		jen.For(jen.List(jen.Id("i"), jen.Id("s")).Op(":=").Range().Id("segs")).Block(
			jen.Switch(jen.Id("s").Dot("kind")).Block(
				jen.Case(jen.Id("literal")).Block(
					jen.If(jen.Op("!").Qual("strings", "HasPrefix").Call(text.Clone().Index(pos, jen.Empty()), jen.Id("s").Dot("lit"))).Block(no),
					pos.Clone().Op("+=").Len(jen.Id("s").Dot("lit")),
				),
				jen.Case(jen.Id("uintValue")).Block(
					j.Clone().Op(":=").Add(pos),
					jen.For(j.Clone().Op("<").Len(text).Op("&&").Add(digitAt(j))).Block(j.Clone().Op("++")),
					jen.List(jen.Id("n"), jen.Err()).Op(":=").Qual("strconv", "ParseUint").Call(text.Clone().Index(pos, j), jen.Lit(10), jen.Lit(64)),
					jen.If(j.Clone().Op("==").Add(pos).Op("||").Err().Op("!=").Nil().Op("||").Id("n").Op(">").Id("s").Dot("max")).Block(no),
					vi.Clone().Dot("n").Op("=").Id("n"),
					pos.Clone().Op("=").Add(j),
				),
				jen.Case(jen.Id("timeValue")).Block(
					j.Clone().Op(":=").Add(pos).Op("+").Lit(14),
					jen.If(j.Clone().Op(">").Len(text)).Block(no),
					jen.If(j.Clone().Op("+").Lit(1).Op("<").Len(text).Op("&&").Add(at(j)).Op("==").LitRune('.').Op("&&").Add(digitAt(j.Clone().Op("+").Lit(1)))).Block(
						j.Clone().Op("++"),
						jen.For(j.Clone().Op("<").Len(text).Op("&&").Add(digitAt(j))).Block(j.Clone().Op("++")),
					),
					jen.List(jen.Id("t"), jen.Id("ok")).Op(":=").Id("parseTime").Call(text.Clone().Index(pos, j)),
					jen.If(jen.Op("!").Id("ok")).Block(no),
					vi.Clone().Dot("t").Op("=").Id("t"),
					pos.Clone().Op("=").Add(j),
				),
				jen.Case(jen.Id("quotedValue")).Block(
					jen.Var().Id("b").Qual("strings", "Builder"),
					j.Clone().Op(":=").Add(pos),
					jen.For(jen.Empty(), j.Clone().Op("<").Len(text), j.Clone().Op("++")).Block(
						jen.If(at(j).Op("==").LitRune('"')).Block(
							jen.If(j.Clone().Op("+").Lit(1).Op("<").Len(text).Op("&&").Add(at(j.Clone().Op("+").Lit(1))).Op("==").LitRune('"')).Block(
								jen.Id("b").Dot("WriteByte").Call(jen.LitRune('"')),
								j.Clone().Op("++"),
								jen.Continue(),
							),
							jen.Break(),
						),
						jen.Id("b").Dot("WriteByte").Call(at(j)),
					),
					jen.If(j.Clone().Op("==").Len(text).Op("||").Id("b").Dot("Len").Call().Op("==").Lit(0)).Block(no),
					vi.Clone().Dot("s").Op("=").Id("b").Dot("String").Call(),
					pos.Clone().Op("=").Add(j),
				),
				jen.Case(jen.Id("stringValue")).Block(
					jen.Var().Id("end").Int(),
					jen.Switch().Block(
						jen.Case(jen.Id("i").Op("+").Lit(1).Op("==").Len(jen.Id("segs"))).Block(
							jen.If(pos.Clone().Op("==").Len(text)).Block(no),
							jen.Id("end").Op("=").Len(text),
						),
						jen.Case(jen.Id("anchored").Op("&&").Id("i").Op("+").Lit(2).Op("==").Len(jen.Id("segs"))).Block(
							jen.Id("lit").Op(":=").Id("segs").Index(jen.Id("i").Op("+").Lit(1)).Dot("lit"),
							jen.If(jen.Op("!").Qual("strings", "HasSuffix").Call(text, jen.Id("lit")).Op("||").Len(text).Op("-").Len(jen.Id("lit")).Op("<=").Add(pos)).Block(no),
							jen.Id("end").Op("=").Len(text).Op("-").Len(jen.Id("lit")),
						),
						jen.Default().Block(
							jen.Id("k").Op(":=").Qual("strings", "Index").Call(text.Clone().Index(pos, jen.Empty()), jen.Id("segs").Index(jen.Id("i").Op("+").Lit(1)).Dot("lit")),
							jen.If(jen.Id("k").Op("<=").Lit(0)).Block(no),
							jen.Id("end").Op("=").Add(pos).Op("+").Id("k"),
						),
					),
					vi.Clone().Dot("s").Op("=").Add(text).Index(pos, jen.Id("end")),
					pos.Clone().Op("=").Id("end"),
				),
			),
		),
		jen.Return(pos, jen.True()),
	)

	d = nil
	f.Add(doc("The years of a time-val that the parsers read and the formatters write: four digits, without the year 0, which not every language's time type holds."))
	f.Const().Defs(
		jen.Id("minYear").Op("=").Lit(spec.MinYear),
		jen.Id("maxYear").Op("=").Lit(spec.MaxYear),
	)

	d = nil
	d.para("parseTime reads a time-val (RFC 3659, section 2.3): 14 digits that give a valid time in UTC, in the years minYear to maxYear, seconds 00 to 59, then optionally \".\" and digits, of which those beyond nanoseconds are dropped.")
	f.Add(d.code())
	zero := jen.Qual("time", "Time").Values()
	v := jen.Id("v")
	f.Func().Id("parseTime").Params(jen.Id("v").String()).Params(jen.Qual("time", "Time"), jen.Bool()).Block(
		jen.If(jen.Len(v).Op("<").Lit(14)).Block(jen.Return(zero, jen.False())),
		jen.For(jen.Id("i").Op(":=").Range().Lit(14)).Block(
			jen.If(jen.Op("!").Id("isDigit").Call(v.Clone().Index(jen.Id("i")))).Block(jen.Return(zero, jen.False())),
		),
		jen.List(jen.Id("t"), jen.Err()).Op(":=").Qual("time", "Parse").Call(jen.Lit("20060102150405"), v.Clone().Index(jen.Empty(), jen.Lit(14))),
		jen.If(jen.Err().Op("!=").Nil().Op("||").Id("t").Dot("Year").Call().Op("<").Id("minYear")).Block(jen.Return(zero, jen.False())),
		jen.Id("frac").Op(":=").Add(v).Index(jen.Lit(14), jen.Empty()),
		jen.If(jen.Id("frac").Op("==").Lit("")).Block(jen.Return(jen.Id("t"), jen.True())),
		jen.If(jen.Id("frac").Index(jen.Lit(0)).Op("!=").LitRune('.').Op("||").Len(jen.Id("frac")).Op("==").Lit(1)).Block(jen.Return(zero, jen.False())),
		jen.Id("ns").Op(":=").Lit(0),
		jen.For(jen.Id("i").Op(":=").Lit(1), jen.Id("i").Op("<").Len(jen.Id("frac")), jen.Id("i").Op("++")).Block(
			jen.Id("c").Op(":=").Id("frac").Index(jen.Id("i")),
			jen.If(jen.Op("!").Id("isDigit").Call(jen.Id("c"))).Block(jen.Return(zero, jen.False())),
			jen.If(jen.Id("i").Op("<=").Lit(9)).Block(jen.Id("ns").Op("=").Id("ns").Op("*").Lit(10).Op("+").Int().Call(jen.Id("c").Op("-").LitRune('0'))),
		),
		jen.For(jen.Id("i").Op(":=").Len(jen.Id("frac")), jen.Id("i").Op("<=").Lit(9), jen.Id("i").Op("++")).Block(
			jen.Id("ns").Op("*=").Lit(10),
		),
		jen.Return(jen.Id("t").Dot("Add").Call(jen.Qual("time", "Duration").Call(jen.Id("ns"))), jen.True()),
	)
}

func (p *pkg) framing(f *jen.File) {
	f.Add(doc("isDigit reports whether c is an ASCII digit."))
	f.Func().Id("isDigit").Params(jen.Id("c").Byte()).Bool().Block(
		jen.Return(jen.LitRune('0').Op("<=").Id("c").Op("&&").Id("c").Op("<=").LitRune('9')),
	)

	f.Add(doc("ErrNotReply is wrapped by every error that [ParseReply] returns, and by those of [ReadReply] for lines that are not a reply: it wraps [ErrLineTooLong] and [ErrTooManyLines] too."))
	f.Var().Id(errNotReply).Op("=").Qual("errors", "New").Call(jen.Lit(p.name + ": not an FTP reply"))
	f.Add(doc("ErrLineTooLong is the error of a line longer than %d bytes, without its line end: [ReadReply] returns it as soon as a line is known to be that long, without reading the rest, so that a server cannot make a client read without end. It wraps [ErrNotReply].", spec.MaxLineBytes))
	f.Var().Id(errLineTooLong).Op("=").Qual("fmt", "Errorf").Call(jen.Lit("%w: a line longer than %d bytes"), jen.Id(errNotReply), jen.Id("maxLineBytes"))
	f.Add(doc("ErrTooManyLines is the error of a reply of more than %d lines: [ReadReply] returns it as soon as a reply's %dth line does not end it, without reading further. It wraps [ErrNotReply].", spec.MaxReplyLines, spec.MaxReplyLines))
	f.Var().Id(errTooManyLines).Op("=").Qual("fmt", "Errorf").Call(jen.Lit("%w: a reply of more than %d lines"), jen.Id(errNotReply), jen.Id("maxReplyLines"))

	var d docLines
	d.para("ParsedReply is a reply as read off the control connection, single-line or multi-line (RFC 959, section 4.2).")
	f.Add(d.code())
	f.Type().Id(typeParsedReply).Struct(
		jen.Id("Code").Id(typeCode).Add(lineComment("the reply code, 100 to 999")),
		jen.Line(),
		jen.Comment("// Lines are the reply's lines as they came, without their line ends:"),
		jen.Comment("// the bytes before each LF, with one CR before it dropped."),
		jen.Id("Lines").Index().String(),
		jen.Line(),
		jen.Comment(`// Text is the reply's text: for a single-line reply what follows "ddd ";`),
		jen.Comment(`// for a multi-line reply what follows "ddd-" on the first line, the`),
		jen.Comment(`// lines between as they are, and what follows "ddd " on the last line,`),
		jen.Comment("// joined with LF. It is valid UTF-8: each ill-formed sequence in the"),
		jen.Comment("// lines is read as U+FFFD, one for each maximal subpart, as the Unicode"),
		jen.Comment("// Standard recommends (section 3.9) and WHATWG's TextDecoder does."),
		jen.Id("Text").String(),
	)

	d = nil
	d.para(`FormatReply returns a reply for the wire, its lines each ending in CRLF. A message without a line feed becomes one line, "227 Entering Passive Mode (...).\r\n". A message with line feeds becomes a multi-line reply (RFC 959, section 4.2): the first line "211-First", the lines between as they are, but with a space before one that begins with a digit, so that no line can pass for a reply of its own, and the last line "211 End".`)
	d.para("The error wraps [ErrBadValue] if code is outside 100 to 999, or if message contains CR or NUL: lines are separated with LF alone.")
	f.Add(d.code())
	f.Func().Id(funcFormatReply).Params(jen.Id("code").Int(), jen.Id("message").String()).Params(jen.String(), jen.Error()).Block(
		jen.If(jen.Id("code").Op("<").Lit(100).Op("||").Id("code").Op(">").Lit(999)).Block(
			jen.Return(jen.Lit(""), jen.Qual("fmt", "Errorf").Call(jen.Lit("%w: reply code %d is not three digits from 100 to 999"), jen.Id(errBadValue), jen.Id("code"))),
		),
		jen.If(jen.Qual("strings", "ContainsAny").Call(jen.Id("message"), jen.Lit("\r\x00"))).Block(
			jen.Return(jen.Lit(""), jen.Qual("fmt", "Errorf").Call(jen.Lit("%w: the message contains CR or NUL; separate its lines with LF alone"), jen.Id(errBadValue))),
		),
		jen.Id("c").Op(":=").Qual("strconv", "Itoa").Call(jen.Id("code")),
		jen.Id("lines").Op(":=").Qual("strings", "Split").Call(jen.Id("message"), jen.Lit("\n")),
		jen.Var().Id("b").Qual("strings", "Builder"),
		jen.Id("b").Dot("Grow").Call(jen.Len(jen.Id("message")).Op("+").Lit(7).Op("*").Len(jen.Id("lines"))),
		jen.For(jen.List(jen.Id("i"), jen.Id("line")).Op(":=").Range().Id("lines")).Block(
			jen.Switch().Block(
				jen.Case(jen.Id("i").Op("==").Len(jen.Id("lines")).Op("-").Lit(1)).Block(
					jen.Id("b").Dot("WriteString").Call(jen.Id("c")),
					jen.Id("b").Dot("WriteByte").Call(jen.LitRune(' ')),
				),
				jen.Case(jen.Id("i").Op("==").Lit(0)).Block(
					jen.Id("b").Dot("WriteString").Call(jen.Id("c")),
					jen.Id("b").Dot("WriteByte").Call(jen.LitRune('-')),
				),
				jen.Case(jen.Id("line").Op("!=").Lit("").Op("&&").Id("isDigit").Call(jen.Id("line").Index(jen.Lit(0)))).Block(
					jen.Id("b").Dot("WriteByte").Call(jen.LitRune(' ')),
				),
			),
			jen.Id("b").Dot("WriteString").Call(jen.Id("line")),
			jen.Id("b").Dot("WriteString").Call(jen.Lit("\r\n")),
		),
		jen.Return(jen.Id("b").Dot("String").Call(), jen.Nil()),
	)

	d = nil
	d.para(fmt.Sprintf("ParseReply reads one complete reply from its lines: each line as read off the connection up to its LF, without the LF. One CR at the end of a line is dropped; any other CR is text. It gives the reply that [ReadReply] reads from the same lines, each followed by an LF, when they are one reply and nothing more. The first line, with ddd from 100 to 999, is \"ddd text\", \"ddd-text\" for a multi-line reply, or \"ddd\" alone for a reply without text. A multi-line reply ends with the first line that starts with the same code and a space, or is that code alone; the lines before it are its text whatever they start with. A line may hold at most %d bytes besides its CR, and a reply at most %d lines.", spec.MaxLineBytes, spec.MaxReplyLines))
	d.para("The error wraps [ErrNotReply] if the first line does not start a reply, a line holds an LF or is too long, the reply has too many lines, a multi-line reply has no last line, or lines follow the reply's last line.")
	f.Add(d.code())
	notReply := func(format string, args ...jen.Code) jen.Code {
		return jen.Return(jen.Id(typeParsedReply).Values(), jen.Qual("fmt", "Errorf").Call(append([]jen.Code{jen.Lit("%w: " + format), jen.Id(errNotReply)}, args...)...))
	}
	fail := jen.Return(jen.Id(typeParsedReply).Values(), jen.Err())
	f.Func().Id(funcParseReply).Params(jen.Id("lines").Index().String()).Params(jen.Id(typeParsedReply), jen.Error()).Block(
		jen.If(jen.Len(jen.Id("lines")).Op("==").Lit(0)).Block(notReply("no lines")),
		jen.Var().Id("p").Id(typeParsedReply),
		jen.For(jen.List(jen.Id("i"), jen.Id("line")).Op(":=").Range().Id("lines")).Block(
			jen.If(jen.Qual("strings", "Contains").Call(jen.Id("line"), jen.Lit("\n"))).Block(
				notReply("line %d holds an LF", jen.Id("i").Op("+").Lit(1)),
			),
			jen.List(jen.Id("done"), jen.Err()).Op(":=").Id("p").Dot("add").Call(jen.Qual("strings", "TrimSuffix").Call(jen.Id("line"), jen.Lit("\r"))),
			jen.If(jen.Err().Op("!=").Nil()).Block(fail),
			jen.If(jen.Id("done").Op("&&").Id("i").Op("<").Len(jen.Id("lines")).Op("-").Lit(1)).Block(
				notReply("%d lines after the last line of the reply", jen.Len(jen.Id("lines")).Op("-").Lit(1).Op("-").Id("i")),
			),
			jen.If(jen.Id("done")).Block(jen.Return(jen.Id("p"), jen.Nil())),
		),
		notReply(`the multi-line %d reply has no last line, "%d text"`, jen.Id("p").Dot("Code"), jen.Id("p").Dot("Code")),
	)

	d = nil
	d.para("ReadReply reads one complete reply from r, single-line or multi-line, and not a byte further. A line ends at LF; one CR before the LF is dropped, and any other CR is text, never the end of a line. The reply is read as [ParseReply] reads its lines.")
	d.para("It returns io.EOF if r ends before the reply starts, and an error that wraps io.ErrUnexpectedEOF if r ends anywhere within it, even after a line's CR: a reply cut short is not a reply. To keep a server from making it read without end, it returns [ErrLineTooLong] as soon as a line is known to be too long, and [ErrTooManyLines] as soon as the last line a reply may have does not end it. These wrap [ErrNotReply], as the errors for lines that are not a reply do; after any of them, the connection is of no further use.")
	f.Add(d.code())
	f.Func().Id(funcReadReply).Params(jen.Id("r").Op("*").Qual("bufio", "Reader")).Params(jen.Id(typeParsedReply), jen.Error()).Block(
		jen.Var().Id("p").Id(typeParsedReply),
		jen.For().Block(
			jen.List(jen.Id("line"), jen.Err()).Op(":=").Id("readLine").Call(jen.Id("r")),
			jen.If(jen.Err().Op("==").Qual("io", "EOF").Op("&&").Len(jen.Id("p").Dot("Lines")).Op(">").Lit(0)).Block(
				jen.Return(jen.Id(typeParsedReply).Values(), jen.Qual("fmt", "Errorf").Call(jen.Lit(p.name+": the input ends within a multi-line %d reply: %w"), jen.Id("p").Dot("Code"), jen.Qual("io", "ErrUnexpectedEOF"))),
			),
			jen.If(jen.Err().Op("!=").Nil()).Block(fail),
			jen.List(jen.Id("done"), jen.Err()).Op(":=").Id("p").Dot("add").Call(jen.Id("line")),
			jen.If(jen.Err().Op("!=").Nil()).Block(fail),
			jen.If(jen.Id("done")).Block(jen.Return(jen.Id("p"), jen.Nil())),
		),
	)

	f.Add(doc("The limits of a reply: the longest line, in bytes, without its line end, and the most lines."))
	f.Const().Defs(
		jen.Id("maxLineBytes").Op("=").Lit(spec.MaxLineBytes),
		jen.Id("maxReplyLines").Op("=").Lit(spec.MaxReplyLines),
	)

	d = nil
	d.para("add adds the next line of the reply, without its line end, and reports whether it is the reply's last; then it sets Text.")
	f.Add(d.code())
	lines := jen.Id("p").Dot("Lines")
	f.Func().Params(jen.Id("p").Op("*").Id(typeParsedReply)).Id("add").Params(jen.Id("line").String()).Params(jen.Bool(), jen.Error()).Block(
		jen.If(jen.Len(jen.Id("line")).Op(">").Id("maxLineBytes")).Block(jen.Return(jen.False(), jen.Id(errLineTooLong))),
		jen.List(jen.Id("code"), jen.Id("sep"), jen.Id("ok")).Op(":=").Id("replyStart").Call(jen.Id("line")),
		jen.If(jen.Len(lines).Op("==").Lit(0)).Block(
			jen.If(jen.Op("!").Id("ok")).Block(
				jen.Return(jen.False(), jen.Qual("fmt", "Errorf").Call(jen.Lit(`%w: the first line does not start with a code from 100 to 999 and a space, "-" or its end`), jen.Id(errNotReply))),
			),
			jen.Id("p").Dot("Code").Op("=").Id(typeCode).Call(jen.Id("code")),
		),
		lines.Clone().Op("=").Append(lines, jen.Id("line")),
		jen.Switch().Block(
			jen.Case(jen.Len(lines).Op("==").Lit(1).Op("&&").Id("sep").Op("==").LitRune('-')).Block(
				jen.Return(jen.False(), jen.Nil()),
			),
			jen.Case(jen.Len(lines).Op("==").Lit(1)).Block(
				jen.Id("p").Dot("Text").Op("=").Id("decodeText").Call(jen.Id("textAfterCode").Call(jen.Id("line"))),
				jen.Return(jen.True(), jen.Nil()),
			),
			jen.Case(jen.Id("ok").Op("&&").Id(typeCode).Call(jen.Id("code")).Op("==").Id("p").Dot("Code").Op("&&").Id("sep").Op("!=").LitRune('-')).Block(
				jen.Id("parts").Op(":=").Make(jen.Index().String(), jen.Len(lines)),
				jen.For(jen.List(jen.Id("i"), jen.Id("l")).Op(":=").Range().Add(lines)).Block(
					jen.If(jen.Id("i").Op("==").Lit(0).Op("||").Id("i").Op("==").Len(lines).Op("-").Lit(1)).Block(
						jen.Id("l").Op("=").Id("textAfterCode").Call(jen.Id("l")),
					),
					jen.Id("parts").Index(jen.Id("i")).Op("=").Id("decodeText").Call(jen.Id("l")),
				),
				jen.Id("p").Dot("Text").Op("=").Qual("strings", "Join").Call(jen.Id("parts"), jen.Lit("\n")),
				jen.Return(jen.True(), jen.Nil()),
			),
			jen.Case(jen.Len(lines).Op("==").Id("maxReplyLines")).Block(
				jen.Return(jen.False(), jen.Id(errTooManyLines)),
			),
		),
		jen.Return(jen.False(), jen.Nil()),
	)

	d = nil
	d.para("readLine reads a line and returns it without its LF, and without one CR before the LF. It returns io.EOF if r ends before the line starts, and an error that wraps io.ErrUnexpectedEOF if r ends within it. It returns [ErrLineTooLong] once more bytes than a line and its CR may have are there without an LF, reading no further, or if the line is too long without its CR.")
	f.Add(d.code())
	f.Func().Id("readLine").Params(jen.Id("r").Op("*").Qual("bufio", "Reader")).Params(jen.String(), jen.Error()).Block(
		jen.Var().Id("long").Index().Byte().Add(lineComment("the line so far, when it is longer than r's buffer")),
		jen.For().Block(
			jen.List(jen.Id("frag"), jen.Err()).Op(":=").Id("r").Dot("ReadSlice").Call(jen.LitRune('\n')),
			jen.Id("pending").Op(":=").Len(jen.Id("long")).Op("+").Len(jen.Id("frag")).Add(lineComment("bytes of the line, its LF not counted")),
			jen.If(jen.Err().Op("==").Nil()).Block(jen.Id("pending").Op("--")),
			jen.If(jen.Id("pending").Op(">").Id("maxLineBytes").Op("+").Lit(1)).Block(
				jen.Return(jen.Lit(""), jen.Id(errLineTooLong)),
			),
			jen.Switch(jen.Err()).Block(
				jen.Case(jen.Nil()).Block(
					jen.Id("line").Op(":=").Id("frag").Index(jen.Empty(), jen.Len(jen.Id("frag")).Op("-").Lit(1)),
					jen.If(jen.Id("long").Op("!=").Nil()).Block(
						jen.Id("line").Op("=").Append(jen.Id("long"), jen.Id("line").Op("...")),
					),
					jen.If(jen.Id("pending").Op(">").Lit(0).Op("&&").Id("line").Index(jen.Id("pending").Op("-").Lit(1)).Op("==").LitRune('\r')).Block(
						jen.Id("line").Op("=").Id("line").Index(jen.Empty(), jen.Id("pending").Op("-").Lit(1)),
					),
					jen.Return(jen.String().Call(jen.Id("line")), jen.Nil()),
				),
				jen.Case(jen.Qual("bufio", "ErrBufferFull")).Block(
					jen.Id("long").Op("=").Append(jen.Id("long"), jen.Id("frag").Op("...")),
				),
				jen.Case(jen.Qual("io", "EOF")).Block(
					jen.If(jen.Id("pending").Op("==").Lit(0)).Block(
						jen.Return(jen.Lit(""), jen.Qual("io", "EOF")),
					),
					jen.Return(jen.Lit(""), jen.Qual("fmt", "Errorf").Call(jen.Lit(p.name+": the input ends within a line: %w"), jen.Qual("io", "ErrUnexpectedEOF"))),
				),
				jen.Default().Block(
					jen.Return(jen.Lit(""), jen.Err()),
				),
			),
		),
	)

	d = nil
	d.para(`replyStart reads "ddd", "ddd " or "ddd-" at the start of a line, ddd from 100 to 999; sep is ' ', '-' or 0 for the code alone.`)
	f.Add(d.code())
	l := jen.Id("l")
	f.Func().Id("replyStart").Params(jen.Id("l").String()).Params(jen.Id("code").Int(), jen.Id("sep").Byte(), jen.Id("ok").Bool()).Block(
		jen.If(jen.Len(l).Op("<").Lit(3).Op("||").Op("!").Id("isDigit").Call(l.Clone().Index(jen.Lit(0))).Op("||").Op("!").Id("isDigit").Call(l.Clone().Index(jen.Lit(1))).Op("||").Op("!").Id("isDigit").Call(l.Clone().Index(jen.Lit(2))).Op("||").Add(l).Index(jen.Lit(0)).Op("==").LitRune('0')).Block(
			jen.Return(jen.Lit(0), jen.Lit(0), jen.False()),
		),
		jen.Id("code").Op("=").Int().Call(l.Clone().Index(jen.Lit(0)).Op("-").LitRune('0')).Op("*").Lit(100).Op("+").Int().Call(l.Clone().Index(jen.Lit(1)).Op("-").LitRune('0')).Op("*").Lit(10).Op("+").Int().Call(l.Clone().Index(jen.Lit(2)).Op("-").LitRune('0')),
		jen.Switch().Block(
			jen.Case(jen.Len(l).Op("==").Lit(3)).Block(jen.Return(jen.Id("code"), jen.Lit(0), jen.True())),
			jen.Case(l.Clone().Index(jen.Lit(3)).Op("==").LitRune(' ').Op("||").Add(l).Index(jen.Lit(3)).Op("==").LitRune('-')).Block(
				jen.Return(jen.Id("code"), l.Clone().Index(jen.Lit(3)), jen.True()),
			),
		),
		jen.Return(jen.Lit(0), jen.Lit(0), jen.False()),
	)

	f.Add(doc(`textAfterCode returns the text of a reply line after "ddd " or "ddd-".`))
	f.Func().Id("textAfterCode").Params(jen.Id("l").String()).String().Block(
		jen.If(jen.Len(l).Op("<=").Lit(4)).Block(jen.Return(jen.Lit(""))),
		jen.Return(l.Clone().Index(jen.Lit(4), jen.Empty())),
	)

	p.decoding(f)
}

// decoding renders decodeText, which reads a reply's bytes as UTF-8 as
// spec.DecodeText does, and its helper.
func (p *pkg) decoding(f *jen.File) {
	s, i := jen.Id("s"), jen.Id("i")
	var d docLines
	d.para("decodeText returns s with each ill-formed UTF-8 sequence replaced by U+FFFD, one for each maximal subpart (the Unicode Standard, section 3.9), as WHATWG's TextDecoder and Python's errors=\"replace\" do: so the first two bytes of a three-byte character make one U+FFFD. utf8.DecodeRuneInString and strings.ToValidUTF8 would make two, or one for a whole run.")
	f.Add(d.code())
	f.Func().Id("decodeText").Params(jen.Id("s").String()).String().Block(
		jen.If(jen.Qual("unicode/utf8", "ValidString").Call(s)).Block(jen.Return(s)),
		jen.Var().Id("b").Qual("strings", "Builder"),
		jen.Id("b").Dot("Grow").Call(jen.Len(s).Op("+").Lit(8)),
		jen.For(i.Clone().Op(":=").Lit(0), i.Clone().Op("<").Len(s), jen.Empty()).Block(
			jen.List(jen.Id("c"), jen.Id("size")).Op(":=").Qual("unicode/utf8", "DecodeRuneInString").Call(s.Clone().Index(i, jen.Empty())),
			jen.If(jen.Id("c").Op("!=").Qual("unicode/utf8", "RuneError").Op("||").Id("size").Op(">").Lit(1)).Block(
				jen.Id("b").Dot("WriteString").Call(s.Clone().Index(i, i.Clone().Op("+").Id("size"))),
				i.Clone().Op("+=").Id("size"),
				jen.Continue(),
			),
			jen.Id("b").Dot("WriteRune").Call(jen.Qual("unicode/utf8", "RuneError")),
			i.Clone().Op("+=").Id("maximalSubpart").Call(s.Clone().Index(i, jen.Empty())),
		),
		jen.Return(jen.Id("b").Dot("String").Call()),
	)

	d = nil
	d.para("maximalSubpart returns the length of the ill-formed sequence at the start of s: its first byte and the bytes after it that can follow, by the Unicode Standard's Table 3-7 of well-formed UTF-8, or 1 if the first byte starts no character.")
	f.Add(d.code())
	lo, hi, need := jen.Id("lo"), jen.Id("hi"), jen.Id("need")
	f.Func().Id("maximalSubpart").Params(jen.Id("s").String()).Int().Block(
		jen.Var().Id("need").Int().Add(lineComment("the bytes that follow the first")),
		jen.List(lo, hi).Op(":=").List(jen.Byte().Call(hexByte(0x80)), jen.Byte().Call(hexByte(0xBF))).Add(lineComment("the range of the second")),
		jen.Switch(jen.Id("c").Op(":=").Add(s).Index(jen.Lit(0)), jen.Empty()).Block(
			jen.Case(hexByte(0xC2).Op("<=").Id("c").Op("&&").Id("c").Op("<=").Add(hexByte(0xDF))).Block(need.Clone().Op("=").Lit(1)),
			jen.Case(jen.Id("c").Op("==").Add(hexByte(0xE0))).Block(jen.List(need, lo).Op("=").List(jen.Lit(2), hexByte(0xA0))),
			jen.Case(jen.Id("c").Op("==").Add(hexByte(0xED))).Block(jen.List(need, hi).Op("=").List(jen.Lit(2), hexByte(0x9F))),
			jen.Case(hexByte(0xE1).Op("<=").Id("c").Op("&&").Id("c").Op("<=").Add(hexByte(0xEF))).Block(need.Clone().Op("=").Lit(2)),
			jen.Case(jen.Id("c").Op("==").Add(hexByte(0xF0))).Block(jen.List(need, lo).Op("=").List(jen.Lit(3), hexByte(0x90))),
			jen.Case(jen.Id("c").Op("==").Add(hexByte(0xF4))).Block(jen.List(need, hi).Op("=").List(jen.Lit(3), hexByte(0x8F))),
			jen.Case(hexByte(0xF1).Op("<=").Id("c").Op("&&").Id("c").Op("<=").Add(hexByte(0xF3))).Block(need.Clone().Op("=").Lit(3)),
			jen.Default().Block(jen.Return(jen.Lit(1))),
		),
		jen.Id("n").Op(":=").Lit(1),
		jen.For(jen.Empty(), jen.Id("n").Op("<=").Add(need).Op("&&").Id("n").Op("<").Len(s).Op("&&").Add(lo).Op("<=").Add(s).Index(jen.Id("n")).Op("&&").Add(s).Index(jen.Id("n")).Op("<=").Add(hi), jen.Id("n").Op("++")).Block(
			jen.List(lo, hi).Op("=").List(hexByte(0x80), hexByte(0xBF)),
		),
		jen.Return(jen.Id("n")),
	)
}

// hexByte is a byte constant in hex, as a UTF-8 table writes it: 0xBF.
func hexByte(v byte) *jen.Statement { return jen.Op(fmt.Sprintf("0x%02X", v)) }
