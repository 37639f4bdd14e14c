package golang

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/ftpcodes/ftpcodes/spec"
)

// The client's half of the wire (issue 18): its table-independent code is
// client/client.go, real Go printed into the generated file after the
// runtime (splice.go); the part that depends on the table is rendered here:
// each command's Argument, the facts and Entry's typed accessors.

// renderClient renders the table-dependent part of the client's half.
func (p *pkg) renderClient(f *jen.File, t *spec.Table) error {
	names := map[spec.Argument]string{}
	for _, a := range spec.Arguments {
		names[a] = "Argument" + a.Name().Camel
	}
	var entries []jen.Code
	for _, c := range p.cmds {
		entries = append(entries, jen.Id(c.ident).Op(":").Id(names[c.Argument]))
		for _, a := range c.aliases {
			entries = append(entries, jen.Id(a.ident).Op(":").Id(names[c.Argument]))
		}
	}
	f.Add(doc("%s holds whether each command and alias takes an argument.", un("commandArguments")))
	f.Var().Id(un("commandArguments")).Op("=").Map(jen.Id(typeCommand)).Id("Argument").Custom(multi, entries...)
	f.Add(doc("Argument says whether c takes an argument, as its syntax shows, or as the table says where the document says otherwise; an alias answers for its command. It returns 0 for a verb in lower case or no command of the table: [LookupCommand] finds those."))
	f.Func().Add(recv(typeCommand)).Id("Argument").Params().Id("Argument").Block(
		jen.Return(jen.Id(un("commandArguments")).Index(jen.Id("c"))),
	)

	f.Add(doc("Fact is the name of a fact of MLST and MLSD entries (RFC 3659, section 7), as servers write it; fact names are case-insensitive (section 7.5), as [LookupFact] and [ParseEntry] take them."))
	f.Type().Id("Fact").String()
	kinds := map[string]string{spec.TypeUint: "FactKindUint", spec.TypeTime: "FactKindTime", spec.TypeString: "FactKindString"}
	var defs []jen.Code
	var records []string
	idents := map[string]bool{"Facts": true, "Path": true, "Get": true}
	for i, ft := range t.Facts {
		ident := "Fact" + ft.Ident.Camel
		if idents[ft.Ident.Camel] {
			return fmt.Errorf("fact %s: Entry cannot have a method %s", ft.Name, ft.Ident.Camel)
		}
		idents[ft.Ident.Camel] = true
		if i > 0 {
			defs = append(defs, jen.Line())
		}
		defs = append(defs, doc("%s is %s (%s): %s", ident, quoted(ft.Name), factSource(ft), commentText(ft.Description)), jen.Id(ident).Id("Fact").Op("=").Lit(ft.Name))
		fs := []field{valField("Name", ident), valField("Kind", kinds[ft.Type]),
			strField("Description", ft.Description), valField("Status", statusIdent(ft.Status))}
		line := fmt.Sprintf("{Name: %s, Kind: %s, Description: %s, Status: %s", ident, kinds[ft.Type], strconv.Quote(ft.Description), statusIdent(ft.Status))
		if ft.Ref.RFC != 0 {
			fs = append(fs, valField("RFC", strconv.Itoa(ft.Ref.RFC)), strField("Section", ft.Ref.Section))
			line += fmt.Sprintf(", RFC: %d, Section: %s", ft.Ref.RFC, strconv.Quote(ft.Ref.Section))
		}
		// The records are elements of a top-level literal, indented by a tab.
		if tabWidth+len(line+"},") <= lineWidth {
			records = append(records, inline(fs))
		} else {
			records = append(records, keyed(1, fs))
		}
	}
	if len(defs) > 0 {
		f.Add(doc("The facts the table knows, the standard ones first."))
		f.Const().Defs(defs...)
	}
	f.Add(doc("%s holds the record of every fact, in the order of the constants.", un("facts")))
	// The literal is laid out already (width.go), which jennifer writes as
	// it is.
	f.Var().Id(un("facts")).Op("=").Id(list("[]FactInfo", 0, records))

	for _, ft := range t.Facts {
		ident, name := "Fact"+ft.Ident.Camel, ft.Ident.Camel
		get := jen.List(jen.Id("f"), jen.Id("ok")).Op(":=").Id("e").Dot("fact").Call(jen.String().Call(jen.Id(ident)))
		switch ft.Type {
		case spec.TypeUint:
			f.Add(doc("%s returns the value of the entry's first %s fact, and whether it has one that is one or more digits of at most 2^53-1.", name, ft.Name))
			f.Func().Params(jen.Id("e").Id("Entry")).Id(name).Params().Params(jen.Uint64(), jen.Bool()).Block(
				get, jen.If(jen.Op("!").Id("ok")).Block(jen.Return(jen.Lit(0), jen.False())), jen.Return(jen.Id("f").Dot("Uint").Call()))
		case spec.TypeTime:
			f.Add(doc("%s returns the value of the entry's first %s fact, and whether it has one that is a time-val (RFC 3659, section 2.3) of the years 0001 to 9999.", name, ft.Name))
			f.Func().Params(jen.Id("e").Id("Entry")).Id(name).Params().Params(jen.Qual("time", "Time"), jen.Bool()).Block(
				get, jen.If(jen.Op("!").Id("ok")).Block(jen.Return(jen.Qual("time", "Time").Values(), jen.False())), jen.Return(jen.Id("f").Dot("Time").Call()))
		default:
			f.Add(doc("%s returns the value of the entry's first %s fact, and whether it has one.", name, ft.Name))
			f.Func().Params(jen.Id("e").Id("Entry")).Id(name).Params().Params(jen.String(), jen.Bool()).Block(
				jen.Return(jen.Id("e").Dot("Get").Call(jen.String().Call(jen.Id(ident)))))
		}
	}
	return nil
}

// factSource says where a fact comes from, for a comment: "RFC 3659,
// section 7.5.7", or "non-standard; sent by ProFTPD 1.3.8
// modules/mod_facts.c:372, ...".
func factSource(ft *spec.Fact) string {
	if ft.Ref.Cites() {
		return cite(ft.Ref)
	}
	var at []string
	for _, e := range ft.Evidence {
		at = append(at, commentText(e.String()))
	}
	return "non-standard; sent by " + strings.Join(at, ", ")
}

// statusIdent returns the Status constant of s.
func statusIdent(s spec.Status) string {
	for _, st := range statuses {
		if st.status == s {
			return st.ident
		}
	}
	return typeStatus + "(" + strconv.Itoa(int(s)) + ")"
}
