package golang

import (
	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/spec"
)

// Reserved is what the Go output cannot give a name of the table: its
// exported top-level identifiers that are not reply names (TestReserved
// keeps the list equal to what the shipped table generates), ClassNone and
// GroupNone, and CommandInfo, which a verb INFO's constant would spell.
var Reserved = generators.Reserved{
	Lang:  "Go",
	Class: func(n spec.Name) string { return none("Class", n) },
	Group: func(n spec.Name) string { return none("Group", n) },
	Reply: func(n spec.Name) string {
		if Exported[n.Camel] {
			return n.Camel
		}
		return ""
	},
	Verb: func(verb string) string {
		if verb == "INFO" {
			return typeCommandInfo
		}
		return ""
	},
}

func none(kind string, n spec.Name) string {
	if n.Camel == "None" {
		return kind + n.Camel
	}
	return ""
}

// Exported lists the exported top-level identifiers of the Go output that
// do not depend on the table.
var Exported = generators.NewWords(
	"Code", "Class", "Group", "Status", "Reply", "Meaning", "Param",
	"Text", "Lookup", "All", "ByName",
	"StatusStandard", "StatusExtension", "StatusDraft", "StatusNonStandard",
	"ClassNone", "ClassPositivePreliminary", "ClassPositiveCompletion",
	"ClassPositiveIntermediate", "ClassTransientNegative",
	"ClassPermanentNegative", "ClassProtected",
	"GroupNone", "GroupSyntax", "GroupInformation", "GroupConnections",
	"GroupAuthenticationAndAccounting", "GroupUnspecified", "GroupFileSystem",
	// The commands' API. The command constants, Command and a verb
	// (CommandRetr), depend on the table; the generator refuses a table
	// whose reply names one of them.
	"Command", "CommandInfo", "LookupCommand", "AllCommands", "IsExpectedReply",
	// The practice layer: what real servers send.
	"Evidence", "ObservedReply", "AnyCommandReplies", "IsPlausibleReply",
	// Reply texts and lines. Each templated meaning also has its
	// FormatNAME, ParseNAME and NAMEValues; the generator refuses a table
	// whose reply names one of them.
	"ErrBadValue", "ErrNotReply", "ErrLineTooLong", "ErrTooManyLines", "ParsedReply", "FormatReply", "ParseReply", "ReadReply",
	// The client's half of the wire (issue 18). The fact constants,
	// Fact and a fact's name (FactSize), depend on the table; the
	// generator refuses a table whose reply names one of them.
	"Argument", "ArgumentNone", "ArgumentOptional", "ArgumentRequired", "FormatCommand", "ParseCommand", "CommandLine",
	"ErrUnknownCommand", "ErrMissingArgument", "ErrUnexpectedArgument", "ErrBadArgument", "ErrCommandTooLong", "ErrNotCommand",
	"ErrBadCharacter", "ParsePassiveAddress", "PassivePeerAddress", "ParseExtendedPassivePort", "ParseLongPassiveAddress",
	"ErrNotIPv4", "FormatPortArgument", "ParsePortArgument", "FormatEprtArgument", "ParseEprtArgument", "FormatLprtArgument",
	"ParseLprtArgument", "Feature", "Features", "ParseFeatures", "ErrBadFeature", "FormatFeatures", "FormatOptsArgument",
	"ParseOptsArgument", "Fact", "FactKind", "FactKindUint", "FactKindTime", "FactKindString", "FactInfo", "LookupFact",
	"FactValue", "Entry", "ParseEntry", "ErrBadFact", "ErrBadPath", "FormatEntry",
)
