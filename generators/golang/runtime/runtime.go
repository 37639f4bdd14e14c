// Package ftpcodes is the part of the generated Go package that does not
// depend on the table: the methods of Code that its digits answer, the
// record types and their lookups (Lookup, All, LookupCommand,
// IsExpectedReply, IsPlausibleReply...), the checks the formatters call,
// the pattern matcher the parsers share, and the reply framing of RFC 959,
// section 4.2 (FormatReply, ParseReply, ReadReply and their errors).
//
// It is ordinary Go, compiled, vetted, linted and tested here as it is; the
// generator (generators/golang, splice.go) embeds runtime.go and prints its
// declarations after the table's, without this package clause and imports,
// with each unexported top-level name prefixed as the generated file's are
// (match becomes ftpcodesMatch) and with "ftpcodes: " at the start of an
// error text spelled with the generated package's name. It prints only
// what the generated file uses: no checkTime for a table without times, no
// matcher for a table without templates. table.go stands for the table's
// part: what it declares that this file refers to, the generated names
// of its unexported ones prefixed alike.
//
// The generator renames in the source text, without printing it again, so
// this file keeps gofmt's layout with the names prefixed only if no column
// that gofmt aligns holds both a prefixed name and something else (the
// comments of the segment kinds are above them, not beside them); the
// generator's tests hold the output to gofmt.
//
// Every fact that comes from the table, such as a template's segments, its
// core and the largest value of a number, reaches this code as data, in a
// pattern the generated file declares, or in the records; the limits of a
// reply and of a time-val are spec's, and the generator's tests hold these
// constants to them.
package ftpcodes

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"iter"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Text returns the text of c, or the empty string if c is unknown. It is the
// same as [Text](int(c)).
func (c Code) Text() string {
	return Text(int(c))
}

// IsKnown reports whether c is one of the reply codes defined here.
func (c Code) IsKnown() bool {
	return ordinal(c) > 0
}

// Class returns the class of c, given by its first digit, or [ClassNone] if
// c is outside 100 to 999. A first digit that no class constant stands for,
// such as 7, still gives its Class.
func (c Code) Class() Class {
	if c < 100 || c > 999 {
		return ClassNone
	}
	return Class(c / 100)
}

// Group returns the function group of c, given by its second digit, or
// [GroupNone] if c is outside 100 to 999. A second digit that no group
// constant stands for, such as 7, still gives its Group.
func (c Code) Group() Group {
	if c < 100 || c > 999 {
		return GroupNone
	}
	return Group(c / 10 % 10)
}

// IsPositivePreliminary reports whether c is a positive preliminary reply,
// 1yz: the requested action is being initiated; expect another reply before
// sending a new command (RFC 959, section 4.2).
func (c Code) IsPositivePreliminary() bool {
	return 100 <= c && c <= 199
}

// IsPositiveCompletion reports whether c is a positive completion reply,
// 2yz: the requested action has been successfully completed (RFC 959,
// section 4.2).
func (c Code) IsPositiveCompletion() bool {
	return 200 <= c && c <= 299
}

// IsPositiveIntermediate reports whether c is a positive intermediate reply,
// 3yz: the command has been accepted, but the requested action waits for
// further information, which the client should send in another command (RFC
// 959, section 4.2).
func (c Code) IsPositiveIntermediate() bool {
	return 300 <= c && c <= 399
}

// IsTransientNegative reports whether c is a transient negative completion
// reply, 4yz: the command was not accepted and the requested action did not
// take place, but the error condition is temporary, so the command may
// succeed if retried (RFC 959, section 4.2).
func (c Code) IsTransientNegative() bool {
	return 400 <= c && c <= 499
}

// IsPermanentNegative reports whether c is a permanent negative completion
// reply, 5yz: the command was not accepted and the requested action did not
// take place; repeating the same request is discouraged, as it would fail
// again (RFC 959, section 4.2).
func (c Code) IsPermanentNegative() bool {
	return 500 <= c && c <= 599
}

// IsProtected reports whether c is a protected reply, 6yz: its text is an
// encoded reply that the client decodes and verifies (RFC 2228, section
// 5.2).
func (c Code) IsProtected() bool {
	return 600 <= c && c <= 699
}

