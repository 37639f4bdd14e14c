package golang

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/ftpcodes/ftpcodes/spec"
)

// piece is a part of the table's part of the generated file: a file that
// jennifer renders and gofmt formats, or declarations laid out as gofmt
// lays them out already (text, each line ending in a line feed), the
// records (width.go).
type piece struct {
	file *jen.File
	text string
}

// render builds the table's part of the generated file, which the runtime
// follows (splice.go), in pieces that gofmt formats apart, at the same
// time, between the records, which it need not format. The first piece
// has the file's header, package clause and imports. It writes no table
// text anywhere but in string literals and in comments built by
// comment.go. A file shared with the user's own code has no package doc
// comment: that is the package's own.
func render(p *pkg, shared bool) []piece {
	f := jen.NewFile(p.name)
	f.HeaderComment(p.header)
	if !shared {
		f.PackageComment(p.packageDoc())
	}
	f.NoFormat = true // generate formats the source itself, to report errors well

	p.codeType(f)
	p.replyConsts(f)
	p.aliasConsts(f)
	p.textFunc(f)
	p.stringMethod(f)
	p.ordinals(f)
	p.kindType(f, typeClass, p.classes)
	p.kindType(f, typeGroup, p.groups)
	p.statusType(f)

	g := newPiece(p.name)
	p.byName(g)
	p.commandType(g)
	p.commandConsts(g)
	p.aliasCommandConsts(g)

	h := newPiece(p.name)
	p.commandIndex(h)

	k := newPiece(p.name)
	p.renderText(k)
	return []piece{{file: f}, {text: p.records()}, {file: g}, {text: p.commandRecords()}, {file: h}, {text: p.practiceRecords()}, {file: k}}
}

// newPiece returns a file for a piece after the first.
func newPiece(name string) *jen.File {
	f := jen.NewFile(name)
	f.NoFormat = true
	return f
}

// rt refers to an unexported name of the runtime (runtime/runtime.go),
// which the generated file then holds.
func (p *pkg) rt(name string) *jen.Statement {
	p.needs[name] = true
	return jen.Id(un(name))
}

// multi is a composite literal with one element a line.
var multi = jen.Options{Open: "{", Close: "}", Separator: ",", Multi: true}

// cite says where a meaning comes from, for a comment: "RFC 959, section
// 4.2.2", "draft-somers-ftp-mfxx-03, section 3.1", or "non-standard".
func cite(r spec.Ref) string {
	if !r.Cites() {
		return "non-standard"
	}
	return commentText(r.String())
}

// cites lists the distinct references of classes or groups, in order.
func cites(ks []kind) string {
	var refs []string
	for _, k := range ks {
		if c := cite(k.ref); !slices.Contains(refs, c) {
			refs = append(refs, c)
		}
	}
	return strings.Join(refs, "; ")
}

