package spec_test

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/tools/txtar"

	"github.com/ftpcodes/ftpcodes"
	"github.com/ftpcodes/ftpcodes/internal/golden"
	"github.com/ftpcodes/ftpcodes/spec"
)

// TestBadInput parses each golden/spec case, a table with mistakes, and
// compares every reported error with the case's expected errors. A case
// whose archive holds other .toml files after the table lays them over it
// as overlays (spec.Extend), in order; they are kept as they are.
func TestBadInput(t *testing.T) {
	cases := golden.Cases(t, "spec", "ftpcodes.toml")
	if len(cases) < 20 {
		t.Errorf("only %d bad-input cases; keep at least 20", len(cases))
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			var overlays []spec.Overlay
			var kept []txtar.File
			files := map[string]bool{"ftpcodes.toml": true}
			for _, f := range c.Archive.Files[c.Inputs:] {
				if strings.HasSuffix(f.Name, ".toml") {
					overlays = append(overlays, spec.Overlay{Name: f.Name, Src: f.Data})
					kept = append(kept, f)
					files[f.Name] = true
				}
			}
			var err error
			if overlays == nil {
				_, err = spec.Parse("ftpcodes.toml", c.Input(t, "ftpcodes.toml"))
			} else {
				_, err = spec.Extend("ftpcodes.toml", c.Input(t, "ftpcodes.toml"), overlays)
			}
			if err == nil {
				t.Fatal("the table was accepted; want errors")
			}
			var es spec.Errors
			if !errors.As(err, &es) || len(es) == 0 {
				t.Fatalf("error is %T, want spec.Errors: %v", err, err)
			}
			for _, e := range es {
				if !files[e.File] || e.Line == 0 && strings.Contains(e.Key, ".") {
					t.Errorf("error without file and line: %v", e)
				}
			}
			c.Check(t, append(kept, txtar.File{Name: "errors", Data: []byte(err.Error() + "\n")}))
		})
	}
}

// FuzzParse feeds the parser mutated tables: it may refuse them, but it must
// not panic, and a table it accepts must be consistent.
func FuzzParse(f *testing.F) {
	for _, s := range golden.BadTables(f) {
		f.Add([]byte(s))
	}
	for _, c := range golden.Cases(f, "gen", "ftpcodes.toml") {
		f.Add(c.Input(f, "ftpcodes.toml"))
	}
	// The shipped table, and issue 11's first table: it with "PBSZ=size"
	// for "PBSZ={size}" (golden/spec has the fuzzer's own crash input).
	f.Add(ftpcodes.Table)
	f.Add([]byte(strings.Replace(string(ftpcodes.Table), `template = "PBSZ={size}"`, `template = "PBSZ=size"`, 1)))
	f.Fuzz(func(t *testing.T, src []byte) {
		tbl, err := spec.Parse("fuzz.toml", src)
		if err != nil {
			var es spec.Errors
			if !errors.As(err, &es) || len(es) == 0 {
				t.Fatalf("error is %T, want spec.Errors: %v", err, err)
			}
			for _, e := range es {
				// file:line:col, except for a top-level key the whole
				// file lacks ("reply: the table has no replies").
				if e.File != "fuzz.toml" || e.Msg == "" || e.Line == 0 && (e.Key == "" || strings.ContainsAny(e.Key, ".[")) {
					t.Fatalf("error without file, line or message: %q", e)
				}
				if strings.ContainsFunc(e.Error(), func(r rune) bool { return !unicode.IsPrint(r) }) {
					t.Fatalf("error is not one line of visible text: %q", e)
				}
			}
			return
		}
		checkConsistent(t, tbl)
	})
}

