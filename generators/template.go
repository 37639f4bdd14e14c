package generators

import (
	"bytes"
	"fmt"
	"path"
	"sync"
	"text/template"

	"github.com/ftpcodes/ftpcodes"
	"github.com/ftpcodes/ftpcodes/spec"
	"github.com/ftpcodes/ftpcodes/templates"
)

// TemplateLang describes a target rendered from text/template files under
// templates/. Adding a language is a folder of parts (templates/<Dir>/*.tmpl)
// with one skeleton per output file, plus a TemplateLang naming them, their
// output paths and the language's quoting functions.
type TemplateLang struct {
	Name, Description string
	Funcs             template.FuncMap // the language's escapers, e.g. "str" and "comment"

	// Dir is the folder under templates/ that holds the target's parts,
	// every one parsed into one set; Files are the skeletons among them,
	// each rendered into its own output file, in order: the main file
	// first (-output naming a file writes it alone), then those that make
	// the output folder a package of the language's ecosystem (Python's
	// pyproject.toml, C's pkg-config file), so that vendoring it is
	// copying one folder.
	Dir   string
	Files []TemplateFile

	// BlankLines is the most blank lines the output may have in a row:
	// 1 when zero, 2 for Python, whose PEP 8 puts two around top-level
	// definitions.
	BlankLines int

	// Check is the target's Check: the names its language cannot spell.
	Check func(*spec.Table) spec.Errors

	// Model, if set, builds the target's own view of the table, which its
	// templates read as .Model: once per generation, however many files
	// they render from it.
	Model func(*spec.Table) (any, error)
}

// TemplateFile is one output of a target: the skeleton (a part's file
// name, such as "lib.rs.tmpl") and the output path.
type TemplateFile struct {
	Skeleton, Path string
}

// TemplateData is what every template is executed with.
type TemplateData struct {
	Table   *spec.Table
	Header  string // the "Code generated ... DO NOT EDIT." sentence, to write as it is
	Version string // the version of the generated package, ftpcodes.Version

	// The limits of reading a reply and the years of a time-val, as spec
	// defines them for every language.
	MaxLineBytes, MaxReplyLines int
	MinYear, MaxYear            int

	// Model is the target's own view of the table (TemplateLang.Model);
	// nil for a target without one.
	Model any
}

// NewTemplateData returns the data templates are executed with for the
// table t; an error when t's Source cannot be cited (Header).
func NewTemplateData(t *spec.Table) (TemplateData, error) {
	header, err := Header(t)
	if err != nil {
		return TemplateData{}, err
	}
	return TemplateData{
		Table: t, Header: header, Version: ftpcodes.Version,
		MaxLineBytes: spec.MaxLineBytes, MaxReplyLines: spec.MaxReplyLines,
		MinYear: spec.MinYear, MaxYear: spec.MaxYear,
	}, nil
}

// TemplateTarget returns the target that renders l.
func TemplateTarget(l TemplateLang) Target {
	files, patterns := l.Files, []string{l.Dir + "/*.tmpl"}
	parse := sync.OnceValues(func() (*template.Template, error) {
		return template.New(files[0].Skeleton).
			Option("missingkey=error").
			Funcs(l.Funcs).
			ParseFS(templates.FS, patterns...)
	})
	return Target{
		Name:        l.Name,
		Description: l.Description,
		Ext:         path.Ext(files[0].Path),
		Check:       l.Check,
		Generate: Checked(l.Check, func(t *spec.Table, _ Options) ([]File, error) {
			data, err := NewTemplateData(t)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", l.Name, err)
			}
			if l.Model != nil {
				if data.Model, err = l.Model(t); err != nil {
					return nil, fmt.Errorf("%s: %w", l.Name, err)
				}
			}
			tmpl, err := parse()
			if err != nil {
				return nil, fmt.Errorf("%s: %w", l.Name, err)
			}
			var out []File
			for _, f := range files {
				var buf bytes.Buffer
				if err := tmpl.ExecuteTemplate(&buf, f.Skeleton, data); err != nil {
					return nil, fmt.Errorf("%s: %w", l.Name, err)
				}
				if err := checkLayout(buf.Bytes(), max(l.BlankLines, 1)); err != nil {
					return nil, fmt.Errorf("%s: template %s: %w", l.Name, f.Skeleton, err)
				}
				out = append(out, File{Path: f.Path, Data: buf.Bytes()})
			}
			return out, nil
		}),
	}
}

// CheckLayout is checkLayout for the user's templates (generators/user).
func CheckLayout(b []byte, blankLines int) error { return checkLayout(b, blankLines) }

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
