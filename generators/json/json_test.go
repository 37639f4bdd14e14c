package json_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/ftpcodes/ftpcodes/generators"
	ftpjson "github.com/ftpcodes/ftpcodes/generators/json"
	"github.com/ftpcodes/ftpcodes/internal/conformance"
	"github.com/ftpcodes/ftpcodes/internal/golden"
	"github.com/ftpcodes/ftpcodes/spec"
)

// validator returns the command line that validates documents against a
// schema with Ajv (pinned in package.json): node, the script and the
// repository root whose node_modules holds Ajv. Missing, it fails the
// test under CI and skips it elsewhere.
func validator(t *testing.T) []string {
	t.Helper()
	node := conformance.Require(t, "node")
	for _, m := range []string{"ajv", "ajv-formats"} {
		if _, err := os.Stat(filepath.Join(golden.Root(), "node_modules", m, "package.json")); err != nil {
			if os.Getenv("CI") == "true" {
				t.Fatalf("node_modules/%s is missing; make tools installs it (npm ci)", m)
			}
			t.Skipf("node_modules/%s is missing; run make tools (under CI=true this fails)", m)
		}
	}
	script, err := filepath.Abs(filepath.Join("testdata", "validate.cjs"))
	if err != nil {
		t.Fatal(err)
	}
	return []string{node, script, golden.Root()}
}

// TestValidates validates the document of every table (the shipped one
// and every golden/gen case) against the schema, with a standard
// validator: Ajv in strict mode, with its formats.
func TestValidates(t *testing.T) {
	v := validator(t)
	dir := t.TempDir()
	var docs []string
	var schema []byte
	for _, n := range conformance.Tables(t) {
		files := conformance.Generate(t, ftpjson.Target, n.Table)
		if schema != nil && !bytes.Equal(schema, files[ftpjson.SchemaPath]) {
			t.Errorf("%s: the schema differs from the other tables'; it must depend on the types alone", n.Name)
		}
		schema = files[ftpjson.SchemaPath]
		p := filepath.Join(dir, n.Name+".json")
		if err := os.WriteFile(p, files[ftpjson.DocumentPath], 0o644); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, p)
	}
	sp := filepath.Join(dir, "schema.json")
	if err := os.WriteFile(sp, schema, 0o644); err != nil {
		t.Fatal(err)
	}
	out := conformance.Run(t, dir, v[0], append(v[1:], append([]string{sp}, docs...)...)...)
	if got := strings.Count(out, ": valid\n"); got != len(docs) {
		t.Errorf("%d of %d documents valid:\n%s", got, len(docs), out)
	}
}

// TestSchemaRefuses checks that the schema is not vacuous: documents
// broken in one place each are refused by the validator.
func TestSchemaRefuses(t *testing.T) {
	v := validator(t)
	tbl, err := spec.Default()
	if err != nil {
		t.Fatal(err)
	}
	files := conformance.Generate(t, ftpjson.Target, tbl)
	dir := t.TempDir()
	sp := filepath.Join(dir, "schema.json")
	if err := os.WriteFile(sp, files[ftpjson.SchemaPath], 0o644); err != nil {
		t.Fatal(err)
	}
	breaks := map[string]func(d map[string]any){
		"code out of range":    func(d map[string]any) { reply(d, 0)["code"] = 42 },
		"unknown key":          func(d map[string]any) { reply(d, 0)["colour"] = "red" },
		"missing text":         func(d map[string]any) { delete(meaning(d, 0), "text") },
		"bad status":           func(d map[string]any) { meaning(d, 0)["status"] = "obsolete" },
		"rfc and draft":        func(d map[string]any) { meaning(d, 0)["ref"].(map[string]any)["draft"] = "draft-somers-ftp-mfxx-03" },
		"rfc without url":      func(d map[string]any) { delete(meaning(d, 0)["ref"].(map[string]any), "url") },
		"no meaning":           func(d map[string]any) { reply(d, 0)["meanings"] = []any{} },
		"class as text":        func(d map[string]any) { reply(d, 0)["class"] = "1" },
		"expected not grouped": func(d map[string]any) { command(d, 0)["expected"] = []any{200} },
		"bad commit":           func(d map[string]any) { d["servers"].([]any)[0].(map[string]any)["commit"] = "HEAD" },
		"segment with both": func(d map[string]any) {
			for _, r := range d["replies"].([]any) {
				for _, m := range r.(map[string]any)["meanings"].([]any) {
					if tp, ok := m.(map[string]any)["template"].(map[string]any); ok {
						tp["segments"].([]any)[0].(map[string]any)["literal"] = "x"
						tp["segments"].([]any)[0].(map[string]any)["param"] = "x"
						return
					}
				}
			}
		},
	}
	names := make([]string, 0, len(breaks))
	for name := range breaks {
		names = append(names, name)
	}
	slices.Sort(names)
	var docs []string
	for i, name := range names {
		var d map[string]any
		if err := json.Unmarshal(files[ftpjson.DocumentPath], &d); err != nil {
			t.Fatal(err)
		}
		breaks[name](d)
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, string(rune('a'+i))+".json")
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, p)
	}
	cmd := append(v[1:], append([]string{sp}, docs...)...)
	out, err := execOutput(dir, v[0], cmd...)
	if err == nil {
		t.Fatalf("the validator accepted every broken document:\n%s", out)
	}
	for i, p := range docs {
		if strings.Contains(out, p+": valid\n") {
			t.Errorf("%s: the validator accepts it", names[i])
		}
	}
}

