package all_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/generators/all"
	"github.com/ftpcodes/ftpcodes/internal/golden"
	"github.com/ftpcodes/ftpcodes/spec"
)

// TestCheck runs every target's Check on each golden/check case, a table
// spec accepts but some language cannot spell, and compares the errors,
// in source order, with the case's. Generate must refuse the same table
// with the same errors, and write nothing.
func TestCheck(t *testing.T) {
	for _, c := range golden.Cases(t, "check", "ftpcodes.toml") {
		t.Run(c.Name, func(t *testing.T) {
			tbl, err := spec.Parse("ftpcodes.toml", c.Input(t, "ftpcodes.toml"))
			if err != nil {
				t.Fatalf("spec refuses the table; a check case needs one it accepts: %v", err)
			}
			var errs spec.Errors
			for _, tg := range all.Targets() {
				if tg.Check == nil {
					continue
				}
				es := tg.Check(tbl)
				files, err := tg.Generate(tbl, generators.Options{})
				var got spec.Errors
				if len(es) > 0 && (files != nil || !errors.As(err, &got) || got.Error() != es.Error()) {
					t.Errorf("%s: Generate gave %d files and %v; want no file and its Check's errors", tg.Name, len(files), err)
				}
				for _, e := range es {
					if e.File != "ftpcodes.toml" || e.Line == 0 {
						t.Errorf("%s: error without file and line: %v", tg.Name, e)
					}
				}
				errs = append(errs, es...)
			}
			if len(errs) == 0 {
				t.Fatal("every target accepts the table; want errors")
			}
			slices.SortStableFunc(errs, func(a, b *spec.Error) int {
				if a.Line != b.Line {
					return a.Line - b.Line
				}
				return a.Col - b.Col
			})
			c.Check(t, []txtar.File{{Name: "errors", Data: []byte(errs.Error() + "\n")}})
		})
	}
}

// TestReserved checks each language's reserved words on names that are
// taken and on near misses that are not.
func TestReserved(t *testing.T) {
	targets := map[string]generators.Target{}
	for _, tg := range all.Targets() {
		targets[tg.Name] = tg
	}
	const table = `
[class.2]
name = %q
title = "T"
description = "D"
rfc = 959
section = "4.2"

[group.0]
name = %q
title = "T"
description = "D"
rfc = 959
section = "4.2"

[reply.200]
name = %q
text = "Command okay."
description = "D"
status = "standard"
rfc = 959
section = "4.2.2"
template = "Command {%s} okay."
params = [{ name = %q, type = "string", description = "D" }]

[command.%s]
description = "D"
syntax = "%s <CRLF>"
status = "non-standard"
source = "S"
preliminary = []
intermediate = []
success = [200]
error = []
`
	for _, tc := range []struct {
		class, group, reply, param, verb string
		want                             map[string]string // target -> the word its error names, "" for none
	}{
		{"None", "Syntax", "CommandOK", "pathname", "RETR", map[string]string{"go": "(ClassNone)", "c": "(FTP_CLASS_NONE)"}},
		{"NONE", "Syntax", "CommandOK", "pathname", "RETR", map[string]string{"c": "(FTP_CLASS_NONE)"}},
		{"NoNe", "Syntax", "CommandOK", "pathname", "RETR", nil},
		{"NoneOfThese", "Syntax", "CommandOK", "pathname", "RETR", nil},
		{"Ok", "None", "CommandOK", "pathname", "RETR", map[string]string{"go": "(GroupNone)", "c": "(FTP_GROUP_NONE)"}},
		{"Ok", "NONE", "CommandOK", "pathname", "RETR", map[string]string{"c": "(FTP_GROUP_NONE)"}},
		{"Self", "Self", "CommandOK", "pathname", "RETR", map[string]string{"rust": "(ReplyGroup::Self)"}},
		{"Ok", "Syntax", "Text", "pathname", "RETR", map[string]string{"go": "(Text)"}},
		{"Ok", "Syntax", "Map", "pathname", "RETR", map[string]string{"c": "(MAP)"}},
		{"Ok", "Syntax", "CommandOK", "pathname", "INFO", map[string]string{"go": "(CommandInfo)"}},
		{"Ok", "Syntax", "CommandOK", "pathname", "MAP", map[string]string{"c": "(FTP_COMMAND_MAP)"}},
		{"Ok", "Syntax", "CommandOK", "pathname", "MAPS", nil},
		{"Ok", "Syntax", "CommandOK", "int", "RETR", map[string]string{"c": "(int)", "java": "(int)"}},
		{"Ok", "Syntax", "CommandOK", "co_await", "RETR", map[string]string{"c": "(co_await)"}},
		{"Ok", "Syntax", "CommandOK", "writer", "RETR", map[string]string{"c": "(writer)"}},
		{"Ok", "Syntax", "CommandOK", "integer", "RETR", nil},
		{"Ok", "Syntax", "CommandOK", "self", "RETR", map[string]string{"rust": "(self)"}},
		{"Ok", "Syntax", "CommandOK", "crate", "RETR", map[string]string{"rust": "(crate)"}},
		{"Ok", "Syntax", "CommandOK", "hash_code", "RETR", map[string]string{"java": "(hashCode)"}},
	} {
		src := fmt.Sprintf(table, tc.class, tc.group, tc.reply, tc.param, tc.param, tc.verb, tc.verb)
		tbl, err := spec.Parse("ftpcodes.toml", []byte(src))
		if err != nil {
			t.Fatalf("%+v: %v", tc, err)
		}
		for name, tg := range targets {
			if tg.Check == nil {
				continue
			}
			got := tg.Check(tbl).Error()
			want := tc.want[name]
			if want == "" && got != "" || want != "" && !strings.Contains(got, want) {
				t.Errorf("%+v: %s reports %q; want %q", tc, name, got, want)
			}
		}
	}
}
