package main

import (
	"fmt"
	"io"
	"math"
	"os/exec"
	"sort"
	"strings"
	"time"

	"github.com/ftpcodes/ftpcodes/internal/bench"
)

// report is everything one run measured.
type report struct {
	machine               string
	loadBefore, loadAfter string
	start                 time.Time
	elapsed               time.Duration
	outFresh              string

	rounds    int
	benchtime string
	bench     map[string][]sample // "pkg.Name/sub" -> one sample per round (nil: missing)
	rawBench  []byte
	benchstat string

	runs           int
	gen            genContenders
	stringerConsts int

	py        *pyContenders
	pySkipped string

	cc         *ccContenders
	ccSkipped  string
	ccCompiler string
	ccRuns     int

	langs []langResult

	files   []size
	builds  []build
	esbuild string

	mixUnknown string // "7.3% of them unknown"
	tree       string // the commit measured
}

// values returns the unit's value of a benchmark in every round that has it.
func (r *report) values(key, unit string) []float64 {
	var out []float64
	for _, s := range r.bench[key] {
		if v, ok := s[unit]; ok {
			out = append(out, v)
		}
	}
	return out
}

func (r *report) med(key, unit string) float64 { return median(r.values(key, unit)) }

// ratio is the median over the rounds of a/b, each round's pair measured
// within seconds of each other; NaN when no round has both.
func (r *report) ratio(a, b, unit string) float64 {
	var xs, ys []float64
	sa, sb := r.bench[a], r.bench[b]
	for i := 0; i < len(sa) && i < len(sb); i++ {
		x, ok1 := sa[i][unit]
		y, ok2 := sb[i][unit]
		if ok1 && ok2 {
			xs, ys = append(xs, x), append(ys, y)
		}
	}
	return pairedRatio(xs, ys)
}

// lookupUnit is the unit the Go lookups are compared in: the goroutine's
// CPU time (bench.CPUUnit) where the benchmarks report it, else wall time.
func (r *report) lookupUnit() string {
	if len(r.values("ftpcodes.Text/mix=ftp/impl=ftpcodes.Text", bench.CPUUnit)) > 0 {
		return bench.CPUUnit
	}
	return "ns/op"
}

func (r *report) lang(prefix string) *langResult {
	for i := range r.langs {
		if strings.HasPrefix(r.langs[i].lang, prefix) && r.langs[i].skipped == "" {
			return &r.langs[i]
		}
	}
	return nil
}

type printer func(format string, args ...any)

func (r *report) print(w io.Writer) {
	p := func(format string, args ...any) { fmt.Fprintf(w, format, args...) }
	p("## Latest run\n\n")
	p("Written by `make bench` (benchproc -write BENCHMARKS.md); everything below is this one run.\n\n")
	p("- tree: %s\n", r.tree)
	p("- machine: %s\n", r.machine)
	p("- tools: %s\n", toolVersions(r))
	p("- how busy the machine was, before / after: %s / %s; the whole run took %s\n", r.loadBefore, r.loadAfter, r.elapsed.Round(time.Second))
	p("- out/: %s\n", r.outFresh)
	if r.bench != nil {
		p("- in process: go test -bench, %d rounds of -benchtime %s; a time is the median of the rounds ± half the interquartile range, a ratio the median of the per-round ratios\n", r.rounds, r.benchtime)
	}
	if r.runs > 0 || r.ccRuns > 0 {
		p("- whole processes (generation, Python import, C compile): %d timed runs of each program (of each C compilation: %d), in turn, after %d warm-up runs; a time is the median ± half the interquartile range; a ratio or a difference is the median of those of the i-th runs. The goals on processes compare CPU time (user + system, waited-for children included), wall time beside it: on a machine shared with other work, wall time also measures the neighbours\n", r.runs, r.ccRuns, warmup)
	}
	if r.langs != nil {
		p("- lookups in Python, TypeScript, C, Rust and Java: 9 rounds timing every contender in turn; a time is the median of the rounds, a ratio the median of the per-round ratios\n")
	}
	if r.langs != nil || r.bench != nil {
		p("- every lookup time is CPU time of the thread that looks up (Go: %s; C, Rust: CLOCK_THREAD_CPUTIME_ID; Python: time.thread_time; Java: ThreadMXBean; Node.js: process.cpuUsage), so that time spent waiting for a CPU on a shared machine is not counted\n", bench.CPUUnit)
	}

	r.printGoals(p)
	if r.gen.all != nil {
		r.printGeneration(p)
	}
	if r.bench != nil {
		r.printInProcess(p)
		if len(r.values("spec.ParseScaling/codes=100", "ns/op")) > 0 {
			r.printScaling(p)
		}
	}
	if r.py != nil {
		r.printPython(p)
	}
	if r.cc != nil {
		r.printC(p)
	}
	if r.bench != nil || r.langs != nil {
		r.printLookups(p)
	}
	if r.files != nil {
		r.printSizes(p)
	}
}

