package python

import (
	"fmt"
	"strings"

	"github.com/ftpcodes/ftpcodes/internal/quote"
	"github.com/ftpcodes/ftpcodes/spec"
)

// Templated is a meaning whose text carries values, as values.tmpl writes
// its values class, formatter, parser and template constant.
type Templated struct {
	*spec.Meaning
}

// model returns the templated meanings of t, from the model's
// Table.Templated.
func model(t *spec.Table) []Templated {
	out := make([]Templated, len(t.Templated))
	for i, m := range t.Templated {
		out[i] = Templated{m}
	}
	return out
}

// FormatDef returns the first line or lines of the meaning's formatter,
// "def format_name(a: int, b: str) -> str:", as black lays them out.
func (m Templated) FormatDef() string {
	var params []string
	for _, p := range m.Template.Params {
		params = append(params, p.Name.LowerSnake+": "+pyType(p.Type))
	}
	return blackCall(0, "def format_"+m.Name.LowerSnake, params, " -> str:", true)
}

// ParseDef returns the first line or lines of the meaning's parser.
func (m Templated) ParseDef() string {
	return blackCall(0, "def parse_"+m.Name.LowerSnake, []string{"text: str"}, " -> Optional["+m.Name.Camel+"Values]:", true)
}

// RenderCall returns the formatter's body: the call that writes the text.
func (m Templated) RenderCall() string {
	args := []string{m.TemplateConst()}
	for _, p := range m.Template.Params {
		args = append(args, p.Name.LowerSnake)
	}
	return blackCall(4, "return _render", args, "", false)
}

// ScanCall returns the parser's first statement, which reads the values.
func (m Templated) ScanCall() string {
	return blackCall(4, "values = _scan", []string{m.TemplateConst(), "text"}, "", false)
}

// MakeCall returns the parser's last statement, which returns the values.
func (m Templated) MakeCall() string {
	return blackCall(4, "return "+m.Name.Camel+"Values._make", []string{"values"}, "", false)
}

// TemplateConst is the name of the private constant that holds the
// meaning's template. No other private name ends in _TEMPLATE.
func (m Templated) TemplateConst() string { return "_" + m.Name.UpperSnake + "_TEMPLATE" }

// DefineFunc is the name of the private function that defines the
// meaning's values class on first use. No other private name starts with
// _define_ and ends in _values.
func (m Templated) DefineFunc() string { return "_define_" + m.Name.LowerSnake + "_values" }

// DefineDef returns the decorator and the def line of DefineFunc, as
// black lays them out.
func (m Templated) DefineDef() string {
	return blackCall(0, "@_on_first_use", []string{quote.PythonString(m.Name.Camel + "Values")}, "", false) +
		"\n" + blackCall(0, "def "+m.DefineFunc(), nil, " -> None:", true)
}

// DefineDoc is the docstring of DefineFunc, at 4 columns.
func (m Templated) DefineDoc() string {
	return doc(4, "Define "+m.Name.Camel+"Values, on first use.")
}

// ValuesDoc is the docstring of the meaning's values class, at 8 columns:
// the class is defined in DefineFunc.
func (m Templated) ValuesDoc() string {
	return doc(8, fmt.Sprintf("What :func:`parse_%s` reads from a %d reply's text.", m.Name.LowerSnake, m.Code))
}

// TemplateDecl returns the assignment of the template constant: the
// template's segments and, for a lenient template, its core and whether
// the core starts with a number or a time, as spec settles them.
func (m Templated) TemplateDecl() string {
	args := []string{segments(m.Template.Segments)}
	if m.Template.Lenient {
		args = append(args, segments(m.Template.Core))
		if m.Template.CoreAfterDigit {
			args = append(args, "after_digit=True")
		}
	}
	return blackCall(0, m.TemplateConst()+" = _Template", args, "", false)
}

// segments writes a tuple of segments at 4 columns, one a line.
func segments(segs []spec.Segment) string {
	var b strings.Builder
	b.WriteString("(\n")
	for _, s := range segs {
		b.WriteString("        ")
		if p := s.Param; p != nil {
			name := quote.PythonString(p.Name.LowerSnake)
			switch {
			case p.Type == spec.TypeUint:
				fmt.Fprintf(&b, "_Uint(%s, %d, %d),\n", name, p.Index, p.Max)
			case p.Type == spec.TypeTime:
				fmt.Fprintf(&b, "_Time(%s, %d),\n", name, p.Index)
			case p.Quoted:
				fmt.Fprintf(&b, "_String(%s, %d, quoted=True),\n", name, p.Index)
			case s.Stop != "":
				b.WriteString(blackCall(8, "_String", []string{name, fmt.Sprint(p.Index), field(12, "stop=", s.Stop, "")}, ",", false) + "\n")
			default:
				fmt.Fprintf(&b, "_String(%s, %d),\n", name, p.Index)
			}
			continue
		}
		b.WriteString(field(8, "", s.Literal, ",") + "\n")
	}
	b.WriteString("    )")
	return b.String()
}

// Param is a template parameter as the formatter's docstring describes it.
type Param struct {
	*spec.Param
	Stops []string // spec.Template.Stops
}

// Params returns the template's parameters with their stops.
func (m Templated) Params() []Param {
	out := make([]Param, len(m.Template.Params))
	for i, p := range m.Template.Params {
		out[i] = Param{p, m.Template.Stops(p)}
	}
	return out
}

// FieldDoc is the docstring of the parameter's field in the values class,
// at 8 columns.
func (p Param) FieldDoc() string {
	text := p.Description
	switch {
	case p.Type == spec.TypeTime:
		text += " Aware, in UTC, to the microsecond."
	case p.Quoted:
		text += " A doubled quote in the text is read as one."
	}
	return doc(8, text)
}

// ArgDoc is the parameter's entry under the formatter's Args, from its
// name on, its lines after the first at 12 columns.
func (p Param) ArgDoc() string {
	head := p.Name.LowerSnake + ": "
	var allowed string
	switch p.Type {
	case spec.TypeUint:
		allowed = fmt.Sprintf("An int from 0 to %d.", p.Max)
	case spec.TypeTime:
		allowed = "A datetime, written in UTC to the microsecond, that is in the years 1 to 9999 in UTC; a naive one is taken as UTC."
	default:
		allowed = "A str, not empty, that holds no CR, LF or NUL"
		for i, s := range p.Stops {
			if i == 0 {
				allowed += ", nor"
			} else {
				allowed += " or"
			}
			allowed += " " + quote.PythonString(s)
		}
		if p.Quoted {
			allowed += "; its quotes are doubled"
		}
		allowed += "."
	}
	return head + wrap(12, 8+len(head), p.Description) + "\n            " + wrap(12, 0, allowed)
}

// pyType returns the Python type of a parameter type.
func pyType(typ string) string {
	switch typ {
	case spec.TypeUint:
		return "int"
	case spec.TypeTime:
		return "datetime"
	}
	return "str"
}