// TestShipped loads the embedded table and checks it against itself.
func TestShipped(t *testing.T) {
	tbl, err := spec.Default()
	if err != nil {
		t.Fatal(err)
	}
	checkConsistent(t, tbl)
	if len(tbl.Classes) != 6 || len(tbl.Groups) != 6 {
		t.Errorf("%d classes and %d groups; RFC 959 and RFC 2228 define 6 and 6", len(tbl.Classes), len(tbl.Groups))
	}
	// Every code RFC 959 section 4.2.2 lists.
	for _, code := range []int{110, 120, 125, 150, 200, 202, 211, 212, 213, 214, 215, 220, 221, 225, 226, 227, 230, 250, 257, 331, 332, 350, 421, 425, 426, 450, 451, 452, 500, 501, 502, 503, 504, 530, 532, 550, 551, 552, 553} {
		r := tbl.Reply(code)
		if r == nil {
			t.Errorf("RFC 959 code %d is missing", code)
			continue
		}
		if r.Status != spec.Standard || r.Ref.RFC != 959 {
			t.Errorf("%d: status %s, RFC %d; want standard, RFC 959", code, r.Status, r.Ref.RFC)
		}
	}
	for _, r := range tbl.Replies {
		if r.Status == spec.NonStandard && r.Ref.Source == "" {
			t.Errorf("%d: non-standard without a source", r.Code)
		}
	}
}

// TestShippedSummary keeps a reviewable summary of the shipped table in
// golden/table/summary.txtar: counts of reply meanings and of commands by
// document and by status, then every code with its text and reference and
// every command with its cited reply lists, for a reviewer to compare with
// the documents.
func TestShippedSummary(t *testing.T) {
	tbl, err := spec.Default()
	if err != nil {
		t.Fatal(err)
	}
	meaningsByDoc, meaningsByStatus := tally{}, tally{}
	commandsByDoc, commandsByStatus := tally{}, tally{}
	listsByRef := tally{}
	var replies, commands strings.Builder
	count := func(m *spec.Meaning) {
		meaningsByDoc.add(docKey(m.Ref))
		meaningsByStatus.add(m.Status.String())
	}
	meanings := 0
	for _, r := range tbl.Replies {
		fmt.Fprintf(&replies, "%d %s %q %s (%s)\n", r.Code, r.Name, r.Text, r.Ref, r.Status)
		for i, m := range r.Meanings() {
			if i > 0 {
				fmt.Fprintf(&replies, "    also %q %s (%s)\n", m.Text, m.Ref, m.Status)
			}
			count(m)
			meanings++
		}
	}
	for _, c := range tbl.Commands {
		commandsByDoc.add(docKey(c.Ref))
		commandsByStatus.add(c.Status.String())
		fmt.Fprintf(&commands, "%s %s (%s)\n", c.Verb, c.Ref, c.Status)
		for i, l := range c.Lists {
			what := "    listed"
			if i > 0 {
				what = "    added"
			}
			fmt.Fprintf(&commands, "%s %s: %s\n", what, l.Ref, groupsText(l.Groups()))
			listsByRef.add(l.Ref.String())
		}
	}
	var sums strings.Builder
	fmt.Fprintf(&sums, "%d codes, %d meanings, %d commands\n", len(tbl.Replies), meanings, len(tbl.Commands))
	meaningsByDoc.write(&sums, "Reply meanings by document")
	meaningsByStatus.write(&sums, "Reply meanings by status")
	commandsByDoc.write(&sums, "Commands by document")
	commandsByStatus.write(&sums, "Commands by status")
	listsByRef.write(&sums, "Command reply lists by citation (own lists and additions)")
	c := golden.Cases(t, "table")[0]
	c.Check(t, []txtar.File{
		{Name: "counts", Data: []byte(sums.String())},
		{Name: "replies", Data: []byte(replies.String())},
		{Name: "commands", Data: []byte(commands.String())},
		{Name: "practice", Data: []byte(practiceSummary(tbl))},
	})
}