// toolVersions names the compilers and interpreters the run used.
func toolVersions(r *report) string {
	var vs []string
	for _, t := range []struct{ name, flag string }{{"python3", "--version"}, {"node", "--version"}, {"rustc", "--version"}, {"javac", "-version"}} {
		out, err := exec.Command(t.name, t.flag).CombinedOutput()
		if err != nil {
			continue
		}
		v := strings.TrimSpace(string(out))
		if t.name == "node" {
			v = "Node.js " + v
		}
		if t.name == "rustc" {
			v, _, _ = strings.Cut(v, " (")
		}
		vs = append(vs, v)
	}
	if r.ccCompiler != "" {
		vs = append(vs, r.ccCompiler)
	}
	if r.esbuild != "" {
		vs = append(vs, r.esbuild)
	}
	return strings.Join(vs, ", ")
}

// A goal is one ratio of issue 17 with its verdict.
type goal struct {
	what, target, measured string
	pass                   bool
	measuredOK             bool
}

func (g goal) verdict() string {
	switch {
	case !g.measuredOK:
		return "not measured"
	case g.pass:
		return "PASS"
	}
	return "**FAIL**"
}

func (r *report) goals() []goal {
	var gs []goal
	add := func(what, target string, x float64, pass bool, measured string) {
		gs = append(gs, goal{what: what, target: target, measured: measured, pass: pass, measuredOK: !math.IsNaN(x)})
	}
	notRun := func(what, target, why string) {
		gs = append(gs, goal{what: what, target: target, measured: why})
	}

	// Python import.
	const pyWhat = "Python: own import time of ftpcodes against `http`'s (the module's body, in a fresh interpreter, cached bytecode)"
	if p := r.py; p != nil && p.cached.ok() && p.http.ok() && r.pySkipped == "" {
		x := pairedRatio(p.cached.extra["cpu"], p.http.extra["cpu"])
		add(pyWhat, "at most 3×", x, x <= 3, fmt.Sprintf("%.1f× CPU time (%s against %s; importtime's self time, fastest runs, %.1f×); without bytecode %s (%.1f×)",
			x, fmtNs(median(p.cached.extra["cpu"])), fmtNs(median(p.http.extra["cpu"])),
			minimum(p.cached.extra["self"])/minimum(p.http.extra["self"]),
			fmtNs(median(p.noBytecode.extra["cpu"])), pairedRatio(p.noBytecode.extra["cpu"], p.http.extra["cpu"])))
	} else if r.py != nil {
		notRun(pyWhat, "at most 3×", r.pySkipped)
	}

	// C compile time.
	const ccWhat = "C: what including ftpcodes.h adds to a translation unit at -O2, against one that includes only `<stdio.h>`"
	if c := r.cc; c != nil && c.decl.ok() {
		d := added(c.decl, c.stdio, cpu)
		add(ccWhat, "at most 15 ms", d, d <= 15e6, fmt.Sprintf("%s CPU time (declarations only: %s against %s; wall time %s); the implementation unit %s, FTPCODES_STATIC %s",
			fmtSigned(d), fmtNs(median(c.decl.times(cpu))), fmtNs(median(c.stdio.times(cpu))), fmtSigned(added(c.decl, c.stdio, wall)),
			fmtSigned(added(c.impl, c.stdio, cpu)), fmtSigned(added(c.static, c.stdio, cpu))))
	} else if r.cc != nil {
		notRun(ccWhat, "at most 15 ms", r.ccSkipped)
	}

	// Lookups.
	lookup := func(what, target string, limit float64, strict bool, langPrefix, name, base string) {
		l := r.lang(langPrefix)
		a, b := l.line(name), l.line(base)
		if a == nil || b == nil {
			why := "not run"
			for _, x := range r.langs {
				if strings.HasPrefix(x.lang, langPrefix) && x.skipped != "" {
					why = x.skipped
				}
			}
			if r.langs != nil {
				notRun(what, target, oneLine(why))
			}
			return
		}
		x := langRatio(a, b)
		pass := x <= limit
		if strict {
			pass = x < limit
		}
		add(what, target, x, pass, fmt.Sprintf("%.2f (%s against %s)", x, fmtNs(median(a.rounds)), fmtNs(median(b.rounds))))
	}
	lookup("Python `reply_text` against `dict.get`, same stream", "at most 1.3×", 1.3, false, "Python", "text: reply_text", "text: dict.get")
	lookup("TypeScript `replyText` against `Map.get`, same stream", "at most 1.3×", 1.3, false, "TypeScript", "text: replyText", "text: Map.get")
	if r.bench != nil {
		a, b := "ftpcodes.Text/mix=ftp/impl=ftpcodes.Text", "ftpcodes.Text/mix=ftp/impl=http.StatusText"
		u := r.lookupUnit()
		x := r.ratio(a, b, u)
		add("Go `Text` against `net/http.StatusText`, same stream", "at most 1.1×", x, x <= 1.1,
			fmt.Sprintf("%.2f (%s against %s; wall time %.2f; benchstat below)", x, fmtNs(r.med(a, u)), fmtNs(r.med(b, u)), r.ratio(a, b, "ns/op")))
	}
	lookup("Rust `reply_text` against a hand-written `match`, same stream", "at most 1.3× (as Python's and TypeScript's)", 1.3, false, "Rust", "text: reply_text", "text: hand-written match")
	lookup("Rust `reply_text` against a `HashMap<u32, &str>`", "faster (below 1)", 1, true, "Rust", "text: reply_text", "text: HashMap<u32, &str> (std hasher)")
	lookup("Java `FtpCodes.replyText` against a hand-written `switch`, same stream", "at most 1.3× (as Python's and TypeScript's)", 1.3, false, "Java", "text: replyText", "text: hand-written switch")
	lookup("Java `FtpCodes.replyText` against a `HashMap<Integer, String>`", "faster (below 1)", 1, true, "Java", "text: replyText", "text: HashMap<Integer, String>")

	// Generation.
	if g := r.gen; g.all != nil {
		x := ratio(g.all, g.empty, cpu)
		add("Generation: whole process, all targets, against an empty Go program", "at most 8×", x, x <= 8,
			fmt.Sprintf("%.1f× CPU time (%s against %s; wall time %.1f×); peak memory %s against %s", x,
				fmtNs(median(g.all.times(cpu))), fmtNs(median(g.empty.times(cpu))), ratio(g.all, g.empty, wall), fmtBytes(median(g.all.rss)), fmtBytes(median(g.empty.rss))))
		const strWhat = "Generation: whole process, all targets, against stringer on a type with as many constants"
		if g.stringer.ok() {
			x := ratio(g.stringer, g.all, cpu)
			m := fmt.Sprintf("%.2f× faster", x)
			if x < 1 {
				m = fmt.Sprintf("%.2f×: stringer is %.2f× faster", x, 1/x)
			}
			add(strWhat, "at least 1.5× faster", x, x >= 1.5, fmt.Sprintf("%s in CPU time (%d constants; %s against %s; wall time %.2f×); peak memory %s against %s", m, r.stringerConsts,
				fmtNs(median(g.all.times(cpu))), fmtNs(median(g.stringer.times(cpu))), ratio(g.stringer, g.all, wall), fmtBytes(median(g.all.rss)), fmtBytes(median(g.stringer.rss))))
		} else {
			notRun(strWhat, "at least 1.5× faster", "stringer unavailable: "+oneLine(g.stringer.skipped))
		}
	}
	if len(r.values("all.Scaling/codes=100", "ns/op")) > 0 { // with -scaling
		x := r.ratio("all.Scaling/codes=900", "all.Scaling/codes=100", "ns/op")
		add("Scaling (issue 7): parse and generate all targets, 900 codes against 100", "at most 10×", x, x <= 10, fmt.Sprintf("%.1f×", x))
	}
	return gs
}

