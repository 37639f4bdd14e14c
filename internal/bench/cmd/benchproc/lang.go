package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/ftpcodes/ftpcodes/internal/bench"
	"github.com/ftpcodes/ftpcodes/spec"
)

// Lookups in Python, TypeScript (node), C, Rust and Java. Each language's
// program (internal/bench/testdata/lookup.*) prints one line per
// contender: "group: contender<TAB>" and its time per lookup in each of
// its rounds, which time every contender in turn.

type langResult struct {
	lang    string
	lines   []langLine
	skipped string
}

type langLine struct {
	name   string
	rounds []float64 // ns per lookup, one per round
}

// line returns the contender of that name, or nil.
func (l *langResult) line(name string) *langLine {
	if l == nil {
		return nil
	}
	for i := range l.lines {
		if l.lines[i].name == name {
			return &l.lines[i]
		}
	}
	return nil
}

// langRatio is the median over the rounds of a's time over b's.
func langRatio(a, b *langLine) float64 {
	if a == nil || b == nil {
		return nan
	}
	return pairedRatio(a.rounds, b.rounds)
}

func (e *env) languages(r *report) {
	mix := filepath.Join(e.work, "mix.txt")
	httpMix := filepath.Join(e.work, "http-mix.txt")
	if err := writeFiles(e.work, map[string]string{"mix.txt": lines(bench.Mix()), "http-mix.txt": lines(bench.HTTPMix())}); err != nil {
		r.langs = append(r.langs, langResult{lang: "all", skipped: err.Error()})
		return
	}
	testdata := filepath.Join(e.root, "internal", "bench", "testdata")
	tbl, err := spec.Default()
	if err != nil {
		r.langs = append(r.langs, langResult{lang: "all", skipped: err.Error()})
		return
	}

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

	step(e.log, "Rust lookups (rustc -O)")
	r.langs = append(r.langs, e.lang("Rust (rustc -O)", func() ([]byte, error) {
		rustc, err := exec.LookPath("rustc")
		if err != nil {
			return nil, errSkip("rustc not found")
		}
		dir := filepath.Join(e.work, "rust")
		prog, err := os.ReadFile(filepath.Join(testdata, "lookup.rs"))
		if err != nil {
			return nil, err
		}
		if err := writeFiles(dir, map[string]string{"lookup.rs": string(prog), "table.rs": rustTable(tbl)}); err != nil {
			return nil, err
		}
		lib := filepath.Join(dir, "libftpcodes.rlib")
		if _, err := e.exec(dir, rustc, "--edition", "2021", "-O", "--crate-type", "lib", "--crate-name", "ftpcodes",
			"-o", lib, filepath.Join(e.gen, "rust", "src", "lib.rs")); err != nil {
			return nil, err
		}
		exe := filepath.Join(e.bin, "lookup-rust")
		if _, err := e.exec(dir, rustc, "--edition", "2021", "-O", "--extern", "ftpcodes="+lib, "-o", exe, "lookup.rs"); err != nil {
			return nil, err
		}
		return e.exec(e.work, exe, mix)
	}))

	step(e.log, "Java lookups (javac, java)")
	r.langs = append(r.langs, e.lang("Java", func() ([]byte, error) {
		javac, err := exec.LookPath("javac")
		if err != nil {
			return nil, errSkip("javac not found")
		}
		java, err := exec.LookPath("java")
		if err != nil {
			return nil, errSkip("java not found")
		}
		dir := filepath.Join(e.work, "java")
		prog, err := os.ReadFile(filepath.Join(testdata, "Lookup.java"))
		if err != nil {
			return nil, err
		}
		if err := writeFiles(dir, map[string]string{"Lookup.java": string(prog), "HandTable.java": javaTable(tbl)}); err != nil {
			return nil, err
		}
		sources := []string{filepath.Join(dir, "Lookup.java"), filepath.Join(dir, "HandTable.java")}
		err = filepath.WalkDir(filepath.Join(e.gen, "java", "src", "main"), func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(p, ".java") {
				sources = append(sources, p)
			}
			return err
		})
		if err != nil {
			return nil, err
		}
		classes := filepath.Join(dir, "classes")
		if _, err := e.exec(dir, javac, append([]string{"--release", "11", "-encoding", "UTF-8", "-d", classes}, sources...)...); err != nil {
			return nil, err
		}
		return e.exec(e.work, java, "-cp", classes, "Lookup", mix)
	}))
}

