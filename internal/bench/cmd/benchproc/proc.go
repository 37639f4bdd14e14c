package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/ftpcodes/ftpcodes/spec"
)

// A contender is one program that a section runs many times, in turn with
// the others of the section.
type contender struct {
	name   string
	dir    string
	prog   string
	args   func(i int) []string // arguments of run i
	env    []string             // added to the environment
	before func(i int) error    // untimed preparation of run i
	after  func(i int) error    // untimed clean-up of run i
	// figures reads what a run printed (standard error) into named
	// figures, such as python -X importtime's; nil when it prints none.
	figures func(stderr []byte) (map[string]float64, error)

	wall, cpu []time.Duration
	rss       []float64            // peak resident memory of each run, bytes
	extra     map[string][]float64 // figures, one per run
	skipped   string
}

const warmup = 3

// inTurn runs every contender runs times, after warm-up runs, rotating
// their order, so that the i-th runs of two contenders ran within moments
// of each other: a ratio of two contenders is the median of the ratios of
// their i-th runs.
func (e *env) inTurn(what string, runs int, cs []*contender) error {
	step(e.log, "%s: %d runs of each of %d programs, in turn", what, runs, len(cs))
	for i := -warmup; i < runs; i++ {
		for j := range cs {
			c := cs[(j+max(i, 0))%len(cs)] // rotate the order
			if c.skipped != "" {
				continue
			}
			if err := c.once(i+warmup, i >= 0); err != nil {
				return err
			}
		}
	}
	return nil
}

func (c *contender) once(i int, record bool) error {
	if c.before != nil {
		if err := c.before(i); err != nil {
			return err
		}
	}
	cmd := exec.Command(c.prog, c.args(i)...)
	cmd.Dir = c.dir
	if c.env != nil {
		cmd.Env = append(os.Environ(), c.env...)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	t0 := time.Now()
	err := cmd.Run()
	wall := time.Since(t0)
	if err != nil {
		return fmt.Errorf("%s: %v\n%s", c.name, err, stderr.Bytes())
	}
	if record {
		c.wall = append(c.wall, wall)
		// The rusage of a waited-for child includes the children it waited
		// for itself (gcc's cc1 and as), and its peak is theirs if larger.
		c.cpu = append(c.cpu, cmd.ProcessState.UserTime()+cmd.ProcessState.SystemTime())
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			c.rss = append(c.rss, float64(ru.Maxrss)*1024) // KiB on Linux
		}
		if c.figures != nil {
			f, err := c.figures(stderr.Bytes())
			if err != nil {
				return fmt.Errorf("%s: %v", c.name, err)
			}
			if c.extra == nil {
				c.extra = map[string][]float64{}
			}
			for k, v := range f {
				c.extra[k] = append(c.extra[k], v)
			}
		}
	}
	if c.after != nil {
		return c.after(i)
	}
	return nil
}

func (c *contender) ok() bool { return c != nil && c.skipped == "" && len(c.wall) > 0 }

// The figures of a contender's runs: wall time, or CPU time (user and
// system, its waited-for children included).
type clock int

const (
	wall clock = iota
	cpu
)

func (c *contender) times(k clock) []float64 {
	if k == cpu {
		return durations(c.cpu)
	}
	return durations(c.wall)
}

// ratio is the median over the runs of a's time over b's; NaN when either
// did not run.
func ratio(a, b *contender, k clock) float64 {
	if !a.ok() || !b.ok() {
		return nan
	}
	return pairedRatio(a.times(k), b.times(k))
}

// added is the median over the runs of a's time minus b's.
func added(a, b *contender, k clock) float64 {
	if !a.ok() || !b.ok() {
		return nan
	}
	at, bt := a.times(k), b.times(k)
	var d []float64
	for i := 0; i < len(at) && i < len(bt); i++ {
		d = append(d, at[i]-bt[i])
	}
	return median(d)
}

// ---------------------------------------------------------------------------
// Generation as a whole process

