package python_test

import (
	"testing"

	"github.com/ftpcodes/ftpcodes/internal/conformance"
	"github.com/ftpcodes/ftpcodes/internal/difftest"
	"github.com/ftpcodes/ftpcodes/spec"
)

// TestDiff is the differential test for Python: the cases of
// internal/difftest, the client's too, through testdata/vectors.py and the module generated
// from the shipped table, compared with spec's answers.
func TestDiff(t *testing.T) {
	py := conformance.Require(t, "python3")
	tbl, err := spec.Default()
	if err != nil {
		t.Fatal(err)
	}
	dir := writeModule(t, tbl)
	run := difftest.Command(dir, py, "-B", "-W", "error", "vectors.py")
	difftest.Check(t, "python", tbl, run)
	difftest.CheckClient(t, "python", tbl, run)
}
