// Command benchproc runs every benchmark of ftpcodes side by side and
// prints, for each ratio issue 17 sets a goal for, the goal, the figure
// and a verdict (PASS or FAIL), then the tables behind them: it is what
// `make bench` runs, and `-write BENCHMARKS.md` replaces that file's
// "Latest run" section with the same text. Nothing in `make test` uses it.
//
// It measures, on this machine, in one run:
//
//   - go: the go test benchmarks of spec (parse and validate),
//     generators/all (each target, the whole pipeline; with -scaling,
//     synthetic tables of 100 to 900 codes) and out/go/ftpcodes (Text against net/http.StatusText and a map).
//     The test binaries are built once and run in rounds, so that every
//     contender is measured again and again, interleaved with the others;
//     benchstat (the BENCHSTAT command, as the Makefile pins it) compares
//     the lookups within the run.
//   - proc: whole processes run in turn: the built ftpcodegen writing every
//     target into a new directory, an empty Go program, and stringer on a
//     Go type with as many constants as the generated Code type; wall time,
//     CPU time and peak memory (max RSS).
//   - py: python -X importtime: the generated module's own import time
//     against http's, with cached bytecode and without, and what a program
//     that uses only reply_text pays in start-up time and memory.
//   - cc: gcc -O2 -c of a unit that includes ftpcodes.h (declarations
//     only, the implementation, the all-inline FTPCODES_STATIC form)
//     against one that includes only <stdio.h>.
//   - lang: lookups of the generated Python, TypeScript (tsc, node), C,
//     Rust (rustc -O) and Java against each language's own tables, on the
//     same stream of codes.
//   - size: every generated file, and what a program that uses only the
//     reply texts pays: Go binary growth, C binary growth, the JavaScript
//     bundle after esbuild --minify.
//
// Usage:
//
//	go run ./internal/bench/cmd/benchproc [-only go,proc,py,cc,lang,size] [-rounds 6] [-runs 30] [-ccruns 10] [-scaling] [-write BENCHMARKS.md] [-keep dir]
//	go run ./internal/bench/cmd/benchproc -table 300 >synthetic.toml
//
// A missing toolchain (python3, node, tsc, esbuild, gcc, rustc, javac)
// skips what needs it with a note, and its goals read "not measured".
package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/ftpcodes/ftpcodes/internal/bench"
	"github.com/ftpcodes/ftpcodes/spec"
)

func main() {
	var o options
	flag.IntVar(&o.rounds, "rounds", 6, "rounds of the go test benchmarks")
	flag.StringVar(&o.benchtime, "benchtime", "100ms", "-test.benchtime of each benchmark in each round")
	flag.IntVar(&o.runs, "runs", 30, "runs of each whole-process contender")
	flag.StringVar(&o.only, "only", strings.Join(sectionNames, ","), "comma-separated sections to run: "+strings.Join(sectionNames, ", "))
	flag.IntVar(&o.ccRuns, "ccruns", 10, "runs of each C compilation (the implementation unit takes seconds at -O2)")
	flag.BoolVar(&o.scaling, "scaling", false, "also run the scaling benchmarks on synthetic tables of 100, 300 and 900 codes (slow)")
	flag.StringVar(&o.write, "write", "", "replace the \"## Latest run\" section of this Markdown `file` (BENCHMARKS.md) with the report")
	flag.StringVar(&o.keep, "keep", "", "keep the raw outputs (go test -bench text for benchstat, generated files) in this `directory`")
	table := flag.Int("table", 0, "print the synthetic table of `n` codes the scaling benchmarks use, and exit (for ftpcodegen -spec)")
	flag.Parse()
	if *table > 0 {
		os.Stdout.Write(bench.SyntheticTable(*table))
		return
	}
	if err := run(o, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "benchproc:", err)
		os.Exit(1)
	}
}

var sectionNames = []string{"go", "proc", "py", "cc", "lang", "size"}

type options struct {
	rounds    int
	benchtime string
	runs      int
	ccRuns    int
	only      string
	scaling   bool
	write     string
	keep      string
}

// env is where the run happens.
type env struct {
	root string // the module root
	work string // scratch directory
	bin  string // built programs
	gen  string // the files the built ftpcodegen generates
	log  io.Writer
}

