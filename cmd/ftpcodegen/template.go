package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/ftpcodes/ftpcodes"
	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/generators/user"
	"github.com/ftpcodes/ftpcodes/spec"
)

// userTarget reads the templates -template names: a file NAME.tmpl is
// written as NAME; a directory gives every *.tmpl file under it, each
// written at its path in the directory without .tmpl, except the parts,
// whose names start with "_", which only define templates for the others.
func userTarget(paths []string) (generators.Target, error) {
	var tmpls []user.Template
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return generators.Target{}, fmt.Errorf("-template: %w", err)
		}
		if !st.IsDir() {
			if !strings.HasSuffix(p, ".tmpl") {
				return generators.Target{}, fmt.Errorf("-template %s: name the template after its output with .tmpl added, as codes.lua.tmpl for codes.lua: %w", p, errUsage)
			}
			u, err := readTemplate(p, filepath.Base(p))
			if err != nil {
				return generators.Target{}, err
			}
			tmpls = append(tmpls, u)
			continue
		}
		n := len(tmpls)
		err = filepath.WalkDir(p, func(f string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(f, ".tmpl") {
				return err
			}
			rel, err := filepath.Rel(p, f)
			if err != nil {
				return err
			}
			u, err := readTemplate(f, filepath.ToSlash(rel))
			tmpls = append(tmpls, u)
			return err
		})
		if err != nil {
			return generators.Target{}, err
		}
		if len(tmpls) == n {
			return generators.Target{}, fmt.Errorf("-template %s: the directory holds no *.tmpl file", p)
		}
	}
	return user.Target(tmpls)
}

// readTemplate reads the template file f, at rel (slash-separated) in
// what -template named.
func readTemplate(f, rel string) (user.Template, error) {
	b, err := os.ReadFile(f)
	if err != nil {
		return user.Template{}, err
	}
	return user.Template{
		Name:   f,
		Output: strings.TrimSuffix(rel, ".tmpl"),
		Text:   string(b),
		Part:   strings.HasPrefix(filepath.Base(f), "_"),
	}, nil
}

// loadTable reads the table: the file -spec names, or the embedded one,
// with the overlays -extend names laid over it.
func loadTable(specPath string, overlays []string) (*spec.Table, error) {
	if len(overlays) == 0 {
		if specPath == "" {
			return spec.Default()
		}
		return spec.Load(specPath)
	}
	name, src := ftpcodes.TableName, ftpcodes.Table
	if specPath != "" {
		b, err := os.ReadFile(specPath)
		if err != nil {
			return nil, err
		}
		name, src = specPath, b
	}
	var overlaid []spec.Overlay
	for _, p := range overlays {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("-extend: %w", err)
		}
		overlaid = append(overlaid, spec.Overlay{Name: p, Src: b})
	}
	return spec.Extend(name, src, overlaid)
}
