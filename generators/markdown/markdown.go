// Package markdown generates docs/README.md: the table as a reference
// page for people, rendered where the repository is browsed. It explains
// the classes and function groups of RFC 959 section 4.2, lists every
// reply code (name, class, group, text, description, status, the defining
// document linked to its section, other meanings, templates, the commands
// that expect it and the servers that send it elsewhere) and every command
// (syntax, defining document, the expected replies by group with the list
// that cites each, and the replies servers are observed to send, with the
// servers). Each code has the anchor #NNN, each command #VERB.
//
// Texts from the table reach the page through quote.MarkdownText (inline
// text), quote.MarkdownCode and quote.MarkdownCell (code spans), so that
// no text can start markup.
package markdown

import (
	"text/template"

	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/internal/quote"
	"github.com/ftpcodes/ftpcodes/spec"
)

// Target renders templates/markdown/.
var Target = generators.TemplateTarget(generators.TemplateLang{
	Name:        "markdown",
	Description: "a reference page for people, docs/README.md: every code and command, linked to the cited sections",
	Dir:         "markdown",
	Files:       []generators.TemplateFile{{Skeleton: "README.md.tmpl", Path: "docs/README.md"}},
	Funcs: template.FuncMap{
		"md":         quote.MarkdownText, // inline text
		"code":       quote.MarkdownCode, // a code span in a paragraph
		"cell":       quote.MarkdownCell, // a code span in a table cell
		"cite":       cite,
		"classLabel": func(c *spec.Class) string { return string(rune('0'+c.Digit)) + "yz" },
		"groupLabel": func(g *spec.Group) string { return "x" + string(rune('0'+g.Digit)) + "z" },
		"expectedBy": expectedBy,
		"sentBy":     sentBy,
		"expected":   expected,
	},
})

// cite links a reference to its document's section, "[RFC 959, section
// 4.2.2](URL)", or to the document when it names no section ("[RFC
// 775](URL)"), or writes its source for a reference that cites no
// document.
func cite(r spec.Ref) string {
	switch {
	case !r.Cites():
		return quote.MarkdownText(r.Source)
	case r.Section == "":
		return "[" + quote.MarkdownText(r.DocumentName()) + "](" + r.URL() + ")"
	}
	return "[" + quote.MarkdownText(r.String()) + "](" + r.URL() + ")"
}

// Expectation is a command's expectation of a reply: the group it is in
// and the list that cites it.
type Expectation struct {
	Command *spec.Command
	Reply   *spec.Reply
	Group   string   // the group's title: "Error"
	List    spec.Ref // where the list that has it is given
}

// expected returns the replies the command expects, in group order, each
// with its group and the list that cites it.
func expected(c *spec.Command) []Expectation {
	var out []Expectation
	for gi, g := range spec.ReplyGroups {
		for _, l := range c.Lists {
			for _, r := range l.Groups()[gi] {
				out = append(out, Expectation{Command: c, Reply: r, Group: g.Title, List: l.Ref})
			}
		}
	}
	return out
}

// expectedBy returns the commands whose lists have the reply, by verb.
// It looks at the lists in the order expected does, but builds only the
// expectations of r: the page asks for every reply's.
func expectedBy(t *spec.Table, r *spec.Reply) []Expectation {
	var out []Expectation
	for _, c := range t.Commands {
		for gi, g := range spec.ReplyGroups {
			for _, l := range c.Lists {
				for _, x := range l.Groups()[gi] {
					if x == r {
						out = append(out, Expectation{Command: c, Reply: r, Group: g.Title, List: l.Ref})
					}
				}
			}
		}
	}
	return out
}

// Sending is a reply real servers send outside the documents' lists: to
// one command (Command nil: to any command), with the evidence.
type Sending struct {
	Command  *spec.Command
	Observed *spec.Observed
}

// sentBy returns where servers send the reply outside the documents'
// lists: to any command first, then to each command by verb.
func sentBy(t *spec.Table, r *spec.Reply) []Sending {
	var out []Sending
	for _, o := range t.AnyCommand {
		if o.Reply == r {
			out = append(out, Sending{Observed: o})
		}
	}
	for _, c := range t.Commands {
		if o := c.Observes(r.Code); o != nil {
			out = append(out, Sending{Command: c, Observed: o})
		}
	}
	return out
}
