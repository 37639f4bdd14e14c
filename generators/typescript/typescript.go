// Package typescript generates the TypeScript ES module ftpcodes.ts.
//
// The module holds an as-const object of every code by name and one of
// every command verb, literal union types (every known code, the known codes
// of each class, every verb), plain functions over private, frozen tables of
// replies and of commands with their expected replies, a formatter and a
// parser for every reply text that carries values, and the reply-line
// framing of RFC 959 with one class, ReplyAssembler, that reads replies off
// a connection's bytes as spec.ReplyReader does. There is no enum,
// namespace or parameter property, nothing that Node's type stripping or
// --erasableSyntaxOnly refuses, and no top-level code with side effects
// (the tables are frozen by calls marked pure), so that bundlers can drop
// what is not imported.
//
// The module's table-independent code (the records' freezing, the
// formatters' template engine, time values and the reply framing) is
// runtime/runtime.ts, real TypeScript that this package's tests type-check
// with the module's flags and unit-test with node; the parts under
// templates/typescript/ render what depends on the table and splice the
// runtime's regions in at their places.
package typescript

import (
	_ "embed"
	"fmt"
	"strings"
	"text/template"

	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/internal/quote"
	"github.com/ftpcodes/ftpcodes/spec"
)

// runtimeSource is the module's table-independent code.
//
//go:embed runtime/runtime.ts
var runtimeSource string

// Target renders templates/typescript/: the package out/typescript, whose
// module is ftpcodes.ts, with ftpcodes.js and ftpcodes.d.ts, what tsc
// emits from it, for JavaScript users, and package.json.
var Target = generators.Target{
	Name:        lang.Name,
	Description: lang.Description,
	Ext:         ".ts",
	Check:       Reserved.Check,
	Generate:    generators.Checked(Reserved.Check, generate),
}

var lang = generators.TemplateLang{
	Name:        "typescript",
	Description: "TypeScript ES module ftpcodes.ts with an as-const table, as an npm package with ftpcodes.js and ftpcodes.d.ts",
	Dir:         "typescript",
	Files: []generators.TemplateFile{
		{Skeleton: "ftpcodes.ts.tmpl", Path: "typescript/ftpcodes.ts"},
	},
	Funcs: template.FuncMap{
		"str":          quote.JSString, // a double-quoted string literal
		"comment":      quote.JSDoc,    // text inside a /** */ comment
		"statuses":     func() []spec.Status { return spec.Statuses },
		"replyGroups":  func() []*spec.ReplyGroup { return spec.ReplyGroups },
		"observed":     observedArray, // an array literal of ObservedReply
		"emit":         emit,          // the data of one form of the module
		"classReplies": classReplies,  // the replies of a class, by code
		"params":       params,        // a formatter's parameters
	},
}

// emitted renders the JavaScript and the declarations, which tsc writes
// without blank lines; the templates leave blank lines where a form has
// nothing, which generate then removes (tidy).
var emitted = func() generators.TemplateLang {
	l := lang
	l.Files = []generators.TemplateFile{
		{Skeleton: "ftpcodes.js.tmpl", Path: "typescript/ftpcodes.js"},
		{Skeleton: "ftpcodes.d.ts.tmpl", Path: "typescript/ftpcodes.d.ts"},
		{Skeleton: "package.json.tmpl", Path: "typescript/package.json"},
	}
	l.BlankLines = 3
	return l
}()

var (
	renderedTS   = generators.TemplateTarget(lang)
	renderedRest = generators.TemplateTarget(emitted)
)

// generate refuses a table whose names the module cannot spell, renders
// it, and breaks the lines the table's text makes too wide.
func generate(t *spec.Table, opt generators.Options) ([]generators.File, error) {
	files, err := renderedTS.Generate(t, opt)
	if err != nil {
		return nil, err
	}
	rest, err := renderedRest.Generate(t, opt)
	if err != nil {
		return nil, err
	}
	files = append(files, rest...)
	for i, f := range files {
		switch {
		case strings.HasSuffix(f.Path, ".d.ts"):
			files[i].Data = []byte(layout(tidy(string(f.Data)), modeDTS))
		case strings.HasSuffix(f.Path, ".ts"):
			files[i].Data = []byte(layout(string(f.Data), modeTS))
		case strings.HasSuffix(f.Path, ".js"):
			files[i].Data = []byte(layout(tidy(string(f.Data)), modeJS))
		}
	}
	return files, nil
}

