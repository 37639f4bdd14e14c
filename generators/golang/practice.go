package golang

import (
	"github.com/dave/jennifer/jen"

	"github.com/ftpcodes/ftpcodes/spec"
)

// The practice layer in Go: the replies real servers send that the
// documents do not list (spec's Observed), with their evidence, in every
// CommandInfo and for any command; IsPlausibleReply and Command.Plausible.

const (
	typeEvidence          = "Evidence"
	typeObservedReply     = "ObservedReply"
	funcAnyCommandReplies = "AnyCommandReplies"
	funcIsPlausibleReply  = "IsPlausibleReply"
	methodPlausible       = "Plausible"
)

// practiceIdents are the exported top-level identifiers the practice
// layer adds.
var practiceIdents = []string{typeEvidence, typeObservedReply, funcAnyCommandReplies, funcIsPlausibleReply}

// observedValues is the composite literal of observed replies, whose
// elements are indented by indent tabs. A piece of evidence is on one line
// if it fits, else its server and its place each on a line.
func observedValues(os []*spec.Observed, indent int) jen.Code {
	var vals []jen.Code
	for _, o := range os {
		var evs []jen.Code
		for _, e := range o.Evidence {
			server, at := e.Server.String(), e.At()
			if (indent+1)*tabWidth+len("{, },")+quotedLen(server)+quotedLen(at) <= lineWidth {
				evs = append(evs, jen.Values(jen.Lit(server), jen.Lit(at)))
				continue
			}
			in := (indent + 2) * tabWidth
			evs = append(evs, jen.Custom(multi, strLit(server, indent+2, in, 1), strLit(at, indent+2, in, 1)))
		}
		vals = append(vals, jen.Values(jen.Id("Code").Op(":").Id(o.Reply.Name.Camel), jen.Id("Evidence").Op(":").Index().Id(typeEvidence).Custom(multi, evs...)))
	}
	return jen.Index().Id(typeObservedReply).Custom(multi, vals...)
}

// practiceRecords renders the replies real servers send to any command.
func (p *pkg) practiceRecords(f *jen.File) {
	f.Add(doc("%s are the replies real servers send to any command from their generic dispatch, by code.", un("anyCommandReplies")))
	f.Var().Id(un("anyCommandReplies")).Op("=").Add(observedValues(p.anyReplies, 1))
}
