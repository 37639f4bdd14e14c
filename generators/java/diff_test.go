package java_test

import (
	"slices"
	"testing"

	"github.com/ftpcodes/ftpcodes/internal/conformance"
	"github.com/ftpcodes/ftpcodes/internal/difftest"
	"github.com/ftpcodes/ftpcodes/spec"
)

// TestDiff is the differential test for Java: the cases of
// internal/difftest through testdata/Driver.java and the project generated
// from the shipped table, compared with spec's answers.
func TestDiff(t *testing.T) {
	jvm := conformance.Require(t, "java")
	tbl, err := spec.Default()
	if err != nil {
		t.Fatal(err)
	}
	classes := shippedClasses(t)
	run := difftest.Command(t.TempDir(), jvm, append(slices.Clone(jvmFlags), "-cp", classes, "io.github.ftpcodes.Driver", "vectors")...)
	difftest.Check(t, "java", tbl, run)
	difftest.CheckClient(t, "java", tbl, run)
}
