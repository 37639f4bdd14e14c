package typescript

import (
	"path/filepath"
	"testing"

	"github.com/ftpcodes/ftpcodes/internal/conformance"
	"github.com/ftpcodes/ftpcodes/internal/difftest"
	"github.com/ftpcodes/ftpcodes/spec"
)

// TestDiff is the differential test for TypeScript: the cases of
// internal/difftest through testdata/vectors.ts and the module generated
// from the shipped table, compiled by the pinned tsc and run by node,
// compared with spec's answers.
func TestDiff(t *testing.T) {
	tsc := conformance.NodeBin(t, "tsc")
	node := conformance.Require(t, "node")
	tbl, err := spec.Default()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	files := conformance.Generate(t, Target, tbl)
	files["package.json"] = []byte(`{"type":"module"}` + "\n")
	for _, name := range []string{"vectors.ts", "node.d.ts"} {
		files["typescript/"+name] = readFile(t, filepath.Join("testdata", name))
	}
	files["typescript/dispatch.ts"] = dispatch(t, tbl)
	conformance.WriteFiles(t, dir, files)
	tscRun(t, tsc, dir, append(strict, "--outDir", "js", "--rootDir", "typescript", modulePath,
		"typescript/dispatch.ts", "typescript/vectors.ts", "typescript/node.d.ts")...)
	run := difftest.Command(dir, node, filepath.Join("js", "vectors.js"))
	difftest.Check(t, "typescript", tbl, run)
	difftest.CheckClient(t, "typescript", tbl, run)
}
