package rust

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/ftpcodes/ftpcodes/internal/quote"
	"github.com/ftpcodes/ftpcodes/spec"
)

// Model is what the parts under templates/rust/ render: the table's
// records with their Rust spellings, literals and documentation computed
// once, in rustfmt's layout (width 100, arrays of at most 60 columns on one
// line, fn parameters one a line when the signature does not fit).
type Model struct {
	Replies   []*Reply
	Aliases   []*Alias // every deprecated name, by code
	Classes   *Kinds
	Groups    *Kinds
	TextArms  []string // reply_text's match arms
	NameArms  []string // ReplyCode::from_name's
	Commands  []*Command
	Verbs     []*Verb // every verb and alias, in verb order
	VerbsList string  // the static VERBS, from "static" to ";"
	// LongestVerb is the length of the longest verb or alias, the buffer
	// Command::from_verb upper-cases a verb in.
	LongestVerb int
	// AnyCommand is the static ANY_COMMAND_REPLIES's value, after "= ".
	AnyCommand string
	Templated  []*Templated
	Facts      []*Fact
}

// Fact is an MLSx fact: a constant of Fact and its record in FACTS.
type Fact struct {
	Const, Doc, Decl                              string
	Name, Type, Description, Status, RFC, Section string // literals
	Evidence                                      string // &[...] at 8 columns, after "evidence: "
}

// Reply is one reply code.
type Reply struct {
	Code    int
	Const   string // "COMMAND_OK"
	Doc     string // its constant's doc comment, lines after the first indented by 4
	Name    string // Const as a string literal
	Decl    string // its constant's declaration
	Text    string // the text as a string literal
	Closes  bool
	Meaning *Meaning // at 12 columns, in `meaning: Meaning {`
	Also    []*Meaning
	// AlsoOne reports whether Also is one meaning, which rustfmt writes as
	// `also: &[Meaning {` at 12 columns; two or more are at 16.
	AlsoOne bool
}

// Meaning is a meaning's fields as literals.
type Meaning struct {
	Pad                                      string // the fields' indent
	Text, Description, Status                string
	RFC, Document, Section, Source, Template string // Some(...) or None
}

// Alias is a deprecated name of a reply.
type Alias struct {
	Const, Code, Doc, Note string
	Decl                   string
}

// Kinds are the classes or the function groups, with the match arms of
// their methods.
type Kinds struct {
	List                                               []*Kind
	All                                                string // the body of all(): &[ReplyClass::A, ...]
	FromDigit, Digit, Title, Description, RFC, Section []string
}

// Kind is a class or a function group.
type Kind struct {
	Variant                          string // "PositiveCompletion"
	Digit                            int
	Doc                              string // the variant's doc comment, indented by 4
	Title, Description, RFC, Section string // literals
}

// Command is a command with its record's fields as literals.
type Command struct {
	Const, Verb, Doc                                                    string
	Index                                                               int
	Aliases                                                             string // &[...] at 8 columns
	Description, Syntax, Status, RFC, Document, Section, RepliesSection string
	Argument                                                            string // Argument::None, ::Optional or ::Required
	Preliminary, Intermediate, Success, Error                           string // &[...] at 8 columns, after "name: "
	Observed                                                            string // &[...] at 8 columns, after "observed: "
}

// Verb is a verb or an alias, a constant of Command.
type Verb struct {
	Const, Verb, Doc string
	Index            int // the record of its command
	Alias            bool
}

// Templated is a meaning with a template: its formatter, parser and
// values struct.
type Templated struct {
	Code                int
	Index               int    // in TEMPLATES
	Comment             string // "227 EnteringPassiveMode", for the TEMPLATES entry
	Struct              string // "EnteringPassiveModeValues"
	FormatDoc, ParseDoc string
	StructDoc           string
	FormatSig, ParseSig string // from "pub fn" to "{"
	Params              []*Param
	ValuesLet           string // the formatter's `let values = [...];`
	MutValues           bool   // the parser takes strings out of its values
	Segments, Core      string // &[...] at 8 columns, after "segments: " and "core: "
	// AfterDigit reports whether a lenient parser skips the places right
	// after a digit: its core starts with a number or a time.
	AfterDigit bool
	Unit       bool // no parameters: the values struct is a unit struct
	ParamCount int
	ManyArgs   bool // more arguments than clippy's too_many_arguments allows (7)
	// Inline is the parser's last line when rustfmt writes the values
	// struct on one line: one field of at most 18 columns.
	Inline string
}

