package json

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// SchemaDialect is the JSON Schema version the schema is written in.
const SchemaDialect = "https://json-schema.org/draft/2020-12/schema"

// typeDocs describes each type of the document in its schema, and adds
// what its fields' tags cannot say.
var typeDocs = map[reflect.Type]struct {
	doc   string
	extra map[string]any
}{
	reflect.TypeFor[Document]():   {doc: "The FTP reply-code table of ftpcodes: reply codes and their meanings, commands and the replies they may receive, and what real servers send."},
	reflect.TypeFor[Limits]():     {doc: "The limits of reading a reply and the years of a time-val, the same in every language."},
	reflect.TypeFor[Status]():     {doc: "A status and what it means."},
	reflect.TypeFor[ReplyGroup](): {doc: "A group of RFC 959 section 5.4 into which a command's replies fall."},
	reflect.TypeFor[Ref](): {
		doc: "Where something is defined: a document (an RFC or an Internet-Draft) and its section, or, for a non-standard definition, a free-text source.",
		extra: map[string]any{
			"dependentRequired": map[string]any{
				"rfc":     []string{"document", "url"},
				"draft":   []string{"document", "section", "url"},
				"section": []string{"document"},
			},
			"dependentSchemas": map[string]any{
				"rfc": map[string]any{"properties": map[string]any{"draft": false}},
			},
		},
	},
	reflect.TypeFor[Class]():    {doc: "The meaning of a reply's first digit (RFC 959 section 4.2)."},
	reflect.TypeFor[Fact]():     {doc: "A fact of MLST and MLSD entries (RFC 3659 section 7): its name, the type of its value and where it is defined."},
	reflect.TypeFor[Group]():    {doc: "The meaning of a reply's second digit, its function group (RFC 959 section 4.2)."},
	reflect.TypeFor[Reply]():    {doc: "A reply code, its primary meaning and any other meanings that other sources give the same number."},
	reflect.TypeFor[Meaning]():  {doc: "What one source says a reply code means."},
	reflect.TypeFor[Template](): {doc: "The wire form of a reply text that carries values, such as \"Entering Passive Mode ({h1},{h2},{h3},{h4},{p1},{p2}).\""},
	reflect.TypeFor[Param]():    {doc: "A value a template carries."},
	reflect.TypeFor[Segment](): {
		doc: "A run of literal text, or one parameter.",
		extra: map[string]any{
			"minProperties":     1,
			"dependentRequired": map[string]any{"stop": []string{"param"}},
			"dependentSchemas": map[string]any{
				"literal": map[string]any{"properties": map[string]any{"param": false, "stop": false}},
			},
		},
	},
	reflect.TypeFor[Command]():   {doc: "An FTP command and the replies it may receive."},
	reflect.TypeFor[ReplyList](): {doc: "A cited list of replies to a command."},
	reflect.TypeFor[Replies]():   {doc: "Reply codes by group, in the order of RFC 959 section 5.4; within a group, in the cited order."},
	reflect.TypeFor[Observed]():  {doc: "A reply real servers send that the documents do not list, with where each sends it."},
	reflect.TypeFor[Evidence]():  {doc: "A place in a server's source that sends a reply."},
	reflect.TypeFor[Server]():    {doc: "A real FTP server whose source the practice entries cite."},
}

// Schema returns the JSON Schema of Document, derived from its types: the
// document's own keywords at the top, every other type under $defs.
func Schema(comment string) (map[string]any, error) {
	b := &schemaBuilder{defs: map[string]any{}}
	root, err := b.object(reflect.TypeFor[Document]())
	if err != nil {
		return nil, err
	}
	root["$schema"] = SchemaDialect
	root["$comment"] = comment
	root["title"] = "ftpcodes"
	root["$defs"] = b.defs
	return root, nil
}

type schemaBuilder struct {
	defs map[string]any
}