func (r *report) printGoals(p printer) {
	gs := r.goals()
	p("\n### Goals (issue 17)\n\n| ratio | goal | measured | verdict |\n| --- | --- | --- | --- |\n")
	pass, fail := 0, 0
	for _, g := range gs {
		p("| %s | %s | %s | %s |\n", g.what, g.target, g.measured, g.verdict())
		if g.measuredOK {
			if g.pass {
				pass++
			} else {
				fail++
			}
		}
	}
	p("\n%d PASS, %d FAIL, %d not measured.\n", pass, fail, len(gs)-pass-fail)
}

func (r *report) printGeneration(p printer) {
	p("\n### Generation as a whole process\n\n| program | wall time | CPU time (user+sys) | peak memory (max RSS) | × empty program, CPU (wall) |\n| --- | ---: | ---: | ---: | ---: |\n")
	for _, c := range r.gen.list() {
		if c.skipped != "" {
			p("| %s | skipped: %s | | | |\n", c.name, oneLine(c.skipped))
			continue
		}
		w := c.times(wall)
		p("| %s | %s ± %.0f%% | %s ± %.0f%% | %s | %.1f× (%.1f×) |\n", c.name, fmtNs(median(w)), 100*spread(w), fmtNs(median(c.times(cpu))), 100*spread(c.times(cpu)),
			fmtBytes(median(c.rss)), ratio(c, r.gen.empty, cpu), ratio(c, r.gen.empty, wall))
	}
}