func (p *pkg) packageDoc() string {
	var d docLines
	d.para(fmt.Sprintf("Package %s defines the FTP reply codes as typed constants, with the text, meaning and defining document of each, and the FTP commands with the replies each may receive.", p.name))
	d.para("A reply code has three digits (RFC 959, section 4.2).")
	if len(p.classes) > 0 {
		d.para("The first digit gives the reply's class (" + cites(p.classes) + "):")
		d.blank()
		for _, k := range p.classes {
			d.item(fmt.Sprintf("%dyz, [%s] (%s): %s", k.digit, k.ident, commentText(k.title), commentText(k.description)))
		}
	}
	if len(p.groups) > 0 {
		d.para("The second digit gives its function group (" + cites(p.groups) + "):")
		d.blank()
		for _, k := range p.groups {
			d.item(fmt.Sprintf("x%dz, [%s] (%s): %s", k.digit, k.ident, commentText(k.title), commentText(k.description)))
		}
	}
	d.para("The third digit gives a finer gradation of meaning within the function group.")
	d.para("Some software also reports five-digit codes that no RFC defines. Codes outside 100 to 999 have no class and no function group: [Code.Class] returns [ClassNone] and [Code.Group] returns [GroupNone] for them.")
	d.para("[Text] gives the text of a code, as [net/http.StatusText] does for HTTP; [Lookup] and [All] give the whole record, [Reply], with every other meaning that later documents give the same number.")
	example := ""
	if len(p.cmds) > 0 {
		example = ", such as [" + p.cmds[0].ident + "]"
	}
	d.para("The commands a client sends are constants too" + example + ". [LookupCommand] and [AllCommands] give the record of each, [CommandInfo], with the replies it may receive, grouped as RFC 959, section 5.4 groups them: those the document that defines it lists, and those later documents, or other sections of the same one, add, as each command's doc comment cites them. [IsExpectedReply] and [Command.Expects] tell whether a reply is one of them. Real servers send more than the documents list: [IsPlausibleReply] and [Command.Plausible] also accept the replies a server's source is known to send to the command, listed with their evidence in [CommandInfo].Observed, and those servers send to any command ([AnyCommandReplies]).")
	if len(p.formats) > 0 {
		tm := p.formats[0]
		d.para(fmt.Sprintf("A reply text that carries values, such as a path or a port, has a formatter that writes it from typed values and refuses what would corrupt the reply, and a parser that reads the values back, as lenient as real servers need: [%s] and [%s] for %s, and so on for every such text.", tm.format, tm.parse, tm.what()))
	}
	d.para("[FormatReply] frames a text as a reply for the wire, multi-line if it has line feeds, so that no text can pass for a reply of its own; [ReadReply] reads one reply off a connection and [ParseReply] reads one from its lines (RFC 959, section 4.2).")
	return d.String()
}

func (p *pkg) codeType(f *jen.File) {
	f.Add(doc("Code is an FTP reply code. Any number a server sends converts to a Code, and every method answers for any value: a code not defined here has no name and no text, but its class and function group still follow from its digits."))
	f.Type().Id(typeCode).Int()
}

// replyDoc is the doc comment of a reply constant: its number and text,
// where it is defined, what it means and its other meanings.
func replyDoc(r *spec.Reply) jen.Code {
	var b strings.Builder
	fmt.Fprintf(&b, "%s is %d %s (%s). %s", r.Name.Camel, r.Code, quoted(r.Text), cite(r.Ref), commentText(r.Description))
	if !r.Ref.Cites() && r.Ref.Source != "" {
		fmt.Fprintf(&b, " Source: %s", commentText(r.Ref.Source))
	}
	if r.ClosesControl {
		b.WriteString(" The server closes the control connection after it.")
	}
	var also []string
	for _, m := range r.Also {
		also = append(also, fmt.Sprintf("%s (%s)", quoted(m.Text), cite(m.Ref)))
	}
	if n := len(also); n > 0 {
		list := also[0]
		if n > 1 {
			list = strings.Join(also[:n-1], ", ") + " and " + also[n-1]
		}
		fmt.Fprintf(&b, " It also means %s.", list)
	}
	var d docLines
	d.para(b.String())
	return d.code()
}

func (p *pkg) replyConsts(f *jen.File) {
	f.Add(doc("The reply codes, in numeric order."))
	f.Const().DefsFunc(func(g *jen.Group) {
		for i, r := range p.replies {
			if i > 0 {
				g.Line()
			}
			g.Add(replyDoc(r))
			g.Id(r.Name.Camel).Id(typeCode).Op("=").Lit(r.Code)
		}
	})
}

func (p *pkg) aliasConsts(f *jen.File) {
	var aliases []jen.Code
	for _, r := range p.replies {
		for _, a := range r.Aliases {
			if len(aliases) > 0 {
				aliases = append(aliases, jen.Line())
			}
			var d docLines
			d.para(fmt.Sprintf("%s is another name for %s (%d).", a.Camel, r.Name.Camel, r.Code))
			d.para(fmt.Sprintf("Deprecated: Use %s.", r.Name.Camel))
			aliases = append(aliases, d.code(), jen.Id(a.Camel).Op("=").Id(r.Name.Camel))
		}
	}
	if len(aliases) == 0 {
		return
	}
	f.Add(doc("Other names that some replies go by, each deprecated in favour of the reply's own name."))
	f.Const().Defs(aliases...)
}

