package difftest

import (
	"strings"
	"testing"

	"github.com/ftpcodes/ftpcodes/internal/conformance"
	"github.com/ftpcodes/ftpcodes/spec"
)

// TestClientVectors runs the client vectors through the Go output, in
// process.
func TestClientVectors(t *testing.T) {
	tbl, err := spec.Default()
	if err != nil {
		t.Fatal(err)
	}
	in, _ := conformance.ClientVectors(tbl)
	got, _, _ := goRun(strings.Split(strings.TrimSuffix(in, "\n"), "\n"))
	conformance.CheckClientVectors(t, "go", "shipped", tbl, strings.Join(got, "\n")+"\n")
}

// TestDiffClient is the differential test of the client's half of the
// wire for Go, in process.
func TestDiffClient(t *testing.T) {
	tbl, err := spec.Default()
	if err != nil {
		t.Fatal(err)
	}
	CheckClient(t, "go", tbl, goRun)
}
