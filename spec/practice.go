package spec

import (
	"regexp"
	"slices"
	"strconv"
)

// The practice layer: what real FTP servers send, read from their source,
// beside what the documents list. It never changes what a command expects
// (Command.Expects keeps the documents' meaning); it adds a second question,
// Command.Plausible: may a real server send this reply to this command?

// Server is a real FTP server whose source the practice layer cites.
type Server struct {
	ID         string // the table's key: "vsftpd", "pure-ftpd"
	Name       string // as the project writes it: "Pure-FTPd"
	Version    string // the release read: "1.0.54"
	Repository string // the GitHub repository read, owner/name: "jedisct1/pure-ftpd"
	Commit     string // the commit read, 40 hexadecimal digits
}

// String names the server and its version: "Pure-FTPd 1.0.54".
func (s *Server) String() string { return s.Name + " " + s.Version }

// Evidence is one place in a server's source that sends a reply.
type Evidence struct {
	Server    *Server
	Command   string // for a conflict, the verb the reply answers, or "" for any command; "" elsewhere
	File      string // path in the server's repository: "src/ftp_parser.c"
	Line      int    // 1-based line in File at the server's commit
	Condition string // when the server sends it: "unknown command after login"
}

// At is the evidence's source position: "src/ftp_parser.c:811".
func (e *Evidence) At() string { return e.File + ":" + strconv.Itoa(e.Line) }

// String cites the evidence: "Pure-FTPd 1.0.54 src/ftp_parser.c:811".
func (e *Evidence) String() string { return e.Server.String() + " " + e.At() }

// Observed is a reply real servers send, to one command or to any, that
// the command's documents do not list, with where each server sends it.
type Observed struct {
	Reply    *Reply
	Evidence []*Evidence // by server ID, then file and line
	Note     string      // not generated into code

	path string // the entry's key path, for messages
}

// Servers returns the IDs of the servers that send the reply, each once,
// in the order of the evidence.
func (o *Observed) Servers() []*Server {
	var out []*Server
	for _, e := range o.Evidence {
		if !slices.Contains(out, e.Server) {
			out = append(out, e.Server)
		}
	}
	return out
}

// Server returns the server with the given ID, or nil.
func (t *Table) Server(id string) *Server {
	for _, s := range t.Servers {
		if s.ID == id {
			return s
		}
	}
	return nil
}

// Observes returns the observed reply of the command with the given
// code: a reply real servers send to this command that its documents do
// not list; nil when there is none. Replies to any command are not here
// (Table.AnyCommand).
func (c *Command) Observes(code int) *Observed {
	for _, o := range c.Observed {
		if o.Reply.Code == code {
			return o
		}
	}
	return nil
}

// Plausible reports whether a real server may send code in reply to the
// command: the documents list it (Expects), a server is known to send it
// to this command (Observes), or it is a reply servers send to any command
// (Table.AnyCommand).
func (c *Command) Plausible(code int) bool {
	if c.Expects(code) || c.Observes(code) != nil {
		return true
	}
	for _, o := range c.any {
		if o.Reply.Code == code {
			return true
		}
	}
	return false
}

// IsPlausibleReply reports whether a real server may send code in reply
// to the command with the given verb or alias (Command.Plausible); false
// for a verb the table lacks.
func (t *Table) IsPlausibleReply(verb string, code int) bool {
	c := t.Command(verb)
	return c != nil && c.Plausible(code)
}

// IsExpectedReply reports whether the documents list code among the
// replies of the command with the given verb or alias (Command.Expects);
// false for a verb the table lacks.
func (t *Table) IsExpectedReply(verb string, code int) bool {
	c := t.Command(verb)
	return c != nil && c.Expects(code)
}