func (e *env) processes(o options, r *report) error {
	step(e.log, "building the empty Go program and stringer")
	empty := filepath.Join(e.work, "empty")
	if err := writeFiles(empty, map[string]string{
		"go.mod":  "module empty\n\ngo 1.26\n",
		"main.go": "package main\n\nfunc main() {}\n",
	}); err != nil {
		return err
	}
	if _, err := e.goCmd(empty, "build", "-o", filepath.Join(e.bin, "empty"), "."); err != nil {
		return err
	}

	tbl, err := spec.Default()
	if err != nil {
		return err
	}
	strDir := filepath.Join(e.work, "stringer")
	nconst, src := stringerInput(tbl)
	r.stringerConsts = nconst
	if err := writeFiles(strDir, map[string]string{"go.mod": "module codes\n\ngo 1.26\n", "codes.go": src}); err != nil {
		return err
	}
	stringerErr := e.buildStringer()

	gen := filepath.Join(e.work, "proc")
	ftpcodegen := filepath.Join(e.bin, "ftpcodegen")
	r.gen = genContenders{
		empty:   &contender{name: "empty Go program", dir: e.work, prog: filepath.Join(e.bin, "empty"), args: func(int) []string { return nil }},
		version: &contender{name: "ftpcodegen -version (start-up only)", dir: e.work, prog: ftpcodegen, args: func(int) []string { return []string{"-version"} }},
		all: &contender{name: "ftpcodegen, all targets", dir: e.work, prog: ftpcodegen,
			args:  func(i int) []string { return []string{"-output", filepath.Join(gen, "all-"+strconv.Itoa(i))} },
			after: func(i int) error { return os.RemoveAll(filepath.Join(gen, "all-"+strconv.Itoa(i))) }},
		golang: &contender{name: "ftpcodegen -lang go", dir: e.work, prog: ftpcodegen,
			args: func(i int) []string {
				return []string{"-lang", "go", "-output", filepath.Join(gen, "go-"+strconv.Itoa(i), "ftpcodes.go")}
			},
			after: func(i int) error { return os.RemoveAll(filepath.Join(gen, "go-"+strconv.Itoa(i))) }},
		stringer: &contender{name: fmt.Sprintf("stringer -type Code (%d constants)", nconst), dir: strDir, prog: filepath.Join(e.bin, "stringer"),
			args:   func(int) []string { return []string{"-type", "Code"} },
			before: func(int) error { return removeIfExists(filepath.Join(strDir, "code_string.go")) }},
	}
	if stringerErr != nil {
		r.gen.stringer.skipped = stringerErr.Error()
	}
	r.runs = o.runs
	return e.inTurn("generation", o.runs, r.gen.list())
}

type genContenders struct {
	empty, version, all, golang, stringer *contender
}

func (g genContenders) list() []*contender {
	return []*contender{g.empty, g.version, g.all, g.golang, g.stringer}
}

// buildStringer installs golang.org/x/tools/cmd/stringer at the version
// go.mod requires into the scratch bin directory. go install pkg@version
// leaves go.mod and go.sum alone.
func (e *env) buildStringer() error {
	v, err := e.goCmd(e.root, "list", "-m", "-f", "{{.Version}}", "golang.org/x/tools")
	if err != nil {
		return err
	}
	cmd := exec.Command("go", "install", "golang.org/x/tools/cmd/stringer@"+strings.TrimSpace(string(v)))
	cmd.Dir = e.work
	cmd.Env = append(os.Environ(), "GOBIN="+e.bin)
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go install stringer: %v: %s", err, bytes.TrimSpace(out))
	}
	return nil
}

// stringerInput is a Go package with the same Code constants as the
// generated Go package, names and deprecated aliases alike, for stringer.
func stringerInput(tbl *spec.Table) (int, string) {
	var b strings.Builder
	b.WriteString("package codes\n\n// Code is an FTP reply code.\ntype Code int\n\nconst (\n")
	n := 0
	for _, r := range tbl.Replies {
		fmt.Fprintf(&b, "\t%s Code = %d\n", r.Name.Camel, r.Code)
		n++
	}
	for _, r := range tbl.Replies {
		for _, a := range r.Aliases {
			fmt.Fprintf(&b, "\t%s = %s\n", a.Camel, r.Name.Camel)
			n++
		}
	}
	b.WriteString(")\n")
	return n, b.String()
}

// ---------------------------------------------------------------------------
// Python: import time

type pyContenders struct {
	start, textOnly, http, cached, noBytecode *contender
}

func (p pyContenders) list() []*contender {
	return []*contender{p.start, p.textOnly, p.http, p.cached, p.noBytecode}
}

