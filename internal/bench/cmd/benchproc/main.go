// Command benchproc runs every benchmark of ftpcodes and prints a summary
// table: it is what `make bench` runs. Nothing in `make test` uses it.
//
// It measures, on this machine, side by side in one run:
//
//   - in process: the go test benchmarks of spec (parse and validate),
//     generators/all (each target, the whole pipeline, synthetic tables of
//     100, 300 and 900 codes) and out/go/ftpcodes (Text and Code.Class
//     against net/http.StatusText and maps). The test binaries are built
//     once and run in rounds, so that every contender is measured again and
//     again, interleaved with the others; each figure is the median of the
//     rounds, and each comparison the median of the ratios within a round.
//   - whole processes: the built ftpcodegen writing every target into a new
//     directory, an empty Go program, and golang.org/x/tools/cmd/stringer
//     on a Go type with the same constants as the generated Go package, run
//     in turn many times; medians of wall time.
//   - lookups in the other languages: the generated Python (timeit), the
//     generated TypeScript compiled by the pinned tsc and run by node, and
//     the generated C header compiled with gcc -O2, each against the tables
//     its users would write by hand, on the same stream of codes.
//   - sizes: every generated file, and what importing out/go/ftpcodes adds
//     to a Go binary.
//
// Usage:
//
//	go run ./internal/bench/cmd/benchproc [-rounds 8] [-benchtime 100ms] [-runs 40] [-only go,proc,lang,size] [-keep dir]
//	go run ./internal/bench/cmd/benchproc -table 300 >synthetic.toml
//
// A missing language toolchain (python3, node, tsc, gcc) skips that
// language with a note; the summary says which targets of issue 7 are met.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
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
	flag.IntVar(&o.rounds, "rounds", 8, "rounds of the go test benchmarks")
	flag.StringVar(&o.benchtime, "benchtime", "100ms", "-test.benchtime of each benchmark in each round")
	flag.IntVar(&o.runs, "runs", 40, "runs of each whole-process contender")
	flag.StringVar(&o.only, "only", "go,proc,lang,size", "comma-separated sections to run: go, proc, lang, size")
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

type options struct {
	rounds    int
	benchtime string
	runs      int
	only      string
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
		switch s {
		case "go", "proc", "lang", "size":
			sections[s] = true
		default:
			return fmt.Errorf("-only: unknown section %q; the sections are go, proc, lang and size", s)
		}
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
	r.print(stdout)
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
	for round := 0; round < o.rounds; round++ {
		step(e.log, "go test -bench, round %d of %d", round+1, o.rounds)
		for i := range goPackages {
			p := goPackages[(i+round)%len(goPackages)] // rotate the order
			out, err := e.exec(filepath.Join(e.root, p.path), filepath.Join(testDir, p.short+".test"),
				"-test.run", "^$", "-test.bench", ".", "-test.benchmem", "-test.benchtime", o.benchtime)
			if err != nil {
				return err
			}
			r.rawBench = append(r.rawBench, out...)
			for name, s := range parseBench(out) {
				key := p.short + "." + name
				for len(r.bench[key]) < round {
					r.bench[key] = append(r.bench[key], nil) // a round that lacked it
				}
				r.bench[key] = append(r.bench[key], s)
			}
		}
	}
	return nil
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

// ---------------------------------------------------------------------------
// Whole processes

type contender struct {
	name    string
	dir     string
	prog    string
	args    func(i int) []string // arguments of run i
	before  func(i int) error    // untimed preparation of run i
	after   func(i int) error    // untimed clean-up of run i
	wall    []time.Duration
	cpu     []time.Duration
	skipped string
}

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
	cs := []*contender{
		{name: "empty Go program", dir: e.work, prog: filepath.Join(e.bin, "empty"), args: func(int) []string { return nil }},
		{name: "ftpcodegen -version (start-up only)", dir: e.work, prog: ftpcodegen, args: func(int) []string { return []string{"-version"} }},
		{name: "ftpcodegen, all targets", dir: e.work, prog: ftpcodegen,
			args:  func(i int) []string { return []string{"-output", filepath.Join(gen, "all-"+strconv.Itoa(i))} },
			after: func(i int) error { return os.RemoveAll(filepath.Join(gen, "all-"+strconv.Itoa(i))) }},
		{name: "ftpcodegen -lang go", dir: e.work, prog: ftpcodegen,
			args: func(i int) []string {
				return []string{"-lang", "go", "-output", filepath.Join(gen, "go-"+strconv.Itoa(i), "ftpcodes.go")}
			},
			after: func(i int) error { return os.RemoveAll(filepath.Join(gen, "go-"+strconv.Itoa(i))) }},
		{name: "stringer -type Code", dir: strDir, prog: filepath.Join(e.bin, "stringer"),
			args:   func(int) []string { return []string{"-type", "Code"} },
			before: func(int) error { return removeIfExists(filepath.Join(strDir, "code_string.go")) }},
	}
	if stringerErr != nil {
		cs[len(cs)-1].skipped = stringerErr.Error()
	}
	const warmup = 3
	step(e.log, "whole processes: %d runs of each of %d programs, in turn", o.runs, len(cs))
	for i := -warmup; i < o.runs; i++ {
		for j := range cs {
			c := cs[(j+max(i, 0))%len(cs)] // rotate the order
			if c.skipped != "" {
				continue
			}
			wall, cpu, err := c.once(i + warmup)
			if err != nil {
				return err
			}
			if i >= 0 {
				c.wall = append(c.wall, wall)
				c.cpu = append(c.cpu, cpu)
			}
		}
	}
	r.procs = cs
	r.runs = o.runs
	return nil
}

