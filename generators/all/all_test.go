package all_test

import (
	"fmt"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/generators/all"
	"github.com/ftpcodes/ftpcodes/internal/golden"
	"github.com/ftpcodes/ftpcodes/spec"
)

// TestGolden compares every target's output for each golden/gen case with
// the expected outputs in the archive.
func TestGolden(t *testing.T) {
	for _, c := range golden.Cases(t, "gen", "ftpcodes.toml") {
		t.Run(c.Name, func(t *testing.T) {
			tbl, err := spec.Parse("ftpcodes.toml", c.Input(t, "ftpcodes.toml"))
			if err != nil {
				t.Fatal(err)
			}
			var got []txtar.File
			for _, tg := range all.Targets() {
				files, err := tg.Generate(tbl, generators.Options{})
				if err != nil {
					t.Fatalf("%s: %v", tg.Name, err)
				}
				for _, f := range files {
					got = append(got, txtar.File{Name: f.Path, Data: f.Data})
				}
			}
			c.Check(t, got)
		})
	}
}

// TestDeterministic generates every target twice from the shipped table and
// demands the same bytes.
func TestDeterministic(t *testing.T) {
	tbl, err := spec.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tg := range all.Targets() {
		a, err := tg.Generate(tbl, generators.Options{})
		if err != nil {
			t.Fatal(err)
		}
		b, _ := tg.Generate(tbl, generators.Options{})
		if fmt.Sprint(a) != fmt.Sprint(b) {
			t.Errorf("%s: two runs differ", tg.Name)
		}
	}
}
