//go:build !linux

package bench

// threadCPU has no per-thread clock to read outside Linux.
func threadCPU() (int64, bool) { return 0, false }
