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

// observedValues is the composite literal of observed replies.
func observedValues(os []*spec.Observed) jen.Code {
	var vals []jen.Code
	for _, o := range os {
		var evs []jen.Code
		for _, e := range o.Evidence {
			evs = append(evs, jen.Values(jen.Lit(e.Server.String()), jen.Lit(e.At())))
		}
		vals = append(vals, jen.Values(jen.Id("Code").Op(":").Id(o.Reply.Name.Camel), jen.Id("Evidence").Op(":").Index().Id(typeEvidence).Custom(multi, evs...)))
	}
	return jen.Index().Id(typeObservedReply).Custom(multi, vals...)
}

// practiceRecords renders the replies real servers send to any command.
func (p *pkg) practiceRecords(f *jen.File) {
	f.Add(doc("%s are the replies real servers send to any command from their generic dispatch, by code.", un("anyCommandReplies")))
	f.Var().Id(un("anyCommandReplies")).Op("=").Add(observedValues(p.anyReplies))
}
