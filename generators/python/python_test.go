package python_test

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/generators/python"
	_ "github.com/ftpcodes/ftpcodes/internal/golden" // defines -update for go test ./... -update
	"github.com/ftpcodes/ftpcodes/internal/toolchain"
	"github.com/ftpcodes/ftpcodes/spec"
)

const modulePath = "python/ftpcodes.py"

var topLevelDef = regexp.MustCompile(`^(class \w+[(:]|def \w+\(|@\w)`)

// TestShape checks what needs no Python: the header line, and PEP 8's two
// blank lines before each top-level definition.
func TestShape(t *testing.T) {
	for _, nt := range toolchain.Tables(t) {
		src := toolchain.Generate(t, python.Target, nt.Table)[modulePath]
		if src == nil {
			t.Fatalf("%s: no %s", nt.Name, modulePath)
		}
		if want := "# " + generators.Header(nt.Table) + "\n"; !bytes.HasPrefix(src, []byte(want)) {
			t.Errorf("%s: the first line is not %q", nt.Name, want)
		}
		lines := strings.Split(string(src), "\n")
		for i, l := range lines {
			if topLevelDef.MatchString(l) && !strings.HasPrefix(lines[i-1], "@") && (lines[i-1] != "" || lines[i-2] != "" || lines[i-3] == "") {
				t.Errorf("%s: line %d: want two blank lines before %q", nt.Name, i+1, l)
			}
		}
	}
}

// TestNoCommands renders a table without commands, which must still give
// a module that imports, with an empty FTPCommand.
func TestNoCommands(t *testing.T) {
	tbl := *toolchain.Tables(t)[0].Table
	tbl.Commands = nil
	src := toolchain.Generate(t, python.Target, &tbl)[modulePath]
	py := toolchain.Require(t, "python3")
	dir := t.TempDir()
	toolchain.WriteFiles(t, dir, map[string][]byte{"ftpcodes.py": src})
	check := `import ftpcodes as f; assert list(f.FTPCommand) == [] and f.lookup_command("RETR") is None and not f.is_expected_reply("RETR", 200)`
	toolchain.Run(t, dir, py, "-B", "-W", "error", "-c", check)
}

// TestRoundTrip imports the module generated from every table, checks its
// behaviour and has it print every reply, which must equal toolchain.Dump,
// and every command, which must equal toolchain.CommandDump.
// It runs under python3 and, where the command works, python3.8, the
// oldest version the module supports.
func TestRoundTrip(t *testing.T) {
	pythons := []string{toolchain.Require(t, "python3")}
	if p, err := exec.LookPath("python3.8"); err == nil && exec.Command(p, "-c", "").Run() == nil {
		pythons = append(pythons, p)
	} else {
		t.Log("python3.8 does not run here; testing with python3 only")
	}
	script, err := os.ReadFile(filepath.Join("testdata", "roundtrip.py"))
	if err != nil {
		t.Fatal(err)
	}
	for _, nt := range toolchain.Tables(t) {
		t.Run(nt.Name, func(t *testing.T) {
			dir := writeModule(t, nt.Table, script)
			args := []string{"-B", "-W", "error", "roundtrip.py", "dump"}
			for _, r := range nt.Table.Replies {
				args = append(args, fmt.Sprintf("%s=%d", r.Name.UpperSnake, r.Code))
				for _, a := range r.Aliases {
					args = append(args, fmt.Sprintf("%s=%d", a.UpperSnake, r.Code))
				}
			}
			cmdArgs := []string{"-B", "-W", "error", "roundtrip.py", "commands"}
			for _, c := range nt.Table.Commands {
				cmdArgs = append(cmdArgs, c.Verb+"="+c.Verb)
				for _, a := range c.Aliases {
					cmdArgs = append(cmdArgs, a+"="+c.Verb)
				}
			}
			for _, py := range pythons {
				toolchain.Run(t, dir, py, "-B", "-W", "error", "-c", "import ftpcodes")
				toolchain.CheckDump(t, "python ("+filepath.Base(py)+")", nt.Name, nt.Table, toolchain.Run(t, dir, py, args...))
				if got, want := toolchain.Run(t, dir, py, "-B", "-W", "error", "roundtrip.py", "kinds"), kinds(nt.Table); got != want {
					t.Errorf("%s: classes and groups read back as\n%s\nwant\n%s", filepath.Base(py), got, want)
				}
				toolchain.CheckCommandDump(t, "python ("+filepath.Base(py)+")", nt.Name, nt.Table, toolchain.Run(t, dir, py, cmdArgs...))
			}
		})
	}
}