func (p *pkg) textFunc(f *jen.File) {
	f.Add(doc("Text returns the text of a reply code, as its defining document gives it, or the empty string if the code is unknown."))
	f.Func().Id(funcText).Params(jen.Id("code").Int()).String().Block(
		jen.Return(jen.Id(un("codes")).Index(jen.Id(un("ordinal")).Call(jen.Id(typeCode).Call(jen.Id("code")))).Dot("text")),
	)
}

// ordinals renders the index of the reply codes: ordinal, a code's place
// among them, and the array it reads for the three-digit codes, a byte for
// each from 100 to the highest, as stringer indexes its names. The codes
// outside 100 to 999 are a switch.
func (p *pkg) ordinals(f *jen.File) {
	var dense []jen.Code // the three-digit codes, as keys of the array
	var others []jen.Code
	for i, r := range p.replies {
		if r.Class != nil {
			dense = append(dense, jen.Id(r.Name.Camel).Op("-").Lit(100).Op(":").Lit(i+1))
		} else {
			others = append(others, jen.Case(jen.Id(r.Name.Camel)).Block(jen.Return(jen.Lit(i+1))))
		}
	}
	f.Add(doc("%s returns c's place among the reply codes in numeric order, counting from 1, or 0 if c is unknown: the index of its name and text in %s, one more than that of its record in %s.", un("ordinal"), un("codes"), un("replies")))
	f.Func().Id(un("ordinal")).Params(jen.Id("c").Id(typeCode)).Int().BlockFunc(func(g *jen.Group) {
		if len(dense) > 0 {
			g.If(
				jen.Id("i").Op(":=").Uint().Call(jen.Id("c").Op("-").Lit(100)),
				jen.Id("i").Op("<").Uint().Call(jen.Len(jen.Id(un("ordinals")))),
			).Block(jen.Return(jen.Int().Call(jen.Id(un("ordinals")).Index(jen.Id("i")))))
		}
		if len(others) > 0 {
			g.Switch(jen.Id("c")).Block(others...)
		}
		g.Return(jen.Lit(0))
	})
	if len(dense) > 0 {
		elem := jen.Uint8()
		if len(p.replies) > 255 {
			elem = jen.Uint16()
		}
		f.Add(doc("%s holds the ordinal of each code from 100 to the highest three-digit one, 0 for an unknown code.", un("ordinals")))
		f.Var().Id(un("ordinals")).Op("=").Index(jen.Op("...")).Add(elem).Custom(multi, dense...)
	}
	// In the literal of a struct per line, a text follows "\t{", the name
	// and ", ", and is followed by "},".
	f.Add(doc("%s holds the name and text of every reply code, in numeric order, after the empty name and text of an unknown code.", un("codes")))
	codes := []jen.Code{jen.Values()}
	for _, r := range p.replies {
		col := tabWidth + len("{") + quotedLen(r.Name.Camel) + len(", ")
		codes = append(codes, jen.Values(jen.Lit(r.Name.Camel), strLit(r.Text, 1, col, len("},"))))
	}
	f.Var().Id(un("codes")).Op("=").Index(jen.Op("...")).Struct(jen.Id("name").Op(",").Id("text").String()).Custom(multi, codes...)
}

// recv is the receiver of a method on the named type.
func recv(typ string) *jen.Statement {
	return jen.Params(jen.Id(strings.ToLower(typ[:1])).Id(typ))
}

// unknown returns the String of a value with no name: "Code(999)".
func unknown(typ, v string) jen.Code {
	return jen.Return(jen.Lit(typ+"(").Op("+").Qual("strconv", "Itoa").Call(jen.Int().Call(jen.Id(v))).Op("+").Lit(")"))
}

