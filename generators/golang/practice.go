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

// observedField is the CommandInfo field that holds a command's observed
// replies.
var observedField = field{"Observed", "[]" + typeObservedReply, "replies real servers send to the command that its documents do not list, by code"}

func (p *pkg) practiceTypes(f *jen.File) {
	f.Add(doc("Evidence says where a real server sends a reply: the server and the release read, and the file and line of its source at that release."))
	f.Type().Id(typeEvidence).Struct(fieldDefs([]field{
		{"Server", "string", `the server and its version: "vsftpd 3.0.3"`},
		{"At", "string", `the file, in the server's repository, and the line that sends the reply: "postlogin.c:453"`},
	})...)

	f.Add(doc("ObservedReply is a reply real servers send, to a command or to any command, that the documents do not list for it, with where each server sends it."))
	f.Type().Id(typeObservedReply).Struct(fieldDefs([]field{
		{"Code", typeCode, "the reply code"},
		{"Evidence", "[]" + typeEvidence, "where servers send it, by server, then file and line"},
	})...)

	f.Add(doc("clone returns a copy of o that shares no slice with it."))
	f.Func().Params(jen.Id("o").Id(typeObservedReply)).Id("clone").Params().Id(typeObservedReply).Block(
		jen.Id("o").Dot("Evidence").Op("=").Qual("slices", "Clone").Call(jen.Id("o").Dot("Evidence")),
		jen.Return(jen.Id("o")),
	)

	f.Add(doc("%s returns a copy of os that shares no slice with it.", un("cloneObserved")))
	f.Func().Id(un("cloneObserved")).Params(jen.Id("os").Index().Id(typeObservedReply)).Index().Id(typeObservedReply).Block(
		jen.If(jen.Id("os").Op("==").Nil()).Block(jen.Return(jen.Nil())),
		jen.Id("out").Op(":=").Make(jen.Index().Id(typeObservedReply), jen.Len(jen.Id("os"))),
		jen.For(jen.List(jen.Id("i"), jen.Id("o")).Op(":=").Range().Id("os")).Block(
			jen.Id("out").Index(jen.Id("i")).Op("=").Id("o").Dot("clone").Call(),
		),
		jen.Return(jen.Id("out")),
	)
}

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

func (p *pkg) practiceFuncs(f *jen.File) {
	f.Add(doc("%s are the replies real servers send to any command from their generic dispatch, by code.", un("anyCommandReplies")))
	f.Var().Id(un("anyCommandReplies")).Op("=").Add(observedValues(p.anyReplies))

	var d docLines
	d.para("AnyCommandReplies returns the replies real servers send to any command, whatever its documents list: an unknown or unimplemented command, a command before login, a timeout or shutdown, a line too long, a command refused by configuration. Each has the places in the servers' source that send it. The slice is a copy.")
	f.Add(d.code())
	f.Func().Id(funcAnyCommandReplies).Params().Index().Id(typeObservedReply).Block(
		jen.Return(jen.Id(un("cloneObserved")).Call(jen.Id(un("anyCommandReplies")))),
	)

	d = nil
	d.para("IsPlausibleReply reports whether a real server may send code in reply to command: the documents list it ([IsExpectedReply]), a real server is known to send it to that command ([CommandInfo].Observed), or servers send it to any command ([AnyCommandReplies]). command is a verb or alias in any case, as [LookupCommand] takes it; for an unknown command the answer is false.")
	d.para("A client that warns on replies IsExpectedReply rejects warns on ordinary traffic; one that warns on replies IsPlausibleReply rejects warns on what no server this package read sends.")
	f.Add(d.code())
	observes := func(list jen.Code) jen.Code {
		return jen.Qual("slices", "ContainsFunc").Call(list, jen.Func().Params(jen.Id("o").Id(typeObservedReply)).Bool().Block(
			jen.Return(jen.Id("o").Dot("Code").Op("==").Id("c")),
		))
	}
	f.Func().Id(funcIsPlausibleReply).Params(jen.Id("command").String(), jen.Id("code").Int()).Bool().Block(
		jen.List(jen.Id("i"), jen.Id("ok")).Op(":=").Id(un("commandIndex")).Call(jen.Id("command")),
		jen.If(jen.Op("!").Id("ok")).Block(jen.Return(jen.False())),
		jen.List(jen.Id("info"), jen.Id("c")).Op(":=").Op("&").Id(un("commands")).Index(jen.Id("i")).Op(",").Id(typeCode).Call(jen.Id("code")),
		jen.Return(p.inGroups().Op("||").Line().Add(observes(jen.Id("info").Dot(observedField.name))).Op("||").Line().Add(observes(jen.Id(un("anyCommandReplies"))))),
	)

	d = nil
	d.para("Plausible reports whether a real server may send code in reply to c, as [IsPlausibleReply] does for a verb and a number read off the wire.")
	f.Add(d.code())
	f.Func().Add(recv(typeCommand)).Id(methodPlausible).Params(jen.Id("code").Id(typeCode)).Bool().Block(
		jen.Return(jen.Id(funcIsPlausibleReply).Call(jen.String().Call(jen.Id("c")), jen.Int().Call(jen.Id("code")))),
	)
}

// inGroups is the expression that tests whether c is in one of the reply
// groups of info, a *CommandInfo: whether info's command expects it.
func (p *pkg) inGroups() *jen.Statement {
	var expr *jen.Statement
	for i, g := range replyGroups {
		call := jen.Qual("slices", "Contains").Call(jen.Id("info").Dot(g.name), jen.Id("c"))
		if i == 0 {
			expr = call
		} else {
			expr = expr.Op("||").Line().Add(call)
		}
	}
	return expr
}
