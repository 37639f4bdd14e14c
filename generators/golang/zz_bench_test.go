package golang

import (
	"testing"

	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/spec"
)

func BenchmarkParseRuntime(b *testing.B) {
	for b.Loop() {
		if _, err := parseRuntime(runtimeSource); err != nil {
			b.Fatal(err)
		}
	}
}

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
