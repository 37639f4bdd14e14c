// Package python generates the Python module ftpcodes.py: an IntEnum of the
// reply codes in the style of http.HTTPStatus, an Enum of the command verbs
// with the replies each may receive, a formatter and a parser for every
// reply text that carries values, and the reply-line framing of RFC 959,
// for Python 3.8 and later.
//
// The module's table-independent code (reply framing, time values, the
// formatters' and parsers' template engine, errors) is runtime/_runtime.py,
// a real Python source file that this package's tests type-check with
// pyright and unit-test on its own, and that file.tmpl splices in. The
// parts under templates/python/ render what depends on the table, every
// line within black's 88 columns.
package python

import (
	_ "embed"
	"fmt"
	"slices"
	"sort"
	"strings"
	"text/template"

	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/internal/quote"
	"github.com/ftpcodes/ftpcodes/spec"
)

// runtimeSource is the module's table-independent code.
//
//go:embed runtime/_runtime.py
var runtimeSource string

// Target renders templates/python/: file.tmpl with the parts replies.tmpl,
// commands.tmpl, facts.tmpl and values.tmpl, and runtime/_runtime.py spliced
// in.
var Target = generators.TemplateTarget(generators.TemplateLang{
	Name:        "python",
	Description: "Python 3.8+ module ftpcodes.py with an IntEnum of replies, an Enum of commands, formatters and parsers",
	Dir:         "python",
	Files: []generators.TemplateFile{
		{Skeleton: "file.tmpl", Path: "python/ftpcodes.py"},
		{Skeleton: "py.typed.tmpl", Path: "python/py.typed"},
		{Skeleton: "pyproject.toml.tmpl", Path: "python/pyproject.toml"},
	},
	Funcs: template.FuncMap{
		"str":      quote.PythonString,  // a string literal
		"doctext":  quote.PythonDocText, // text inside a docstring, on one line
		"doc":      doc,
		"wrap":     wrap,
		"field":    field,
		"status":   statusMember,
		"verbs":    verbs,
		"cmddoc":   commandDoc,
		"exports":  exports,
		"observed": observedTuple,
		"model":    model,
		"runtime":  runtimePart,
	},
	BlankLines: 2,
	Check:      Check,
})

// runtimePart returns the lines of runtime/_runtime.py after the marker
// "# ftpcodegen: NAME" and before the next marker, without the blank lines
// around them: "replies" (framing, errors, records), "client" (command lines,
// addresses, FEAT, OPTS, MLSx entries) or "values" (the template engine of
// the formatters and parsers).
func runtimePart(name string) (string, error) {
	marker := "\n# ftpcodegen: " + name + "\n"
	i := strings.Index(runtimeSource, marker)
	if i < 0 {
		return "", fmt.Errorf("runtime/_runtime.py has no marker %q", strings.TrimSpace(marker))
	}
	rest := runtimeSource[i+len(marker):]
	if j := strings.Index(rest, "\n# ftpcodegen: "); j >= 0 {
		rest = rest[:j]
	}
	return strings.Trim(rest, "\n"), nil
}

// statusMember returns the ReplyStatus member for s: its name in
// UPPER_SNAKE_CASE, as NON_STANDARD for "non-standard".
func statusMember(s spec.Status) (string, error) {
	if !slices.Contains(spec.Statuses, s) {
		return "", fmt.Errorf("no ReplyStatus member for status %v", s)
	}
	return strings.ToUpper(strings.ReplaceAll(s.String(), "-", "_")), nil
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

// commandDoc returns the docstring of a command's member, at 8 columns:
// its description, its syntax as an inline literal, and where it is
// defined.
func commandDoc(c *spec.Command) string {
	text := c.Description + " ``" + c.Syntax + "``"
	switch {
	case c.Ref.Cites():
		text += " (" + c.Ref.String() + ")."
	case c.Ref.Source != "":
		text += " (non-standard: " + c.Ref.Source + ")."
	default:
		text += " (non-standard)."
	}
	return doc(8, text)
}

// publicNames are the module's public names that the table does not name.
var publicNames = []string{
	"Evidence", "FTPCommand", "FTPReply", "Meaning", "ObservedReply", "ParsedReply", "ReplyClass", "ReplyError",
	"ReplyGroup", "ReplyStatus",
	"any_command_replies", "format_reply", "from_name", "is_expected_reply", "is_known", "is_permanent_negative",
	"is_plausible_reply",
	"is_positive_completion", "is_positive_intermediate", "is_positive_preliminary",
	"is_protected", "is_transient_negative", "lookup", "lookup_command", "parse_reply",
	"read_reply", "reply_class", "reply_group", "reply_text",
	// the client's half of the wire
	"Argument", "Entry", "FTPValueError", "FactInfo", "FactValue", "Feature", "Features", "OptsArgument",
	"ParsedCommand", "all_facts", "fact_value", "format_command", "format_entry", "format_eprt_argument",
	"format_features", "format_lprt_argument", "format_opts_argument", "format_port_argument",
	"lookup_fact", "parse_command", "parse_entry", "parse_eprt_argument", "parse_extended_passive_port",
	"parse_features", "parse_long_passive_address", "parse_lprt_argument", "parse_opts_argument",
	"parse_passive_address", "parse_port_argument", "passive_peer_address",
}

// exports returns the module's __all__ for t, sorted: its fixed public
// names, and for every templated meaning its NamedTuple, formatter and
// parser.
func exports(t *spec.Table) []string {
	out := slices.Clone(publicNames)
	for _, m := range t.Templated {
		out = append(out, m.Name.Camel+"Values", "format_"+m.Name.LowerSnake, "parse_"+m.Name.LowerSnake)
	}
	sort.Strings(out)
	return out
}