// Param is a template parameter as a formatter's argument and a values
// struct's field.
type Param struct {
	Ident string // r#type for a keyword
	Type  string // u8, u16, u32, u64, Time or &str for the argument
	Field string // the field's type: String for a string
	Doc   string
	Value string // the field's value from the parser's values
}

const width = 100

func model(t *spec.Table) (*Model, error) {
	if err := checkStatuses(t); err != nil {
		return nil, err
	}
	m := &Model{}
	for _, r := range t.Replies {
		rr := &Reply{
			Code: r.Code, Const: r.Name.UpperSnake, Name: quote.RustString(r.Name.UpperSnake),
			Text: quote.RustString(r.Text), Closes: r.ClosesControl,
			Meaning: meaning(&r.Meaning, 12),
			Doc:     doc(4, fmt.Sprintf("%d %s", r.Code, quote.RustDoc(r.Text)), quote.RustDoc(r.Description)+" "+cite(r.Ref)),
		}
		rr.Decl = constDecl(4, "pub const "+rr.Const+": ReplyCode", fmt.Sprintf("ReplyCode(%d)", r.Code))
		pad := 16
		if len(r.Also) == 1 {
			pad, rr.AlsoOne = 12, true
		}
		for _, a := range r.Also {
			rr.Also = append(rr.Also, meaning(a, pad))
		}
		m.Replies = append(m.Replies, rr)
		for _, a := range r.Aliases {
			m.Aliases = append(m.Aliases, &Alias{
				Const: a.UpperSnake, Code: strconv.Itoa(r.Code),
				Doc:  doc(4, "A deprecated name of [`ReplyCode::"+r.Name.UpperSnake+"`]."),
				Note: quote.RustString("use ReplyCode::" + r.Name.UpperSnake),
				Decl: constDecl(4, "pub const "+a.UpperSnake+": ReplyCode", fmt.Sprintf("ReplyCode(%d)", r.Code)),
			})
		}
	}
	var classes, groups []*Kind
	for _, c := range t.Classes {
		classes = append(classes, kind(c.Name.Camel, c.Digit, c.Title, c.Description, c.Ref))
	}
	for _, g := range t.Groups {
		groups = append(groups, kind(g.Name.Camel, g.Digit, g.Title, g.Description, g.Ref))
	}
	m.Classes, m.Groups = kinds("ReplyClass", classes), kinds("ReplyGroup", groups)
	var arms [][2]string
	for _, r := range m.Replies {
		arms = append(arms, [2]string{strconv.Itoa(r.Code), "Some(" + r.Text + ")"})
	}
	m.TextArms = matchArms(8, arms)
	arms = nil
	for _, r := range m.Replies {
		arms = append(arms, [2]string{r.Name, "Some(ReplyCode::" + r.Const + ")"})
	}
	for _, a := range m.Aliases {
		arms = append(arms, [2]string{quote.RustString(a.Const), "Some(ReplyCode(" + a.Code + "))"})
	}
	m.NameArms = matchArms(12, arms)
	var verbs []string
	for i, c := range t.Commands {
		cmd := &Command{
			Const: c.Verb, Verb: quote.RustString(c.Verb), Index: i,
			Doc:         doc(4, commandDoc(c)...),
			Aliases:     array(8, "aliases: &", literals(c.Aliases), ","),
			Description: quote.RustString(c.Description), Syntax: quote.RustString(c.Syntax),
			Argument: "Argument::" + c.Argument.Name().Camel,
			Status:   status(c.Status), RFC: rfc(c.Ref), Document: optional(c.Ref.Document, true),
			Section:        optional(c.Ref.Section, c.Ref.Cites()),
			RepliesSection: optional(c.RepliesRef.Section, c.RepliesRef.Cites()),
			Preliminary:    array(8, "preliminary: &", codes(c.Preliminary), ","),
			Intermediate:   array(8, "intermediate: &", codes(c.Intermediate), ","),
			Success:        array(8, "success: &", codes(c.Success), ","),
			Error:          array(8, "error: &", codes(c.Error), ","),
			Observed:       observed(8, c.Observed),
		}
		m.Commands = append(m.Commands, cmd)
		m.Verbs = append(m.Verbs, &Verb{Const: c.Verb, Verb: cmd.Verb, Index: i, Doc: cmd.Doc})
		m.LongestVerb = max(m.LongestVerb, len(c.Verb))
		for j, a := range c.Aliases {
			m.LongestVerb = max(m.LongestVerb, len(a))
			m.Verbs = append(m.Verbs, &Verb{
				Const: c.AliasNames[j].UpperSnake, Verb: quote.RustString(a), Index: i, Alias: true,
				Doc: doc(4, "`"+a+"`, another verb for [`Command::"+c.Verb+"`] "+cite(c.AliasesRef)),
			})
		}
	}
	sort.Slice(m.Verbs, func(i, j int) bool { return m.Verbs[i].Const < m.Verbs[j].Const })
	for _, v := range m.Verbs {
		verbs = append(verbs, "Command::"+v.Const)
	}
	m.VerbsList = array(0, fmt.Sprintf("static VERBS: [Command; %d] = ", len(verbs)), verbs, ";")
	m.AnyCommand = observed(0, t.AnyCommand)
	for i, mm := range t.Templated {
		m.Templated = append(m.Templated, templated(mm, i))
	}
	for i, f := range t.Facts {
		c := f.Ident.UpperSnake
		m.Facts = append(m.Facts, &Fact{
			Const: c, Doc: doc(4, "`"+quote.RustDoc(f.Name)+"`: "+quote.RustDoc(f.Description)+" "+cite(f.Ref)),
			Decl: constDecl(4, "pub const "+c+": Fact", fmt.Sprintf("Fact(%d)", i)),
			Name: quote.RustString(f.Name), Type: factTypes[f.Type], Description: quote.RustString(f.Description),
			Status: status(f.Status), RFC: rfc(f.Ref), Section: optional(f.Ref.Section, f.Ref.Cites()),
			Evidence: evidence(8, f.Evidence),
		})
	}
	return m, nil
}

