package rust

import (
	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/spec"
)

// Reserved is what the crate cannot give a name of the table: Self, which
// a class's or group's variant (ReplyClass::Self) would spell and not even
// a raw identifier can, and the parameters self, super and crate, likewise.
// Rust's other keywords are fine as parameters: the crate writes them as
// raw identifiers (type is r#type).
var Reserved = generators.Reserved{
	Lang:  "Rust",
	Class: func(n spec.Name) string { return self("ReplyClass", n) },
	Group: func(n spec.Name) string { return self("ReplyGroup", n) },
	Param: func(p *spec.Param) string {
		if params[p.Name.LowerSnake] {
			return p.Name.LowerSnake
		}
		return ""
	},
	ParamWhy: "a keyword that not even a raw identifier can spell",
}

func self(enum string, n spec.Name) string {
	if n.Camel == "Self" {
		return enum + "::Self"
	}
	return ""
}

var params = generators.NewWords("self", "super", "crate")
