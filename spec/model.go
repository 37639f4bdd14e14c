// Package spec loads and validates the FTP reply-code table and offers it as
// a resolved model: replies sorted by number, every class and group resolved,
// every name split into words. It is the only code that knows TOML; every
// generator reads the model and nothing else.
//
// It is also the reference that every language's generated code follows:
// reply framing, and reading replies off a byte stream, are defined in
// reply.go (ReplyReader, ReadReplies, ParseReply, FormatReply); reply texts
// with values in format.go (Template's Format and Parse). The tests
// compare every output with these on the same inputs.
package spec

import (
	"fmt"
	"slices"
	"strings"

	"github.com/ftpcodes/ftpcodes/internal/ident"
)

// Table is a validated reply-code table.
type Table struct {
	// Source is the name the table was loaded under, as generated files
	// cite it: a base file name such as "ftpcodes.toml", which CheckSource
	// accepts.
	Source   string
	Classes  []*Class   // by digit, 1 to 6
	Groups   []*Group   // by digit, 0 to 5
	Replies  []*Reply   // by code, ascending
	Commands []*Command // by verb, ascending

	// The practice layer (practice.go): the servers whose source it
	// cites, and the replies they send to any command.
	Servers    []*Server   // by ID, ascending
	AnyCommand []*Observed // by code, ascending

	// Templated are the meanings that carry a template, by code, each
	// reply's primary meaning before its others: the meanings that have
	// a formatter and a parser.
	Templated []*Meaning

	// Facts are the facts of MLST and MLSD entries (facts.go): the
	// standard ones by section, then the others by name.
	Facts []*Fact

	byCode map[int]*Reply
	byName map[string]*Reply
	byVerb map[string]*Command

	// The file the table was parsed from and the positions of its keys,
	// for ErrorAt.
	file string
	pos  func() map[string]position
}

// ErrorAt reports a problem with the table's key, such as a Reply's
// Key + ".name", positioned in the source the table was parsed from, as
// spec's own errors are: a generator's check (generators.Target.Check)
// uses it to refuse a name its language cannot spell. A key absent from
// the source is placed at its nearest ancestor.
func (t *Table) ErrorAt(key, format string, args ...any) *Error {
	c := &checker{file: t.file}
	if t.pos != nil {
		c.pos = t.pos()
	}
	c.errorf(key, format, args...)
	return c.errs[0]
}

// Command returns the command with the given verb or alias, or nil. Verbs
// are upper case, as the table writes them.
func (t *Table) Command(verb string) *Command { return t.byVerb[verb] }

// Reply returns the reply with the given code, or nil.
func (t *Table) Reply(code int) *Reply { return t.byCode[code] }

// ReplyByName returns the reply whose name or alias is name, or nil.
func (t *Table) ReplyByName(name string) *Reply { return t.byName[name] }

// Class returns the class with the given first digit, or nil.
func (t *Table) Class(digit int) *Class {
	for _, c := range t.Classes {
		if c.Digit == digit {
			return c
		}
	}
	return nil
}

// Group returns the function group with the given second digit, or nil.
func (t *Table) Group(digit int) *Group {
	for _, g := range t.Groups {
		if g.Digit == digit {
			return g
		}
	}
	return nil
}

// Name is an identifier from the table, in UpperCamelCase as written there,
// with its spellings in the other casings the targets use.
type Name struct {
	Camel      string // as written: "CommandOK"
	UpperSnake string // "COMMAND_OK"
	LowerSnake string // "command_ok"
	LowerCamel string // "commandOK"
}

func newName(s string) Name {
	return Name{
		Camel:      s,
		UpperSnake: ident.UpperSnake(s),
		LowerSnake: ident.LowerSnake(s),
		LowerCamel: ident.LowerCamel(s),
	}
}

func (n Name) String() string { return n.Camel }

// Ref says where a meaning or command is defined: an RFC or an
// Internet-Draft and its section, or, for a non-standard one, a free-text
// source.
type Ref struct {
	RFC      int    // 0 when no RFC defines it
	Document string // the Internet-Draft that defines it, as "draft-somers-ftp-mfxx-03"; "" for an RFC or none
	Section  string // "4.2.2"; empty when neither RFC nor Document is set
	Source   string // where a non-standard meaning comes from; may be empty otherwise
}

