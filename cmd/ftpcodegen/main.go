// Ftpcodegen generates FTP reply-code tables for Go, C, Python and
// TypeScript from one canonical table of reply codes.
//
// Usage:
//
//	ftpcodegen [flags]
//
// By default it reads the table embedded in the binary (ftpcodes.toml of
// github.com/ftpcodes/ftpcodes) and writes every target under the current
// directory: go/ftpcodes/ftpcodes.go, c/ftpcodes.h, python/ftpcodes.py and
// typescript/ftpcodes.ts.
//
// Under go generate, with -lang go and no -output, it writes the Go file
// beside $GOFILE as <pkg>_ftpcodes.go, in package $GOPACKAGE:
//
//	//go:generate go run github.com/ftpcodes/ftpcodes/cmd/ftpcodegen -lang go
//
// The flags are:
//
//	-lang list
//		comma-separated targets (see -list); default: all
//	-spec file
//		the TOML table to read; default: the embedded table. Generated
//		files cite its file name, which must be made of ASCII letters,
//		digits, '.', '_', '+' and '-', not starting with '.' or '-'
//	-output path
//		the directory to write into; with one target that writes one file,
//		a path ending in a file name names that file, and - standard output
//	-pkg name
//		the Go package name; default: $GOPACKAGE under go generate, else
//		ftpcodes: ASCII letters, digits and '_', not starting with a digit,
//		not a Go keyword, _ or main
//	-check
//		write nothing; exit 1 and report each file that is missing, differs
//		or is no longer generated
//	-list
//		list the targets and exit
//	-version
//		print the version and exit
//
// Exit status is 0 on success, 1 when generation fails or -check finds
// stale files, and 2 for usage errors. Files are generated in memory first
// and written only when every target succeeded: a failure leaves every
// existing file as it was.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/generators/all"
	"github.com/ftpcodes/ftpcodes/internal/writer"
	"github.com/ftpcodes/ftpcodes/spec"
)

func main() {
	os.Exit(run(os.Args[1:], os.Getenv, os.Stdout, os.Stderr))
}

const usage = `usage: ftpcodegen [-lang go,c,python,typescript,rust,java] [-spec table.toml] [-output path] [-pkg name] [-check]
       ftpcodegen -list | -version
`

// errUsage marks errors that exit with status 2.
var errUsage = errors.New("usage")

// run is the whole command; main only binds it to the process.
func run(args []string, getenv func(string) string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("ftpcodegen", flag.ContinueOnError)
	fl.SetOutput(stderr)
	fl.Usage = func() {
		fmt.Fprint(stderr, usage, "\nFlags:\n")
		fl.PrintDefaults()
	}
	var (
		lang    = fl.String("lang", "", "comma-separated `targets` (see -list); default: all")
		specArg = fl.String("spec", "", "the TOML `file` to read; default: the embedded table")
		output  = fl.String("output", "", "the directory to write into, or with one single-file target the `file` to write (- for standard output)")
		pkg     = fl.String("pkg", "", "the Go package `name`; default: $GOPACKAGE under go generate, else ftpcodes")
		check   = fl.Bool("check", false, "write nothing; exit 1 if any file is missing, differs or is no longer generated")
		list    = fl.Bool("list", false, "list the targets and exit")
		version = fl.Bool("version", false, "print the version and exit")
	)
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fl.NArg() > 0 {
		fmt.Fprintf(stderr, "ftpcodegen: unexpected argument %q\n%s", fl.Arg(0), usage)
		return 2
	}
	switch {
	case *list:
		for _, t := range all.Targets() {
			fmt.Fprintf(stdout, "%-11s %s\n", t.Name, t.Description)
		}
		return 0
	case *version:
		fmt.Fprintln(stdout, "ftpcodegen", buildVersion())
		return 0
	}

	err := generate(config{
		lang: *lang, spec: *specArg, output: *output, pkg: *pkg, check: *check,
		gofile: getenv("GOFILE"), gopackage: getenv("GOPACKAGE"),
	}, stdout, stderr)
	var stale staleError
	var specErrs spec.Errors
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errUsage):
		fmt.Fprintf(stderr, "ftpcodegen: %s\n%s", strings.TrimSuffix(err.Error(), ": usage"), usage)
		return 2
	case errors.As(err, &specErrs):
		for _, e := range specErrs {
			fmt.Fprintln(stderr, e)
		}
		return 1
	case errors.As(err, &stale):
		return 1
	default:
		fmt.Fprintf(stderr, "ftpcodegen: %v\n", err)
		return 1
	}
}