// Reply is the record of a reply code: its name, its primary meaning and any
// other meanings that other documents give the same number. [Lookup] and
// [All] return copies; changing one changes nothing here.
//
// A Template writes each parameter as {name}, and a literal brace doubled,
// {{ or }}.
type Reply struct {
	Code Code   // the reply code
	Name string // the name of its constant

	Text        string  // the reply's text, as the defining document gives it
	Description string  // what the reply means, in a sentence or two
	Status      Status  // how standard the meaning is
	RFC         int     // the number of the defining RFC; 0 if no RFC defines it
	Document    string  // the defining Internet-Draft ("draft-somers-ftp-mfxx-03"), or ""
	Section     string  // the section of that RFC or Internet-Draft: "4.2.2"; "" if neither
	Source      string  // where a non-standard meaning comes from; may be empty otherwise
	Template    string  // the wire form of a text that carries values; "" if it carries none
	Params      []Param // the values Template carries, in declaration order

	ClosesControl bool      // the server closes the control connection after this reply
	Also          []Meaning // other meanings of the same code, from other documents
}

// Meaning is what one document says a reply code means.
type Meaning struct {
	Text        string  // the reply's text, as the defining document gives it
	Description string  // what the reply means, in a sentence or two
	Status      Status  // how standard the meaning is
	RFC         int     // the number of the defining RFC; 0 if no RFC defines it
	Document    string  // the defining Internet-Draft ("draft-somers-ftp-mfxx-03"), or ""
	Section     string  // the section of that RFC or Internet-Draft: "4.2.2"; "" if neither
	Source      string  // where a non-standard meaning comes from; may be empty otherwise
	Template    string  // the wire form of a text that carries values; "" if it carries none
	Params      []Param // the values Template carries, in declaration order
}

// Param is a value that a reply's template carries.
type Param struct {
	Name        string // as the template writes it: "pathname" for {pathname}
	Type        string // "string", "uint" or "time"
	Description string // what the value is
}

// clone returns a copy of r that shares no slice with it.
func (r Reply) clone() Reply {
	r.Params = slices.Clone(r.Params)
	r.Also = slices.Clone(r.Also)
	for i := range r.Also {
		r.Also[i].Params = slices.Clone(r.Also[i].Params)
	}
	return r
}

// Lookup returns the record of a reply code, and whether the code is known.
func Lookup(code int) (Reply, bool) {
	i := ordinal(Code(code))
	if i == 0 {
		return Reply{}, false
	}
	return replies[i-1].clone(), true
}

// All returns an iterator over the record of every reply code, in numeric
// order. Each record is a copy.
func All() iter.Seq[Reply] {
	return func(yield func(Reply) bool) {
		for i := range replies {
			if !yield(replies[i].clone()) {
				return
			}
		}
	}
}

// Evidence says where a real server sends a reply: the server and the
// release read, and the file and line of its source at that release.
type Evidence struct {
	Server string // the server and its version: "vsftpd 3.0.3"
	At     string // the file in the server's repository and the line: "postlogin.c:453"
}

// ObservedReply is a reply real servers send, to a command or to any
// command, that the documents do not list for it, with where each server
// sends it.
type ObservedReply struct {
	Code     Code       // the reply code
	Evidence []Evidence // where servers send it, by server, then file and line
}

// clone returns a copy of o that shares no slice with it.
func (o ObservedReply) clone() ObservedReply {
	o.Evidence = slices.Clone(o.Evidence)
	return o
}

// cloneObserved returns a copy of os that shares no slice with it.
func cloneObserved(os []ObservedReply) []ObservedReply {
	if os == nil {
		return nil
	}
	out := make([]ObservedReply, len(os))
	for i, o := range os {
		out[i] = o.clone()
	}
	return out
}

