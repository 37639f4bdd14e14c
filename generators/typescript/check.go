package typescript

import (
	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/internal/quote"
	"github.com/ftpcodes/ftpcodes/spec"
)

// Reserved is what the module cannot spell as it is: a template parameter,
// which becomes a formatter's parameter in lowerCamelCase, that is a
// reserved word of JavaScript in a module (or arguments or eval, which
// strict mode forbids as a binding), or the name of a function the
// formatters and parsers call. The module never renames: the table
// chooses another name.
var Reserved = generators.Reserved{
	Lang: "TypeScript",
	Param: func(p *spec.Param) string {
		if name := p.Name.LowerCamel; quote.JSReserved(name) || helpers[name] {
			return name
		}
		return ""
	},
	ParamWhy: "a reserved word of JavaScript, or a function the formatters and parsers call, which the parameter would hide",
}

// helpers are the module's private functions that a formatter's or a
// parser's body calls; a parameter of the same name would hide them. The
// module's other names that the bodies use are in UPPER_SNAKE_CASE, which
// no parameter name is.
var helpers = map[string]bool{"render": true, "scan": true}
