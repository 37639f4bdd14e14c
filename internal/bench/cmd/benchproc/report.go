package main

import (
	"fmt"
	"io"
	"math"
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

	procs          []*contender
	runs           int
	stringerConsts int

	langs []langResult

	files    []size
	binaries []binSize

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
	var rs []float64
	sa, sb := r.bench[a], r.bench[b]
	for i := 0; i < len(sa) && i < len(sb); i++ {
		x, ok1 := sa[i][unit]
		y, ok2 := sb[i][unit]
		if ok1 && ok2 && y != 0 {
			rs = append(rs, x/y)
		}
	}
	if len(rs) == 0 {
		return math.NaN()
	}
	return median(rs)
}

func (r *report) proc(name string) *contender {
	for _, c := range r.procs {
		if c.name == name && c.skipped == "" && len(c.wall) > 0 {
			return c
		}
	}
	return nil
}

func (r *report) print(w io.Writer) {
	p := func(format string, args ...any) { fmt.Fprintf(w, format, args...) }
	p("\n# ftpcodes benchmarks\n\n")
	p("- tree: %s\n", r.tree)
	p("- machine: %s\n", r.machine)
	p("- how busy the machine was, before / after: %s / %s; the whole run took %s\n", r.loadBefore, r.loadAfter, r.elapsed.Round(time.Second))
	p("- out/: %s\n", r.outFresh)
	if r.bench != nil {
		p("- in process: go test -bench, %d rounds of -benchtime %s; a time is the median of the rounds ± half the interquartile range, a ratio the median of the per-round ratios\n", r.rounds, r.benchtime)
	}
	if r.procs != nil {
		p("- whole process: %d timed runs of each program, in turn, after 3 warm-up runs; wall time median ± half the interquartile range\n", r.runs)
	}

	r.printTargets(p)
	if r.bench != nil {
		r.printInProcess(p)
		r.printScaling(p)
	}
	if r.procs != nil {
		r.printProcesses(p)
	}
	if r.bench != nil || r.langs != nil {
		r.printLookups(p)
	}
	if r.files != nil {
		r.printSizes(p)
	}
}

type printer func(format string, args ...any)

func (r *report) printTargets(p printer) {
	p("\n## Targets (issue 7)\n\n| target | goal | measured | verdict |\n| --- | --- | --- | --- |\n")
	verdict := func(ok bool, x float64) string {
		switch {
		case math.IsNaN(x):
			return "not measured"
		case ok:
			return "met"
		}
		return "**missed**"
	}
	if r.procs != nil {
		empty, gen, str := r.proc("empty Go program"), r.proc("ftpcodegen, all targets"), r.proc("stringer -type Code")
		cpu := func(a, b *contender) float64 { return median(durations(a.cpu)) / median(durations(b.cpu)) }
		if empty != nil && gen != nil {
			x := median(durations(gen.wall)) / median(durations(empty.wall))
			p("| whole process: ftpcodegen writing all targets, against an empty Go program | at most 3× | %.1f× (CPU time %.1f×) | %s |\n", x, cpu(gen, empty), verdict(x <= 3, x))
		}
		if gen != nil && str != nil {
			x := median(durations(str.wall)) / median(durations(gen.wall))
			m := fmt.Sprintf("%.1f× faster", x)
			if x < 1 {
				m = fmt.Sprintf("%.2f×: stringer is %.1f× faster", x, 1/x)
			}
			p("| whole process: ftpcodegen writing all targets, against stringer on the same %d constants | at least 20× faster | %s (CPU time %.2f×) | %s |\n", r.stringerConsts, m, cpu(str, gen), verdict(x >= 20, x))
		} else if c := r.findProc("stringer -type Code"); c != nil && c.skipped != "" {
			p("| whole process: against stringer | at least 20× faster | stringer unavailable: %s | not measured |\n", oneLine(c.skipped))
		}
	}
	if r.bench != nil {
		x := r.ratio("ftpcodes.Text/mix=ftp/impl=ftpcodes.Text", "ftpcodes.Text/mix=ftp/impl=http.StatusText", "ns/op")
		p("| Go `Text` against `net/http.StatusText`, same stream of codes | ratio at most 1.1 | %.2f | %s |\n", x, verdict(x <= 1.1, x))
		x = r.ratio("ftpcodes.Text/mix=ftp/impl=ftpcodes.Text", "ftpcodes.Text/mix=http/impl=http.StatusText", "ns/op")
		p("| Go `Text` on the FTP stream against `net/http.StatusText` on the HTTP stream, each on its own traffic | ratio at most 1.1 | %.2f | %s |\n", x, verdict(x <= 1.1, x))
		x = r.ratio("ftpcodes.Text/mix=ftp/impl=ftpcodes.Text", "ftpcodes.Text/mix=ftp/impl=map", "ns/op")
		p("| Go `Text` against a `map[int]string` | faster (ratio below 1) | %.2f | %s |\n", x, verdict(x < 1, x))
		x = r.ratio("all.Scaling/codes=900", "all.Scaling/codes=100", "ns/op")
		pc := r.ratio("all.Scaling/codes=900", "all.Scaling/codes=100", "ns/code")
		p("| scaling: parse and generate all targets, 900 codes against 100 | at most 10× | %.1f× (per code %.2f×) | %s |\n", x, pc, verdict(x <= 10, x))
	}
}

