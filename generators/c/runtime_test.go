package c_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ftpcodes/ftpcodes/generators/c"
	"github.com/ftpcodes/ftpcodes/internal/conformance"
	"github.com/ftpcodes/ftpcodes/spec"
)

// TestRuntime compiles the runtime on its own, runtime/runtime_test.c with
// runtime.h and runtime.c and a stand-in for the table, in every build of
// TestHeader, c99 with the sanitizers, and runs its unit tests, given
// spec's limits to hold the runtime to (SPEC_MAX_UINT as a string literal).
func TestRuntime(t *testing.T) {
	t.Parallel()
	conformance.Require(t, "gcc")
	conformance.Require(t, "g++")
	src, err := filepath.Abs("runtime")
	if err != nil {
		t.Fatal(err)
	}
	limits := []string{
		fmt.Sprintf("-DSPEC_MAX_LINE_BYTES=%d", spec.MaxLineBytes),
		fmt.Sprintf("-DSPEC_MAX_REPLY_LINES=%d", spec.MaxReplyLines),
		fmt.Sprintf("-DSPEC_MIN_YEAR=%d", spec.MinYear),
		fmt.Sprintf("-DSPEC_MAX_YEAR=%d", spec.MaxYear),
		fmt.Sprintf("-DSPEC_MAX_UINT=\"%d\"", spec.MaxUint),
	}
	dir := t.TempDir()
	for _, b := range withSanitized(builds) {
		t.Run(b.name, func(t *testing.T) {
			t.Parallel()
			exe := filepath.Join(dir, "runtime-"+b.name)
			args := append(append([]string{"-std=" + b.std, "-x", b.lang}, limits...), b.extra...)
			args = append(append(append(args, usual...), b.opt), b.strict...)
			conformance.Run(t, src, b.compiler, append(args, "-o", exe, filepath.Join(src, "runtime_test.c"))...)
			if got := conformance.Run(t, src, exe); got != "ok\n" {
				t.Errorf("%s: the runtime's tests printed %q", b.name, got)
			}
		})
	}
}

// TestRuntimeParts checks what ftpcodes.h.tmpl and the templates take for
// granted about the runtime: that runtime.h opens with the header's
// documentation, which Runtime splits off, and that struct
// ftp_command_info has a list of replies for each of spec.ReplyGroups, in
// their order, which commands.tmpl fills in that order.
func TestRuntimeParts(t *testing.T) {
	doc, err := c.Runtime("doc")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(doc, "/*\n * ftpcodes.h - ") || strings.Count(doc, "*/") != 1 {
		t.Errorf("the runtime's doc part is not the header's documentation comment:\n%.200s", doc)
	}
	decls, err := c.Runtime("declarations")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Runtime("nothing"); err == nil {
		t.Error(`Runtime("nothing") is no error`)
	}
	h, err := os.ReadFile(filepath.Join("runtime", "runtime.h"))
	if err != nil {
		t.Fatal(err)
	}
	if doc+"\n\n"+decls+"\n" != string(h) {
		t.Error("the runtime's doc and declarations parts are not runtime.h")
	}
	_, info, _ := strings.Cut(decls, "struct ftp_command_info {\n")
	info, _, _ = strings.Cut(info, "\n};")
	at := 0
	for _, g := range spec.ReplyGroups {
		field := fmt.Sprintf("    const int *%s;", g.Key)
		i := strings.Index(info, field)
		if i < at || !strings.Contains(info, fmt.Sprintf("    size_t %s_count;", g.Key)) {
			t.Errorf("struct ftp_command_info has no %s and %s_count after the groups before it", field, g.Key)
		}
		at = i
	}
}
