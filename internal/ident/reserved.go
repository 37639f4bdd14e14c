package ident

// reserved lists, per target language, the spellings a reply name may not
// take because the generated code already uses them for something else.
// Each generator's tests check that every top-level identifier it emits is
// either a reply's or listed here.
var reserved = []struct {
	lang  string
	spell func(string) string // how the language spells a reply name
	words map[string]bool
}{
	{"Go", func(s string) string { return s }, set(
		// Exported top-level identifiers of the generated Go package that are
		// not reply names; generators/golang's tests keep this list equal to
		// what the shipped table generates.
		"Code", "Class", "Group", "Status", "Reply", "Meaning", "Param",
		"Text", "Lookup", "All", "ByName",
		"StatusStandard", "StatusExtension", "StatusNonStandard",
		"ClassNone", "ClassPositivePreliminary", "ClassPositiveCompletion",
		"ClassPositiveIntermediate", "ClassTransientNegative",
		"ClassPermanentNegative", "ClassProtected",
		"GroupNone", "GroupSyntax", "GroupInformation", "GroupConnections",
		"GroupAuthenticationAndAccounting", "GroupUnspecified", "GroupFileSystem",
		// The commands' API. The command constants, Command and a verb
		// (CommandRetr), depend on the table; generators/golang refuses a
		// table whose reply names one of them.
		"Command", "CommandInfo", "LookupCommand", "AllCommands", "IsExpectedReply",
		// Reply texts and lines. Each templated meaning also has its
		// FormatNAME, ParseNAME and NAMEValues; generators/golang refuses a
		// table whose reply names one of them.
		"ErrBadValue", "ErrNotReply", "ParsedReply", "FormatReply", "ParseReply", "ReadReply",
	)},
	{"C", UpperSnake, set(
		// FTP_REPLY_<NAME> is the enum constant; these FTP_REPLY_* macros exist
		// too. generators/c's TestSource keeps this list equal to the header's
		// FTP_REPLY_* identifiers that are not reply names.
		"MAP", "COUNT",
	)},
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// Reserved reports the first target language in which name, spelled in that
// language's casing, is already taken by the generated code, and that spelling.
// It returns empty strings when every language accepts the name.
func Reserved(name string) (lang, word string) {
	for _, r := range reserved {
		if w := r.spell(name); r.words[w] {
			return r.lang, w
		}
	}
	return "", ""
}