func (r *report) findProc(name string) *contender {
	for _, c := range r.procs {
		if c.name == name {
			return c
		}
	}
	return nil
}

func oneLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return strings.ReplaceAll(s, "|", "/")
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
	p("\n## Generation in process (go test -bench)\n\n| benchmark | time/op | B/op | allocs/op |\n| --- | ---: | ---: | ---: |\n")
	rows := append(r.keys("spec.Parse"), "all.Generate/c", "all.Generate/go", "all.Generate/python", "all.Generate/typescript", "all.Pipeline", "all.PipelineWrite")
	for _, k := range rows {
		if k == "spec.ParseScaling" || strings.HasPrefix(k, "spec.ParseScaling/") {
			continue
		}
		ns := r.values(k, "ns/op")
		if len(ns) == 0 {
			continue
		}
		p("| %s | %s ± %.0f%% | %s | %.0f |\n", k, fmtNs(median(ns)), 100*spread(ns), fmtBytes(r.med(k, "B/op")), r.med(k, "allocs/op"))
	}
	total := r.med("all.Pipeline", "ns/op")
	if total > 0 {
		p("\nWhere the pipeline's time goes: ")
		var parts []string
		for _, k := range []string{"spec.Parse", "all.Generate/go", "all.Generate/typescript", "all.Generate/c", "all.Generate/python"} {
			if v := r.med(k, "ns/op"); v > 0 {
				parts = append(parts, fmt.Sprintf("%s %.0f%%", strings.TrimPrefix(strings.TrimPrefix(k, "all."), "spec."), 100*v/total))
			}
		}
		p("%s.\n", strings.Join(parts, ", "))
	}
}

