// Package golden runs golden-file tests over txtar archives under the
// repository's golden/ directory: one archive per case, holding a comment
// that says what the case tests, its input files and its expected outputs.
//
// Every test package of the module imports this package, directly or through
// a blank import, because it defines the -update flag: `go test ./... -update`
// rewrites the expected outputs, and a reviewer reads the diff.
// TestEveryTestDefinesUpdate finds a test binary that would refuse the flag.
package golden

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the expected outputs in golden/ instead of comparing with them")

// Updating reports whether -update was given.
func Updating() bool { return *update }

// Dir returns the absolute path of the repository's golden/ directory.
func Dir() string { return filepath.Join(Root(), "golden") }

// Root returns the absolute path of the repository root: the nearest
// directory, from the working directory up, whose go.mod declares this
// module (go test runs each package's tests in its own directory). It is
// found from the working directory, not from this file's compiled path,
// so that it holds under -trimpath too.
func Root() string { return root() }

var root = sync.OnceValue(func() string {
	dir, err := os.Getwd()
	if err != nil {
		panic("golden: " + err.Error())
	}
	for d := dir; ; d = filepath.Dir(d) {
		if mod, err := os.ReadFile(filepath.Join(d, "go.mod")); err == nil && modulePath(mod) == module {
			return d
		}
		if filepath.Dir(d) == d {
			panic("golden: no go.mod of " + module + " in " + dir + " or above it")
		}
	}
})

// module is this repository's module path.
const module = "github.com/ftpcodes/ftpcodes"

// modulePath returns the path a go.mod's module directive declares.
func modulePath(mod []byte) string {
	for _, line := range strings.Split(string(mod), "\n") {
		if f := strings.Fields(line); len(f) == 2 && f[0] == "module" {
			return strings.Trim(f[1], `"`)
		}
	}
	return ""
}

// Case is one golden archive.
type Case struct {
	Name    string // file name without .txtar
	Path    string
	Archive *txtar.Archive
	Inputs  int // how many leading files are inputs; the rest are expected outputs
}

// Input returns the named input file.
func (c *Case) Input(t testing.TB, name string) []byte {
	t.Helper()
	for _, f := range c.Archive.Files[:c.Inputs] {
		if f.Name == name {
			return f.Data
		}
	}
	t.Fatalf("%s: no input file %q", c.Path, name)
	return nil
}

// Cases reads every archive in golden/<sub>. Each must start with the named
// input files, in that order.
func Cases(t testing.TB, sub string, inputs ...string) []*Case {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(Dir(), sub, "*.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Fatalf("no golden archives in %s", filepath.Join(Dir(), sub))
	}
	var cases []*Case
	for _, p := range paths {
		ar, err := txtar.ParseFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if len(bytes.TrimSpace(ar.Comment)) == 0 {
			t.Errorf("%s: the archive needs a comment saying what the case tests", p)
		}
		if len(ar.Files) < len(inputs) {
			t.Fatalf("%s: want input files %v first", p, inputs)
		}
		for i, name := range inputs {
			if ar.Files[i].Name != name {
				t.Fatalf("%s: file %d is %q, want input %q", p, i, ar.Files[i].Name, name)
			}
		}
		cases = append(cases, &Case{
			Name:    strings.TrimSuffix(filepath.Base(p), ".txtar"),
			Path:    p,
			Archive: ar,
			Inputs:  len(inputs),
		})
	}
	return cases
}

// BadTables returns the input table of every golden/spec case: the tables
// spec must refuse, each with its exact errors. Every fuzz target adds them
// to its seeds, in whatever argument takes text, so that go test replays
// them.
func BadTables(t testing.TB) []string {
	t.Helper()
	var out []string
	for _, c := range Cases(t, "spec", "ftpcodes.toml") {
		out = append(out, string(c.Input(t, "ftpcodes.toml")))
	}
	return out
}

// Check compares got with the case's expected outputs: the same files, in
// the same order, with the same bytes. With -update it rewrites them instead.
func (c *Case) Check(t testing.TB, got []txtar.File) {
	t.Helper()
	if *update {
		ar := &txtar.Archive{Comment: c.Archive.Comment, Files: append(append([]txtar.File(nil), c.Archive.Files[:c.Inputs]...), got...)}
		if err := os.WriteFile(c.Path, txtar.Format(ar), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want := c.Archive.Files[c.Inputs:]
	for i := 0; i < len(want) || i < len(got); i++ {
		switch {
		case i >= len(got):
			t.Errorf("%s: expected output %q was not produced", c.Path, want[i].Name)
		case i >= len(want):
			t.Errorf("%s: output %q is not in the golden file (run go test -update and review the diff)", c.Path, got[i].Name)
		case want[i].Name != got[i].Name:
			t.Errorf("%s: output %d is %q, golden file has %q", c.Path, i, got[i].Name, want[i].Name)
		case !bytes.Equal(want[i].Data, got[i].Data):
			t.Errorf("%s: %s differs from the golden file (run go test -update and review the diff):\n%s", c.Path, got[i].Name, Diff(want[i].Data, got[i].Data))
		}
	}
}

// Diff describes the first difference between want and got, with context.
func Diff(want, got []byte) string {
	w := strings.Split(string(want), "\n")
	g := strings.Split(string(got), "\n")
	i := 0
	for i < len(w) && i < len(g) && w[i] == g[i] {
		i++
	}
	var b strings.Builder
	for j := max(0, i-3); j < i; j++ {
		fmt.Fprintf(&b, "  %4d   %s\n", j+1, w[j])
	}
	for j := i; j < min(len(w), i+4); j++ {
		fmt.Fprintf(&b, "- %4d   %s\n", j+1, w[j])
	}
	for j := i; j < min(len(g), i+4); j++ {
		fmt.Fprintf(&b, "+ %4d   %s\n", j+1, g[j])
	}
	return b.String()
}
