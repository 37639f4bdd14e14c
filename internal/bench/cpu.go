package bench

import (
	"runtime"
	"testing"
)

// CPUUnit is the unit of the metric StartCPU reports: the benchmark
// goroutine's CPU time per op, in nanoseconds.
const CPUUnit = "cpu-ns/op"

// StartCPU starts measuring the CPU time of the calling benchmark
// goroutine, pinned to its thread; the function it returns, called after
// the b.Loop loop, reports that time per op as CPUUnit beside ns/op. On a
// machine shared with other work the wall time (ns/op) also counts the
// time the benchmark waited for a CPU; its own CPU time does not. Where
// the system has no per-thread clock, nothing is reported.
func StartCPU(b *testing.B) (stop func()) {
	runtime.LockOSThread()
	t0, ok := threadCPU()
	return func() {
		t1, ok1 := threadCPU()
		runtime.UnlockOSThread()
		if ok && ok1 && b.N > 0 {
			b.ReportMetric(float64(t1-t0)/float64(b.N), CPUUnit)
		}
	}
}
