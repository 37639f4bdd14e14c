package golang

import (
	"testing"

	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/spec"
)

// BenchmarkParseRuntime measures what every run of the generator pays once
// for the runtime: parsing it and renaming in place.
func BenchmarkParseRuntime(b *testing.B) {
	for b.Loop() {
		if _, err := parseRuntime(runtimeSource); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGenerateGo measures one generation of the Go file from the
// shipped table, the runtime loaded already.
func BenchmarkGenerateGo(b *testing.B) {
	tbl, err := spec.Default()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := generate(tbl, generators.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
