package python

import (
	"slices"
	"strings"

	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/spec"
)

// Reserved is what the Python module cannot give a name of the table. A
// template parameter is a formatter's argument and a field of the values
// NamedTuple: it may not be a keyword of Python (soft keywords such as
// match and type are names like any other), nor count or index, the
// methods of tuple a field would hide. Check refuses besides a meaning
// with a template named Reply, whose formatter and parser would take the
// names of format_reply and parse_reply.
var Reserved = generators.Reserved{
	Lang: "Python",
	Param: func(p *spec.Param) string {
		if w := p.Name.LowerSnake; params[w] {
			return w
		}
		return ""
	},
	ParamWhy: "a keyword of Python, or a method of tuple that a field of the values NamedTuple would hide",
}

// Check reports every name of t that the module cannot spell, in source
// order.
func Check(t *spec.Table) spec.Errors {
	errs := Reserved.Check(t)
	for _, m := range t.Templated {
		if m.Name.LowerSnake == "reply" {
			errs = append(errs, t.ErrorAt(m.Key+".name", "name %q is reserved in Python (format_reply): the module has its own format_reply and parse_reply; choose another", m.Name.Camel))
		}
	}
	slices.SortStableFunc(errs, func(a, b *spec.Error) int {
		if a.Line != b.Line {
			return a.Line - b.Line
		}
		return a.Col - b.Col
	})
	return errs
}

// params are keyword.kwlist of Python 3.8 to 3.13 in lower case (False,
// None and True are no lower_snake_case names), and tuple's methods.
var params = generators.NewWords(strings.Fields(`
	and as assert async await break class continue def del elif else except
	finally for from global if import in is lambda nonlocal not or pass raise
	return try while with yield
	count index`)...)
