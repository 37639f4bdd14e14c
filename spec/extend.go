package spec

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// Overlay is a file of a team's own records, laid over a table by Extend
// (ftpcodegen -extend): new replies, commands and servers, and practice
// entries, written as the table writes them.
type Overlay struct {
	Name string // the file's name, for messages and for Table.Source
	Src  []byte
}

// The tables an overlay may hold: records it adds (or, with replace =
// true, replaces), and practice entries it adds.
var overlaySections = []string{"reply", "command", "server", "practice"}

// replaceKey is the key of a record that replaces the table's record of
// the same key: without it, an overlay cannot change a record, so that no
// overlay changes an RFC's text unseen.
const replaceKey = "replace"

// Extend parses the table src, named name, with the overlays laid over it
// in order, and validates the result as one table: the same schema and
// the same checks, each error positioned in the file that holds the key.
// An overlay adds [reply.N], [command.VERB] and [server.ID] records the
// table lacks, and [[practice.VERB]] entries (kept in code order with the
// table's); a record the table has already is replaced only when the
// overlay's record says replace = true, and removed never. The table's
// Source names the table and each overlay, joined by "+":
// "ftpcodes.toml+site.toml", which every generated file cites.
func Extend(name string, src []byte, overlays []Overlay) (*Table, error) {
	source := filepath.Base(name)
	for _, o := range overlays {
		source += "+" + filepath.Base(o.Name)
	}
	var errs Errors
	if err := CheckSource(source); err != nil {
		errs = Errors{{File: name, Msg: err.Error()}}
	}
	doc, pos, derr := decode(name, src)
	if derr != nil {
		return nil, append(errs, derr...)
	}
	for _, o := range overlays {
		odoc, opos, derr := decode(o.Name, o.Src)
		if derr != nil {
			errs = append(errs, derr...)
			continue
		}
		for k, p := range opos {
			p.File = o.Name
			opos[k] = p
		}
		errs = append(errs, overlay(name, doc, pos, o.Name, odoc, opos)...)
	}
	if doc == nil {
		return nil, errs
	}
	c := &checker{file: name, pos: pos, errs: errs}
	t := c.table(table{c: c, m: doc})
	t.Source = source
	t.file = name
	t.pos = func() map[string]position { return c.pos }
	if len(c.errs) > 0 {
		order := map[string]int{name: 0}
		for i, o := range overlays {
			order[o.Name] = i + 1
		}
		sort.SliceStable(c.errs, func(i, j int) bool {
			a, b := c.errs[i], c.errs[j]
			if order[a.File] != order[b.File] {
				return order[a.File] < order[b.File]
			}
			if a.Line != b.Line {
				return a.Line < b.Line
			}
			return a.Col < b.Col
		})
		return nil, c.errs
	}
	return t, nil
}

// decode reads the TOML document src and the positions of its keys.
func decode(file string, src []byte) (map[string]any, map[string]position, Errors) {
	if !utf8.Valid(src) {
		line := 1 + strings.Count(string(src[:firstInvalid(src)]), "\n")
		return nil, nil, Errors{{File: file, Line: line, Msg: "invalid UTF-8; save the file as UTF-8"}}
	}
	var doc map[string]any
	if _, err := toml.Decode(string(src), &doc); err != nil {
		return nil, nil, syntaxError(file, string(src), err)
	}
	return doc, locate(string(src)), nil
}

