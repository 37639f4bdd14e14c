package main

import (
	"math"
	"os"
	"path/filepath"
	"slices"
	"testing"

	_ "github.com/ftpcodes/ftpcodes/internal/golden" // defines -update for go test ./... -update
)

// TestWriteSection checks that -write replaces the one section, from its
// heading to the next level-2 heading, and leaves the rest as it was.
func TestWriteSection(t *testing.T) {
	for _, tc := range []struct{ name, old, want string }{
		{"middle", "# B\n\nintro\n\n## Latest run\n\nold\n\n### sub\n\nold\n\n## Findings\n\nkept\n",
			"# B\n\nintro\n\n## Latest run\n\nnew\n\n## Findings\n\nkept\n"},
		{"last", "# B\n\n## Latest run\n\nold\n", "# B\n\n## Latest run\n\nnew\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			file := filepath.Join(t.TempDir(), "BENCHMARKS.md")
			if err := os.WriteFile(file, []byte(tc.old), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := writeSection(file, "Latest run", []byte("## Latest run\n\nnew\n\n")); err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
	file := filepath.Join(t.TempDir(), "x.md")
	if err := os.WriteFile(file, []byte("# B\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := writeSection(file, "Latest run", []byte("## Latest run\n")); err == nil {
		t.Error("a file without the heading: no error")
	}
}

// TestImportTime reads python -X importtime's lines.
func TestImportTime(t *testing.T) {
	out := []byte("import time: self [us] | cumulative | imported package\n" +
		"import time:       561 |        561 |     enum\n" +
		"import time:     25441 |      42150 | ftpcodes\n")
	self, cum, ok := importTime(out, "ftpcodes")
	if !ok || self != 25441e3 || cum != 42150e3 {
		t.Errorf("importTime = %v, %v, %v", self, cum, ok)
	}
	if _, _, ok := importTime(out, "http"); ok {
		t.Error("importTime found a module that is not there")
	}
	if got := importedModules(out); !slices.Equal(got, []string{"enum", "ftpcodes"}) {
		t.Errorf("importedModules = %q", got)
	}
}

// TestQuote checks the string literals of the hand-written Rust and Java
// tables.
func TestQuote(t *testing.T) {
	s := "Say \"hi\" \\ é 𝄞"
	if got, want := rustString(s), `"Say \"hi\" \\ \u{e9} \u{1d11e}"`; got != want {
		t.Errorf("rustString = %s, want %s", got, want)
	}
	if got, want := javaString(s), `"Say \"hi\" \\ \u00e9 \ud834\udd1e"`; got != want {
		t.Errorf("javaString = %s, want %s", got, want)
	}
}

func TestPairedRatio(t *testing.T) {
	if got := pairedRatio([]float64{2, 6, 30}, []float64{1, 2, 10}); got != 3 {
		t.Errorf("pairedRatio = %v, want 3", got)
	}
	if got := pairedRatio(nil, nil); !math.IsNaN(got) {
		t.Errorf("pairedRatio of nothing = %v, want NaN", got)
	}
}
