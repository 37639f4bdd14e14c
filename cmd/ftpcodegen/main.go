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
// beside $GOFILE as <pkg>_ftpcodes.go, in package $GOPACKAGE (main too),
// its unexported names prefixed with ftp so that they cannot clash with
// the package's own:
//
//	//go:generate go tool ftpcodegen -lang go
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
//		a path ending in the one target's extension (.go, .h, .py, .ts, .rs, .json, .md)
//		names the file to write its main file to; - is standard output;
//		anything else is a directory, created when missing, that gets every
//		target's files: go/<pkg>/<pkg>.go, c/ftpcodes.h and c/ftpcodes.pc,
//		python/ftpcodes.py with its pyproject.toml and py.typed,
//		rust/Cargo.toml and rust/src/lib.rs, typescript/ftpcodes.ts,
//		json/ftpcodes.json with its schema json/ftpcodes.schema.json,
//		docs/README.md (markdown, a reference page)
//	-template file|dir
//		render the user's template NAME.tmpl (written as NAME), or every
//		*.tmpl under a directory (written at its path there, without
//		.tmpl; a file whose name starts with _ only defines templates for
//		the others); repeatable. The data, the functions and the checks
//		are those of the built-in targets (docs/templates.md). Without
//		-lang, only the templates are rendered; with one template,
//		-output may name its file
//	-extend file
//		lay a TOML overlay over the table: new [reply.N], [command.VERB]
//		and [server.ID] records and [[practice.VERB]] entries, written
//		and validated as in the table; a record the table has is
//		replaced only when it says replace = true. Repeatable; generated
//		files cite the table and each overlay: ftpcodes.toml+site.toml
//	-pkg name
//		the Go package name; default: $GOPACKAGE under go generate, else
//		ftpcodes: ASCII letters, digits and '_', not starting with a digit,
//		not a Go keyword or _; main only for a file in the user's package
//		(under go generate, or -output naming a .go file)
//	-check
//		write nothing; exit 1 and report each file that is missing, differs
//		(with a unified diff) or is no longer generated
//	-v
//		list each file written, left unchanged or removed
//	-list
//		list the targets and exit
//	-version
//		print the version and exit
//
// Exit status is 0 on success, 1 when generation fails or -check finds
// stale files, and 2 for usage errors. Files are generated in memory first
// and written only when every target succeeded: a failure leaves every
// existing file as it was. In a directory, a file that carries the
// generated-file marker but is no longer generated is removed.
package main

