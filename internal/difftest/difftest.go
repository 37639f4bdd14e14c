package difftest

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/ftpcodes/ftpcodes/internal/conformance"
	"github.com/ftpcodes/ftpcodes/spec"
)

// The cases of a run: by default Count cases from each of Seeds, the same
// on every run. make fuzz-diff sets FTPCODES_DIFF_SEED and
// FTPCODES_DIFF_COUNT to run COUNT cases from one other SEED instead, and
// FTPCODES_DIFF_KINDS, if set, to keep the vectors of those kinds only
// (comma-separated).
var (
	Seeds = []uint64{1, 2, 3, 4}
	Count = 6000
)

// Cases returns the vectors of a run for tbl.
func Cases(t testing.TB, tbl *spec.Table) []string {
	t.Helper()
	return cases(t, tbl, Kinds, Generate)
}

// cases returns the vectors of a run of the kinds given, drawn by
// generate.
func cases(t testing.TB, tbl *spec.Table, all []string, generate func(*spec.Table, uint64, int) []string) []string {
	t.Helper()
	seeds, count := Seeds, Count
	if s := os.Getenv("FTPCODES_DIFF_SEED"); s != "" {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("FTPCODES_DIFF_SEED=%q: %v", s, err)
		}
		seeds = []uint64{n}
	}
	if s := os.Getenv("FTPCODES_DIFF_COUNT"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			t.Fatalf("FTPCODES_DIFF_COUNT=%q: want a positive number", s)
		}
		count = n
	}
	var out []string
	for _, seed := range seeds {
		out = append(out, generate(tbl, seed, count)...)
	}
	if s := os.Getenv("FTPCODES_DIFF_KINDS"); s != "" {
		kinds := strings.Split(s, ",")
		for _, k := range kinds {
			if !slices.Contains(Kinds, k) && !slices.Contains(ClientKinds, k) {
				t.Fatalf("FTPCODES_DIFF_KINDS=%q: no kind %q; the kinds are %s", s, k, strings.Join(append(slices.Clone(Kinds), ClientKinds...), ","))
			}
		}
		out = slices.DeleteFunc(out, func(v string) bool {
			kind, _, _ := strings.Cut(v, " ")
			return !slices.Contains(kinds, kind)
		})
	}
	return out
}

// Runner runs vectors through one language's test program and returns its
// result lines, one per vector, and anything it reported on standard error
// (a disagreement the program found within the language). err is set when
// the program failed; results then hold the lines it printed, if any.
type Runner func(vectors []string) (results []string, stderr string, err error)

// Command returns a Runner that writes the vectors to a new file in dir
// and runs name with args and that file's path.
func Command(dir, name string, args ...string) Runner {
	n := 0
	return func(vectors []string) ([]string, string, error) {
		n++
		path := filepath.Join(dir, fmt.Sprintf("diff-%d.txt", n))
		if err := os.WriteFile(path, []byte(strings.Join(vectors, "\n")+"\n"), 0o644); err != nil {
			return nil, "", err
		}
		defer os.Remove(path)
		cmd := exec.Command(name, append(args, path)...)
		cmd.Dir = dir
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		var lines []string
		if out := strings.TrimSuffix(stdout.String(), "\n"); out != "" {
			lines = strings.Split(out, "\n")
		}
		return lines, stderr.String(), err
	}
}

// Check runs the cases of a run (Cases) through run, the program of the
// language lang, and compares every result with spec's (conformance.Answer).
// Each kind of vector with disagreements fails the test once, with the
// smallest vector of that kind that it finds still disagrees: the
// shortest of the run, then minimised by running smaller candidates, a
// batch at a time. A program that crashes fails the test with the vector
// it crashes on, found by halving, and runs again without it (once).
func Check(t *testing.T, lang string, tbl *spec.Table, run Runner) {
	t.Helper()
	check(t, lang, tbl, run, Cases(t, tbl), Kinds)
}

