package typescript

import (
	"fmt"

	"github.com/ftpcodes/ftpcodes/internal/quote"
	"github.com/ftpcodes/ftpcodes/spec"
)

// Check returns a problem, at the table's key, for every name of t that the
// module cannot spell as it is: a template parameter, which becomes a
// formatter's parameter in lowerCamelCase, that is a reserved word of
// JavaScript in a module (or arguments or eval, which strict mode forbids
// as a binding), or the name of a function the formatters and parsers
// call. The module never renames: the table chooses another name.
func Check(t *spec.Table) spec.Errors {
	var errs spec.Errors
	for _, m := range t.Templated {
		for _, p := range m.Template.Params {
			name := p.Name.LowerCamel
			var why string
			switch {
			case quote.JSReserved(name):
				why = "a reserved word of JavaScript, which no parameter may be named"
			case helpers[name]:
				why = "the name of a function the formatters and parsers call, which the parameter would hide"
			default:
				continue
			}
			errs = append(errs, t.Errorf(paramKey(t, m, p),
				"parameter %q cannot name a parameter of the TypeScript module's format%s (as %s): %s; choose another name",
				p.Name.LowerSnake, m.Name.Camel, name, why))
		}
	}
	return errs
}

// paramKey returns the table's key of p's name: reply.CODE.params[I].name
// for the reply's primary meaning, reply.CODE.also[J].params[I].name for
// another.
func paramKey(t *spec.Table, m *spec.Meaning, p *spec.Param) string {
	r := t.Reply(m.Code)
	at := fmt.Sprintf("reply.%d", m.Code)
	for j, a := range r.Also {
		if a == m {
			at += fmt.Sprintf(".also[%d]", j)
		}
	}
	return fmt.Sprintf("%s.params[%d].name", at, p.Index)
}

// helpers are the module's private functions that a formatter's or a
// parser's body calls; a parameter of the same name would hide them. The
// module's other names that the bodies use are in UPPER_SNAKE_CASE, which
// no parameter name is.
var helpers = map[string]bool{"render": true, "scan": true}