// kinds is what roundtrip.py kinds must print.
func kinds(tbl *spec.Table) string {
	var b strings.Builder
	h := func(s string) string {
		if s == "" {
			return "-"
		}
		return hex.EncodeToString([]byte(s))
	}
	for _, c := range tbl.Classes {
		fmt.Fprintf(&b, "class %d %s %s %d %s\n", c.Digit, h(c.Title), h(c.Description), c.Ref.RFC, h(c.Ref.Section))
	}
	for _, g := range tbl.Groups {
		fmt.Fprintf(&b, "group %d %s %s %d %s\n", g.Digit, h(g.Title), h(g.Description), g.Ref.RFC, h(g.Ref.Section))
	}
	return b.String()
}

// pyrightConfig is strict mode for the oldest Python the module supports,
// plus most checks strict mode leaves off. Not these: reportMissingSuperCall,
// which wants object.__init__ called, and reportUnusedCallResult, which
// wants the length sys.stdout.write returns assigned.
const pyrightConfig = `{
  "typeCheckingMode": "strict",
  "pythonVersion": "3.8",
  "reportCallInDefaultInitializer": "error",
  "reportImplicitOverride": "error",
  "reportImplicitStringConcatenation": "error",
  "reportImportCycles": "error",
  "reportPropertyTypeMismatch": "error",
  "reportShadowedImports": "error",
  "reportUnnecessaryTypeIgnoreComment": "error"
}
`

// TestPyright type-checks the module generated from every table, and the
// round-trip script that uses it, with pyright in strict mode: no error,
// no warning, no information.
func TestPyright(t *testing.T) {
	pyright := toolchain.NodeBin(t, "pyright")
	script, err := os.ReadFile(filepath.Join("testdata", "roundtrip.py"))
	if err != nil {
		t.Fatal(err)
	}
	for _, nt := range toolchain.Tables(t) {
		t.Run(nt.Name, func(t *testing.T) {
			dir := writeModule(t, nt.Table, script)
			toolchain.WriteFiles(t, dir, map[string][]byte{"pyrightconfig.json": []byte(pyrightConfig)})
			cmd := exec.Command(pyright, "--outputjson", "--project", dir)
			cmd.Dir = dir
			out, _ := cmd.Output() // exits 1 on errors; the JSON says why
			var res struct {
				Diagnostics []struct {
					File     string
					Severity string
					Message  string
					Rule     string
					Range    struct{ Start struct{ Line, Character int } }
				} `json:"generalDiagnostics"`
				Summary struct {
					FilesAnalyzed                              int
					ErrorCount, WarningCount, InformationCount int
				}
			}
			if err := json.Unmarshal(out, &res); err != nil {
				t.Fatalf("pyright: %v\n%s", err, out)
			}
			for _, d := range res.Diagnostics {
				t.Errorf("%s:%d:%d: %s: %s (%s)", filepath.Base(d.File), d.Range.Start.Line+1, d.Range.Start.Character+1, d.Severity, d.Message, d.Rule)
			}
			s := res.Summary
			if s.FilesAnalyzed != 2 || s.ErrorCount+s.WarningCount+s.InformationCount != 0 {
				t.Errorf("pyright: %+v; want 2 files analyzed and nothing reported", s)
			}
		})
	}
}

// writeModule writes the module generated from tbl and the round-trip script
// into a new temporary directory.
func writeModule(t *testing.T, tbl *spec.Table, script []byte) string {
	t.Helper()
	dir := t.TempDir()
	src := toolchain.Generate(t, python.Target, tbl)[modulePath]
	toolchain.WriteFiles(t, dir, map[string][]byte{"ftpcodes.py": src, "roundtrip.py": script})
	return dir
}