func meaning(m *spec.Meaning, pad int) *Meaning {
	out := &Meaning{
		Pad:  strings.Repeat(" ", pad),
		Text: quote.RustString(m.Text), Description: quote.RustString(m.Description),
		Status: status(m.Status), RFC: rfc(m.Ref), Document: optional(m.Ref.Document, true),
		Section: optional(m.Ref.Section, m.Ref.Cites()),
		Source:  optional(m.Ref.Source, m.Ref.Source != ""), Template: "None",
	}
	if m.Template != nil {
		out.Template = "Some(" + quote.RustString(m.Template.Raw) + ")"
	}
	return out
}

func kind(name string, digit int, title, description string, ref spec.Ref) *Kind {
	return &Kind{
		Variant: name, Digit: digit,
		Doc:   doc(4, quote.RustDoc(title)+".", quote.RustDoc(description)+" "+cite(ref)),
		Title: quote.RustString(title), Description: quote.RustString(description),
		RFC: rfc(ref), Section: optional(ref.Section, ref.RFC != 0),
	}
}

func kinds(enum string, list []*Kind) *Kinds {
	out := &Kinds{List: list}
	var all []string
	var fromDigit, digit, title, description, rfc, section [][2]string
	for _, k := range list {
		self := "Self::" + k.Variant
		all = append(all, enum+"::"+k.Variant)
		fromDigit = append(fromDigit, [2]string{strconv.Itoa(k.Digit), "Some(" + self + ")"})
		digit = append(digit, [2]string{self, strconv.Itoa(k.Digit)})
		title = append(title, [2]string{self, k.Title})
		description = append(description, [2]string{self, k.Description})
		rfc = append(rfc, [2]string{self, k.RFC})
		section = append(section, [2]string{self, k.Section})
	}
	out.All = array(8, "&", all, "")
	out.FromDigit, out.Digit = matchArms(12, fromDigit), matchArms(12, digit)
	out.Title, out.Description = matchArms(12, title), matchArms(12, description)
	out.RFC, out.Section = matchArms(12, rfc), matchArms(12, section)
	return out
}