type config struct {
	lang, spec, output, pkg string
	check                   bool
	gofile, gopackage       string // from go generate's environment
}

type staleError int

func (n staleError) Error() string { return fmt.Sprintf("%d stale files", int(n)) }

func generate(c config, stdout, stderr io.Writer) error {
	targets, err := selectTargets(c.lang)
	if err != nil {
		return err
	}
	opt, from := generators.Options{Package: c.pkg}, "-pkg"
	if opt.Package == "" {
		opt.Package, from = c.gopackage, "$GOPACKAGE"
	}
	pkg, err := opt.GoPackage()
	if err != nil {
		return fmt.Errorf("%s: %v: %w", from, err, errUsage)
	}

	var tbl *spec.Table
	if c.spec == "" {
		tbl, err = spec.Default()
	} else {
		tbl, err = spec.Load(c.spec)
	}
	if err != nil {
		return err
	}

	// Generate everything in memory before anything is written. Generators
	// are pure functions of the table, so they run side by side.
	results := make([][]generators.File, len(targets))
	errs := make([]error, len(targets))
	var wg sync.WaitGroup
	for i, t := range targets {
		wg.Go(func() {
			results[i], errs[i] = t.Generate(tbl, opt)
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return err
	}
	var gen []generators.File
	for _, files := range results {
		gen = append(gen, files...)
	}
	if c.output == "-" {
		if len(gen) != 1 {
			return fmt.Errorf("-output - writes one file to standard output, but these targets write %d files; choose one target with -lang: %w", len(gen), errUsage)
		}
		if c.check {
			return fmt.Errorf("-output - cannot be checked; give the file's path: %w", errUsage)
		}
		_, err := stdout.Write(gen[0].Data)
		return err
	}
	files, err := place(c, targets, gen, pkg)
	if err != nil {
		return err
	}

	if c.check {
		problems, err := writer.Check(files)
		if err != nil {
			return err
		}
		for _, p := range problems {
			fmt.Fprintln(stderr, p)
		}
		if len(problems) > 0 {
			fmt.Fprintf(stderr, "ftpcodegen: %d of %d generated files are stale; run ftpcodegen without -check (make gen) to regenerate\n", len(problems), len(files))
			return staleError(len(problems))
		}
		return nil
	}
	_, err = writer.Write(files)
	return err
}

func selectTargets(lang string) ([]generators.Target, error) {
	if lang == "" || lang == "all" {
		return all.Targets(), nil
	}
	var out []generators.Target
	seen := map[string]bool{}
	for _, name := range strings.Split(lang, ",") {
		name = strings.TrimSpace(name)
		if seen[name] {
			continue
		}
		seen[name] = true
		t, err := all.Lookup(name)
		if err != nil {
			return nil, fmt.Errorf("-lang: %v: %w", err, errUsage)
		}
		out = append(out, t)
	}
	return out, nil
}

// place decides where each generated file goes.
func place(c config, targets []generators.Target, gen []generators.File, pkg string) ([]writer.File, error) {
	single := len(gen) == 1
	toDir := c.output == "" || isDir(c.output) || strings.HasSuffix(c.output, "/")
	switch {
	case c.output == "" && c.gofile != "" && len(targets) == 1 && targets[0].Name == "go" && single:
		// Under go generate: beside $GOFILE, as stringer does.
		return []writer.File{{Path: pkg + "_ftpcodes.go", Data: gen[0].Data}}, nil
	case single && !toDir:
		return []writer.File{{Path: c.output, Data: gen[0].Data}}, nil
	case !single && !toDir && exists(c.output):
		return nil, fmt.Errorf("-output %q is a file, but these targets write %d files; give a directory: %w", c.output, len(gen), errUsage)
	}
	dir := c.output
	if dir == "" {
		dir = "."
	}
	files := make([]writer.File, len(gen))
	for i, f := range gen {
		files[i] = writer.File{Path: filepath.Join(dir, filepath.FromSlash(f.Path)), Data: f.Data}
	}
	return files, nil
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

func isDir(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}

func buildVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}
