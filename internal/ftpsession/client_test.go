package ftpsession_test

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/ftpcodes/ftpcodes/internal/conformance"
	"github.com/ftpcodes/ftpcodes/internal/ftpsession"
	"github.com/ftpcodes/ftpcodes/internal/golden"
	"github.com/ftpcodes/ftpcodes/internal/govectors"
	"github.com/ftpcodes/ftpcodes/spec"
)

// TestRecordedClient reads what the servers sent in every fixture with the
// client's half of the wire (issue 18), with spec and with the Go output,
// which must give the same values (the same vectors as
// conformance.ClientVectors, which every language runs): each FEAT reply's
// features, each PASV (and LPSV) reply's address, each EPSV reply's port,
// and each MLST entry and line of the MLSD listing. It also checks what the
// values must be: the data ports on loopback, the features every server
// announces, and hello.txt's facts.
func TestRecordedClient(t *testing.T) {
	tbl, err := spec.Default()
	if err != nil {
		t.Fatal(err)
	}
	// same runs a vector through spec and the Go output and returns spec's
	// result's fields.
	same := func(t *testing.T, vector string) []string {
		t.Helper()
		want, got := conformance.Answer(tbl, vector), govectors.Answer(nil, vector)
		if got != want {
			t.Errorf("%s\n spec: %s\n go:   %s", vector, want, got)
		}
		return strings.Fields(want)
	}
	for _, c := range golden.Cases(t, "transcripts", "transcript", "mlsd") {
		t.Run(c.Name, func(t *testing.T) {
			tr, err := ftpsession.ParseTranscript(c.Input(t, "transcript"))
			if err != nil {
				t.Fatal(err)
			}
			var entries []string // MLST entries and MLSD lines
			seen := map[string]bool{}
			for _, e := range tr {
				for _, r := range e.Replies {
					code, text, err := spec.ParseReply(r.Lines)
					if err != nil {
						t.Fatalf("%s: %v", e.Command, err)
					}
					kind := map[string]string{"FEAT 211": "feat-parse", "PASV 227": "addr-227", "LPSV 228": "addr-228", "EPSV 229": "addr-229"}[e.Verb()+" "+strconv.Itoa(code)]
					if kind != "" {
						seen[kind] = true
						res := same(t, kind+" "+conformance.Hex(text))
						checkRecorded(t, c.Name, kind, res)
					}
					if e.Verb() == "MLST" && code == 250 {
						lines := strings.Split(text, "\n")
						for _, l := range lines[1 : len(lines)-1] {
							entry, ok := strings.CutPrefix(l, " ")
							if !ok {
								t.Errorf("MLST entry %q does not start with a space", l)
							}
							entries = append(entries, entry)
						}
					}
				}
			}
			for _, l := range strings.Split(strings.TrimSuffix(string(c.Input(t, "mlsd")), "\n"), "\n") {
				if l != "" {
					entries = append(entries, l)
				}
			}
			for _, kind := range []string{"feat-parse", "addr-227", "addr-229"} {
				if !seen[kind] {
					t.Errorf("no reply read by %s", kind)
				}
			}
			file := 0
			for _, l := range entries {
				res := same(t, "mlsx-parse "+conformance.Hex(l))
				if res[0] != "ok" {
					t.Errorf("entry %q does not parse", l)
					continue
				}
				if p := conformance.Unhex(res[1]); p == ftpsession.FileName || p == "/"+ftpsession.FileName {
					file++
					facts := res[2:]
					for _, want := range []string{"size:" + conformance.Hex("21") + ":21", "modify:" + conformance.Hex("20010203040506") + ":20010203040506", "type:" + conformance.Hex("file") + ":s"} {
						name, rest, _ := strings.Cut(want, ":")
						want = conformance.Hex(name) + ":" + rest
						if !slices.Contains(facts, want) {
							t.Errorf("entry %q: no fact %s", l, want)
						}
					}
				}
			}
			if c.Name != "vsftpd" && file != 2 { // vsftpd has neither MLST nor MLSD
				t.Errorf("%d entries of %s (MLST and MLSD), want 2", file, ftpsession.FileName)
			}
		})
	}
}

// checkRecorded checks a recorded reply's values: the data connection on
// loopback at a port, and the features every recorded server announces.
func checkRecorded(t *testing.T, server, kind string, res []string) {
	t.Helper()
	switch {
	case res[0] != "ok":
		t.Errorf("%s: %s does not read the reply", server, kind)
	case kind == "addr-227" && (res[1] != "7f000001" || res[2] == "0"):
		t.Errorf("%s: PASV gives %s:%s, not 127.0.0.1 and a port", server, res[1], res[2])
	case kind == "addr-229" && res[1] == "0":
		t.Errorf("%s: EPSV gives port 0", server)
	case kind == "feat-parse":
		var names []string
		for _, f := range res[1:] {
			n, _, _ := strings.Cut(f, ":")
			names = append(names, conformance.Unhex(n))
		}
		want := []string{"EPRT", "EPSV", "MDTM", "REST", "SIZE", "TVFS"}
		if server != "vsftpd" {
			want = append(want, "MLST")
		}
		for _, w := range want {
			if !slices.Contains(names, w) {
				t.Errorf("%s: FEAT has no %s: %v", server, w, names)
			}
		}
	}
}