// CommandInfo is the record of a command: what it is, where it is defined
// and the replies it may receive, grouped as RFC 959, section 5.4 groups
// them: each group lists the replies of the defining document's list in its
// order, then those each later document adds (the command's doc comment
// cites them). [LookupCommand] and [AllCommands] return copies; changing one
// changes nothing here.
type CommandInfo struct {
	Verb           Command   // the verb, in upper case: "RETR"
	Description    string    // what the command does, in a sentence
	Syntax         string    // the command line as documented: "RETR <SP> <pathname> <CRLF>"
	Status         Status    // how standard the command is
	RFC            int       // the number of the defining RFC; 0 if no RFC defines it
	Document       string    // the defining Internet-Draft ("draft-somers-ftp-mfxx-03"), or ""
	Section        string    // the section that defines the command, such as "4.1.3"
	RepliesSection string    // the section of the same document that lists its replies: "5.4"
	Aliases        []Command // other verbs for the same command, such as XPWD for PWD

	Preliminary  []Code // 1yz replies; another reply follows each
	Intermediate []Code // 3yz replies; the server waits for another command
	Success      []Code // 2yz replies
	Error        []Code // 4yz and 5yz replies

	Observed []ObservedReply // replies servers send that its documents do not list, by code
}

// clone returns a copy of c that shares no slice with it.
func (c CommandInfo) clone() CommandInfo {
	c.Aliases = slices.Clone(c.Aliases)
	c.Preliminary = slices.Clone(c.Preliminary)
	c.Intermediate = slices.Clone(c.Intermediate)
	c.Success = slices.Clone(c.Success)
	c.Error = slices.Clone(c.Error)
	c.Observed = cloneObserved(c.Observed)
	return c
}

// LookupCommand returns the record of the command whose verb or alias is
// verb, and whether there is one. Case does not matter, as RFC 959, section
// 5.3 has it: "retr" and "Retr" find RETR's record. An alias finds its
// command's record. Only ASCII letters fold, and nothing is trimmed: " RETR"
// is no verb.
func LookupCommand(verb string) (CommandInfo, bool) {
	i, ok := commandIndex(verb)
	if !ok {
		return CommandInfo{}, false
	}
	return commands[i].clone(), true
}

// IsExpectedReply reports whether code is one of the replies that command
// may receive, in any of the groups of its [CommandInfo]. command is a verb
// or alias in any case, as [LookupCommand] takes it; for an unknown command
// the answer is false.
func IsExpectedReply(command string, code int) bool {
	i, ok := commandIndex(command)
	if !ok {
		return false
	}
	info, c := &commands[i], Code(code)
	return slices.Contains(info.Preliminary, c) ||
		slices.Contains(info.Intermediate, c) ||
		slices.Contains(info.Success, c) ||
		slices.Contains(info.Error, c)
}

// Expects reports whether code is one of the replies that c may receive, as
// [IsExpectedReply] does for a verb and a number read off the wire.
func (c Command) Expects(code Code) bool {
	return IsExpectedReply(string(c), int(code))
}

// AllCommands returns an iterator over the record of every command, in verb
// order. An alias has no record of its own: it is in its command's Aliases.
// Each record is a copy.
func AllCommands() iter.Seq[CommandInfo] {
	return func(yield func(CommandInfo) bool) {
		for i := range commands {
			if !yield(commands[i].clone()) {
				return
			}
		}
	}
}

// AnyCommandReplies returns the replies real servers send to any command,
// whatever its documents list: an unknown or unimplemented command, a
// command before login, a timeout or shutdown, a line too long, a command
// refused by configuration. Each has the places in the servers' source that
// send it. The slice is a copy.
func AnyCommandReplies() []ObservedReply {
	return cloneObserved(anyCommandReplies)
}

// IsPlausibleReply reports whether a real server may send code in reply to
// command: the documents list it ([IsExpectedReply]), a real server is known
// to send it to that command ([CommandInfo].Observed), or servers send it to
// any command ([AnyCommandReplies]). command is a verb or alias in any case,
// as [LookupCommand] takes it; for an unknown command the answer is false.
//
// A client that warns on replies IsExpectedReply rejects warns on ordinary
// traffic; one that warns on replies IsPlausibleReply rejects warns on what
// no server this package read sends.
func IsPlausibleReply(command string, code int) bool {
	i, ok := commandIndex(command)
	if !ok {
		return false
	}
	info, c := &commands[i], Code(code)
	return slices.Contains(info.Preliminary, c) ||
		slices.Contains(info.Intermediate, c) ||
		slices.Contains(info.Success, c) ||
		slices.Contains(info.Error, c) ||
		slices.ContainsFunc(info.Observed, func(o ObservedReply) bool {
			return o.Code == c
		}) ||
		slices.ContainsFunc(anyCommandReplies, func(o ObservedReply) bool {
			return o.Code == c
		})
}