func run(o options, stdout, log io.Writer) error {
	sections := map[string]bool{}
	for _, s := range strings.Split(o.only, ",") {
		s = strings.TrimSpace(s)
		if !slices.Contains(sectionNames, s) {
			return fmt.Errorf("-only: unknown section %q; the sections are %s", s, strings.Join(sectionNames, ", "))
		}
		sections[s] = true
	}
	root, err := moduleRoot()
	if err != nil {
		return err
	}
	work, err := os.MkdirTemp("", "ftpcodes-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	e := &env{root: root, work: work, bin: filepath.Join(work, "bin"), gen: filepath.Join(work, "gen"), log: log}

	r := &report{machine: machine(), loadBefore: loadavg(), start: time.Now(), mixUnknown: mixUnknown(), tree: tree(root)}
	// Every section needs the built ftpcodegen and what it generates.
	step(log, "building ftpcodegen")
	if _, err := e.goCmd(root, "build", "-o", filepath.Join(e.bin, "ftpcodegen"), "./cmd/ftpcodegen"); err != nil {
		return err
	}
	if _, err := e.exec(root, filepath.Join(e.bin, "ftpcodegen"), "-output", e.gen); err != nil {
		return err
	}
	r.outFresh = e.outFresh()

	if sections["go"] {
		if err := e.goBenchmarks(o, r); err != nil {
			return err
		}
	}
	if sections["proc"] {
		if err := e.processes(o, r); err != nil {
			return err
		}
	}
	if sections["py"] {
		if err := e.pythonImport(o, r); err != nil {
			return err
		}
	}
	if sections["cc"] {
		if err := e.cCompile(o, r); err != nil {
			return err
		}
	}
	if sections["lang"] {
		e.languages(r)
	}
	if sections["size"] {
		if err := e.sizes(r); err != nil {
			return err
		}
	}
	r.loadAfter = loadavg()
	r.elapsed = time.Since(r.start)
	if o.keep != "" {
		if err := e.keep(o.keep, r); err != nil {
			return err
		}
	}
	var md bytes.Buffer
	r.print(&md)
	if _, err := stdout.Write(md.Bytes()); err != nil {
		return err
	}
	if o.write != "" {
		return writeSection(o.write, "Latest run", md.Bytes())
	}
	return nil
}

// tree names the commit measured, and whether the work tree differs from
// it, as far as git can tell without writing (no index refresh).
func tree(root string) string {
	cmd := exec.Command("git", "rev-parse", "--short", "HEAD")
	cmd.Dir = root
	head, err := cmd.Output()
	if err != nil {
		return "not a git checkout"
	}
	s := "commit " + strings.TrimSpace(string(head))
	cmd = exec.Command("git", "--no-optional-locks", "status", "--porcelain", "--untracked-files=no")
	cmd.Dir = root
	if out, err := cmd.Output(); err == nil && len(bytes.TrimSpace(out)) > 0 {
		s += " with uncommitted changes"
	}
	return s + ", " + time.Now().UTC().Format("2006-01-02 15:04 MST")
}

// mixUnknown says what share of bench.Mix the shipped table does not know.
func mixUnknown() string {
	tbl, err := spec.Default()
	if err != nil {
		return "the shipped table does not load: " + err.Error()
	}
	unknown := 0
	mix := bench.Mix()
	for _, c := range mix {
		if tbl.Reply(c) == nil {
			unknown++
		}
	}
	return fmt.Sprintf("%.1f%% of them unknown", 100*float64(unknown)/float64(len(mix)))
}

func step(log io.Writer, format string, args ...any) {
	fmt.Fprintf(log, "bench: "+format+"\n", args...)
}

func moduleRoot() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %v", err)
	}
	mod := strings.TrimSpace(string(out))
	if mod == "" || mod == os.DevNull {
		return "", errors.New("run benchproc inside the ftpcodes module")
	}
	return filepath.Dir(mod), nil
}

// exec runs a program in dir and returns its standard output; a failure
// carries what it printed to standard error.
func (e *env) exec(dir, name string, args ...string) ([]byte, error) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return out, fmt.Errorf("%s %s: %v\n%s", filepath.Base(name), strings.Join(args, " "), err, stderr.Bytes())
	}
	return out, nil
}

func (e *env) goCmd(dir string, args ...string) ([]byte, error) {
	return e.exec(dir, "go", args...)
}