// pythonImport measures python -X importtime's self time ("own" time: the
// module's body, not the modules it imports) of ftpcodes and of http, whose
// HTTPStatus enum has as many members, each in a fresh interpreter; then
// ftpcodes without bytecode (a read-only vendored folder: -B, and no
// __pycache__), and what a program that only calls reply_text pays against
// an interpreter that imports nothing.
func (e *env) pythonImport(o options, r *report) error {
	py, err := python()
	if err != nil {
		r.py = &pyContenders{}
		r.pySkipped = err.Error()
		return nil
	}
	cached := filepath.Join(e.gen, "python")
	fresh := filepath.Join(e.work, "py-nobytecode")
	src, err := os.ReadFile(filepath.Join(cached, "ftpcodes.py"))
	if err != nil {
		return err
	}
	if err := writeFiles(fresh, map[string]string{"ftpcodes.py": string(src)}); err != nil {
		return err
	}
	// Bytecode is written beside the module (an empty variable is an unset
	// one for Python), as on a developer's machine: compileall writes it
	// first, and the cached runs find it.
	pyEnv := func(path string) []string {
		return []string{"PYTHONDONTWRITEBYTECODE=", "PYTHONPYCACHEPREFIX=", "PYTHONPATH=" + path}
	}
	if _, err := e.exec(e.work, py, "-m", "compileall", "-q", cached); err != nil {
		return err
	}
	// own times the import of module in the CPU time of the interpreter's
	// thread, the modules it imports imported first (as found by one run
	// of -X importtime), so that the figure is the module's own, as
	// importtime's self time is, but not stretched by waiting for a CPU.
	own := func(name, module string, env []string, flags ...string) (*contender, error) {
		cmd := exec.Command(py, append(append([]string{}, flags...), "-X", "importtime", "-c", "import "+module)...)
		cmd.Env = append(os.Environ(), env...)
		out, err := cmd.CombinedOutput()
		if err != nil {
			return nil, fmt.Errorf("python3 -X importtime -c 'import %s': %v\n%s", module, err, out)
		}
		var deps []string
		for _, d := range importedModules(out) {
			if d != module {
				deps = append(deps, fmt.Sprintf("%q", d))
			}
		}
		script := fmt.Sprintf("import sys, time\nfor m in [%s]:\n    try:\n        __import__(m)\n    except ImportError:  # tried and failed by the module too\n        pass\nt = time.thread_time_ns()\nimport %s\nsys.stderr.write('own CPU time: %%d\\n' %% (time.thread_time_ns() - t))\n",
			strings.Join(deps, ", "), module)
		args := append(append([]string{}, flags...), "-X", "importtime", "-c", script)
		return &contender{name: name, dir: e.work, prog: py, args: func(int) []string { return args }, env: env,
			figures: func(stderr []byte) (map[string]float64, error) {
				self, cum, ok := importTime(stderr, module)
				var cpu float64
				_, err := fmt.Sscanf(string(stderr[bytes.LastIndex(stderr, []byte("own CPU time:")):]), "own CPU time: %g", &cpu)
				if !ok || err != nil {
					return nil, fmt.Errorf("no import time for %s:\n%s", module, stderr)
				}
				return map[string]float64{"self": self, "cumulative": cum, "cpu": cpu}, nil
			}}, nil
	}
	pyArgs := func(args ...string) func(int) []string { return func(int) []string { return args } }
	p := &pyContenders{
		start: &contender{name: "python3 -c pass", dir: e.work, prog: py, args: pyArgs("-c", "pass"), env: pyEnv(fresh)},
		textOnly: &contender{name: "python3: import ftpcodes, one reply_text", dir: e.work, prog: py,
			args: pyArgs("-c", "import ftpcodes; ftpcodes.reply_text(200)"), env: pyEnv(cached)},
	}
	if p.http, err = own("import http", "http", pyEnv(fresh)); err != nil {
		return err
	}
	if p.cached, err = own("import ftpcodes, cached bytecode", "ftpcodes", pyEnv(cached)); err != nil {
		return err
	}
	if p.noBytecode, err = own("import ftpcodes, no bytecode (-B)", "ftpcodes", pyEnv(fresh), "-B"); err != nil {
		return err
	}
	r.py = p
	r.runs = o.runs
	if err := e.inTurn("Python import", o.runs, p.list()); err != nil {
		return err
	}
	if _, err := os.Stat(filepath.Join(cached, "__pycache__")); err != nil {
		r.pySkipped = "the cached case found no __pycache__ beside ftpcodes.py"
	}
	if _, err := os.Stat(filepath.Join(fresh, "__pycache__")); !errors.Is(err, os.ErrNotExist) {
		r.pySkipped = "the no-bytecode case wrote a __pycache__"
	}
	return nil
}

// python finds the interpreter python3 runs: a version manager's shim (pyenv)
// is a shell script whose own start-up would be timed with it.
func python() (string, error) {
	py, err := exec.LookPath("python3")
	if err != nil {
		return "", errors.New("python3 not found")
	}
	out, err := exec.Command(py, "-c", "import sys; print(sys.executable)").Output()
	if exe := strings.TrimSpace(string(out)); err == nil && exe != "" {
		return exe, nil
	}
	return py, nil
}

