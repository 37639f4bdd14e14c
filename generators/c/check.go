package c

import (
	"strconv"
	"strings"

	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/spec"
)

// Reserved is what the C header cannot give a name of the table: the
// FTP_REPLY_* macros that are no reply's (ReplyMacros), FTP_CLASS_NONE and
// FTP_GROUP_NONE, the X-macro FTP_COMMAND_MAP beside the verbs' macros,
// and parameter names (Params), which it spells as they are.
var Reserved = generators.Reserved{
	Lang:  "C",
	Class: func(n spec.Name) string { return none("CLASS", n) },
	Group: func(n spec.Name) string { return none("GROUP", n) },
	Reply: func(n spec.Name) string {
		if ReplyMacros[n.UpperSnake] {
			return n.UpperSnake
		}
		return ""
	},
	Verb: func(verb string) string {
		if verb == "MAP" {
			return "FTP_COMMAND_MAP"
		}
		return ""
	},
	Param: func(p *spec.Param) string {
		if Params[p.Name.LowerSnake] {
			return p.Name.LowerSnake
		}
		return ""
	},
	ParamWhy: "a keyword of C or C++, a macro of the standard library or the compilers, or a name the formatters use",
}

// check is Reserved.Check, and refuses a fact whose macro would be
// FTP_FACT_COUNT, the header's number of facts.
func check(t *spec.Table) spec.Errors {
	errs := Reserved.Check(t)
	for _, f := range t.Facts {
		if f.Ident.UpperSnake != "COUNT" {
			continue
		}
		key := f.Name // a key of the fact table, quoted as spec quotes one with a dot
		if strings.Contains(key, ".") {
			key = strconv.Quote(key)
		}
		errs = append(errs, t.ErrorAt("fact."+key, "fact %q is reserved in C (FTP_FACT_COUNT); choose another", f.Name))
	}
	return errs
}

func none(kind string, n spec.Name) string {
	if n.UpperSnake == "NONE" {
		return "FTP_" + kind + "_NONE"
	}
	return ""
}

// ReplyMacros are the FTP_REPLY_* identifiers of the header that are not
// reply names; TestSource keeps the list equal to the header's.
var ReplyMacros = generators.NewWords("MAP", "COUNT")

// Params are the names the header cannot give a template parameter, which
// it spells as they are, as an argument of its formatter and a member of
// its values struct: the keywords of C (to C23) and C++ (to C++20), with
// C++'s alternative tokens; the lower-case macros the standard headers or
// the compilers define (GNU C defines unix and linux); and the names the
// formatters use themselves.
var Params = generators.NewWords(strings.Fields(`
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
