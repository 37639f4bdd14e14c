package conformance

import (
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/ftpcodes/ftpcodes/internal/golden"
)

// testCache is the folder under the user's cache directory that holds what
// the tests keep from one run to the next: Rust sources and targets
// (RustDir) and Go modules built by nested go commands (GoDir).
func testCache() string {
	dir, err := os.UserCacheDir()
	if err != nil {
		dir = os.TempDir()
	}
	return filepath.Join(dir, "ftpcodes")
}

// GoDir returns an empty directory for a Go module that a test builds with
// nested go commands, at a path that stays the same from one run to the
// next, one per checkout of the repository and name. The go command's
// build cache keys a package outside GOROOT by its directory too (unless
// -trimpath, which make test does not use: go tool, which the README's
// recipes run, takes no build flags, so a -trimpath build would compile
// the standard library a second time), so packages built in a temporary
// directory are compiled again in every run; here an unchanged package is
// served from the cache. Two test runs of one checkout at the same time
// would share it.
func GoDir(t *testing.T, name string) string {
	t.Helper()
	sum := sha256.Sum256([]byte(golden.Root()))
	dir := filepath.Join(testCache(), "go-"+hex.EncodeToString(sum[:6]), name)
	// A module cache in it (GOMODCACHE) is read-only unless -modcacherw.
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() {
			os.Chmod(p, 0o755)
		}
		return nil
	})
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}