// Plausible reports whether a real server may send code in reply to c, as
// [IsPlausibleReply] does for a verb and a number read off the wire.
func (c Command) Plausible(code Code) bool {
	return IsPlausibleReply(string(c), int(code))
}

// ErrBadValue is wrapped by every error that a Format function or
// [FormatReply] returns: the value cannot be written into a reply, as it is
// out of range or would end the reply line early.
var ErrBadValue = errors.New("ftpcodes: bad value")

// checkString returns an error if a string value cannot be written: if it is
// empty; if it contains CR, LF or NUL, which would end the reply line; or if
// it contains stop, the text that follows it in the template, which a parser
// would take for its end.
func checkString(name, v, stop string) error {
	switch {
	case v == "":
		return fmt.Errorf("%w: %s is empty", ErrBadValue, name)
	case strings.ContainsAny(v, "\r\n\x00"):
		return fmt.Errorf("%w: %s contains CR, LF or NUL, which would end the reply line",
			ErrBadValue, name)
	case stop != "" && strings.Contains(v, stop):
		return fmt.Errorf("%w: %s contains %q, the text that follows it in the reply",
			ErrBadValue, name, stop)
	}
	return nil
}

// checkUint returns an error if v is above limit.
func checkUint(name string, v, limit uint64) error {
	if v > limit {
		return fmt.Errorf("%w: %s is %d, above %d", ErrBadValue, name, v, limit)
	}
	return nil
}

// checkTime returns an error if t is outside the years 1 to 9999 in UTC: a
// time-val has four digits for the year, and the year 0 is not one that
// every language's time type holds.
func checkTime(name string, t time.Time) error {
	if y := t.UTC().Year(); y < minYear || y > maxYear {
		return fmt.Errorf("%w: %s is in the year %d, outside %04d to %04d",
			ErrBadValue, name, y, minYear, maxYear)
	}
	return nil
}

// formatTime writes t as a time-val (RFC 3659, section 2.3): YYYYMMDDHHMMSS
// in UTC, then a fraction of a second without trailing zeros if there is
// one.
func formatTime(t time.Time) string {
	return t.UTC().Format("20060102150405.999999999")
}

// pattern is the template of a reply text as a parser reads it.
type pattern struct {
	segments []segment

	// core is what to search the text for when it does not match segments
	// as a whole: the segments from the first value to the last, with the
	// quotes around a quoted one. It is nil when the values cannot be told
	// apart from text around them.
	core []segment

	// afterDigit says that core starts with a number: a match of it does
	// not start right after a digit, within a longer number.
	afterDigit bool
}

// segment is literal text or a value of a pattern.
type segment struct {
	kind  segmentKind
	lit   string // a literal's text
	index int    // a value's position among the template's parameters
	max   uint64 // a uint's largest value
}

// segmentKind says what a segment matches.
type segmentKind int

// The kinds of segment.
const (
	// literal is text as the template has it.
	literal segmentKind = iota
	// uintValue is decimal digits.
	uintValue
	// timeValue is an RFC 3659 time-val.
	timeValue
	// stringValue is text up to the literal that follows it, or to the end.
	stringValue
	// quotedValue is text up to a double quote that is not doubled, each ""
	// read as ".
	quotedValue
)

// value is a value that a parser reads: n for a uint, t for a time, s for a
// string.
type value struct {
	n uint64
	t time.Time
	s string
}

