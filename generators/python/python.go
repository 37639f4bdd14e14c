// Package python generates the Python module ftpcodes.py: an IntEnum of the
// reply codes in the style of http.HTTPStatus and an Enum of the command
// verbs with the replies each may receive, for Python 3.8 and later.
package python

import (
	"bytes"
	"fmt"
	"regexp"
	"sort"
	"text/template"

	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/internal/quote"
	"github.com/ftpcodes/ftpcodes/spec"
)

// Target renders templates/python.tmpl.
var Target = generators.Target{
	Name:        module.Name,
	Description: module.Description,
	Generate:    generate,
}

var module = generators.TemplateTarget(generators.TemplateLang{
	Name:        "python",
	Description: "Python 3.8+ module ftpcodes.py with an IntEnum of replies and an Enum of commands",
	File:        "python.tmpl",
	Path:        "python/ftpcodes.py",
	Funcs: template.FuncMap{
		"str":     quote.PythonString,
		"doc":     quote.PythonDocstring,
		"status":  statusMember,
		"verbs":   verbs,
		"cmddoc":  commandDoc,
		"aliased": aliased,
	},
})

func generate(t *spec.Table, opt generators.Options) ([]generators.File, error) {
	files, err := module.Generate(t, opt)
	if err != nil {
		return nil, err
	}
	for i := range files {
		files[i].Data = topLevelSpacing(files[i].Data)
	}
	return files, nil
}

// topLevelSpacing puts the second blank line PEP 8 asks for before every
// top-level class, function and decorator, and before the first top-level
// statement after one, where the template wrote one blank line: the
// template engine's layout check allows no more. Table texts never start a
// line: they are indented string literals and docstrings of one line.
func topLevelSpacing(src []byte) []byte {
	lines := bytes.SplitAfter(src, []byte("\n"))
	var out bytes.Buffer
	out.Grow(len(src) + 512)
	inDef := false // after a top-level class or function
	for i, line := range lines {
		def := topLevelDef.Match(line)
		stmt := len(line) > 1 && line[0] != ' ' && line[0] != '#' && line[0] != ')' && line[0] != ']' && line[0] != '}'
		if i > 0 && len(lines[i-1]) == 1 && (def || stmt && inDef) {
			out.WriteByte('\n')
		}
		if def {
			inDef = true
		} else if stmt {
			inDef = false
		}
		out.Write(line)
	}
	return out.Bytes()
}

// topLevelDef matches the first line of a top-level class, function or
// decorator.
var topLevelDef = regexp.MustCompile(`^(class \w+[(:]|def \w+\(|@\w)`)

// statusMember returns the ReplyStatus member for s.
func statusMember(s spec.Status) (string, error) {
	switch s {
	case spec.Standard:
		return "STANDARD", nil
	case spec.Extension:
		return "EXTENSION", nil
	case spec.NonStandard:
		return "NON_STANDARD", nil
	}
	return "", fmt.Errorf("no ReplyStatus member for status %v", s)
}

// verb is a member of FTPCommand: a command's verb or one of its aliases.
type verb struct {
	Verb    string        // the member's name and value
	Command *spec.Command // the command it names
	Alias   bool          // Verb is an alias of Command.Verb
}

// verbs returns every verb and alias of t in verb order, the order
// FTPCommand declares its members in and iteration yields them.
func verbs(t *spec.Table) []verb {
	var out []verb
	for _, c := range t.Commands {
		out = append(out, verb{Verb: c.Verb, Command: c})
		for _, a := range c.Aliases {
			out = append(out, verb{Verb: a, Command: c, Alias: true})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Verb < out[j].Verb })
	return out
}

// aliased returns the commands of t that have aliases, in verb order.
func aliased(t *spec.Table) []*spec.Command {
	var out []*spec.Command
	for _, c := range t.Commands {
		if len(c.Aliases) > 0 {
			out = append(out, c)
		}
	}
	return out
}

// commandDoc returns the docstring of a command's member: its description,
// its syntax as an inline literal, and where it is defined.
func commandDoc(c *spec.Command) string {
	doc := c.Description + " ``" + c.Syntax + "``"
	switch {
	case c.Ref.RFC != 0:
		doc += " (" + c.Ref.String() + ")."
	case c.Ref.Source != "":
		doc += " (non-standard: " + c.Ref.Source + ")."
	default:
		doc += " (non-standard)."
	}
	return quote.PythonDocstring(doc)
}
