package java_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/ftpcodes/ftpcodes/generators/java"
	"github.com/ftpcodes/ftpcodes/internal/conformance"
	"github.com/ftpcodes/ftpcodes/internal/golden"
	"github.com/ftpcodes/ftpcodes/spec"
)

// jvmFlags are the flags of every JVM the tests start: each is short-lived
// (javac, javadoc, Maven, a driver run of a few seconds), and for those
// the client compiler alone and the serial collector take about a third of
// the CPU time of the defaults (C2 compiling hot code, parallel GC
// threads), with the same results.
var jvmFlags = []string{"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"}

// toolFlags are jvmFlags as javac and javadoc take them.
func toolFlags() []string {
	var out []string
	for _, f := range jvmFlags {
		out = append(out, "-J"+f)
	}
	return out
}

// runJava runs the JVM with jvmFlags and args, feeding it in, and returns
// what it printed (conformance.RunInput).
func runJava(t *testing.T, in string, args ...string) string {
	t.Helper()
	bin := conformance.Require(t, "java")
	return conformance.RunInput(t, in, bin, append(slices.Clone(jvmFlags), args...)...)
}

// javac compiles sources into dir as the project's pom does: release 11,
// every lint, every warning an error.
func javac(t *testing.T, dir string, sources ...string) {
	t.Helper()
	bin := conformance.Require(t, "javac")
	conformance.Run(t, "", bin, append(toolFlags(), append([]string{"--release", "11", "-Xlint:all", "-Werror", "-encoding", "UTF-8", "-d", dir}, sources...)...)...)
}

// TestRuntime compiles runtime/ on its own, with stand-ins for the
// generated classes it uses (testdata/standin).
func TestRuntime(t *testing.T) {
	sources, err := filepath.Glob("runtime/*.java")
	if err != nil || len(sources) == 0 {
		t.Fatalf("runtime sources: %v %v", sources, err)
	}
	standins, err := filepath.Glob("testdata/standin/*.java")
	if err != nil || len(standins) == 0 {
		t.Fatalf("stand-in sources: %v %v", standins, err)
	}
	javac(t, t.TempDir(), append(sources, standins...)...)
}

// TestProject generates the project from every table, compiles its
// sources with the driver (testdata/Driver.java), and runs the driver: it
// must read every table back as conformance.Dump and conformance.CommandDump
// say, and answer every vector of conformance.Vectors and
// conformance.ClientVectors as spec does, all in one JVM per table.
func TestProject(t *testing.T) {
	for _, nt := range conformance.Tables(t) {
		t.Run(nt.Name, func(t *testing.T) {
			var classes string
			if nt.Name == "shipped" {
				classes = shippedClasses(t)
			} else {
				classes = build(t, t.TempDir(), nt.Table)
			}
			in, _ := conformance.Vectors(nt.Table)
			client, _ := conformance.ClientVectors(nt.Table)
			out := runJava(t, in+client, "-cp", classes, "io.github.ftpcodes.Driver", "all")
			parts := strings.Split(out, "-- end\n") // Driver.END
			if len(parts) != 3 {
				t.Fatalf("the driver's output has %d parts, want 3:\n%s", len(parts), out)
			}
			n := strings.Count(in, "\n") // the answers to in, then to client
			answers := strings.SplitAfterN(parts[2], "\n", n+1)
			if len(answers) != n+1 {
				t.Fatalf("the driver gave %d answers, want %d and the client ones", len(answers), n)
			}
			conformance.CheckDump(t, "java", nt.Name, nt.Table, parts[0])
			conformance.CheckCommandDump(t, "java", nt.Name, nt.Table, parts[1])
			if nt.Name == "shipped" || nt.Name == "hostile" {
				javadoc(t, nt.Table)
			}
			conformance.CheckVectors(t, "java", nt.Name, nt.Table, strings.Join(answers[:n], ""))
			conformance.CheckClientVectors(t, "java", nt.Name, nt.Table, answers[n])
		})
	}
}

// shipped holds the classes of the project generated from the shipped
// table, with the driver, which TestProject, TestDiff and TestReadme share:
// one javac run for the three.
var shipped struct {
	once    sync.Once
	classes string // "" when they did not build
}

// tmp is the directory of what the tests share, removed by TestMain.
var tmp string

func TestMain(m *testing.M) {
	var err error
	if tmp, err = os.MkdirTemp("", "ftpcodes-java-"); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(tmp)
	os.Exit(code)
}

// shippedClasses returns the directory of the classes of the project
// generated from the shipped table, with the driver, building them on the
// first call.
func shippedClasses(t *testing.T) string {
	t.Helper()
	shipped.once.Do(func() {
		tbl, err := spec.Default()
		if err != nil {
			t.Fatal(err)
		}
		shipped.classes = build(t, filepath.Join(tmp, "shipped"), tbl)
	})
	if shipped.classes == "" {
		t.Fatal("the project generated from the shipped table did not build")
	}
	return shipped.classes
}

