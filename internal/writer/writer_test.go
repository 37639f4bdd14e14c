package writer

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
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
	report, err := Write(files, false)
	if err != nil || fmt.Sprint(report) != fmt.Sprintf("[wrote %s wrote %s]", a, b) {
		t.Fatalf("first write: %v, report %v", err, report)
	}
	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(a, old, old); err != nil {
		t.Fatal(err)
	}
	files[1].Data = []byte("TWO\n")
	report, err = Write(files, false)
	if err != nil || fmt.Sprint(report) != fmt.Sprintf("[unchanged %s wrote %s]", a, b) {
		t.Fatalf("second write: %v, report %v; want only %s written", err, report, b)
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
	_, err := Write([]File{{good, []byte("new\n")}, {filepath.Join(blocker, "z.txt"), []byte("z\n")}}, true)
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
	files := []File{
		{same, []byte("// " + Marker + " from x. DO NOT EDIT.\nsame\n")},
		{differs, []byte("// " + Marker + " from x. DO NOT EDIT.\nnew\n")},
		{missing, []byte("x\n")},
	}
	problems, err := Check(files, true)
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
	if d := problems[0].Diff; !strings.Contains(d, "\n-old\n+new") {
		t.Errorf("diff does not show the change:\n%s", d)
	}

	// Without prune the directory is not the generator's: extra.go stays
	// unmentioned.
	if problems, err := Check(files, false); err != nil || len(problems) != 2 {
		t.Errorf("Check without prune: %v, %v; want differs and missing only", err, problems)
	}

	// Write with prune removes extra.go, and reports it; never handwritten.go.
	report, err := Write(files, true)
	if err != nil {
		t.Fatal(err)
	}
	want = fmt.Sprintf("[wrote %s removed %s wrote %s unchanged %s]", differs, extra, missing, same)
	if fmt.Sprint(report) != want {
		t.Errorf("Write report = %v\nwant %s", report, want)
	}
	if _, err := os.Stat(extra); !os.IsNotExist(err) {
		t.Errorf("extra.go is still there: %v", err)
	}
	if _, err := os.Stat(handwritten); err != nil {
		t.Errorf("handwritten.go: %v", err)
	}
}

// numbered returns lines "line 1" to "line n", each ending in a newline.
func numbered(n int) []string {
	lines := make([]string, n)
	for i := range lines {
		lines[i] = fmt.Sprintf("line %d\n", i+1)
	}
	return lines
}

// TestDiffInsertion inserts a line between two: the lines around it are
// context, never shown as removed and added again (the old short diff
// showed every line after the first difference as changed).
func TestDiffInsertion(t *testing.T) {
	old := numbered(10)
	new := slices.Insert(slices.Clone(old), 5, "inserted\n")
	got := Diff("f.txt", []byte(strings.Join(old, "")), []byte(strings.Join(new, "")))
	want := "--- f.txt\t(on disk)\n+++ f.txt\t(generated)" + `
@@ -3,6 +3,7 @@
 line 3
 line 4
 line 5
+inserted
 line 6
 line 7
 line 8`
	if got != want {
		t.Errorf("Diff:\n%s\nwant:\n%s", got, want)
	}
}

// TestDiffEveryPlace changes three places far apart: all three are shown.
func TestDiffEveryPlace(t *testing.T) {
	old := numbered(100)
	new := slices.Clone(old)
	for _, i := range []int{9, 49, 89} {
		new[i] = "changed\n"
	}
	got := Diff("f.txt", []byte(strings.Join(old, "")), []byte(strings.Join(new, "")))
	for _, h := range []string{"@@ -7,7 +7,7 @@", "@@ -47,7 +47,7 @@", "@@ -87,7 +87,7 @@"} {
		if !strings.Contains(got, "\n"+h+"\n") {
			t.Errorf("Diff lacks hunk %s:\n%s", h, got)
		}
	}
	for _, l := range []string{"line 10", "line 50", "line 90"} {
		if !strings.Contains(got, "\n-"+l+"\n+changed\n") {
			t.Errorf("Diff does not show %q replaced:\n%s", l, got)
		}
	}
	if strings.Count(got, "\n-") != 3 || strings.Count(got, "\n+") != 3+1 { // +1: the +++ line
		t.Errorf("Diff marks more lines as changed than the three:\n%s", got)
	}
	if strings.Contains(got, "not shown") {
		t.Errorf("Diff says something was not shown:\n%s", got)
	}

	// patch takes the diff as it is.
	patch, err := exec.LookPath("patch")
	if err != nil {
		t.Skip("no patch command to apply the diff with")
	}
	f := filepath.Join(t.TempDir(), "f.txt")
	if err := os.WriteFile(f, []byte(strings.Join(old, "")), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(patch, "-s", f)
	cmd.Stdin = strings.NewReader(got + "\n")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("patch: %v\n%s", err, out)
	}
	if data, _ := os.ReadFile(f); string(data) != strings.Join(new, "") {
		t.Errorf("patch applied the diff, but the file is not the new one")
	}
}

// TestDiffCapped changes more places than a diff shows: the shown ones
// are followed by a count of the rest.
func TestDiffCapped(t *testing.T) {
	old := numbered(1000)
	new := slices.Clone(old)
	for i := 10; i < 1000; i += 50 { // 20 places
		new[i] = "changed\n"
	}
	got := Diff("f.txt", []byte(strings.Join(old, "")), []byte(strings.Join(new, "")))
	if n := strings.Count(got, "\n@@ "); n != maxHunks {
		t.Errorf("%d hunks shown, want %d", n, maxHunks)
	}
	if want := fmt.Sprintf("\n... %d of 20 changed places shown; %d more lines of diff not shown", maxHunks, (20-maxHunks)*8); !strings.HasSuffix(got, want) {
		t.Errorf("Diff does not end in %q:\n%s", want, got)
	}

	// One change longer than maxLines: its beginning, then the count.
	got = Diff("f.txt", []byte(strings.Join(old, "")), []byte("other\n"))
	if !strings.HasPrefix(got, "--- f.txt\t(on disk)\n+++ f.txt\t(generated)\n@@ -1,1000 +1,1 @@\n-line 1\n") {
		t.Errorf("Diff of a replaced file starts:\n%.200s", got)
	}
	if want := fmt.Sprintf("\n... 1 of 1 changed places shown; %d more lines of diff not shown", 1001-maxLines); !strings.HasSuffix(got, want) {
		t.Errorf("Diff of a replaced file does not end in %q:\n...%s", want, got[len(got)-200:])
	}
	if Diff("f.txt", []byte("same\n"), []byte("same\n")) != "" {
		t.Error("Diff of equal files is not empty")
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
