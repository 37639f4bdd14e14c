package java_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
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
	compiled(t, "runtime")
}

// TestProject generates the project from every table, compiles its
// sources with the driver (testdata/Driver.java), and runs the driver: it
// must read every table back as conformance.Dump and conformance.CommandDump
// say, and answer every vector of conformance.Vectors and
// conformance.ClientVectors as spec does, all in one JVM per table. It runs
// javadoc on the projects of the shipped and the hostile table.
func TestProject(t *testing.T) {
	for _, nt := range conformance.Tables(t) {
		t.Run(nt.Name, func(t *testing.T) {
			classes := compiled(t, "javac-"+nt.Name)
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
			if javadocTables[nt.Name] {
				compiled(t, "javadoc-"+nt.Name)
			}
			conformance.CheckVectors(t, "java", nt.Name, nt.Table, strings.Join(answers[:n], ""))
			conformance.CheckClientVectors(t, "java", nt.Name, nt.Table, answers[n])
		})
	}
}

// javadocTables are the tables whose projects TestProject runs javadoc on.
var javadocTables = map[string]bool{"shipped": true, "hostile": true}

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

// tools holds the tasks of the one JVM that runs every javac and javadoc
// of the tests (testdata/Tools.java), by name: "runtime" (TestRuntime's),
// "javac-TABLE" (the project generated from each table, with the driver:
// TestProject's; TestDiff and TestReadme use the shipped table's classes)
// and "javadoc-TABLE" (for javadocTables). One JVM start and one warm-up
// of javac instead of seven; each task still runs as its own javac or
// javadoc command, with its own arguments.
var tools struct {
	once  sync.Once
	err   string // why the tools did not run, or ""
	tasks map[string]*task
}

// A task is one run of javac or javadoc.
type task struct {
	tool    string   // "javac" or "javadoc"
	args    []string // the tool's arguments
	classes string   // where javac writes the classes
	status  string   // the tool's exit status, "" if it did not run
	out     string   // what the tool printed
}

// compiled fails t unless the task name ran (all tasks run on the first
// call) and its tool succeeded without printing anything, as
// conformance.Run fails a command; it returns the task's class directory.
func compiled(t *testing.T, name string) string {
	t.Helper()
	jvm := conformance.Require(t, "java")
	conformance.Require(t, "javac")   // Tools.java runs the JDK's javac
	conformance.Require(t, "javadoc") // and javadoc, which a JRE lacks
	tools.once.Do(func() { runTools(t, jvm) })
	if tools.err != "" {
		t.Fatal(tools.err)
	}
	k := tools.tasks[name]
	switch {
	case k == nil:
		t.Fatalf("no task %s: the tasks were not all set up", name)
	case k.status == "":
		t.Fatalf("%s %s did not run", k.tool, strings.Join(k.args, " "))
	case k.status != "0" || k.out != "":
		t.Fatalf("%s %s: exit status %q\n%s", k.tool, strings.Join(k.args, " "), k.status, k.out)
	}
	return k.classes
}

// shippedClasses returns the directory of the classes of the project
// generated from the shipped table, with the driver.
func shippedClasses(t *testing.T) string {
	t.Helper()
	return compiled(t, "javac-shipped")
}

// runTools writes every table's project into tmp and runs the tasks of
// tools in one JVM, recording each one's result, or why they did not run.
func runTools(t *testing.T, jvm string) {
	t.Helper()
	tools.tasks = map[string]*task{}
	var order []string
	add := func(name string, k *task) {
		tools.tasks[name] = k
		order = append(order, name)
	}
	runtime, err := filepath.Glob("runtime/*.java")
	if err != nil || len(runtime) == 0 {
		tools.err = fmt.Sprintf("runtime sources: %v %v", runtime, err)
		return
	}
	standins, err := filepath.Glob("testdata/standin/*.java")
	if err != nil || len(standins) == 0 {
		tools.err = fmt.Sprintf("stand-in sources: %v %v", standins, err)
		return
	}
	add("runtime", javacTask(filepath.Join(tmp, "runtime"), append(runtime, standins...)))
	driver, err := filepath.Abs(filepath.Join("testdata", "Driver.java"))
	if err != nil {
		tools.err = err.Error()
		return
	}
	for _, nt := range conformance.Tables(t) {
		dir := filepath.Join(tmp, nt.Name)
		files := conformance.Generate(t, java.Target, nt.Table)
		conformance.WriteFiles(t, dir, files)
		conformance.WriteFiles(t, dir, map[string][]byte{"Dispatch.java": dispatch(nt.Table)})
		var sources []string
		for p := range files {
			if strings.HasPrefix(p, "java/"+java.Package) {
				sources = append(sources, filepath.Join(dir, filepath.FromSlash(p)))
			}
		}
		sort.Strings(sources)
		add("javac-"+nt.Name, javacTask(filepath.Join(dir, "classes"), append([]string{driver, filepath.Join(dir, "Dispatch.java")}, sources...)))
		if javadocTables[nt.Name] {
			// Every doclint check, every warning an error.
			add("javadoc-"+nt.Name, &task{tool: "javadoc", args: append([]string{"-Xdoclint:all", "-Werror", "-quiet", "--release", "11", "-encoding", "UTF-8", "-d", filepath.Join(dir, "doc")}, sources...)})
		}
	}
	args := append(slices.Clone(jvmFlags), filepath.Join("testdata", "Tools.java"))
	for _, name := range order {
		k := tools.tasks[name]
		file := filepath.Join(tmp, name+".args")
		conformance.WriteFiles(t, tmp, map[string][]byte{name + ".args": []byte(strings.Join(k.args, "\n") + "\n")})
		args = append(args, k.tool, file)
	}
	cmd := exec.Command(jvm, args...)
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil || stderr.Len() > 0 {
		tools.err = fmt.Sprintf("%s %s: %v\nstdout:\n%s\nstderr:\n%s", jvm, strings.Join(args, " "), err, stdout.String(), stderr.String())
		return
	}
	for _, line := range strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n") {
		file, status, _ := strings.Cut(line, " ")
		name := strings.TrimSuffix(filepath.Base(file), ".args")
		k := tools.tasks[name]
		if k == nil {
			tools.err = fmt.Sprintf("Tools.java printed %q", line)
			return
		}
		out, err := os.ReadFile(file + ".out")
		if err != nil {
			tools.err = err.Error()
			return
		}
		k.status, k.out = status, string(out)
	}
}

// javacTask is a task compiling sources into classes as the project's pom
// does: release 11, every lint, every warning an error.
func javacTask(classes string, sources []string) *task {
	return &task{tool: "javac", classes: classes, args: append([]string{"--release", "11", "-Xlint:all", "-Werror", "-encoding", "UTF-8", "-d", classes}, sources...)}
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
