package generators

import (
	"fmt"
	"slices"

	"github.com/ftpcodes/ftpcodes/spec"
)

// Reserved is what one target language cannot give a name of the table:
// a keyword, or a spelling its generated code already uses for something
// else. Each func returns the spelling that is taken, or "" when the name
// is free; a nil func takes nothing. Its Check is the target's Check: spec
// knows no language's words, each target refuses what it cannot spell, and
// a table is refused only for the targets asked for.
//
// The policy is the same in every language: a name a language cannot spell
// is an error, positioned where the table declares it; no target renames.
type Reserved struct {
	Lang string // "Go", "C" ...

	Class, Group, Reply func(spec.Name) string // a class's, a group's, a reply's name or alias
	Verb                func(verb string) string
	Param               func(*spec.Param) string

	// ParamWhy says why such a parameter name is taken, after "reserved
	// in Lang (word): ".
	ParamWhy string
}

// Check reports every name of t that r's language cannot spell, in
// source order.
func (r Reserved) Check(t *spec.Table) spec.Errors {
	var errs spec.Errors
	name := func(f func(spec.Name) string, key string, n spec.Name) {
		if f == nil {
			return
		}
		if w := f(n); w != "" {
			errs = append(errs, t.ErrorAt(key, "name %q is reserved in %s (%s); choose another", n.Camel, r.Lang, w))
		}
	}
	for _, c := range t.Classes {
		name(r.Class, c.Key+".name", c.Name)
	}
	for _, g := range t.Groups {
		name(r.Group, g.Key+".name", g.Name)
	}
	for _, rep := range t.Replies {
		name(r.Reply, rep.Key+".name", rep.Name)
		for i, a := range rep.Aliases {
			name(r.Reply, fmt.Sprintf("%s.aliases[%d]", rep.Key, i), a)
		}
		for _, m := range rep.Meanings() {
			if m != &rep.Meaning {
				name(r.Reply, m.Key+".name", m.Name)
			}
			if m.Template == nil || r.Param == nil {
				continue
			}
			for _, p := range m.Template.Params {
				if w := r.Param(p); w != "" {
					errs = append(errs, t.ErrorAt(p.Key+".name", "parameter %q is reserved in %s (%s): %s; choose another", p.Name.LowerSnake, r.Lang, w, r.ParamWhy))
				}
			}
		}
	}
	for _, c := range t.Commands {
		if r.Verb == nil {
			break
		}
		if w := r.Verb(c.Verb); w != "" {
			errs = append(errs, t.ErrorAt(c.Key, "command %s is reserved in %s (%s); the generated code cannot offer it", c.Verb, r.Lang, w))
		}
		for i, a := range c.Aliases {
			if w := r.Verb(a); w != "" {
				errs = append(errs, t.ErrorAt(fmt.Sprintf("%s.aliases[%d]", c.Key, i), "alias %s is reserved in %s (%s); the generated code cannot offer it", a, r.Lang, w))
			}
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

// Words is a set of spellings.
type Words map[string]bool

// NewWords returns the set of words.
func NewWords(words ...string) Words {
	m := make(Words, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// Checked returns generate preceded by check: a table the target cannot
// spell is refused, with every positioned error, before anything renders.
func Checked(check func(*spec.Table) spec.Errors, generate func(*spec.Table, Options) ([]File, error)) func(*spec.Table, Options) ([]File, error) {
	return func(t *spec.Table, opt Options) ([]File, error) {
		if check != nil {
			if errs := check(t); len(errs) > 0 {
				return nil, errs
			}
		}
		return generate(t, opt)
	}
}
