package golang

import (
	"fmt"
	"go/token"
	"go/types"
	"strings"

	"github.com/ftpcodes/ftpcodes/spec"
)

// This file holds what the generated package is made of, as data; render.go
// turns it into Go with jennifer, in the manner of jennifer's own genjen. The
// table supplies the replies, classes and groups; the fixed API around them
// is described here.

// pkg is the generated package, seen from Go: the table plus the
// identifiers it gets.
type pkg struct {
	name       string // the package clause
	header     string // the "Code generated ... DO NOT EDIT." sentence
	classes    []kind // ClassPositivePreliminary, ...: the table's classes, by digit
	groups     []kind // GroupSyntax, ...
	replies    []*spec.Reply
	cmds       []command        // in verb order
	anyReplies []*spec.Observed // the replies to any command (practice.go)
	formats    []templated      // in code order, each reply's primary meaning first
	uses       uses             // which helpers the formatters call
}

// templated is a meaning whose text carries values, with the identifiers
// of its formatter, its parser and the type of its values.
type templated struct {
	code    int
	meaning *spec.Meaning
	primary bool   // the reply's primary meaning, named after the reply
	format  string // "FormatPathnameCreated"
	parse   string // "ParsePathnameCreated"
	values  string // "PathnameCreatedValues"
	pattern string // "pathnameCreatedPattern": the parser's segments
	args    []arg  // in declaration order

	// core is what a lenient parser searches the text for
	// (spec.Template.Core); nil when the template is not lenient.
	core []spec.Segment
}

// arg is a parameter of a template as Go sees it.
type arg struct {
	*spec.Param
	field string // the field of the values type: "TimeVal"
	name  string // the formatter's parameter: "timeVal"
	typ   goType
}

// goType is the Go type of a template's value.
type goType int

const (
	goString goType = iota
	goUint8         // a uint whose max is 255
	goUint16        // a uint whose max is 65535
	goUint64        // any other uint, checked against its max
	goTime          // time.Time
)

// uses records which of the formatters' helpers the generated file needs,
// so that none is generated that nothing calls.
type uses struct {
	checkString, checkUint, checkTime bool
}

// command is a command with the identifiers of its constant and of its
// aliases' constants.
type command struct {
	*spec.Command
	ident   string  // "CommandPwd"
	aliases []alias // in the table's order
}

// alias is another verb for a command, such as RFC 775's XPWD for PWD.
type alias struct {
	verb  string // "XPWD"
	ident string // "CommandXpwd"
}

// kind is a class or a function group.
type kind struct {
	ident       string // "ClassPositiveCompletion"
	name        string // "PositiveCompletion"
	digit       int
	title       string
	description string
	ref         spec.Ref
}

// The identifiers of the fixed API. Reply constants are the table's names;
// every other exported top-level identifier is one of these or a class or
// group constant, and internal/ident's Go list reserves them all so that
// the table cannot name a reply after one.
const (
	typeCode    = "Code"
	typeClass   = "Class"
	typeGroup   = "Group"
	typeStatus  = "Status"
	typeReply   = "Reply"
	typeMeaning = "Meaning"
	typeParam   = "Param"

	funcText   = "Text"
	funcLookup = "Lookup"
	funcByName = "ByName"
	funcAll    = "All"

	classNone = "ClassNone"
	groupNone = "GroupNone"

	typeCommand         = "Command"
	typeCommandInfo     = "CommandInfo"
	funcLookupCommand   = "LookupCommand"
	funcAllCommands     = "AllCommands"
	funcIsExpectedReply = "IsExpectedReply"
	methodExpects       = "Expects"

	errBadValue     = "ErrBadValue"
	errNotReply     = "ErrNotReply"
	errLineTooLong  = "ErrLineTooLong"
	errTooManyLines = "ErrTooManyLines"
	typeParsedReply = "ParsedReply"
	funcFormatReply = "FormatReply"
	funcParseReply  = "ParseReply"
	funcReadReply   = "ReadReply"
)

// Identifiers that a formatter's body refers to, and the packages the file
// imports. A template parameter named like one of these, or like a Go
// keyword or predeclared identifier, gets another name as the formatter's
// parameter (argName), so that it shadows nothing.
var formatBodyIdents = []string{"err", "checkString", "checkUint", "checkTime", "formatTime",
	"bufio", "errors", "fmt", "io", "iter", "slices", "sort", "strconv", "strings", "time"}