var (
	serverID   = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)
	repository = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$`)
	commitHash = regexp.MustCompile(`^[0-9a-f]{40}$`)
	sourceAt   = regexp.MustCompile(`^([^\s:]+):([1-9][0-9]*)$`)
)

// anyCommand is the key of the replies to any command under [practice];
// no verb is lower case.
const anyCommand = "any"

// practice reads the servers, the practice layer and the conflicts:
//
//	[server.ID]              name, version, repository, commit
//	[[practice.any]]         a reply servers send to any command
//	[[practice.VERB]]        a reply servers send to VERB that its documents do not list
//	[[reply.N.conflicts]]    a server's use of N against its meaning
//
// An observed entry is code, evidence and an optional note; an evidence
// entry is server, at ("file:line") and when (the condition), and in a
// conflict also command (a verb, or "any").
func (c *checker) practice(t *Table, root table) {
	if s, ok := root.sub("server"); ok {
		for _, e := range s.entries() {
			e.allow("name", "version", "repository", "commit")
			id := e.last()
			if !serverID.MatchString(id) {
				c.errorf(e.path, "%q is not a server ID; write lower-case words joined by hyphens, as [server.pure-ftpd]", id)
			}
			srv := &Server{ID: id,
				Name:       c.text(e, "name", true),
				Version:    c.text(e, "version", true),
				Repository: e.str("repository", true, `name the GitHub repository read, as repository = "jedisct1/pure-ftpd"`),
				Commit:     e.str("commit", true, "give the commit read, its 40 hexadecimal digits"),
			}
			if srv.Repository != "" && !repository.MatchString(srv.Repository) {
				c.errorf(e.key("repository"), "%q is not a GitHub repository; write owner/name, as \"jedisct1/pure-ftpd\"", srv.Repository)
			}
			if srv.Commit != "" && !commitHash.MatchString(srv.Commit) {
				c.errorf(e.key("commit"), "%q is not a commit; write its 40 lower-case hexadecimal digits", srv.Commit)
			}
			t.Servers = append(t.Servers, srv)
		}
	}
	if p, ok := root.sub("practice"); ok {
		// The replies to any command first: a command's entries may not
		// repeat them.
		if _, ok := p.m[anyCommand]; ok {
			t.AnyCommand = c.observedList(t, p, anyCommand, nil)
		}
		keys := make([]string, 0, len(p.m))
		for k := range p.m {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, verb := range keys {
			if verb == anyCommand {
				continue
			}
			cmd := t.Command(verb)
			switch {
			case cmd == nil:
				c.errorf(p.key(verb), "command %s is not in the table; add [command.%s] or correct the verb (replies to any command go under practice.any)", verb, verb)
				continue
			case cmd.Verb != verb:
				c.errorf(p.key(verb), "%s is an alias of %s; list its replies under practice.%s", verb, cmd.Verb, cmd.Verb)
				continue
			}
			cmd.Observed = c.observedList(t, p, verb, cmd)
		}
	}
	for _, cmd := range t.Commands {
		cmd.any = t.AnyCommand
	}
	if rs, ok := root.sub("reply"); ok {
		for _, e := range rs.entries() {
			r := t.Reply(atoi(e.last()))
			if r == nil {
				continue
			}
			if _, ok := e.m["conflicts"]; !ok {
				continue
			}
			r.Conflicts = c.evidenceList(t, e, "conflicts", true)
			if len(r.Conflicts) == 0 {
				c.errorf(e.key("conflicts"), "empty; list the places that use %d against its meaning, or remove conflicts", r.Code)
			}
		}
	}
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

// observedList reads [[practice.KEY]]: observed replies, in code order,
// one entry per code. cmd is nil for the replies to any command.
func (c *checker) observedList(t *Table, p table, k string, cmd *Command) []*Observed {
	var out []*Observed
	seen := map[int]string{}
	prev := 0
	for _, e := range p.tables(k) {
		e.allow("code", "evidence", "note")
		code, ok := e.integer("code")
		if !ok {
			if _, present := e.m["code"]; !present {
				c.errorf(e.key("code"), "missing; give the reply code servers send, as code = 550")
			}
			continue
		}
		r := t.Reply(code)
		switch {
		case r == nil:
			c.errorf(e.key("code"), "reply %d is not in the table; add [reply.%d] with its source or correct the code", code, code)
			continue
		case seen[code] != "":
			c.errorf(e.key("code"), "reply %d is listed twice (also at %s); merge the evidence into one entry", code, seen[code])
			continue
		case code < prev:
			c.errorf(e.key("code"), "reply %d comes after %d; keep the entries in code order", code, prev)
		}
		seen[code] = e.path
		prev = max(prev, code)
		if cmd != nil {
			if ref, ok := cmd.Cite(code); ok {
				c.errorf(e.key("code"), "reply %d is already expected for %s (%s); the practice layer lists only replies its documents do not", code, cmd.Verb, orWhere(ref))
				continue
			}
			if i := slices.IndexFunc(t.AnyCommand, func(o *Observed) bool { return o.Reply.Code == code }); i >= 0 {
				c.errorf(e.key("code"), "reply %d is already a reply to any command (%s); record it there once", code, t.AnyCommand[i].path)
				continue
			}
		}
		o := &Observed{Reply: r, Note: c.text(e, "note", false), path: e.path}
		o.Evidence = c.evidenceList(t, e, "evidence", false)
		if len(o.Evidence) == 0 {
			if _, present := e.m["evidence"]; present {
				c.errorf(e.key("evidence"), "empty; cite at least one server that sends %d", code)
			} else {
				c.errorf(e.key("evidence"), `missing; cite the servers that send %d, as evidence = [{ server = "vsftpd", at = "postlogin.c:453", when = "unknown command" }]`, code)
			}
			continue
		}
		out = append(out, o)
	}
	return out
}

// evidenceList reads an array of evidence tables at k, sorted by server
// ID, then file and line, without repeats. withCommand: each names the
// command the reply answers (a conflict).
func (c *checker) evidenceList(t *Table, e table, k string, withCommand bool) []*Evidence {
	var out []*Evidence
	keys := map[string]string{}
	var prev *Evidence
	for _, x := range e.tables(k) {
		allowed := []string{"server", "at", "when"}
		if withCommand {
			allowed = append(allowed, "command")
		}
		x.allow(allowed...)
		ev := &Evidence{Condition: c.text(x, "when", true)}
		id := x.str("server", true, "name a server declared as [server.ID], as server = \"vsftpd\"")
		if id != "" {
			if ev.Server = t.Server(id); ev.Server == nil {
				c.errorf(x.key("server"), "server %q is not declared; add [server.%s] with its version, repository and commit, or correct the name", id, id)
			}
		}
		at := x.str("at", true, `give the file and line that sends the reply, as at = "src/ftp_parser.c:811"`)
		if at != "" {
			m := sourceAt.FindStringSubmatch(at)
			if m == nil {
				c.errorf(x.key("at"), "%q is not a source position; write the file's path in the repository, a colon and the line number, as \"src/ftp_parser.c:811\"", at)
			} else {
				ev.File = m[1]
				ev.Line = atoi(m[2])
			}
		}
		if withCommand {
			verb := x.str("command", true, `name the command the reply answers, as command = "RETR", or "any"`)
			if verb != "" && verb != anyCommand {
				switch cmd := t.Command(verb); {
				case cmd == nil:
					c.errorf(x.key("command"), "command %s is not in the table; correct the verb, or write \"any\"", verb)
				case cmd.Verb != verb:
					c.errorf(x.key("command"), "%s is an alias of %s; write command = %q", verb, cmd.Verb, cmd.Verb)
				default:
					ev.Command = verb
				}
			}
		}
		if ev.Server == nil || ev.File == "" {
			continue
		}
		key := ev.Server.ID + " " + ev.At() + " " + commandKey(ev.Command)
		if p, dup := keys[key]; dup {
			c.errorf(x.path, "%s %s is cited twice (also at %s); remove one", ev.Server.ID, ev.At(), p)
			continue
		}
		keys[key] = x.path
		if prev != nil && evidenceLess(ev, prev) {
			c.errorf(x.path, "%s %s comes after %s %s; keep the evidence sorted by server, then file and line", ev.Server.ID, ev.At(), prev.Server.ID, prev.At())
		}
		if prev == nil || evidenceLess(prev, ev) {
			prev = ev
		}
		out = append(out, ev)
	}
	return out
}

// evidenceLess orders evidence by server ID, then file, then line, then
// command as the table writes it ("any" for any command).
func evidenceLess(a, b *Evidence) bool {
	if a.Server.ID != b.Server.ID {
		return a.Server.ID < b.Server.ID
	}
	if a.File != b.File {
		return a.File < b.File
	}
	if a.Line != b.Line {
		return a.Line < b.Line
	}
	return commandKey(a.Command) < commandKey(b.Command)
}

func commandKey(verb string) string {
	if verb == "" {
		return anyCommand
	}
	return verb
}

// isDefactoVerb reports whether s can be the verb of a non-standard
// command: RFC 959 (section 5.3.1) makes a command code at most four
// alphabetic characters, but servers also implement longer ones with
// digits, such as XSHA256: a capital letter, then 2 to 6 capitals or
// digits.
func isDefactoVerb(s string) bool {
	if len(s) < 3 || len(s) > 7 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if (s[i] < 'A' || s[i] > 'Z') && (s[i] < '0' || s[i] > '9') {
			return false
		}
	}
	return true
}