// object returns the schema of a struct type.
func (b *schemaBuilder) object(t reflect.Type) (map[string]any, error) {
	td, ok := typeDocs[t]
	if !ok {
		return nil, fmt.Errorf("type %s has no entry in typeDocs", t.Name())
	}
	props := map[string]any{}
	required := []string{}
	for i := range t.NumField() {
		f := t.Field(i)
		name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "" || name == "-" {
			return nil, fmt.Errorf("%s.%s has no json name", t.Name(), f.Name)
		}
		s, err := b.field(t, f)
		if err != nil {
			return nil, err
		}
		props[name] = s
		if opts != "omitempty" {
			required = append(required, name)
		}
	}
	s := map[string]any{
		"type":                 "object",
		"description":          td.doc,
		"properties":           props,
		"required":             required,
		"additionalProperties": false,
	}
	for k, v := range td.extra {
		s[k] = v
	}
	return s, nil
}

// field returns the schema of one field, from its type and its tags.
func (b *schemaBuilder) field(owner reflect.Type, f reflect.StructField) (map[string]any, error) {
	doc := f.Tag.Get("doc")
	if doc == "" {
		return nil, fmt.Errorf("%s.%s has no doc tag", owner.Name(), f.Name)
	}
	t := f.Type
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	var s map[string]any
	if t.Kind() == reflect.Slice {
		items, err := b.value(owner, f, t.Elem())
		if err != nil {
			return nil, err
		}
		s = map[string]any{"type": "array", "items": items}
		if n := f.Tag.Get("minItems"); n != "" {
			v, err := strconv.Atoi(n)
			if err != nil {
				return nil, fmt.Errorf("%s.%s: minItems %q: %v", owner.Name(), f.Name, n, err)
			}
			s["minItems"] = v
		}
	} else {
		var err error
		if s, err = b.value(owner, f, t); err != nil {
			return nil, err
		}
	}
	s["description"] = doc
	return s, nil
}

// value returns the schema of a value of type t in field f: a reference
// to a struct's definition, or a scalar with f's constraints.
func (b *schemaBuilder) value(owner reflect.Type, f reflect.StructField, t reflect.Type) (map[string]any, error) {
	bad := func(tag string) error {
		return fmt.Errorf("%s.%s: tag %s does not apply to %s", owner.Name(), f.Name, tag, t)
	}
	s := map[string]any{}
	switch t.Kind() {
	case reflect.Struct:
		if _, done := b.defs[t.Name()]; !done {
			b.defs[t.Name()] = nil // a placeholder against recursion
			def, err := b.object(t)
			if err != nil {
				return nil, err
			}
			b.defs[t.Name()] = def
		}
		for _, tag := range []string{"min", "max", "pattern", "format", "enum"} {
			if f.Tag.Get(tag) != "" {
				return nil, bad(tag)
			}
		}
		return map[string]any{"$ref": "#/$defs/" + t.Name()}, nil
	case reflect.String:
		s["type"] = "string"
		for tag, kw := range map[string]string{"pattern": "pattern", "format": "format"} {
			if v := f.Tag.Get(tag); v != "" {
				s[kw] = v
			}
		}
		if v := f.Tag.Get("enum"); v != "" {
			s["enum"] = strings.Split(v, ",")
		}
		if v := f.Tag.Get("min"); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil {
				return nil, fmt.Errorf("%s.%s: min %q: %v", owner.Name(), f.Name, v, err)
			}
			s["minLength"] = n
		}
		if f.Tag.Get("max") != "" {
			return nil, bad("max")
		}
	case reflect.Int, reflect.Uint64:
		s["type"] = "integer"
		for tag, kw := range map[string]string{"min": "minimum", "max": "maximum"} {
			if v := f.Tag.Get(tag); v != "" {
				n, err := strconv.ParseUint(v, 10, 64)
				if err != nil {
					return nil, fmt.Errorf("%s.%s: %s %q: %v", owner.Name(), f.Name, tag, v, err)
				}
				s[kw] = n
			}
		}
		for _, tag := range []string{"pattern", "format", "enum"} {
			if f.Tag.Get(tag) != "" {
				return nil, bad(tag)
			}
		}
	case reflect.Bool:
		s["type"] = "boolean"
		for _, tag := range []string{"min", "max", "pattern", "format", "enum"} {
			if f.Tag.Get(tag) != "" {
				return nil, bad(tag)
			}
		}
	default:
		return nil, fmt.Errorf("%s.%s: no schema for %s", owner.Name(), f.Name, t)
	}
	return s, nil
}