// argName returns the name of a formatter's parameter for a template
// parameter: its lowerCamelCase name ("timeVal"), or, if that would shadow
// an identifier the body needs, the name with "Value" appended, until it
// is free.
func argName(p *spec.Param, taken map[string]bool) string {
	name := p.Name.LowerCamel
	for taken[name] || token.IsKeyword(name) || types.Universe.Lookup(name) != nil || contains(formatBodyIdents, name) {
		name += "Value"
	}
	taken[name] = true
	return name
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// typeOf returns the Go type of a parameter's values: a uint in the
// smallest unsigned type whose range is exactly its own, else uint64.
func typeOf(p *spec.Param) goType {
	switch {
	case p.Type == spec.TypeTime:
		return goTime
	case p.Type != spec.TypeUint:
		return goString
	case p.Max == 1<<8-1:
		return goUint8
	case p.Max == 1<<16-1:
		return goUint16
	}
	return goUint64
}

// commandIdent is the constant of a command verb, net/http's MethodGet
// style: "Command" and the verb in UpperCamelCase, CommandRetr for RETR. It
// is spec's Command.Name.Camel for a command's own verb; the table gives
// aliases only as verbs, so they are spelled here the same way.
func commandIdent(verb string) string {
	return typeCommand + verb[:1] + strings.ToLower(verb[1:])
}

// fixedIdents lists the exported top-level identifiers that do not depend on
// the table, statuses included.
func fixedIdents() []string {
	ids := []string{typeCode, typeClass, typeGroup, typeStatus, typeReply, typeMeaning, typeParam,
		funcText, funcLookup, funcByName, funcAll, classNone, groupNone,
		typeCommand, typeCommandInfo, funcLookupCommand, funcAllCommands, funcIsExpectedReply,
		errBadValue, errNotReply, errLineTooLong, errTooManyLines, typeParsedReply, funcFormatReply, funcParseReply, funcReadReply}
	ids = append(ids, practiceIdents...)
	for _, s := range statuses {
		ids = append(ids, s.ident)
	}
	return ids
}

// statuses are the Status constants, one for each of spec.Statuses, in
// its order: "non-standard" is StatusNonStandard.
var statuses = func() []struct {
	status spec.Status
	ident  string
	doc    string
} {
	out := make([]struct {
		status spec.Status
		ident  string
		doc    string
	}, len(spec.Statuses))
	for i, s := range spec.Statuses {
		ident := typeStatus
		for _, w := range strings.Split(s.String(), "-") {
			ident += strings.ToUpper(w[:1]) + w[1:]
		}
		doc := fmt.Sprintf("%s is a meaning or command %s.", ident, s.Meaning())
		if s == spec.NonStandard {
			doc = fmt.Sprintf("%s is a meaning or command %s; a meaning's Source says where it comes from.", ident, s.Meaning())
		}
		out[i].status, out[i].ident, out[i].doc = s, ident, doc
	}
	return out
}()

// predicates are the Code methods that test a reply's class. RFC 959 and
// RFC 2228 fix them, whatever the table calls its classes, so they are
// written here and test the first digit directly.
var predicates = []struct {
	name  string
	digit int
	doc   string
}{
	{"IsPositivePreliminary", 1, "IsPositivePreliminary reports whether c is a positive preliminary reply, 1yz: the requested action is being initiated; expect another reply before sending a new command (RFC 959, section 4.2)."},
	{"IsPositiveCompletion", 2, "IsPositiveCompletion reports whether c is a positive completion reply, 2yz: the requested action has been successfully completed (RFC 959, section 4.2)."},
	{"IsPositiveIntermediate", 3, "IsPositiveIntermediate reports whether c is a positive intermediate reply, 3yz: the command has been accepted, but the requested action waits for further information, which the client should send in another command (RFC 959, section 4.2)."},
	{"IsTransientNegative", 4, "IsTransientNegative reports whether c is a transient negative completion reply, 4yz: the command was not accepted and the requested action did not take place, but the error condition is temporary, so the command may succeed if retried (RFC 959, section 4.2)."},
	{"IsPermanentNegative", 5, "IsPermanentNegative reports whether c is a permanent negative completion reply, 5yz: the command was not accepted and the requested action did not take place; repeating the same request is discouraged, as it would fail again (RFC 959, section 4.2)."},
	{"IsProtected", 6, "IsProtected reports whether c is a protected reply, 6yz: its text is an encoded reply that the client decodes and verifies (RFC 2228, section 5.2)."},
}

// field is a field of the Reply, Meaning or Param struct.
type field struct {
	name, typ, doc string
}

// meaningFields are the fields a Reply and a Meaning share, in the order
// both declare them.
var meaningFields = []field{
	{"Text", "string", "the reply's text, as the defining document gives it"},
	{"Description", "string", "what the reply means, in a sentence or two"},
	{"Status", typeStatus, "how standard the meaning is"},
	{"RFC", "int", "the number of the defining RFC; 0 if no RFC defines it"},
	{"Document", "string", `the defining Internet-Draft, such as "draft-somers-ftp-mfxx-03"; "" if an RFC or nothing defines it`},
	{"Section", "string", `the section of that RFC or Internet-Draft, such as "4.2.2"; "" if neither defines it`},
	{"Source", "string", "where a non-standard meaning comes from; may be empty otherwise"},
	{"Template", "string", `the wire form of a text that carries values; "" if it carries none`},
	{"Params", "[]" + typeParam, "the values Template carries, in declaration order"},
}

// paramFields are the fields of Param.
var paramFields = []field{
	{"Name", "string", `as the template writes it: "pathname" for {pathname}`},
	{"Type", "string", `"string", "uint" or "time"`},
	{"Description", "string", "what the value is"},
}

// commandFields are the fields of CommandInfo but the reply groups.
var commandFields = []field{
	{"Verb", typeCommand, `the verb, in upper case: "RETR"`},
	{"Description", "string", "what the command does, in a sentence"},
	{"Syntax", "string", `the command line, as the defining document writes it: "RETR <SP> <pathname> <CRLF>"`},
	{"Status", typeStatus, "how standard the command is"},
	{"RFC", "int", "the number of the defining RFC; 0 if no RFC defines it"},
	{"Document", "string", `the defining Internet-Draft, such as "draft-somers-ftp-mfxx-03"; "" if an RFC or nothing defines it`},
	{"Section", "string", `the section of that RFC or Internet-Draft that defines the command, such as "4.1.3"`},
	{"RepliesSection", "string", `the section of the same document that lists its replies, such as "5.4"; later documents may add replies (see the command's doc comment)`},
	{"Aliases", "[]" + typeCommand, "other verbs for the same command, such as XPWD for PWD"},
}

// replyGroups are the fields of CommandInfo that list the replies a command
// may receive, in the order of RFC 959, section 5.4 (spec.ReplyGroups).
var replyGroups = []struct {
	field
	key     string // as a doc comment lists the group: "preliminary"
	replies func(*spec.Command) []*spec.Reply
}{
	{field{"Preliminary", "[]" + typeCode, "1yz replies; another reply follows each"}, "preliminary", func(c *spec.Command) []*spec.Reply { return c.Preliminary }},
	{field{"Intermediate", "[]" + typeCode, "3yz replies; the server waits for another command"}, "intermediate", func(c *spec.Command) []*spec.Reply { return c.Intermediate }},
	{field{"Success", "[]" + typeCode, "2yz replies"}, "success", func(c *spec.Command) []*spec.Reply { return c.Success }},
	{field{"Error", "[]" + typeCode, "4yz and 5yz replies"}, "error", func(c *spec.Command) []*spec.Reply { return c.Error }},
}

// newPkg gives the table its Go identifiers, and refuses a table whose
// names would clash in Go: a reply named like a class constant, say.
func newPkg(t *spec.Table, name, header string) (*pkg, error) {
	p := &pkg{name: name, header: header, replies: t.Replies, anyReplies: t.AnyCommand}
	for _, c := range t.Classes {
		p.classes = append(p.classes, kind{ident: typeClass + c.Name.Camel, name: c.Name.Camel, digit: c.Digit, title: c.Title, description: c.Description, ref: c.Ref})
	}
	for _, g := range t.Groups {
		p.groups = append(p.groups, kind{ident: typeGroup + g.Name.Camel, name: g.Name.Camel, digit: g.Digit, title: g.Title, description: g.Description, ref: g.Ref})
	}

	// spec has refused the names internal/ident reserves (a reply named
	// Text, a class named None...); this catches what depends on the whole
	// table, such as a reply named after the class constant of one of the
	// table's classes (ClassFunny) or after another reply's formatter.
	seen := map[string]string{}
	add := func(id, what string) error {
		if prev, ok := seen[id]; ok {
			return fmt.Errorf("%s and %s are both %s in Go; rename one", prev, what, id)
		}
		seen[id] = what
		return nil
	}
	for _, id := range fixedIdents() {
		if err := add(id, "the package's own "+id); err != nil {
			return nil, err
		}
	}
	for _, k := range p.classes {
		if err := add(k.ident, fmt.Sprintf("class %d (%s)", k.digit, k.name)); err != nil {
			return nil, err
		}
	}
	for _, k := range p.groups {
		if err := add(k.ident, fmt.Sprintf("group %d (%s)", k.digit, k.name)); err != nil {
			return nil, err
		}
	}
	for _, r := range t.Replies {
		if err := add(r.Name.Camel, fmt.Sprintf("reply %d", r.Code)); err != nil {
			return nil, err
		}
		for _, a := range r.Aliases {
			if err := add(a.Camel, fmt.Sprintf("reply %d's alias %s", r.Code, a.Camel)); err != nil {
				return nil, err
			}
		}
	}
	// Command constants are "Command" and a verb, which a reply name may
	// also be: a reply named CommandRetr, say.
	for _, c := range t.Commands {
		cmd := command{Command: c, ident: typeCommand + c.Name.Camel}
		if err := add(cmd.ident, "command "+c.Verb); err != nil {
			return nil, err
		}
		for _, v := range c.Aliases {
			a := alias{verb: v, ident: commandIdent(v)}
			if err := add(a.ident, fmt.Sprintf("command %s's alias %s", c.Verb, v)); err != nil {
				return nil, err
			}
			cmd.aliases = append(cmd.aliases, a)
		}
		p.cmds = append(p.cmds, cmd)
	}

	// Fact constants are "Fact" and the fact's name: a reply may be named
	// FactSize too.
	for _, ft := range t.Facts {
		if err := add("Fact"+ft.Ident.Camel, "fact "+ft.Name); err != nil {
			return nil, err
		}
	}

	// Formatters, parsers and their values' types are named after the
	// meanings, which a reply or another meaning may also be named after:
	// a reply named FormatFileSize, say. Their unexported patterns are
	// checked apart.
	patterns := map[string]string{}
	for _, r := range t.Replies {
		for i, m := range r.Meanings() {
			if m.Template == nil {
				continue
			}
			n := m.Name.Camel
			tm := templated{code: r.Code, meaning: m, primary: i == 0, format: "Format" + n, parse: "Parse" + n, values: n + "Values", pattern: m.Name.LowerCamel + "Pattern"}
			what := fmt.Sprintf("reply %d's meaning %s", r.Code, n)
			for _, id := range []struct{ ident, what string }{{tm.format, "formatter"}, {tm.parse, "parser"}, {tm.values, "values type"}} {
				if err := add(id.ident, "the "+id.what+" of "+what); err != nil {
					return nil, err
				}
			}
			if prev, ok := patterns[tm.pattern]; ok {
				return nil, fmt.Errorf("%s and %s are both %s in Go; rename one", prev, what, tm.pattern)
			}
			patterns[tm.pattern] = what
			if m.Template.Lenient {
				tm.core = m.Template.Core
			}
			taken, fields := map[string]bool{}, map[string]string{}
			for _, prm := range m.Template.Params {
				a := arg{Param: prm, field: prm.Name.Camel, name: argName(prm, taken), typ: typeOf(prm)}
				if prev, ok := fields[a.field]; ok {
					return nil, fmt.Errorf("%s: parameters %s and %s are both the field %s in Go; rename one", what, prev, prm.Name.LowerSnake, a.field)
				}
				fields[a.field] = prm.Name.LowerSnake
				tm.args = append(tm.args, a)
			}
			for _, a := range tm.args {
				switch a.typ {
				case goString:
					p.uses.checkString = true
				case goTime:
					p.uses.checkTime = true
				case goUint64:
					p.uses.checkUint = true
				}
			}
			p.formats = append(p.formats, tm)
		}
	}
	return p, nil
}
