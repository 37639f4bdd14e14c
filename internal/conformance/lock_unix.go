//go:build unix

package conformance

import (
	"os"
	"syscall"
	"testing"
)

// lockDir holds an exclusive lock on dir+".lock" until the test and its
// subtests end, so that a second test run of the same checkout that wants
// the same folder (GoDir, RustDir) waits for this one instead of emptying
// or rewriting it underneath.
func lockDir(t *testing.T, dir string) {
	t.Helper()
	f, err := os.OpenFile(dir+".lock", os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() }) // closing the file releases the lock
}
