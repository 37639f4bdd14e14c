// Package python generates the Python module ftpcodes.py: an IntEnum of the
// reply codes in the style of http.HTTPStatus, an Enum of the command verbs
// with the replies each may receive, a formatter and a parser for every
// reply text that carries values, and the reply-line framing of RFC 959,
// for Python 3.8 and later.
package python

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"text/template"

	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/internal/quote"
	"github.com/ftpcodes/ftpcodes/spec"
)

// Target renders templates/python.tmpl.
var Target = generators.TemplateTarget(generators.TemplateLang{
	Name:        "python",
	Description: "Python 3.8+ module ftpcodes.py with an IntEnum of replies, an Enum of commands, formatters and parsers",
	File:        "python.tmpl",
	Path:        "python/ftpcodes.py",
	Funcs: template.FuncMap{
		"str":       quote.PythonString,    // a string literal
		"doc":       quote.PythonDocstring, // a docstring of one line
		"doctext":   quote.PythonDocText,   // text inside a docstring
		"status":    statusMember,
		"statuses":  statuses,
		"verbs":     verbs,
		"cmddoc":    commandDoc,
		"aliased":   aliased,
		"templated": templated,
		"exports":   exports,
		"observed":  observedTuple,
	},
	BlankLines: 2,
	Package: []generators.TemplateFile{
		{Skeleton: "py.typed.tmpl", Path: "python/py.typed"},
		{Skeleton: "pyproject.toml.tmpl", Path: "python/pyproject.toml"},
	},
})

// statusMember returns the ReplyStatus member for s: its name in
// UPPER_SNAKE_CASE, as NON_STANDARD for "non-standard".
func statusMember(s spec.Status) (string, error) {
	if !slices.Contains(spec.Statuses, s) {
		return "", fmt.Errorf("no ReplyStatus member for status %v", s)
	}
	return strings.ToUpper(strings.ReplaceAll(s.String(), "-", "_")), nil
}

// status is a member of ReplyStatus.
type status struct {
	Member, Value, Doc string
}

// statuses returns the members of ReplyStatus, one for each of
// spec.Statuses, in its order.
func statuses() []status {
	out := make([]status, len(spec.Statuses))
	for i, s := range spec.Statuses {
		m, _ := statusMember(s)
		doc := strings.ToUpper(s.Meaning()[:1]) + s.Meaning()[1:] + "."
		if s == spec.NonStandard {
			doc = strings.TrimSuffix(doc, ".") + "; ``source`` says where from."
		}
		out[i] = status{Member: m, Value: s.String(), Doc: doc}
	}
	return out
}

// verb is a member of FTPCommand: a command's verb or one of its aliases.
type verb struct {
	Verb    string        // the member's name and value
	Command *spec.Command // the command it names
	Alias   bool          // Verb is an alias of Command.Verb
}

// verbs returns every verb and alias of t in verb order, the order
// FTPCommand declares its members in and iteration yields them.
func verbs(t *spec.Table) []verb {
	var out []verb
	for _, c := range t.Commands {
		out = append(out, verb{Verb: c.Verb, Command: c})
		for _, a := range c.Aliases {
			out = append(out, verb{Verb: a, Command: c, Alias: true})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Verb < out[j].Verb })
	return out
}

// aliased returns the commands of t that have aliases, in verb order.
func aliased(t *spec.Table) []*spec.Command {
	var out []*spec.Command
	for _, c := range t.Commands {
		if len(c.Aliases) > 0 {
			out = append(out, c)
		}
	}
	return out
}

// commandDoc returns the docstring of a command's member: its description,
// its syntax as an inline literal, and where it is defined.
func commandDoc(c *spec.Command) string {
	doc := c.Description + " ``" + c.Syntax + "``"
	switch {
	case c.Ref.Cites():
		doc += " (" + c.Ref.String() + ")."
	case c.Ref.Source != "":
		doc += " (non-standard: " + c.Ref.Source + ")."
	default:
		doc += " (non-standard)."
	}
	return quote.PythonDocstring(doc)
}

// Templated is a meaning whose text carries values, with the code of its
// reply and its parameters and segments as the module spells them.
type Templated struct {
	Code int
	*spec.Meaning
	Params   []*Param   // in declaration order
	Segments []*Segment // the template's literal text and values, in order
}