// keys returns the benchmarks of a package in name order.
func (r *report) keys(prefix string) []string {
	var ks []string
	for k := range r.bench {
		if strings.HasPrefix(k, prefix) {
			ks = append(ks, k)
		}
	}
	sort.Strings(ks)
	return ks
}

func (r *report) printInProcess(p printer) {
	p("\n### Generation in process (go test -bench)\n\nCPU time is the benchmark goroutine's (%s), without the garbage collector's own workers.\n\n| benchmark | CPU time/op | wall time/op | B/op | allocs/op |\n| --- | ---: | ---: | ---: | ---: |\n", bench.CPUUnit)
	rows := append([]string{"spec.Parse"}, r.keys("all.Generate/")...)
	rows = append(rows, "all.Pipeline", "all.PipelineWrite")
	for _, k := range rows {
		ns := r.values(k, "ns/op")
		if len(ns) == 0 {
			continue
		}
		c := r.values(k, bench.CPUUnit)
		p("| %s | %s ± %.0f%% | %s ± %.0f%% | %s | %.0f |\n", k, fmtNs(median(c)), 100*spread(c), fmtNs(median(ns)), 100*spread(ns), fmtBytes(r.med(k, "B/op")), r.med(k, "allocs/op"))
	}
	u := bench.CPUUnit
	if len(r.values("all.Pipeline", u)) == 0 {
		u = "ns/op"
	}
	total := r.med("all.Pipeline", u)
	if total > 0 {
		var parts []string
		for _, k := range rows[:len(rows)-2] {
			if v := r.med(k, u); v > 0 {
				parts = append(parts, fmt.Sprintf("%s %.0f%%", strings.TrimPrefix(strings.TrimPrefix(k, "all."), "spec."), 100*v/total))
			}
		}
		p("\nWhere the in-process pipeline's CPU time goes (one target after another; ftpcodegen runs them side by side): %s.\n", strings.Join(parts, ", "))
	}
}