type errSkip string

func (s errSkip) Error() string { return string(s) }

// lang runs one language's lookup program and reads its lines.
func (e *env) lang(name string, f func() ([]byte, error)) langResult {
	res := langResult{lang: name}
	out, err := f()
	if err != nil {
		var skip errSkip
		if errors.As(err, &skip) {
			res.skipped = string(skip)
		} else {
			res.skipped = "failed: " + err.Error()
		}
		return res
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		n, v, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			continue
		}
		var rounds []float64
		for _, w := range strings.Fields(v) {
			ns, err := strconv.ParseFloat(w, 64)
			if err != nil {
				rounds = nil
				break
			}
			rounds = append(rounds, ns)
		}
		if len(rounds) > 0 {
			res.lines = append(res.lines, langLine{n, rounds})
		}
	}
	if len(res.lines) == 0 {
		res.skipped = "printed no results: " + string(out)
	}
	return res
}

// rustTable is what a Rust programmer writes by hand: a match from code to
// text, and the pairs a HashMap is built from, with the table's texts.
func rustTable(tbl *spec.Table) string {
	var b strings.Builder
	b.WriteString("// Written by benchproc from ftpcodes.toml: the tables a Rust programmer\n// writes by hand.\n\n")
	b.WriteString("#[inline(never)]\nfn hand_match(code: u32) -> Option<&'static str> {\n    match code {\n")
	for _, r := range tbl.Replies {
		fmt.Fprintf(&b, "        %d => Some(%s),\n", r.Code, rustString(r.Text))
	}
	b.WriteString("        _ => None,\n    }\n}\n\nconst TABLE: &[(u32, &str)] = &[\n")
	for _, r := range tbl.Replies {
		fmt.Fprintf(&b, "    (%d, %s),\n", r.Code, rustString(r.Text))
	}
	b.WriteString("];\n")
	return b.String()
}

// javaTable is what a Java programmer writes by hand: a switch from code
// to text, and the codes and texts a HashMap is built from.
func javaTable(tbl *spec.Table) string {
	var b strings.Builder
	b.WriteString("// Written by benchproc from ftpcodes.toml: the tables a Java programmer\n// writes by hand.\n\n")
	b.WriteString("final class HandTable {\n    private HandTable() {}\n\n    static String text(int code) {\n        switch (code) {\n")
	for _, r := range tbl.Replies {
		fmt.Fprintf(&b, "            case %d:\n                return %s;\n", r.Code, javaString(r.Text))
	}
	b.WriteString("            default:\n                return null;\n        }\n    }\n\n    static final int[] CODES = {\n")
	for _, r := range tbl.Replies {
		fmt.Fprintf(&b, "        %d,\n", r.Code)
	}
	b.WriteString("    };\n\n    static final String[] TEXTS = {\n")
	for _, r := range tbl.Replies {
		fmt.Fprintf(&b, "        %s,\n", javaString(r.Text))
	}
	b.WriteString("    };\n}\n")
	return b.String()
}

// rustString and javaString quote s as a string literal of the language:
// printable ASCII as it is, quotes and backslashes escaped, anything else
// as the language's Unicode escape.
func rustString(s string) string {
	return quote(s, func(b *strings.Builder, r rune) { fmt.Fprintf(b, `\u{%x}`, r) })
}

func javaString(s string) string {
	return quote(s, func(b *strings.Builder, r rune) {
		for _, u := range utf16.Encode([]rune{r}) {
			fmt.Fprintf(b, `\u%04x`, u)
		}
	})
}

func quote(s string, escape func(*strings.Builder, rune)) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r >= 0x20 && r < 0x7f:
			b.WriteRune(r)
		default:
			escape(&b, r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func lines(codes []int) string {
	var b strings.Builder
	for _, c := range codes {
		fmt.Fprintln(&b, c)
	}
	return b.String()
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