import (
	"cmp"
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

const usage = `usage: ftpcodegen [-lang go,c,python,typescript,rust,java,json,markdown] [-template file.tmpl|dir]... [-spec table.toml] [-extend overlay.toml]... [-output path] [-pkg name] [-check] [-v]
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
		output  = fl.String("output", "", "the directory to write into (created when missing), or a `path` ending in the one target's extension (.go, .h, .py, .ts, .rs, .json, .md): the file to write; - for standard output")
		pkg     = fl.String("pkg", "", "the Go package `name`; default: $GOPACKAGE under go generate, else ftpcodes")
		check   = fl.Bool("check", false, "write nothing; exit 1 and show what differs if any file is missing, differs or is no longer generated")
		verbose = fl.Bool("v", false, "list each file written, left unchanged or removed")
		list    = fl.Bool("list", false, "list the targets and exit")
		version = fl.Bool("version", false, "print the version and exit")
		tmpls   stringList
		extends stringList
	)
	fl.Var(&extends, "extend", "lay the records of this TOML `file` over the table (new codes, commands, servers, practice entries; replace = true replaces a record); repeatable")
	fl.Var(&tmpls, "template", "render this template `file` (NAME.tmpl, written as NAME), or every *.tmpl under this directory; repeatable")
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
		lang: *lang, spec: *specArg, output: *output, pkg: *pkg, check: *check, verbose: *verbose, templates: tmpls, extends: extends,
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
	check, verbose          bool
	templates               []string // -template: the user's template files and directories
	extends                 []string // -extend: the overlays laid over the table
	gofile, gopackage       string   // from go generate's environment
}

// stringList is a flag that may be given more than once.
type stringList []string

func (l *stringList) String() string { return strings.Join(*l, ",") }

func (l *stringList) Set(s string) error {
	*l = append(*l, s)
	return nil
}

type staleError int

func (n staleError) Error() string { return fmt.Sprintf("%d stale files", int(n)) }

func generate(c config, stdout, stderr io.Writer) error {
	var targets []generators.Target
	if c.lang != "" || len(c.templates) == 0 {
		var err error
		if targets, err = selectTargets(c.lang); err != nil {
			return err
		}
	}
	if len(c.templates) > 0 {
		t, err := userTarget(c.templates)
		if err != nil {
			return err
		}
		targets = append(targets, t)
	}
	dest, err := destination(c, targets)
	if err != nil {
		return err
	}
	// A file the output names, or one beside $GOFILE, shares a package of
	// the user's (main too); a directory holds a package of its own.
	opt, from := generators.Options{Package: c.pkg, Shared: dest.kind != toDir}, "-pkg"
	if opt.Package == "" {
		opt.Package, from = c.gopackage, "$GOPACKAGE"
	}
	if _, err := opt.GoPackage(); err != nil {
		return fmt.Errorf("%s: %v: %w", from, err, errUsage)
	}

	tbl, err := loadTable(c.spec, c.extends)
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

	var files []writer.File
	switch dest.kind {
	case toStdout:
		_, err := stdout.Write(mainFile(targets[0], results[0]).Data)
		return err
	case toFile:
		files = []writer.File{{Path: dest.path, Data: mainFile(targets[0], results[0]).Data}}
	case toDir:
		for _, gen := range results {
			for _, f := range gen {
				files = append(files, writer.File{Path: filepath.Join(dest.path, filepath.FromSlash(f.Path)), Data: f.Data})
			}
		}
	}
	// Only a directory of the generator's own layout is pruned of the
	// files it no longer generates; a named file sits among others.
	prune := dest.kind == toDir

	if c.check {
		problems, err := writer.Check(files, prune)
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
		if c.verbose {
			for _, f := range files {
				fmt.Fprintln(stderr, "up to date", f.Path)
			}
		}
		return nil
	}
	report, err := writer.Write(files, prune)
	if c.verbose {
		for _, r := range report {
			fmt.Fprintln(stderr, r)
		}
	}
	return err
}

// mainFile returns the target's main file among its files: the first whose
// name ends in the target's extension (Rust's lib.rs after Cargo.toml).
func mainFile(t generators.Target, files []generators.File) generators.File {
	for _, f := range files {
		if strings.HasSuffix(f.Path, t.Ext) {
			return f
		}
	}
	return files[0]
}

// Where the generated files go.
type destKind int

const (
	toDir    destKind = iota // every target's files under path, in their layout
	toFile                   // the one target's main file, at path
	toStdout                 // the one target's main file, to standard output
)

type dest struct {
	kind destKind
	path string
}

// destination reads -output: "-" is standard output; a path ending in the
// extension of the one target's main file (.go, .h, .py, .ts, .rs, .json, .md) names that
// file; anything else is a directory, created when missing, that gets
// every target's files in their layout (go/ftpcodes/ftpcodes.go,
// c/ftpcodes.h, ...). Under go generate, with -lang go and no -output, the
// Go file goes beside $GOFILE as <pkg>_ftpcodes.go.
func destination(c config, targets []generators.Target) (dest, error) {
	one := len(targets) == 1
	switch {
	case c.output == "" && c.gofile != "" && one && targets[0].Name == "go":
		// Under go generate: beside $GOFILE, as stringer does.
		pkg := cmp.Or(c.pkg, c.gopackage, generators.DefaultPackage)
		return dest{toFile, pkg + "_ftpcodes.go"}, nil
	case c.output == "-" && c.check:
		return dest{}, fmt.Errorf("-output - cannot be checked; give the file's path: %w", errUsage)
	case c.output == "-" && !one:
		return dest{}, fmt.Errorf("-output - writes one target's file to standard output, but -lang selects %d targets; choose one: %w", len(targets), errUsage)
	case c.output == "-" && targets[0].Ext == "":
		return dest{}, fmt.Errorf("-output - writes one file, but the %s target is a project of several files; give a directory: %w", targets[0].Name, errUsage)
	case c.output == "-":
		return dest{toStdout, ""}, nil
	case c.output == "":
		return dest{toDir, "."}, nil
	}
	for _, t := range targets {
		if t.Ext == "" || !strings.HasSuffix(c.output, t.Ext) {
			continue
		}
		if !one {
			return dest{}, fmt.Errorf("-output %q ends in %s and so names one file, but -lang selects %d targets; give a directory, or choose one target: %w", c.output, t.Ext, len(targets), errUsage)
		}
		if isDir(c.output) {
			return dest{}, fmt.Errorf("-output %q ends in %s and so names the file to write, but it is a directory: %w", c.output, t.Ext, errUsage)
		}
		return dest{toFile, c.output}, nil
	}
	if exists(c.output) && !isDir(c.output) {
		return dest{}, fmt.Errorf("-output %q is a file, but a path that does not end in %s names a directory: %w", c.output, exts(targets), errUsage)
	}
	return dest{toDir, c.output}, nil
}

// exts returns the main-file extensions of targets, "a, b or c".
func exts(targets []generators.Target) string {
	var e []string
	for _, t := range targets {
		if t.Ext != "" { // a project of several files has no main file
			e = append(e, t.Ext)
		}
	}
	if len(e) == 1 {
		return e[0]
	}
	return strings.Join(e[:len(e)-1], ", ") + " or " + e[len(e)-1]
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

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

func isDir(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}

// buildVersion says which ftpcodegen this is, from what the go command
// recorded in the binary.
func buildVersion() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "(devel): built without module information"
	}
	return versionOf(bi)
}

// versionOf reads bi: the module version when installed from one (go
// install ...@v1.2.3, go tool with a require); the revision, its time and
// whether the tree was modified when built from a checkout (go build, go
// install; +dirty is the go command's mark for a modified tree); the
// replacement when the module is replaced by a directory. go run records
// no revision.
func versionOf(bi *debug.BuildInfo) string {
	// Under go tool, the main module is the user's, and ftpcodegen's is a
	// dependency.
	m := &bi.Main
	for _, d := range bi.Deps {
		if bi.Path == d.Path || strings.HasPrefix(bi.Path, d.Path+"/") {
			m = d
		}
	}
	v := m.Version
	if r := m.Replace; r != nil {
		v += " (replaced by " + r.Path
		if r.Version != "" && r.Version != "(devel)" {
			v += " " + r.Version
		}
		v += ")"
	}
	setting := map[string]string{}
	for _, s := range bi.Settings {
		setting[s.Key] = s.Value
	}
	if m != &bi.Main || setting["vcs.revision"] == "" {
		if v == "(devel)" || v == "" {
			return "(devel): built from a checkout without version control information (go run records none; go build or go install does)"
		}
		return v
	}
	rev := setting["vcs"] + " " + setting["vcs.revision"]
	if t := setting["vcs.time"]; t != "" {
		rev += " " + t
	}
	if setting["vcs.modified"] == "true" {
		rev += ", modified"
	}
	return v + " (" + rev + ")"
}
