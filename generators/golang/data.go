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

	// needs are the unexported names of the runtime (runtime/runtime.go)
	// that the table's part refers to, before prefixing: the runtime is
	// printed with these, what they need and its exported declarations.
	needs map[string]bool
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
	pattern string // "ftpcodesPathnameCreatedPattern": the parser's segments
	args    []arg  // in declaration order, as spec.Param.Index counts
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
// imports (fileImports). A template parameter named like one of these, or
// like a Go keyword or predeclared identifier, gets another name as the
// formatter's parameter (argName), so that it shadows nothing.
var formatBodyIdents = append([]string{"err", un("checkString"), un("checkUint"), un("checkTime"), un("formatTime")},
	fileImports...)

// fileImports are the names of the packages the generated file imports
// (TestFileImports holds it to them).
var fileImports = []string{"bufio", "errors", "fmt", "io", "iter", "netip", "slices", "strconv", "strings", "time", "utf8"}

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

// newPkg gives the table its Go identifiers, and refuses a table whose
// names would clash in Go: a reply named like a class constant, say.
func newPkg(t *spec.Table, name, header string) (*pkg, error) {
	p := &pkg{name: name, header: header, replies: t.Replies, anyReplies: t.AnyCommand, needs: map[string]bool{}}
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
		// net/http's MethodGet style: "Command" and the verb in
		// UpperCamelCase, CommandRetr for RETR, CommandXpwd for XPWD.
		for i, v := range c.Aliases {
			a := alias{verb: v, ident: typeCommand + c.AliasNames[i].Camel}
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
	for _, m := range t.Templated {
		r := t.Reply(m.Code)
		n := m.Name.Camel
		tm := templated{code: m.Code, meaning: m, primary: r != nil && &r.Meaning == m, format: "Format" + n, parse: "Parse" + n, values: n + "Values", pattern: un(m.Name.LowerCamel + "Pattern")}
		what := fmt.Sprintf("reply %d's meaning %s", m.Code, n)
		for _, id := range []struct{ ident, what string }{{tm.format, "formatter"}, {tm.parse, "parser"}, {tm.values, "values type"}} {
			if err := add(id.ident, "the "+id.what+" of "+what); err != nil {
				return nil, err
			}
		}
		if prev, ok := patterns[tm.pattern]; ok {
			return nil, fmt.Errorf("%s and %s are both %s in Go; rename one", prev, what, tm.pattern)
		}
		patterns[tm.pattern] = what
		taken, fields := map[string]bool{}, map[string]string{}
		for _, prm := range m.Template.Params {
			a := arg{Param: prm, field: prm.Name.Camel, name: argName(prm, taken), typ: typeOf(prm)}
			if prev, ok := fields[a.field]; ok {
				return nil, fmt.Errorf("%s: parameters %s and %s are both the field %s in Go; rename one", what, prev, prm.Name.LowerSnake, a.field)
			}
			fields[a.field] = prm.Name.LowerSnake
			tm.args = append(tm.args, a)
		}
		p.formats = append(p.formats, tm)
	}
	return p, nil
}