func reply(d map[string]any, i int) map[string]any {
	return d["replies"].([]any)[i].(map[string]any)
}

func meaning(d map[string]any, i int) map[string]any {
	return reply(d, i)["meanings"].([]any)[0].(map[string]any)
}

func command(d map[string]any, i int) map[string]any {
	return d["commands"].([]any)[i].(map[string]any)
}

// TestReadBack decodes the document of every table into the document's
// types, refusing unknown fields, and compares every value with the
// model: every class, group, code, meaning, template, command, list,
// observed reply, piece of evidence and server.
func TestReadBack(t *testing.T) {
	for _, n := range conformance.Tables(t) {
		t.Run(n.Name, func(t *testing.T) {
			files := conformance.Generate(t, ftpjson.Target, n.Table)
			dec := json.NewDecoder(bytes.NewReader(files[ftpjson.DocumentPath]))
			dec.DisallowUnknownFields()
			var d ftpjson.Document
			if err := dec.Decode(&d); err != nil {
				t.Fatal(err)
			}
			compare(t, n.Table, &d)
		})
	}
}

func compare(t *testing.T, tbl *spec.Table, d *ftpjson.Document) {
	t.Helper()
	eq := func(what string, got, want any) {
		t.Helper()
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s = %#v; want %#v", what, got, want)
		}
	}
	header, err := generators.Header(tbl)
	if err != nil {
		t.Fatal(err)
	}
	eq("generated", d.Generated, header)
	eq("source", d.Source, tbl.Source)
	eq("limits", []int{d.Limits.MaxLineBytes, d.Limits.MaxReplyLines, d.Limits.MinYear, d.Limits.MaxYear},
		[]int{spec.MaxLineBytes, spec.MaxReplyLines, spec.MinYear, spec.MaxYear})
	eq("statuses", len(d.Statuses), len(spec.Statuses))
	for i, s := range spec.Statuses {
		eq("status", d.Statuses[i], ftpjson.Status{Name: s.String(), Meaning: s.Meaning()})
	}
	eq("reply groups", len(d.ReplyGroups), len(spec.ReplyGroups))
	for i, g := range spec.ReplyGroups {
		eq("reply group", d.ReplyGroups[i], ftpjson.ReplyGroup{Key: g.Key, Title: g.Title, Classes: g.Classes})
	}
	eq("classes", len(d.Classes), len(tbl.Classes))
	for i, c := range tbl.Classes {
		got := d.Classes[i]
		eq("class", []any{got.Digit, got.Name, got.Title, got.Description}, []any{c.Digit, c.Name.Camel, c.Title, c.Description})
		checkRef(t, "class ref", got.Ref, c.Ref)
	}
	eq("groups", len(d.Groups), len(tbl.Groups))
	for i, g := range tbl.Groups {
		got := d.Groups[i]
		eq("group", []any{got.Digit, got.Name, got.Title, got.Description}, []any{g.Digit, g.Name.Camel, g.Title, g.Description})
		checkRef(t, "group ref", got.Ref, g.Ref)
	}
	eq("replies", len(d.Replies), len(tbl.Replies))
	for i, r := range tbl.Replies {
		got := d.Replies[i]
		eq("code", got.Code, r.Code)
		eq("name", got.Name, r.Name.Camel)
		var aliases []string
		for _, a := range r.Aliases {
			aliases = append(aliases, a.Camel)
		}
		eq("aliases", got.Aliases, aliases)
		eq("closes_control", got.ClosesControl, r.ClosesControl)
		if r.Class == nil {
			eq("class", got.Class, (*int)(nil))
			eq("group", got.Group, (*int)(nil))
		} else {
			eq("class", *got.Class, r.Class.Digit)
			eq("group", *got.Group, r.Group.Digit)
		}
		ms := r.Meanings()
		eq("meanings", len(got.Meanings), len(ms))
		for j, m := range ms {
			gm := got.Meanings[j]
			eq("meaning", []any{gm.Name, gm.Text, gm.Description, gm.Status}, []any{m.Name.Camel, m.Text, m.Description, m.Status.String()})
			checkRef(t, "meaning ref", gm.Ref, m.Ref)
			if m.Template == nil {
				eq("template", gm.Template, (*ftpjson.Template)(nil))
				continue
			}
			gt := gm.Template
			eq("raw", gt.Raw, m.Template.Raw)
			eq("lenient", gt.Lenient, m.Template.Lenient)
			eq("params", len(gt.Params), len(m.Template.Params))
			for k, p := range m.Template.Params {
				gp := gt.Params[k]
				eq("param", []any{gp.Name, gp.Type, gp.Quoted, gp.Description}, []any{p.Name.LowerSnake, p.Type, p.Quoted, p.Description})
				if p.Type == spec.TypeUint {
					eq("max", *gp.Max, p.Max)
				} else {
					eq("max", gp.Max, (*uint64)(nil))
				}
			}
			eq("segments", len(gt.Segments), len(m.Template.Segments))
			for k, s := range m.Template.Segments {
				gs := gt.Segments[k]
				if s.Param == nil {
					eq("segment", gs, ftpjson.Segment{Literal: s.Literal})
				} else {
					eq("segment", gs, ftpjson.Segment{Param: s.Param.Name.LowerSnake, Stop: s.Stop})
				}
			}
		}
		eq("conflicts", len(got.Conflicts), len(r.Conflicts))
		for j, e := range r.Conflicts {
			verb := e.Command
			if verb == "" {
				verb = "any"
			}
			eq("conflict command", got.Conflicts[j].Command, verb)
			checkEvidence(t, got.Conflicts[j], e)
		}
	}
	eq("commands", len(d.Commands), len(tbl.Commands))
	for i, c := range tbl.Commands {
		got := d.Commands[i]
		eq("command", []any{got.Verb, got.Description, got.Syntax, got.Status, got.Argument}, []any{c.Verb, c.Description, c.Syntax, c.Status.String(), c.Argument.String()})
		checkRef(t, "command ref", got.Ref, c.Ref)
		checkRef(t, "replies ref", got.RepliesRef, c.RepliesRef)
		eq("aliases", got.Aliases, c.Aliases)
		if len(c.Aliases) > 0 {
			checkRef(t, "aliases ref", *got.AliasesRef, c.AliasesRef)
		} else {
			eq("aliases ref", got.AliasesRef, (*ftpjson.Ref)(nil))
		}
		checkGroups(t, c.Verb+" expected", got.Expected, c.Groups())
		eq(c.Verb+" lists", len(got.Lists), len(c.Lists))
		for j, l := range c.Lists {
			checkRef(t, "list ref", got.Lists[j].Ref, l.Ref)
			checkGroups(t, c.Verb+" list", got.Lists[j].Replies, l.Groups())
		}
		checkObserved(t, c.Verb+" observed", got.Observed, c.Observed)
	}
	checkObserved(t, "any_command", d.AnyCommand, tbl.AnyCommand)
	eq("facts", len(d.Facts), len(tbl.Facts))
	for i, f := range tbl.Facts {
		got := d.Facts[i]
		eq("fact", []any{got.Name, got.Description, got.Type, got.Status, len(got.Evidence)}, []any{f.Name, f.Description, f.Type, f.Status.String(), len(f.Evidence)})
		checkRef(t, f.Name+" ref", got.Ref, f.Ref)
		for j, e := range f.Evidence {
			eq("fact evidence", got.Evidence[j], ftpjson.Evidence{Server: e.Server.ID, File: e.File, Line: e.Line, URL: e.URL(), Condition: e.Condition})
		}
	}
	eq("servers", len(d.Servers), len(tbl.Servers))
	for i, s := range tbl.Servers {
		eq("server", d.Servers[i], ftpjson.Server{ID: s.ID, Name: s.Name, Version: s.Version, Repository: s.Repository, Commit: s.Commit, URL: s.URL()})
	}
}

