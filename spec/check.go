package spec

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// checker walks the decoded TOML tree, reporting every problem with the
// position of the key it concerns.
type checker struct {
	file string
	src  string
	pos  map[string]position // every key's position, found on the first error
	errs Errors
}

// errorf reports a problem with key. When the key itself is absent from the
// source (a missing field), the position is that of its nearest ancestor.
func (c *checker) errorf(key, format string, args ...any) {
	p := c.at(key)
	file := c.file
	if p.File != "" {
		file = p.File
	}
	c.errs = append(c.errs, &Error{File: file, Line: p.Line, Col: p.Col, Key: key, Msg: fmt.Sprintf(format, args...)})
}

func (c *checker) at(key string) position {
	if c.pos == nil {
		// A valid table needs no positions: scan the source only once a
		// problem needs one.
		c.pos = locate(c.src)
	}
	for key != "" {
		if p, ok := c.pos[key]; ok {
			return p
		}
		i := strings.LastIndexAny(key, ".[")
		if i < 0 {
			break
		}
		key = key[:i]
	}
	return position{}
}

// table is one TOML table of the document, at path, under the key name
// (empty for the document and for an element of an array of tables).
type table struct {
	c    *checker
	path string
	name string
	m    map[string]any
}

func (t table) key(k string) string { return join(t.path, keyElem(k)) }

// allow reports every key of t that is not one of allowed, suggesting the
// closest allowed spelling. TOML keys are case-sensitive and so is this.
func (t table) allow(allowed ...string) {
	keys := make([]string, 0, len(t.m))
	for k := range t.m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if contains(allowed, k) {
			continue
		}
		if s := suggest(k, allowed); s != "" {
			t.c.errorf(t.key(k), "unknown key %q; did you mean %q?", k, s)
		} else {
			t.c.errorf(t.key(k), "unknown key %q; allowed keys here are %s", k, strings.Join(allowed, ", "))
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// suggest returns the allowed key closest to k, if any is close.
func suggest(k string, allowed []string) string {
	best, bestD := "", 3
	for _, a := range allowed {
		if strings.EqualFold(a, k) {
			return a
		}
		if d := distance(strings.ToLower(k), a); d < bestD {
			best, bestD = a, d
		}
	}
	return best
}

// distance is the Damerau–Levenshtein (optimal string alignment) distance.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range rb {
		d[0][j+1] = j + 1
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}

func typeName(v any) string {
	switch v.(type) {
	case string:
		return "a string"
	case int64:
		return "an integer"
	case float64:
		return "a float"
	case bool:
		return "a boolean"
	case map[string]any:
		return "a table"
	case []map[string]any, []any:
		return "an array"
	case time.Time:
		return "a datetime"
	}
	return fmt.Sprintf("%T", v)
}

func (t table) wrongType(k, want string) {
	t.c.errorf(t.key(k), "must be %s, not %s", want, typeName(t.m[k]))
}

// str returns the string at k. A required key that is absent or empty is
// reported, with hint saying what to write.
func (t table) str(k string, required bool, hint string) string {
	v, ok := t.m[k]
	if !ok {
		if required {
			t.c.errorf(t.key(k), "missing; %s", hint)
		}
		return ""
	}
	s, ok := v.(string)
	if !ok {
		t.wrongType(k, "a string")
		return ""
	}
	if required && s == "" {
		t.c.errorf(t.key(k), "empty; %s", hint)
	}
	return s
}

func (t table) integer(k string) (int, bool) {
	v, ok := t.m[k]
	if !ok {
		return 0, false
	}
	n, ok := v.(int64)
	if !ok {
		t.wrongType(k, "an integer")
		return 0, false
	}
	return int(n), true
}

func (t table) boolean(k string) bool {
	v, ok := t.m[k]
	if !ok {
		return false
	}
	b, ok := v.(bool)
	if !ok {
		t.wrongType(k, "a boolean (true or false)")
	}
	return b
}

func (t table) strings(k string) []string {
	v, ok := t.m[k]
	if !ok {
		return nil
	}
	arr, ok := v.([]any)
	if !ok {
		t.wrongType(k, "an array of strings")
		return nil
	}
	out := make([]string, 0, len(arr))
	for i, e := range arr {
		s, ok := e.(string)
		if !ok {
			t.c.errorf(fmt.Sprintf("%s[%d]", t.key(k), i), "must be a string, not %s", typeName(e))
			continue
		}
		out = append(out, s)
	}
	return out
}

// sub returns the table at k, or false when it is absent.
func (t table) sub(k string) (table, bool) {
	v, ok := t.m[k]
	if !ok {
		return table{}, false
	}
	m, ok := v.(map[string]any)
	if !ok {
		t.wrongType(k, "a table")
		return table{}, false
	}
	return table{t.c, t.key(k), k, m}, true
}

// tables returns the array of tables at k: [[k]] sections or an array of
// inline tables.
func (t table) tables(k string) []table {
	v, ok := t.m[k]
	if !ok {
		return nil
	}
	var ms []map[string]any
	switch v := v.(type) {
	case []map[string]any:
		ms = v
	case []any:
		for i, e := range v {
			m, ok := e.(map[string]any)
			if !ok {
				t.c.errorf(fmt.Sprintf("%s[%d]", t.key(k), i), "must be a table, not %s", typeName(e))
				continue
			}
			ms = append(ms, m)
		}
	default:
		t.wrongType(k, "an array of tables")
		return nil
	}
	out := make([]table, len(ms))
	for i, m := range ms {
		out[i] = table{t.c, fmt.Sprintf("%s[%d]", t.key(k), i), "", m}
	}
	return out
}

// entries returns t's sub-tables sorted by key.
func (t table) entries() []table {
	keys := make([]string, 0, len(t.m))
	for k := range t.m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]table, 0, len(keys))
	for _, k := range keys {
		if s, ok := t.sub(k); ok {
			out = append(out, s)
		}
	}
	return out
}

// last returns the table's own key, as the TOML document spells it.
func (t table) last() string { return t.name }
