package python_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ftpcodes/ftpcodes/generators/python"
	"github.com/ftpcodes/ftpcodes/internal/conformance"
)

// TestPackage installs the generated directory as its users would, with
// pip into a fresh virtual environment (pip fetches the pinned build
// backend from PyPI), imports the installed package from elsewhere, and
// has pyright verify that it sees every public name's type through
// py.typed.
func TestPackage(t *testing.T) {
	if testing.Short() {
		t.Skip("pip install into a new virtual environment; skipped with -short")
	}
	py := conformance.Require(t, "python3")
	pyright := conformance.NodeBin(t, "pyright")
	tbl := conformance.Tables(t)[0].Table
	dir := t.TempDir()
	files := conformance.Generate(t, python.Target, tbl)
	for _, want := range []string{"python/ftpcodes.py", "python/py.typed", "python/pyproject.toml"} {
		if files[want] == nil {
			t.Fatalf("the python target does not generate %s", want)
		}
	}
	conformance.WriteFiles(t, dir, files)

	// The environment gets no pip of its own (ensurepip would install and
	// byte-compile one, most of this test's time): python3's own pip
	// (22.3 or later) installs into it through --python.
	venv := filepath.Join(dir, "venv")
	conformance.Run(t, dir, py, "-m", "venv", "--without-pip", venv)
	vpy := filepath.Join(venv, "bin", "python")
	cmd := exec.Command(py, "-m", "pip", "--python", vpy, "install", "--quiet", "--disable-pip-version-check", "--no-input", "./python")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("pip install ./python: %v\n%s", err, out)
	}

	elsewhere := t.TempDir()
	got := conformance.Run(t, elsewhere, vpy, "-B", "-W", "error", "-c", `
import importlib.metadata, pathlib, ftpcodes
pkg = pathlib.Path(ftpcodes.__file__).parent
print(pkg.name, pkg.parent.name, (pkg / "py.typed").is_file(), importlib.metadata.version("ftpcodes"))
print(ftpcodes.reply_text(ftpcodes.FTPReply.PATHNAME_CREATED))
`)
	if want := "ftpcodes site-packages True 0.1.0\n\"PATHNAME\" created.\n"; got != want {
		t.Errorf("the installed package says:\n%s\nwant:\n%s", got, want)
	}

	// pyright finds the environment through the python on PATH.
	cmd = exec.Command(pyright, "--outputjson", "--verifytypes", "ftpcodes")
	cmd.Dir = elsewhere
	cmd.Env = append(os.Environ(), "PATH="+filepath.Join(venv, "bin")+string(os.PathListSeparator)+os.Getenv("PATH"))
	out, err := cmd.Output()
	var report struct {
		TypeCompleteness struct {
			PyTypedPath          string  `json:"pyTypedPath"`
			CompletenessScore    float64 `json:"completenessScore"`
			ExportedSymbolCounts struct {
				WithKnownType, WithAmbiguousType, WithUnknownType int
			} `json:"exportedSymbolCounts"`
		} `json:"typeCompleteness"`
	}
	if jerr := json.Unmarshal(out, &report); jerr != nil {
		t.Fatalf("pyright --verifytypes: %v, %v\n%s", err, jerr, out)
	}
	tc := report.TypeCompleteness
	if !strings.HasSuffix(filepath.ToSlash(tc.PyTypedPath), "site-packages/ftpcodes/py.typed") || tc.CompletenessScore != 1 || tc.ExportedSymbolCounts.WithKnownType == 0 || err != nil {
		t.Errorf("pyright --verifytypes ftpcodes: %v: %+v\n%s", err, tc, out)
	}
}
