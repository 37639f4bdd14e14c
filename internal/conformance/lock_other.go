//go:build !unix

package conformance

import "testing"

// lockDir does nothing where there is no flock: two test runs of the same
// checkout at the same time may then disturb each other's GoDir and
// RustDir folders.
func lockDir(t *testing.T, dir string) {}
