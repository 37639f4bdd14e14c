package conformance

import (
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ftpcodes/ftpcodes/internal/golden"
)

// testCache is the folder under the user's cache directory that holds what
// the tests keep from one run to the next: Rust sources and targets
// (RustDir) and Go modules built by nested go commands (GoDir).
//
// A checkout's folders in it are named <kind>-<hash>, the hash being the
// first 12 hex digits of the SHA-256 of the checkout's root, and each
// holds a file, checkoutFile, that names the root. The cargo target
// directories, under cargo-target, are named after the folder they build
// (src-<hash>-<name>). pruneCache removes what a checkout that is gone
// left behind.
func testCache() string {
	dir, err := os.UserCacheDir()
	if err != nil {
		dir = os.TempDir()
	}
	return filepath.Join(dir, "ftpcodes")
}

// checkoutFile is the file in a checkout's folder that names its root.
const checkoutFile = "checkout"

var pruneOnce sync.Once

// checkoutDir returns this checkout's folder of the kind ("src", "go") in
// testCache, created, with its checkoutFile; the first call in a test
// binary prunes the cache first.
func checkoutDir(t *testing.T, kind string) string {
	t.Helper()
	cache := testCache()
	pruneOnce.Do(func() { pruneCache(cache, time.Now()) })
	root := golden.Root()
	sum := sha256.Sum256([]byte(root))
	dir := filepath.Join(cache, kind+"-"+hex.EncodeToString(sum[:6]))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, checkoutFile), []byte(root+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

var (
	checkoutFolder = regexp.MustCompile(`^(src|go)-[0-9a-f]{12}$`)
	targetFolder   = regexp.MustCompile(`^(src-[0-9a-f]{12})-`)
)

// pruneCache removes from cache what no checkout will use again, so that
// the folders of fresh clones that are gone do not pile up (a workspace's
// cargo target takes hundreds of megabytes):
//   - a checkout's folder whose checkoutFile names a root without a
//     go.mod, and the cargo targets built from it;
//   - a folder of a checkout's kind without its checkoutFile (left by an
//     earlier version of these tests), and a cargo target of another name
//     (an earlier layout), once untouched for an hour, so that a folder
//     that a test of another checkout is creating at this moment stays.
//
// It reports nothing: what it cannot remove, a later run tries again.
func pruneCache(cache string, now time.Time) {
	stale := func(p string) bool {
		info, err := os.Stat(p)
		return err == nil && now.Sub(info.ModTime()) > time.Hour
	}
	entries, _ := os.ReadDir(cache)
	for _, e := range entries {
		if !e.IsDir() || !checkoutFolder.MatchString(e.Name()) {
			continue
		}
		dir := filepath.Join(cache, e.Name())
		root, err := os.ReadFile(filepath.Join(dir, checkoutFile))
		switch {
		case err == nil && len(root) > 0:
			if _, err := os.Stat(filepath.Join(strings.TrimSuffix(string(root), "\n"), "go.mod")); os.IsNotExist(err) {
				removeAll(dir)
			}
		case os.IsNotExist(err) && stale(dir):
			removeAll(dir)
		}
	}
	targets := filepath.Join(cache, "cargo-target")
	entries, _ = os.ReadDir(targets)
	for _, e := range entries {
		p := filepath.Join(targets, e.Name())
		if m := targetFolder.FindStringSubmatch(e.Name()); m != nil {
			if _, err := os.Stat(filepath.Join(cache, m[1])); os.IsNotExist(err) {
				removeAll(p)
			}
		} else if stale(p) {
			removeAll(p)
		}
	}
}

// removeAll removes dir as os.RemoveAll does, after making its folders
// writable: a Go module cache (GOMODCACHE) is read-only unless -modcacherw.
func removeAll(dir string) error {
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() {
			os.Chmod(p, 0o755)
		}
		return nil
	})
	return os.RemoveAll(dir)
}

// GoDir returns an empty directory for a Go module that a test builds with
// nested go commands, at a path that stays the same from one run to the
// next, one per checkout of the repository and name. The go command's
// build cache keys a package outside GOROOT by its directory too (unless
// -trimpath, which make test does not use: go tool, which the README's
// recipes run, takes no build flags, so a -trimpath build would compile
// the standard library a second time), so packages built in a temporary
// directory are compiled again in every run; here an unchanged package is
// served from the cache. A second test run of the checkout that wants the
// same directory waits until this test has ended (lockDir).
func GoDir(t *testing.T, name string) string {
	t.Helper()
	dir := filepath.Join(checkoutDir(t, "go"), name)
	lockDir(t, dir)
	if err := removeAll(dir); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}
