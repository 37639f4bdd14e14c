package ftpcodes_test

// Hand-written, not generated: lookup speed of the generated package
// against the tables Go programmers already know. Run by make bench, which
// compares the goroutine's CPU time per lookup (cpu-ns/op, bench.StartCPU)
// as well as the wall time.

import (
	"net/http"
	"testing"

	"github.com/ftpcodes/ftpcodes/internal/bench"
	"github.com/ftpcodes/ftpcodes/out/go/ftpcodes"
)

var sink int

// textMap is the table hand-written FTP libraries keep: a map from code to
// text, here with the generated texts.
var textMap = func() map[int]string {
	m := map[int]string{}
	for r := range ftpcodes.All() {
		m[int(r.Code)] = r.Text
	}
	return m
}()

// classMap is the same kind of table for classes: known codes only.
var classMap = func() map[int]ftpcodes.Class {
	m := map[int]ftpcodes.Class{}
	for r := range ftpcodes.All() {
		m[int(r.Code)] = r.Code.Class()
	}
	return m
}()

// BenchmarkText looks up the text of each code of a realistic stream of
// FTP replies (bench.Mix: mostly known codes, some unknown) with the
// generated Text, with net/http.StatusText on the same stream and on an
// HTTP stream of its own (bench.HTTPMix), and with a map[int]string. One
// op is one lookup.
func BenchmarkText(b *testing.B) {
	mix, httpMix := bench.Mix(), bench.HTTPMix()
	const mask = bench.MixLen - 1
	b.Run("mix=ftp/impl=ftpcodes.Text", func(b *testing.B) {
		n := 0
		stop := bench.StartCPU(b)
		for i := 0; b.Loop(); i++ {
			n += len(ftpcodes.Text(mix[i&mask]))
		}
		stop()
		sink = n
	})
	b.Run("mix=ftp/impl=http.StatusText", func(b *testing.B) {
		n := 0
		stop := bench.StartCPU(b)
		for i := 0; b.Loop(); i++ {
			n += len(http.StatusText(mix[i&mask]))
		}
		stop()
		sink = n
	})
	b.Run("mix=http/impl=http.StatusText", func(b *testing.B) {
		n := 0
		stop := bench.StartCPU(b)
		for i := 0; b.Loop(); i++ {
			n += len(http.StatusText(httpMix[i&mask]))
		}
		stop()
		sink = n
	})
	b.Run("mix=ftp/impl=map", func(b *testing.B) {
		n := 0
		stop := bench.StartCPU(b)
		for i := 0; b.Loop(); i++ {
			n += len(textMap[mix[i&mask]])
		}
		stop()
		sink = n
	})
}

// BenchmarkClass finds the class of each code of the same stream with the
// generated Code.Class, with the arithmetic a caller would write inline
// (the floor), and with a map of the known codes' classes.
func BenchmarkClass(b *testing.B) {
	mix := bench.Mix()
	const mask = bench.MixLen - 1
	b.Run("impl=ftpcodes.Code.Class", func(b *testing.B) {
		n := 0
		stop := bench.StartCPU(b)
		for i := 0; b.Loop(); i++ {
			n += int(ftpcodes.Code(mix[i&mask]).Class())
		}
		stop()
		sink = n
	})
	b.Run("impl=inline", func(b *testing.B) {
		n := 0
		stop := bench.StartCPU(b)
		for i := 0; b.Loop(); i++ {
			if c := mix[i&mask]; c >= 100 && c <= 999 {
				n += c / 100
			}
		}
		stop()
		sink = n
	})
	b.Run("impl=map", func(b *testing.B) {
		n := 0
		stop := bench.StartCPU(b)
		for i := 0; b.Loop(); i++ {
			n += int(classMap[mix[i&mask]])
		}
		stop()
		sink = n
	})
}
