package conformance

import (
	"strings"
	"testing"

	"github.com/ftpcodes/ftpcodes/spec"
)

// TestVectorsCoverage checks that the vectors exercise what they claim: every
// template of the shipped table is formatted and parsed, both outcomes of
// each kind occur, and input and results line up.
func TestVectorsCoverage(t *testing.T) {
	tbl, err := spec.Default()
	if err != nil {
		t.Fatal(err)
	}
	in, want := Vectors(tbl)
	vecs := strings.Split(strings.TrimSuffix(in, "\n"), "\n")
	res := strings.Split(strings.TrimSuffix(want, "\n"), "\n")
	if len(vecs) != len(res) {
		t.Fatalf("%d vectors, %d results", len(vecs), len(res))
	}
	outcomes := map[string]bool{}
	names := map[string]bool{}
	read := map[string]bool{}
	for i, v := range vecs {
		kind := strings.Fields(v)[0]
		outcome := strings.Fields(res[i])[0]
		outcomes[kind+" "+outcome] = true
		if kind == "reply-read" {
			for _, o := range strings.Fields(res[i])[1:] {
				read[strings.SplitN(o, ":", 2)[0]] = true
			}
		}
		if kind == "parse" && outcome == "ok" {
			names[strings.Fields(v)[1]] = true
		}
	}
	for _, k := range []string{"parse ok", "parse no", "format ok", "format error", "reply-format ok", "reply-format error", "reply-parse ok", "reply-parse error",
		"lookup ok", "lookup no", "expected true", "expected false"} {
		if !outcomes[k] {
			t.Errorf("no vector with outcome %q", k)
		}
	}
	for _, k := range []spec.OutcomeKind{spec.OutcomeReply, spec.OutcomeEOF, spec.OutcomeTruncated, spec.OutcomeNotReply, spec.OutcomeLineTooLong, spec.OutcomeTooManyLines} {
		if !read[k.String()] {
			t.Errorf("no reply-read vector has the outcome %s", k)
		}
	}
	for _, r := range tbl.Replies {
		for _, m := range r.Meanings() {
			if m.Template != nil && !names[m.Name.Camel] {
				t.Errorf("%s: no vector parses successfully", m.Name.Camel)
			}
		}
	}
	t.Logf("%d vectors", len(vecs))
}