func (p *pkg) stringMethod(f *jen.File) {
	f.Add(doc(`String returns the name of c's constant, or "Code(N)" with c's number if c is unknown.`))
	f.Func().Add(recv(typeCode)).Id("String").Params().String().Block(
		jen.If(jen.Id("i").Op(":=").Id(un("ordinal")).Call(jen.Id("c")), jen.Id("i").Op(">").Lit(0)).Block(
			jen.Return(jen.Id(un("codes")).Index(jen.Id("i")).Dot("name")),
		),
		unknown(typeCode, "c"),
	)
}

// kindType renders Class or Group: the type, its constants and methods.
func (p *pkg) kindType(f *jen.File, typ string, kinds []kind) {
	none, noneValue, what, whats, digit, pattern := classNone, 0, "class", "classes", "first", "%dyz"
	if typ == typeGroup {
		none, noneValue, what, whats, digit, pattern = groupNone, -1, "function group", "function groups", "second", "x%dz"
	}

	var d docLines
	ref := ""
	if len(kinds) > 0 {
		ref = " (" + cites(kinds) + ")"
	}
	d.para(fmt.Sprintf("%s is the %s of a reply code, given by its %s digit%s. Its value is that digit.", typ, what, digit, ref))
	if typ == typeClass {
		d.para(fmt.Sprintf("%s, the zero Class, is the class of codes outside 100 to 999, which have none.", none))
	} else {
		d.para(fmt.Sprintf("As a digit, 0 is a group too, so the group of codes outside 100 to 999, which have none, is %s, -1.", none))
	}
	f.Add(d.code())
	f.Type().Id(typ).Int()

	f.Add(doc("The %s, by digit.", whats))
	f.Const().DefsFunc(func(g *jen.Group) {
		g.Add(doc("%s means no %s: the code is outside 100 to 999.", none, what))
		g.Id(none).Id(typ).Op("=").Lit(noneValue)
		for _, k := range kinds {
			g.Add(doc("%s is the %s of "+pattern+" replies: %s.", k.ident, what, k.digit, commentText(k.title)))
			g.Id(k.ident).Id(typ).Op("=").Lit(k.digit)
		}
	})

	r := strings.ToLower(typ[:1])
	f.Add(doc("String returns the name of %s's constant without the %s prefix, \"None\" for %s, or %q with %s's value if it has no constant.", r, typ, none, typ+"(N)", r))
	f.Func().Add(recv(typ)).Id("String").Params().String().Block(
		jen.Switch(jen.Id(r)).BlockFunc(func(g *jen.Group) {
			g.Case(jen.Id(none)).Block(jen.Return(jen.Lit("None")))
			for _, k := range kinds {
				g.Case(jen.Id(k.ident)).Block(jen.Return(jen.Lit(k.name)))
			}
		}),
		unknown(typ, r),
	)

	accessor := func(name, what string, get func(kind) string) {
		f.Add(doc("%s returns %s, or the empty string if %s is %s or has no constant.", name, what, r, none))
		f.Func().Add(recv(typ)).Id(name).Params().String().Block(
			jen.Switch(jen.Id(r)).BlockFunc(func(g *jen.Group) {
				for _, k := range kinds {
					g.Case(jen.Id(k.ident)).Block(jen.Return(strLit(get(k), 2, 2*tabWidth+len("return "), 0)))
				}
			}),
			jen.Return(jen.Lit("")),
		)
	}
	accessor("Title", "the title of the "+what, func(k kind) string { return k.title })
	accessor("Description", "what the "+what+" means", func(k kind) string { return k.description })
}

