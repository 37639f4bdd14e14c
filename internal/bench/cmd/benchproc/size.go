package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Sizes: every generated file, and what a program that uses only the reply
// texts pays for them in Go, C and bundled JavaScript. Python's price is
// its import, measured by the py section.

type size struct {
	name  string
	bytes int64
}

// A build is one small program of a language, built two ways (plain and
// stripped, or minified and gzipped): the first of a language's builds
// uses no ftpcodes, and the others' growth is measured from it.
type build struct {
	lang, name string
	a, b       int64
	skipped    string
}

func (e *env) sizes(r *report) error {
	step(e.log, "sizes")
	err := filepath.WalkDir(e.gen, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "__pycache__" {
			return filepath.SkipDir // the py section's bytecode, not generated
		}
		if d.IsDir() {
			return nil
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

	if err := e.goSizes(r); err != nil {
		return err
	}
	e.cSizes(r)
	e.jsSizes(r)
	return nil
}

func (e *env) goSizes(r *report) error {
	progs := []struct{ name, imports, body string }{
		{"without ftpcodes", "", `fmt.Println(code, code/100)`},
		{"with ftpcodes.Text only", `"github.com/ftpcodes/ftpcodes/out/go/ftpcodes"`,
			`fmt.Println(code, ftpcodes.Text(code))`},
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
		dir := filepath.Join(e.work, "size", "go", strconv.Itoa(i))
		if err := writeFiles(dir, map[string]string{"main.go": src}); err != nil {
			return err
		}
		bl := build{lang: "Go", name: p.name}
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
			if stripped {
				bl.b = fi.Size()
			} else {
				bl.a = fi.Size()
			}
		}
		r.builds = append(r.builds, bl)
	}
	return nil
}

// cSizes links a program that calls only ftp_reply_text, its
// implementation in a second file as the header asks, against the same
// program without ftpcodes; and once more with each function and table in
// a section of its own, so that the linker drops what the program does not
// call (-ffunction-sections -fdata-sections -Wl,--gc-sections).
func (e *env) cSizes(r *report) {
	gcc, err := exec.LookPath("gcc")
	if err != nil {
		r.builds = append(r.builds, build{lang: "C", skipped: "gcc not found"})
		return
	}
	dir := filepath.Join(e.work, "size", "c")
	if err := writeFiles(dir, map[string]string{
		"stdio.c":    ccUnits["stdio.c"],
		"decl.c":     ccUnits["decl.c"],
		"ftpcodes.c": "#define FTPCODES_IMPLEMENTATION\n#include \"ftpcodes.h\"\n",
	}); err != nil {
		r.builds = append(r.builds, build{lang: "C", skipped: err.Error()})
		return
	}
	sections := []string{"-ffunction-sections", "-fdata-sections"}
	compile := func(obj, src string, extra ...string) error {
		args := append(append(append([]string{}, ccFlags...), extra...), "-I", filepath.Join(e.gen, "c"), "-c", "-o", obj, src)
		_, err := e.exec(dir, gcc, args...)
		return err
	}
	for _, c := range []struct {
		obj, src string
		extra    []string
	}{
		{"stdio.o", "stdio.c", nil}, {"decl.o", "decl.c", nil}, {"ftpcodes.o", "ftpcodes.c", nil},
		{"decl-gc.o", "decl.c", sections}, {"ftpcodes-gc.o", "ftpcodes.c", sections},
	} {
		if err := compile(c.obj, c.src, c.extra...); err != nil {
			r.builds = append(r.builds, build{lang: "C", skipped: oneLine(err.Error())})
			return
		}
	}
	for _, p := range []struct {
		name string
		link []string
	}{
		{"without ftpcodes", []string{"stdio.o"}},
		{"with ftp_reply_text only (FTPCODES_IMPLEMENTATION in a second file)", []string{"decl.o", "ftpcodes.o"}},
		{"the same, each function in a section of its own, -Wl,--gc-sections", []string{"decl-gc.o", "ftpcodes-gc.o", "-Wl,--gc-sections"}},
	} {
		bl := build{lang: "C", name: p.name}
		for _, stripped := range []bool{false, true} {
			exe := filepath.Join(dir, fmt.Sprintf("%s-%v", p.link[0], stripped))
			args := append([]string{"-o", exe}, p.link...)
			if stripped {
				args = append(args, "-s")
			}
			if _, err := e.exec(dir, gcc, args...); err != nil {
				bl.skipped = oneLine(err.Error())
				break
			}
			fi, err := os.Stat(exe)
			if err != nil {
				bl.skipped = err.Error()
				break
			}
			if stripped {
				bl.b = fi.Size()
			} else {
				bl.a = fi.Size()
			}
		}
		r.builds = append(r.builds, bl)
	}
}

// jsSizes bundles three entry points with the pinned esbuild, minified:
// one without ftpcodes, one that calls only replyText, one that keeps
// every export; and runs each bundle once, so a broken bundle shows.
func (e *env) jsSizes(r *report) {
	esbuild := filepath.Join(e.root, "node_modules", ".bin", "esbuild")
	node, nodeErr := exec.LookPath("node")
	if _, err := os.Stat(esbuild); err != nil || nodeErr != nil {
		r.builds = append(r.builds, build{lang: "JavaScript", skipped: "node or node_modules/.bin/esbuild missing; run make tools"})
		return
	}
	dir := filepath.Join(e.work, "size", "js")
	mod := filepath.ToSlash(filepath.Join(e.gen, "typescript", "ftpcodes.ts"))
	entries := []struct{ name, file, src string }{
		{"without ftpcodes", "none.mjs", "const code = Number(process.argv[2]);\nconsole.log(code, Math.trunc(code / 100));\n"},
		{"with replyText only", "text.mjs", fmt.Sprintf("import { replyText } from %q;\nconst code = Number(process.argv[2]);\nconsole.log(code, replyText(code));\n", mod)},
		{"with every export", "all.mjs", fmt.Sprintf("import * as ftpcodes from %q;\nconst code = Number(process.argv[2]);\nconsole.log(code, Object.keys(ftpcodes).length);\n", mod)},
	}
	files := map[string]string{}
	for _, en := range entries {
		files[en.file] = en.src
	}
	if err := writeFiles(dir, files); err != nil {
		r.builds = append(r.builds, build{lang: "JavaScript", skipped: err.Error()})
		return
	}
	for _, en := range entries {
		bl := build{lang: "JavaScript", name: en.name}
		out := filepath.Join(dir, "bundle-"+en.file)
		if _, err := e.exec(dir, esbuild, en.file, "--bundle", "--minify", "--format=esm", "--platform=node", "--target=es2022",
			"--log-level=warning", "--outfile="+out); err != nil {
			bl.skipped = oneLine(err.Error())
			r.builds = append(r.builds, bl)
			continue
		}
		data, err := os.ReadFile(out)
		if err == nil {
			_, err = e.exec(dir, node, out, "200")
		}
		if err != nil {
			bl.skipped = oneLine(err.Error())
			r.builds = append(r.builds, bl)
			continue
		}
		bl.a = int64(len(data))
		bl.b = gzipSize(data)
		r.builds = append(r.builds, bl)
	}
	r.esbuild = esbuildVersion(esbuild)
}

func gzipSize(data []byte) int64 {
	var b bytes.Buffer
	w, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
	w.Write(data)
	w.Close()
	return int64(b.Len())
}

func esbuildVersion(esbuild string) string {
	out, err := exec.Command(esbuild, "--version").Output()
	if err != nil {
		return "esbuild"
	}
	return "esbuild " + strings.TrimSpace(string(out))
}
