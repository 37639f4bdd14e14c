// Package golang generates the Go reply-code package with jennifer.
package golang

import (
	"errors"

	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/spec"
)

// Target generates the Go package.
var Target = generators.Target{
	Name:        "go",
	Description: "Go package (typed constants, switch lookups), via jennifer",
	Generate:    generate,
}

func generate(t *spec.Table, opt generators.Options) ([]generators.File, error) {
	return nil, errors.New("go: not written yet")
}