// build generates the project from tbl into dir and compiles its sources
// with the driver (testdata/Driver.java) and its Dispatch.java; it returns
// the directory of the classes.
func build(t *testing.T, dir string, tbl *spec.Table) string {
	t.Helper()
	driver, err := filepath.Abs(filepath.Join("testdata", "Driver.java"))
	if err != nil {
		t.Fatal(err)
	}
	files := conformance.Generate(t, java.Target, tbl)
	conformance.WriteFiles(t, dir, files)
	conformance.WriteFiles(t, dir, map[string][]byte{"Dispatch.java": dispatch(tbl)})
	sources := []string{driver, filepath.Join(dir, "Dispatch.java")}
	for p := range files {
		if strings.HasPrefix(p, "java/"+java.Package) {
			sources = append(sources, filepath.Join(dir, filepath.FromSlash(p)))
		}
	}
	classes := filepath.Join(dir, "classes")
	javac(t, classes, sources...)
	return classes
}

// javadoc runs javadoc with every doclint check, every warning an error,
// on the project generated from tbl.
func javadoc(t *testing.T, tbl *spec.Table) {
	t.Helper()
	bin := conformance.Require(t, "javadoc")
	files := conformance.Generate(t, java.Target, tbl)
	dir := t.TempDir()
	conformance.WriteFiles(t, dir, files)
	args := append(toolFlags(), "-Xdoclint:all", "-Werror", "-quiet", "--release", "11", "-encoding", "UTF-8", "-d", filepath.Join(dir, "doc"))
	for p := range files {
		if strings.HasPrefix(p, "java/"+java.Package) {
			args = append(args, filepath.Join(dir, filepath.FromSlash(p)))
		}
	}
	conformance.Run(t, dir, bin, args...)
}

// dispatch returns the driver's Dispatch.java for tbl: it reaches the
// formatter and the parser of every meaning that has a template by name,
// taking and giving values as text.
func dispatch(tbl *spec.Table) []byte {
	var format, parse strings.Builder
	for _, r := range tbl.Replies {
		for _, m := range r.Meanings() {
			if m.Template == nil {
				continue
			}
			var args, shows []string
			for i, p := range m.Template.Params {
				get := "v." + p.Name.LowerCamel + "()"
				switch p.Type {
				case spec.TypeUint:
					args, shows = append(args, fmt.Sprintf("Driver.uint(a[%d])", i)), append(shows, "Long.toString("+get+")")
				case spec.TypeTime:
					args, shows = append(args, fmt.Sprintf("Driver.time(a[%d])", i)), append(shows, "Driver.millis("+get+")")
				default:
					args, shows = append(args, fmt.Sprintf("a[%d]", i)), append(shows, get)
				}
			}
			fmt.Fprintf(&format, "            case %q:\n                return FtpValues.format%s(%s);\n", m.Name.Camel, m.Name.Camel, strings.Join(args, ", "))
			fmt.Fprintf(&parse, "            case %q:\n                return FtpValues.parse%s(text).map(v -> new String[] {%s}).orElse(null);\n", m.Name.Camel, m.Name.Camel, strings.Join(shows, ", "))
		}
	}
	return []byte(`// Written by generators/java's test for one table.
package io.github.ftpcodes;

final class Dispatch {
    private Dispatch() {
    }

    static String format(String name, String[] a) {
        if (a.length < 0) {
            throw new AssertionError();
        }
        switch (name) {
` + format.String() + `            default:
                throw new AssertionError("no template " + name);
        }
    }

    static String[] parse(String name, String text) {
        switch (name) {
` + parse.String() + `            default:
                throw new AssertionError("no template " + name + text);
        }
    }
}
`)
}

// TestMaven runs mvn verify in a copy of out/java: javac with every lint
// an error and the JUnit 5 tests. It runs offline; when Maven's cache
// lacks the pinned plugins and JUnit, it runs online once to fill it.
func TestMaven(t *testing.T) {
	mvn := conformance.Require(t, "mvn")
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
		conformance.WriteFiles(t, dir, map[string][]byte{filepath.ToSlash(rel): data})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// Maven's JVM and the one surefire forks for the tests take jvmFlags:
	// the first from .mvn/jvm.config in this copy, the second from argLine.
	conformance.WriteFiles(t, dir, map[string][]byte{".mvn/jvm.config": []byte(strings.Join(jvmFlags, " ") + "\n")})
	argLine := "-DargLine=" + strings.Join(jvmFlags, " ")
	cmd := exec.Command(mvn, "-q", "-B", "-o", argLine, "verify")
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil && strings.Contains(string(out), "offline") {
		t.Logf("Maven's cache lacks what the project needs; running online once")
		cmd = exec.Command(mvn, "-q", "-B", argLine, "verify")
		cmd.Dir = dir
		out, err = cmd.CombinedOutput()
	}
	if err != nil {
		t.Fatalf("mvn verify: %v\n%s", err, out)
	}
}
