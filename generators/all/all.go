// Package all lists every target language ftpcodegen can generate.
package all

import (
	"fmt"
	"strings"

	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/generators/c"
	"github.com/ftpcodes/ftpcodes/generators/golang"
	"github.com/ftpcodes/ftpcodes/generators/java"
	"github.com/ftpcodes/ftpcodes/generators/json"
	"github.com/ftpcodes/ftpcodes/generators/markdown"
	"github.com/ftpcodes/ftpcodes/generators/python"
	"github.com/ftpcodes/ftpcodes/generators/rust"
	"github.com/ftpcodes/ftpcodes/generators/typescript"
)

// Targets returns every target, sorted by name.
func Targets() []generators.Target {
	return []generators.Target{c.Target, golang.Target, java.Target, json.Target, markdown.Target, python.Target, rust.Target, typescript.Target}
}

// Lookup returns the target with the given -lang name.
func Lookup(name string) (generators.Target, error) {
	var names []string
	for _, t := range Targets() {
		if t.Name == name {
			return t, nil
		}
		names = append(names, t.Name)
	}
	return generators.Target{}, fmt.Errorf("unknown target %q; the targets are %s", name, strings.Join(names, ", "))
}