func (c *contender) once(i int) (wall, cpu time.Duration, err error) {
	if c.before != nil {
		if err := c.before(i); err != nil {
			return 0, 0, err
		}
	}
	cmd := exec.Command(c.prog, c.args(i)...)
	cmd.Dir = c.dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	t0 := time.Now()
	err = cmd.Run()
	wall = time.Since(t0)
	if err != nil {
		return 0, 0, fmt.Errorf("%s: %v\n%s", c.name, err, stderr.Bytes())
	}
	cpu = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	if c.after != nil {
		err = c.after(i)
	}
	return wall, cpu, err
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

func writeFiles(dir string, files map[string]string) error {
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			return err
		}
	}
	return nil
}

func removeIfExists(path string) error {
	if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	return nil
}

// ---------------------------------------------------------------------------
// Lookups in Python, TypeScript (node) and C

type langResult struct {
	lang    string
	lines   []langLine
	skipped string
}

type langLine struct {
	name string
	ns   float64
}

func (e *env) languages(r *report) {
	mix := filepath.Join(e.work, "mix.txt")
	httpMix := filepath.Join(e.work, "http-mix.txt")
	if err := writeFiles(e.work, map[string]string{"mix.txt": lines(bench.Mix()), "http-mix.txt": lines(bench.HTTPMix())}); err != nil {
		r.langs = append(r.langs, langResult{lang: "all", skipped: err.Error()})
		return
	}
	testdata := filepath.Join(e.root, "internal", "bench", "testdata")

	step(e.log, "Python lookups (timeit)")
	r.langs = append(r.langs, e.lang("Python", func() ([]byte, error) {
		py, err := exec.LookPath("python3")
		if err != nil {
			return nil, errSkip("python3 not found")
		}
		return e.exec(e.work, py, filepath.Join(testdata, "lookup.py"), filepath.Join(e.gen, "python"), mix, httpMix)
	}))

	step(e.log, "TypeScript lookups (tsc, node)")
	r.langs = append(r.langs, e.lang("TypeScript (node)", func() ([]byte, error) {
		node, err := exec.LookPath("node")
		if err != nil {
			return nil, errSkip("node not found")
		}
		tsc := filepath.Join(e.root, "node_modules", ".bin", "tsc")
		if _, err := os.Stat(tsc); err != nil {
			return nil, errSkip("node_modules/.bin/tsc missing; run make tools")
		}
		// tsc emits an ES module only for a source whose package.json
		// says so.
		src, err := os.ReadFile(filepath.Join(e.gen, "typescript", "ftpcodes.ts"))
		if err != nil {
			return nil, err
		}
		ts := filepath.Join(e.work, "ts")
		if err := writeFiles(ts, map[string]string{"package.json": `{"type":"module"}` + "\n", "ftpcodes.ts": string(src)}); err != nil {
			return nil, err
		}
		if _, err := e.exec(ts, tsc, "--strict", "--target", "es2022", "--lib", "es2022", "--module", "nodenext", "--types", "",
			"--outDir", "js", "ftpcodes.ts"); err != nil {
			return nil, err
		}
		return e.exec(e.work, node, filepath.Join(testdata, "lookup.mjs"), filepath.Join(ts, "js", "ftpcodes.js"), mix, httpMix)
	}))

	step(e.log, "C lookups (gcc -O2)")
	r.langs = append(r.langs, e.lang("C (gcc -O2)", func() ([]byte, error) {
		gcc, err := exec.LookPath("gcc")
		if err != nil {
			return nil, errSkip("gcc not found")
		}
		exe := filepath.Join(e.bin, "lookup-c")
		if _, err := e.exec(e.work, gcc, "-std=c99", "-O2", "-Wall", "-Wextra", "-Werror", "-I", filepath.Join(e.gen, "c"),
			"-o", exe, filepath.Join(testdata, "lookup.c")); err != nil {
			return nil, err
		}
		return e.exec(e.work, exe, mix, httpMix)
	}))
}

