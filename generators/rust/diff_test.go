package rust_test

import (
	"testing"

	"github.com/ftpcodes/ftpcodes/internal/difftest"
	"github.com/ftpcodes/ftpcodes/spec"
)

// TestDiff is the differential test for Rust: the cases of
// internal/difftest (Check's and CheckClient's) through testdata/driver.rs and the crate generated
// from the shipped table, in the driver of the package's workspace,
// compared with spec's answers.
func TestDiff(t *testing.T) {
	tbl, err := spec.Default()
	if err != nil {
		t.Fatal(err)
	}
	w, _ := workspace(t)
	run := difftest.Command(t.TempDir(), w.Driver, "shipped", "vectors")
	difftest.Check(t, "rust", tbl, run)
	difftest.CheckClient(t, "rust", tbl, run)
}
