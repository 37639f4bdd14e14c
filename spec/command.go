package spec

import (
	"fmt"
	"github.com/ftpcodes/ftpcodes/internal/ident"
	"sort"
	"strings"
)

// commands reads the [command.VERB] tables. Every referenced reply must be
// in the table and in the group its first digit calls for.
func (c *checker) commands(t *Table, cmds table) {
	t.byVerb = map[string]*Command{}
	declared := map[string]string{} // verb or alias -> key path
	for _, e := range cmds.entries() {
		e.allow("description", "syntax", "status", "rfc", "section", "source", "replies_section", "aliases", "aliases_rfc", "note",
			"preliminary", "intermediate", "success", "error")
		verb := e.last()
		cmd := &Command{Verb: verb}
		if !isVerb(verb) {
			c.errorf(e.path, "%q is not a command verb; write it in capitals, 3 or 4 ASCII letters, as [command.RETR]", verb)
			continue
		}
		if lang, word := ident.ReservedVerb(verb); lang != "" {
			c.errorf(e.path, "command %s is reserved in %s (%s); the generated code cannot offer it", verb, lang, word)
		}
		cmd.Name = newName(verb[:1] + strings.ToLower(verb[1:]))
		cmd.Name.UpperSnake = verb
		cmd.Description = c.text(e, "description", true)
		cmd.Syntax = c.text(e, "syntax", true)
		if s := e.str("status", true, `write status = "standard", "extension" or "non-standard"`); s != "" {
			st, ok := statusByName[s]
			if !ok {
				c.errorf(e.key("status"), `%q is not a status; write "standard" (RFC 959), "extension" (a later RFC) or "non-standard" (no RFC)`, s)
			}
			cmd.Status = st
		}
		cmd.Ref = c.ref(e, cmd.Status)
		cmd.RepliesRef = Ref{RFC: cmd.Ref.RFC, Section: e.str("replies_section", cmd.Ref.RFC != 0, `cite the section that lists the command's replies, as replies_section = "5.4"`)}
		if cmd.RepliesRef.Section != "" && !validSection(cmd.RepliesRef.Section) {
			c.errorf(e.key("replies_section"), "%q is not a section number; write dotted digits, as \"5.4\"", cmd.RepliesRef.Section)
		}
		cmd.Note = c.text(e, "note", false)

		if prev, dup := declared[verb]; dup {
			c.errorf(e.path, "command %s is already declared as an alias at %s", verb, prev)
		}
		declared[verb] = e.path
		for i, a := range e.strings("aliases") {
			k := fmt.Sprintf("%s[%d]", e.key("aliases"), i)
			if !isVerb(a) {
				c.errorf(k, "%q is not a command verb; write it in capitals, as \"XPWD\"", a)
				continue
			}
			if prev, dup := declared[a]; dup {
				c.errorf(k, "command %s is already declared at %s; an alias must name a verb of its own", a, prev)
				continue
			}
			if lang, word := ident.ReservedVerb(a); lang != "" {
				c.errorf(k, "alias %s is reserved in %s (%s); the generated code cannot offer it", a, lang, word)
			}
			declared[a] = k
			cmd.Aliases = append(cmd.Aliases, a)
		}
		if rfc, ok := e.integer("aliases_rfc"); ok {
			cmd.AliasesRef = Ref{RFC: rfc}
			if len(cmd.Aliases) == 0 {
				c.errorf(e.key("aliases_rfc"), "aliases_rfc without aliases; remove it or add the aliases")
			}
		} else if len(cmd.Aliases) > 0 {
			c.errorf(e.key("aliases"), "aliases need aliases_rfc, the RFC that defines them, as aliases_rfc = 775")
		}

		groups := []*[]*Reply{&cmd.Preliminary, &cmd.Intermediate, &cmd.Success, &cmd.Error}
		seen := map[int]string{}
		for gi, g := range ReplyGroups {
			v, ok := e.m[g.Key]
			if !ok {
				c.errorf(e.key(g.Key), "missing; list the %s replies, or write %s = [] when there are none", g.Key, g.Key)
				continue
			}
			arr, ok := v.([]any)
			if !ok {
				e.wrongType(g.Key, "an array of reply codes")
				continue
			}
			for i, x := range arr {
				k := fmt.Sprintf("%s[%d]", e.key(g.Key), i)
				n, ok := x.(int64)
				if !ok {
					c.errorf(k, "must be a reply code, not %s", typeName(x))
					continue
				}
				code := int(n)
				r := t.Reply(code)
				switch {
				case r == nil:
					c.errorf(k, "reply %d is not in the table; add [reply.%d] or correct the code", code, code)
					continue
				case !containsInt(g.Classes, code/100) || code > 999:
					c.errorf(k, "reply %d cannot be in %s: that group holds only %s codes; move it to its group", code, g.Key, classList(g.Classes))
					continue
				}
				if prev, dup := seen[code]; dup {
					c.errorf(k, "reply %d is listed twice (also at %s); remove one", code, prev)
					continue
				}
				seen[code] = k
				*groups[gi] = append(*groups[gi], r)
			}
		}
		t.Commands = append(t.Commands, cmd)
		t.byVerb[verb] = cmd
		for _, a := range cmd.Aliases {
			t.byVerb[a] = cmd
		}
	}
	sort.Slice(t.Commands, func(i, j int) bool { return t.Commands[i].Verb < t.Commands[j].Verb })
}

func isVerb(s string) bool {
	if len(s) < 3 || len(s) > 4 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

func containsInt(list []int, n int) bool {
	for _, x := range list {
		if x == n {
			return true
		}
	}
	return false
}

func classList(classes []int) string {
	parts := make([]string, len(classes))
	for i, d := range classes {
		parts[i] = fmt.Sprintf("%dyz", d)
	}
	return strings.Join(parts, " and ")
}