// check is Check for the cases given, of the kinds given.
func check(t *testing.T, lang string, tbl *spec.Table, run Runner, cases, kinds []string) {
	t.Helper()
	if len(cases) == 0 { // FTPCODES_DIFF_KINDS kept only kinds of the other half
		t.Logf("%s: no cases of the kinds %s", lang, strings.Join(kinds, ","))
		return
	}
	start := time.Now()
	want := make([]string, len(cases))
	for i, v := range cases {
		want[i] = conformance.Answer(tbl, v)
	}
	got, stderr, err := run(cases)
	for crashes := 0; err != nil && len(got) != len(cases); crashes++ {
		if crashes == 1 { // each takes a few runs to find
			t.Fatalf("%s: the program also fails without that vector: %v\n%s", lang, err, clip(stderr))
		}
		i := crashing(run, cases)
		if i < 0 {
			t.Fatalf("%s: the program fails on the whole run, but on no part of it: %v\n%s", lang, err, clip(stderr))
		}
		_, msg, why := run(cases[i : i+1])
		t.Errorf("%s fails on the vector\n\t%s\n%s: %v\n%s", lang, describe(cases[i]), lang, why, clip(msg))
		cases = slices.Delete(cases, i, i+1)
		want = slices.Delete(want, i, i+1)
		got, stderr, err = run(cases)
	}
	if stderr != "" || err != nil {
		t.Errorf("%s: the program reports (%v):\n%s", lang, err, clip(stderr))
	}
	byKind := map[string][]int{}
	for i := range cases {
		if i >= len(got) || got[i] != want[i] {
			kind, _, _ := strings.Cut(cases[i], " ")
			byKind[kind] = append(byKind[kind], i)
		}
	}
	counts := map[string]int{}
	for _, v := range cases {
		kind, _, _ := strings.Cut(v, " ")
		counts[kind]++
	}
	t.Logf("%s: %d cases (%s) in %v", lang, len(cases), countList(counts, kinds), time.Since(start).Round(time.Millisecond))
	for _, kind := range kinds {
		idx := byKind[kind]
		if len(idx) == 0 {
			continue
		}
		shortest := cases[idx[0]]
		for _, i := range idx {
			if len(cases[i]) < len(shortest) {
				shortest = cases[i]
			}
		}
		small, w, g := shrink(tbl, run, shortest)
		t.Errorf("%s: %d of %d %s vectors disagree with spec; the smallest found:\n\t%s\n\tspec: %s\n\t%s: %s",
			lang, len(idx), counts[kind], kind, describe(small), clipLine(w), lang, clipLine(g))
	}
}

// crashing returns the index of a vector that run fails on by itself, or
// -1: it halves the vectors while a half fails.
func crashing(run Runner, vectors []string) int {
	fails := func(lo, hi int) bool {
		got, _, err := run(vectors[lo:hi])
		return err != nil && len(got) != hi-lo
	}
	lo, hi := 0, len(vectors)
	if !fails(lo, hi) {
		return -1
	}
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		switch {
		case fails(lo, mid):
			hi = mid
		case fails(mid, hi):
			lo = mid
		default:
			return -1 // only both halves together fail
		}
	}
	return lo
}

// shrink minimises a vector that disagrees: each round runs smaller
// candidates in one batch and keeps the shortest that still disagrees. It
// returns the vector, spec's result and the language's.
func shrink(tbl *spec.Table, run Runner, v string) (string, string, string) {
	got := func(vs []string) []string {
		g, _, err := run(vs)
		if err != nil && len(g) != len(vs) {
			return nil
		}
		return g
	}
	cur := v
	for range 60 {
		cands := candidates(cur)
		if len(cands) == 0 {
			break
		}
		g := got(cands)
		if g == nil {
			break
		}
		best := ""
		for i, c := range cands {
			if g[i] != conformance.Answer(tbl, c) && (best == "" || len(c) < len(best)) {
				best = c
			}
		}
		if best == "" {
			break
		}
		cur = best
	}
	g := got([]string{cur})
	res := "(fails)"
	if len(g) == 1 {
		res = g[0]
	}
	return cur, conformance.Answer(tbl, cur), res
}

// maxCandidates bounds a shrinking round's batch.
const maxCandidates = 400

