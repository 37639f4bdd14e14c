package c_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/ftpcodes/ftpcodes/generators/c"
	"github.com/ftpcodes/ftpcodes/internal/conformance"
	"github.com/ftpcodes/ftpcodes/spec"
)

// readmeC matches README.md's C code blocks.
var readmeC = regexp.MustCompile("(?s)```c\n(.*?)```\n")

// TestReadme builds README.md's C code as one program of two translation
// units, as C99 and as C++11 with the usual warnings: the first block, a
// whole program that defines FTPCODES_IMPLEMENTATION, and the second, a
// fragment that includes the header alone, in a function of a file of its
// own. That the two link shows the usage the README teaches works.
func TestReadme(t *testing.T) {
	t.Parallel()
	conformance.Require(t, "gcc")
	conformance.Require(t, "g++")
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	blocks := readmeC.FindAllStringSubmatch(string(readme), -1)
	if len(blocks) != 2 {
		t.Fatalf("README.md has %d C code blocks, want 2: a program and a fragment", len(blocks))
	}
	program, fragment := blocks[0][1], blocks[1][1]
	if !strings.Contains(program, "#define FTPCODES_IMPLEMENTATION") || strings.Contains(fragment, "#define FTPCODES_IMPLEMENTATION") {
		t.Fatal("README.md's first C block must define FTPCODES_IMPLEMENTATION, and the second not")
	}
	var directives, body []string
	for _, line := range strings.Split(strings.TrimSuffix(fragment, "\n"), "\n") {
		if strings.HasPrefix(line, "#") {
			directives = append(directives, line)
		} else {
			body = append(body, "    "+line)
		}
	}
	wrapped := strings.Join([]string{
		"/* README.md's second C block, in a function. */",
		"#define _POSIX_C_SOURCE 200809L",
		"#include <stdio.h>",
		"#include <string.h>",
		"#include <sys/types.h>",
		"#include <sys/socket.h>",
		strings.Join(directives, "\n"),
		"",
		"int readme_fragment(int fd);",
		"",
		"int readme_fragment(int fd)",
		"{",
		strings.Join(body, "\n"),
		"    return 0;",
		"}",
		"",
	}, "\n")
	tbl, err := spec.Default()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	conformance.WriteFiles(t, dir, conformance.Generate(t, c.Target, tbl))
	conformance.WriteFiles(t, dir, map[string][]byte{"c/program.c": []byte(program), "c/fragment.c": []byte(wrapped)})
	cdir := filepath.Join(dir, "c")
	for _, b := range []struct{ compiler, std, lang string }{{"gcc", "c99", "c"}, {"g++", "c++11", "c++"}} {
		t.Run(b.std, func(t *testing.T) {
			t.Parallel()
			flags := append([]string{"-std=" + b.std, "-x", b.lang, "-I", cdir}, warnings...)
			var objs []string
			for _, f := range []string{"program", "fragment"} {
				obj := filepath.Join(dir, f+"-"+b.std+".o")
				conformance.Run(t, cdir, b.compiler, append(flags, "-c", "-o", obj, filepath.Join(cdir, f+".c"))...)
				objs = append(objs, obj)
			}
			conformance.Run(t, cdir, b.compiler, append([]string{"-o", filepath.Join(dir, "readme-"+b.std)}, objs...)...)
		})
	}
}
