package golang_test

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/ftpcodes/ftpcodes/internal/golden"
)

// readmeImport is the import path of the package in README.md's Go code.
const readmeImport = `"github.com/ftpcodes/ftpcodes/out/go/ftpcodes"`

// readmeProgram is a program of TestRoundTrip's module made from one of
// README.md's Go blocks: its directory and what it must print.
type readmeProgram struct {
	dir, want string
	line      int // of the block in README.md
}

// readmeGoBlock is a fenced Go block of README.md that no recipe test
// (cmd/ftpcodegen) follows, with the line its code starts on.
type readmeGoBlock struct {
	code string
	line int
}

// readmeGoBlocks returns README.md's Go blocks, leaving out those under a
// "<!-- recipe: NAME -->" line, which cmd/ftpcodegen's tests follow as
// written in a module of the user's.
func readmeGoBlocks(t *testing.T) []readmeGoBlock {
	t.Helper()
	readme, err := os.ReadFile(filepath.Join(golden.Root(), "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	var blocks []readmeGoBlock
	re := regexp.MustCompile("(?s)(\n<!-- recipe: [a-z-]+ -->)?\n```go\n(.*?)```\n")
	for _, m := range re.FindAllSubmatchIndex(readme, -1) {
		if m[2] >= 0 {
			continue
		}
		blocks = append(blocks, readmeGoBlock{
			code: string(readme[m[4]:m[5]]),
			line: bytes.Count(readme[:m[4]], []byte("\n")) + 1,
		})
	}
	if len(blocks) == 0 {
		t.Fatal("README.md has no Go block outside the recipes")
	}
	return blocks
}

// readmePrograms turns every Go block of README.md that no recipe test
// follows into a program of TestRoundTrip's module, importing pkg (the
// package generated there from the shipped table) in place of out/go, and
// returns the files by path and the programs. A block is one of three
// kinds, and each is held to gofmt where it is a whole file:
//   - a program (package main): it must print, one a line, the comment
//     of each line that starts with fmt.Print;
//   - lines "EXPR // VALUE" after an import, VALUE maybe followed by ": "
//     and a note: each EXPR must equal VALUE;
//   - declarations: compiled and vetted in a main package, with the
//     imports of the packages they name.
func readmePrograms(t *testing.T, pkg string) (map[string][]byte, []readmeProgram) {
	t.Helper()
	files := map[string][]byte{}
	var programs []readmeProgram
	for i, b := range readmeGoBlocks(t) {
		dir := fmt.Sprintf("readme_%d", i+1)
		src := strings.ReplaceAll(b.code, readmeImport, `"`+pkg+`"`)
		p := readmeProgram{dir: dir, line: b.line}
		switch {
		case strings.HasPrefix(b.code, "package main\n"):
			checkGofmt(t, b.line, "", b.code)
			for _, line := range strings.Split(b.code, "\n") {
				if _, c, ok := strings.Cut(line, "// "); ok && strings.HasPrefix(strings.TrimSpace(line), "fmt.Print") {
					p.want += c + "\n"
				}
			}
		case strings.HasPrefix(b.code, "import "+readmeImport+"\n"):
			src = readmeChecks(t, b, pkg)
		default:
			src = readmeDecls(t, b, pkg)
		}
		files[dir+"/main.go"] = []byte(src)
		programs = append(programs, p)
	}
	return files, programs
}

// readmeChecks returns a program that checks each "EXPR // VALUE" line of
// b, printing the ones that do not hold and exiting with 1.
func readmeChecks(t *testing.T, b readmeGoBlock, pkg string) string {
	t.Helper()
	var checks strings.Builder
	lines := strings.Split(strings.TrimSuffix(b.code, "\n"), "\n")[1:]
	for n, line := range lines {
		if strings.TrimSpace(line) == "" {
			continue
		}
		expr, value, ok := strings.Cut(line, "// ")
		if !ok {
			t.Fatalf("README.md:%d: %q has no comment saying its value", b.line+1+n, line)
		}
		expr = strings.TrimSpace(expr)
		// The value is the whole comment if that is an expression, else
		// what comes before its first ": ".
		if _, err := parser.ParseExpr(value); err != nil {
			value, _, _ = strings.Cut(value, ": ")
		}
		if _, err := parser.ParseExpr(value); err != nil {
			t.Fatalf("README.md:%d: the comment of %q does not start with a Go value: %v", b.line+1+n, line, err)
		}
		fmt.Fprintf(&checks, "\tif got, want := %s, %s; got != want {\n\t\tfmt.Printf(\"README.md:%d: %%s is %%#v, not %%#v\\n\", %q, got, want)\n\t\tok = false\n\t}\n",
			expr, value, b.line+1+n, expr)
	}
	return fmt.Sprintf("package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\n\t%q\n)\n\nfunc main() {\n\tok := true\n%s\tif !ok {\n\t\tos.Exit(1)\n\t}\n}\n",
		pkg, checks.String())
}

// readmePackages are the packages README.md's Go declarations may name,
// by name ("" for the generated package).
var readmePackages = map[string]string{
	"bufio":     "bufio",
	"errors":    "errors",
	"fmt":       "fmt",
	"ftpcodes":  "",
	"io":        "io",
	"log":       "log",
	"net":       "net",
	"netip":     "net/netip",
	"textproto": "net/textproto",
}

// readmeDecls returns the declarations of b as a main package that imports
// the packages they name and does nothing.
func readmeDecls(t *testing.T, b readmeGoBlock, pkg string) string {
	t.Helper()
	head := "package main\n\n"
	checkGofmt(t, b.line, head, b.code)
	f, err := parser.ParseFile(token.NewFileSet(), "readme.go", head+b.code, parser.SkipObjectResolution)
	if err != nil {
		t.Fatalf("README.md:%d: %v", b.line, err)
	}
	// X.Sel with X one of readmePackages' names is taken to name that
	// package: a variable of such a name would fail the build.
	var imports []string
	ast.Inspect(f, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok {
				if path, known := readmePackages[id.Name]; known {
					if path == "" {
						path = pkg
					}
					if !slices.Contains(imports, path) {
						imports = append(imports, path)
					}
				}
			}
		}
		return true
	})
	slices.Sort(imports)
	var src strings.Builder
	src.WriteString(head + "import (\n")
	for _, p := range imports {
		fmt.Fprintf(&src, "\t%q\n", p)
	}
	src.WriteString(")\n\n" + b.code + "\nfunc main() {}\n")
	return src.String()
}

// checkGofmt fails the test if head+code, a README.md block from line on
// (head added by the test), does not parse or is not as gofmt writes it.
func checkGofmt(t *testing.T, line int, head, code string) {
	t.Helper()
	formatted, err := format.Source([]byte(head + code))
	switch {
	case err != nil:
		t.Errorf("README.md:%d: the Go code does not parse: %v", line, err)
	case string(formatted) != head+code:
		t.Errorf("README.md:%d: the Go code is not as gofmt writes it:\n%s", line, strings.TrimPrefix(string(formatted), head))
	}
}
