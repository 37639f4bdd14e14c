package c

import (
	"strings"
	"testing"

	"github.com/ftpcodes/ftpcodes/internal/conformance"
)

// TestWidth checks that no line of any file generated from any table is
// wider than generators.MaxColumns.
func TestWidth(t *testing.T) {
	for _, nt := range conformance.Tables(t) {
		conformance.CheckWidth(t, nt.Name, conformance.Generate(t, Target, nt.Table))
	}
}

// TestWrap checks each way wrap breaks a line, and that it leaves one
// that fits as it is.
func TestWrap(t *testing.T) {
	long := strings.Repeat("word ", 22) + "end."
	for _, c := range []struct{ name, in, want string }{
		{"fits", `    X = 1, /* short */`, `    X = 1, /* short */`},
		{
			"trailing comment",
			"    FTP_REPLY_X = 552, /* " + long + " */",
			"    /*\n     * " + strings.Repeat("word ", 17) + "word\n     * word word word word end.\n     */\n    FTP_REPLY_X = 552,",
		},
		{
			"literal in a macro",
			"#define FTP_REPLIES(XX) \\\n    XX(552, NAME, \"" + long + "\") \\",
			"#define FTP_REPLIES(XX) \\\n    XX(552, NAME, \\\n       \"" + strings.Repeat("word ", 17) + "\" \\\n           \"word word word word word end.\") \\",
		},
		{
			"returned literal",
			`        return "` + long + `";`,
			"        return \"" + strings.Repeat("word ", 16) + "\"\n            \"word word word word word word end.\";",
		},
		{
			"directive",
			"#if defined(" + strings.Repeat("A", 50) + ") && !defined(" + strings.Repeat("B", 40) + ")",
			"#if defined(" + strings.Repeat("A", 50) + ") && \\\n    !defined(" + strings.Repeat("B", 40) + ")",
		},
		{
			"arguments",
			"int f(" + strings.Repeat("int aaaaaaaaaa, ", 6) + "int b);",
			"int f(" + strings.Repeat("int aaaaaaaaaa, ", 4) + "int aaaaaaaaaa,\n      int aaaaaaaaaa, int b);",
		},
		{
			"parameters continued below",
			"int f(" + strings.Repeat("int aaaaaaaaaa, ", 5) + "int aaaaaaaaaa,\n      int b, int c);",
			"int f(" + strings.Repeat("int aaaaaaaaaa, ", 4) + "int aaaaaaaaaa,\n      int aaaaaaaaaa, int b, int c);",
		},
		{
			"comment line",
			" * " + long,
			" * " + strings.Repeat("word ", 18) + "word\n * word word word end.",
		},
	} {
		if got := wrap(c.in); got != c.want {
			t.Errorf("%s:\ngot\n%s\nwant\n%s", c.name, got, c.want)
		}
	}
}

// TestRuntimeWidth holds the runtime's source to generators.MaxColumns
// too, so that the header shows it as it is written, not as wrap breaks it.
func TestRuntimeWidth(t *testing.T) {
	conformance.CheckWidth(t, "runtime", map[string][]byte{
		"runtime/runtime.h": []byte(runtimeH),
		"runtime/runtime.c": []byte(runtimeC),
	})
}