// parse reads the values of text into vs, one per template parameter in
// declaration order, and reports whether text has the pattern's shape: first
// as a whole, then, if the pattern has a core, anywhere in the text, the
// first place from the left that matches.
func (p *pattern) parse(text string, vs []value) bool {
	if end, ok := match(p.segments, text, 0, true, vs); ok && end == len(text) {
		return true
	}
	if p.core == nil {
		return false
	}
	for i := range len(text) {
		// A number starts at its first digit, not within a longer one.
		if p.afterDigit && i > 0 && isDigit(text[i-1]) {
			continue
		}
		if _, ok := match(p.core, text, i, false, vs); ok {
			return true
		}
	}
	return false
}

// match matches segs against text from pos and returns where the match ends.
// A string value followed by a literal ends where that literal first
// follows, or, with anchored and when the literal is the last segment, where
// it ends the text; a string value last in segs takes the rest of the text.
func match(
	segs []segment, text string, pos int, anchored bool, vs []value,
) (int, bool) {
	for i, s := range segs {
		switch s.kind {
		case literal:
			if !strings.HasPrefix(text[pos:], s.lit) {
				return 0, false
			}
			pos += len(s.lit)
		case uintValue:
			j := pos
			for j < len(text) && isDigit(text[j]) {
				j++
			}
			n, err := strconv.ParseUint(text[pos:j], 10, 64)
			if j == pos || err != nil || n > s.max {
				return 0, false
			}
			vs[s.index].n = n
			pos = j
		case timeValue:
			j := pos + 14
			if j > len(text) {
				return 0, false
			}
			if j+1 < len(text) && text[j] == '.' && isDigit(text[j+1]) {
				j++
				for j < len(text) && isDigit(text[j]) {
					j++
				}
			}
			t, ok := parseTime(text[pos:j])
			if !ok {
				return 0, false
			}
			vs[s.index].t = t
			pos = j
		case quotedValue:
			var b strings.Builder
			j := pos
			for ; j < len(text); j++ {
				if text[j] == '"' {
					if j+1 < len(text) && text[j+1] == '"' {
						b.WriteByte('"')
						j++
						continue
					}
					break
				}
				b.WriteByte(text[j])
			}
			if j == len(text) || b.Len() == 0 {
				return 0, false
			}
			vs[s.index].s = b.String()
			pos = j
		case stringValue:
			var end int
			switch {
			case i+1 == len(segs):
				if pos == len(text) {
					return 0, false
				}
				end = len(text)
			case anchored && i+2 == len(segs):
				lit := segs[i+1].lit
				if !strings.HasSuffix(text, lit) || len(text)-len(lit) <= pos {
					return 0, false
				}
				end = len(text) - len(lit)
			default:
				k := strings.Index(text[pos:], segs[i+1].lit)
				if k <= 0 {
					return 0, false
				}
				end = pos + k
			}
			vs[s.index].s = text[pos:end]
			pos = end
		}
	}
	return pos, true
}

// The years of a time-val that the parsers read and the formatters write:
// four digits, without the year 0, which not every language's time type
// holds.
const (
	minYear = 1
	maxYear = 9999
)

// parseTime reads a time-val (RFC 3659, section 2.3): 14 digits that give a
// valid time in UTC, in the years minYear to maxYear, seconds 00 to 59, then
// optionally "." and digits, of which those beyond nanoseconds are dropped.
func parseTime(v string) (time.Time, bool) {
	if len(v) < 14 {
		return time.Time{}, false
	}
	for i := range 14 {
		if !isDigit(v[i]) {
			return time.Time{}, false
		}
	}
	t, err := time.Parse("20060102150405", v[:14])
	if err != nil || t.Year() < minYear {
		return time.Time{}, false
	}
	frac := v[14:]
	if frac == "" {
		return t, true
	}
	if frac[0] != '.' || len(frac) == 1 {
		return time.Time{}, false
	}
	ns := 0
	for i := 1; i < len(frac); i++ {
		c := frac[i]
		if !isDigit(c) {
			return time.Time{}, false
		}
		if i <= 9 {
			ns = ns*10 + int(c-'0')
		}
	}
	for i := len(frac); i <= 9; i++ {
		ns *= 10
	}
	return t.Add(time.Duration(ns)), true
}

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool {
	return '0' <= c && c <= '9'
}

