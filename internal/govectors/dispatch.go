package govectors

import (
	"fmt"
	"go/format"
	"strings"

	"github.com/ftpcodes/ftpcodes/spec"
)

// Dispatch writes a Go file of package pkg that sets the variable name, a
// map[string]Meaning, to the formatter and parser of every templated
// meaning of tbl, by the meaning's name, in the Go output that the import
// path ftpcodes holds; driver is the import path of this package. header
// is the file's first comment, without "//".
func Dispatch(tbl *spec.Table, header, pkg, name, driver, ftpcodes string) ([]byte, error) {
	var b strings.Builder
	fmt.Fprintf(&b, `// %s

package %s

import (
	"errors"
	"fmt"
	"time"

	%q
	%q
)

var (
	_ = errors.Join
	_ = fmt.Sprint
	_ = time.Time{}
)

func init() {
	%s = map[string]govectors.Meaning{
`, header, pkg, driver, ftpcodes, name)
	for _, r := range tbl.Replies {
		for _, m := range r.Meanings() {
			if m.Template != nil {
				writeMeaning(&b, m)
			}
		}
	}
	b.WriteString("}\n}\n")
	return format.Source([]byte(b.String()))
}

// writeMeaning writes the map entry of m: its formatter called with the
// values converted to its arguments' types, an error wrapping ErrConvert
// where one has none; its parser's values written as the vectors write
// them.
func writeMeaning(b *strings.Builder, m *spec.Meaning) {
	name, params := m.Name.Camel, m.Template.Params
	fmt.Fprintf(b, "%q: {\nFormat: func(vs []string) (string, error) {\n", name)
	fmt.Fprintf(b, "if len(vs) != %d {\nreturn \"\", govectors.ErrConvert\n}\n", len(params))
	var args, errs, vals []string
	for i, p := range params {
		conv, val := "ToString", "v."+p.Name.Camel
		switch {
		case p.Type == spec.TypeTime:
			conv, val = "ToTime", "govectors.Millis(v."+p.Name.Camel+")"
		case p.Type == spec.TypeUint && p.Max == 255:
			conv, val = "ToUint8", "fmt.Sprint(v."+p.Name.Camel+")"
		case p.Type == spec.TypeUint && p.Max == 65535:
			conv, val = "ToUint16", "fmt.Sprint(v."+p.Name.Camel+")"
		case p.Type == spec.TypeUint:
			conv, val = "ToUint64", "fmt.Sprint(v."+p.Name.Camel+")"
		}
		fmt.Fprintf(b, "a%d, err%d := govectors.%s(vs[%d])\n", i, i, conv, i)
		args = append(args, fmt.Sprintf("a%d", i))
		errs = append(errs, fmt.Sprintf("err%d", i))
		vals = append(vals, val)
	}
	if len(errs) > 0 {
		fmt.Fprintf(b, "if err := errors.Join(%s); err != nil {\nreturn \"\", err\n}\n", strings.Join(errs, ", "))
	}
	fmt.Fprintf(b, "return ftpcodes.Format%s(%s)\n},\n", name, strings.Join(args, ", "))
	fmt.Fprintf(b, "Parse: func(text string) ([]string, bool) {\nv, ok := ftpcodes.Parse%s(text)\n", name)
	if len(vals) == 0 {
		b.WriteString("_ = v\n")
	}
	fmt.Fprintf(b, "return []string{%s}, ok\n},\n},\n", strings.Join(vals, ", "))
}