// practiceSummary counts the practice layer: the servers, evidence
// entries by server (replies to any command, to one command, and
// conflicts), the commands and codes added as non-standard, then lists
// every observed reply with the servers that send it, and every code
// servers use against its meaning with the servers and commands.
func practiceSummary(tbl *spec.Table) string {
	var b strings.Builder
	type count struct{ any, observed, conflicts int }
	per := map[*spec.Server]*count{}
	for _, s := range tbl.Servers {
		per[s] = &count{}
	}
	entries := 0
	var list strings.Builder
	write := func(what string, os []*spec.Observed) {
		for _, o := range os {
			var ids []string
			for _, s := range o.Servers() {
				ids = append(ids, s.ID)
			}
			fmt.Fprintf(&list, "%s %d: %s\n", what, o.Reply.Code, strings.Join(ids, ", "))
		}
	}
	for _, o := range tbl.AnyCommand {
		for _, e := range o.Evidence {
			per[e.Server].any++
		}
	}
	write("any", tbl.AnyCommand)
	commands := 0
	var nonStandard []string
	for _, c := range tbl.Commands {
		if c.Status == spec.NonStandard {
			nonStandard = append(nonStandard, c.Verb)
		}
		if len(c.Observed) > 0 {
			commands++
		}
		entries += len(c.Observed)
		for _, o := range c.Observed {
			for _, e := range o.Evidence {
				per[e.Server].observed++
			}
		}
		write(c.Verb, c.Observed)
	}
	conflicts := 0
	var codes []string
	for _, r := range tbl.Replies {
		conflicts += len(r.Conflicts)
		for _, e := range r.Conflicts {
			per[e.Server].conflicts++
		}
		for _, m := range r.Meanings() {
			if m.Status == spec.NonStandard && r.Code < 1000 && !slices.Contains(codes, fmt.Sprint(r.Code)) {
				codes = append(codes, fmt.Sprint(r.Code))
			}
		}
	}
	fmt.Fprintf(&b, "%d servers, %d replies to any command, %d observed replies of %d commands, %d conflicts\n", len(tbl.Servers), len(tbl.AnyCommand), entries, commands, conflicts)
	b.WriteString("Evidence by server (any command, one command, conflicts):\n")
	for _, s := range tbl.Servers {
		n := per[s]
		fmt.Fprintf(&b, "  %s (%s %s@%.12s): %d, %d, %d\n", s.ID, s.Repository, s.Version, s.Commit, n.any, n.observed, n.conflicts)
	}
	fmt.Fprintf(&b, "Non-standard commands (%d): %s\n", len(nonStandard), strings.Join(nonStandard, " "))
	fmt.Fprintf(&b, "Non-standard three-digit codes (%d): %s\n", len(codes), strings.Join(codes, " "))
	b.WriteString(list.String())
	for _, r := range tbl.Replies {
		if len(r.Conflicts) == 0 {
			continue
		}
		var uses []string // "server COMMAND", each once
		for _, e := range r.Conflicts {
			cmd := e.Command
			if cmd == "" {
				cmd = "any"
			}
			if u := e.Server.ID + " " + cmd; !slices.Contains(uses, u) {
				uses = append(uses, u)
			}
		}
		fmt.Fprintf(&b, "conflict %d %q: %s\n", r.Code, r.Text, strings.Join(uses, ", "))
	}
	return b.String()
}

// tally counts keys in the order they are first seen.
type tally struct {
	order []string
	n     map[string]int
}

func (t *tally) add(k string) {
	if t.n == nil {
		t.n = map[string]int{}
	}
	if t.n[k] == 0 {
		t.order = append(t.order, k)
	}
	t.n[k]++
}

// write writes the counts under title: RFCs by number, then drafts by name,
// then the rest, as "RFC 959: 39".
func (t *tally) write(b *strings.Builder, title string) {
	fmt.Fprintf(b, "%s:\n", title)
	for _, k := range sortedKeys(t.order) {
		fmt.Fprintf(b, "  %s: %d\n", k, t.n[k])
	}
}

// docKey names the document a reference cites, or "non-standard".
func docKey(r spec.Ref) string {
	if r.Cites() {
		return r.DocumentName()
	}
	return "non-standard"
}

// groupsText writes reply groups as "preliminary 125, 150; error 534".
func groupsText(groups [][]*spec.Reply) string {
	var parts []string
	for i, g := range groups {
		if len(g) == 0 {
			continue
		}
		codes := make([]string, len(g))
		for j, r := range g {
			codes[j] = fmt.Sprint(r.Code)
		}
		parts = append(parts, spec.ReplyGroups[i].Key+" "+strings.Join(codes, ", "))
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, "; ")
}