// ErrNotReply is wrapped by every error that [ParseReply] returns, and by
// those of [ReadReply] for lines that are not a reply: it wraps
// [ErrLineTooLong] and [ErrTooManyLines] too.
var ErrNotReply = errors.New("ftpcodes: not an FTP reply")

// ErrLineTooLong is the error of a line longer than 8192 bytes, without its
// line end: [ReadReply] returns it as soon as a line is known to be that
// long, without reading the rest, so that a server cannot make a client read
// without end. It wraps [ErrNotReply].
var ErrLineTooLong = wrap(ErrNotReply,
	"a line longer than "+strconv.Itoa(maxLineBytes)+" bytes")

// ErrTooManyLines is the error of a reply of more than 1000 lines:
// [ReadReply] returns it as soon as a reply's 1000th line does not end it,
// without reading further. It wraps [ErrNotReply].
var ErrTooManyLines = wrap(ErrNotReply,
	"a reply of more than "+strconv.Itoa(maxReplyLines)+" lines")

// wrappedError is an error with a message of its own that wraps another,
// as fmt.Errorf's %w makes: the package's sentinel errors are made with
// wrap, not fmt.Errorf, so that a program that uses only [Text] does not
// link package fmt for them.
type wrappedError struct {
	msg string
	err error
}

// Error returns the message.
func (e *wrappedError) Error() string { return e.msg }

// Unwrap returns the error wrapped.
func (e *wrappedError) Unwrap() error { return e.err }

// wrap returns the error whose message is err's, ": " and text, and which
// wraps err: fmt.Errorf("%w: "+text, err) without fmt.
func wrap(err error, text string) error {
	return &wrappedError{msg: err.Error() + ": " + text, err: err}
}

// ParsedReply is a reply as read off the control connection, single-line or
// multi-line (RFC 959, section 4.2).
type ParsedReply struct {
	Code Code // the reply code, 100 to 999

	// Lines are the reply's lines as they came, without their line ends:
	// the bytes before each LF, with one CR before it dropped.
	Lines []string

	// Text is the reply's text: for a single-line reply what follows "ddd ";
	// for a multi-line reply what follows "ddd-" on the first line, the
	// lines between as they are, and what follows "ddd " on the last line,
	// joined with LF. It is valid UTF-8: each ill-formed sequence in the
	// lines is read as U+FFFD, one for each maximal subpart, as the Unicode
	// Standard recommends (section 3.9) and WHATWG's TextDecoder does.
	Text string
}

// FormatReply returns a reply for the wire, its lines each ending in CRLF. A
// message without a line feed becomes one line, "227 Entering Passive Mode
// (...).\r\n". A message with line feeds becomes a multi-line reply (RFC
// 959, section 4.2): the first line "211-First", the lines between as they
// are, but with a space before one that begins with a digit, so that no line
// can pass for a reply of its own, and the last line "211 End".
//
// The error wraps [ErrBadValue] if code is outside 100 to 999, or if message
// contains CR or NUL: lines are separated with LF alone.
func FormatReply(code int, message string) (string, error) {
	if code < 100 || code > 999 {
		return "", fmt.Errorf("%w: reply code %d is not three digits from 100 to 999",
			ErrBadValue, code)
	}
	if strings.ContainsAny(message, "\r\x00") {
		return "", fmt.Errorf("%w: the message contains CR or NUL; "+
			"separate its lines with LF alone", ErrBadValue)
	}
	c := strconv.Itoa(code)
	lines := strings.Split(message, "\n")
	var b strings.Builder
	b.Grow(len(message) + 7*len(lines))
	for i, line := range lines {
		switch {
		case i == len(lines)-1:
			b.WriteString(c)
			b.WriteByte(' ')
		case i == 0:
			b.WriteString(c)
			b.WriteByte('-')
		case line != "" && isDigit(line[0]):
			b.WriteByte(' ')
		}
		b.WriteString(line)
		b.WriteString("\r\n")
	}
	return b.String(), nil
}

