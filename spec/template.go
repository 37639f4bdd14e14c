package spec

import (
	"fmt"
	"strings"

	"github.com/ftpcodes/ftpcodes/internal/ident"
)

// Parameter types a template may declare.
var paramTypes = []string{TypeString, TypeUint, TypeTime}

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
		pt.allow("name", "type", "max", "description")
		p := &Param{Key: pt.path, Description: c.text(pt, "description", true)}
		name := pt.str("name", true, `give a lower_snake_case name, as name = "pathname"`)
		if name != "" && !ident.IsLowerSnake(name) {
			c.errorf(pt.key("name"), "%q is not a lower_snake_case identifier; use lower-case ASCII letters, digits and single underscores, starting with a letter", name)
		}
		if _, dup := declared[name]; dup && name != "" {
			c.errorf(pt.key("name"), "parameter %q is declared twice; remove one", name)
		}
		p.Name = Name{Camel: ident.CamelFromSnake(name), UpperSnake: strings.ToUpper(name), LowerSnake: name, LowerCamel: ident.LowerCamel(ident.CamelFromSnake(name))}
		p.Type = pt.str("type", true, `write type = "string", "uint" or "time"`)
		if p.Type != "" && !contains(paramTypes, p.Type) {
			c.errorf(pt.key("type"), "%q is not a parameter type; write %q, %q or %q", p.Type, TypeString, TypeUint, TypeTime)
		}
		if p.Type == TypeUint {
			p.Max = MaxUint
		}
		if max, ok := pt.integer("max"); ok {
			switch {
			case p.Type != TypeUint:
				c.errorf(pt.key("max"), "max applies to uint parameters only; remove it")
			case max < 1 || uint64(max) > MaxUint:
				c.errorf(pt.key("max"), "%d is out of range; max is from 1 to %d (2^53-1, which every target language represents exactly)", max, uint64(MaxUint))
			default:
				p.Max = uint64(max)
			}
		}
		declared[name] = p
		p.Index = len(t.Params)
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
	c.segments(e, t)
	for i, p := range t.Params {
		if p.Name.LowerSnake != "" && !used[p.Name.LowerSnake] {
			c.errorf(fmt.Sprintf("%s[%d].name", e.key("params"), i), "parameter %q is declared but the template does not use it; use {%s} in the template or remove it", p.Name.LowerSnake, p.Name.LowerSnake)
		}
	}
	return t
}

// segments checks that a template's values can be told apart when read
// back, marks Quoted parameters and decides whether it is Lenient.
func (c *checker) segments(e table, t *Template) {
	segs := t.Segments
	for i, s := range segs {
		p := s.Param
		if p == nil {
			continue
		}
		var before, after string
		if i > 0 {
			before = segs[i-1].Literal
		}
		if i+1 < len(segs) {
			after = segs[i+1].Literal
			if segs[i+1].Param != nil {
				c.errorf(e.key("template"), "{%s} and {%s} touch; put literal text between them, or a parser could not tell where one ends", p.Name.LowerSnake, segs[i+1].Param.Name.LowerSnake)
				continue
			}
		}
		switch p.Type {
		case TypeUint, TypeTime:
			if after != "" && (isDigit(after[0]) || p.Type == TypeTime && after[0] == '.') {
				c.errorf(e.key("template"), "{%s} is followed by %q; a number cannot be followed by a digit (or a time by a dot), or a parser could not tell where it ends", p.Name.LowerSnake, after)
			}
		case TypeString:
			p.Quoted = strings.HasSuffix(before, `"`) && strings.HasPrefix(after, `"`)
			if !p.Quoted && i+2 < len(segs) {
				segs[i].Stop = after
			}
		}
	}
	t.Core = t.core()
	core := t.Core
	if len(core) == 0 {
		return // no placeholder: parameters declared but unused are reported by template
	}
	edge := func(s Segment) bool {
		return s.Param == nil || s.Param.Type != TypeString // a literal quote or a self-delimiting value
	}
	t.Lenient = edge(core[0]) && edge(core[len(core)-1])
	t.CoreAfterDigit = core[0].Param != nil && core[0].Param.Type != TypeString
}