func (p *pkg) statusType(f *jen.File) {
	f.Add(doc("Status says how standard a meaning of a reply code is."))
	f.Type().Id(typeStatus).Int()

	f.Add(doc("The statuses. The zero Status is none of them."))
	f.Const().DefsFunc(func(g *jen.Group) {
		for _, s := range statuses {
			g.Add(doc("%s", s.doc))
			g.Id(s.ident).Id(typeStatus).Op("=").Lit(int(s.status))
		}
	})

	names := make([]string, len(statuses))
	for i, s := range statuses {
		names[i] = strconv.Quote(s.status.String())
	}
	f.Add(doc("String returns the status as the table spells it: %s or %s; or \"Status(N)\" with s's value for any other.", strings.Join(names[:len(names)-1], ", "), names[len(names)-1]))
	f.Func().Add(recv(typeStatus)).Id("String").Params().String().Block(
		jen.Switch(jen.Id("s")).BlockFunc(func(g *jen.Group) {
			for _, s := range statuses {
				g.Case(jen.Id(s.ident)).Block(jen.Return(jen.Lit(s.status.String())))
			}
		}),
		unknown(typeStatus, "s"),
	)
}

// meaningFields are the fields of a Reply or Meaning literal, zero ones
// left out, for a literal whose keys are indented by indent tabs.
func meaningFields(m *spec.Meaning, indent int) []field {
	var out []field
	str := func(k, v string) {
		if v != "" {
			out = append(out, strField(k, v))
		}
	}
	str("Text", m.Text)
	str("Description", m.Description)
	for _, s := range statuses {
		if s.status == m.Status {
			out = append(out, valField("Status", s.ident))
		}
	}
	if m.Ref.RFC != 0 {
		out = append(out, valField("RFC", strconv.Itoa(m.Ref.RFC)))
	}
	str("Document", m.Ref.Document)
	str("Section", m.Ref.Section)
	str("Source", m.Ref.Source)
	if t := m.Template; t != nil {
		str("Template", t.Raw)
		if len(t.Params) > 0 {
			var ps []string
			for _, pm := range t.Params {
				ps = append(ps, paramValue(pm, indent+1))
			}
			out = append(out, valField("Params", list("[]"+typeParam, indent, ps)))
		}
	}
	return out
}

// paramValue is the literal of a template's parameter, an element of a
// list indented by indent tabs: on one line if it fits, else one field a
// line.
func paramValue(pm *spec.Param, indent int) string {
	fs := []field{strField("Name", pm.Name.LowerSnake), strField("Type", pm.Type), strField("Description", pm.Description)}
	if line := inline(fs); indent*tabWidth+len(line+",") <= lineWidth {
		return line
	}
	return keyed(indent, fs)
}

// records returns the declaration of the replies' records, laid out
// (width.go).
func (p *pkg) records() string {
	var recs []string
	for _, r := range p.replies {
		// The records are elements of a top-level literal: their keys are
		// indented by two tabs, those of the other meanings by four.
		fs := []field{
			valField("Code", r.Name.Camel),
			strField("Name", r.Name.Camel),
		}
		fs = append(fs, meaningFields(&r.Meaning, 2)...)
		if r.ClosesControl {
			fs = append(fs, valField("ClosesControl", "true"))
		}
		if len(r.Also) > 0 {
			var ms []string
			for _, m := range r.Also {
				ms = append(ms, keyed(3, meaningFields(m, 4)))
			}
			fs = append(fs, valField("Also", list("[]"+typeMeaning, 2, ms)))
		}
		recs = append(recs, keyed(1, fs))
	}
	d := docText("%s holds the record of every reply code, in numeric order. Nothing changes it: [Lookup] and [All] hand out copies.", un("replies"))
	return d.String() + "\nvar " + un("replies") + " = " + list("[]"+typeReply, 0, recs) + "\n"
}

func (p *pkg) byName(f *jen.File) {
	f.Add(doc("ByName returns the reply code whose constant is named name, and whether there is one. It accepts the deprecated names too. Case matters."))
	f.Func().Id(funcByName).Params(jen.Id("name").String()).Params(jen.Id(typeCode), jen.Bool()).Block(
		jen.Switch(jen.Id("name")).BlockFunc(func(g *jen.Group) {
			for _, r := range p.replies {
				names := []jen.Code{jen.Lit(r.Name.Camel)}
				for _, a := range r.Aliases {
					names = append(names, jen.Lit(a.Camel))
				}
				g.Case(names...).Block(jen.Return(jen.Id(r.Name.Camel), jen.True()))
			}
		}),
		jen.Return(jen.Lit(0), jen.False()),
	)
}

