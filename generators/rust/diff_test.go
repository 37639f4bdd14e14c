package rust_test

import (
	"testing"

	"github.com/ftpcodes/ftpcodes/generators/rust"
	"github.com/ftpcodes/ftpcodes/internal/conformance"
	"github.com/ftpcodes/ftpcodes/internal/difftest"
	"github.com/ftpcodes/ftpcodes/internal/quote"
	"github.com/ftpcodes/ftpcodes/spec"
)

// TestDiff is the differential test for Rust: the cases of
// internal/difftest (Check's and CheckClient's) through testdata/driver.rs and the crate generated
// from the shipped table, built by cargo, compared with spec's answers.
func TestDiff(t *testing.T) {
	tbl, err := spec.Default()
	if err != nil {
		t.Fatal(err)
	}
	driver := conformance.RustDriver(t, tbl, conformance.Generate(t, rust.Target, tbl), quote.RustIdent)
	run := difftest.Command(t.TempDir(), driver[0], driver[1:]...)
	difftest.Check(t, "rust", tbl, run)
	difftest.CheckClient(t, "rust", tbl, run)
}
