package golang

import (
	"fmt"
	"go/ast"
	"go/build"
	"go/constant"
	"go/format"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/ftpcodes/ftpcodes/internal/golden"
	"github.com/ftpcodes/ftpcodes/spec"
)

// init gives go/build the GOROOT that go env reports when the test binary
// does not know its own (built with -trimpath, runtime.GOROOT is empty):
// the type checks of this package's tests (importer.Default) find the
// standard library's packages through go/build.
func init() {
	if build.Default.GOROOT != "" {
		return
	}
	if out, err := exec.Command("go", "env", "GOROOT").Output(); err == nil {
		build.Default.GOROOT = strings.TrimSpace(string(out))
	}
}

// TestRuntimeLimits holds the runtime's constants, and the numbers its doc
// comments give, to spec's: the runtime is Go written by hand, not
// rendered from spec.
func TestRuntimeLimits(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "runtime.go", runtimeSource, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	table, err := parser.ParseFile(fset, filepath.Join("runtime", "table.go"), nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	clientTable, err := parser.ParseFile(token.NewFileSet(), filepath.Join("client", "table.go"), nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	// splice.go prefixes the unexported names the table.go files declare.
	var unexported []string
	for _, tf := range []*ast.File{table, clientTable} {
		for name := range tf.Scope.Objects {
			if !ast.IsExported(name) {
				unexported = append(unexported, name)
			}
		}
	}
	if slices.Sort(unexported); !slices.Equal(unexported, slices.Sorted(slices.Values(tableNames))) {
		t.Errorf("runtime/table.go and client/table.go declare %v unexported, tableNames lists %v", unexported, tableNames)
	}
	pkg, err := (&types.Config{Importer: importer.Default()}).Check("ftpcodes", fset, []*ast.File{f, table}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]int{"maxLineBytes": spec.MaxLineBytes, "maxReplyLines": spec.MaxReplyLines, "minYear": spec.MinYear, "maxYear": spec.MaxYear} {
		c, ok := pkg.Scope().Lookup(name).(*types.Const)
		if !ok {
			t.Errorf("the runtime has no constant %s", name)
			continue
		}
		if got, _ := constant.Int64Val(c.Val()); got != int64(want) {
			t.Errorf("the runtime's %s is %d, spec's %d", name, got, want)
		}
	}
	for _, want := range []string{
		fmt.Sprintf("a line longer than %d bytes", spec.MaxLineBytes),
		fmt.Sprintf("a reply of more than %d lines", spec.MaxReplyLines),
		fmt.Sprintf("outside the years %d to %d in UTC", spec.MinYear, spec.MaxYear),
		fmt.Sprintf("at most %d bytes besides its CR, and a reply at most %d lines", spec.MaxLineBytes, spec.MaxReplyLines),
	} {
		if !strings.Contains(strings.Join(strings.Fields(strings.ReplaceAll(runtimeSource, "\n//", "")), " "), want) {
			t.Errorf("no doc comment of the runtime says %q", want)
		}
	}
}

// TestRuntimePrinted checks what splice.go makes of the runtime: every
// unexported top-level name prefixed, fields and methods not, the error
// texts spelled with the package's name, and only what is needed.
func TestRuntimePrinted(t *testing.T) {
	rf, err := loadRuntime()
	if err != nil {
		t.Fatal(err)
	}
	all, imports := rf.render("myftp", map[string]bool{"checkString": true, "checkUint": true, "checkTime": true, "formatTime": true, "pattern": true, "value": true})
	for _, want := range []string{
		"\nfunc ftpcodesMatch(\n\tsegs []ftpcodesSegment, text string, pos int, anchored bool, vs []ftpcodesValue,\n) (int, bool) {\n",
		"\n// ftpcodesReadLine reads a line ",
		"\nfunc (p *ftpcodesPattern) parse(text string, vs []ftpcodesValue) bool {\n",
		"\nfunc (p *ParsedReply) add(line string) (bool, error) {\n",
		"\tindex int    // a value's position",
		"vs[s.index].n = n",
		`errors.New("myftp: bad value")`,
		"\nfunc ftpcodesFormatTime(",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("the printed runtime has no %q", want)
		}
	}
	// Renamed in place, the runtime keeps gofmt's layout.
	var file strings.Builder
	file.WriteString("package myftp\n\nimport (\n")
	for _, imp := range slices.Sorted(slices.Values(imports)) {
		file.WriteString("\t" + strconv.Quote(imp) + "\n")
	}
	file.WriteString(")\n\ntype Code int\n\n" + all)
	if out, err := format.Source([]byte(file.String())); err != nil || string(out) != file.String() {
		t.Errorf("the printed runtime is not gofmt-clean (err %v):\n%s", err, golden.Diff([]byte(file.String()), out))
	}
	if strings.Contains(all, `"ftpcodes: `) {
		t.Error(`the printed runtime still says "ftpcodes: "`)
	}
	if got := strings.Join(imports, " "); !strings.Contains(got, "time") || !strings.Contains(got, "unicode/utf8") {
		t.Errorf("imports %s", got)
	}

	// Without templates: no matcher, no checks, no time.
	none, imports := rf.render("ftpcodes", map[string]bool{})
	for _, unwanted := range []string{"ftpcodesMatch", "ftpcodesPattern", "ftpcodesCheckString", "ftpcodesParseTime", "ftpcodesMinYear"} {
		if strings.Contains(none, unwanted) {
			t.Errorf("the runtime for no template has %s", unwanted)
		}
	}
	for _, imp := range imports {
		if imp == "time" {
			t.Error("the runtime for no template imports time")
		}
	}
	for _, want := range []string{"func ReadReply(", "func ftpcodesDecodeText(", "var ErrBadValue"} {
		if !strings.Contains(none, want) {
			t.Errorf("the runtime for no template has no %q", want)
		}
	}
}

// TestRuntimeShadow: a local named like a top-level name would be renamed
// with it, which the runtime refuses rather than rely on.
func TestRuntimeShadow(t *testing.T) {
	_, err := parseRuntime("package ftpcodes\n\nfunc isDigit(c byte) bool { return c > 0 }\n\nfunc f() bool {\n\tisDigit := true\n\treturn isDigit\n}\n")
	if err == nil || !strings.Contains(err.Error(), "the local isDigit has the name of a top-level declaration") {
		t.Errorf("error %v", err)
	}
}
