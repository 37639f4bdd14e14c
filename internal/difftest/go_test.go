package difftest

import (
	"strings"
	"testing"

	"github.com/ftpcodes/ftpcodes/internal/govectors"
	"github.com/ftpcodes/ftpcodes/internal/toolchain"
	"github.com/ftpcodes/ftpcodes/spec"
)

// The Go output runs in process: the vectors reach out/go/ftpcodes through
// govectors, its formatters and parsers through dispatch_go_test.go.

// goMeanings holds every templated meaning of the shipped table, by name;
// dispatch_go_test.go fills it in.
var goMeanings map[string]govectors.Meaning

// goAnswer runs one vector through the Go output.
func goAnswer(vector string) string { return govectors.Answer(goMeanings, vector) }

// goRun is the Runner of the Go output.
func goRun(vectors []string) ([]string, string, error) {
	out := make([]string, len(vectors))
	for i, v := range vectors {
		out[i] = goAnswer(v)
	}
	return out, "", nil
}

// TestDiff is the differential test for Go, in process.
func TestDiff(t *testing.T) {
	tbl, err := spec.Default()
	if err != nil {
		t.Fatal(err)
	}
	Check(t, "go", tbl, goRun)
}

// TestGenerate checks that the generator is deterministic, writes only
// vectors spec answers, and reaches every kind spec answers and both
// outcomes of each.
func TestGenerate(t *testing.T) {
	tbl, err := spec.Default()
	if err != nil {
		t.Fatal(err)
	}
	a, b := Generate(tbl, 7, 3000), Generate(tbl, 7, 3000)
	if strings.Join(a, "\n") != strings.Join(b, "\n") {
		t.Fatal("the same seed gives other vectors")
	}
	outcomes := map[string]bool{}
	for _, v := range a {
		res := toolchain.Answer(tbl, v)
		if res == "unknown vector" {
			t.Fatalf("spec does not answer %.200s", v)
		}
		kind, _, _ := strings.Cut(v, " ")
		first, _, _ := strings.Cut(res, " ")
		outcomes[kind+" "+first] = true
	}
	for _, k := range []string{"parse ok", "parse no", "format ok", "format error", "reply-parse ok", "reply-parse error",
		"reply-format ok", "reply-format error", "lookup ok", "lookup no", "expected true", "expected false"} {
		if !outcomes[k] {
			t.Errorf("no vector with outcome %q", k)
		}
	}
}

func TestQuote(t *testing.T) {
	for in, want := range map[string]string{
		"":                                  `""`,
		"a\r\n":                             `"a\r\n"`,
		"x" + strings.Repeat(`"`, 20) + "y": `"x"+strings.Repeat("\"", 20)+"y"`,
		strings.Repeat("é", 10):             `"éééééééééé"`,
		strings.Repeat("\xff", 16):          `strings.Repeat("\xff", 16)`,
	} {
		if got := quote(in); got != want {
			t.Errorf("quote(%q) = %s, want %s", in, got, want)
		}
	}
}