// outFresh reports whether out/ holds what the current generators produce,
// as make check would say.
func (e *env) outFresh() string {
	if _, err := e.exec(e.root, filepath.Join(e.bin, "ftpcodegen"), "-check", "-output", "out"); err != nil {
		// The first line names the command; the next, the first stale file.
		_, rest, _ := strings.Cut(err.Error(), "\n")
		first, _, _ := strings.Cut(strings.TrimSpace(rest), "\n")
		return "**stale** (" + first + "; make gen has not run since the table or a generator changed): the Go lookup benchmarks measure the committed out/go/ftpcodes, the other languages and the sizes the freshly generated files"
	}
	return "fresh: the committed files are what the generators produce"
}

// ---------------------------------------------------------------------------
// In process: go test -bench

// goPackages are the packages with benchmarks, by the short name the
// summary uses.
var goPackages = []struct{ short, path string }{
	{"spec", "./spec"},
	{"all", "./generators/all"},
	{"ftpcodes", "./out/go/ftpcodes"},
}

// sample is one benchmark result line: unit -> value.
type sample map[string]float64

func (e *env) goBenchmarks(o options, r *report) error {
	testDir := filepath.Join(e.work, "test")
	for _, p := range goPackages {
		step(e.log, "building the %s test binary", p.path)
		if _, err := e.goCmd(e.root, "test", "-c", "-o", filepath.Join(testDir, p.short+".test"), p.path); err != nil {
			return err
		}
	}
	r.rounds = o.rounds
	r.benchtime = o.benchtime
	r.bench = map[string][]sample{}
	var lookups []byte // the raw output of out/go/ftpcodes, for benchstat
	for round := 0; round < o.rounds; round++ {
		step(e.log, "go test -bench, round %d of %d", round+1, o.rounds)
		for i := range goPackages {
			p := goPackages[(i+round)%len(goPackages)] // rotate the order
			pattern := "."
			if !o.scaling {
				// The synthetic tables take most of the time and serve no
				// goal of issue 17.
				switch p.short {
				case "all":
					pattern = "^Benchmark(Generate|Pipeline|PipelineWrite)$"
				case "spec":
					pattern = "^BenchmarkParse$"
				}
			}
			out, err := e.exec(filepath.Join(e.root, p.path), filepath.Join(testDir, p.short+".test"),
				"-test.run", "^$", "-test.bench", pattern, "-test.benchmem", "-test.benchtime", o.benchtime)
			if err != nil {
				return err
			}
			r.rawBench = append(r.rawBench, out...)
			if p.short == "ftpcodes" {
				lookups = append(lookups, out...)
			}
			for name, s := range parseBench(out) {
				key := p.short + "." + name
				for len(r.bench[key]) < round {
					r.bench[key] = append(r.bench[key], nil) // a round that lacked it
				}
				r.bench[key] = append(r.bench[key], s)
			}
		}
	}
	r.benchstat = e.benchstat(lookups)
	return nil
}

// benchstat compares the Go lookups of this run with the Go team's tool:
// each against the generated Text (the first column is the base; "vs
// base" is the difference with its p-value). The command is $BENCHSTAT,
// which make bench sets to the version the Makefile pins.
func (e *env) benchstat(raw []byte) string {
	cmd := strings.Fields(os.Getenv("BENCHSTAT"))
	if len(cmd) == 0 {
		return "not run: BENCHSTAT is not set (make bench sets it)"
	}
	in := filepath.Join(e.work, "go-lookups.txt")
	if err := os.WriteFile(in, raw, 0o644); err != nil {
		return "not run: " + err.Error()
	}
	args := append(cmd[1:], "-filter", ".name:Text .unit:(cpu-ns/op OR sec/op)", "-table", ".name", "-col", "/impl@(ftpcodes.Text http.StatusText map)", in)
	out, err := e.exec(e.root, cmd[0], args...)
	if err != nil {
		return "not run: " + oneLine(err.Error())
	}
	return strings.TrimSpace(string(out))
}

var procSuffix = regexp.MustCompile(`-\d+$`)

// parseBench reads go test -bench output: "BenchmarkX/y-2  N  v unit  v unit...".
func parseBench(out []byte) map[string]sample {
	res := map[string]sample{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		name := procSuffix.ReplaceAllString(strings.TrimPrefix(f[0], "Benchmark"), "")
		s := sample{}
		for i := 2; i+1 < len(f); i += 2 {
			if v, err := strconv.ParseFloat(f[i], 64); err == nil {
				s[f[i+1]] = v
			}
		}
		res[name] = s
	}
	return res
}