// matchArms writes the arms of one match, pattern => body, starting indent
// columns in, as rustfmt lays them out: each on one line if it fits; else
// with its body alone in a block; else, for a body that is a call of one
// argument, with that argument on a line of its own. If an arm fits none
// of these, rustfmt leaves the whole match as it is written, and every arm
// is written on one line.
func matchArms(indent int, arms [][2]string) []string {
	pad := strings.Repeat(" ", indent)
	out := make([]string, len(arms))
	for i, a := range arms {
		pattern, body := a[0], a[1]
		one := pattern + " => " + body + ","
		open := strings.IndexByte(body, '(')
		switch {
		case indent+len(one) <= width:
			out[i] = one
		case indent+4+len(body) <= width:
			out[i] = pattern + " => {\n" + pad + "    " + body + "\n" + pad + "}"
		case open > 0 && strings.HasSuffix(body, ")") && indent+4+len(body)-open-2+1 <= width:
			out[i] = pattern + " => " + body[:open+1] + "\n" + pad + "    " + body[open+1:len(body)-1] + ",\n" + pad + "),"
		default:
			for j, a := range arms {
				out[j] = a[0] + " => " + a[1] + ","
			}
			return out
		}
	}
	return out
}

// observed writes observed replies as a slice of ObservedReply starting
// indent columns in, as rustfmt lays it out: every ObservedReply and
// Evidence literal has its fields one a line, since a server's name and
// version and its "server: " are wider than rustfmt's 18 columns for a
// struct literal on one line.
func observed(indent int, os []*spec.Observed) string {
	var items [][]string
	for _, o := range os {
		items = append(items, structLit("ObservedReply",
			[2]string{"code", "ReplyCode::" + o.Reply.Name.UpperSnake},
			[2]string{"evidence", evidence(0, o.Evidence)}))
	}
	return strings.Join(structArray(items), "\n"+strings.Repeat(" ", indent))
}

// evidence writes a slice of Evidence starting indent columns in, as
// rustfmt lays it out (see observed).
func evidence(indent int, es []*spec.Evidence) string {
	var items [][]string
	for _, e := range es {
		items = append(items, structLit("Evidence",
			[2]string{"server", quote.RustString(e.Server.String())},
			[2]string{"at", quote.RustString(e.At())}))
	}
	return strings.Join(structArray(items), "\n"+strings.Repeat(" ", indent))
}

// factTypes are the variants of the runtime's FactType enum.
var factTypes = map[string]string{spec.TypeUint: "FactType::Uint", spec.TypeTime: "FactType::Time", spec.TypeString: "FactType::String"}

// structLit writes a struct literal with its fields one a line, as lines
// that start at column 0; a field's value may span lines.
func structLit(name string, fields ...[2]string) []string {
	out := []string{name + " {"}
	for _, f := range fields {
		value := strings.Split(f[1], "\n")
		out = append(out, "    "+f[0]+": "+value[0])
		for _, l := range value[1:] {
			out = append(out, "    "+l)
		}
		out[len(out)-1] += ","
	}
	return append(out, "}")
}

// structArray writes a slice of struct literals, each as structLit writes
// it, as lines that start at column 0: rustfmt puts a single literal right
// after "&[", and two or more one a line.
func structArray(items [][]string) []string {
	switch len(items) {
	case 0:
		return []string{"&[]"}
	case 1:
		out := slices.Clone(items[0])
		out[0] = "&[" + out[0]
		out[len(out)-1] += "]"
		return out
	}
	out := []string{"&["}
	for _, it := range items {
		for _, l := range it {
			out = append(out, "    "+l)
		}
		out[len(out)-1] += ","
	}
	return append(out, "]")
}

