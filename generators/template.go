package generators

import (
	"bytes"
	"fmt"
	"sync"
	"text/template"

	"github.com/ftpcodes/ftpcodes/spec"
	"github.com/ftpcodes/ftpcodes/templates"
)

// TemplateLang describes a target rendered from a text/template file under
// templates/. Adding a language is a template plus a TemplateLang naming its
// file, its output path and its quoting functions.
type TemplateLang struct {
	Name, Description string
	File              string           // template file in templates/
	Path              string           // output path, relative to the output directory
	Funcs             template.FuncMap // the language's escapers, e.g. "str" and "comment"

	// BlankLines is the most blank lines the output may have in a row:
	// 1 when zero, 2 for Python, whose PEP 8 puts two around top-level
	// definitions.
	BlankLines int
}

// TemplateData is what every template is executed with.
type TemplateData struct {
	Table  *spec.Table
	Header string // the "Code generated ... DO NOT EDIT." sentence, to write as it is

	// The limits of reading a reply and the years of a time-val, as spec
	// defines them for every language.
	MaxLineBytes, MaxReplyLines int
	MinYear, MaxYear            int
}

// TemplateTarget returns the target that renders l.
func TemplateTarget(l TemplateLang) Target {
	parse := sync.OnceValues(func() (*template.Template, error) {
		return template.New(l.File).
			Option("missingkey=error").
			Funcs(l.Funcs).
			ParseFS(templates.FS, l.File)
	})
	return Target{
		Name:        l.Name,
		Description: l.Description,
		Generate: func(t *spec.Table, _ Options) ([]File, error) {
			header, err := Header(t)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", l.Name, err)
			}
			tmpl, err := parse()
			if err != nil {
				return nil, fmt.Errorf("%s: %w", l.Name, err)
			}
			var buf bytes.Buffer
			if err := tmpl.Execute(&buf, TemplateData{
				Table: t, Header: header,
				MaxLineBytes: spec.MaxLineBytes, MaxReplyLines: spec.MaxReplyLines,
				MinYear: spec.MinYear, MaxYear: spec.MaxYear,
			}); err != nil {
				return nil, fmt.Errorf("%s: %w", l.Name, err)
			}
			if err := checkLayout(buf.Bytes(), max(l.BlankLines, 1)); err != nil {
				return nil, fmt.Errorf("%s: template %s: %w", l.Name, l.File, err)
			}
			return []File{{Path: l.Path, Data: buf.Bytes()}}, nil
		},
	}
}

// checkLayout holds a template's output to what a hand-written file would
// be: no trailing white space, no blank line at the end, exactly one final
// newline, no carriage returns, no runs of more than blankLines blank lines.
func checkLayout(b []byte, blankLines int) error {
	if len(b) == 0 || b[len(b)-1] != '\n' || bytes.HasSuffix(b, []byte("\n\n")) {
		return fmt.Errorf("output must end in exactly one newline")
	}
	blank := 0
	for i, line := range bytes.Split(b[:len(b)-1], []byte("\n")) {
		if bytes.ContainsRune(line, '\r') {
			return fmt.Errorf("line %d: carriage return", i+1)
		}
		if n := len(line); n > 0 && (line[n-1] == ' ' || line[n-1] == '\t') {
			return fmt.Errorf("line %d: trailing white space: %q", i+1, line)
		}
		if len(line) == 0 {
			blank++
			if blank > blankLines {
				return fmt.Errorf("line %d: more than %d blank lines in a row", i+1, blankLines)
			}
		} else {
			blank = 0
		}
	}
	return nil
}
