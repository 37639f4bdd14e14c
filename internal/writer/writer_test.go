package writer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	_ "github.com/ftpcodes/ftpcodes/internal/golden" // defines -update for go test ./... -update
)

func TestWriteSkipsUnchanged(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a", "x.txt")
	b := filepath.Join(dir, "b.txt")
	files := []File{{a, []byte("one\n")}, {b, []byte("two\n")}}
	changed, err := Write(files)
	if err != nil || len(changed) != 2 {
		t.Fatalf("first write: %v, changed %v", err, changed)
	}
	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(a, old, old); err != nil {
		t.Fatal(err)
	}
	files[1].Data = []byte("TWO\n")
	changed, err = Write(files)
	if err != nil || len(changed) != 1 || changed[0] != b {
		t.Fatalf("second write: %v, changed %v; want only %s", err, changed, b)
	}
	if st, _ := os.Stat(a); !st.ModTime().Equal(old) {
		t.Errorf("unchanged file was rewritten (mtime moved)")
	}
	if got, _ := os.ReadFile(b); string(got) != "TWO\n" {
		t.Errorf("b.txt = %q", got)
	}
	if st, _ := os.Stat(b); st.Mode().Perm() != 0o644&^umask(t) {
		t.Errorf("mode %v, want 0644 less umask", st.Mode().Perm())
	}
	assertNoTemps(t, dir)
}

// TestWriteAllOrNothing makes one file impossible to write and checks that
// no other file changed and no temporary file is left behind.
func TestWriteAllOrNothing(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(good, []byte("old\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	blocker := filepath.Join(dir, "blocker")
	if err := os.WriteFile(blocker, []byte("a file where a directory should be\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Write([]File{{good, []byte("new\n")}, {filepath.Join(blocker, "z.txt"), []byte("z\n")}})
	if err == nil {
		t.Fatal("Write succeeded; want an error")
	}
	if got, _ := os.ReadFile(good); string(got) != "old\n" {
		t.Errorf("good.txt was changed to %q despite the failure", got)
	}
	assertNoTemps(t, dir)
}

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	same := filepath.Join(dir, "same.go")
	differs := filepath.Join(dir, "differs.go")
	missing := filepath.Join(dir, "missing.go")
	extra := filepath.Join(dir, "extra.go")
	handwritten := filepath.Join(dir, "handwritten.go")
	write := func(p, s string) {
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(same, "// "+Marker+" from x. DO NOT EDIT.\nsame\n")
	write(differs, "// "+Marker+" from x. DO NOT EDIT.\nold\n")
	write(extra, "// "+Marker+" from x. DO NOT EDIT.\ngone\n")
	write(handwritten, "package x\n")
	problems, err := Check([]File{
		{same, []byte("// " + Marker + " from x. DO NOT EDIT.\nsame\n")},
		{differs, []byte("// " + Marker + " from x. DO NOT EDIT.\nnew\n")},
		{missing, []byte("x\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range problems {
		got = append(got, filepath.Base(p.Path)+": "+p.Reason)
	}
	want := "differs.go: differs|missing.go: missing|extra.go: not generated any more"
	if strings.Join(got, "|") != want {
		t.Errorf("problems = %q, want %q", strings.Join(got, "|"), want)
	}
	if d := problems[0].Diff; !strings.Contains(d, "- old") || !strings.Contains(d, "+ new") {
		t.Errorf("diff does not show the change:\n%s", d)
	}
}

func assertNoTemps(t *testing.T, dir string) {
	t.Helper()
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".tmp") {
			t.Errorf("temporary file left behind: %s", p)
		}
		return nil
	})
}

func umask(t *testing.T) os.FileMode {
	p := filepath.Join(t.TempDir(), "probe")
	f, err := os.OpenFile(p, os.O_CREATE|os.O_WRONLY, 0o777)
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	st, _ := os.Stat(p)
	return 0o777 &^ st.Mode().Perm()
}