// candidates returns smaller vectors than v of the same kind: with a byte
// string of it shorter, or a line of a reply-parse vector dropped.
func candidates(v string) []string {
	f := strings.Split(v, " ")
	var out []string
	seen := map[string]bool{v: true}
	add := func(c string) {
		if !seen[c] && len(out) < maxCandidates {
			seen[c] = true
			out = append(out, c)
		}
	}
	kind := f[0]
	var fields []int // the fields that hold hex strings
	switch kind {
	case "parse":
		fields = []int{2}
	case "format":
		for i := 2; i < len(f); i++ {
			fields = append(fields, i)
		}
	case "reply-read":
		fields = []int{1}
	case "reply-format":
		fields = []int{2}
	case "expected", "plausible":
		fields = []int{1}
	case "reply-parse":
		if f[1] == "-" {
			return nil
		}
		lines := strings.Split(f[1], ",")
		for i := range lines {
			rest := slices.Delete(slices.Clone(lines), i, i+1)
			if len(rest) == 0 {
				add("reply-parse -")
			} else {
				add("reply-parse " + strings.Join(rest, ","))
			}
		}
		for i, l := range lines {
			for _, s := range smaller(unhex(l), true) {
				c := slices.Clone(lines)
				c[i] = h(s)
				add("reply-parse " + strings.Join(c, ","))
			}
		}
		return out
	default:
		fields = clientHexFields(f)
	}
	for _, i := range fields {
		for _, s := range smaller(unhex(f[i]), kind == "reply-read" || slices.Contains(ClientKinds, kind)) {
			c := slices.Clone(f)
			c[i] = h(s)
			add(strings.Join(c, " "))
		}
	}
	return out
}

// smaller returns s with one run of bytes removed, long runs first, or a
// run of one repeated byte halved; valid UTF-8 unless anyBytes is set, as
// only reply-read and reply-parse carry other bytes.
func smaller(s string, anyBytes bool) []string {
	var out []string
	ok := func(c string) bool { return anyBytes || utf8.ValidString(c) }
	for i := 0; i < len(s); {
		j := i + 1
		for j < len(s) && s[j] == s[i] {
			j++
		}
		if j-i >= 4 {
			if c := s[:i] + s[i+(j-i)/2:]; ok(c) {
				out = append(out, c)
			}
		}
		i = j
	}
	for k := len(s); k >= 1 && len(out) < maxCandidates; k /= 2 {
		for i := 0; i+k <= len(s) && len(out) < maxCandidates; i += k {
			if c := s[:i] + s[i+k:]; ok(c) {
				out = append(out, c)
			}
		}
	}
	return out
}

// describe writes a vector with its hex strings decoded, quoted as Go
// quotes them, and cut short when long.
func describe(v string) string {
	f := strings.Split(v, " ")
	var hexed []int
	switch f[0] {
	case "parse", "reply-format":
		hexed = []int{2}
	case "format":
		for i := 2; i < len(f); i++ {
			hexed = append(hexed, i)
		}
	case "reply-read", "expected", "plausible":
		hexed = []int{1}
	case "reply-parse":
		if f[1] != "-" {
			var lines []string
			for _, l := range strings.Split(f[1], ",") {
				lines = append(lines, quote(unhex(l)))
			}
			f[1] = "[" + strings.Join(lines, ", ") + "]"
		}
	default:
		hexed = clientHexFields(f)
	}
	for _, i := range hexed {
		if i < len(f) {
			f[i] = quote(unhex(f[i]))
		}
	}
	return clipLine(strings.Join(f, " ")) + "\n\t(as a vector: " + clipLine(v) + ")"
}

// quote writes s as a Go expression: quoted, with a run of 16 or more
// copies of one byte written as strings.Repeat, and cut short past 300
// bytes.
func quote(s string) string {
	var parts []string
	lit := 0 // where the current literal began
	for i := 0; i < len(s); {
		j := i + 1
		for j < len(s) && s[j] == s[i] {
			j++
		}
		if j-i >= 16 {
			if lit < i {
				parts = append(parts, strconv.Quote(s[lit:i]))
			}
			parts = append(parts, fmt.Sprintf("strings.Repeat(%q, %d)", s[i:i+1], j-i))
			lit = j
		}
		i = j
	}
	if lit < len(s) || len(parts) == 0 {
		parts = append(parts, strconv.Quote(s[lit:]))
	}
	out := strings.Join(parts, "+")
	if len(out) > 300 {
		return fmt.Sprintf("%s...(%d bytes)", out[:300], len(s))
	}
	return out
}

func clipLine(s string) string {
	if len(s) > 1000 {
		return s[:1000] + fmt.Sprintf("...(%d bytes)", len(s))
	}
	return s
}

func clip(s string) string {
	lines := strings.Split(s, "\n")
	if len(lines) > 20 {
		lines = append(lines[:20], fmt.Sprintf("...(%d more lines)", len(lines)-20))
	}
	for i, l := range lines {
		lines[i] = clipLine(l)
	}
	return strings.Join(lines, "\n")
}

func countList(counts map[string]int, kinds []string) string {
	var parts []string
	for _, k := range kinds {
		if counts[k] > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", k, counts[k]))
		}
	}
	return strings.Join(parts, ", ")
}
