// Package c generates the C99 header ftpcodes.h, also usable from C++.
package c

import (
	"fmt"
	"text/template"

	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/internal/quote"
	"github.com/ftpcodes/ftpcodes/spec"
)

// Target renders templates/c.tmpl.
var Target = generators.Target{
	Name:        header.Name,
	Description: header.Description,
	Generate:    generate,
}

var header = generators.TemplateTarget(generators.TemplateLang{
	Name:        "c",
	Description: "C99 header-only ftpcodes.h (also valid C++)",
	File:        "c.tmpl",
	Path:        "c/ftpcodes.h",
	Funcs: template.FuncMap{
		"str":         quote.CString,
		"comment":     quote.CComment,
		"status":      statusEnumerator,
		"aliased":     aliased,
		"replyGroups": replyGroups,
	},
})

// generate refuses the one table the header cannot spell, then renders it.
func generate(t *spec.Table, opt generators.Options) ([]generators.File, error) {
	// The header adds FTP_CLASS_NONE and FTP_GROUP_NONE to the table's
	// classes and groups; reply names are kept clear of the header's own
	// FTP_REPLY_* macros by ident's reserved words instead.
	for _, c := range t.Classes {
		if c.Name.UpperSnake == "NONE" {
			return nil, fmt.Errorf("c: class %d is named %s, which the header uses as FTP_CLASS_NONE; rename it", c.Digit, c.Name)
		}
	}
	for _, g := range t.Groups {
		if g.Name.UpperSnake == "NONE" {
			return nil, fmt.Errorf("c: group %d is named %s, which the header uses as FTP_GROUP_NONE; rename it", g.Digit, g.Name)
		}
	}
	// FTP_COMMAND_<VERB> is the macro of a verb or alias; the header's own
	// FTP_COMMAND_MAP is the one a verb could take (COUNT has five letters).
	for _, cmd := range t.Commands {
		for _, v := range append([]string{cmd.Verb}, cmd.Aliases...) {
			if v == "MAP" {
				return nil, fmt.Errorf("c: command %s would be spelled FTP_COMMAND_MAP, which the header uses for its X-macro; the header cannot offer it", v)
			}
		}
	}
	return header.Generate(t, opt)
}

// statusEnumerator returns the enum ftp_reply_status enumerator for s.
func statusEnumerator(s spec.Status) (string, error) {
	switch s {
	case spec.Standard:
		return "FTP_STATUS_STANDARD", nil
	case spec.Extension:
		return "FTP_STATUS_EXTENSION", nil
	case spec.NonStandard:
		return "FTP_STATUS_NON_STANDARD", nil
	}
	return "", fmt.Errorf("no C enumerator for status %v", s)
}

// aliased returns the replies that have deprecated names, in order.
func aliased(rs []*spec.Reply) []*spec.Reply {
	var out []*spec.Reply
	for _, r := range rs {
		if len(r.Aliases) > 0 {
			out = append(out, r)
		}
	}
	return out
}

// replyGroup is one of a command's groups of replies, with the key the
// table and the header's arrays name it by.
type replyGroup struct {
	Key     string // "preliminary"
	Replies []*spec.Reply
}

// replyGroups returns cmd's groups of replies in the order of
// spec.ReplyGroups, which is also the order of struct ftp_command_info's
// fields.
func replyGroups(cmd *spec.Command) ([]replyGroup, error) {
	out := make([]replyGroup, len(spec.ReplyGroups))
	for i, g := range spec.ReplyGroups {
		out[i].Key = g.Key
		switch g.Key {
		case "preliminary":
			out[i].Replies = cmd.Preliminary
		case "intermediate":
			out[i].Replies = cmd.Intermediate
		case "success":
			out[i].Replies = cmd.Success
		case "error":
			out[i].Replies = cmd.Error
		default:
			return nil, fmt.Errorf("no field of struct ftp_command_info for the reply group %q", g.Key)
		}
	}
	return out, nil
}
