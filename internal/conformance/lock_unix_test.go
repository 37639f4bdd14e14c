//go:build unix

package conformance

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestLockDir checks that lockDir's lock is held while the test that took
// it runs, as another process would see it, and released when it ends.
func TestLockDir(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "go-readme")
	try := func() error {
		f, err := os.OpenFile(dir+".lock", os.O_RDWR|os.O_CREATE, 0o644)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		return syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	}
	t.Run("held", func(t *testing.T) {
		lockDir(t, dir)
		if err := try(); !errors.Is(err, syscall.EWOULDBLOCK) {
			t.Errorf("a second lock while the test runs: %v, want %v", err, syscall.EWOULDBLOCK)
		}
	})
	if err := try(); err != nil {
		t.Errorf("a second lock after the test ended: %v", err)
	}
}
