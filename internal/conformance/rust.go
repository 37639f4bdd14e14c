package conformance

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ftpcodes/ftpcodes/internal/golden"
	"github.com/ftpcodes/ftpcodes/spec"
)

// The Rust crate is tested through one driver program for many tables
// (generators/rust/testdata/driver.rs): BuildRustDriver writes each
// table's crate next to the driver's, which depends on all of them under
// their table names, and builds it once, offline (the crate has no
// dependencies). Sources and target directories stay in the same place
// under the user's cache directory from one test run to the next, and
// files are written only when they change, so that later runs rebuild
// only what changed. RustDriver builds it for one table, for harnesses that feed a
// language's driver vectors on standard input.

// RustCrate is one table's generated crate, for BuildRustDriver.
type RustCrate struct {
	Name     string            // the table's name, as the driver's first argument takes it
	Files    map[string][]byte // the Rust target's files, "rust/Cargo.toml" and "rust/src/lib.rs"
	Dispatch []byte            // RustDispatch for the table
	Dir      string            // set by BuildRustDriver: where the crate is written
}

// RustDriver builds the driver for tbl, whose crate files (the Rust
// target's output, from Generate(t, rust.Target, tbl)) are files, and
// returns the command that reads conformance.Vectors' vectors on standard
// input, or from the file named by one more argument, and prints one
// answer a line; ident is quote.RustIdent. It fails
// the test under CI and skips it elsewhere when cargo is missing. (This
// package cannot import generators/rust or internal/quote itself:
// internal/quote's tests import this package.)
func RustDriver(t *testing.T, tbl *spec.Table, files map[string][]byte, ident func(string) string) []string {
	t.Helper()
	cargo := Require(t, "cargo")
	bin := BuildRustDriver(t, cargo, "driver-one-table", []RustCrate{{Name: "table", Files: files, Dispatch: RustDispatch(t, tbl, ident)}})
	return []string{bin, "table", "vectors"}
}

// rustTargetDir is the target directory of the crate in dir, the same in
// every test run: one per crate, since crates of different tables share a
// name and would overwrite each other's documentation, and one per
// checkout (dir is under RustDir's), since the tests of two checkouts may
// build the same crate at once, each from its own sources.
func rustTargetDir(t *testing.T, dir string) string {
	t.Helper()
	rel, err := filepath.Rel(rustCache(), dir)
	if err != nil || strings.HasPrefix(rel, "..") {
		t.Fatalf("%s is not under %s", dir, rustCache())
	}
	return filepath.Join(rustCache(), "cargo-target", strings.ReplaceAll(filepath.ToSlash(rel), "/", "-"))
}

func rustCache() string {
	dir, err := os.UserCacheDir()
	if err != nil {
		dir = os.TempDir()
	}
	return filepath.Join(dir, "ftpcodes")
}

