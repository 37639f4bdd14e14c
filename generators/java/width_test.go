package java_test

import (
	"testing"

	"github.com/ftpcodes/ftpcodes/generators/java"
	"github.com/ftpcodes/ftpcodes/internal/conformance"
)

// TestWidth checks that no line of any file generated from any table
// (the Java sources and pom.xml) is wider than Google Java Style's column
// limit.
func TestWidth(t *testing.T) {
	for _, nt := range conformance.Tables(t) {
		conformance.CheckWidth(t, nt.Name, conformance.Generate(t, java.Target, nt.Table))
	}
}
