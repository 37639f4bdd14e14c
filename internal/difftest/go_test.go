package difftest

import (
	"errors"
	"strings"
	"testing"

	"github.com/ftpcodes/ftpcodes/internal/conformance"
	"github.com/ftpcodes/ftpcodes/internal/govectors"
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
		res := conformance.Answer(tbl, v)
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

// TestShrink checks the minimising of a disagreement and the search for a
// vector a program crashes on, with a Go output made wrong on purpose: it
// answers wrongly, or fails, for any vector with a CR in its strings.
func TestShrink(t *testing.T) {
	tbl, err := spec.Default()
	if err != nil {
		t.Fatal(err)
	}
	hasCR := func(v string) bool {
		for _, f := range strings.Split(v, " ")[1:] {
			for _, s := range strings.Split(f, ",") {
				if strings.Contains(unhex(s), "\r") {
					return true
				}
			}
		}
		return false
	}
	wrong := func(vs []string) ([]string, string, error) {
		out, _, _ := goRun(vs)
		for i, v := range vs {
			if hasCR(v) {
				out[i] = "wrong"
			}
		}
		return out, "", nil
	}
	for _, c := range []struct{ in, want string }{
		{"parse FileSize " + h("213 12345\r (and more)"), "parse FileSize 0d"},
		{"reply-parse " + h("211-a") + "," + h("b\rc") + "," + h("211 end"), "reply-parse 0d"},
		{"reply-read " + h("211-x\r\n 1\r\n211 y\r\n"), "reply-read 0d"},
		{"format EnteringPassiveMode 31 32 33 34 35 360d", "format EnteringPassiveMode - - - - - 0d"},
	} {
		got, _, res := shrink(tbl, wrong, c.in)
		if got != c.want || res != "wrong" {
			t.Errorf("shrink(%q) = %q (%s), want %q", c.in, got, res, c.want)
		}
	}

	vs := Generate(tbl, 1, 1000)
	vs[737] = "parse FileSize " + h("1\r")
	fails := func(vs []string) ([]string, string, error) {
		for _, v := range vs {
			if hasCR(v) {
				return nil, "boom", errors.New("exit status 1")
			}
		}
		return goRun(vs)
	}
	if i := crashing(fails, vs); i < 0 || !hasCR(vs[i]) {
		t.Errorf("crashing found %d", i)
	}
}

// TestNoCases checks that a run with no cases of a half's kinds (as
// FTPCODES_DIFF_KINDS=parse leaves the client's half) passes without
// running the program: it crashed on an empty run before.
func TestNoCases(t *testing.T) {
	tbl, err := spec.Default()
	if err != nil {
		t.Fatal(err)
	}
	ran := false
	check(t, "none", tbl, func([]string) ([]string, string, error) {
		ran = true
		return nil, "", errors.New("the program ran")
	}, nil, ClientKinds)
	if ran {
		t.Error("the program ran with no cases")
	}
}