// sortedKeys orders keys that start with "RFC N" by number and section,
// then those that start with "draft-" by name, then the rest in the order
// given (the statuses, most standard first).
func sortedKeys(keys []string) []string {
	out := append([]string(nil), keys...)
	rank := func(k string) (int, int, string) {
		var n int
		if _, err := fmt.Sscanf(k, "RFC %d", &n); err == nil {
			return 0, n, k
		}
		if strings.HasPrefix(k, "draft-") {
			return 1, 0, k
		}
		for i, st := range spec.Statuses {
			if k == st.String() {
				return 2, i, ""
			}
		}
		return 3, 0, ""
	}
	sort.SliceStable(out, func(i, j int) bool {
		ai, an, ak := rank(out[i])
		bi, bn, bk := rank(out[j])
		if ai != bi {
			return ai < bi
		}
		if an != bn {
			return an < bn
		}
		return ak < bk
	})
	return out
}

func checkConsistent(t *testing.T, tbl *spec.Table) {
	t.Helper()
	for i, r := range tbl.Replies {
		if i > 0 && tbl.Replies[i-1].Code >= r.Code {
			t.Errorf("replies out of order at %d", r.Code)
		}
		if tbl.Reply(r.Code) != r || tbl.ReplyByName(r.Name.Camel) != r {
			t.Errorf("%d: lookups disagree", r.Code)
		}
		for _, a := range r.Aliases {
			if tbl.ReplyByName(a.Camel) != r {
				t.Errorf("%d: alias %s does not resolve", r.Code, a)
			}
		}
		if r.Code <= 999 {
			if r.Class == nil || r.Class.Digit != r.Code/100 {
				t.Errorf("%d: class %v does not match the first digit", r.Code, r.Class)
			}
			if r.Group == nil || r.Group.Digit != r.Code/10%10 {
				t.Errorf("%d: group %v does not match the second digit", r.Code, r.Group)
			}
		} else if r.Class != nil || r.Group != nil {
			t.Errorf("%d: a five-digit code has a class or group", r.Code)
		}
		if r.Text == "" || r.Description == "" {
			t.Errorf("%d: empty text or description", r.Code)
		}
	}
}

// TestShippedCommands checks the commands of the shipped table against
// RFC 959 section 4.1 and a few replies that section 5.4 fixes.
func TestShippedCommands(t *testing.T) {
	tbl, err := spec.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, verb := range strings.Fields("USER PASS ACCT CWD CDUP SMNT REIN QUIT PORT PASV TYPE STRU MODE RETR STOR STOU APPE ALLO REST RNFR RNTO ABOR DELE RMD MKD PWD LIST NLST SITE SYST STAT HELP NOOP") {
		cmd := tbl.Command(verb)
		if cmd == nil {
			t.Errorf("RFC 959 command %s is missing", verb)
			continue
		}
		if cmd.Ref.RFC != 959 || cmd.RepliesRef.Section != "5.4" {
			t.Errorf("%s: defined in %s, replies in %s; want RFC 959 and section 5.4", verb, cmd.Ref, cmd.RepliesRef)
		}
		// The section 5.4 list stays the command's own, first list, and
		// every expected reply is cited by exactly one list.
		if len(cmd.Lists) == 0 || cmd.Lists[0].Ref != cmd.RepliesRef {
			t.Errorf("%s: the first list is not its section 5.4 list", verb)
		}
		for _, r := range cmd.Replies() {
			if ref, ok := cmd.Cite(r.Code); !ok || !ref.Cites() || ref.Section == "" {
				t.Errorf("%s: reply %d has no citation", verb, r.Code)
			}
		}
	}
	for _, tc := range []struct {
		verb string
		code int
		want bool
	}{
		{"PASV", 227, true}, {"RETR", 150, true}, {"RETR", 226, true}, {"RETR", 227, false},
		{"USER", 331, true}, {"QUIT", 221, true}, {"EPSV", 229, true}, {"XPWD", 257, true}, {"MKD", 257, true},
		// Replies later documents add (RFC 2228 8.2, RFC 4217 10.2), and
		// those of the commands RFCs and drafts define besides RFC 959.
		{"RETR", 534, true}, {"LIST", 522, true}, {"USER", 232, true}, {"MIC", 537, true}, {"MLST", 550, true},
		{"LANG", 504, true}, {"HOST", 220, true}, {"HOST", 434, false}, {"HASH", 556, true}, {"MFMT", 213, true},
		{"RANG", 350, true}, {"RANG", 552, true}, {"NOOP", 534, false},
	} {
		cmd := tbl.Command(tc.verb)
		if cmd == nil || cmd.Expects(tc.code) != tc.want {
			t.Errorf("%s expects %d: got %v, want %v", tc.verb, tc.code, cmd != nil && cmd.Expects(tc.code), tc.want)
		}
	}
}

