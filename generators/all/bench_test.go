package all_test

import (
	"fmt"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/ftpcodes/ftpcodes"
	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/generators/all"
	"github.com/ftpcodes/ftpcodes/internal/bench"
	"github.com/ftpcodes/ftpcodes/internal/writer"
	"github.com/ftpcodes/ftpcodes/spec"
)

// BenchmarkGenerate renders each target from the shipped table, already
// parsed. The benchmarks of the shipped table report the goroutine's CPU
// time per op (bench.StartCPU) beside the wall time; the garbage
// collector's own workers are not in it.
func BenchmarkGenerate(b *testing.B) {
	tbl, err := spec.Default()
	if err != nil {
		b.Fatal(err)
	}
	for _, tg := range all.Targets() {
		b.Run(tg.Name, func(b *testing.B) {
			b.ReportAllocs()
			size := 0
			stop := bench.StartCPU(b)
			for b.Loop() {
				files, err := tg.Generate(tbl, generators.Options{})
				if err != nil {
					b.Fatal(err)
				}
				size = 0
				for _, f := range files {
					size += len(f.Data)
				}
			}
			stop()
			b.SetBytes(int64(size))
		})
	}
}

// BenchmarkPipeline is what ftpcodegen does in memory: parse and validate
// the shipped table, then render every target.
func BenchmarkPipeline(b *testing.B) {
	b.ReportAllocs()
	stop := bench.StartCPU(b)
	for b.Loop() {
		pipeline(b, ftpcodes.Table)
	}
	stop()
}

// BenchmarkPipelineWrite adds the writer to BenchmarkPipeline: every
// iteration writes all the files into a new directory, as ftpcodegen does
// on a fresh checkout.
func BenchmarkPipelineWrite(b *testing.B) {
	b.ReportAllocs()
	dir := b.TempDir()
	i := 0
	stop := bench.StartCPU(b)
	for b.Loop() {
		i++
		out := filepath.Join(dir, strconv.Itoa(i))
		var files []writer.File
		for _, f := range pipeline(b, ftpcodes.Table) {
			files = append(files, writer.File{Path: filepath.Join(out, filepath.FromSlash(f.Path)), Data: f.Data})
		}
		if _, err := writer.Write(files, true); err != nil {
			b.Fatal(err)
		}
	}
	stop()
}

// BenchmarkScaling runs the whole in-memory pipeline on synthetic tables
// of 100, 300 and 900 codes and reports the time per code. The 900-code
// table holds every three-digit code the spec accepts (360: classes 1 to 6
// times groups 0 to 5 times ten) and 540 five-digit non-standard codes.
func BenchmarkScaling(b *testing.B) {
	for _, n := range []int{100, 300, 900} {
		src := bench.SyntheticTable(n)
		b.Run(fmt.Sprintf("codes=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				pipeline(b, src)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/code")
		})
	}
}

// BenchmarkGenerateScaling renders each target alone from the synthetic
// tables, to tell which target's cost grows faster than the table.
func BenchmarkGenerateScaling(b *testing.B) {
	for _, tg := range all.Targets() {
		for _, n := range []int{100, 900} {
			tbl, err := spec.Parse("ftpcodes.toml", bench.SyntheticTable(n))
			if err != nil {
				b.Fatal(err)
			}
			b.Run(fmt.Sprintf("%s/codes=%d", tg.Name, n), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if _, err := tg.Generate(tbl, generators.Options{}); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/code")
			})
		}
	}
}

func pipeline(b *testing.B, src []byte) []generators.File {
	tbl, err := spec.Parse("ftpcodes.toml", src)
	if err != nil {
		b.Fatal(err)
	}
	var out []generators.File
	for _, tg := range all.Targets() {
		files, err := tg.Generate(tbl, generators.Options{})
		if err != nil {
			b.Fatalf("%s: %v", tg.Name, err)
		}
		out = append(out, files...)
	}
	return out
}