// commandDoc is the paragraphs of a command's doc comment: its syntax,
// description and definition, then where its replies come from.
func commandDoc(c *spec.Command) []string {
	out := []string{quote.RustCode(c.Syntax) + ": " + quote.RustDoc(c.Description) + " " + cite(c.Ref)}
	if r := repliesDoc(c); r != "" {
		out = append(out, r)
	}
	return out
}

// repliesDoc cites where a command's expected replies come from, for its
// doc comment: "Replies (RFC 959, section 5.4): success 226, 250; error
// 550. RFC 2228, section 8.2 adds error 534, 535."; "" when it has none.
func repliesDoc(c *spec.Command) string {
	if len(c.Lists) == 0 {
		return ""
	}
	own := c.Lists[0]
	var out []string
	if text := groupsText(own); text != "" {
		where := ""
		if own.Ref.Cites() {
			where = " (" + own.Ref.String() + ")"
		}
		out = append(out, "Replies"+where+": "+text+".")
	}
	for _, l := range c.Additions() {
		out = append(out, l.Ref.String()+" adds "+groupsText(l)+".")
	}
	return quote.RustDoc(strings.Join(out, " "))
}

// groupsText lists a reply list by group: "preliminary 125, 150; error
// 534, 535"; "" when it has no reply.
func groupsText(l *spec.ReplyList) string {
	var groups []string
	for _, g := range l.ByGroup() {
		var codes []string
		for _, r := range g.Replies {
			codes = append(codes, strconv.Itoa(r.Code))
		}
		if len(codes) > 0 {
			groups = append(groups, g.Key+" "+strings.Join(codes, ", "))
		}
	}
	return strings.Join(groups, "; ")
}

// statuses are the variants of the runtime's Status enum.
var statuses = map[spec.Status]string{
	spec.Standard:    "Status::Standard",
	spec.Extension:   "Status::Extension",
	spec.Draft:       "Status::Draft",
	spec.NonStandard: "Status::NonStandard",
}

// status returns the Status variant for s, which checkStatuses has checked.
func status(s spec.Status) string { return statuses[s] }

// checkStatuses refuses a table with a status the runtime's Status enum
// has no variant for.
func checkStatuses(t *spec.Table) error {
	for _, r := range t.Replies {
		for _, m := range r.Meanings() {
			if statuses[m.Status] == "" {
				return fmt.Errorf("reply %d: no variant of Status for the status %v", r.Code, m.Status)
			}
		}
	}
	for _, c := range t.Commands {
		if statuses[c.Status] == "" {
			return fmt.Errorf("command %s: no variant of Status for the status %v", c.Verb, c.Status)
		}
	}
	for _, f := range t.Facts {
		if statuses[f.Status] == "" {
			return fmt.Errorf("fact %s: no variant of Status for the status %v", f.Name, f.Status)
		}
	}
	return nil
}

func rfc(r spec.Ref) string {
	if r.RFC == 0 {
		return "None"
	}
	return fmt.Sprintf("Some(%d)", r.RFC)
}

func optional(s string, ok bool) string {
	if !ok || s == "" {
		return "None"
	}
	return "Some(" + quote.RustString(s) + ")"
}

// cite says where something is defined, for a doc comment: "(RFC 959,
// section 4.2.2)." or "(non-standard: source).".
func cite(r spec.Ref) string {
	switch {
	case r.RFC != 0 && r.Section == "":
		return fmt.Sprintf("(RFC %d).", r.RFC)
	case r.Cites():
		return "(" + quote.RustDoc(r.String()) + ")."
	case r.Source != "":
		return "(non-standard: " + quote.RustDoc(r.Source) + ")."
	}
	return "(non-standard)."
}

func literals(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = quote.RustString(s)
	}
	return out
}

func codes(rs []*spec.Reply) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = "ReplyCode::" + r.Name.UpperSnake
	}
	return out
}

