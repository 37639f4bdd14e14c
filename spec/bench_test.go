package spec_test

import (
	"fmt"
	"testing"

	"github.com/ftpcodes/ftpcodes"
	"github.com/ftpcodes/ftpcodes/internal/bench"
	"github.com/ftpcodes/ftpcodes/spec"
)

// BenchmarkParse parses and validates the shipped table, as every run of
// ftpcodegen does first; it reports the goroutine's CPU time per op
// (bench.StartCPU) beside the wall time.
func BenchmarkParse(b *testing.B) {
	b.SetBytes(int64(len(ftpcodes.Table)))
	b.ReportAllocs()
	stop := bench.StartCPU(b)
	for b.Loop() {
		if _, err := spec.Parse(ftpcodes.TableName, ftpcodes.Table); err != nil {
			b.Fatal(err)
		}
	}
	stop()
}

// BenchmarkParseScaling parses synthetic tables of 100, 300 and 900 codes
// and reports the time per code, which should not grow with the table.
func BenchmarkParseScaling(b *testing.B) {
	for _, n := range []int{100, 300, 900} {
		src := bench.SyntheticTable(n)
		b.Run(fmt.Sprintf("codes=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := spec.Parse("ftpcodes.toml", src); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/code")
		})
	}
}