// importedModules lists the modules python -X importtime reports, in the
// order their imports finished.
func importedModules(stderr []byte) []string {
	var ms []string
	for _, l := range strings.Split(string(stderr), "\n") {
		rest, found := strings.CutPrefix(l, "import time:")
		if f := strings.Split(rest, "|"); found && len(f) == 3 {
			if m := strings.TrimSpace(f[2]); m != "imported package" {
				ms = append(ms, m)
			}
		}
	}
	return ms
}

// importTime finds module's line in python -X importtime's output,
// "import time: SELF | CUMULATIVE | NAME" in microseconds, and returns
// both times in nanoseconds.
func importTime(stderr []byte, module string) (self, cum float64, ok bool) {
	for _, l := range strings.Split(string(stderr), "\n") {
		rest, found := strings.CutPrefix(l, "import time:")
		if !found {
			continue
		}
		f := strings.Split(rest, "|")
		if len(f) != 3 || strings.TrimSpace(f[2]) != module {
			continue
		}
		s, err1 := strconv.ParseFloat(strings.TrimSpace(f[0]), 64)
		c, err2 := strconv.ParseFloat(strings.TrimSpace(f[1]), 64)
		if err1 == nil && err2 == nil {
			return s * 1e3, c * 1e3, true
		}
	}
	return 0, 0, false
}

// ---------------------------------------------------------------------------
// C: compile time of a translation unit

type ccContenders struct {
	stdio, decl, impl, static *contender
}

func (c ccContenders) list() []*contender { return []*contender{c.stdio, c.decl, c.impl, c.static} }

// ccUnits are the translation units: the same small main, with <stdio.h>
// alone and with ftpcodes.h in its three forms.
var ccUnits = map[string]string{
	"stdio.c":  "#include <stdio.h>\n\nint main(int argc, char **argv)\n{\n    (void)argv;\n    printf(\"%d\\n\", 200 + argc);\n    return 0;\n}\n",
	"decl.c":   "#include <stdio.h>\n\n#include \"ftpcodes.h\"\n\n" + ccMain,
	"impl.c":   "#include <stdio.h>\n\n#define FTPCODES_IMPLEMENTATION\n#include \"ftpcodes.h\"\n\n" + ccMain,
	"static.c": "#include <stdio.h>\n\n#define FTPCODES_STATIC\n#include \"ftpcodes.h\"\n\n" + ccMain,
}

const ccMain = "int main(int argc, char **argv)\n{\n    const char *text = ftp_reply_text(200 + argc);\n    (void)argv;\n    printf(\"%s\\n\", text != NULL ? text : \"?\");\n    return 0;\n}\n"

// ccFlags compile a unit as the project's C checks do, at -O2.
var ccFlags = []string{"-std=c99", "-O2", "-Wall", "-Wextra", "-Wpedantic", "-Werror"}

func (e *env) cCompile(o options, r *report) error {
	gcc, err := exec.LookPath("gcc")
	if err != nil {
		r.cc = &ccContenders{}
		r.ccSkipped = "gcc not found"
		return nil
	}
	dir := filepath.Join(e.work, "cc")
	if err := writeFiles(dir, ccUnits); err != nil {
		return err
	}
	unit := func(name, file string) *contender {
		return &contender{name: name, dir: dir, prog: gcc, args: func(int) []string {
			return append(append([]string{}, ccFlags...), "-I", filepath.Join(e.gen, "c"), "-c", "-o", os.DevNull, file)
		}}
	}
	c := &ccContenders{
		stdio:  unit("<stdio.h> only", "stdio.c"),
		decl:   unit("<stdio.h> and ftpcodes.h (declarations)", "decl.c"),
		impl:   unit("<stdio.h> and ftpcodes.h with FTPCODES_IMPLEMENTATION", "impl.c"),
		static: unit("<stdio.h> and ftpcodes.h with FTPCODES_STATIC (all inline)", "static.c"),
	}
	r.cc = c
	r.ccCompiler = gccVersion(gcc)
	r.ccRuns = o.ccRuns
	return e.inTurn("C compile time", o.ccRuns, c.list())
}

func gccVersion(gcc string) string {
	out, err := exec.Command(gcc, "-dumpfullversion").Output()
	if err != nil {
		return "gcc"
	}
	return "gcc " + strings.TrimSpace(string(out))
}
