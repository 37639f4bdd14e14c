package c_test

import (
	"path/filepath"
	"testing"

	"github.com/ftpcodes/ftpcodes/internal/conformance"
	"github.com/ftpcodes/ftpcodes/internal/difftest"
	"github.com/ftpcodes/ftpcodes/spec"
)

// TestDiff is the differential test for C: the cases of internal/difftest
// (Check's and CheckClient's) through the test program (testdata/driver.c)
// of the header generated from the shipped table, built as C99 with
// AddressSanitizer and UndefinedBehaviorSanitizer (the build TestHeader
// runs too), compared with spec's answers.
func TestDiff(t *testing.T) {
	t.Parallel()
	conformance.Require(t, "gcc")
	tbl, err := spec.Default()
	if err != nil {
		t.Fatal(err)
	}
	exe := testProgram(t, conformance.Named{Name: "shipped", Table: tbl}, sanitized)
	run := difftest.Command(filepath.Dir(exe), exe, "vectors")
	difftest.Check(t, "c (gcc -fsanitize=address,undefined)", tbl, run)
	difftest.CheckClient(t, "c (gcc -fsanitize=address,undefined)", tbl, run)
}