// tidy removes the blank lines a form of the module has twice in a row, or
// before a closing brace.
func tidy(src string) string {
	lines := strings.Split(src, "\n")
	out := lines[:0]
	for i, line := range lines {
		if line == "" && i+1 < len(lines) && (lines[i+1] == "" || strings.HasPrefix(strings.TrimSpace(lines[i+1]), "}")) {
			continue
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// Data is what the parts render: the template data and which form of the
// module they write.
type Data struct {
	generators.TemplateData
	Mode        string // modeTS, modeJS or modeDTS
	TS, JS, DTS bool
}

func emit(mode string, d generators.TemplateData) Data {
	return Data{d, mode, mode == modeTS, mode == modeJS, mode == modeDTS}
}

// T returns s, a type annotation, in the TypeScript source; "" in the
// JavaScript and the declarations.
func (d Data) T(s string) string {
	if d.TS {
		return s
	}
	return ""
}

// Readonly and Sep write a member of an as-const object: "NAME: value," in
// the source and the JavaScript, "readonly NAME: value;" in the
// declarations, where the object is the type of a declared constant.
func (d Data) Readonly() string {
	if d.DTS {
		return "readonly "
	}
	return ""
}

func (d Data) Sep() string {
	if d.DTS {
		return ";"
	}
	return ","
}

// Body reports whether the form has functions' bodies and the private
// tables: all but the declarations.
func (d Data) Body() bool { return !d.DTS }

// Docs reports whether the form keeps the doc comment of a function with
// overloads, which stands before its first overload: all but the
// JavaScript, which has no overloads.
func (d Data) Docs() bool { return !d.JS }

// Fn writes the signature of a function without overloads, sig as the
// source spells it: the source's "sig {", the JavaScript's without types,
// the declarations' "export declare function ...;".
func (d Data) Fn(sig string) (string, error) {
	switch d.Mode {
	case modeDTS:
		return declare(sig) + ";", nil
	case modeJS:
		s, err := untyped(sig)
		return s + " {", err
	}
	return sig + " {", nil
}

// Overload writes one overload's signature, on a line of its own: in the
// source and the declarations; the JavaScript has none.
func (d Data) Overload(sig string) string {
	switch d.Mode {
	case modeDTS:
		return declare(sig) + ";\n"
	case modeJS:
		return ""
	}
	return sig + ";\n"
}

// Impl writes the signature of the implementation of a function with
// overloads: in the source and the JavaScript, not in the declarations.
func (d Data) Impl(sig string) (string, error) {
	if d.DTS {
		return "", nil
	}
	return d.Fn(sig)
}

// Runtime returns the region of runtime/runtime.ts with the given name,
// in the form's language.
func (d Data) Runtime(name string) (string, error) {
	r, ok := runtimeRegions()[d.Mode][name]
	if !ok {
		return "", fmt.Errorf("runtime.ts has no region %q", name)
	}
	return r, nil
}

// declare turns "export function ..." into "export declare function ...".
func declare(sig string) string {
	return strings.Replace(sig, "export function ", "export declare function ", 1)
}

// untyped returns a signature "export function NAME<T>(a: A, b: B): R"
// without its types: "export function NAME(a, b)".
func untyped(sig string) (string, error) {
	open := strings.IndexByte(sig, '(')
	if open < 0 {
		return "", fmt.Errorf("signature %q has no parameters", sig)
	}
	head := sig[:open]
	if lt := strings.IndexByte(head, '<'); lt >= 0 {
		head = head[:lt]
	}
	var names []string
	depth, start := 0, open+1
	for i := open + 1; i < len(sig); i++ {
		switch sig[i] {
		case '(', '<', '{', '[':
			depth++
		case ')', '>', '}', ']':
			if depth == 0 { // the parameters' closing parenthesis
				if p := strings.TrimSpace(sig[start:i]); p != "" {
					names = append(names, paramName(p))
				}
				return head + "(" + strings.Join(names, ", ") + ")", nil
			}
			depth--
		case ',':
			if depth == 0 {
				names = append(names, paramName(strings.TrimSpace(sig[start:i])))
				start = i + 1
			}
		}
	}
	return "", fmt.Errorf("signature %q does not close its parameters", sig)
}

// paramName returns the name of a parameter "name: Type".
func paramName(p string) string {
	name, _, _ := strings.Cut(p, ":")
	return strings.TrimSpace(name)
}

// classReplies returns the replies of t in class c, by code.
func classReplies(t *spec.Table, c *spec.Class) []*spec.Reply {
	var out []*spec.Reply
	for _, r := range t.Replies {
		if r.Class == c {
			out = append(out, r)
		}
	}
	return out
}

// params writes a formatter's parameters, "name: type, ...".
func params(ps []*spec.Param) string {
	var b strings.Builder
	for i, p := range ps {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(p.Name.LowerCamel + ": " + map[string]string{
			spec.TypeUint: "number", spec.TypeTime: "Date", spec.TypeString: "string",
		}[p.Type])
	}
	return b.String()
}

// mustRegions splits src at its "// #region NAME" and "// #endregion NAME"
// lines into the text of each region, without a final newline.
func mustRegions(src string) map[string]string {
	out := map[string]string{}
	var name string
	var body []string
	for _, line := range strings.Split(src, "\n") {
		switch {
		case strings.HasPrefix(line, "// #region "):
			name, body = strings.TrimPrefix(line, "// #region "), nil
		case strings.HasPrefix(line, "// #endregion "):
			if end := strings.TrimPrefix(line, "// #endregion "); end != name {
				panic(fmt.Sprintf("runtime.ts: #endregion %s closes #region %s", end, name))
			}
			out[name] = strings.Join(body, "\n")
			name = ""
		case name != "":
			body = append(body, line)
		}
	}
	return out
}

// observedArray writes an array literal of ObservedReply, the line it
// starts on indented by indent spaces: each reply an object over several
// lines, each piece of evidence an object on one line, or over three when
// one line would be wider than Width.
func observedArray(indent int, os []*spec.Observed) string {
	if len(os) == 0 {
		return "[]"
	}
	pad := strings.Repeat(" ", indent)
	var b strings.Builder
	b.WriteString("[\n")
	for _, o := range os {
		fmt.Fprintf(&b, "%s  {\n%s    code: %d,\n%s    evidence: [\n", pad, pad, o.Reply.Code, pad)
		for _, e := range o.Evidence {
			server, at := quote.JSString(e.Server.String()), quote.JSString(e.At())
			line := fmt.Sprintf("%s      { server: %s, at: %s },\n", pad, server, at)
			if len(line)-1 > Width {
				line = fmt.Sprintf("%s      {\n%s        server: %s,\n%s        at: %s,\n%s      },\n",
					pad, pad, server, pad, at, pad)
			}
			b.WriteString(line)
		}
		fmt.Fprintf(&b, "%s    ],\n%s  },\n", pad, pad)
	}
	b.WriteString(pad + "]")
	return b.String()
}
