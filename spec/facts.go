package spec

import (
	"cmp"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// This file defines the MLSx facts of the table (RFC 3659 section 7), and
// the entry lines of MLST and MLSD as every language's generated code
// reads and writes them: ParseEntry and FormatEntry.

// Fact is a fact of MLST and MLSD entries ([fact."NAME"] in the table).
type Fact struct {
	Name        string // as servers write it: "size", "media-type", "UNIX.mode"
	Ident       Name   // Name as an identifier: Camel "Size", "MediaType", "UnixMode"
	Description string
	Type        string // TypeUint, TypeTime or TypeString
	Status      Status
	Ref         Ref
	Evidence    []*Evidence // the servers that send a non-standard fact
	Note        string      // not generated into code
}

// Fact returns the fact whose name is name, in any case, or nil.
func (t *Table) Fact(name string) *Fact {
	for _, f := range t.Facts {
		if equalFoldASCII(f.Name, name) {
			return f
		}
	}
	return nil
}

var factName = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9]*([.-][A-Za-z0-9]+)*$`)

// facts reads the [fact."NAME"] tables into t.Facts: the standard ones
// first, by their section, then the others by name.
func (c *checker) facts(t *Table, root table) {
	s, ok := root.sub("fact")
	if !ok {
		return
	}
	idents := map[string]string{}
	for _, e := range s.entries() {
		e.allow("description", "type", "status", "rfc", "section", "source", "evidence", "note")
		name := e.last()
		if !factName.MatchString(name) {
			c.errorf(e.path, "%q is not a fact name; write letters and digits, parts joined by \".\" or \"-\", as [fact.size] or [fact.\"UNIX.mode\"]", name)
			continue
		}
		if prev := t.Fact(name); prev != nil {
			c.errorf(e.path, "fact %s is already declared as %s; fact names are case-insensitive (RFC 3659 section 7.5)", name, prev.Name)
			continue
		}
		f := &Fact{Name: name, Ident: factIdent(name), Description: c.text(e, "description", true), Note: c.text(e, "note", false)}
		if prev, dup := idents[f.Ident.Camel]; dup {
			c.errorf(e.path, "fact %s has the identifier %s, as %s has; rename one", name, f.Ident.Camel, prev)
		}
		idents[f.Ident.Camel] = name
		switch f.Type = e.str("type", true, `give the value's type: "uint", "time" or "string"`); f.Type {
		case TypeUint, TypeTime, TypeString, "":
		default:
			c.errorf(e.key("type"), "%q is not a fact type; write \"uint\", \"time\" or \"string\"", f.Type)
		}
		f.Status = c.status(e)
		f.Ref = c.ref(e, f.Status)
		c.checkStatus(e, f.Status, f.Ref)
		f.Evidence = c.evidenceList(t, e, "evidence", false)
		if f.Status == NonStandard && len(f.Evidence) == 0 {
			c.errorf(e.key("evidence"), "missing; a non-standard fact names the servers that send it, as evidence = [{ server = \"proftpd\", at = \"modules/mod_facts.c:372\", when = \"...\" }]")
		}
		if f.Status != NonStandard && len(f.Evidence) > 0 {
			c.errorf(e.key("evidence"), "only a non-standard fact cites servers; its document defines this one")
		}
		t.Facts = append(t.Facts, f)
	}
	slices.SortStableFunc(t.Facts, func(a, b *Fact) int {
		return cmp.Or(cmp.Compare(a.Status, b.Status), compareSections(a.Ref.Section, b.Ref.Section), strings.Compare(a.Name, b.Name))
	})
}

// compareSections orders dotted section numbers numerically: 7.5.9 before
// 7.5.10.
func compareSections(a, b string) int {
	pa, pb := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < len(pa) && i < len(pb); i++ {
		x, _ := strconv.Atoi(pa[i])
		y, _ := strconv.Atoi(pb[i])
		if c := cmp.Compare(x, y); c != 0 {
			return c
		}
	}
	return cmp.Compare(len(pa), len(pb))
}

// factIdent is a fact name as an identifier: its parts, split at "." and
// "-", each with its first letter in upper case and the rest in lower
// case: "UNIX.mode" is UnixMode, "media-type" MediaType.
func factIdent(name string) Name {
	var b strings.Builder
	for _, p := range strings.FieldsFunc(name, func(r rune) bool { return r == '.' || r == '-' }) {
		b.WriteString(strings.ToUpper(p[:1]) + strings.ToLower(p[1:]))
	}
	return newName(b.String())
}

// FactValue is one fact of an entry line, in the order of the line.
type FactValue struct {
	Fact  *Fact  // the table's fact; nil for a fact the table lacks
	Name  string // the table's name for a known fact, else the name as written
	Value string // as written
}

