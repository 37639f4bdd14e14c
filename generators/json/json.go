// Package json writes the table as data: json/ftpcodes.json, one JSON
// document with every class, group, reply (every meaning, its template and
// parameters), command (its cited lists, expected replies by group, and
// the replies servers are observed to send, with evidence), server and
// reply to any command; and json/ftpcodes.schema.json, its JSON Schema
// (2020-12). Both come from the types in document.go: encoding/json writes
// the document from them, Schema derives the schema from them.
//
// The output is deterministic: every list is in the model's order (codes
// ascending, verbs ascending, cited order within a list), object members
// in the types' field order (the schema's in sorted order), indented by
// two spaces, with one final newline.
package json

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/ftpcodes/ftpcodes"
	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/spec"
)

// The output paths, relative to the output directory.
const (
	DocumentPath = "json/ftpcodes.json"
	SchemaPath   = "json/ftpcodes.schema.json"
)

// Target writes the document and its schema.
var Target = generators.Target{
	Name:        "json",
	Description: "the table as one JSON document, json/ftpcodes.json, with its JSON Schema (2020-12)",
	Ext:         ".json",
	Generate:    generate,
}

func generate(t *spec.Table, _ generators.Options) ([]generators.File, error) {
	header, err := generators.Header(t)
	if err != nil {
		return nil, fmt.Errorf("json: %w", err)
	}
	doc, err := encode(Build(t, header))
	if err != nil {
		return nil, fmt.Errorf("json: %w", err)
	}
	s, err := Schema(header)
	if err != nil {
		return nil, fmt.Errorf("json: schema: %w", err)
	}
	schema, err := encode(s)
	if err != nil {
		return nil, fmt.Errorf("json: schema: %w", err)
	}
	return []generators.File{{Path: DocumentPath, Data: doc}, {Path: SchemaPath, Data: schema}}, nil
}

// encode writes v indented by two spaces, with <, > and & as they are,
// and each array of numbers on one line.
func encode(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return numberArrays(buf.Bytes()), nil
}

// numberArrays puts each array of numbers in the indented src on one
// line: "[\n    1,\n    2\n  ]" becomes "[1, 2]". No string holds a line
// break (encoding/json escapes it), so no "[" in a string starts one.
func numberArrays(src []byte) []byte {
	out := make([]byte, 0, len(src))
	for {
		i := bytes.Index(src, []byte("[\n"))
		if i < 0 {
			return append(out, src...)
		}
		nums, end := numberArray(src[i:])
		if nums == nil {
			out, src = append(out, src[:i+1]...), src[i+1:]
			continue
		}
		out = append(append(append(append(out, src[:i]...), '['), bytes.Join(nums, []byte(", "))...), ']')
		src = src[i+end:]
	}
}

// numberArray reads the indented array of numbers that a starts with, one
// number a line: its numbers and its length; nil if a does not start with
// one.
func numberArray(a []byte) (nums [][]byte, end int) {
	// newline skips a line break and the indentation after it.
	newline := func(i int) (int, bool) {
		if i >= len(a) || a[i] != '\n' {
			return i, false
		}
		for i++; i < len(a) && a[i] == ' '; i++ {
		}
		return i, true
	}
	i, ok := 1, false // after "["
	for {
		if i, ok = newline(i); !ok {
			return nil, 0
		}
		start := i
		for i < len(a) && '0' <= a[i] && a[i] <= '9' {
			i++
		}
		if i == start {
			return nil, 0
		}
		nums = append(nums, a[start:i])
		if i < len(a) && a[i] == ',' {
			i++
			continue
		}
		if i, ok = newline(i); !ok || i >= len(a) || a[i] != ']' {
			return nil, 0
		}
		return nums, i + 1
	}
}

