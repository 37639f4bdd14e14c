package all_test

import (
	"errors"
	"fmt"
	"strings"
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
		b, err := tg.Generate(tbl, generators.Options{})
		if err != nil {
			t.Fatalf("%s: the second run: %v", tg.Name, err)
		}
		if len(a) == 0 {
			t.Errorf("%s: no files", tg.Name)
		}
		if fmt.Sprint(a) != fmt.Sprint(b) {
			t.Errorf("%s: two runs differ", tg.Name)
		}
	}
}

// TestHostileSource gives every target a table whose Source is a name that
// spec.CheckSource refuses, as a caller building or changing a Table could
// (issue 11, point 7: a newline in it made the Python header's next line
// code). Every target must refuse it before rendering, with spec's message.
func TestHostileSource(t *testing.T) {
	for _, name := range []string{"dir/evil\nimport os.toml", "evil\nimport os.toml", "a*/b.toml", "x\u2028y.toml", "café.toml", ".hidden.toml", "-rf.toml", ""} {
		want := spec.CheckSource(name)
		if want == nil {
			t.Fatalf("spec.CheckSource(%q) accepts it", name)
		}
		for _, tg := range all.Targets() {
			tbl, err := spec.Default()
			if err != nil {
				t.Fatal(err)
			}
			tbl.Source = name
			files, err := tg.Generate(tbl, generators.Options{})
			if err == nil || !strings.Contains(err.Error(), want.Error()) || files != nil {
				t.Errorf("%s, Source %q: %d files, error %v; want no file and %q", tg.Name, name, len(files), err, want)
			}
		}
	}
}

// TestPackageRule checks the one rule for the Go package name.
func TestPackageRule(t *testing.T) {
	for name, want := range map[string]string{"": generators.DefaultPackage, "replies": "replies", "ftp_v2": "ftp_v2", "Ftp": "Ftp"} {
		if got, err := (generators.Options{Package: name}).GoPackage(); got != want || err != nil {
			t.Errorf("GoPackage(%q) = %q, %v; want %q", name, got, err, want)
		}
	}
	for _, name := range []string{"main", "_", "func", "1st", "ftp-codes", "two words", "café", "a\nb", "x/y"} {
		if got, err := (generators.Options{Package: name}).GoPackage(); err == nil {
			t.Errorf("GoPackage(%q) = %q; want an error", name, got)
		}
	}
}

// FuzzGenerate feeds mutated tables through spec and every target: a table
// spec accepts must never make a generator panic, and what a generator
// refuses it refuses with an error that names the target, or with its
// Check's positioned errors.
func FuzzGenerate(f *testing.F) {
	for _, c := range golden.Cases(f, "gen", "ftpcodes.toml") {
		f.Add(c.Input(f, "ftpcodes.toml"))
	}
	for _, s := range golden.BadTables(f) {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		tbl, err := spec.Parse("fuzz.toml", src)
		if err != nil {
			return
		}
		for _, tg := range all.Targets() {
			files, err := tg.Generate(tbl, generators.Options{})
			if err != nil {
				var es spec.Errors
				switch {
				case errors.As(err, &es):
					if tg.Check == nil || err.Error() != tg.Check(tbl).Error() {
						t.Fatalf("%s: positioned errors %q that are not its Check's", tg.Name, err)
					}
				case !strings.HasPrefix(err.Error(), tg.Name+": "):
					t.Fatalf("%s: error %q does not name the target", tg.Name, err)
				}
				continue
			}
			if len(files) == 0 {
				t.Fatalf("%s: no file and no error", tg.Name)
			}
		}
	})
}