func (e *env) keep(dir string, r *report) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if len(r.rawBench) > 0 {
		if err := os.WriteFile(filepath.Join(dir, "go-bench.txt"), r.rawBench, 0o644); err != nil {
			return err
		}
	}
	return os.CopyFS(filepath.Join(dir, "gen"), os.DirFS(e.gen))
}

// writeSection replaces the section of a Markdown file that begins with
// the level-2 heading "## title" (up to the next level-2 heading) with
// text, which begins with that heading.
func writeSection(file, title string, text []byte) error {
	old, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	heading := []byte("\n## " + title + "\n")
	i := bytes.Index(old, heading)
	if i < 0 {
		return fmt.Errorf("%s: no %q heading to replace", file, strings.TrimSpace(string(heading)))
	}
	i++ // keep the newline before the heading
	j := len(old)
	if k := bytes.Index(old[i+len(heading):], []byte("\n## ")); k >= 0 {
		j = i + len(heading) + k + 1
	}
	var b bytes.Buffer
	b.Write(old[:i])
	b.Write(bytes.TrimSpace(text))
	b.WriteString("\n")
	if j < len(old) {
		b.WriteString("\n")
	}
	b.Write(old[j:])
	return os.WriteFile(file, b.Bytes(), 0o644)
}

// ---------------------------------------------------------------------------
// Machine

func machine() string {
	cpu := ""
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "model name" {
				cpu = strings.TrimSpace(v)
				break
			}
		}
	}
	mem := ""
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		var kb int64
		if _, err := fmt.Sscanf(string(b), "MemTotal: %d kB", &kb); err == nil {
			mem = fmt.Sprintf(", %.0f GiB", float64(kb)/(1<<20))
		}
	}
	return fmt.Sprintf("%s, %d cores%s, %s/%s, %s", cpu, runtime.NumCPU(), mem, runtime.GOOS, runtime.GOARCH, runtime.Version())
}

// loadavg describes how busy the machine is: the load averages and, where
// the kernel reports it, the share of the last minute some task waited for
// a CPU (/proc/pressure/cpu). Other work on the machine shows in the
// numbers; a busy machine inflates wall times, less so CPU times.
func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "?"
	}
	s := "load " + strings.Join(f[:3], " ")
	if b, err := os.ReadFile("/proc/pressure/cpu"); err == nil {
		for _, w := range strings.Fields(string(b)) {
			if v, ok := strings.CutPrefix(w, "avg60="); ok {
				s += ", CPU pressure " + v + "%"
				break
			}
		}
	}
	return s
}

// ---------------------------------------------------------------------------
// Statistics

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	sort.Float64s(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// spread is half the range between the first and the third quartile,
// relative to the median: the ± benchstat-style tables show.
func spread(xs []float64) float64 {
	if len(xs) < 2 {
		return 0
	}
	s := slices.Clone(xs)
	sort.Float64s(s)
	q := func(p float64) float64 {
		i := p * float64(len(s)-1)
		lo := int(i)
		if lo+1 >= len(s) {
			return s[lo]
		}
		return s[lo] + (i-float64(lo))*(s[lo+1]-s[lo])
	}
	m := median(s)
	if m == 0 {
		return 0
	}
	return (q(0.75) - q(0.25)) / 2 / m
}

var nan = math.NaN()

// pairedRatio is the median of a[i]/b[i]: the i-th figures of two
// contenders were taken within moments of each other, so that a burst of
// other work on the machine moves both.
func pairedRatio(a, b []float64) float64 {
	var rs []float64
	for i := 0; i < len(a) && i < len(b); i++ {
		if b[i] != 0 {
			rs = append(rs, a[i]/b[i])
		}
	}
	if len(rs) == 0 {
		return nan
	}
	return median(rs)
}

func minimum(xs []float64) float64 {
	if len(xs) == 0 {
		return nan
	}
	return slices.Min(xs)
}

func durations(ds []time.Duration) []float64 {
	out := make([]float64, len(ds))
	for i, d := range ds {
		out[i] = float64(d)
	}
	return out
}