// ParseReply reads one complete reply from its lines: each line as read off
// the connection up to its LF, without the LF. One CR at the end of a line
// is dropped; any other CR is text. It gives the reply that [ReadReply]
// reads from the same lines, each followed by an LF, when they are one reply
// and nothing more. The first line, with ddd from 100 to 999, is "ddd text",
// "ddd-text" for a multi-line reply, or "ddd" alone for a reply without
// text. A multi-line reply ends with the first line that starts with the
// same code and a space, or is that code alone; the lines before it are its
// text whatever they start with. A line may hold at most 8192 bytes besides
// its CR, and a reply at most 1000 lines.
//
// The error wraps [ErrNotReply] if the first line does not start a reply, a
// line holds an LF or is too long, the reply has too many lines, a
// multi-line reply has no last line, or lines follow the reply's last line.
func ParseReply(lines []string) (ParsedReply, error) {
	if len(lines) == 0 {
		return ParsedReply{}, fmt.Errorf("%w: no lines", ErrNotReply)
	}
	var p ParsedReply
	for i, line := range lines {
		if strings.Contains(line, "\n") {
			return ParsedReply{}, fmt.Errorf("%w: line %d holds an LF",
				ErrNotReply, i+1)
		}
		done, err := p.add(strings.TrimSuffix(line, "\r"))
		if err != nil {
			return ParsedReply{}, err
		}
		if done && i < len(lines)-1 {
			return ParsedReply{}, fmt.Errorf(
				"%w: %d lines after the last line of the reply",
				ErrNotReply, len(lines)-1-i)
		}
		if done {
			return p, nil
		}
	}
	return ParsedReply{}, fmt.Errorf(
		"%w: the multi-line %d reply has no last line, \"%d text\"",
		ErrNotReply, p.Code, p.Code)
}

// ReadReply reads one complete reply from r, single-line or multi-line, and
// not a byte further. A line ends at LF; one CR before the LF is dropped,
// and any other CR is text, never the end of a line. The reply is read as
// [ParseReply] reads its lines.
//
// It returns io.EOF if r ends before the reply starts, and an error that
// wraps io.ErrUnexpectedEOF if r ends anywhere within it, even after a
// line's CR: a reply cut short is not a reply. To keep a server from making
// it read without end, it returns [ErrLineTooLong] as soon as a line is
// known to be too long, and [ErrTooManyLines] as soon as the last line a
// reply may have does not end it. These wrap [ErrNotReply], as the errors
// for lines that are not a reply do; after any of them, the connection is of
// no further use.
func ReadReply(r *bufio.Reader) (ParsedReply, error) {
	var p ParsedReply
	for {
		line, err := readLine(r)
		if err == io.EOF && len(p.Lines) > 0 {
			return ParsedReply{}, fmt.Errorf(
				"ftpcodes: the input ends within a multi-line %d reply: %w",
				p.Code, io.ErrUnexpectedEOF)
		}
		if err != nil {
			return ParsedReply{}, err
		}
		done, err := p.add(line)
		if err != nil {
			return ParsedReply{}, err
		}
		if done {
			return p, nil
		}
	}
}

// The limits of a reply: the longest line, in bytes, without its line end,
// and the most lines.
const (
	maxLineBytes  = 8192
	maxReplyLines = 1000
)

// add adds the next line of the reply, without its line end, and reports
// whether it is the reply's last; then it sets Text.
func (p *ParsedReply) add(line string) (bool, error) {
	if len(line) > maxLineBytes {
		return false, ErrLineTooLong
	}
	code, sep, ok := replyStart(line)
	if len(p.Lines) == 0 {
		if !ok {
			return false, fmt.Errorf("%w: the first line does not start with a code "+
				"from 100 to 999 and a space, \"-\" or its end", ErrNotReply)
		}
		p.Code = Code(code)
	}
	p.Lines = append(p.Lines, line)
	switch {
	case len(p.Lines) == 1 && sep == '-':
		return false, nil
	case len(p.Lines) == 1:
		p.Text = decodeText(textAfterCode(line))
		return true, nil
	case ok && Code(code) == p.Code && sep != '-':
		parts := make([]string, len(p.Lines))
		for i, l := range p.Lines {
			if i == 0 || i == len(p.Lines)-1 {
				l = textAfterCode(l)
			}
			parts[i] = decodeText(l)
		}
		p.Text = strings.Join(parts, "\n")
		return true, nil
	case len(p.Lines) == maxReplyLines:
		return false, ErrTooManyLines
	}
	return false, nil
}

