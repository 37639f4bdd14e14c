package typescript

import (
	"path/filepath"
	"testing"

	"github.com/ftpcodes/ftpcodes/internal/difftest"
	"github.com/ftpcodes/ftpcodes/internal/toolchain"
	"github.com/ftpcodes/ftpcodes/spec"
)

// TestDiff is the differential test for TypeScript: the cases of
// internal/difftest through testdata/vectors.ts and the module generated
// from the shipped table, compiled by the pinned tsc and run by node,
// compared with spec's answers.
func TestDiff(t *testing.T) {
	tsc := toolchain.NodeBin(t, "tsc")
	node := toolchain.Require(t, "node")
	tbl, err := spec.Default()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	files := toolchain.Generate(t, Target, tbl)
	files["package.json"] = []byte(`{"type":"module"}` + "\n")
	for _, name := range []string{"vectors.ts", "node.d.ts"} {
		files["typescript/"+name] = readFile(t, filepath.Join("testdata", name))
	}
	files["typescript/dispatch.ts"] = dispatch(t, tbl)
	toolchain.WriteFiles(t, dir, files)
	tscRun(t, tsc, dir, append(strict, "--outDir", "js", "--rootDir", "typescript", modulePath,
		"typescript/dispatch.ts", "typescript/vectors.ts", "typescript/node.d.ts")...)
	difftest.Check(t, "typescript", tbl, difftest.Command(dir, node, filepath.Join("js", "vectors.js")))
}