// RustDir returns a directory for Rust sources under test that stays the
// same from one test run to the next, one per checkout of the repository
// and name, so that cargo rebuilds only what changed; WriteChanged writes
// into it.
func RustDir(t *testing.T, name string) string {
	t.Helper()
	sum := sha256.Sum256([]byte(golden.Root()))
	dir := filepath.Join(rustCache(), "src-"+hex.EncodeToString(sum[:6]), name)
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

// cargoCmd returns cargo with args in dir, with the crate's target
// directory.
func cargoCmd(t *testing.T, cargo, dir string, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(cargo, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "CARGO_TARGET_DIR="+rustTargetDir(t, dir), "CARGO_TERM_COLOR=never", "RUSTDOCFLAGS=-D warnings")
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

// BuildRustDriver writes every crate and the driver into RustDir(t,
// name), builds the driver, and returns the path of a copy of its binary.
// Each set of crates has a name of its own, so that building one leaves
// the others' sources, and cargo's work on them, in place.
func BuildRustDriver(t *testing.T, cargo, name string, crates []RustCrate) string {
	t.Helper()
	dir := RustDir(t, name)
	src, err := os.ReadFile(filepath.Join(golden.Root(), "generators", "rust", "testdata", "driver.rs"))
	if err != nil {
		t.Fatal(err)
	}
	var deps, mods, arms strings.Builder
	files := map[string][]byte{"driver/src/driver.rs": src}
	for i := range crates {
		c := &crates[i]
		id := strings.NewReplacer("-", "_", ".", "_").Replace(c.Name)
		c.Dir = filepath.Join(dir, id)
		for p, data := range c.Files {
			p = strings.TrimPrefix(p, "rust/")
			files[id+"/"+p] = data
			// The driver's copy has a version of its own: a lockfile
			// holds one package of a name and version.
			if p == "Cargo.toml" {
				data = bytes.Replace(data, []byte("\nversion = \"0.1.0\"\n"), []byte("\nversion = \"0.1.0-"+tag(c.Name)+"\"\n"), 1)
			}
			files["deps/"+id+"/"+p] = data
		}
		files["driver/src/"+id+"_dispatch.rs"] = c.Dispatch
		fmt.Fprintf(&deps, "%s = { path = \"../deps/%s\", package = \"ftpcodes\" }\n", id, id)
		fmt.Fprintf(&mods, "mod %s {\n    use ::%s as ftpcodes;\n    mod dispatch {\n        include!(\"%s_dispatch.rs\");\n    }\n    include!(\"driver.rs\");\n}\n\n", id, id, id)
		fmt.Fprintf(&arms, "        Some(%q) => %s::main(&args[1..]),\n", c.Name, id)
	}
	files["driver/Cargo.toml"] = []byte("[package]\nname = \"driver\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\n" + deps.String() + "\n[workspace]\n")
	files["driver/src/main.rs"] = []byte("// Written by internal/conformance for the tables under test.\n#![allow(dead_code, unused_imports)]\n\n" + mods.String() +
		"fn main() {\n    let args: Vec<String> = std::env::args().skip(1).collect();\n    match args.first().map(String::as_str) {\n" + arms.String() +
		"        _ => panic!(\"usage: driver TABLE ...\"),\n    }\n}\n")
	WriteChanged(t, dir, files)
	runCargo(t, cargo, filepath.Join(dir, "driver"), "build", "--offline", "--quiet")
	bin := filepath.Join(t.TempDir(), "driver")
	data, err := os.ReadFile(filepath.Join(rustTargetDir(t, filepath.Join(dir, "driver")), "debug", "driver"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bin, data, 0o755); err != nil {
		t.Fatal(err)
	}
	return bin
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

// RustCheck runs cargo's checks in a crate: "fmt" (cargo fmt --check),
// "clippy" (every target, every warning an error), "test" (unit and doc
// tests), "doc" (rustdoc, every warning an error) and "msrv" (a build with
// the crate's rust-version, where rustup has it).
func RustCheck(t *testing.T, cargo, dir string, checks ...string) {
	t.Helper()
	for _, c := range checks {
		switch c {
		case "fmt":
			runCargo(t, cargo, dir, "fmt", "--check")
		case "clippy":
			runCargo(t, cargo, dir, "clippy", "--offline", "--quiet", "--all-targets", "--", "-D", "warnings")
		case "test":
			runCargo(t, cargo, dir, "test", "--offline", "--quiet")
		case "doc":
			runCargo(t, cargo, dir, "doc", "--offline", "--quiet", "--no-deps")
		case "msrv":
			// The crate's rust-version, when rustup has that toolchain;
			// clippy's incompatible_msrv lint checks the library calls
			// everywhere else, but not the language.
			version := rustVersion(t, dir)
			if exec.Command("rustup", "run", version, "rustc", "--version").Run() != nil {
				t.Logf("Rust %s is not installed (rustup toolchain install %s --profile minimal); not building with it", version, version)
				continue
			}
			runCargo(t, cargo, dir, "+"+version, "build", "--offline", "--quiet")
		default:
			t.Fatalf("no check %q", c)
		}
	}
}

// rustVersion reads the rust-version of the crate in dir.
func rustVersion(t *testing.T, dir string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "Cargo.toml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(l, "rust-version = "); ok {
			return strings.Trim(v, `"`)
		}
	}
	t.Fatalf("%s/Cargo.toml has no rust-version", dir)
	return ""
}

// RustChecks runs every check of RustCheck in a crate, with rustfmt
// --check also on the named source files, which cargo fmt does not reach
// when they are included with include!.
func RustChecks(t *testing.T, cargo, dir string, sources ...string) {
	t.Helper()
	rustfmt := Require(t, "rustfmt")
	args := []string{"--check", "--edition", "2021"}
	for _, s := range sources {
		args = append(args, filepath.Join(dir, s))
	}
	Run(t, dir, rustfmt, args...)
	RustCheck(t, cargo, dir, "clippy", "test", "doc")
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
