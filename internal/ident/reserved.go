package ident

import "strings"

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
		"StatusStandard", "StatusExtension", "StatusDraft", "StatusNonStandard",
		"ClassNone", "ClassPositivePreliminary", "ClassPositiveCompletion",
		"ClassPositiveIntermediate", "ClassTransientNegative",
		"ClassPermanentNegative", "ClassProtected",
		"GroupNone", "GroupSyntax", "GroupInformation", "GroupConnections",
		"GroupAuthenticationAndAccounting", "GroupUnspecified", "GroupFileSystem",
		// The commands' API. The command constants, Command and a verb
		// (CommandRetr), depend on the table; generators/golang refuses a
		// table whose reply names one of them.
		"Command", "CommandInfo", "LookupCommand", "AllCommands", "IsExpectedReply",
		// The practice layer: what real servers send.
		"Evidence", "ObservedReply", "AnyCommandReplies", "IsPlausibleReply",
		// Reply texts and lines. Each templated meaning also has its
		// FormatNAME, ParseNAME and NAMEValues; generators/golang refuses a
		// table whose reply names one of them.
		"ErrBadValue", "ErrNotReply", "ErrLineTooLong", "ErrTooManyLines", "ParsedReply", "FormatReply", "ParseReply", "ReadReply",
		// The client's half of the wire (issue 18). The fact constants,
		// Fact and a fact's name (FactSize), depend on the table;
		// generators/golang refuses a table whose reply names one of them.
		"Argument", "ArgumentNone", "ArgumentOptional", "ArgumentRequired", "FormatCommand", "ParseCommand", "CommandLine",
		"ErrUnknownCommand", "ErrMissingArgument", "ErrUnexpectedArgument", "ErrBadArgument", "ErrCommandTooLong", "ErrNotCommand",
		"ErrBadCharacter", "ParsePassiveAddress", "PassivePeerAddress", "ParseExtendedPassivePort", "ParseLongPassiveAddress",
		"ErrNotIPv4", "FormatPortArgument", "ParsePortArgument", "FormatEprtArgument", "ParseEprtArgument", "FormatLprtArgument",
		"ParseLprtArgument", "Feature", "Features", "ParseFeatures", "ErrBadFeature", "FormatFeatures", "FormatOptsArgument",
		"ParseOptsArgument", "Fact", "FactKind", "FactKindUint", "FactKindTime", "FactKindString", "FactInfo", "LookupFact",
		"FactValue", "Entry", "ParseEntry", "ErrBadFact", "ErrBadPath", "FormatEntry",
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

// ReservedClass reports the first target language in which a class named
// name would take a spelling the generated code already uses, and that
// spelling. Go and C add a class of their own for codes outside 100 to
// 999: Go's ClassNone, C's FTP_CLASS_NONE.
func ReservedClass(name string) (lang, word string) { return reservedNone("Class", name) }

// ReservedGroup is ReservedClass for function groups: Go's GroupNone, C's
// FTP_GROUP_NONE.
func ReservedGroup(name string) (lang, word string) { return reservedNone("Group", name) }

func reservedNone(kind, name string) (lang, word string) {
	switch {
	case name == "Self":
		// Rust names the enum's variant as the table does; Self is a
		// keyword that not even a raw identifier can spell.
		return "Rust", "Reply" + kind + "::Self"
	case name == "None":
		return "Go", kind + name
	case UpperSnake(name) == "NONE":
		return "C", "FTP_" + strings.ToUpper(kind) + "_NONE"
	}
	return "", ""
}

// ReservedVerb reports the first target language in which a command verb
// or alias (upper case, as the table writes it) would take a spelling the
// generated code already uses, and that spelling: Go names a verb's
// constant Command + Verb (CommandRetr), next to its type CommandInfo; C
// names its macro FTP_COMMAND_VERB, next to its X-macro FTP_COMMAND_MAP.
func ReservedVerb(verb string) (lang, word string) {
	switch verb {
	case "INFO":
		return "Go", "CommandInfo"
	case "MAP":
		return "C", "FTP_COMMAND_MAP"
	}
	return "", ""
}

// ReservedParam reports whether a template parameter (lower_snake_case, as
// the table writes it) is a name the C header cannot give the parameter,
// which it spells as it is, as an argument of its formatter and a member
// of its values struct: a keyword of C (to C23) or C++ (to C++20), with
// C++'s alternative tokens; a lower-case macro the standard headers or the
// compilers define (GNU C defines unix and linux); or a name the
// formatters use themselves. It returns the language and the word, or
// empty strings.
//
// Rust writes a parameter that is a keyword as a raw identifier (r#type),
// except self, super and crate, which cannot be raw identifiers: those are
// refused too.
func ReservedParam(name string) (lang, word string) {
	if cParams[name] {
		return "C", name
	}
	if rustParams[name] {
		return "Rust", name
	}
	if w := LowerCamel(CamelFromSnake(name)); javaParams[w] {
		return "Java", w
	}
	return "", ""
}

var rustParams = set("self", "super", "crate")

// javaParams are the names Java cannot give a parameter, which it spells
// in lowerCamelCase as a formatter's argument, a values class's field and
// its accessor: the keywords and literals of Java 11 that C's list lacks,
// and the methods of Object an accessor would override or hide.
var javaParams = set(strings.Fields(`
	abstract boolean byte extends final finally implements import instanceof
	interface native package strictfp super synchronized throws transient
	null
	clone equals finalize getClass hashCode notify notifyAll toString wait`)...)

var cParams = set(strings.Fields(`
	auto break case char const continue default do double else enum extern
	float for goto if inline int long register restrict return short signed
	sizeof static struct switch typedef union unsigned void volatile while
	alignas alignof bool constexpr false nullptr static_assert thread_local
	true typeof typeof_unqual
	and and_eq asm bitand bitor catch char8_t char16_t char32_t class compl
	concept consteval constinit const_cast co_await co_return co_yield
	decltype delete dynamic_cast explicit export friend mutable namespace new
	noexcept not not_eq operator or or_eq private protected public
	reinterpret_cast requires static_cast template this throw try typeid
	typename using virtual wchar_t xor xor_eq
	assert errno stdin stdout stderr offsetof complex imaginary noreturn
	setjmp va_arg va_copy va_end va_start unix linux i386
	buf buf_size writer`)...)
