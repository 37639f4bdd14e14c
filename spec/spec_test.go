package spec_test

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/tools/txtar"

	"github.com/ftpcodes/ftpcodes"
	"github.com/ftpcodes/ftpcodes/internal/golden"
	"github.com/ftpcodes/ftpcodes/spec"
)

// TestBadInput parses each golden/spec case, a table with mistakes, and
// compares every reported error with the case's expected errors.
func TestBadInput(t *testing.T) {
	cases := golden.Cases(t, "spec", "ftpcodes.toml")
	if len(cases) < 20 {
		t.Errorf("only %d bad-input cases; keep at least 20", len(cases))
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			_, err := spec.Parse("ftpcodes.toml", c.Input(t, "ftpcodes.toml"))
			if err == nil {
				t.Fatal("the table was accepted; want errors")
			}
			var es spec.Errors
			if !errors.As(err, &es) || len(es) == 0 {
				t.Fatalf("error is %T, want spec.Errors: %v", err, err)
			}
			for _, e := range es {
				if e.File != "ftpcodes.toml" || e.Line == 0 && strings.Contains(e.Key, ".") {
					t.Errorf("error without file and line: %v", e)
				}
			}
			c.Check(t, []txtar.File{{Name: "errors", Data: []byte(err.Error() + "\n")}})
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

// TestShippedSummary keeps a reviewable summary of the shipped table, with
// counts by source, in golden/table/summary.txtar.
func TestShippedSummary(t *testing.T) {
	tbl, err := spec.Default()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	counts := map[string]int{}
	var order []string
	count := func(m *spec.Meaning) {
		k := "non-standard"
		if m.Ref.RFC != 0 {
			k = fmt.Sprintf("RFC %d", m.Ref.RFC)
		}
		if m.Status == spec.NonStandard && m.Ref.RFC != 0 {
			k += " (non-standard)"
		}
		if counts[k] == 0 {
			order = append(order, k)
		}
		counts[k]++
	}
	for _, r := range tbl.Replies {
		fmt.Fprintf(&b, "%d %s %q %s (%s)\n", r.Code, r.Name, r.Text, r.Ref, r.Status)
		count(&r.Meaning)
		for _, m := range r.Also {
			fmt.Fprintf(&b, "    also %q %s (%s)\n", m.Text, m.Ref, m.Status)
			count(m)
		}
	}
	var sums strings.Builder
	fmt.Fprintf(&sums, "%d codes, %d meanings\n", len(tbl.Replies), sumOf(counts))
	for _, k := range sortedKeys(order) {
		fmt.Fprintf(&sums, "%s: %d\n", k, counts[k])
	}
	c := golden.Cases(t, "table")[0]
	c.Check(t, []txtar.File{{Name: "counts", Data: []byte(sums.String())}, {Name: "replies", Data: []byte(b.String())}})
}

func sumOf(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// sortedKeys orders "RFC N" keys by number, non-standard last.
func sortedKeys(keys []string) []string {
	out := append([]string(nil), keys...)
	num := func(k string) int {
		var n int
		if _, err := fmt.Sscanf(k, "RFC %d", &n); err != nil {
			return 1 << 30
		}
		return n
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && num(out[j]) < num(out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
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
	}
	for _, tc := range []struct {
		verb string
		code int
		want bool
	}{
		{"PASV", 227, true}, {"RETR", 150, true}, {"RETR", 226, true}, {"RETR", 227, false},
		{"USER", 331, true}, {"QUIT", 221, true}, {"EPSV", 229, true}, {"XPWD", 257, true}, {"MKD", 257, true},
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
