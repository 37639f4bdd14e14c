package c_test

import (
	"testing"

	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/generators/c"
	"github.com/ftpcodes/ftpcodes/spec"
)

// checked parses a table spec accepts and returns the error with which the
// C target refuses it, or nil.
func checked(t *testing.T, toml string) error {
	t.Helper()
	tbl, err := spec.Parse("ftpcodes.toml", []byte(toml))
	if err != nil {
		t.Fatalf("spec refuses the table: %v", err)
	}
	_, err = c.Target.Generate(tbl, generators.Options{})
	return err
}
