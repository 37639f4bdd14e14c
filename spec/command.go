package spec

import (
	"fmt"
	"sort"
	"strings"
)

// commands reads the [command.VERB] tables. Every referenced reply must be
// in the table and in the group its first digit calls for.
func (c *checker) commands(t *Table, cmds table) {
	t.byVerb = map[string]*Command{}
	declared := map[string]string{} // verb or alias -> key path
	for _, e := range cmds.entries() {
		e.allow("description", "syntax", "status", "rfc", "document", "section", "source", "replies_section", "aliases", "aliases_rfc", "note", "argument",
			"preliminary", "intermediate", "success", "error", "additions")
		verb := e.last()
		cmd := &Command{Key: e.path, Verb: verb}
		if !isVerb(verb) && !(e.m["status"] == "non-standard" && isDefactoVerb(verb)) {
			c.errorf(e.path, "%q is not a command verb; write it in capitals, 3 or 4 ASCII letters, as [command.RETR] (a non-standard verb may also hold digits and have up to 7 characters, as XSHA256)", verb)
			continue
		}
		cmd.Name = verbName(verb)
		cmd.Description = c.text(e, "description", true)
		cmd.Syntax = c.text(e, "syntax", true)
		c.argument(e, cmd)
		cmd.Status = c.status(e)
		cmd.Ref = c.ref(e, cmd.Status)
		c.checkStatus(e, cmd.Status, cmd.Ref)
		cmd.RepliesRef = Ref{RFC: cmd.Ref.RFC, Document: cmd.Ref.Document,
			Section: e.str("replies_section", cmd.Ref.Cites(), `cite the section that lists the command's replies, as replies_section = "5.4"`)}
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
			declared[a] = k
			cmd.Aliases = append(cmd.Aliases, a)
			cmd.AliasNames = append(cmd.AliasNames, verbName(a))
		}
		if rfc, ok := e.integer("aliases_rfc"); ok {
			cmd.AliasesRef = Ref{RFC: rfc}
			if len(cmd.Aliases) == 0 {
				c.errorf(e.key("aliases_rfc"), "aliases_rfc without aliases; remove it or add the aliases")
			}
		} else if len(cmd.Aliases) > 0 {
			c.errorf(e.key("aliases"), "aliases need aliases_rfc, the RFC that defines them, as aliases_rfc = 775")
		}

		seen := map[int]string{} // code -> key path of the list that has it
		own := &ReplyList{Ref: cmd.RepliesRef}
		c.replyList(t, e, own, seen, true)
		cmd.Lists = append(cmd.Lists, own)
		for _, a := range e.tables("additions") {
			if l := c.addition(t, a, seen); l != nil {
				cmd.Lists = append(cmd.Lists, l)
			}
		}
		expected := []*[]*Reply{&cmd.Preliminary, &cmd.Intermediate, &cmd.Success, &cmd.Error}
		for _, l := range cmd.Lists {
			for gi, g := range l.Groups() {
				*expected[gi] = append(*expected[gi], g...)
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

// replyList reads the groups of replies in e into l. The command's own
// list must write every group, an addition only those it adds to. seen
// holds the codes earlier lists have, with where; a code is in one list.
func (c *checker) replyList(t *Table, e table, l *ReplyList, seen map[int]string, own bool) {
	for gi, g := range ReplyGroups {
		v, ok := e.m[g.Key]
		if !ok {
			if own {
				c.errorf(e.key(g.Key), "missing; list the %s replies, or write %s = [] when there are none", g.Key, g.Key)
			}
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
				if own || strings.HasPrefix(prev, e.path+".") {
					c.errorf(k, "reply %d is listed twice (also at %s); remove one", code, prev)
				} else {
					c.errorf(k, "reply %d is already expected (listed at %s); an addition lists only the replies it adds", code, prev)
				}
				continue
			}
			seen[code] = k
			*l.groups()[gi] = append(*l.groups()[gi], r)
		}
	}
}

// addition reads one [[command.VERB.additions]] table: replies that a
// later document, or another section of the defining one, adds to the
// command's own list, with where.
func (c *checker) addition(t *Table, e table, seen map[int]string) *ReplyList {
	e.allow("rfc", "document", "section", "note", "preliminary", "intermediate", "success", "error")
	_, rfc := e.m["rfc"]
	_, doc := e.m["document"]
	l := &ReplyList{Note: c.text(e, "note", false)}
	if rfc || doc {
		l.Ref = c.ref(e, Extension)
	} else {
		c.errorf(e.key("rfc"), `missing; cite the document that adds these replies, as rfc = 2228 or document = "draft-somers-ftp-mfxx-03", and its section`)
	}
	c.replyList(t, e, l, seen, false)
	if !listsAny(e) {
		c.errorf(e.path, "adds no reply; list the replies %s adds in preliminary, intermediate, success or error, or remove the addition", orWhere(l.Ref))
	}
	return l
}

// listsAny reports whether e lists at least one reply in some group.
func listsAny(e table) bool {
	for _, g := range ReplyGroups {
		if arr, ok := e.m[g.Key].([]any); ok && len(arr) > 0 {
			return true
		}
	}
	return false
}

// orWhere names the cited document for a message, or says "the document".
func orWhere(r Ref) string {
	if r.Cites() {
		return r.String()
	}
	return "the document"
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

// verbName spells a verb as an identifier: Camel "Retr", UpperSnake "RETR".
func verbName(verb string) Name {
	n := newName(verb[:1] + strings.ToLower(verb[1:]))
	n.UpperSnake = verb
	return n
}
