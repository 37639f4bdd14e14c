package golden

import (
	"os/exec"
	"strings"
	"testing"
)

// TestEveryTestDefinesUpdate holds `go test ./... -update` to working: the
// flag is defined here, once, and go test refuses a flag that a package's
// test binary does not define, so every test binary of the module must
// link this package, through a test's own import of it (a blank one where
// the test uses nothing else of it).
func TestEveryTestDefinesUpdate(t *testing.T) {
	if testing.Short() {
		t.Skip("lists every package of the module; skipped with -short")
	}
	const self = "github.com/ftpcodes/ftpcodes/internal/golden"
	cmd := exec.Command("go", "list", "-test", "-f", `{{if eq .Name "main"}}{{.ImportPath}}|{{join .Deps " "}}{{end}}`, "./...")
	cmd.Dir = Root()
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	n := 0
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		bin, deps, ok := strings.Cut(line, "|")
		if !ok || !strings.HasSuffix(bin, ".test") {
			continue
		}
		n++
		if !strings.Contains(" "+deps+" ", " "+self+" ") && strings.TrimSuffix(bin, ".test") != self {
			t.Errorf("the tests of %s do not import %s: go test ./... -update fails there", strings.TrimSuffix(bin, ".test"), self)
		}
	}
	if n == 0 {
		t.Fatalf("go list found no test binaries:\n%s", out)
	}
}
