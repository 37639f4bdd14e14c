package ftpcodes

// This file stands for the generated file's table part: the declarations
// of it that runtime.go refers to, with nothing in them (ordinal searches
// replies, which the tests set). The generator
// never prints this file; it prefixes the unexported names declared here,
// as the table's part does, wherever runtime.go refers to them.

// Code is a reply code; the table's part declares a constant of it for
// every reply.
type Code int

// Class is the class of a reply code; the table's part declares its
// constants.
type Class int

// Group is the function group of a reply code.
type Group int

// Status says how standard a meaning is.
type Status int

// Command is a command verb; the table's part declares a constant of it for
// every command.
type Command string

// The constants for a code outside 100 to 999.
const (
	ClassNone Class = 0
	GroupNone Group = -1
)

// Text returns the text of a reply code.
func Text(code int) string { return "" }

// ordinal returns c's place among the reply codes in numeric order,
// counting from 1, or 0 if c is unknown. The table's part reads an index;
// this one searches replies, which the tests set.
func ordinal(c Code) int {
	for i, r := range replies {
		if r.Code == c {
			return i + 1
		}
	}
	return 0
}

// replies holds the record of every reply code, in numeric order.
var replies []Reply

// commands holds the record of every command, in verb order.
var commands []CommandInfo

// anyCommandReplies are the replies real servers send to any command.
var anyCommandReplies []ObservedReply

// commandIndex returns the position in commands of the command whose verb
// or alias is verb, in any case, and whether there is one.
func commandIndex(verb string) (int, bool) { return 0, false }
