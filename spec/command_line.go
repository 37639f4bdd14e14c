package spec

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// This file defines commands on the wire (RFC 959 section 5.3), as every
// language's generated code writes and reads them: FormatCommand for
// clients, ParseCommand for servers, and Command.Argument, which says
// whether a command takes an argument, computed from the table's syntax.

// Argument says whether a command takes an argument.
type Argument int

// The arguments a command may take.
const (
	ArgumentNone     Argument = iota + 1 // the command takes no argument: "PWD <CRLF>"
	ArgumentOptional                     // the argument may be left out: "LIST [<SP> <pathname>] <CRLF>"
	ArgumentRequired                     // the command needs an argument: "RETR <SP> <pathname> <CRLF>"
)

// Arguments is every Argument value, in order: the set every generated
// language offers.
var Arguments = []Argument{ArgumentNone, ArgumentOptional, ArgumentRequired}

var argumentNames = []string{ArgumentNone: "none", ArgumentOptional: "optional", ArgumentRequired: "required"}

// String returns the value as the table spells it: "none", "optional" or
// "required".
func (a Argument) String() string {
	if a < ArgumentNone || a > ArgumentRequired {
		return fmt.Sprintf("Argument(%d)", int(a))
	}
	return argumentNames[a]
}

// Name returns the value as an identifier: Camel "None", "Optional" or
// "Required".
func (a Argument) Name() Name {
	s := a.String()
	return newName(strings.ToUpper(s[:1]) + s[1:])
}

func parseArgument(s string) (Argument, bool) {
	for _, a := range Arguments {
		if a.String() == s {
			return a, true
		}
	}
	return 0, false
}

// argumentOf derives whether a command takes an argument from its syntax
// line: what follows the verb, without the end of line, is nothing (none),
// only bracketed groups (optional: RFC 959 section 5.3, "Square brackets
// denote an optional argument field"), or more (required). An ABNF line
// (`mlst = "MLst" [ SP pathname ] CRLF`) is read after its " = ". The verb
// is the line's first token, which ends at a space or at "<"
// ("EPRT<space>..."): the verb in any case, bare or between double quotes,
// or the ABNF rule that stands for it (RFC 2389's "opts-cmd"). ok is false
// when the first token is none of these.
func argumentOf(verb, syntax string) (Argument, bool) {
	s := strings.TrimLeft(syntax, " ")
	if _, abnf, ok := strings.Cut(s, " = "); ok {
		s = strings.TrimLeft(abnf, " ")
	}
	n := strings.IndexAny(s, " \t<")
	if n < 0 {
		n = len(s)
	}
	token, rest := strings.Trim(s[:n], `"`), s[n:]
	if !strings.EqualFold(token, verb) && !strings.EqualFold(token, verb+"-cmd") {
		return 0, false
	}
	for _, eol := range []string{"<CRLF>", "CRLF"} {
		rest = strings.ReplaceAll(rest, eol, " ")
	}
	if strings.TrimSpace(rest) == "" {
		return ArgumentNone, true
	}
	var outside strings.Builder
	depth := 0
	for _, r := range rest {
		switch {
		case r == '[':
			depth++
		case r == ']' && depth > 0:
			depth--
		case depth == 0:
			outside.WriteRune(r)
		}
	}
	if strings.TrimSpace(outside.String()) != "" {
		return ArgumentRequired, true
	}
	return ArgumentOptional, true
}

// The errors of FormatCommand and ParseCommand, each named by its kind as
// the test vectors write it.
var (
	ErrMissingArgument    = errors.New("missing-argument")
	ErrUnexpectedArgument = errors.New("unexpected-argument")
	ErrBadArgument        = errors.New("bad-argument")
	ErrCommandTooLong     = errors.New("line-too-long")
	ErrBadCharacter       = errors.New("bad-character")
)

