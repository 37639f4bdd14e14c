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

	// Package lists the files, each from its own template, that make the
	// output directory a package of the language's ecosystem (Python's
	// pyproject.toml, C's pkg-config file), so that vendoring it is
	// copying one folder. They follow the main file; -output naming a file
	// writes the main file alone.
	Package []PackageFile
}

// PackageFile is a file rendered from File, a template in templates/, to
// Path, relative to the output directory.
type PackageFile struct {
	File, Path string
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
}

// TemplateTarget returns the target that renders l.
func TemplateTarget(l TemplateLang) Target {
	names := []string{l.File}
	paths := []string{l.Path}
	for _, f := range l.Package {
		names = append(names, f.File)
		paths = append(paths, f.Path)
	}
	parse := sync.OnceValues(func() ([]*template.Template, error) {
		var out []*template.Template
		for _, name := range names {
			tmpl, err := template.New(name).
				Option("missingkey=error").
				Funcs(l.Funcs).
				ParseFS(templates.FS, name)
			if err != nil {
				return nil, err
			}
			out = append(out, tmpl)
		}
		return out, nil
	})
	return Target{
		Name:        l.Name,
		Description: l.Description,
		Ext:         path.Ext(l.Path),
		Generate: func(t *spec.Table, _ Options) ([]File, error) {
			header, err := Header(t)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", l.Name, err)
			}
			tmpls, err := parse()
			if err != nil {
				return nil, fmt.Errorf("%s: %w", l.Name, err)
			}
			data := TemplateData{
				Table: t, Header: header, Version: ftpcodes.Version,
				MaxLineBytes: spec.MaxLineBytes, MaxReplyLines: spec.MaxReplyLines,
				MinYear: spec.MinYear, MaxYear: spec.MaxYear,
			}
			files := make([]File, len(tmpls))
			for i, tmpl := range tmpls {
				var buf bytes.Buffer
				if err := tmpl.Execute(&buf, data); err != nil {
					return nil, fmt.Errorf("%s: %w", l.Name, err)
				}
				if err := checkLayout(buf.Bytes(), max(l.BlankLines, 1)); err != nil {
					return nil, fmt.Errorf("%s: template %s: %w", l.Name, names[i], err)
				}
				files[i] = File{Path: paths[i], Data: buf.Bytes()}
			}
			return files, nil
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
