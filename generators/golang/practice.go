package golang

import (
	"strconv"

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
// elements are indented by indent tabs, laid out (width.go). A piece of
// evidence is on one line if it fits, else its server and its place each
// on a line.
func observedValues(os []*spec.Observed, indent int) string {
	var vals []string
	for _, o := range os {
		var evs []string
		for _, e := range o.Evidence {
			server, at := e.Server.String(), e.At()
			if (indent+1)*tabWidth+len("{, },")+quotedLen(server)+quotedLen(at) <= lineWidth {
				evs = append(evs, "{"+strconv.Quote(server)+", "+strconv.Quote(at)+"}")
				continue
			}
			in := (indent + 2) * tabWidth
			evs = append(evs, list("", indent+1, []string{strText(server, indent+2, in, 1), strText(at, indent+2, in, 1)}))
		}
		vals = append(vals, "{Code: "+o.Reply.Name.Camel+", Evidence: "+list("[]"+typeEvidence, indent, evs)+"}")
	}
	return list("[]"+typeObservedReply, indent-1, vals)
}

// practiceRecords returns the declaration of the replies real servers send
// to any command, laid out.
func (p *pkg) practiceRecords() string {
	d := docText("%s are the replies real servers send to any command from their generic dispatch, by code.", un("anyCommandReplies"))
	return d.String() + "\nvar " + un("anyCommandReplies") + " = " + observedValues(p.anyReplies, 1) + "\n"
}