type errSkip string

func (s errSkip) Error() string { return string(s) }

// lang runs one language's lookup program, which prints one line per
// contender: "name<TAB>nanoseconds per lookup".
func (e *env) lang(name string, f func() ([]byte, error)) langResult {
	res := langResult{lang: name}
	out, err := f()
	if err != nil {
		res.skipped = err.Error()
		return res
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		n, v, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			continue
		}
		ns, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
		if err != nil {
			continue
		}
		res.lines = append(res.lines, langLine{n, ns})
	}
	if len(res.lines) == 0 {
		res.skipped = "printed no results: " + string(out)
	}
	return res
}

func lines(codes []int) string {
	var b strings.Builder
	for _, c := range codes {
		fmt.Fprintln(&b, c)
	}
	return b.String()
}

// ---------------------------------------------------------------------------
// Sizes

type size struct {
	name  string
	bytes int64
}

func (e *env) sizes(r *report) error {
	step(e.log, "sizes")
	err := filepath.WalkDir(e.gen, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		fi, err := d.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(e.gen, p)
		r.files = append(r.files, size{filepath.ToSlash(rel), fi.Size()})
		return nil
	})
	if err != nil {
		return err
	}
	sort.Slice(r.files, func(i, j int) bool { return r.files[i].name < r.files[j].name })

	progs := []struct{ name, imports, body string }{
		{"without ftpcodes", "", `fmt.Println(code, code/100)`},
		{"with ftpcodes.Text and Code.Class", `"github.com/ftpcodes/ftpcodes/out/go/ftpcodes"`,
			`fmt.Println(code, ftpcodes.Text(code), ftpcodes.Code(code).Class())`},
		{"with every lookup (Lookup, ByName, All, String)", `"github.com/ftpcodes/ftpcodes/out/go/ftpcodes"`,
			`r, _ := ftpcodes.Lookup(code)
	c, _ := ftpcodes.ByName(os.Args[1])
	n := 0
	for range ftpcodes.All() {
		n++
	}
	fmt.Println(code, r.Text, c, ftpcodes.Code(code), ftpcodes.Code(code).Group().Title(), n)`},
	}
	for i, p := range progs {
		src := fmt.Sprintf("package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\t\"strconv\"\n\t%s\n)\n\nfunc main() {\n\tcode, _ := strconv.Atoi(os.Args[1])\n\t%s\n}\n", p.imports, p.body)
		dir := filepath.Join(e.work, "size", strconv.Itoa(i))
		if err := writeFiles(dir, map[string]string{"main.go": src}); err != nil {
			return err
		}
		for _, stripped := range []bool{false, true} {
			exe := filepath.Join(dir, fmt.Sprintf("prog-%v", stripped))
			args := []string{"build", "-o", exe}
			if stripped {
				args = append(args, "-ldflags=-s -w")
			}
			// Built from inside the module, so the file may import out/go/ftpcodes.
			if _, err := e.goCmd(e.root, append(args, filepath.Join(dir, "main.go"))...); err != nil {
				return err
			}
			fi, err := os.Stat(exe)
			if err != nil {
				return err
			}
			r.binaries = append(r.binaries, binSize{p.name, stripped, fi.Size()})
		}
	}
	return nil
}

type binSize struct {
	name     string
	stripped bool
	bytes    int64
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

func durations(ds []time.Duration) []float64 {
	out := make([]float64, len(ds))
	for i, d := range ds {
		out[i] = float64(d)
	}
	return out
}
