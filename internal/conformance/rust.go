package conformance

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/ftpcodes/ftpcodes/internal/golden"
	"github.com/ftpcodes/ftpcodes/spec"
)

// The Rust crates are tested in one cargo workspace
// (BuildRustWorkspace): every table's generated crate is a member, with
// one driver program over all of them (generators/rust/testdata/driver.rs)
// and any other program a test compiles against them, so that one cargo
// invocation checks many crates in one target directory and each crate is
// compiled once per mode, whichever tests use it. Sources and the target
// directory stay in the same place under the user's cache directory from
// one test run to the next, and files are written only when they change,
// so that later runs rebuild only what changed.

// RustCrate is one table's generated crate, for BuildRustWorkspace.
type RustCrate struct {
	Name     string            // the table's name, as the driver's first argument takes it
	Files    map[string][]byte // the Rust target's files, "rust/Cargo.toml" and "rust/src/lib.rs"
	Dispatch []byte            // RustDispatch for the table
}

// rustTargetDir is the target directory of the crate or workspace in dir,
// the same in every test run, and one per checkout (dir is under
// RustDir's), since the tests of two checkouts may build the same crate at
// once, each from its own sources.
func rustTargetDir(t *testing.T, dir string) string {
	t.Helper()
	rel, err := filepath.Rel(testCache(), dir)
	if err != nil || strings.HasPrefix(rel, "..") {
		t.Fatalf("%s is not under %s", dir, testCache())
	}
	return filepath.Join(testCache(), "cargo-target", strings.ReplaceAll(filepath.ToSlash(rel), "/", "-"))
}

// RustDir returns a directory for Rust sources under test that stays the
// same from one test run to the next, one per checkout of the repository
// and name, so that cargo rebuilds only what changed; WriteChanged writes
// into it.
func RustDir(t *testing.T, name string) string {
	t.Helper()
	dir := filepath.Join(checkoutDir(t, "src"), name)
	lockDir(t, dir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// WriteChanged writes files into dir, as WriteFiles does, but leaves a
// file that already holds the same bytes untouched, so that its time stamp
// tells cargo it has not changed.
func WriteChanged(t *testing.T, dir string, files map[string][]byte) {
	t.Helper()
	changed := map[string][]byte{}
	for p, data := range files {
		if old, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p))); err != nil || !bytes.Equal(old, data) {
			changed[p] = data
		}
	}
	WriteFiles(t, dir, changed)
}

// cargoCmd returns cargo with args in dir, with the target directory of
// dir (a crate's or a workspace's root). The builds are for tests: no
// debug information (it only names lines in a backtrace) and no
// incremental state (a fresh machine has none to reuse, and writing it
// costs); debug assertions and overflow checks stay on.
func cargoCmd(t *testing.T, cargo, dir string, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(cargo, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "CARGO_TARGET_DIR="+rustTargetDir(t, dir), "CARGO_TERM_COLOR=never", "RUSTDOCFLAGS=-D warnings",
		"CARGO_INCREMENTAL=0", "CARGO_PROFILE_DEV_DEBUG=0")
	return cmd
}

// runCargo runs cargo and fails the test with its output if it fails.
// Cargo reports progress on standard error, so that is no failure.
func runCargo(t *testing.T, cargo, dir string, args ...string) string {
	t.Helper()
	cmd := cargoCmd(t, cargo, dir, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("cargo %s in %s: %v\n%s%s", strings.Join(args, " "), dir, err, stdout.String(), stderr.String())
	}
	return stdout.String() + stderr.String()
}

// RustWorkspace is a cargo workspace written by BuildRustWorkspace.
type RustWorkspace struct {
	Dir    string // the workspace's root
	Driver string // a copy of the driver's binary: driver TABLE ...
	cargo  string
}

// RustPackage is the package name of a table's crate in a RustWorkspace:
// "ftpcodes-" and the table's name, as a workspace holds one package of a
// name. The library keeps its name, ftpcodes, which is what its code,
// its doc tests and its documentation use.
func RustPackage(table string) string {
	return "ftpcodes-" + tag(table)
}

