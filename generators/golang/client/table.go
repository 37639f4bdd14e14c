package client

import (
	"errors"
	"fmt"
)

// This file stands in for what client.go uses of the rest of the
// generated package: the Go generator renders these names from the table
// (render.go, client_render.go); here they hold a few commands and facts,
// enough to build and test client.go. It is not spliced.

// Command is the verb of an FTP command.
type Command string

// A few commands, and an alias.
const (
	CommandList Command = "LIST"
	CommandOpts Command = "OPTS"
	CommandPwd  Command = "PWD"
	CommandRetr Command = "RETR"
	CommandXpwd Command = "XPWD"
)

// CommandInfo is the record of a command.
type CommandInfo struct {
	Verb Command
}

// LookupCommand returns the record of the command whose verb or alias is
// verb, in any case.
func LookupCommand(verb string) (CommandInfo, bool) {
	switch v := Command(upperASCII(verb)); v {
	case CommandList, CommandOpts, CommandPwd, CommandRetr:
		return CommandInfo{Verb: v}, true
	case CommandXpwd:
		return CommandInfo{Verb: CommandPwd}, true
	}
	return CommandInfo{}, false
}

// Argument says whether c takes an argument.
func (c Command) Argument() Argument {
	switch c {
	case CommandPwd, CommandXpwd:
		return ArgumentNone
	case CommandList:
		return ArgumentOptional
	case CommandOpts, CommandRetr:
		return ArgumentRequired
	}
	return 0
}

// ErrBadValue is wrapped by every error of a formatter.
var ErrBadValue = errors.New("ftpcodes: bad value")

// wrap stands in for the runtime's: the error whose message is err's, ": "
// and text, and which wraps err.
func wrap(err error, text string) error {
	return fmt.Errorf("%w: %s", err, text)
}

// Status says how standard something is.
type Status int

// The statuses used here.
const (
	StatusExtension   Status = 2
	StatusNonStandard Status = 4
)

// Fact is the name of an MLSx fact.
type Fact string

// A few facts.
const (
	FactSize     Fact = "size"
	FactModify   Fact = "modify"
	FactType     Fact = "type"
	FactUnixMode Fact = "UNIX.mode"
)

var facts = []FactInfo{
	{Name: FactSize, Kind: FactKindUint, Status: StatusExtension, RFC: 3659, Section: "7.5.7"},
	{Name: FactModify, Kind: FactKindTime, Status: StatusExtension, RFC: 3659, Section: "7.5.3"},
	{Name: FactType, Kind: FactKindString, Status: StatusExtension, RFC: 3659, Section: "7.5.1"},
	{Name: FactUnixMode, Kind: FactKindString, Status: StatusNonStandard},
}