// Entry is an MLST or MLSD entry line: its facts and the pathname.
type Entry struct {
	Facts []FactValue
	Path  string
}

// Get returns the value of the first fact of the entry with the given
// name, in any case.
func (e Entry) Get(name string) (string, bool) {
	for _, f := range e.Facts {
		if equalFoldASCII(f.Name, name) {
			return f.Value, true
		}
	}
	return "", false
}

// ErrBadFact and ErrBadPath are returned by FormatEntry.
var (
	ErrBadFact = errors.New("bad-fact")
	ErrBadPath = errors.New("bad-path")
)

// ParseEntry reads an entry line (RFC 3659 section 7.2, entry = [ facts ]
// SP pathname): one line of MLSD data without its line end, or the middle
// line of an MLST reply without the one leading space that belongs to the
// reply. The facts are everything before the first space, the path
// everything after it, kept whole: spaces, semicolons, and empty as MLST
// may give it (section 7.3.1). false for a line holding LF or no space,
// or whose facts are not each "name=value;" with a name before the first
// "=". A fact whose name is a table fact's, in any case, takes the table's
// name; any other keeps its name as written. Values are kept as written:
// Typed reads a known fact's.
func (t *Table) ParseEntry(line string) (Entry, bool) {
	facts, path, ok := strings.Cut(line, " ")
	if !ok || strings.Contains(line, "\n") {
		return Entry{}, false
	}
	e := Entry{Path: path}
	if facts == "" {
		return e, true
	}
	body, ok := strings.CutSuffix(facts, ";")
	if !ok {
		return Entry{}, false
	}
	for _, f := range strings.Split(body, ";") {
		name, value, ok := strings.Cut(f, "=")
		if !ok || name == "" {
			return Entry{}, false
		}
		fv := FactValue{Fact: t.Fact(name), Name: name, Value: value}
		if fv.Fact != nil {
			fv.Name = fv.Fact.Name
		}
		e.Facts = append(e.Facts, fv)
	}
	return e, true
}

// Typed reads the value of a known fact as its type: a uint is one or
// more ASCII digits, at most MaxUint, given in canonical decimal; a time
// is a time-val in the years MinYear to MaxYear, the whole value, given
// as written; a string is the value. false for an unknown fact, or a
// value not of its fact's type.
func (f FactValue) Typed() (string, bool) {
	if f.Fact == nil {
		return "", false
	}
	switch f.Fact.Type {
	case TypeUint:
		if f.Value == "" || !allBytes(f.Value, isDigit) {
			return "", false
		}
		n, err := strconv.ParseUint(f.Value, 10, 64)
		if err != nil || n > MaxUint {
			return "", false
		}
		return strconv.FormatUint(n, 10), true
	case TypeTime:
		if !isTimeVal(f.Value) || !validTime(f.Value) {
			return "", false
		}
	}
	return f.Value, true
}

// FormatEntry writes an entry line, without its line end: each fact as
// "name=value;", in order, then a space and the path. It refuses a fact
// name that is empty, or holds a byte outside 0x21 to 0x7E, "=" or ";"; a
// value holding ";", a space, CR, LF or NUL; a known fact's value (its
// name compared in any case) that Typed cannot read (ErrBadFact); and a
// path holding CR, LF or NUL (ErrBadPath), which could forge a line of
// the listing or the reply.
func (t *Table) FormatEntry(e Entry) (string, error) {
	var b strings.Builder
	for _, f := range e.Facts {
		if f.Name == "" || !allBytes(f.Name, isVChar) || strings.ContainsAny(f.Name, "=;") {
			return "", fmt.Errorf("%w: fact name %q must be visible ASCII characters other than = and ;", ErrBadFact, f.Name)
		}
		if strings.ContainsAny(f.Value, "; \r\n\x00") {
			return "", fmt.Errorf("%w: the value %q of %s holds a semicolon, space, CR, LF or NUL", ErrBadFact, f.Value, f.Name)
		}
		if k := t.Fact(f.Name); k != nil {
			if _, ok := (FactValue{Fact: k, Value: f.Value}).Typed(); !ok {
				return "", fmt.Errorf("%w: the value %q of %s is not a %s", ErrBadFact, f.Value, f.Name, k.Type)
			}
		}
		b.WriteString(f.Name + "=" + f.Value + ";")
	}
	if strings.ContainsAny(e.Path, "\r\n\x00") {
		return "", fmt.Errorf("%w: the path %q holds CR, LF or NUL", ErrBadPath, e.Path)
	}
	return b.String() + " " + e.Path, nil
}