func checkRef(t *testing.T, what string, got ftpjson.Ref, want spec.Ref) {
	t.Helper()
	w := ftpjson.Ref{RFC: want.RFC, Draft: want.Document, Section: want.Section, Source: want.Source, Document: want.DocumentName(), URL: want.URL()}
	if got != w {
		t.Errorf("%s = %+v; want %+v", what, got, w)
	}
}

func checkGroups(t *testing.T, what string, got ftpjson.Replies, want [][]*spec.Reply) {
	t.Helper()
	g := [][]int{got.Preliminary, got.Intermediate, got.Success, got.Error}
	for i, rs := range want {
		codes := []int{}
		for _, r := range rs {
			codes = append(codes, r.Code)
		}
		if !slices.Equal(g[i], codes) || g[i] == nil {
			t.Errorf("%s %s = %v; want %v", what, spec.ReplyGroups[i].Key, g[i], codes)
		}
	}
}

func checkObserved(t *testing.T, what string, got []ftpjson.Observed, want []*spec.Observed) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d replies; want %d", what, len(got), len(want))
		return
	}
	for i, o := range want {
		if got[i].Code != o.Reply.Code || len(got[i].Evidence) != len(o.Evidence) {
			t.Errorf("%s: %d with %d evidence; want %d with %d", what, got[i].Code, len(got[i].Evidence), o.Reply.Code, len(o.Evidence))
			continue
		}
		for j, e := range o.Evidence {
			if got[i].Evidence[j].Command != "" {
				t.Errorf("%s: %d: evidence names a command", what, o.Reply.Code)
			}
			checkEvidence(t, got[i].Evidence[j], e)
		}
	}
}