// BuildRustWorkspace writes one cargo workspace into RustDir(t, name):
// each crate in a folder named after its table (its Cargo.toml with the
// package named RustPackage(table) and the library still ftpcodes), the
// driver over all of them in driver/ (depending on each under its table's
// name), and the files of more members in other (path within the
// workspace to content; each folder holding a Cargo.toml is a member).
// It builds the driver and returns the workspace. Each workspace has a
// name of its own, so that writing one leaves the others' sources, and
// cargo's work on them, in place.
func BuildRustWorkspace(t *testing.T, cargo, name string, crates []RustCrate, other map[string][]byte) *RustWorkspace {
	t.Helper()
	dir := RustDir(t, name)
	src, err := os.ReadFile(filepath.Join(golden.Root(), "generators", "rust", "testdata", "driver.rs"))
	if err != nil {
		t.Fatal(err)
	}
	var deps, mods, arms strings.Builder
	files := map[string][]byte{"driver/src/driver.rs": src}
	var members []string
	for i := range crates {
		c := &crates[i]
		id := rustID(c.Name)
		members = append(members, id)
		for p, data := range c.Files {
			p = strings.TrimPrefix(p, "rust/")
			if p == "Cargo.toml" {
				data = rustMember(t, data, RustPackage(c.Name))
			}
			files[id+"/"+p] = data
		}
		files["driver/src/"+id+"_dispatch.rs"] = c.Dispatch
		fmt.Fprintf(&deps, "%s = { path = \"../%s\", package = \"%s\" }\n", id, id, RustPackage(c.Name))
		fmt.Fprintf(&mods, "mod %s {\n    use ::%s as ftpcodes;\n    mod dispatch {\n        include!(\"%s_dispatch.rs\");\n    }\n    include!(\"driver.rs\");\n}\n\n", id, id, id)
		fmt.Fprintf(&arms, "        Some(%q) => %s::main(&args[1..]),\n", c.Name, id)
	}
	members = append(members, "driver")
	for p, data := range other {
		files[p] = data
		if m, ok := strings.CutSuffix(p, "/Cargo.toml"); ok {
			members = append(members, m)
		}
	}
	sort.Strings(members)
	files["Cargo.toml"] = []byte("# Written by internal/conformance: the crates under test, and the programs built on them.\n[workspace]\nresolver = \"2\"\nmembers = [\"" + strings.Join(members, "\", \"") + "\"]\n")
	files["driver/Cargo.toml"] = []byte("[package]\nname = \"driver\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\n" + deps.String())
	files["driver/src/main.rs"] = []byte("// Written by internal/conformance for the tables under test.\n#![allow(dead_code, unused_imports)]\n\n" + mods.String() +
		"fn main() {\n    let args: Vec<String> = std::env::args().skip(1).collect();\n    match args.first().map(String::as_str) {\n" + arms.String() +
		"        _ => panic!(\"usage: driver TABLE ...\"),\n    }\n}\n")
	WriteChanged(t, dir, files)
	runCargo(t, cargo, dir, "build", "--offline", "--quiet", "-p", "driver")
	bin := filepath.Join(t.TempDir(), "driver")
	data, err := os.ReadFile(filepath.Join(rustTargetDir(t, dir), "debug", "driver"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bin, data, 0o755); err != nil {
		t.Fatal(err)
	}
	return &RustWorkspace{Dir: dir, Driver: bin, cargo: cargo}
}

// rustID is a table's name as a Rust identifier and a folder's name.
func rustID(table string) string {
	return strings.NewReplacer("-", "_", ".", "_").Replace(table)
}

// rustMember returns a generated Cargo.toml with its package named pkg
// and its library named ftpcodes, for a workspace of many such crates.
func rustMember(t *testing.T, cargoToml []byte, pkg string) []byte {
	t.Helper()
	const name = "\nname = \"ftpcodes\"\n"
	if bytes.Count(cargoToml, []byte(name)) != 1 || bytes.Contains(cargoToml, []byte("\n[lib]")) {
		t.Fatalf("Cargo.toml names the package other than once as %q, or has a [lib]:\n%s", name, cargoToml)
	}
	out := bytes.Replace(cargoToml, []byte(name), []byte("\nname = \""+pkg+"\"\n"), 1)
	return append(out, "\n[lib]\nname = \"ftpcodes\"\n"...)
}

// Fmt runs rustfmt --check, once, on the library of each table's crate
// named, with the edition of its Cargo.toml, as cargo fmt --check does.
func (w *RustWorkspace) Fmt(t *testing.T, tables ...string) {
	t.Helper()
	rustfmt := Require(t, "rustfmt")
	byEdition := map[string][]string{}
	for _, tb := range tables {
		dir := filepath.Join(w.Dir, rustID(tb))
		e := cargoField(t, dir, "edition")
		byEdition[e] = append(byEdition[e], filepath.Join(dir, "src", "lib.rs"))
	}
	for e, files := range byEdition {
		Run(t, w.Dir, rustfmt, append([]string{"--check", "--edition", e}, files...)...)
	}
}

// Clippy runs clippy on the libraries of libs and on every target of
// all (one cargo invocation for each list), with every warning an error.
func (w *RustWorkspace) Clippy(t *testing.T, libs, all []string) {
	t.Helper()
	for _, c := range []struct {
		targets  string
		packages []string
	}{{"--lib", libs}, {"--all-targets", all}} {
		if len(c.packages) == 0 {
			continue
		}
		args := []string{"clippy", "--offline", "--quiet", c.targets}
		for _, p := range c.packages {
			args = append(args, "-p", p)
		}
		runCargo(t, w.cargo, w.Dir, append(args, "--", "-D", "warnings")...)
	}
}

// Test runs a package's unit and doc tests, or its doc tests only.
func (w *RustWorkspace) Test(t *testing.T, pkg string, docOnly bool) {
	t.Helper()
	args := []string{"test", "--offline", "--quiet", "-p", pkg}
	if docOnly {
		args = append(args, "--doc")
	}
	runCargo(t, w.cargo, w.Dir, args...)
}

// RustTestCode matches what makes a crate's test target differ from its
// library: a #[test] function, or code under cfg(test). Without it, the
// test target is the library's code compiled once more, with a test
// harness that runs nothing.
var RustTestCode = regexp.MustCompile(`#\[test\]|\bcfg(_attr)?!?\([^\n]*\btest\b`)

// Doc runs rustdoc on a package, with every warning an error. Packages
// whose libraries share a name, as the tables' crates do, are documented
// one cargo invocation at a time: they write to the same folder.
func (w *RustWorkspace) Doc(t *testing.T, pkg string) {
	t.Helper()
	runCargo(t, w.cargo, w.Dir, "doc", "--offline", "--quiet", "--no-deps", "-p", pkg)
}

// RustMSRV checks a generated crate (the Rust target's files) with its
// rust-version's toolchain, when rustup has it: clippy's incompatible_msrv
// lint checks the library calls everywhere else, but not the language.
// The crate is written as generated, into RustDir(t, name), with a
// target directory of its own, since an older cargo cannot read a newer
// one's lockfile. cargo check covers the language: the parser, name
// resolution, the feature gates, types and borrows of that Rust.
func RustMSRV(t *testing.T, cargo, name string, files map[string][]byte) {
	t.Helper()
	dir := RustDir(t, name)
	crate := map[string][]byte{}
	for p, data := range files {
		crate[strings.TrimPrefix(p, "rust/")] = data
	}
	WriteChanged(t, dir, crate)
	RustCheck(t, cargo, dir, "msrv")
}

// tag spells a table's name as a pre-release version: ASCII letters,
// digits and hyphens.
func tag(name string) string {
	return strings.Map(func(r rune) rune {
		if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' {
			return r
		}
		return '-'
	}, name)
}