// TestSourceName checks the one rule for the file name generated files
// cite (issue 11, point 7), and that Parse and Load refuse a table named
// otherwise, with the rule's message and nothing else from the name.
func TestSourceName(t *testing.T) {
	for _, name := range []string{"ftpcodes.toml", "FTP_codes-2+x.toml", "a", "v1.2.toml"} {
		if err := spec.CheckSource(name); err != nil {
			t.Errorf("CheckSource(%q): %v", name, err)
		}
	}
	for _, name := range []string{"", ".", "..", ".hidden.toml", "-rf.toml", "evil\nimport os.toml", "a b.toml", "a*/b.toml", `a"b.toml`, "a\\b.toml", "x\u2028y.toml", "café.toml", "a\x00b", "a:b.toml", "a'b"} {
		if err := spec.CheckSource(name); err == nil || !strings.Contains(err.Error(), "rename the file") {
			t.Errorf("CheckSource(%q) = %v; want a refusal saying to rename the file", name, err)
		}
	}
	path := "dir/evil\nimport os.toml"
	_, err := spec.Parse(path, []byte("[reply.200]\ntxet = 1\n"))
	var es spec.Errors
	if !errors.As(err, &es) || len(es) < 2 {
		t.Fatalf("Parse(%q): %v; want the name's error and the table's", path, err)
	}
	if want := `"dir/evil\nimport os.toml": the file name "evil\nimport os.toml" cannot be cited in generated files; rename the file`; !strings.HasPrefix(es[0].Error(), want) {
		t.Errorf("first error %q, want it to start %q", es[0], want)
	}
	if strings.Contains(err.Error(), "\nimport os") {
		t.Errorf("the error message carries the name's newline:\n%s", err)
	}
	dir := t.TempDir()
	file := dir + "/.ftpcodes.toml"
	if err := os.WriteFile(file, ftpcodes.Table, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := spec.Load(file); err == nil || !strings.Contains(err.Error(), `the file name ".ftpcodes.toml" cannot be cited`) {
		t.Errorf("Load(%q): %v; want the file name refused", file, err)
	}
}

// TestShippedPractice checks the practice layer of the shipped table: the
// eight servers, a few pairs of command and reply the issue names, and
// that IsPlausibleReply keeps IsExpectedReply's answers.
func TestShippedPractice(t *testing.T) {
	tbl, err := spec.Default()
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, s := range tbl.Servers {
		ids = append(ids, s.ID)
	}
	if want := "filezilla-server ftp-srv ftpserverlib mina-ftpserver proftpd pure-ftpd pyftpdlib vsftpd"; strings.Join(ids, " ") != want {
		t.Errorf("servers %v, want %s", ids, want)
	}
	for _, tc := range []struct {
		verb                string
		code                int
		expected, plausible bool
	}{
		{"ABOR", 426, false, true}, {"ABOR", 226, true, true}, {"STOR", 550, false, true},
		{"LIST", 550, false, true}, {"REIN", 230, false, true}, {"STAT", 221, false, true},
		{"XCWD", 402, false, true}, {"PASV", 400, false, true}, {"EPSV", 425, false, true},
		{"MD5", 251, false, true}, {"MMD5", 252, false, true}, {"XSHA256", 250, false, true},
		{"CLNT", 200, false, true}, {"NOOP", 530, false, true}, {"NOOP", 999, false, false},
		{"RETR", 227, false, false}, {"XYZZY", 500, false, false},
	} {
		if got := tbl.IsExpectedReply(tc.verb, tc.code); got != tc.expected {
			t.Errorf("IsExpectedReply(%s, %d) = %v, want %v", tc.verb, tc.code, got, tc.expected)
		}
		if got := tbl.IsPlausibleReply(tc.verb, tc.code); got != tc.plausible {
			t.Errorf("IsPlausibleReply(%s, %d) = %v, want %v", tc.verb, tc.code, got, tc.plausible)
		}
	}
	for _, c := range tbl.Commands {
		for _, r := range tbl.Replies {
			if c.Expects(r.Code) && !c.Plausible(r.Code) {
				t.Errorf("%s expects %d, which is not plausible", c.Verb, r.Code)
			}
		}
		for _, o := range c.Observed {
			if c.Expects(o.Reply.Code) || len(o.Evidence) == 0 {
				t.Errorf("%s: observed %d is expected, or has no evidence", c.Verb, o.Reply.Code)
			}
		}
		if c.Status == spec.NonStandard && len(c.Replies()) > 0 {
			t.Errorf("%s: a non-standard command expects %d replies; no document lists any", c.Verb, len(c.Replies()))
		}
	}
	for _, code := range []int{551, 221, 230} {
		if len(tbl.Reply(code).Conflicts) == 0 {
			t.Errorf("%d: no conflict recorded", code)
		}
	}
}

// TestSettled checks what the model settles once for every generator: the
// templated meanings, each parameter's index, a template's core, the reply
// groups and aliases as names.
func TestSettled(t *testing.T) {
	tbl, err := spec.Default()
	if err != nil {
		t.Fatal(err)
	}
	var want []*spec.Meaning
	for _, r := range tbl.Replies {
		for _, m := range r.Meanings() {
			if m.Code != r.Code {
				t.Errorf("reply %d: a meaning's Code is %d", r.Code, m.Code)
			}
			if m.Template != nil {
				want = append(want, m)
			}
		}
	}
	if len(want) == 0 || !slices.Equal(tbl.Templated, want) {
		t.Errorf("Templated has %d meanings, want the %d with templates in code order", len(tbl.Templated), len(want))
	}

	pasv := tbl.Reply(227).Template
	for i, p := range pasv.Params {
		if p.Index != i {
			t.Errorf("227's %s has Index %d, want %d", p.Name.LowerSnake, p.Index, i)
		}
	}
	if !pasv.Lenient || !pasv.CoreAfterDigit || len(pasv.Core) != 11 || pasv.Core[0].Param == nil || pasv.Core[10].Param == nil {
		t.Errorf("227's core: lenient %v, after digit %v, %d segments; want the 11 from {h1} to {p2}", pasv.Lenient, pasv.CoreAfterDigit, len(pasv.Core))
	}
	pwd := tbl.Reply(257).Template
	if len(pwd.Core) == 0 || pwd.Core[0].Literal != `"` || pwd.CoreAfterDigit {
		t.Errorf("257's core starts %+v (after digit %v); want the quote that opens the pathname", pwd.Core, pwd.CoreAfterDigit)
	}

	retr := tbl.Command("RETR")
	var keys []string
	for i, g := range retr.ByGroup() {
		keys = append(keys, g.Key)
		if !slices.Equal(g.Replies, retr.Groups()[i]) {
			t.Errorf("RETR's %s group has %d replies, want %d", g.Key, len(g.Replies), len(retr.Groups()[i]))
		}
	}
	if !slices.Equal(keys, []string{"preliminary", "intermediate", "success", "error"}) {
		t.Errorf("groups %v, want RFC 959 section 5.4's order", keys)
	}
	pwdCmd := tbl.Command("PWD")
	if len(pwdCmd.AliasNames) != 1 || pwdCmd.AliasNames[0].Camel != "Xpwd" || pwdCmd.AliasNames[0].UpperSnake != "XPWD" {
		t.Errorf("PWD's alias names are %+v, want Xpwd / XPWD", pwdCmd.AliasNames)
	}
}
