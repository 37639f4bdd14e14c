package java

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/ftpcodes/ftpcodes/internal/quote"
	"github.com/ftpcodes/ftpcodes/spec"
)

// Model is what the parts under templates/java/ render: the table's
// records with their Java spellings, literals and Javadoc computed once.
type Model struct {
	Replies    []*Reply
	Aliases    []*Alias // every deprecated name, by code
	Classes    []*Kind
	Groups     []*Kind
	Commands   []*Command
	Verbs      []*Verb // every alias, a constant of FtpCommand
	AnyCommand string  // the replies servers send to any command: List.of(...)
	Templated  []*Templated
	Facts      []*Fact
}

// Fact is an MLSx fact, a constant of FtpFact, with its record's fields as
// Java expressions.
type Fact struct {
	Const, Doc                      string
	Name, Type, Description, Status string
	RFC                             int
	Section, Evidence               string // a literal or null; List.of(...)
	End                             string // "," or, after the last, ";"
}

var factTypes = map[string]string{spec.TypeUint: "FactType.UINT", spec.TypeTime: "FactType.TIME", spec.TypeString: "FactType.STRING"}

// Reply is one reply code, a constant of FtpReply.
type Reply struct {
	Const, Doc string
	Code       int
	Meaning    string   // new Meaning(...)
	Also       []string // new Meaning(...) each
	Closes     bool
	End        string // "," or, after the last, ";"
}

// Alias is a deprecated name of a reply.
type Alias struct {
	Const, Target, Doc string
}

// Kind is a class or a function group, a constant of FtpReply.ReplyClass
// or FtpReply.Group.
type Kind struct {
	Const, Camel, Doc  string
	Digit              int
	Title, Description string // literals
	RFC                int
	Section            string // a literal or null
	PredicateDoc       string // for a class: the Javadoc of its predicate
	End                string // "," or, after the last, ";"
}

// Command is a command, a constant of FtpCommand, with its record's
// fields as Java expressions.
type Command struct {
	Const, Verb, Doc                                     string
	Aliases                                              string // List.of(...)
	Description, Syntax, Status, Section, RepliesSection string
	Argument                                             string // Argument.NONE, .OPTIONAL or .REQUIRED
	RFC                                                  int
	Preliminary, Intermediate, Success, Error, Observed  string // List.of(...)
	End                                                  string // "," or, after the last, ";"
}

// Verb is an alias of a command: a static field of FtpCommand.
type Verb struct {
	Const, Target, Doc string
	Verb               string // the alias as a literal
}

var statuses = map[spec.Status]string{
	spec.Standard:    "Status.STANDARD",
	spec.Extension:   "Status.EXTENSION",
	spec.Draft:       "Status.DRAFT",
	spec.NonStandard: "Status.NON_STANDARD",
}