func (p *pkg) commandType(f *jen.File) {
	var d docLines
	d.para("Command is the verb of an FTP command, which a client sends on the control connection (RFC 959, section 4.1). The constants write verbs in upper case; a server treats upper- and lower-case letters alike (RFC 959, section 5.3), and so do [LookupCommand] and [IsExpectedReply].")
	f.Add(d.code())
	f.Type().Id(typeCommand).String()
}

// commandDoc is the doc comment of a command constant: its verb, where it
// is defined, what it does, its syntax and its aliases.
func commandDoc(c command) jen.Code {
	var d docLines
	first := fmt.Sprintf("%s is %s (%s): %s", c.ident, c.Verb, cite(c.Ref), commentText(c.Description))
	if !c.Ref.Cites() && c.Ref.Source != "" {
		first += " Source: " + commentText(c.Ref.Source)
	}
	d.para(first)
	more := "Syntax: " + quoted(c.Syntax) + "."
	if len(c.aliases) > 0 {
		var as []string
		for _, a := range c.aliases {
			as = append(as, "["+a.ident+"]")
		}
		what := "Alias"
		if len(as) > 1 {
			what = "Aliases"
		}
		more += fmt.Sprintf(" %s: %s (RFC %d).", what, strings.Join(as, ", "), c.AliasesRef.RFC)
	}
	d.para(more)
	if len(c.Lists) > 0 {
		own, more := c.Lists[0], c.Additions()
		where := ""
		if own.Ref.Cites() {
			where = " (" + cite(own.Ref) + ")"
		}
		para := ""
		if text := groupsText(own); text != "" {
			para = "Replies" + where + ": " + text + "."
		}
		for _, l := range more {
			para += " " + cite(l.Ref) + " adds " + groupsText(l) + "."
		}
		if para = strings.TrimSpace(para); para != "" {
			d.para(para)
		}
	}
	return d.code()
}

// groupsText lists a reply list by group for a comment: "preliminary
// 125, 150; error 534, 535"; "" when it has no reply.
func groupsText(l *spec.ReplyList) string {
	var groups []string
	for _, g := range l.ByGroup() {
		var codes []string
		for _, r := range g.Replies {
			codes = append(codes, fmt.Sprint(r.Code))
		}
		if len(codes) > 0 {
			groups = append(groups, g.Key+" "+strings.Join(codes, ", "))
		}
	}
	return strings.Join(groups, "; ")
}

func (p *pkg) commandConsts(f *jen.File) {
	if len(p.cmds) == 0 {
		return
	}
	f.Add(doc("The commands, in verb order."))
	f.Const().DefsFunc(func(g *jen.Group) {
		for i, c := range p.cmds {
			if i > 0 {
				g.Line()
			}
			g.Add(commandDoc(c))
			g.Id(c.ident).Id(typeCommand).Op("=").Lit(c.Verb)
		}
	})
}

func (p *pkg) aliasCommandConsts(f *jen.File) {
	var defs []jen.Code
	for _, c := range p.cmds {
		for _, a := range c.aliases {
			if len(defs) > 0 {
				defs = append(defs, jen.Line())
			}
			defs = append(defs,
				doc("%s is %s, an alias of %s (RFC %d): a server that accepts it treats it as [%s].", a.ident, a.verb, c.Verb, c.AliasesRef.RFC, c.ident),
				jen.Id(a.ident).Id(typeCommand).Op("=").Lit(a.verb))
		}
	}
	if len(defs) == 0 {
		return
	}
	f.Add(doc("The aliases: other verbs for some of the commands. [LookupCommand] gives an alias its command's record."))
	f.Const().Defs(defs...)
}