// RustCheck runs cargo's checks in a crate: "clippy" (every target, every
// warning an error), "unit" (its unit tests), "doc" (rustdoc, every
// warning an error) and "msrv" (cargo check with the crate's
// rust-version, where rustup has it).
func RustCheck(t *testing.T, cargo, dir string, checks ...string) {
	t.Helper()
	for _, c := range checks {
		switch c {
		case "clippy":
			runCargo(t, cargo, dir, "clippy", "--offline", "--quiet", "--all-targets", "--", "-D", "warnings")
		case "unit":
			runCargo(t, cargo, dir, "test", "--offline", "--quiet", "--lib")
		case "doc":
			runCargo(t, cargo, dir, "doc", "--offline", "--quiet", "--no-deps")
		case "msrv":
			// The crate's rust-version, when rustup has that toolchain;
			// clippy's incompatible_msrv lint checks the library calls
			// everywhere else, but not the language.
			version := rustVersion(t, dir)
			if exec.Command("rustup", "run", version, "rustc", "--version").Run() != nil {
				t.Logf("Rust %s is not installed (rustup toolchain install %s --profile minimal); not checking with it", version, version)
				continue
			}
			runCargo(t, cargo, dir, "+"+version, "check", "--offline", "--quiet")
		default:
			t.Fatalf("no check %q", c)
		}
	}
}