func model(t *spec.Table) (*Model, error) {
	m := &Model{}
	for _, r := range t.Replies {
		mm, err := meaning(&r.Meaning)
		if err != nil {
			return nil, fmt.Errorf("reply %d: %w", r.Code, err)
		}
		rr := &Reply{
			Const: r.Name.UpperSnake, Code: r.Code, Meaning: mm, Closes: r.ClosesControl,
			Doc: fmt.Sprintf("%d %s: %s %s", r.Code, quote.JavaCode(r.Text), quote.JavaDoc(r.Description), cite(r.Ref)),
		}
		for _, a := range r.Also {
			am, err := meaning(a)
			if err != nil {
				return nil, fmt.Errorf("reply %d: %w", r.Code, err)
			}
			rr.Also = append(rr.Also, am)
		}
		m.Replies = append(m.Replies, rr)
		for _, a := range r.Aliases {
			m.Aliases = append(m.Aliases, &Alias{
				Const: a.UpperSnake, Target: r.Name.UpperSnake,
				Doc: "A deprecated name of {@link #" + r.Name.UpperSnake + "}.",
			})
		}
	}
	for _, c := range t.Classes {
		k := kind(c.Name, c.Digit, c.Title, c.Description, c.Ref)
		k.PredicateDoc = fmt.Sprintf("Reports whether the code is a %s: %dyz.", quote.JavaDoc(c.Title), c.Digit)
		m.Classes = append(m.Classes, k)
	}
	for _, g := range t.Groups {
		m.Groups = append(m.Groups, kind(g.Name, g.Digit, g.Title, g.Description, g.Ref))
	}
	for _, c := range t.Commands {
		st, ok := statuses[c.Status]
		if !ok {
			return nil, fmt.Errorf("command %s: no constant of Status for the status %v", c.Verb, c.Status)
		}
		m.Commands = append(m.Commands, &Command{
			Const: c.Verb, Verb: quote.JavaString(c.Verb),
			Doc:         quote.JavaCode(c.Syntax) + ": " + quote.JavaDoc(c.Description) + " " + cite(c.Ref),
			Aliases:     list(literals(c.Aliases)),
			Description: quote.JavaString(c.Description), Syntax: quote.JavaString(c.Syntax), Status: st,
			Argument: "Argument." + c.Argument.Name().UpperSnake,
			RFC:      c.Ref.RFC, Section: optional(c.Ref.Section),
			RepliesSection: optional(c.RepliesRef.Section),
			Preliminary:    list(codes(c.Preliminary)), Intermediate: list(codes(c.Intermediate)),
			Success: list(codes(c.Success)), Error: list(codes(c.Error)),
			Observed: observed(c.Observed),
		})
		for j, a := range c.Aliases {
			m.Verbs = append(m.Verbs, &Verb{
				Const: c.AliasNames[j].UpperSnake, Target: c.Verb, Verb: quote.JavaString(a),
				Doc: fmt.Sprintf("{@code %s}, another verb for {@link #%s} %s", a, c.Verb, cite(c.AliasesRef)),
			})
		}
	}
	m.AnyCommand = observed(t.AnyCommand)
	for _, mm := range t.Templated {
		m.Templated = append(m.Templated, templated(mm))
	}
	for i, f := range t.Facts {
		st, ok := statuses[f.Status]
		if !ok {
			return nil, fmt.Errorf("fact %s: no constant of Status for the status %v", f.Name, f.Status)
		}
		m.Facts = append(m.Facts, &Fact{
			Const: f.Ident.UpperSnake, Doc: quote.JavaCode(f.Name) + ": " + quote.JavaDoc(f.Description) + " " + cite(f.Ref),
			Name: quote.JavaString(f.Name), Type: factTypes[f.Type], Description: quote.JavaString(f.Description),
			Status: st, RFC: f.Ref.RFC, Section: optional(f.Ref.Section), Evidence: evidence(f.Evidence),
			End: end(i, len(t.Facts)),
		})
	}
	for i, r := range m.Replies {
		r.End = end(i, len(m.Replies))
	}
	for i, k := range m.Classes {
		k.End = end(i, len(m.Classes))
	}
	for i, k := range m.Groups {
		k.End = end(i, len(m.Groups))
	}
	for i, c := range m.Commands {
		c.End = end(i, len(m.Commands))
	}
	return m, nil
}

func meaning(m *spec.Meaning) (string, error) {
	st, ok := statuses[m.Status]
	if !ok {
		return "", fmt.Errorf("no constant of Status for the status %v", m.Status)
	}
	tmpl := "null"
	if m.Template != nil {
		tmpl = quote.JavaString(m.Template.Raw)
	}
	return fmt.Sprintf("new Meaning(%s, %s, %s, %s, %d, %s, %s)", quote.JavaString(m.Text), quote.JavaString(m.Description),
		tmpl, st, m.Ref.RFC, optional(m.Ref.Section), optional(m.Ref.Source)), nil
}

func kind(name spec.Name, digit int, title, description string, ref spec.Ref) *Kind {
	return &Kind{
		Const: name.UpperSnake, Camel: name.Camel, Digit: digit,
		Doc:   quote.JavaDoc(title) + ": " + quote.JavaDoc(description) + " " + cite(ref),
		Title: quote.JavaString(title), Description: quote.JavaString(description),
		RFC: ref.RFC, Section: optional(ref.Section),
	}
}

// cite says where something is defined, for Javadoc: "(RFC 959, section
// 4.2.2)." or "(non-standard: source).".
func cite(r spec.Ref) string {
	switch {
	case r.RFC != 0 && r.Section == "":
		return fmt.Sprintf("(RFC %d).", r.RFC)
	case r.Cites():
		return "(" + quote.JavaDoc(r.String()) + ")."
	case r.Source != "":
		return "(non-standard: " + quote.JavaDoc(r.Source) + ")."
	}
	return "(non-standard)."
}

