package java_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ftpcodes/ftpcodes/generators/java"
	"github.com/ftpcodes/ftpcodes/internal/golden"
	"github.com/ftpcodes/ftpcodes/internal/toolchain"
)

// javac compiles sources into dir as the project's pom does: release 11,
// every lint, every warning an error.
func javac(t *testing.T, dir string, sources ...string) {
	t.Helper()
	bin := toolchain.Require(t, "javac")
	toolchain.Run(t, "", bin, append([]string{"--release", "11", "-Xlint:all", "-Werror", "-encoding", "UTF-8", "-d", dir}, sources...)...)
}

// TestRuntime compiles runtime/ on its own.
func TestRuntime(t *testing.T) {
	sources, err := filepath.Glob("runtime/*.java")
	if err != nil || len(sources) == 0 {
		t.Fatalf("runtime sources: %v %v", sources, err)
	}
	javac(t, t.TempDir(), sources...)
}

// TestProject generates the project from every table, compiles its
// sources with the driver (testdata/Driver.java), and runs the driver: it
// must read every table back as toolchain.Dump and toolchain.CommandDump
// say, and answer every vector of toolchain.Vectors of the kinds it takes
// as spec does.
func TestProject(t *testing.T) {
	jvm := toolchain.Require(t, "java")
	driver, err := filepath.Abs(filepath.Join("testdata", "Driver.java"))
	if err != nil {
		t.Fatal(err)
	}
	for _, nt := range toolchain.Tables(t) {
		t.Run(nt.Name, func(t *testing.T) {
			files := toolchain.Generate(t, java.Target, nt.Table)
			dir := t.TempDir()
			toolchain.WriteFiles(t, dir, files)
			sources := []string{driver}
			for p := range files {
				if strings.HasPrefix(p, "java/"+java.Package) {
					sources = append(sources, filepath.Join(dir, filepath.FromSlash(p)))
				}
			}
			classes := filepath.Join(dir, "classes")
			javac(t, classes, sources...)
			run := func(input string, args ...string) string {
				return toolchain.RunInput(t, input, jvm, append([]string{"-cp", classes, "io.github.ftpcodes.Driver"}, args...)...)
			}
			toolchain.CheckDump(t, "java", nt.Name, nt.Table, run("", "dump"))
			toolchain.CheckCommandDump(t, "java", nt.Name, nt.Table, run("", "commands"))
			in, want := toolchain.Vectors(nt.Table)
			in, want = supported(in, want)
			if got := run(in, "vectors"); got != want {
				vecs, w, g := strings.Split(in, "\n"), strings.Split(want, "\n"), strings.Split(got, "\n")
				for i := range w {
					if i >= len(g) || g[i] != w[i] {
						t.Fatalf("vector %d %q:\n got  %s\n want %s", i+1, vecs[i], g[min(i, len(g)-1)], w[i])
					}
				}
				t.Fatalf("%d result lines for %d vectors", len(g), len(w))
			}
		})
	}
}

// supported keeps the vectors of the kinds the Java project answers: not
// yet parse and format, since it has no typed formatters and parsers.
func supported(in, want string) (string, string) {
	var i, w strings.Builder
	ws := strings.Split(want, "\n")
	for n, v := range strings.Split(strings.TrimSuffix(in, "\n"), "\n") {
		kind, _, _ := strings.Cut(v, " ")
		if kind == "parse" || kind == "format" {
			continue
		}
		i.WriteString(v + "\n")
		w.WriteString(ws[n] + "\n")
	}
	return i.String(), w.String()
}

// TestMaven runs mvn verify in a copy of out/java: javac with every lint
// an error and the JUnit 5 tests. It runs offline; when Maven's cache
// lacks the pinned plugins and JUnit, it runs online once to fill it.
func TestMaven(t *testing.T) {
	mvn := toolchain.Require(t, "mvn")
	dir := t.TempDir()
	src := filepath.Join(golden.Root(), "out", "java")
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		toolchain.WriteFiles(t, dir, map[string][]byte{filepath.ToSlash(rel): data})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(mvn, "-q", "-B", "-o", "verify")
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil && strings.Contains(string(out), "offline") {
		t.Logf("Maven's cache lacks what the project needs; running online once")
		cmd = exec.Command(mvn, "-q", "-B", "verify")
		cmd.Dir = dir
		out, err = cmd.CombinedOutput()
	}
	if err != nil {
		t.Fatalf("mvn verify: %v\n%s", err, out)
	}
}
