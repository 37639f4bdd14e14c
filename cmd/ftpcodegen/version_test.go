package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/ftpcodes/ftpcodes/internal/conformance"
)

func TestVersionOf(t *testing.T) {
	const path = "github.com/ftpcodes/ftpcodes/cmd/ftpcodegen"
	mod := func(v string) debug.Module { return debug.Module{Path: "github.com/ftpcodes/ftpcodes", Version: v} }
	for _, tc := range []struct {
		name string
		bi   debug.BuildInfo
		want string
	}{
		{"go install @version", debug.BuildInfo{Path: path, Main: mod("v0.1.0")}, "v0.1.0"},
		{"go tool, required", debug.BuildInfo{
			Path: path, Main: debug.Module{Path: "example.com/client", Version: "(devel)"},
			Deps:     []*debug.Module{{Path: "github.com/dave/jennifer", Version: "v1.7.1"}, {Path: "github.com/ftpcodes/ftpcodes", Version: "v0.1.0"}},
			Settings: []debug.BuildSetting{{Key: "vcs", Value: "git"}, {Key: "vcs.revision", Value: "feed"}},
		}, "v0.1.0"},
		{"go tool, replaced", debug.BuildInfo{
			Path: path, Main: debug.Module{Path: "example.com/client", Version: "(devel)"},
			Deps: []*debug.Module{{Path: "github.com/ftpcodes/ftpcodes", Version: "v0.0.0", Replace: &debug.Module{Path: "../ftpcodes"}}},
		}, "v0.0.0 (replaced by ../ftpcodes)"},
		{"go build in a checkout", debug.BuildInfo{Path: path, Main: mod("v0.0.0-20261204162008-a1ce8edf850b+dirty"), Settings: []debug.BuildSetting{
			{Key: "vcs", Value: "git"}, {Key: "vcs.revision", Value: "a1ce8edf850b64f1db4ea9e17092a970b069f7a9"},
			{Key: "vcs.time", Value: "2026-12-04T16:20:08Z"}, {Key: "vcs.modified", Value: "true"},
		}}, "v0.0.0-20261204162008-a1ce8edf850b+dirty (git a1ce8edf850b64f1db4ea9e17092a970b069f7a9 2026-12-04T16:20:08Z, modified)"},
		{"go run in a checkout", debug.BuildInfo{Path: path, Main: mod("(devel)")}, "(devel): built from a checkout without version control information (go run records none; go build or go install does)"},
	} {
		if got := versionOf(&tc.bi); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestVersionFromCheckout builds ftpcodegen in a repository made of this
// tree's files, committed (go build records version control information
// only in a repository of its own, not in a linked work tree) and runs
// -version: the revision, then, after a change to the tree, a modified
// flag; and go run, which records none.
func TestVersionFromCheckout(t *testing.T) {
	if testing.Short() {
		t.Skip("makes a repository and builds ftpcodegen; skipped with -short")
	}
	t.Parallel() // mostly waits for the go command
	clone := filepath.Join(conformance.GoDir(t, "version"), "ftpcodes")
	conformance.WriteFiles(t, clone, tree(t))
	git := func(args ...string) string {
		t.Helper()
		cmd := exec.Command("git", args...)
		cmd.Dir = clone
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return strings.TrimSpace(string(out))
	}
	git("init", "-q")
	git("add", "-A")
	git("commit", "-q", "-m", "the tree under test")
	rev := git("rev-parse", "HEAD")
	bin := filepath.Join(t.TempDir(), "ftpcodegen")
	run := func(args ...string) string {
		t.Helper()
		cmd := exec.Command("go", args...)
		cmd.Dir = clone
		// -buildvcs=auto is the go command's default.
		cmd.Env = append(os.Environ(), "GOFLAGS=-buildvcs=auto")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return string(out)
	}
	version := func() string {
		t.Helper()
		run("build", "-o", bin, "./cmd/ftpcodegen")
		out, err := exec.Command(bin, "-version").Output()
		if err != nil {
			t.Fatal(err)
		}
		return strings.TrimSpace(string(out))
	}
	got := version()
	if !strings.HasPrefix(got, "ftpcodegen v") || !strings.Contains(got, "(git "+rev+" ") || strings.Contains(got, "modified") {
		t.Errorf("-version of a clean checkout: %q; want the version, revision %s and no modified flag", got, rev)
	}
	if err := os.WriteFile(filepath.Join(clone, "NOTES"), []byte("a change\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := version(); !strings.Contains(got, "(git "+rev+" ") || !strings.HasSuffix(got, ", modified)") || !strings.Contains(got, "+dirty") {
		t.Errorf("-version of a modified checkout: %q; want revision %s and the modified flag", got, rev)
	}
	if got := run("run", "./cmd/ftpcodegen", "-version"); !strings.HasPrefix(got, "ftpcodegen (devel): built from a checkout without version control information") {
		t.Errorf("go run ./cmd/ftpcodegen -version: %q", got)
	}
}