func optional(s string) string {
	if s == "" {
		return "null"
	}
	return quote.JavaString(s)
}

func literals(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = quote.JavaString(s)
	}
	return out
}

func codes(rs []*spec.Reply) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = "FtpReply." + r.Name.UpperSnake
	}
	return out
}

func list(items []string) string {
	return "List.of(" + strings.Join(items, ", ") + ")"
}

func observed(os []*spec.Observed) string {
	var items []string
	for _, o := range os {
		items = append(items, "new ObservedReply("+strconv.Itoa(o.Reply.Code)+", "+evidence(o.Evidence)+")")
	}
	return list(items)
}

// evidence writes places in servers' sources: List.of(new Evidence(...)).
func evidence(es []*spec.Evidence) string {
	var ev []string
	for _, e := range es {
		ev = append(ev, "new Evidence("+quote.JavaString(e.Server.String())+", "+quote.JavaString(e.At())+")")
	}
	return list(ev)
}

// end ends the i-th of n enum constants.
func end(i, n int) string {
	if i == n-1 {
		return ";"
	}
	return ","
}

// Templated is a meaning with a template: its formatter, parser and
// values class in FtpValues.
type Templated struct {
	Const, Camel    string // the template's constant, the meaning's name
	FormatDoc       string
	ParseDoc        string
	Params          []*Param
	Segments, Core  string // List.of(...) of ReplyTemplate segments; Core null when not lenient
	Args, Arguments string // the formatter's parameters, and its arguments
	// AfterDigit reports whether a lenient parser skips the places right
	// after a digit: its core starts with a number or a time.
	AfterDigit bool
}

// Param is a template parameter: a formatter's argument and a values
// class's field.
type Param struct {
	Ident, Type, Doc string
	Index            int
}

var javaTypes = map[string]string{spec.TypeUint: "long", spec.TypeTime: "Instant", spec.TypeString: "String"}

var boxed = map[string]string{"long": "Long", "Instant": "Instant", "String": "String"}

// Box is the class a value of the parameter's type is boxed in.
func (p *Param) Box() string { return boxed[p.Type] }

func templated(m *spec.Meaning) *Templated {
	t, code := m.Template, m.Code
	out := &Templated{
		Const: m.Name.UpperSnake, Camel: m.Name.Camel, AfterDigit: t.Lenient && t.CoreAfterDigit,
		FormatDoc: fmt.Sprintf("Writes the text of a %d reply, %s.", code, quote.JavaCode(t.Raw)),
		ParseDoc:  fmt.Sprintf("Reads the values of the text of a %d reply, %s.", code, quote.JavaCode(t.Raw)),
		Core:      "null",
	}
	var args, arguments []string
	for _, p := range t.Params {
		pp := &Param{Ident: p.Name.LowerCamel, Type: javaTypes[p.Type], Index: p.Index, Doc: quote.JavaDoc(p.Description)}
		out.Params = append(out.Params, pp)
		args = append(args, pp.Type+" "+pp.Ident)
		arguments = append(arguments, pp.Ident)
	}
	out.Args, out.Arguments = strings.Join(args, ", "), strings.Join(arguments, ", ")
	segments := func(segs []spec.Segment, pad string) string {
		var items []string
		for _, s := range segs {
			p := s.Param
			switch {
			case p == nil:
				items = append(items, "ReplyTemplate.literal("+quote.JavaString(s.Literal)+")")
			case p.Type == spec.TypeUint:
				items = append(items, fmt.Sprintf("ReplyTemplate.uint(%d, %s, %dL)", p.Index, quote.JavaString(p.Name.LowerSnake), p.Max))
			case p.Type == spec.TypeTime:
				items = append(items, fmt.Sprintf("ReplyTemplate.time(%d, %s)", p.Index, quote.JavaString(p.Name.LowerSnake)))
			default:
				items = append(items, fmt.Sprintf("ReplyTemplate.string(%d, %s, %t, %s)", p.Index, quote.JavaString(p.Name.LowerSnake), p.Quoted, quote.JavaString(s.Stop)))
			}
		}
		return "List.of(\n" + pad + strings.Join(items, ",\n"+pad) + ")"
	}
	const pad = "                            " // one continuation inside the constructor's arguments
	out.Segments = segments(t.Segments, pad)
	if t.Lenient {
		out.Core = segments(t.Core, pad)
	}
	return out
}
