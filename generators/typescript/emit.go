package typescript

import (
	_ "embed"
	"fmt"
	"regexp"
	"strings"
	"sync"
)

// The runtime as JavaScript and as declarations: what tsc emits from
// runtime/runtime.ts without its exports for tests, committed beside it so
// that generating needs no tsc. TestRuntimeEmit runs the pinned tsc and
// holds both files equal to its emit, byte for byte (go test -update
// rewrites them).
var (
	//go:embed runtime/runtime.js
	runtimeJS string
	//go:embed runtime/runtime.d.ts
	runtimeDTS string
)

// Output modes: the TypeScript source, the JavaScript tsc emits from it,
// and its declarations.
const (
	modeTS  = "ts"
	modeJS  = "js"
	modeDTS = "d.ts"
)

// testExports is the line of runtime.ts from which on the file holds its
// exports for runtime_test.ts, which the module does not have.
const testExports = "// Exports for runtime_test.ts"

// runtimeRegions returns the runtime's regions by mode, then by name,
// split on first use, not when the program starts: ftpcodegen -version
// and the other targets have no use for them.
var runtimeRegions = sync.OnceValue(func() map[string]map[string]string {
	return map[string]map[string]string{
		modeTS:  mustRegions(runtimeSource),
		modeJS:  emittedRegions(runtimeSource, runtimeJS),
		modeDTS: emittedRegions(runtimeSource, runtimeDTS),
	}
})

// declName finds the name a top-level declaration declares.
var declName = regexp.MustCompile(`^(?:export )?(?:declare )?(?:function|const|let|class|interface|type) ([A-Za-z_$][\w$]*)`)

// emittedRegions splits tsc's emit of src into src's regions: each of its
// top-level statements, with the comments before it, goes to the region of
// the name it declares. tsc writes no blank lines and indents by four
// spaces; the regions, like the rest of the output, are indented by two,
// with a blank line between statements.
func emittedRegions(src, emitted string) map[string]string {
	regionOf := map[string]string{}
	name := ""
	for _, line := range strings.Split(src, "\n") {
		switch {
		case strings.HasPrefix(line, "// #region "):
			name = strings.TrimPrefix(line, "// #region ")
		case strings.HasPrefix(line, "// #endregion "):
			name = ""
		case name != "":
			if m := declName.FindStringSubmatch(line); m != nil {
				regionOf[m[1]] = name
			}
		}
	}
	out := map[string][]string{}
	var chunk []string
	decl := "" // what chunk declares, once its declaration has begun
	flush := func() {
		region, ok := regionOf[decl]
		if !ok {
			panic(fmt.Sprintf("runtime emit: %q is in no region of runtime.ts", decl))
		}
		out[region] = append(out[region], strings.Join(chunk, "\n"))
		chunk, decl = nil, ""
	}
	lines := strings.Split(strings.TrimSuffix(emitted, "\n"), "\n")
	for i, line := range lines {
		if strings.HasPrefix(line, "// #region ") {
			lines = lines[i:] // the file's header comment goes before its first region
			break
		}
	}
	for _, line := range lines {
		if strings.HasPrefix(line, "// #region ") || strings.HasPrefix(line, "// #endregion ") {
			continue
		}
		m := declName.FindStringSubmatch(line)
		if decl != "" && (m != nil || strings.HasPrefix(line, "/")) {
			flush()
		}
		chunk = append(chunk, halfIndent(line))
		if decl == "" && m != nil {
			decl = m[1]
		}
	}
	flush()
	regions := map[string]string{}
	for name := range mustRegions(src) {
		regions[name] = strings.Join(out[name], "\n\n")
	}
	return regions
}

// halfIndent returns a line of tsc's emit indented by two spaces a level,
// not four: 4k spaces become 2k, and 4k+1 (a doc comment's " * ") 2k+1.
func halfIndent(line string) string {
	n := len(line) - len(strings.TrimLeft(line, " "))
	if n%4 > 1 {
		panic(fmt.Sprintf("runtime emit: unexpected indent of %d: %q", n, line))
	}
	return strings.Repeat(" ", n/4*2+n%4) + line[n:]
}
