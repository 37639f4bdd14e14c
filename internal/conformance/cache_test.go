package conformance

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// TestPruneCache checks what pruneCache keeps: the folders of a checkout
// that is there and their cargo targets, and, for an hour, a folder
// without its checkoutFile and a cargo target of an earlier layout.
func TestPruneCache(t *testing.T) {
	cache, live := t.TempDir(), t.TempDir()
	if err := os.WriteFile(filepath.Join(live, "go.mod"), []byte("module github.com/ftpcodes/ftpcodes\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	gone := filepath.Join(t.TempDir(), "gone")
	const (
		kept      = "src-000000000001" // its checkout is there
		goKept    = "go-000000000001"
		dropped   = "src-000000000002" // its checkout is gone
		goGone    = "go-000000000002"
		newLegacy = "src-000000000003" // no checkoutFile, touched a minute ago
		oldLegacy = "src-000000000004" // no checkoutFile, untouched for two hours
	)
	now := time.Now()
	files := map[string]string{
		kept + "/" + checkoutFile:                          live + "\n",
		goKept + "/" + checkoutFile:                        live + "\n",
		dropped + "/" + checkoutFile:                       gone + "\n",
		goGone + "/" + checkoutFile:                        gone + "\n",
		goGone + "/mod/x@v1/x.go":                          "package x\n",
		newLegacy + "/workspace/x.rs":                      "",
		oldLegacy + "/workspace/x.rs":                      "",
		"cargo-target/" + kept + "-workspace/debug/x":      "",
		"cargo-target/" + dropped + "-workspace/debug/x":   "",
		"cargo-target/" + newLegacy + "-workspace/debug/x": "",
		"cargo-target/" + oldLegacy + "-workspace/debug/x": "",
		"cargo-target/driver-old/debug/x":                  "",
		"cargo-target/driver-new/debug/x":                  "",
		"other/x":                                          "",
	}
	for name, data := range files {
		p := filepath.Join(cache, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A module cache is read-only.
	if err := os.Chmod(filepath.Join(cache, goGone, "mod", "x@v1"), 0o555); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{oldLegacy, "cargo-target/driver-old"} {
		old := now.Add(-2 * time.Hour)
		if err := os.Chtimes(filepath.Join(cache, filepath.FromSlash(name)), old, old); err != nil {
			t.Fatal(err)
		}
	}

	pruneCache(cache, now)

	var got []string
	for _, dir := range []string{cache, filepath.Join(cache, "cargo-target")} {
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			got = append(got, e.Name())
		}
	}
	slices.Sort(got)
	want := []string{"cargo-target", "driver-new", goKept, "other", kept, kept + "-workspace", newLegacy, newLegacy + "-workspace"}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("after pruning, the cache holds\n%q\nwant\n%q", got, want)
	}
}