func checkEvidence(t *testing.T, got ftpjson.Evidence, want *spec.Evidence) {
	t.Helper()
	if got.Server != want.Server.ID || got.File != want.File || got.Line != want.Line || got.Condition != want.Condition || got.URL != want.URL() {
		t.Errorf("evidence %+v; want %s (%s)", got, want, want.Condition)
	}
}

// TestSchemaFromTypes checks the schema against the types it comes from:
// every field of every type is a property, with a description, and
// required unless it is omitted when empty.
func TestSchemaFromTypes(t *testing.T) {
	s, err := ftpjson.Schema("comment")
	if err != nil {
		t.Fatal(err)
	}
	defs := s["$defs"].(map[string]any)
	check := func(name string, obj map[string]any, typ reflect.Type) {
		props := obj["properties"].(map[string]any)
		if len(props) != typ.NumField() {
			t.Errorf("%s: %d properties for %d fields", name, len(props), typ.NumField())
		}
		for i := range typ.NumField() {
			f := typ.Field(i)
			key, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
			p, ok := props[key].(map[string]any)
			if !ok {
				t.Errorf("%s.%s: no property %q", name, f.Name, key)
				continue
			}
			if p["description"] == "" {
				t.Errorf("%s.%s: no description", name, f.Name)
			}
			if req := slices.Contains(obj["required"].([]string), key); req != (opts != "omitempty") {
				t.Errorf("%s.%s: required is %v", name, f.Name, req)
			}
		}
	}
	check("Document", s, reflect.TypeFor[ftpjson.Document]())
	for name, typ := range map[string]reflect.Type{
		"Reply": reflect.TypeFor[ftpjson.Reply](), "Meaning": reflect.TypeFor[ftpjson.Meaning](),
		"Command": reflect.TypeFor[ftpjson.Command](), "Evidence": reflect.TypeFor[ftpjson.Evidence](),
		"Segment": reflect.TypeFor[ftpjson.Segment](), "Ref": reflect.TypeFor[ftpjson.Ref](),
	} {
		check(name, defs[name].(map[string]any), typ)
	}
}

// execOutput runs a command in dir and returns its standard output and
// error output together, and its error.
func execOutput(dir, name string, args ...string) (string, error) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	return string(out), err
}