// array writes head, an array of items, and tail, starting indent columns
// in, as rustfmt lays it out: on one line when the items take at most 60
// columns and the line fits in 100; else, when every item has at most 10
// characters, as many items a line as fit; else one item a line.
func array(indent int, head string, items []string, tail string) string {
	joined := strings.Join(items, ", ")
	if len(joined) <= 60 && indent+len(head)+len(joined)+2+len(tail) <= width {
		return head + "[" + joined + "]" + tail
	}
	pad := strings.Repeat(" ", indent+4)
	short := true
	for _, it := range items {
		short = short && len(it) <= 10
	}
	var b strings.Builder
	b.WriteString(head + "[\n")
	if short {
		line := ""
		for _, it := range items {
			switch {
			case line == "":
				line = it + ","
			case len(pad)+len(line)+1+len(it)+1 <= width:
				line += " " + it + ","
			default:
				b.WriteString(pad + line + "\n")
				line = it + ","
			}
		}
		b.WriteString(pad + line + "\n")
	} else {
		for _, it := range items {
			b.WriteString(pad + it + ",\n")
		}
	}
	b.WriteString(strings.Repeat(" ", indent) + "]" + tail)
	return b.String()
}

// constDecl writes head = value; starting indent columns in, as rustfmt
// lays it out: on one line if it fits, else with the value on the next
// line, indented.
func constDecl(indent int, head, value string) string {
	if one := head + " = " + value + ";"; indent+len(one) <= width {
		return one
	}
	return head + " =\n" + strings.Repeat(" ", indent+4) + value + ";"
}

// signature writes a function's signature, from head (as "pub fn name") to
// the opening brace, starting indent columns in, as rustfmt lays it out:
// on one line if it fits, else one parameter a line.
func signature(indent int, head string, params []string, ret string) string {
	one := head + "(" + strings.Join(params, ", ") + ") -> " + ret + " {"
	if indent+len(one) <= width {
		return one
	}
	pad := strings.Repeat(" ", indent)
	var b strings.Builder
	b.WriteString(head + "(\n")
	for _, p := range params {
		b.WriteString(pad + "    " + p + ",\n")
	}
	b.WriteString(pad + ") -> " + ret + " {")
	return b.String()
}

// doc writes paragraphs of Markdown, already escaped, as a doc comment
// starting indent columns in: "/// " lines of at most 100 columns, a line
// "///" between paragraphs, the lines after the first indented. A code
// span is never broken.
func doc(indent int, paragraphs ...string) string {
	pad := strings.Repeat(" ", indent)
	var lines []string
	for i, p := range paragraphs {
		if i > 0 {
			lines = append(lines, "///")
		}
		line := ""
		for _, w := range words(p) {
			switch {
			case line == "":
				line = w
			case indent+4+len(line)+1+len(w) <= width:
				line += " " + w
			default:
				lines = append(lines, "/// "+line)
				line = w
			}
		}
		lines = append(lines, strings.TrimRight("/// "+line, " "))
	}
	return strings.Join(lines, "\n"+pad)
}

// words splits Markdown at spaces, except within code spans.
func words(s string) []string {
	var out []string
	var cur strings.Builder
	fence := ""
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '`' && (i == 0 || s[i-1] != '\\') {
			j := i
			for j < len(s) && s[j] == '`' {
				j++
			}
			run := s[i:j]
			switch fence {
			case "":
				fence = run
			case run:
				fence = ""
			}
			cur.WriteString(run)
			i = j - 1
			continue
		}
		if c == ' ' && fence == "" {
			if cur.Len() > 0 {
				out = append(out, cur.String())
				cur.Reset()
			}
			continue
		}
		cur.WriteByte(c)
	}
	if cur.Len() > 0 {
		out = append(out, cur.String())
	}
	return out
}