// Cites reports whether the reference names a document: an RFC or an
// Internet-Draft.
func (r Ref) Cites() bool { return r.RFC != 0 || r.Document != "" }

// DocumentName names the cited document: "RFC 959", the draft's name, or
// "" when neither is cited.
func (r Ref) DocumentName() string {
	switch {
	case r.RFC != 0:
		return fmt.Sprintf("RFC %d", r.RFC)
	case r.Document != "":
		return r.Document
	}
	return ""
}

// String cites the reference: "RFC 959, section 4.2.2",
// "draft-somers-ftp-mfxx-03, section 3.1", or the source.
func (r Ref) String() string {
	if !r.Cites() {
		return r.Source
	}
	return r.DocumentName() + ", section " + r.Section
}

// Class is the meaning of a reply's first digit (RFC 959 section 4.2).
type Class struct {
	Key         string // its table's key: "class.4"
	Digit       int
	Name        Name   // "PositivePreliminary"
	Title       string // "Positive Preliminary reply"
	Description string
	Ref         Ref
}

// Group is the meaning of a reply's second digit, its function group.
type Group struct {
	Key         string // its table's key: "group.2"
	Digit       int
	Name        Name // "Syntax"
	Title       string
	Description string
	Ref         Ref
}

// Status says how standard a meaning or a command is.
type Status int

const (
	Standard    Status = iota + 1 // defined by RFC 959
	Extension                     // defined by a later RFC
	Draft                         // defined by an Internet-Draft, not by an RFC
	NonStandard                   // defined by no RFC or Internet-Draft
)

// Statuses is every status, the most standard first: the set every
// generated language offers, in this order.
var Statuses = []Status{Standard, Extension, Draft, NonStandard}

var statusNames = []string{Standard: "standard", Extension: "extension", Draft: "draft", NonStandard: "non-standard"}

var statusMeanings = []string{
	Standard:    "defined by RFC 959",
	Extension:   "defined by a later RFC",
	Draft:       "defined by an Internet-Draft, not by an RFC",
	NonStandard: "defined by no RFC or Internet-Draft",
}

// String returns the status as the table spells it: "standard",
// "extension", "draft" or "non-standard".
func (s Status) String() string {
	if s < Standard || s > NonStandard {
		return fmt.Sprintf("Status(%d)", int(s))
	}
	return statusNames[s]
}

// Meaning says what the status means, as "defined by RFC 959", for
// comments and messages.
func (s Status) Meaning() string {
	if s < Standard || s > NonStandard {
		return ""
	}
	return statusMeanings[s]
}

