// Package user renders the user's own templates (ftpcodegen -template)
// with the data, the checks and the escapers of the built-in targets: the
// escapers of the common languages, named after each, are Funcs.
package user

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path"
	"strings"
	"text/template"

	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/internal/quote"
	"github.com/ftpcodes/ftpcodes/spec"
)

// Funcs are the functions a user's template may call (ftpcodegen
// -template), documented in docs/templates.md: an escaper for the string
// literals and comments of each common language, named after it, and the
// lists of the model that are not fields.
var Funcs = template.FuncMap{
	// String literals, quotes included, that read back as the text.
	"cstring":      quote.CString,      // C and C++: "..." of printable ASCII, octal escapes
	"javastring":   quote.JavaString,   // Java: "..." of printable ASCII, \uXXXX escapes
	"kotlinstring": quote.KotlinString, // Kotlin: like javastring, $ escaped
	"csharpstring": quote.CSharpString, // C#: "..." of printable ASCII, \uXXXX escapes
	"pystring":     quote.PythonString, // Python 3
	"jsstring":     quote.JSString,     // JavaScript and TypeScript (also valid JSON)
	"gostring":     quote.GoString,     // Go
	"ruststring":   quote.RustString,   // Rust
	"luastring":    quote.LuaString,    // Lua 5.1 to 5.4
	"shellquote":   quote.ShellQuote,   // one word of the POSIX shell
	"json":         jsonValue,          // any value as JSON, on one line

	// Comments: text made safe inside one.
	"ccomment":    quote.CComment, // a whole /* ... */ comment, C and C++
	"javadoc":     quote.JavaDoc,  // text in a /** ... */ Javadoc comment (HTML)
	"jsdoc":       quote.JSDoc,    // text in a /** ... */ or /* ... */ comment of JavaScript, TypeScript, C#
	"pydocstring": quote.PythonDocstring,
	"rustdoc":     quote.RustDoc,     // text in a /// comment (Markdown)
	"linecomment": quote.LineComment, // text after #, //, -- or ; (Python, shell, Go, Kotlin, Lua, SQL, ...)

	// Markdown.
	"mdtext": quote.MarkdownText, // inline text
	"mdcode": quote.MarkdownCode, // a code span

	// The lists of the model that are not fields of TemplateData.
	"statuses":    func() []spec.Status { return spec.Statuses },
	"replyGroups": func() []*spec.ReplyGroup { return spec.ReplyGroups },
}

// jsonValue writes v as JSON on one line, with <, >, &, U+2028 and U+2029
// escaped, so that it is also safe in a JavaScript source and in HTML.
func jsonValue(v any) (string, error) {
	b, err := json.Marshal(v)
	return string(b), err
}

// Template is one template file of the user's.
type Template struct {
	Name   string // as the user named it, for messages: "gen/codes.lua.tmpl"
	Output string // the output path, slash-separated, relative to the output directory: "codes.lua"
	Text   string // the template

	// Part says that the file only defines templates for the others to
	// call (its name starts with "_"): it is parsed, not rendered.
	Part bool
}

// BlankLines is the most blank lines in a row a user template's
// output may have: two, which PEP 8 asks for around Python's top-level
// definitions; every other layout rule is that of the built-in targets.
const BlankLines = 2

// Target returns the target that renders the user's templates with
// the data, the functions and the checks of the built-in targets: a
// missing key is an error, and the output must pass the layout check. The
// templates are parsed into one set, so that any may call a template
// another defines; parse errors are returned here, with the file and
// line. The target's Ext is its output's extension when it has one
// output, or the output's name when that has none, so that -output may
// name the file.
func Target(tmpls []Template) (generators.Target, error) {
	set := template.New("").Option("missingkey=error").Funcs(Funcs)
	var outputs []Template
	seen := map[string]string{}
	for _, u := range tmpls {
		if _, err := set.New(u.Name).Parse(u.Text); err != nil {
			return generators.Target{}, fmt.Errorf("%s", strings.TrimPrefix(err.Error(), "template: "))
		}
		if u.Part {
			continue
		}
		if prev, dup := seen[u.Output]; dup {
			return generators.Target{}, fmt.Errorf("%s and %s both write %s; rename one", prev, u.Name, u.Output)
		}
		seen[u.Output] = u.Name
		outputs = append(outputs, u)
	}
	if len(outputs) == 0 {
		return generators.Target{}, fmt.Errorf("no template to render: every file given is a part (its name starts with _)")
	}
	ext := ""
	if len(outputs) == 1 {
		ext = path.Ext(outputs[0].Output)
		if ext == "" {
			ext = path.Base(outputs[0].Output)
		}
	}
	return generators.Target{
		Name:        "template",
		Description: "the user's templates",
		Ext:         ext,
		Generate: func(t *spec.Table, _ generators.Options) ([]generators.File, error) {
			data, err := generators.NewTemplateData(t)
			if err != nil {
				return nil, err
			}
			var out []generators.File
			for _, u := range outputs {
				var buf bytes.Buffer
				if err := set.ExecuteTemplate(&buf, u.Name, data); err != nil {
					return nil, fmt.Errorf("%s", strings.TrimPrefix(err.Error(), "template: "))
				}
				if err := generators.CheckLayout(buf.Bytes(), BlankLines); err != nil {
					return nil, fmt.Errorf("%s: the output, %s, %w", u.Name, u.Output, err)
				}
				out = append(out, generators.File{Path: u.Output, Data: buf.Bytes()})
			}
			return out, nil
		},
	}, nil
}