func templated(m *spec.Meaning, index int) *Templated {
	t, code := m.Template, m.Code
	out := &Templated{
		Code: code, AfterDigit: t.Lenient && t.CoreAfterDigit, Index: index, ParamCount: len(t.Params),
		Comment:  fmt.Sprintf("%d %s", code, m.Name.Camel),
		Struct:   m.Name.Camel + "Values",
		Unit:     len(t.Params) == 0,
		ManyArgs: len(t.Params) > 7,
	}
	name := m.Name.LowerSnake
	reply := fmt.Sprintf("a %d reply's text", code)
	out.StructDoc = doc(0, "The values [`parse_"+name+"`] reads from "+reply+": "+quote.RustCode(t.Raw)+".")
	out.FormatDoc = doc(0, "Writes "+reply+", "+quote.RustCode(t.Raw)+", with the values.",
		"Fails with a [`ValueError`] for a value the text cannot carry: a number above its maximum, "+
			"an empty string, a string with CR, LF or NUL, or one with the text that follows it.")
	out.ParseDoc = doc(0, "Reads the values of "+reply+", "+quote.RustCode(t.Raw)+", or returns `None` "+
		"when the text does not have that shape.")
	var args, values []string
	for _, p := range t.Params {
		i := p.Index
		pp := &Param{Ident: quote.RustIdent(p.Name.LowerSnake), Doc: doc(4, quote.RustDoc(p.Description))}
		switch p.Type {
		case spec.TypeUint:
			pp.Type = uintType(p.Max)
			pp.Field = pp.Type
			pp.Doc = doc(4, quote.RustDoc(p.Description)+fmt.Sprintf(" At most %d.", p.Max))
			if pp.Type == "u64" {
				values = append(values, "Value::Uint("+pp.Ident+")")
				pp.Value = fmt.Sprintf("values.uint(%d)?", i)
			} else {
				values = append(values, "Value::Uint("+pp.Ident+".into())")
				pp.Value = fmt.Sprintf("%s::try_from(values.uint(%d)?).ok()?", pp.Type, i)
			}
		case spec.TypeTime:
			pp.Type, pp.Field = "Time", "Time"
			values = append(values, "Value::Time("+pp.Ident+")")
			pp.Value = fmt.Sprintf("values.time(%d)?", i)
		default:
			pp.Type, pp.Field = "&str", "String"
			values = append(values, "Value::Str("+pp.Ident+")")
			pp.Value = fmt.Sprintf("values.string(%d)?", i)
			out.MutValues = true
		}
		args = append(args, pp.Ident+": "+pp.Type)
		out.Params = append(out.Params, pp)
	}
	out.FormatSig = signature(0, "pub fn format_"+name, args, "Result<String, ValueError>")
	out.ParseSig = signature(0, "pub fn parse_"+name, []string{"text: &str"}, "Option<"+out.Struct+">")
	out.ValuesLet = array(4, "let values = ", values, ";")
	if len(out.Params) == 1 {
		field := out.Params[0].Ident + ": " + out.Params[0].Value
		if line := "Some(" + out.Struct + " { " + field + " })"; len(field) <= 18 && 4+len(line) <= width {
			out.Inline = line
		}
	}
	if out.Unit {
		out.ValuesLet = ""
	}
	segs := func(ss []spec.Segment) []string {
		var items []string
		for _, s := range ss {
			items = append(items, segment(s))
		}
		return items
	}
	out.Segments = array(8, "segments: &", segs(t.Segments), ",")
	var core []string
	if t.Lenient {
		core = segs(t.Core)
	}
	out.Core = array(8, "core: &", core, ",")
	return out
}

func segment(s spec.Segment) string {
	p := s.Param
	if p == nil {
		return "Segment::Literal(" + quote.RustString(s.Literal) + ")"
	}
	name, i := quote.RustString(p.Name.LowerSnake), p.Index
	switch {
	case p.Type == spec.TypeUint:
		return fmt.Sprintf("Segment::Uint(%s, %d, %d)", name, i, p.Max)
	case p.Type == spec.TypeTime:
		return fmt.Sprintf("Segment::Time(%s, %d)", name, i)
	case p.Quoted:
		return fmt.Sprintf("Segment::Quoted(%s, %d)", name, i)
	}
	return fmt.Sprintf("Segment::String(%s, %d, %s)", name, i, quote.RustString(s.Stop))
}

// uintType is the narrowest unsigned type that holds every value up to max.
func uintType(max uint64) string {
	switch {
	case max <= 0xFF:
		return "u8"
	case max <= 0xFFFF:
		return "u16"
	case max <= 0xFFFFFFFF:
		return "u32"
	}
	return "u64"
}