// commandRecords returns the declaration of the commands' records, laid
// out (width.go).
func (p *pkg) commandRecords() string {
	var recs []string
	for _, c := range p.cmds {
		fs := []field{valField("Verb", c.ident)}
		str := func(k, v string) {
			if v != "" {
				fs = append(fs, strField(k, v))
			}
		}
		str("Description", c.Description)
		str("Syntax", c.Syntax)
		for _, s := range statuses {
			if s.status == c.Status {
				fs = append(fs, valField("Status", s.ident))
			}
		}
		if c.Ref.RFC != 0 {
			fs = append(fs, valField("RFC", strconv.Itoa(c.Ref.RFC)))
		}
		str("Document", c.Ref.Document)
		str("Section", c.Ref.Section)
		str("RepliesSection", c.RepliesRef.Section)
		if len(c.aliases) > 0 {
			var as []string
			for _, a := range c.aliases {
				as = append(as, a.ident)
			}
			fs = append(fs, idsField("Aliases", typeCommand, as))
		}
		for _, g := range c.ByGroup() {
			if len(g.Replies) == 0 {
				continue
			}
			var codes []string
			for _, r := range g.Replies {
				codes = append(codes, r.Name.Camel)
			}
			fs = append(fs, idsField(g.Name.Camel, typeCode, codes))
		}
		if len(c.Observed) > 0 {
			fs = append(fs, valField("Observed", observedValues(c.Observed, 3)))
		}
		// The records are elements of a top-level literal: their keys are
		// indented by two tabs.
		recs = append(recs, keyed(1, fs))
	}
	d := docText("%s holds the record of every command, in verb order. Nothing changes it: [LookupCommand] and [AllCommands] hand out copies.", un("commands"))
	return d.String() + "\nvar " + un("commands") + " = " + list("[]"+typeCommandInfo, 0, recs) + "\n"
}

// commandIndex renders the lookup of a verb among the commands' records.
func (p *pkg) commandIndex(f *jen.File) {
	// A verb in upper case fits in a buffer as long as the longest verb; a
	// longer one is no verb.
	longest := 0
	for _, c := range p.cmds {
		longest = max(longest, len(c.Verb))
		for _, a := range c.aliases {
			longest = max(longest, len(a.verb))
		}
	}
	f.Add(doc("%s returns the position in %s of the command whose verb or alias is verb, in any case, and whether there is one.", un("commandIndex"), un("commands")))
	f.Func().Id(un("commandIndex")).Params(jen.Id("verb").String()).Params(jen.Int(), jen.Bool()).BlockFunc(func(g *jen.Group) {
		if len(p.cmds) == 0 {
			g.Return(jen.Lit(0), jen.False())
			return
		}
		g.Comment("// RFC 959, section 5.3: upper- and lower-case letters of a command are")
		g.Comment("// the same. Only ASCII letters fold: strings.ToUpper and EqualFold would")
		g.Comment(`// also take "\u017f" (long s) for an S, and EqualFold "\u212a" (Kelvin`)
		g.Comment("// sign) for a K.")
		g.Var().Id("upper").Index(jen.Lit(longest)).Byte()
		g.If(jen.Len(jen.Id("verb")).Op(">").Len(jen.Id("upper"))).Block(jen.Return(jen.Lit(0), jen.False()))
		g.For(jen.Id("i").Op(":=").Range().Len(jen.Id("verb"))).Block(
			jen.Id("c").Op(":=").Id("verb").Index(jen.Id("i")),
			jen.If(jen.LitRune('a').Op("<=").Id("c").Op("&&").Id("c").Op("<=").LitRune('z')).Block(
				jen.Id("c").Op("-=").LitRune('a').Op("-").LitRune('A'),
			),
			jen.Id("upper").Index(jen.Id("i")).Op("=").Id("c"),
		)
		g.Switch(jen.Id(typeCommand).Call(jen.Id("upper").Index(jen.Empty(), jen.Len(jen.Id("verb"))))).BlockFunc(func(g *jen.Group) {
			for i, c := range p.cmds {
				ids := []jen.Code{jen.Id(c.ident)}
				for _, a := range c.aliases {
					ids = append(ids, jen.Id(a.ident))
				}
				g.Case(ids...).Block(jen.Return(jen.Lit(i), jen.True()))
			}
		})
		g.Return(jen.Lit(0), jen.False())
	})
}
