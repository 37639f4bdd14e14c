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

// TestClientVectorsCoverage checks that the client vectors give every
// outcome of every kind, and every error kind.
func TestClientVectorsCoverage(t *testing.T) {
	tbl, err := spec.Default()
	if err != nil {
		t.Fatal(err)
	}
	in, want := ClientVectors(tbl)
	vecs := strings.Split(strings.TrimSuffix(in, "\n"), "\n")
	res := strings.Split(strings.TrimSuffix(want, "\n"), "\n")
	if len(vecs) != len(res) {
		t.Fatalf("%d vectors, %d results", len(vecs), len(res))
	}
	outcomes := map[string]bool{}
	for i, v := range vecs {
		r := strings.Fields(res[i])
		o := r[0]
		if o == "error" {
			o += " " + r[1]
		}
		outcomes[strings.Fields(v)[0]+" "+o] = true
	}
	for _, k := range []string{"command-format ok", "command-format no", "command-format error missing-argument", "command-format error unexpected-argument",
		"command-format error bad-argument", "command-format error line-too-long", "command-parse command", "command-parse unknown",
		"command-parse error line-too-long", "command-parse error bad-character", "addr-227 ok", "addr-227 no", "addr-227-peer ok", "addr-227-peer no",
		"addr-229 ok", "addr-229 no", "addr-228 ok", "addr-228 no", "port-format ok", "port-format error not-ipv4", "eprt-format ok", "lprt-format ok",
		"port-parse ok", "port-parse no", "eprt-parse ok", "eprt-parse no", "lprt-parse ok", "lprt-parse no", "feat-parse ok", "feat-format ok",
		"feat-format error bad-feature", "opts-format ok", "opts-format error bad-argument", "opts-parse ok", "opts-parse no", "mlsx-parse ok",
		"mlsx-parse no", "mlsx-format ok", "mlsx-format error bad-fact", "mlsx-format error bad-path"} {
		if !outcomes[k] {
			t.Errorf("no client vector with outcome %q", k)
		}
	}
	for o := range outcomes {
		if strings.Contains(o, "unknown vector") || strings.Contains(o, "unknown-error") {
			t.Errorf("outcome %q", o)
		}
	}
	t.Logf("%d client vectors", len(vecs))
}