// FormatCommand writes a command line for the wire: the command's verb
// (its Verb, also when c was found through an alias), each argument after
// one space, and CRLF. It refuses, in this order: no argument for a
// command that requires one (ErrMissingArgument); an argument for a
// command that takes none (ErrUnexpectedArgument); an argument that is
// empty or holds CR, LF or NUL (ErrBadArgument: RFC 959 section 5.3.2's
// <char> is any ASCII character but CR and LF, and a NUL cuts a C
// server's string short), which is what keeps a file name from injecting
// a second command; a line longer than MaxLineBytes without its CRLF
// (ErrCommandTooLong).
func FormatCommand(c *Command, args ...string) (string, error) {
	switch {
	case len(args) == 0 && c.Argument == ArgumentRequired:
		return "", fmt.Errorf("%w: %s needs an argument (%s)", ErrMissingArgument, c.Verb, c.Syntax)
	case len(args) > 0 && c.Argument == ArgumentNone:
		return "", fmt.Errorf("%w: %s takes no argument (%s)", ErrUnexpectedArgument, c.Verb, c.Syntax)
	}
	line := c.Verb
	for i, a := range args {
		if a == "" || strings.ContainsAny(a, "\r\n\x00") {
			return "", fmt.Errorf("%w: argument %d of %s is empty or holds CR, LF or NUL", ErrBadArgument, i+1, c.Verb)
		}
		line += " " + a
	}
	if len(line) > MaxLineBytes {
		return "", fmt.Errorf("%w: the %s line is %d bytes, more than %d", ErrCommandTooLong, c.Verb, len(line), MaxLineBytes)
	}
	return line + "\r\n", nil
}

// ParsedCommand is a command line as a server reads it.
type ParsedCommand struct {
	Command  *Command // the table's command; nil for a verb the table lacks
	Verb     string   // the verb as written, before the first space
	Argument string   // everything after the first space, exactly; "" without one
}

// ParseCommand reads a command line. A final LF is dropped, and one CR
// before it. The rest is refused when it is longer than MaxLineBytes
// (ErrCommandTooLong) or holds CR, LF or NUL (ErrBadCharacter). The verb
// is what comes before the first space, the argument everything after it,
// further spaces included (RFC 3659 section 2.2: "Exactly one space will
// precede the pathname ... Any additional spaces form part of the
// pathname"). The verb is looked up with its ASCII letters in upper case,
// nothing else folded, an alias finding its command; a verb the table
// lacks is no error: Command is nil. Whether the argument agrees with the
// command's Argument is the server's to check.
func (t *Table) ParseCommand(line string) (ParsedCommand, error) {
	if l, ok := strings.CutSuffix(line, "\n"); ok {
		line = strings.TrimSuffix(l, "\r")
	}
	if len(line) > MaxLineBytes {
		return ParsedCommand{}, fmt.Errorf("%w: a command line of %d bytes, more than %d", ErrCommandTooLong, len(line), MaxLineBytes)
	}
	if strings.ContainsAny(line, "\r\n\x00") {
		return ParsedCommand{}, fmt.Errorf("%w: the command line holds CR, LF or NUL", ErrBadCharacter)
	}
	verb, arg, _ := strings.Cut(line, " ")
	return ParsedCommand{Command: t.LookupCommand(verb), Verb: verb, Argument: arg}, nil
}

// LookupCommand returns the command with the given verb or alias, its
// ASCII letters in either case and nothing else folded, or nil.
func (t *Table) LookupCommand(verb string) *Command {
	v := asciiUpper(verb)
	for _, c := range t.Commands {
		if c.Verb == v || slices.Contains(c.Aliases, v) {
			return c
		}
	}
	return nil
}

// argument sets cmd.Argument from its syntax, or from the table's
// argument key, which must then say something the syntax does not.
func (c *checker) argument(e table, cmd *Command) {
	derived, ok := argumentOf(cmd.Verb, cmd.Syntax)
	if !ok && cmd.Syntax != "" {
		c.errorf(e.key("syntax"), "the syntax does not start with the verb %s (bare, quoted, or as an ABNF rule %s = ...)", cmd.Verb, strings.ToLower(cmd.Verb))
	}
	cmd.Argument = derived
	s := e.str("argument", false, "")
	if s == "" {
		return
	}
	a, ok := parseArgument(s)
	switch {
	case !ok:
		c.errorf(e.key("argument"), "%q is not an argument kind; write \"none\", \"optional\" or \"required\"", s)
	case a == derived:
		c.errorf(e.key("argument"), "the syntax already says %q; remove argument", s)
	default:
		cmd.Argument = a
	}
}