// Param is a parameter of a template as its formatter takes it and its
// parser's NamedTuple holds it.
type Param struct {
	*spec.Param
	Ident string // the parameter's and the field's name
	Index int    // its place among the formatter's arguments and the fields

	Stops []string // spec.Template.Stops

}

// Segment is a run of literal text (Param nil) or a value.
type Segment struct {
	Literal string
	Param   *Param
}

// templated returns every meaning of tbl that has a template, by code, each
// reply's primary meaning before its others.
func templated(tbl *spec.Table) []Templated {
	var out []Templated
	for _, r := range tbl.Replies {
		for _, m := range r.Meanings() {
			if m.Template == nil {
				continue
			}
			tm := Templated{Code: r.Code, Meaning: m}
			byParam := map[*spec.Param]*Param{}
			for i, p := range m.Template.Params {
				pp := &Param{Param: p, Ident: paramIdent(p), Index: i, Stops: m.Template.Stops(p)}
				byParam[p] = pp
				tm.Params = append(tm.Params, pp)
			}
			for _, s := range m.Template.Segments {
				if s.Param == nil {
					tm.Segments = append(tm.Segments, &Segment{Literal: s.Literal})
				} else {
					tm.Segments = append(tm.Segments, &Segment{Param: byParam[s.Param]})
				}
			}
			out = append(out, tm)
		}
	}
	return out
}

// moduleNames are the lower-case names the module imports, and the
// methods every NamedTuple has from tuple: a parameter's or a field's
// name must not hide or override them.
var moduleNames = map[string]bool{
	"dataclass": true, "datetime": true, "enum": true, "operator": true, "re": true, "timezone": true,
	"count": true, "index": true,
}

// paramIdent returns the name of p as a parameter of its formatter and a
// field of its parser's NamedTuple: its lower_snake_case name, with a
// trailing underscore when that is a keyword, a built-in or a name the
// module imports. The module's own functions that a formatter or a parser
// calls start with an underscore, which no parameter name does.
func paramIdent(p *spec.Param) string {
	if name := p.Name.LowerSnake; moduleNames[name] {
		return name + "_"
	}
	return quote.PythonIdent(p.Name.LowerSnake)
}

// publicNames are the module's public names that the table does not name.
var publicNames = []string{
	"Evidence", "FTPCommand", "FTPReply", "Meaning", "ObservedReply", "ParsedReply", "ReplyClass", "ReplyError",
	"ReplyGroup", "ReplyStatus",
	"any_command_replies", "format_reply", "from_name", "is_expected_reply", "is_known", "is_permanent_negative",
	"is_plausible_reply",
	"is_positive_completion", "is_positive_intermediate", "is_positive_preliminary",
	"is_protected", "is_transient_negative", "lookup", "lookup_command", "parse_reply",
	"read_reply", "reply_class", "reply_group", "reply_text",
}

// exports returns the module's __all__ for t, sorted: its fixed public
// names, and for every templated meaning its NamedTuple, formatter and
// parser.
func exports(t *spec.Table) []string {
	out := slices.Clone(publicNames)
	for _, m := range templated(t) {
		out = append(out, m.Name.Camel+"Values", "format_"+m.Name.LowerSnake, "parse_"+m.Name.LowerSnake)
	}
	sort.Strings(out)
	return out
}

// FormatDef returns the first line or lines of the meaning's formatter,
// "def format_name(a: int, b: str) -> str:", as black lays them out.
func (m Templated) FormatDef() string {
	var params []string
	for _, p := range m.Params {
		params = append(params, p.Ident+": "+pyType(p.Type))
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
	for _, p := range m.Params {
		args = append(args, p.Ident)
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

// lineLength is black's default line length.
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
	if indent+len(one) <= lineLength {
		return one
	}
	body := strings.Join(args, ", ")
	if def && len(args) == 1 {
		body += ","
	}
	if indent+4+len(body) <= lineLength {
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
			args := []string{quote.PythonString(e.Server.String()), quote.PythonString(e.At())}
			fmt.Fprintf(&b, "%s            %s\n", pad, blackCall(indent+12, "Evidence", args, ",", false))
		}
		fmt.Fprintf(&b, "%s        ),\n%s    ),\n", pad, pad)
	}
	b.WriteString(pad + ")")
	return b.String()
}
