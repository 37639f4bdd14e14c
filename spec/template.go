package spec

import (
	"fmt"
	"strings"

	"github.com/ftpcodes/ftpcodes/internal/ident"
)

// Parameter types a template may declare.
var paramTypes = []string{"string", "uint"}

// template reads template and params. Placeholders are written {name};
// literal braces are doubled, {{ and }}. Every declared parameter must be
// used and every placeholder declared.
func (c *checker) template(e table) *Template {
	raw := e.str("template", false, "")
	params := e.tables("params")
	if raw == "" {
		if _, ok := e.m["template"]; ok {
			c.errorf(e.key("template"), "empty; write the reply's wire form with {param} placeholders, or remove the key")
		}
		if len(params) > 0 {
			c.errorf(e.key("params"), "parameters without a template; add a template that uses them, or remove params")
		}
		return nil
	}
	if msg := badText(raw); msg != "" {
		c.errorf(e.key("template"), "%s", msg)
	}
	t := &Template{Raw: raw}
	declared := map[string]*Param{}
	for _, pt := range params {
		pt.allow("name", "type", "description")
		p := &Param{Description: c.text(pt, "description", true)}
		name := pt.str("name", true, `give a lower_snake_case name, as name = "pathname"`)
		if name != "" && !ident.IsLowerSnake(name) {
			c.errorf(pt.key("name"), "%q is not a lower_snake_case identifier; use lower-case ASCII letters, digits and single underscores, starting with a letter", name)
		}
		if _, dup := declared[name]; dup && name != "" {
			c.errorf(pt.key("name"), "parameter %q is declared twice; remove one", name)
		}
		p.Name = Name{Camel: ident.CamelFromSnake(name), UpperSnake: strings.ToUpper(name), LowerSnake: name, LowerCamel: ident.LowerCamel(ident.CamelFromSnake(name))}
		p.Type = pt.str("type", true, `write type = "string" or type = "uint"`)
		if p.Type != "" && !contains(paramTypes, p.Type) {
			c.errorf(pt.key("type"), "%q is not a parameter type; write %q or %q", p.Type, paramTypes[0], paramTypes[1])
		}
		declared[name] = p
		t.Params = append(t.Params, p)
	}

	used := map[string]bool{}
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			t.Segments = append(t.Segments, Segment{Literal: lit.String()})
			lit.Reset()
		}
	}
	for i := 0; i < len(raw); i++ {
		switch ch := raw[i]; {
		case ch == '{' && strings.HasPrefix(raw[i:], "{{"), ch == '}' && strings.HasPrefix(raw[i:], "}}"):
			lit.WriteByte(ch)
			i++
		case ch == '{':
			end := strings.IndexByte(raw[i:], '}')
			if end < 0 {
				c.errorf(e.key("template"), "unclosed placeholder at byte %d; close it with } or write a literal { as {{", i)
				return t
			}
			name := raw[i+1 : i+end]
			p, ok := declared[name]
			if !ok {
				c.errorf(e.key("template"), "placeholder {%s} is not declared; add { name = %q, type = \"string\", description = \"...\" } to params", name, name)
			} else {
				used[name] = true
				flush()
				t.Segments = append(t.Segments, Segment{Param: p})
			}
			i += end
		case ch == '}':
			c.errorf(e.key("template"), "unmatched } at byte %d; write a literal } as }}", i)
			return t
		default:
			lit.WriteByte(ch)
		}
	}
	flush()
	for i, p := range t.Params {
		if p.Name.LowerSnake != "" && !used[p.Name.LowerSnake] {
			c.errorf(fmt.Sprintf("%s[%d].name", e.key("params"), i), "parameter %q is declared but the template does not use it; use {%s} in the template or remove it", p.Name.LowerSnake, p.Name.LowerSnake)
		}
	}
	return t
}
