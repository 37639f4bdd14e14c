package java

import (
	"strings"

	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/spec"
)

// Reserved is what the Java output cannot give a template parameter,
// which it spells in lowerCamelCase as a formatter's argument, a values
// class's field and its accessor: the keywords and literals of Java, and
// the methods of Object an accessor would override or hide.
var Reserved = generators.Reserved{
	Lang: "Java",
	Param: func(p *spec.Param) string {
		if w := p.Name.LowerCamel; params[w] {
			return w
		}
		return ""
	},
	ParamWhy: "a keyword or literal of Java, or a method of Object that an accessor would override",
}

var params = generators.NewWords(strings.Fields(`
	abstract assert boolean break byte case catch char class const continue
	default do double else enum extends final finally float for goto if
	implements import instanceof int interface long native new package
	private protected public return short static strictfp super switch
	synchronized this throw throws transient try void volatile while
	true false null _
	clone equals finalize getClass hashCode notify notifyAll toString wait`)...)
