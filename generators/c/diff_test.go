package c_test

import (
	"path/filepath"
	"testing"

	"github.com/ftpcodes/ftpcodes/generators/c"
	"github.com/ftpcodes/ftpcodes/internal/conformance"
	"github.com/ftpcodes/ftpcodes/internal/difftest"
	"github.com/ftpcodes/ftpcodes/spec"
)

// TestDiff is the differential test for C: the cases of internal/difftest
// through testdata/vectors.c and the header generated from the shipped
// table, compiled as C11 with AddressSanitizer and
// UndefinedBehaviorSanitizer, compared with spec's answers.
func TestDiff(t *testing.T) {
	conformance.Require(t, "gcc")
	src, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	tbl, err := spec.Default()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	conformance.WriteFiles(t, dir, conformance.Generate(t, c.Target, tbl))
	conformance.WriteFiles(t, dir, map[string][]byte{"c/dispatch.h": dispatch(t, tbl)})
	var build vectorBuild
	for _, b := range vectorBuilds() {
		if b.name == "c11-sanitize" {
			build = b
		}
	}
	// Unoptimised: it builds in half the time, and the run is short. The
	// strict warnings at -O2 are TestVectors' to check.
	build.strict = append(build.strict, "-O0")
	exe := compileVectors(t, dir, src, build)
	difftest.Check(t, "c (gcc -fsanitize=address,undefined)", tbl, difftest.Command(filepath.Join(dir, "c"), exe))
}
