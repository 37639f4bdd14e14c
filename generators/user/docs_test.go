package user

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/internal/golden"
)

var (
	docType = regexp.MustCompile(`^### (\S+)$`)
	docRow  = regexp.MustCompile(`^\| \x60([^\x60]+)\x60 \| \x60([^\x60]+)\x60 \|([^|]*)\|(.*)\|$`) // \x60 is the backquote
	docFunc = regexp.MustCompile(`^\| \x60([a-z][A-Za-z]*)\x60 \|`)
)

// documented reads docs/templates.md: for each type's section, the
// documented fields and methods with their types, and the functions.
func documented(t *testing.T) (map[string]map[string]string, []string) {
	b, err := os.ReadFile(filepath.Join(golden.Root(), "docs", "templates.md"))
	if err != nil {
		t.Fatal(err)
	}
	types := map[string]map[string]string{}
	var funcs []string
	cur := ""
	for _, line := range strings.Split(string(b), "\n") {
		if m := docType.FindStringSubmatch(line); m != nil {
			cur = m[1]
			if types[cur] != nil {
				t.Errorf("docs/templates.md: %s is described twice", cur)
			}
			types[cur] = map[string]string{}
			continue
		}
		if m := docRow.FindStringSubmatch(line); m != nil && cur != "" {
			if strings.TrimSpace(m[4]) == "" {
				t.Errorf("docs/templates.md: %s.%s has no description", cur, m[1])
			}
			if !strings.Contains(m[1], "(") && strings.TrimSpace(m[3]) == "" {
				t.Errorf("docs/templates.md: field %s.%s has no example", cur, m[1])
			}
			types[cur][m[1]] = m[2]
			continue
		}
		if m := docFunc.FindStringSubmatch(line); m != nil && cur == "" {
			funcs = append(funcs, m[1])
		}
	}
	return types, funcs
}

// reachable returns every type of this module a template can reach from
// TemplateData and from the results of Funcs, with its fields and methods
// as docs/templates.md names them ("Code", "Expects(int)") and their types.
func reachable() map[string]map[string]string {
	out := map[string]map[string]string{}
	queue := []reflect.Type{reflect.TypeFor[generators.TemplateData]()}
	for _, f := range Funcs {
		ft := reflect.TypeOf(f)
		for i := range ft.NumOut() {
			queue = append(queue, ft.Out(i))
		}
	}
	add := func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Array || t.Kind() == reflect.Map {
			t = t.Elem()
		}
		if strings.HasPrefix(t.PkgPath(), "github.com/ftpcodes/ftpcodes") {
			queue = append(queue, t)
		}
	}
	for len(queue) > 0 {
		t := queue[0]
		queue = queue[1:]
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
			t = t.Elem()
		}
		if !strings.HasPrefix(t.PkgPath(), "github.com/ftpcodes/ftpcodes") || out[t.String()] != nil {
			continue
		}
		members := map[string]string{}
		out[t.String()] = members
		if t.Kind() == reflect.Struct {
			for i := range t.NumField() {
				if f := t.Field(i); f.IsExported() {
					members[f.Name] = f.Type.String()
					add(f.Type)
				}
			}
		}
		pt := reflect.PointerTo(t)
		for i := range pt.NumMethod() {
			m := pt.Method(i)
			var args, res []string
			for j := 1; j < m.Type.NumIn(); j++ {
				args = append(args, m.Type.In(j).String())
			}
			for j := range m.Type.NumOut() {
				res = append(res, m.Type.Out(j).String())
				add(m.Type.Out(j))
			}
			r := strings.Join(res, ", ")
			if len(res) > 1 {
				r = "(" + r + ")"
			}
			members[m.Name+"("+strings.Join(args, ", ")+")"] = r
		}
	}
	return out
}

// TestDocumented keeps docs/templates.md in step with the Go types: every
// field and method a template can reach is described there with its type,
// an example (for a field) and a description, nothing that is gone is
// still described, and so is every function of Funcs.
func TestDocumented(t *testing.T) {
	doc, funcs := documented(t)
	got := reachable()
	for typ, members := range got {
		d, ok := doc[typ]
		if !ok {
			t.Errorf("docs/templates.md: no section ### %s", typ)
			continue
		}
		for name, mt := range members {
			switch dt, ok := d[name]; {
			case !ok:
				t.Errorf("docs/templates.md: %s.%s (%s) is not described", typ, name, mt)
			case dt != mt:
				t.Errorf("docs/templates.md: %s.%s is described as %s; it is %s", typ, name, dt, mt)
			}
		}
		for name := range d {
			if _, ok := members[name]; !ok {
				t.Errorf("docs/templates.md: %s.%s is described but no longer exists", typ, name)
			}
		}
	}
	for typ := range doc {
		if got[typ] == nil {
			t.Errorf("docs/templates.md: %s is described but a template cannot reach it", typ)
		}
	}
	for name := range Funcs {
		if !slices.Contains(funcs, name) {
			t.Errorf("docs/templates.md: function %s is not described", name)
		}
	}
	for _, name := range funcs {
		if _, ok := Funcs[name]; !ok {
			t.Errorf("docs/templates.md: function %s is described but does not exist", name)
		}
	}
}
