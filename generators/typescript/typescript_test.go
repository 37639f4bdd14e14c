package typescript

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/internal/golden"
	"github.com/ftpcodes/ftpcodes/internal/toolchain"
)

const modulePath = "typescript/ftpcodes.ts"

// strict are the checks the generated module must pass with no diagnostic:
// everything --strict turns on and every stricter check besides, the
// isolated-module checks a per-file transpiler (esbuild, swc, Babel) needs,
// --isolatedDeclarations for per-file .d.ts emit, and --erasableSyntaxOnly,
// which refuses enums, namespaces, parameter properties and everything else
// that Node's type stripping cannot erase. The library is ES2022 alone: the
// module needs neither the DOM nor Node's API.
var strict = []string{
	"--strict",
	"--exactOptionalPropertyTypes",
	"--noUncheckedIndexedAccess",
	"--noImplicitReturns",
	"--noImplicitOverride",
	"--noFallthroughCasesInSwitch",
	"--noPropertyAccessFromIndexSignature",
	"--noUnusedLocals",
	"--noUnusedParameters",
	"--allowUnreachableCode", "false",
	"--allowUnusedLabels", "false",
	"--isolatedModules",
	"--verbatimModuleSyntax",
	"--erasableSyntaxOnly",
	"--isolatedDeclarations", "--declaration",
	"--target", "es2022",
	"--lib", "es2022",
	"--module", "nodenext",
	"--types", "",
	"--pretty", "false",
}

// TestTypeScript type-checks the module generated from every table with
// the pinned tsc, compiles it with testdata/roundtrip.ts and
// testdata/commands.ts, runs both with node and compares what they print
// with toolchain.Dump and toolchain.CommandDump. For the shipped table it
// also type-checks testdata/types.ts, which holds the table's names to
// account for how the API narrows types.
func TestTypeScript(t *testing.T) {
	tsc := toolchain.NodeBin(t, "tsc")
	node := toolchain.Require(t, "node")
	roundtrip := readFile(t, filepath.Join("testdata", "roundtrip.ts"))
	commands := readFile(t, filepath.Join("testdata", "commands.ts"))
	types := readFile(t, filepath.Join("testdata", "types.ts"))
	for _, n := range toolchain.Tables(t) {
		t.Run(n.Name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			files := toolchain.Generate(t, Target, n.Table)
			if len(files) != 1 || files[modulePath] == nil {
				t.Fatalf("want the single file %s, got %d files", modulePath, len(files))
			}
			files["package.json"] = []byte(`{"type":"module"}` + "\n")
			files["typescript/roundtrip.ts"] = roundtrip
			files["typescript/commands.ts"] = commands
			if n.Name == "shipped" {
				files["typescript/types.ts"] = types
			}
			toolchain.WriteFiles(t, dir, files)

			// The module alone: zero diagnostics under every strict flag.
			tscRun(t, tsc, dir, append(strict, "--noEmit", modulePath)...)
			if n.Name == "shipped" {
				tscRun(t, tsc, dir, append(strict, "--noEmit", "typescript/types.ts")...)
			}
			// The module and the round-trip programs, to JavaScript.
			tscRun(t, tsc, dir, append(strict, "--outDir", "js", "--rootDir", "typescript", modulePath, "typescript/roundtrip.ts", "typescript/commands.ts")...)
			got := toolchain.Run(t, dir, node, filepath.Join("js", "roundtrip.js"))
			toolchain.CheckDump(t, "typescript", n.Name, n.Table, got)
			got = toolchain.Run(t, dir, node, filepath.Join("js", "commands.js"))
			toolchain.CheckCommandDump(t, "typescript", n.Name, n.Table, got)
		})
	}
}

func tscRun(t *testing.T, tsc, dir string, args ...string) {
	t.Helper()
	if out := toolchain.Run(t, dir, tsc, args...); out != "" {
		t.Fatalf("tsc %s:\n%s", strings.Join(args, " "), out)
	}
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestComments checks, for every table, that table text reaches comments
// only sanitised: no doc comment closes early, no tag comes from the table,
// and no line holds a character that ends a line in JavaScript.
func TestComments(t *testing.T) {
	tag := regexp.MustCompile(`(^|[^\\])@([a-zA-Z]+)`)
	for _, n := range toolchain.Tables(t) {
		src := toolchain.Generate(t, Target, n.Table)[modulePath]
		if !bytes.HasPrefix(src, []byte("// "+generators.Header(n.Table)+"\n")) {
			t.Errorf("%s: the first line is not the generated-code header", n.Name)
		}
		for i, line := range strings.Split(string(src), "\n") {
			if strings.ContainsAny(line, "\u2028\u2029\r") {
				t.Errorf("%s: line %d holds a raw line terminator: %q", n.Name, i+1, line)
			}
			comment := commentOf(line)
			if strings.Contains(comment, "*/") && strings.Index(comment, "*/") != len(comment)-2 {
				t.Errorf("%s: line %d: a comment closes before its end: %q", n.Name, i+1, line)
			}
			for _, m := range tag.FindAllStringSubmatch(comment, -1) {
				if m[2] != "deprecated" && m[2] != "link" && m[2] != "packageDocumentation" {
					t.Errorf("%s: line %d: unexpected tag @%s: %q", n.Name, i+1, m[2], line)
				}
			}
		}
	}
}

// commentOf returns a generated line if it is a comment line of a form the
// template writes (it starts a doc comment or continues one, or it is a //
// comment), trimmed, or "" if it is code. The template never puts a comment
// after code on a line.
func commentOf(line string) string {
	trim := strings.TrimSpace(line)
	switch {
	case strings.HasPrefix(trim, "/**"), strings.HasPrefix(trim, "* "), trim == "*", trim == "*/", strings.HasPrefix(trim, "//"):
		return trim
	}
	return ""
}

var _ = golden.Updating // every test package imports golden, which defines -update
