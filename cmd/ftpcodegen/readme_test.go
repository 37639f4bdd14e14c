package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/ftpcodes/ftpcodes/internal/golden"
)

// readmeBlocks returns the fenced code blocks of README.md that follow a
// "<!-- recipe: NAME -->" line, by name.
func readmeBlocks(t *testing.T) (readme string, blocks map[string]string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(golden.Root(), "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	blocks = map[string]string{}
	re := regexp.MustCompile("(?s)<!-- recipe: ([a-z-]+) -->\n```[a-z]*\n(.*?)```\n")
	for _, m := range re.FindAllStringSubmatch(string(data), -1) {
		blocks[m[1]] = m[2]
	}
	for _, name := range []string{"published", "package", "local", "main"} {
		if blocks[name] == "" {
			t.Fatalf("README.md has no recipe block %q", name)
		}
	}
	return string(data), blocks
}

// TestReadmeGoVersion holds the README's Go version to go.mod's.
func TestReadmeGoVersion(t *testing.T) {
	readme, _ := readmeBlocks(t)
	mod, err := os.ReadFile(filepath.Join(golden.Root(), "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^go (\d+\.\d+)`).FindSubmatch(mod)
	if m == nil {
		t.Fatal("go.mod has no go line")
	}
	want := "Go " + string(m[1]) + " or later"
	if !strings.Contains(readme, want) {
		t.Errorf("README.md does not say %q", want)
	}
	for _, v := range regexp.MustCompile(`Go 1\.\d+`).FindAllString(readme, -1) {
		if v != "Go "+string(m[1]) {
			t.Errorf("README.md says %s; go.mod requires %s", v, m[1])
		}
	}
	if !strings.Contains(readme, "\n"+usage) {
		t.Errorf("README.md does not show the usage as ftpcodegen prints it:\n%s", usage)
	}
}

// TestReadmeRecipes follows the README's go:generate recipe for a local
// clone as written, offline, in a new module beside a clone (this
// repository) at ../ftpcodes: a library package and a main package, each
// with the README's file. Then it builds, vets and runs the result.
func TestReadmeRecipes(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a module; skipped with -short")
	}
	_, blocks := readmeBlocks(t)
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Fatal(err)
	}
	local := strings.Split(strings.TrimSpace(blocks["local"]), "\n")
	published := strings.TrimSpace(blocks["published"])

	// The published recipe is the local one's go get, at another version.
	if len(local) != 3 || strings.TrimSuffix(published, "@latest") != strings.TrimSuffix(strings.TrimPrefix(local[1], "GOPROXY=off "), "@v0.0.0") {
		t.Errorf("the published recipe %q is not the local recipe's go get %q", published, local)
	}

	top := t.TempDir()
	if err := os.Symlink(golden.Root(), filepath.Join(top, "ftpcodes")); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(top, "client")
	write := func(name, content string) {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("ftp/doc.go", blocks["package"])
	write("cmd/replytext/main.go", blocks["main"])
	env := append(os.Environ(), "GOPROXY=off", "GOWORK=off", "GOFLAGS=")
	sh := func(line string) string {
		t.Helper()
		cmd := exec.Command("sh", "-c", line)
		cmd.Dir = dir
		cmd.Env = append(env, "PATH="+filepath.Dir(goBin)+string(os.PathListSeparator)+os.Getenv("PATH"))
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s: %v\n%s", line, err, out)
		}
		return string(out)
	}
	sh("go mod init example.com/client")
	for _, line := range local {
		sh(line)
	}
	for _, f := range []string{"ftp/ftp_ftpcodes.go", "cmd/replytext/main_ftpcodes.go"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("go generate did not write %s: %v", f, err)
		}
	}
	sh("go build ./...")
	sh("go vet ./...")
	if got, want := sh("go run ./cmd/replytext 550 221"), "550 Requested action not taken. File unavailable (e.g., file not found, no access).\n221 Service closing control connection.\n"; got != want {
		t.Errorf("replytext printed:\n%s\nwant:\n%s", got, want)
	}
	if got := sh("go tool ftpcodegen -version"); got != "ftpcodegen v0.0.0 (replaced by ../ftpcodes)\n" {
		t.Errorf("go tool ftpcodegen -version: %q", got)
	}
}
