package difftest

import (
	"strings"
	"testing"

	"github.com/ftpcodes/ftpcodes/internal/conformance"
	"github.com/ftpcodes/ftpcodes/spec"
)

// TestGenerateClient checks that the client generator is deterministic,
// writes only vectors spec answers, and reaches every client kind and
// more than one outcome of each that has several.
func TestGenerateClient(t *testing.T) {
	tbl, err := spec.Default()
	if err != nil {
		t.Fatal(err)
	}
	a, b := GenerateClient(tbl, 7, 4000), GenerateClient(tbl, 7, 4000)
	if strings.Join(a, "\n") != strings.Join(b, "\n") {
		t.Fatal("the same seed gives other vectors")
	}
	outcomes := map[string]map[string]bool{}
	for _, v := range a {
		res := conformance.Answer(tbl, v)
		if res == "unknown vector" || strings.Contains(res, "unknown-error") {
			t.Fatalf("spec does not answer %.200s: %s", v, res)
		}
		kind, _, _ := strings.Cut(v, " ")
		f := strings.Fields(res)
		o := f[0]
		if o == "error" {
			o += " " + f[1]
		}
		if outcomes[kind] == nil {
			outcomes[kind] = map[string]bool{}
		}
		outcomes[kind][o] = true
	}
	for _, k := range ClientKinds {
		single := k == "eprt-format" || k == "lprt-format" || k == "feat-parse"
		if len(outcomes[k]) == 0 || !single && len(outcomes[k]) < 2 {
			t.Errorf("%s: outcomes %v", k, outcomes[k])
		}
	}
	t.Logf("outcomes: %v", outcomes)
}
