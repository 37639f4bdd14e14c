package ftpcodes

import (
	"os"
	"regexp"
	"strconv"
	"testing"

	_ "github.com/ftpcodes/ftpcodes/internal/golden" // defines -update for go test ./... -update
)

// TestVersion holds Version to semantic versioning and to CHANGELOG.md:
// above every release the changelog lists, or equal to the newest one.
func TestVersion(t *testing.T) {
	semver := regexp.MustCompile(`^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$`)
	parse := func(v string) [3]int {
		m := semver.FindStringSubmatch(v)
		if m == nil {
			t.Fatalf("%q is not a semantic version MAJOR.MINOR.PATCH", v)
		}
		var n [3]int
		for i := range n {
			n[i], _ = strconv.Atoi(m[i+1])
		}
		return n
	}
	less := func(a, b [3]int) bool {
		for i := range a {
			if a[i] != b[i] {
				return a[i] < b[i]
			}
		}
		return false
	}
	cur := parse(Version)
	log, err := os.ReadFile("CHANGELOG.md")
	if err != nil {
		t.Fatal(err)
	}
	headings := regexp.MustCompile(`(?m)^## \[([^\]]+)\]`).FindAllSubmatch(log, -1)
	if len(headings) == 0 || string(headings[0][1]) != "Unreleased" {
		t.Errorf("CHANGELOG.md does not start with an [Unreleased] section")
	}
	for i, h := range headings[1:] {
		rel := parse(string(h[1]))
		if less(cur, rel) || rel == cur && i > 0 {
			t.Errorf("Version %s is not above the released %s (CHANGELOG.md), nor equal to the newest release", Version, h[1])
		}
	}
}
