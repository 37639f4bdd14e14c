package spec

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"github.com/ftpcodes/ftpcodes"
	"github.com/ftpcodes/ftpcodes/internal/ident"
)

// Default returns the table embedded in this module, ftpcodes.toml.
func Default() (*Table, error) {
	return Parse(ftpcodes.TableName, ftpcodes.Table)
}

// Load reads and parses the table in the named file. Generated files cite
// it by its base name, which must pass CheckSource.
func Load(path string) (*Table, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return parse(path, filepath.Base(path), src)
}

// Parse parses and validates a table. name is used in error messages, and
// generated files cite its base name, which must pass CheckSource. The
// error, if any, is of type Errors and lists every problem found.
func Parse(name string, src []byte) (*Table, error) {
	return parse(name, filepath.Base(name), src)
}

func parse(file, source string, src []byte) (*Table, error) {
	var named Errors // the file name's problem, reported with the table's
	if err := CheckSource(source); err != nil {
		named = Errors{{File: file, Msg: err.Error()}}
	}
	if !utf8.Valid(src) {
		line := 1 + strings.Count(string(src[:firstInvalid(src)]), "\n")
		return nil, append(named, &Error{File: file, Line: line, Msg: "invalid UTF-8; save the file as UTF-8"})
	}
	text := string(src)
	var doc map[string]any
	if _, err := toml.Decode(text, &doc); err != nil {
		return nil, append(named, syntaxError(file, text, err)...)
	}
	c := &checker{file: file, src: text, errs: named}
	t := c.table(table{c: c, m: doc})
	t.Source = source
	t.file = file
	t.pos = sync.OnceValue(func() map[string]position {
		if c.pos == nil {
			c.pos = locate(c.src) // a valid table's positions, for ErrorAt
		}
		return c.pos
	})
	if len(c.errs) > 0 {
		return nil, c.errs.sorted()
	}
	return t, nil
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// statusByName is every status by the name the table spells it with.
var statusByName = func() map[string]Status {
	m := map[string]Status{}
	for _, s := range Statuses {
		m[s.String()] = s
	}
	return m
}()

func (c *checker) table(root table) *Table {
	root.allow("class", "group", "reply", "command", "server", "practice", "fact")
	t := &Table{byCode: map[int]*Reply{}, byName: map[string]*Reply{}}

	if s, ok := root.sub("class"); ok {
		names := newNameSet(c)
		for _, e := range s.entries() {
			d, ok := c.digit(e, 1, 6)
			if !ok {
				continue
			}
			k := c.kind(e, names)
			t.Classes = append(t.Classes, &Class{Key: e.path, Digit: d, Name: k.name, Title: k.title, Description: k.description, Ref: k.ref})
		}
	}
	if s, ok := root.sub("group"); ok {
		names := newNameSet(c)
		for _, e := range s.entries() {
			d, ok := c.digit(e, 0, 5)
			if !ok {
				continue
			}
			k := c.kind(e, names)
			t.Groups = append(t.Groups, &Group{Key: e.path, Digit: d, Name: k.name, Title: k.title, Description: k.description, Ref: k.ref})
		}
	}
	sort.Slice(t.Classes, func(i, j int) bool { return t.Classes[i].Digit < t.Classes[j].Digit })
	sort.Slice(t.Groups, func(i, j int) bool { return t.Groups[i].Digit < t.Groups[j].Digit })

	replies, ok := root.sub("reply")
	if !ok {
		c.errorf("reply", "the table has no replies; add at least one [reply.NNN] table")
		return t
	}
	names := newNameSet(c)
	for _, e := range replies.entries() {
		if r := c.reply(t, e, names); r != nil {
			t.Replies = append(t.Replies, r)
			t.byCode[r.Code] = r
			t.byName[r.Name.Camel] = r
			for _, a := range r.Aliases {
				t.byName[a.Camel] = r
			}
		}
	}
	sort.Slice(t.Replies, func(i, j int) bool { return t.Replies[i].Code < t.Replies[j].Code })
	for _, r := range t.Replies {
		for _, m := range r.Meanings() {
			m.Code = r.Code
			if m.Template != nil {
				t.Templated = append(t.Templated, m)
			}
		}
	}
	if cmds, ok := root.sub("command"); ok {
		c.commands(t, cmds)
	}
	c.practice(t, root)
	c.facts(t, root)
	return t
}

// digit reads the key of a [class.N] or [group.N] table.
func (c *checker) digit(e table, lo, hi int) (int, bool) {
	k := e.last()
	d, err := strconv.Atoi(k)
	if err != nil || len(k) != 1 || d < lo || d > hi {
		c.errorf(e.path, "%q is not a digit from %d to %d; RFC 959 section 4.2 defines only those", k, lo, hi)
		return 0, false
	}
	return d, true
}

type kind struct {
	name               Name
	title, description string
	ref                Ref
}

// kind reads a class or group entry.
func (c *checker) kind(e table, names *nameSet) kind {
	e.allow("name", "title", "description", "rfc", "section")
	var k kind
	k.name = names.add(e.key("name"), e.str("name", true, `give an UpperCamelCase identifier, such as name = "PositiveCompletion"`))
	k.title = c.text(e, "title", true)
	k.description = c.text(e, "description", true)
	k.ref = c.ref(e, Standard)
	return k
}

// ref reads rfc or document, section and source. Every meaning cites an
// RFC or an Internet-Draft and its section unless it is non-standard, which
// names its source instead.
func (c *checker) ref(e table, status Status) Ref {
	var r Ref
	rfc, hasRFC := e.integer("rfc")
	if hasRFC && rfc <= 0 {
		c.errorf(e.key("rfc"), "%d is not an RFC number; write the number alone, as rfc = 959", rfc)
		hasRFC = false
	}
	_, rfcPresent := e.m["rfc"]
	_, docPresent := e.m["document"]
	r.Document = e.str("document", docPresent, `name the Internet-Draft, as document = "draft-somers-ftp-mfxx-03"`)
	if r.Document != "" && !validDraftName(r.Document) {
		c.errorf(e.key("document"), "%q is not an Internet-Draft name; write the draft's name with its revision, as document = \"draft-somers-ftp-mfxx-03\"", r.Document)
	}
	switch {
	case rfcPresent && docPresent:
		c.errorf(e.key("document"), "cite one document: an RFC (rfc = N) or an Internet-Draft (document = \"draft-...\"), not both")
		r.Document = ""
	case hasRFC:
		r.RFC = rfc
	}
	if r.Cites() {
		r.Section = e.str("section", true, `cite the section that defines it, as section = "4.2.2"`)
	} else if !rfcPresent && !docPresent { // a present but bad rfc or document is reported already
		if status != NonStandard {
			c.errorf(e.key("rfc"), `missing; cite the defining RFC, as rfc = 959, or Internet-Draft, as document = "draft-somers-ftp-mfxx-03", or mark the code status = "non-standard" and give its source`)
		}
		if _, ok := e.m["section"]; ok {
			c.errorf(e.key("section"), "a section needs a document; add rfc = N or document = \"draft-...\", or remove the section")
		}
	}
	if status == NonStandard {
		r.Source = c.text(e, "source", true)
	} else {
		r.Source = c.text(e, "source", false)
	}
	if r.Section != "" && !validSection(r.Section) {
		c.errorf(e.key("section"), "%q is not a section number; write dotted digits, as \"4.2.2\"", r.Section)
	}
	return r
}

// status reads the status of a meaning or a command.
func (c *checker) status(e table) Status {
	s := e.str("status", true, `write status = "standard", "extension", "draft" or "non-standard"`)
	if s == "" {
		return 0
	}
	st, ok := statusByName[s]
	if !ok {
		c.errorf(e.key("status"), "%q is not a status; write %s", s, statusList())
	}
	return st
}

// checkStatus holds a status to the document a reference cites: RFC 959
// for standard, a later RFC for extension, an Internet-Draft for draft.
func (c *checker) checkStatus(e table, st Status, r Ref) {
	switch {
	case st == Standard && r.RFC != 0 && r.RFC != 959:
		c.errorf(e.key("status"), `"standard" means defined by RFC 959, but this cites RFC %d; write status = "extension"`, r.RFC)
	case st == Standard && r.Document != "", st == Extension && r.Document != "":
		c.errorf(e.key("status"), `%q means defined by an RFC, but this cites the Internet-Draft %s; write status = "draft"`, st, r.Document)
	case st == Extension && r.RFC == 959:
		c.errorf(e.key("status"), `"extension" means defined by a later RFC, but this cites RFC 959; write status = "standard"`)
	case st == Draft && r.RFC != 0:
		c.errorf(e.key("status"), `"draft" means defined by an Internet-Draft, but this cites RFC %d; write status = "extension", or status = "standard" for RFC 959`, r.RFC)
	case st == NonStandard && r.Document != "":
		c.errorf(e.key("status"), `an Internet-Draft defines it; write status = "draft"`)
	}
}

// validDraftName reports whether s is an Internet-Draft's name with its
// revision: "draft-", lower-case words joined by hyphens, and a two-digit
// revision, as "draft-somers-ftp-mfxx-03".
func validDraftName(s string) bool {
	rest, ok := strings.CutPrefix(s, "draft-")
	i := strings.LastIndexByte(rest, '-')
	if !ok || i <= 0 || len(rest)-i != 3 {
		return false
	}
	for _, ch := range rest[i+1:] {
		if ch < '0' || ch > '9' {
			return false
		}
	}
	for _, w := range strings.Split(rest[:i], "-") {
		if w == "" {
			return false
		}
		for _, ch := range w {
			if (ch < 'a' || ch > 'z') && (ch < '0' || ch > '9') {
				return false
			}
		}
	}
	return true
}

func validSection(s string) bool {
	for _, p := range strings.Split(s, ".") {
		if p == "" {
			return false
		}
		for _, ch := range p {
			if (ch < '0' || ch > '9') && (ch < 'A' || ch > 'Z') { // appendix sections are lettered: "A.1"
				return false
			}
		}
	}
	return true
}

// text reads a string that generated code carries: a reply text, a
// description, a title. It must be one line of printable text.
func (c *checker) text(e table, k string, required bool) string {
	s := e.str(k, required, "write the text")
	if s == "" {
		return s
	}
	if msg := badText(s); msg != "" {
		c.errorf(e.key(k), "%s", msg)
	}
	return s
}

// badText says why s cannot be a text, or returns "".
func badText(s string) string {
	for i, r := range s {
		if r == utf8.RuneError {
			return fmt.Sprintf("invalid UTF-8 at byte %d; save the file as UTF-8", i)
		}
		if r < 0x20 || 0x7F <= r && r <= 0x9F { // C0, DEL and C1, NEL (U+0085) among them
			what := fmt.Sprintf("U+%04X", r)
			switch r {
			case '\r':
				what += " (carriage return)"
			case '\n':
				what += " (line feed)"
			case 0:
				what += " (NUL)"
			case '\t':
				what += " (tab)"
			}
			return fmt.Sprintf("contains control character %s at byte %d; a text is one line of printable characters (a CR or LF would let a server send a second, forged reply): remove it", what, i)
		}
	}
	if strings.TrimSpace(s) != s {
		return "has leading or trailing white space; remove it"
	}
	return ""
}

// Code ranges: three-digit codes whose class and group RFC 959 and RFC 2228
// define, and the five-digit codes some servers send, which are non-standard.
const (
	minCode, maxCode         = 100, 699
	minLongCode, maxLongCode = 10000, 99999
)

func (c *checker) reply(t *Table, e table, names *nameSet) *Reply {
	e.allow("name", "text", "description", "status", "rfc", "document", "section", "source", "template", "params", "aliases", "closes_control", "note", "also", "conflicts")
	k := e.last()
	code, err := strconv.Atoi(k)
	if err != nil || strconv.Itoa(code) != k {
		c.errorf(e.path, "%q is not a reply code; write the code in decimal digits, as [reply.200]", k)
		return nil
	}
	r := &Reply{Key: e.path, Code: code}
	r.Name = names.add(e.key("name"), e.str("name", true, `give an UpperCamelCase identifier, such as name = "CommandOK"`))
	for i, a := range e.strings("aliases") {
		r.Aliases = append(r.Aliases, names.add(fmt.Sprintf("%s[%d]", e.key("aliases"), i), a))
	}
	r.ClosesControl = e.boolean("closes_control")
	r.Meaning = c.meaning(e)
	r.Meaning.Key = e.path
	r.Meaning.Name = r.Name
	for _, a := range e.tables("also") {
		a.allow("name", "text", "description", "status", "rfc", "document", "section", "source", "template", "params", "note")
		m := c.meaning(a)
		m.Key = a.path
		if n := a.str("name", false, ""); n != "" || m.Template != nil {
			if n == "" {
				c.errorf(a.key("name"), "missing; a meaning with a template needs a name for its formatter and parser, as name = \"FileSize\"")
			} else {
				m.Name = names.add(a.key("name"), n)
			}
		}
		r.Also = append(r.Also, &m)
	}

	switch {
	case minCode <= code && code <= maxCode:
		r.Class = t.Class(code / 100)
		if r.Class == nil {
			c.errorf(e.path, "class %d has no entry; add a [class.%d] table or correct the code", code/100, code/100)
		}
		r.Group = t.Group(code / 10 % 10)
		if r.Group == nil {
			c.errorf(e.path, "function group %d has no entry; add a [group.%d] table or correct the code", code/10%10, code/10%10)
		}
	case minLongCode <= code && code <= maxLongCode:
		if r.Status != NonStandard {
			c.errorf(e.path, `five-digit codes are no RFC's; mark it status = "non-standard" and give its source`)
		}
	default:
		c.errorf(e.path, "%d is out of range; reply codes are %d to %d (RFC 959 and RFC 2228 classes 1 to 6), or %d to %d for non-standard codes", code, minCode, maxCode, minLongCode, maxLongCode)
	}
	return r
}

func (c *checker) meaning(e table) Meaning {
	var m Meaning
	m.Text = c.text(e, "text", true)
	m.Description = c.text(e, "description", true)
	m.Status = c.status(e)
	m.Ref = c.ref(e, m.Status)
	c.checkStatus(e, m.Status, m.Ref)
	m.Note = c.text(e, "note", false)
	m.Template = c.template(e)
	return m
}

// nameSet keeps every name and alias unique, also once spelled in
// UPPER_SNAKE_CASE. Whether a name is free in a target language is that
// target's check (generators.Target.Check), not spec's.
type nameSet struct {
	c     *checker
	seen  map[string]string // name -> key path where declared
	snake map[string]string // UPPER_SNAKE spelling -> name
}

func newNameSet(c *checker) *nameSet {
	return &nameSet{c: c, seen: map[string]string{}, snake: map[string]string{}}
}

func (ns *nameSet) add(key, s string) Name {
	if s == "" {
		return Name{}
	}
	if !ident.IsUpperCamel(s) {
		ns.c.errorf(key, "%q is not an UpperCamelCase identifier; use ASCII letters and digits starting with a capital, as \"CommandOK\"", s)
		return newName(s)
	}
	n := newName(s)
	if prev, ok := ns.seen[s]; ok {
		ns.c.errorf(key, "name %q is already used at %s; choose another", s, prev)
		return n
	}
	if prev, ok := ns.snake[n.UpperSnake]; ok {
		ns.c.errorf(key, "name %q collides with %q: both are %s in UPPER_SNAKE_CASE; choose a name that differs in its words", s, prev, n.UpperSnake)
		return n
	}
	ns.seen[s] = key
	ns.snake[n.UpperSnake] = s
	return n
}