func (r *report) printScaling(p printer) {
	p("\n### Scaling (synthetic tables)\n\n")
	p("100 and 300 codes are three-digit codes spread over classes 1-6 and groups 0-5; the spec admits only 360 three-digit codes, so the 900-code table is all 360 and 540 five-digit non-standard codes. Every table has n/2 commands.\n\n")
	p("| stage | 100 codes | 300 codes | 900 codes | 900 / 100 | per code, 900 / 100 |\n| --- | ---: | ---: | ---: | ---: | ---: |\n")
	row := func(label, prefix string, sizes []int) {
		if len(r.values(prefix+"/codes=100", "ns/op")) == 0 {
			return
		}
		var cells []string
		for _, n := range []int{100, 300, 900} {
			if !contains(sizes, n) {
				cells = append(cells, "")
				continue
			}
			k := fmt.Sprintf("%s/codes=%d", prefix, n)
			cells = append(cells, fmt.Sprintf("%s (%s/code)", fmtNs(r.med(k, "ns/op")), fmtNs(r.med(k, "ns/code"))))
		}
		a, b := fmt.Sprintf("%s/codes=900", prefix), fmt.Sprintf("%s/codes=100", prefix)
		p("| %s | %s | %.1f× | %.2f× |\n", label, strings.Join(cells, " | "), r.ratio(a, b, "ns/op"), r.ratio(a, b, "ns/code"))
	}
	row("parse and validate", "spec.ParseScaling", []int{100, 300, 900})
	row("whole pipeline", "all.Scaling", []int{100, 300, 900})
	for _, k := range r.keys("all.GenerateScaling/") {
		if t, ok := strings.CutSuffix(strings.TrimPrefix(k, "all.GenerateScaling/"), "/codes=100"); ok {
			row("generate "+t, "all.GenerateScaling/"+t, []int{100, 900})
		}
	}
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func (r *report) printPython(p printer) {
	p("\n### Python import\n\n")
	if r.pySkipped != "" {
		p("Note: %s.\n\n", r.pySkipped)
	}
	p("A fresh interpreter each run (`python3 -X importtime`). Own time is the module's body without the modules it imports: its CPU time (the thread's, those modules imported first), and importtime's self time, a wall-clock figure (fastest run, median in brackets).\n\n")
	p("| program | own CPU time | own time, importtime | cumulative, importtime | process wall time | process CPU time | peak memory (max RSS) |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n")
	for _, c := range r.py.list() {
		if c == nil || !c.ok() {
			continue
		}
		own, self, cum := "", "", ""
		if c.extra != nil {
			own = fmt.Sprintf("%s ± %.0f%%", fmtNs(median(c.extra["cpu"])), 100*spread(c.extra["cpu"]))
			self = fmt.Sprintf("%s (%s)", fmtNs(minimum(c.extra["self"])), fmtNs(median(c.extra["self"])))
			cum = fmt.Sprintf("%s (%s)", fmtNs(minimum(c.extra["cumulative"])), fmtNs(median(c.extra["cumulative"])))
		}
		w := c.times(wall)
		p("| %s | %s | %s | %s | %s ± %.0f%% | %s | %s |\n", c.name, own, self, cum, fmtNs(median(w)), 100*spread(w), fmtNs(median(c.times(cpu))), fmtBytes(median(c.rss)))
	}
	if s := r.pythonPays(); s != "" {
		p("\nWhat a program that uses only `reply_text` pays, against an interpreter that imports nothing: %s.\n", s)
	}
}

func (r *report) printC(p printer) {
	p("\n### C compile time\n\n")
	if r.ccSkipped != "" {
		p("Skipped: %s.\n", r.ccSkipped)
		return
	}
	p("`gcc %s -c` of a unit whose `main` prints a code's text (`ftp_reply_text`), or the code alone for `<stdio.h>` only.\n\n", strings.Join(ccFlags, " "))
	p("| unit | wall time | CPU time (user+sys, cc1 and as included) | added to `<stdio.h>` only, CPU (wall) | peak memory (max RSS) |\n| --- | ---: | ---: | ---: | ---: |\n")
	for _, c := range r.cc.list() {
		w := c.times(wall)
		add := "the base"
		if c != r.cc.stdio {
			add = fmt.Sprintf("%s (%s)", fmtSigned(added(c, r.cc.stdio, cpu)), fmtSigned(added(c, r.cc.stdio, wall)))
		}
		p("| %s | %s ± %.0f%% | %s ± %.0f%% | %s | %s |\n", c.name, fmtNs(median(w)), 100*spread(w), fmtNs(median(c.times(cpu))), 100*spread(c.times(cpu)),
			add, fmtBytes(median(c.rss)))
	}
}

func (r *report) printLookups(p printer) {
	p("\n### Lookups\n\n")
	p("The same stream of %d codes in every language (internal/bench.Mix: the replies of ordinary sessions weighted by frequency, %s); the HTTP stream (HTTPMix) gives the HTTP tables inputs of their own. Times are per lookup, loop included; the ratio is against the generated function, the first row of its group.\n\n", bench.MixLen, r.mixUnknown)
	p("| language | lookup | time/lookup | ratio |\n| --- | --- | ---: | ---: |\n")
	if r.bench != nil {
		for _, group := range []string{"ftpcodes.Text/mix=ftp/impl=ftpcodes.Text", "ftpcodes.Class/impl=ftpcodes.Code.Class"} {
			prefix, _, _ := strings.Cut(group, "/")
			ks := r.keys(prefix + "/")
			sort.SliceStable(ks, func(i, j int) bool { return ks[i] == group && ks[j] != group })
			u := r.lookupUnit()
			for _, k := range ks {
				ns := r.values(k, u)
				p("| Go | %s | %s ± %.0f%% | %.2f |\n", strings.TrimPrefix(k, "ftpcodes."), fmtNs(median(ns)), 100*spread(ns), r.ratio(k, group, u))
			}
		}
	}
	for _, l := range r.langs {
		if l.skipped != "" {
			p("| %s | skipped: %s | | |\n", l.lang, oneLine(l.skipped))
			continue
		}
		base := map[string]*langLine{}
		for i, x := range l.lines {
			g, _, _ := strings.Cut(x.name, ":")
			if _, ok := base[g]; !ok {
				base[g] = &l.lines[i]
			}
			p("| %s | %s | %s ± %.0f%% | %.2f |\n", l.lang, x.name, fmtNs(median(x.rounds)), 100*spread(x.rounds), langRatio(&l.lines[i], base[g]))
		}
	}
	if r.benchstat != "" {
		p("\nbenchstat on the Go lookups of this run, CPU time (%s) and wall time (sec/op), each column against `ftpcodes.Text`; n is the number of rounds:\n\n```\n%s\n```\n", bench.CPUUnit, r.benchstat)
	}
}

func (r *report) printSizes(p printer) {
	p("\n### Sizes\n\n| generated file | bytes |\n| --- | ---: |\n")
	for _, f := range r.files {
		p("| %s | %d |\n", f.name, f.bytes)
	}
	if s := r.pythonPays(); s != "" {
		p("\nPython has no build step: a program that uses only `reply_text` pays the import (Python import, above): %s.\n", s)
	}
	for _, lang := range []struct{ name, head string }{
		{"Go", "| Go program (go build) | binary | added by ftpcodes | stripped (-ldflags=-s -w) | added, stripped |"},
		{"C", "| C program (gcc -O2) | binary | added by ftpcodes | stripped (-s) | added, stripped |"},
		{"JavaScript", "| JavaScript bundle (esbuild --bundle --minify) | minified | added by ftpcodes | gzip -9 | added, gzipped |"},
	} {
		var bs []build
		for _, b := range r.builds {
			if b.lang == lang.name {
				bs = append(bs, b)
			}
		}
		if len(bs) == 0 {
			continue
		}
		p("\n%s\n| --- | ---: | ---: | ---: | ---: |\n", lang.head)
		base := bs[0]
		for _, b := range bs {
			if b.skipped != "" {
				p("| %s | skipped: %s | | | |\n", b.name, oneLine(b.skipped))
				continue
			}
			p("| %s | %s | %s | %s | %s |\n", b.name, fmtBytes(float64(b.a)), fmtBytes(float64(b.a-base.a)), fmtBytes(float64(b.b)), fmtBytes(float64(b.b-base.b)))
		}
	}
}

// pythonPays says what importing ftpcodes and calling reply_text once
// adds to an interpreter's start.
func (r *report) pythonPays() string {
	if r.py == nil || !r.py.textOnly.ok() || !r.py.start.ok() {
		return ""
	}
	return fmt.Sprintf("%s of CPU time (%s of wall time) and %s of memory",
		fmtSigned(added(r.py.textOnly, r.py.start, cpu)), fmtSigned(added(r.py.textOnly, r.py.start, wall)), fmtBytes(median(r.py.textOnly.rss)-median(r.py.start.rss)))
}

func oneLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return strings.ReplaceAll(s, "|", "/")
}

func fmtNs(ns float64) string {
	switch {
	case math.IsNaN(ns):
		return "?"
	case math.Abs(ns) >= 1e9:
		return fmt.Sprintf("%.2f s", ns/1e9)
	case math.Abs(ns) >= 1e6:
		return fmt.Sprintf("%.2f ms", ns/1e6)
	case math.Abs(ns) >= 1e3:
		return fmt.Sprintf("%.1f µs", ns/1e3)
	case math.Abs(ns) >= 10:
		return fmt.Sprintf("%.1f ns", ns)
	}
	return fmt.Sprintf("%.2f ns", ns)
}

// fmtSigned is fmtNs with the sign of a difference.
func fmtSigned(ns float64) string {
	if ns >= 0 {
		return "+" + fmtNs(ns)
	}
	return fmtNs(ns)
}

func fmtBytes(b float64) string {
	switch {
	case math.IsNaN(b):
		return "?"
	case math.Abs(b) >= 1<<20:
		return fmt.Sprintf("%.2f MiB", b/(1<<20))
	case math.Abs(b) >= 1<<10:
		return fmt.Sprintf("%.1f KiB", b/(1<<10))
	}
	return fmt.Sprintf("%.0f B", b)
}