// statusList spells every status for a message: "standard" (defined by
// RFC 959), ... or "non-standard" (...).
func statusList() string {
	parts := make([]string, len(Statuses))
	for i, s := range Statuses {
		parts[i] = fmt.Sprintf("%q (%s)", s.String(), s.Meaning())
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " or " + parts[len(parts)-1]
}

// Reply is one reply code with its primary meaning and any other meanings
// that other sources give the same number.
type Reply struct {
	Key           string // its table's key: "reply.425"
	Code          int
	Name          Name
	Aliases       []Name // other names; generated code offers them as deprecated
	ClosesControl bool   // the server closes the control connection after it
	Class         *Class // nil for codes outside 100..699 (non-standard five-digit codes)
	Group         *Group // nil likewise
	Meaning              // the primary meaning
	Also          []*Meaning

	// Conflicts are the places where real servers send the code against
	// its meaning (the table keeps the meaning); each names the command.
	Conflicts []*Evidence
}

// Meaning is what one source says a reply code means.
type Meaning struct {
	Code int    // the reply's code
	Key  string // its table's key: "reply.213", or "reply.213.also[0]" for another meaning

	// Name names the meaning in generated formatters and parsers. The
	// primary meaning's is its reply's name; another meaning has one only
	// when it has a template.
	Name        Name
	Text        string
	Description string
	Status      Status
	Ref         Ref
	Template    *Template // nil when the text carries no values
	Note        string    // why a decision was made; not generated into code
}

// Template is the wire form of a text that carries values, such as
// "Entering Passive Mode ({h1},{h2},{h3},{h4},{p1},{p2}).". Parse and
// Format define what every language's generated parser and formatter do.
type Template struct {
	Raw      string    // as written in the table
	Params   []*Param  // in declaration order
	Segments []Segment // Raw split into literal text and parameters

	// Lenient reports whether parsing may fall back to searching the text
	// for the template's core, the part from its first parameter to its
	// last: true when both ends of the core are uint, time or quoted
	// parameters, which delimit themselves.
	Lenient bool

	// Core is what a Lenient template's parser searches the text for: the
	// segments from its first parameter to its last, with the quotes
	// around a Quoted parameter at either end. Nil for a template without
	// parameters.
	Core []Segment

	// CoreAfterDigit reports whether the core starts with a uint or time
	// value: a lenient parser does not look for it right after a digit, or
	// it would read the tail of a longer number.
	CoreAfterDigit bool
}

// Param types.
const (
	TypeString = "string" // any printable text, at least one character
	TypeUint   = "uint"   // decimal digits, at most Max
	TypeTime   = "time"   // RFC 3659 time-val, YYYYMMDDHHMMSS[.F...], UTC
)

// MaxUint is the largest value a uint parameter may have when it declares
// no max: 2^53-1, which every target language represents exactly.
const MaxUint = 1<<53 - 1

// Param is a value a template carries.
type Param struct {
	Key         string // its table's key: "reply.227.params[0]"
	Name        Name   // from lower_snake_case: Camel "Pathname", LowerSnake "pathname"
	Index       int    // its place in Template.Params, from 0
	Type        string // TypeString, TypeUint or TypeTime
	Max         uint64 // for TypeUint: the largest value, MaxUint unless the table says less
	Description string

	// Quoted reports whether a string parameter stands between double
	// quotes in the template, as the pathname of 257 does: it is written
	// with each embedded quote doubled (RFC 959, Appendix II), and read
	// back up to the first quote that is not doubled.
	Quoted bool
}

// Segment is a run of literal text (Param nil) or one parameter.
type Segment struct {
	Literal string
	Param   *Param

	// Stop is, for a string parameter that is not Quoted and is followed
	// by literal text that does not end the template, that literal text:
	// a parser ends the value where it first meets the stop, so the value
	// may not contain it, or it could not be read back (see
	// Template.Format). Empty otherwise.
	Stop string
}

// Stops returns the texts a value of p may not contain: the Stop of every
// segment where p stands, without repeats.
func (t *Template) Stops(p *Param) []string {
	var out []string
	for _, s := range t.Segments {
		if s.Param == p && s.Stop != "" && !slices.Contains(out, s.Stop) {
			out = append(out, s.Stop)
		}
	}
	return out
}

// core computes Core.
func (t *Template) core() []Segment {
	first, last := -1, -1
	for i, s := range t.Segments {
		if s.Param != nil {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return nil
	}
	core := append([]Segment(nil), t.Segments[first:last+1]...)
	if t.Segments[first].Param.Quoted {
		core = append([]Segment{{Literal: `"`}}, core...)
	}
	if t.Segments[last].Param.Quoted {
		core = append(core, Segment{Literal: `"`})
	}
	return core
}

// Meanings returns the reply's meanings, the primary one first.
func (r *Reply) Meanings() []*Meaning {
	return append([]*Meaning{&r.Meaning}, r.Also...)
}

// Command is an FTP command and the replies it may receive, grouped as
// RFC 959 section 5.4 groups them.
type Command struct {
	Key         string // its table's key: "command.RETR"
	Verb        string // "RETR"
	Name        Name   // the verb as an identifier: Camel "Retr", UpperSnake "RETR"
	Description string
	Syntax      string // "RETR <SP> <pathname> <CRLF>"
	Status      Status
	Ref         Ref      // where the command is defined
	RepliesRef  Ref      // where its replies are listed, in the same document
	Aliases     []string // other verbs for it, such as RFC 775's "XPWD"
	AliasNames  []Name   // Aliases as identifiers, as Name spells Verb: Camel "Xpwd"
	AliasesRef  Ref      // where the aliases are defined; zero when there are none
	Note        string   // not generated into code

	// Argument says whether the command takes an argument: derived from
	// Syntax (argumentOf), unless the table's argument key says otherwise,
	// as for EPSV.
	Argument Argument

	// Lists are the cited lists the expected replies come from: first the
	// list RepliesRef gives (for an RFC 959 command, its section 5.4
	// list), then each addition that a later document, or another section
	// of the defining one, makes to it, in table order. No reply is in
	// two lists.
	Lists []*ReplyList

	// The expected replies: every list's replies of the group, the first
	// list's first, each list in its own order.
	Preliminary  []*Reply // 1yz
	Intermediate []*Reply // 3yz
	Success      []*Reply // 2yz
	Error        []*Reply // 4yz and 5yz

	// Observed are the replies real servers send to the command that no
	// list has, by code, each with its evidence (practice.go).
	Observed []*Observed
	any      []*Observed // the table's AnyCommand, for Plausible
}

// ReplyList is a cited list of replies to a command, grouped as RFC 959
// section 5.4 groups them.
type ReplyList struct {
	Ref  Ref    // where the list is given
	Note string // not generated into code

	Preliminary  []*Reply // 1yz
	Intermediate []*Reply // 3yz
	Success      []*Reply // 2yz
	Error        []*Reply // 4yz and 5yz
}

// ReplyGroup is a group of replies a command may receive, as RFC 959
// section 5.4 groups them.
type ReplyGroup struct {
	Key     string // the table's key: "preliminary"
	Name    Name   // "Preliminary"
	Title   string // "Preliminary"
	Classes []int  // the class digits the group admits: [1]
}

// ReplyGroups are the groups of replies a command may receive, in the order
// of RFC 959 section 5.4.
var ReplyGroups = []*ReplyGroup{
	{"preliminary", newName("Preliminary"), "Preliminary", []int{1}},
	{"intermediate", newName("Intermediate"), "Intermediate", []int{3}},
	{"success", newName("Success"), "Success", []int{2}},
	{"error", newName("Error"), "Error", []int{4, 5}},
}

// GroupReplies are the replies of one group.
type GroupReplies struct {
	*ReplyGroup
	Replies []*Reply
}

// byGroup pairs groups, in the order of ReplyGroups, with their replies.
func byGroup(groups [][]*Reply) []GroupReplies {
	out := make([]GroupReplies, len(ReplyGroups))
	for i, g := range ReplyGroups {
		out[i] = GroupReplies{g, groups[i]}
	}
	return out
}

// ByGroup returns every group with the list's replies in it, empty groups
// included, in the order of ReplyGroups.
func (l *ReplyList) ByGroup() []GroupReplies { return byGroup(l.Groups()) }

// ByGroup returns every group with the command's expected replies in it,
// empty groups included, in the order of ReplyGroups.
func (c *Command) ByGroup() []GroupReplies { return byGroup(c.Groups()) }

// Groups returns the list's groups in the order of ReplyGroups.
func (l *ReplyList) Groups() [][]*Reply {
	return [][]*Reply{l.Preliminary, l.Intermediate, l.Success, l.Error}
}

// groups returns pointers to the list's groups, in the order of ReplyGroups.
func (l *ReplyList) groups() []*[]*Reply {
	return []*[]*Reply{&l.Preliminary, &l.Intermediate, &l.Success, &l.Error}
}

// Replies returns the list's replies in group order.
func (l *ReplyList) Replies() []*Reply {
	var out []*Reply
	for _, g := range l.Groups() {
		out = append(out, g...)
	}
	return out
}

// Additions returns the lists that add to the command's own list: Lists
// without its first.
func (c *Command) Additions() []*ReplyList {
	if len(c.Lists) == 0 {
		return nil
	}
	return c.Lists[1:]
}

// Groups returns the expected replies by group, in the order of
// ReplyGroups.
func (c *Command) Groups() [][]*Reply {
	return [][]*Reply{c.Preliminary, c.Intermediate, c.Success, c.Error}
}

// Replies returns the command's expected replies in group order.
func (c *Command) Replies() []*Reply {
	var out []*Reply
	for _, g := range c.Groups() {
		out = append(out, g...)
	}
	return out
}

// Expects reports whether code is among the replies the command may
// receive: those its own list or an addition cites.
func (c *Command) Expects(code int) bool {
	_, ok := c.Cite(code)
	return ok
}

// Cite returns where the reply code is listed for the command: its own
// list's reference or that of the addition that adds it, and false when
// no list has it.
func (c *Command) Cite(code int) (Ref, bool) {
	for _, l := range c.Lists {
		for _, r := range l.Replies() {
			if r.Code == code {
				return l.Ref, true
			}
		}
	}
	return Ref{}, false
}