// rustVersion reads the rust-version of the crate in dir.
func rustVersion(t *testing.T, dir string) string {
	t.Helper()
	return cargoField(t, dir, "rust-version")
}

// cargoField reads a string field of the crate's Cargo.toml in dir.
func cargoField(t *testing.T, dir, key string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "Cargo.toml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(l, key+" = "); ok {
			return strings.Trim(v, `"`)
		}
	}
	t.Fatalf("%s/Cargo.toml has no %s", dir, key)
	return ""
}

// RustChecks runs rustfmt --check on the named source files (cargo fmt
// does not reach files included with include!), then the checks of
// RustCheck named.
func RustChecks(t *testing.T, cargo, dir string, sources []string, checks ...string) {
	t.Helper()
	rustfmt := Require(t, "rustfmt")
	args := []string{"--check", "--edition", "2021"}
	for _, s := range sources {
		args = append(args, filepath.Join(dir, s))
	}
	Run(t, dir, rustfmt, args...)
	RustCheck(t, cargo, dir, checks...)
}

// RunInput runs a command with input on its standard input and returns
// its standard output, failing the test if it fails or prints to standard
// error.
func RunInput(t *testing.T, input, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Stdin = strings.NewReader(input)
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil || stderr.Len() > 0 {
		t.Fatalf("%s %s: %v\nstderr:\n%s", name, strings.Join(args, " "), err, stderr.String())
	}
	return stdout.String()
}

// RustDispatch returns the driver's dispatch.rs for tbl, with ident
// spelling a parameter's name as a field of its values struct
// (quote.RustIdent, which this package cannot import: internal/quote's
// tests import this package).
func RustDispatch(t *testing.T, tbl *spec.Table, ident func(string) string) []byte {
	t.Helper()
	type param struct{ Arg, Show string }
	type meaning struct {
		Name, Snake string
		Params      []param
	}
	var data []meaning
	for _, r := range tbl.Replies {
		for _, m := range r.Meanings() {
			if m.Template == nil {
				continue
			}
			mm := meaning{Name: m.Name.Camel, Snake: m.Name.LowerSnake}
			for i, p := range m.Template.Params {
				field := "v." + ident(p.Name.LowerSnake)
				switch p.Type {
				case spec.TypeUint:
					mm.Params = append(mm.Params, param{fmt.Sprintf("uint(&a[%d])?", i), field + ".to_string()"})
				case spec.TypeTime:
					mm.Params = append(mm.Params, param{fmt.Sprintf("time(&a[%d])?", i), "millis(" + field + ")"})
				default:
					mm.Params = append(mm.Params, param{fmt.Sprintf("&a[%d]", i), field + ".clone()"})
				}
			}
			data = append(data, mm)
		}
	}
	var format, parse strings.Builder
	for _, m := range data {
		var args, shows []string
		for _, p := range m.Params {
			args, shows = append(args, p.Arg), append(shows, p.Show)
		}
		fmt.Fprintf(&format, "        %q => (|| -> Option<String> {\n            ftpcodes::format_%s(%s).ok()\n        })(),\n", m.Name, m.Snake, strings.Join(args, ", "))
		fmt.Fprintf(&parse, "        %q => ftpcodes::parse_%s(text).map(|v| {\n            let _ = &v;\n            vec![%s]\n        }),\n", m.Name, m.Snake, strings.Join(shows, ", "))
	}
	return []byte(`// Written by internal/conformance for one table: the driver reaches the
// formatter and the parser of every meaning that has a template by name,
// taking and giving values as text.
use super::ftpcodes;
use super::{millis, time, uint};

pub fn format(name: &str, a: &[String]) -> Option<Option<String>> {
    let _ = a;
    Some(match name {
` + format.String() + `        _ => return None,
    })
}

pub fn parse(name: &str, text: &str) -> Option<Option<Vec<String>>> {
    let _ = text;
    Some(match name {
` + parse.String() + `        _ => return None,
    })
}
`)
}