func (r *report) printScaling(p printer) {
	p("\n## Scaling (synthetic tables)\n\n")
	p("100 and 300 codes are three-digit codes spread over classes 1-6 and groups 0-5; the spec admits only 360 three-digit codes, so the 900-code table is all 360 and 540 five-digit non-standard codes. Every table has n/2 commands.\n\n")
	p("| stage | 100 codes | 300 codes | 900 codes | 900 / 100 | per code, 900 / 100 |\n| --- | ---: | ---: | ---: | ---: | ---: |\n")
	row := func(label, prefix string, sizes []int) {
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
	for _, t := range []string{"c", "go", "python", "typescript"} {
		row("generate "+t, "all.GenerateScaling/"+t, []int{100, 900})
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

func (r *report) printProcesses(p printer) {
	p("\n## Generation as a whole process\n\n| program | wall time | CPU time (user+sys) | × empty program |\n| --- | ---: | ---: | ---: |\n")
	empty := r.proc("empty Go program")
	for _, c := range r.procs {
		if c.skipped != "" {
			p("| %s | skipped: %s | | |\n", c.name, oneLine(c.skipped))
			continue
		}
		w := durations(c.wall)
		x := ""
		if empty != nil {
			x = fmt.Sprintf("%.1f×", median(w)/median(durations(empty.wall)))
		}
		p("| %s | %s ± %.0f%% | %s | %s |\n", c.name, fmtNs(median(w)), 100*spread(w), fmtNs(median(durations(c.cpu))), x)
	}
}

func (r *report) printLookups(p printer) {
	p("\n## Lookups\n\n")
	p("The same stream of %d codes in every language (internal/bench.Mix: the replies of ordinary sessions weighted by frequency, %s); the HTTP stream (HTTPMix) gives the HTTP tables inputs of their own. Times are per lookup, loop included; the ratio is against the generated function of the same group (ftpcodes.Text, ftpcodes.Code.Class, or the first row of the language's group).\n\n", bench.MixLen, r.mixUnknown)
	p("| language | lookup | time/lookup | ratio |\n| --- | --- | ---: | ---: |\n")
	if r.bench != nil {
		for _, group := range []struct{ base string }{{"ftpcodes.Text/mix=ftp/impl=ftpcodes.Text"}, {"ftpcodes.Class/impl=ftpcodes.Code.Class"}} {
			prefix, _, _ := strings.Cut(group.base, "/")
			for _, k := range r.keys(prefix + "/") {
				ns := r.values(k, "ns/op")
				p("| Go | %s | %s ± %.0f%% | %.2f |\n", strings.TrimPrefix(k, "ftpcodes."), fmtNs(median(ns)), 100*spread(ns), r.ratio(k, group.base, "ns/op"))
			}
		}
	}
	for _, l := range r.langs {
		if l.skipped != "" {
			p("| %s | skipped: %s | | |\n", l.lang, oneLine(l.skipped))
			continue
		}
		base := map[string]float64{}
		for _, x := range l.lines {
			g, _, _ := strings.Cut(x.name, ":")
			if _, ok := base[g]; !ok {
				base[g] = x.ns
			}
			p("| %s | %s | %s | %.2f |\n", l.lang, x.name, fmtNs(x.ns), x.ns/base[g])
		}
	}
}

func (r *report) printSizes(p printer) {
	p("\n## Sizes\n\n| generated file | bytes |\n| --- | ---: |\n")
	for _, f := range r.files {
		p("| %s | %d |\n", f.name, f.bytes)
	}
	if len(r.binaries) == 0 {
		return
	}
	p("\n| Go program (go build) | binary | added by ftpcodes | stripped (-ldflags=-s -w) | added, stripped |\n| --- | ---: | ---: | ---: | ---: |\n")
	var base, baseStripped int64
	for i := 0; i+1 < len(r.binaries); i += 2 {
		full, stripped := r.binaries[i], r.binaries[i+1]
		if i == 0 {
			base, baseStripped = full.bytes, stripped.bytes
		}
		p("| %s | %s | %s | %s | %s |\n", full.name, fmtBytes(float64(full.bytes)), fmtBytes(float64(full.bytes-base)), fmtBytes(float64(stripped.bytes)), fmtBytes(float64(stripped.bytes-baseStripped)))
	}
}

func fmtNs(ns float64) string {
	switch {
	case ns >= 1e9:
		return fmt.Sprintf("%.2f s", ns/1e9)
	case ns >= 1e6:
		return fmt.Sprintf("%.2f ms", ns/1e6)
	case ns >= 1e3:
		return fmt.Sprintf("%.1f µs", ns/1e3)
	case ns >= 10:
		return fmt.Sprintf("%.1f ns", ns)
	}
	return fmt.Sprintf("%.2f ns", ns)
}

func fmtBytes(b float64) string {
	switch {
	case math.Abs(b) >= 1<<20:
		return fmt.Sprintf("%.2f MiB", b/(1<<20))
	case math.Abs(b) >= 1<<10:
		return fmt.Sprintf("%.1f KiB", b/(1<<10))
	}
	return fmt.Sprintf("%.0f B", b)
}