// readLine reads a line and returns it without its LF, and without one CR
// before the LF. It returns io.EOF if r ends before the line starts, and an
// error that wraps io.ErrUnexpectedEOF if r ends within it. It returns
// [ErrLineTooLong] once more bytes than a line and its CR may have are there
// without an LF, reading no further, or if the line is too long without its
// CR.
func readLine(r *bufio.Reader) (string, error) {
	var long []byte // the line so far, when it is longer than r's buffer
	for {
		frag, err := r.ReadSlice('\n')
		pending := len(long) + len(frag) // bytes of the line, its LF not counted
		if err == nil {
			pending--
		}
		if pending > maxLineBytes+1 {
			return "", ErrLineTooLong
		}
		switch err {
		case nil:
			line := frag[:len(frag)-1]
			if long != nil {
				line = append(long, line...)
			}
			if pending > 0 && line[pending-1] == '\r' {
				line = line[:pending-1]
			}
			return string(line), nil
		case bufio.ErrBufferFull:
			long = append(long, frag...)
		case io.EOF:
			if pending == 0 {
				return "", io.EOF
			}
			return "", fmt.Errorf("ftpcodes: the input ends within a line: %w",
				io.ErrUnexpectedEOF)
		default:
			return "", err
		}
	}
}

// replyStart reads "ddd", "ddd " or "ddd-" at the start of a line, ddd from
// 100 to 999; sep is ' ', '-' or 0 for the code alone.
func replyStart(l string) (code int, sep byte, ok bool) {
	if len(l) < 3 || l[0] == '0' ||
		!isDigit(l[0]) || !isDigit(l[1]) || !isDigit(l[2]) {
		return 0, 0, false
	}
	code = int(l[0]-'0')*100 + int(l[1]-'0')*10 + int(l[2]-'0')
	switch {
	case len(l) == 3:
		return code, 0, true
	case l[3] == ' ' || l[3] == '-':
		return code, l[3], true
	}
	return 0, 0, false
}

// textAfterCode returns the text of a reply line after "ddd " or "ddd-".
func textAfterCode(l string) string {
	if len(l) <= 4 {
		return ""
	}
	return l[4:]
}

// decodeText returns s with each ill-formed UTF-8 sequence replaced by
// U+FFFD, one for each maximal subpart (the Unicode Standard, section 3.9),
// as WHATWG's TextDecoder and Python's errors="replace" do: so the first two
// bytes of a three-byte character make one U+FFFD. utf8.DecodeRuneInString
// and strings.ToValidUTF8 would make two, or one for a whole run.
func decodeText(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		c, size := utf8.DecodeRuneInString(s[i:])
		if c != utf8.RuneError || size > 1 {
			b.WriteString(s[i : i+size])
			i += size
			continue
		}
		b.WriteRune(utf8.RuneError)
		i += maximalSubpart(s[i:])
	}
	return b.String()
}

// maximalSubpart returns the length of the ill-formed sequence at the start
// of s: its first byte and the bytes after it that can follow, by the
// Unicode Standard's Table 3-7 of well-formed UTF-8, or 1 if the first byte
// starts no character.
func maximalSubpart(s string) int {
	var need int                     // the bytes that follow the first
	lo, hi := byte(0x80), byte(0xBF) // the range of the second
	switch c := s[0]; {
	case 0xC2 <= c && c <= 0xDF:
		need = 1
	case c == 0xE0:
		need, lo = 2, 0xA0
	case c == 0xED:
		need, hi = 2, 0x9F
	case 0xE1 <= c && c <= 0xEF:
		need = 2
	case c == 0xF0:
		need, lo = 3, 0x90
	case c == 0xF4:
		need, hi = 3, 0x8F
	case 0xF1 <= c && c <= 0xF3:
		need = 3
	default:
		return 1
	}
	n := 1
	for ; n <= need && n < len(s) && lo <= s[n] && s[n] <= hi; n++ {
		lo, hi = 0x80, 0xBF
	}
	return n
}