// Build returns the document of the table t, with header as its
// generated sentence.
func Build(t *spec.Table, header string) *Document {
	d := &Document{
		Generated: header,
		Source:    t.Source,
		Version:   ftpcodes.Version,
		Limits: Limits{
			MaxLineBytes: spec.MaxLineBytes, MaxReplyLines: spec.MaxReplyLines,
			MinYear: spec.MinYear, MaxYear: spec.MaxYear,
		},
		Statuses:    []Status{},
		ReplyGroups: []ReplyGroup{},
		Classes:     []Class{},
		Groups:      []Group{},
		Replies:     []Reply{},
		Commands:    []Command{},
		Servers:     []Server{},
		AnyCommand:  observed(t.AnyCommand),
		Facts:       []Fact{},
	}
	for _, s := range spec.Statuses {
		d.Statuses = append(d.Statuses, Status{Name: s.String(), Meaning: s.Meaning()})
	}
	for _, g := range spec.ReplyGroups {
		d.ReplyGroups = append(d.ReplyGroups, ReplyGroup{Key: g.Key, Title: g.Title, Classes: g.Classes})
	}
	for _, c := range t.Classes {
		d.Classes = append(d.Classes, Class{Digit: c.Digit, Name: c.Name.Camel, Title: c.Title, Description: c.Description, Ref: ref(c.Ref)})
	}
	for _, g := range t.Groups {
		d.Groups = append(d.Groups, Group{Digit: g.Digit, Name: g.Name.Camel, Title: g.Title, Description: g.Description, Ref: ref(g.Ref)})
	}
	for _, r := range t.Replies {
		d.Replies = append(d.Replies, reply(r))
	}
	for _, c := range t.Commands {
		d.Commands = append(d.Commands, command(c))
	}
	for _, s := range t.Servers {
		d.Servers = append(d.Servers, Server{ID: s.ID, Name: s.Name, Version: s.Version, Repository: s.Repository, Commit: s.Commit, URL: s.URL()})
	}
	for _, f := range t.Facts {
		x := Fact{Name: f.Name, Description: f.Description, Type: f.Type, Status: f.Status.String(), Ref: ref(f.Ref)}
		for _, e := range f.Evidence {
			x.Evidence = append(x.Evidence, evidence(e, false))
		}
		d.Facts = append(d.Facts, x)
	}
	return d
}

func ref(r spec.Ref) Ref {
	return Ref{Document: r.DocumentName(), RFC: r.RFC, Draft: r.Document, Section: r.Section, URL: r.URL(), Source: r.Source}
}

func reply(r *spec.Reply) Reply {
	out := Reply{Code: r.Code, Name: r.Name.Camel, ClosesControl: r.ClosesControl}
	for _, a := range r.Aliases {
		out.Aliases = append(out.Aliases, a.Camel)
	}
	if r.Class != nil {
		out.Class = &r.Class.Digit
	}
	if r.Group != nil {
		out.Group = &r.Group.Digit
	}
	for _, m := range r.Meanings() {
		out.Meanings = append(out.Meanings, meaning(m))
	}
	for _, e := range r.Conflicts {
		out.Conflicts = append(out.Conflicts, evidence(e, true))
	}
	return out
}

func meaning(m *spec.Meaning) Meaning {
	out := Meaning{Name: m.Name.Camel, Text: m.Text, Description: m.Description, Status: m.Status.String(), Ref: ref(m.Ref)}
	if tp := m.Template; tp != nil {
		t := &Template{Raw: tp.Raw, Lenient: tp.Lenient}
		for _, p := range tp.Params {
			q := Param{Name: p.Name.LowerSnake, Type: p.Type, Quoted: p.Quoted, Description: p.Description}
			if p.Type == spec.TypeUint {
				q.Max = &p.Max
			}
			t.Params = append(t.Params, q)
		}
		for _, s := range tp.Segments {
			if s.Param == nil {
				t.Segments = append(t.Segments, Segment{Literal: s.Literal})
			} else {
				t.Segments = append(t.Segments, Segment{Param: s.Param.Name.LowerSnake, Stop: s.Stop})
			}
		}
		out.Template = t
	}
	return out
}

func command(c *spec.Command) Command {
	out := Command{
		Verb: c.Verb, Description: c.Description, Syntax: c.Syntax, Status: c.Status.String(),
		Argument: c.Argument.String(),
		Ref:      ref(c.Ref), RepliesRef: ref(c.RepliesRef), Aliases: c.Aliases,
		Expected: replies(c.Groups()),
		Observed: observed(c.Observed),
	}
	if len(c.Aliases) > 0 {
		r := ref(c.AliasesRef)
		out.AliasesRef = &r
	}
	for _, l := range c.Lists {
		out.Lists = append(out.Lists, ReplyList{Ref: ref(l.Ref), Replies: replies(l.Groups())})
	}
	return out
}

// replies writes groups of replies, in the order of spec.ReplyGroups, as
// codes; an empty group as an empty list.
func replies(groups [][]*spec.Reply) Replies {
	codes := make([][]int, len(groups))
	for i, g := range groups {
		codes[i] = []int{}
		for _, r := range g {
			codes[i] = append(codes[i], r.Code)
		}
	}
	return Replies{Preliminary: codes[0], Intermediate: codes[1], Success: codes[2], Error: codes[3]}
}

func observed(os []*spec.Observed) []Observed {
	out := []Observed{}
	for _, o := range os {
		x := Observed{Code: o.Reply.Code}
		for _, e := range o.Evidence {
			x.Evidence = append(x.Evidence, evidence(e, false))
		}
		out = append(out, x)
	}
	return out
}

// evidence writes e; in a conflict, with the command it answers, "any"
// for any command.
func evidence(e *spec.Evidence, conflict bool) Evidence {
	out := Evidence{Server: e.Server.ID, File: e.File, Line: e.Line, URL: e.URL(), Condition: e.Condition}
	if conflict {
		out.Command = e.Command
		if out.Command == "" {
			out.Command = "any"
		}
	}
	return out
}