// overlay lays the overlay odoc (named oname, its keys at opos) over doc
// (named name, its keys at pos): it adds the overlay's records and
// practice entries to doc and their positions to pos, and returns the
// overlay's errors of its own: a table it may not hold, a record that
// would replace one of doc's without replace = true, or a replace = true
// with nothing to replace.
func overlay(name string, doc map[string]any, pos map[string]position, oname string, odoc map[string]any, opos map[string]position) Errors {
	var errs Errors
	fail := func(key, format string, args ...any) {
		p := opos[key]
		errs = append(errs, &Error{File: oname, Line: p.Line, Col: p.Col, Key: key, Msg: fmt.Sprintf(format, args...)})
	}
	keys := make([]string, 0, len(odoc))
	for k := range odoc {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, sec := range keys {
		if !contains(overlaySections, sec) {
			fail(keyElem(sec), "an overlay holds [reply.N], [command.VERB], [server.ID] and [[practice.VERB]] tables only; the classes and groups are the RFCs', and only the table defines them")
			continue
		}
		osec, ok := odoc[sec].(map[string]any)
		if !ok {
			fail(keyElem(sec), "must be a table, not %s", typeName(odoc[sec]))
			continue
		}
		bsec, ok := doc[sec].(map[string]any)
		if !ok {
			if _, present := doc[sec]; present {
				continue // the table's own error is reported by the checker
			}
			bsec = map[string]any{}
			doc[sec] = bsec
			pos[keyElem(sec)] = opos[keyElem(sec)]
		}
		rkeys := make([]string, 0, len(osec))
		for k := range osec {
			rkeys = append(rkeys, k)
		}
		sort.Strings(rkeys)
		for _, k := range rkeys {
			path := join(keyElem(sec), keyElem(k))
			if sec == "practice" {
				if !mergePractice(bsec, pos, osec, opos, k, path) {
					fail(path, "must be an array of tables, [[%s]], not %s", path, typeName(osec[k]))
				}
				continue
			}
			rec, _ := osec[k].(map[string]any)
			replace := false
			if rec != nil {
				if v, ok := rec[replaceKey]; ok {
					if b, ok := v.(bool); !ok || !b {
						fail(join(path, replaceKey), "must be true, to replace %s's record; remove it to add a record", name)
						continue
					}
					replace = true
					delete(rec, replaceKey)
				}
			}
			_, exists := bsec[k]
			switch {
			case exists && !replace:
				holder, at := filepath.Base(name), ""
				if p, ok := pos[path]; ok && p.Line > 0 {
					if p.File != "" {
						holder = p.File
					}
					at = fmt.Sprintf(" (line %d)", p.Line)
				}
				fail(path, "%s already has [%s]%s; an overlay adds records, and replaces one only when the record says so: write replace = true in it, or choose another key", holder, path, at)
				continue
			case !exists && replace:
				fail(join(path, replaceKey), "%s has no [%s] to replace; remove replace = true to add the record", filepath.Base(name), path)
				continue
			}
			bsec[k] = osec[k]
			for key := range pos {
				if key == path || strings.HasPrefix(key, path+".") || strings.HasPrefix(key, path+"[") {
					delete(pos, key)
				}
			}
			for key, p := range opos {
				if key == path || strings.HasPrefix(key, path+".") || strings.HasPrefix(key, path+"[") {
					pos[key] = p
				}
			}
		}
	}
	return errs
}

// mergePractice adds the overlay's [[practice.K]] entries to the table's,
// in code order (the table's first where the codes are equal), and moves
// every entry's key positions to its new index. It reports false when the
// overlay's practice.K, which the table has too, is no array of tables.
func mergePractice(bsec map[string]any, pos map[string]position, osec map[string]any, opos map[string]position, k, path string) bool {
	type entry struct {
		m  map[string]any
		at map[string]position // positions under the entry's key, by the rest of the key
	}
	entries := func(v any, p map[string]position) ([]entry, bool) {
		var ms []map[string]any
		switch v := v.(type) {
		case []map[string]any:
			ms = v
		case []any:
			for _, e := range v {
				m, ok := e.(map[string]any)
				if !ok {
					return nil, false
				}
				ms = append(ms, m)
			}
		default:
			return nil, false
		}
		out := make([]entry, len(ms))
		for i, m := range ms {
			prefix := fmt.Sprintf("%s[%d]", path, i)
			at := map[string]position{}
			for key, q := range p {
				if key == prefix || strings.HasPrefix(key, prefix+".") || strings.HasPrefix(key, prefix+"[") {
					at[key[len(prefix):]] = q
				}
			}
			out[i] = entry{m, at}
		}
		return out, true
	}
	theirs, ok := entries(osec[k], opos)
	if !ok {
		// Not an array of tables: when the table has no such key, the
		// checker reports it at the overlay's key.
		if _, exists := bsec[k]; exists {
			return false
		}
		bsec[k] = osec[k]
		pos[path] = opos[path]
		return true
	}
	ours := []entry{}
	if v, exists := bsec[k]; exists {
		if ours, ok = entries(v, pos); !ok {
			return true // the table's own error is reported by the checker
		}
	} else {
		pos[path] = opos[path]
	}
	all := append(ours, theirs...)
	code := func(e entry) int64 {
		if n, ok := e.m["code"].(int64); ok {
			return n
		}
		return 1 << 62 // no code: last, where the checker reports it
	}
	sort.SliceStable(all, func(i, j int) bool { return code(all[i]) < code(all[j]) })
	for key := range pos {
		if strings.HasPrefix(key, path+"[") {
			delete(pos, key)
		}
	}
	merged := make([]map[string]any, len(all))
	for i, e := range all {
		merged[i] = e.m
		prefix := fmt.Sprintf("%s[%d]", path, i)
		for rest, q := range e.at {
			pos[prefix+rest] = q
		}
	}
	bsec[k] = merged
	return true
}
