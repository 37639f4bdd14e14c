package spec

import (
	"strconv"
	"strings"
)

// position is a 1-based line and column in the table's source, or, for a
// key an overlay holds (Extend), in that overlay's File.
type position struct {
	Line, Col int
	File      string // the overlay's name; "" for the table itself
}

// locate maps every key path of a TOML document that parsed cleanly to the
// position of the key. Paths are written as the validator writes them:
// "reply.227.params[1].name", "reply.521.also[0].text", with each key that
// is not a bare key quoted (keyElem): `reply."2.5"`, `""`. The TOML decoder keeps
// key positions to itself, so this small scanner finds them again; it trusts
// the document to be valid TOML and never fails.
func locate(src string) map[string]position {
	s := &scanner{src: src, line: 1, col: 1, pos: map[string]position{}, aot: map[string]int{}}
	s.document()
	return s.pos
}

type scanner struct {
	src       string
	i         int
	line, col int
	pos       map[string]position
	aot       map[string]int // array-of-tables path -> elements seen
}

func (s *scanner) peek() byte {
	if s.i < len(s.src) {
		return s.src[s.i]
	}
	return 0
}

func (s *scanner) next() byte {
	c := s.src[s.i]
	s.i++
	if c == '\n' {
		s.line++
		s.col = 1
	} else if c < 0x80 || c >= 0xC0 { // count runes, not bytes
		s.col++
	}
	return c
}

func (s *scanner) here() position { return position{Line: s.line, Col: s.col} }

func (s *scanner) record(path string, p position) {
	if _, ok := s.pos[path]; !ok {
		s.pos[path] = p
	}
}

// skip passes over blanks, comments and, if newlines, line ends.
func (s *scanner) skip(newlines bool) {
	for s.i < len(s.src) {
		switch c := s.peek(); {
		case c == ' ' || c == '\t' || c == '\r':
			s.next()
		case c == '\n' && newlines:
			s.next()
		case c == '#':
			for s.i < len(s.src) && s.peek() != '\n' {
				s.next()
			}
		default:
			return
		}
	}
}

func (s *scanner) document() {
	context := ""
	for {
		s.skip(true)
		if s.i >= len(s.src) {
			return
		}
		if s.peek() == '[' {
			p := s.here()
			s.next()
			array := s.peek() == '['
			if array {
				s.next()
			}
			path := s.keyPath("", p)
			s.skip(false)
			for s.i < len(s.src) && s.peek() == ']' {
				s.next()
			}
			if array {
				n := s.aot[path]
				s.aot[path] = n + 1
				s.record(path, p)
				path += "[" + strconv.Itoa(n) + "]"
			}
			s.record(path, p)
			context = path
			continue
		}
		s.keyValue(context)
	}
}

// keyValue reads "key = value" and records the key under context.
func (s *scanner) keyValue(context string) {
	p := s.here()
	path := s.keyPath(context, p)
	s.record(path, p)
	s.skip(false)
	if s.peek() == '=' {
		s.next()
	}
	s.skip(false)
	s.value(path)
}

func join(a, b string) string {
	if a == "" {
		return b
	}
	return a + "." + b
}

// keyElem spells one key as a key path element: a bare key as it is, any
// other (empty, or with a dot, a space or a quote) quoted, so that every
// path names one key and a message shows which.
func keyElem(k string) string {
	for i := 0; i < len(k); i++ {
		if !isBare(k[i]) {
			return strconv.Quote(k)
		}
	}
	if k == "" {
		return `""`
	}
	return k
}

// keyPath reads a dotted key under context and returns its path in
// validator form. A dotted key (a.b.c, in a header or before =) defines a
// and a.b too: their paths are recorded at p, where not yet defined.
func (s *scanner) keyPath(context string, p position) string {
	path := context
	for {
		s.skip(false)
		var k string
		switch s.peek() {
		case '"', '\'':
			k = s.quotedKey()
		default:
			start := s.i
			for s.i < len(s.src) && isBare(s.peek()) {
				s.next()
			}
			k = s.src[start:s.i]
		}
		path = join(path, keyElem(k))
		s.skip(false)
		if s.peek() != '.' {
			return path
		}
		s.record(path, p)
		s.next()
	}
}

func isBare(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-'
}

func (s *scanner) quotedKey() string {
	start := s.i
	s.str()
	raw := s.src[start:s.i]
	if raw[0] == '\'' {
		return raw[1 : len(raw)-1]
	}
	if u, err := strconv.Unquote(raw); err == nil {
		return u
	}
	return raw[1 : len(raw)-1]
}

// str passes over a string of any of TOML's four kinds.
func (s *scanner) str() {
	q := s.next()
	if strings.HasPrefix(s.src[s.i:], string([]byte{q, q})) {
		s.next()
		s.next()
		delim := string([]byte{q, q, q})
		for s.i < len(s.src) && !strings.HasPrefix(s.src[s.i:], delim) {
			if q == '"' && s.peek() == '\\' {
				s.next()
			}
			if s.i < len(s.src) {
				s.next()
			}
		}
		for s.i < len(s.src) && s.peek() == q { // up to two quotes may end the content
			s.next()
		}
		return
	}
	for s.i < len(s.src) && s.peek() != q && s.peek() != '\n' {
		if q == '"' && s.peek() == '\\' {
			s.next()
		}
		s.next()
	}
	if s.i < len(s.src) && s.peek() == q {
		s.next()
	}
}

// value passes over a value, recording the keys of inline tables in it.
func (s *scanner) value(path string) {
	switch s.peek() {
	case '"', '\'':
		s.str()
	case '[':
		s.next()
		for n := 0; ; n++ {
			s.skip(true)
			if s.i >= len(s.src) || s.peek() == ']' {
				break
			}
			elem := path + "[" + strconv.Itoa(n) + "]"
			s.record(elem, s.here())
			s.value(elem)
			s.skip(true)
			if s.peek() == ',' {
				s.next()
			}
		}
		if s.i < len(s.src) {
			s.next()
		}
	case '{':
		s.next()
		for {
			s.skip(true)
			if s.i >= len(s.src) || s.peek() == '}' {
				break
			}
			s.keyValue(path)
			s.skip(true)
			if s.peek() == ',' {
				s.next()
			}
		}
		if s.i < len(s.src) {
			s.next()
		}
	default:
		for s.i < len(s.src) {
			c := s.peek()
			if c == ',' || c == ']' || c == '}' || c == '\n' || c == '#' {
				return
			}
			s.next()
		}
	}
}
