package main

import (
	"archive/zip"
	"bytes"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/ftpcodes/ftpcodes"
	"github.com/ftpcodes/ftpcodes/internal/conformance"
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
// with the README's file and a file of the user's that declares the names
// the generated file would clash with were they not prefixed (userNames).
// Then it builds, vets and runs the result.
func TestReadmeRecipes(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a module; skipped with -short")
	}
	t.Parallel() // mostly waits for the go command
	_, blocks := readmeBlocks(t)
	local := strings.Split(strings.TrimSpace(blocks["local"]), "\n")
	published := strings.TrimSpace(blocks["published"])

	// The published recipe is the local one's go get, at another version.
	if len(local) != 4 || strings.TrimSuffix(published, "@latest") != strings.TrimSuffix(strings.TrimPrefix(local[2], "GOPROXY=off "), "@v0.0.0") {
		t.Errorf("the published recipe %q is not the local recipe's go get %q", published, local)
	}

	top := conformance.GoDir(t, "readme-local")
	if err := os.Symlink(golden.Root(), filepath.Join(top, "ftpcodes")); err != nil {
		t.Fatal(err)
	}
	// A module cache of the test's own, filled as building the clone fills
	// a user's (from the go command's download cache, so offline), holds
	// no answers of the checksum database; and the database this test
	// names answers nothing. So the recipe must not need it, as it cannot
	// for a user with no network.
	gomodcache, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		t.Fatal(err)
	}
	sumdb := httptest.NewServer(http.NotFoundHandler())
	defer sumdb.Close()
	env := []string{
		"GOMODCACHE=" + filepath.Join(top, "mod"), // at a stable path, so that the build cache serves earlier runs
		"GOFLAGS=-modcacherw",                     // GoDir can remove the module cache
		"GOSUMDB=sum.golang.org " + sumdb.URL,
		"GOWORK=off",
	}
	shell(t, golden.Root(), append(env, "GOPROXY=file://"+filepath.ToSlash(filepath.Join(strings.TrimSpace(string(gomodcache)), "cache", "download")))...)("go list -deps ./cmd/ftpcodegen")
	dir := filepath.Join(top, "client")
	conformance.WriteFiles(t, dir, map[string][]byte{
		"ftp/doc.go":             []byte(blocks["package"]),
		"ftp/names.go":           []byte("package ftp\n" + userNames),
		"cmd/replytext/main.go":  []byte(blocks["main"]),
		"cmd/replytext/names.go": []byte("package main\n" + userNames),
	})
	// The README's commands as written; GoDir's stable path lets the build
	// cache serve what earlier runs built.
	sh := shell(t, dir, append(env, "GOPROXY=off")...)
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

// userNames declares, as a user's package might, the unexported names the
// generated file uses without its prefix: the table's records and lookups
// and the runtime's matcher and framing.
const userNames = `
var (
	index    = map[string]int{}
	commands = []string{"get", "put"}
	replies  = 0
	value    = 1
	segment  = 2
)

type pattern struct{ n int }

func match(a, b string) bool { return a == b }

func readLine() string { return "" }

func isDigit(r rune) bool { return r == '0' }

// Use uses every name, so that vet and the compiler have nothing to say.
func Use() bool {
	return match(readLine(), commands[0]) && isDigit('0') && index["x"]+replies+value+segment+pattern{}.n == 0
}
`

// TestReadmePublishedRecipe follows the README's recipe for the published
// module as written, offline: a module proxy in a directory serves this
// tree as github.com/ftpcodes/ftpcodes at v<Version>, the go command's own
// download cache serves its dependencies, and a module cache of the
// test's own keeps the go command from remembering the made-up release.
func TestReadmePublishedRecipe(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a module; skipped with -short")
	}
	t.Parallel() // mostly waits for the go command
	_, blocks := readmeBlocks(t)
	files := tree(t)
	gomodcache, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		t.Fatal(err)
	}

	// The proxy: list, .info, .mod and .zip (every file under
	// module@version/) of the one version.
	const mod = "github.com/ftpcodes/ftpcodes"
	v := "v" + ftpcodes.Version
	proxy := t.TempDir()
	at := filepath.Join(proxy, filepath.FromSlash(mod), "@v")
	if err := os.MkdirAll(at, 0o755); err != nil {
		t.Fatal(err)
	}
	var zbuf bytes.Buffer
	zw := zip.NewWriter(&zbuf)
	for name, data := range files {
		w, err := zw.Create(mod + "@" + v + "/" + name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(data)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{
		"list":      []byte(v + "\n"),
		v + ".info": []byte(`{"Version":"` + v + `","Time":"2026-01-01T00:00:00Z"}`),
		v + ".mod":  files["go.mod"],
		v + ".zip":  zbuf.Bytes(),
	} {
		if err := os.WriteFile(filepath.Join(at, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	base := conformance.GoDir(t, "readme-published")
	dir := filepath.Join(base, "client")
	conformance.WriteFiles(t, dir, map[string][]byte{"ftp/doc.go": []byte(blocks["package"])})
	sh := shell(t, dir,
		"GOPROXY=file://"+filepath.ToSlash(proxy)+",file://"+filepath.ToSlash(filepath.Join(strings.TrimSpace(string(gomodcache)), "cache", "download")),
		"GOSUMDB=off", // the made-up release is in no checksum database
		"GOMODCACHE="+filepath.Join(base, "mod"), // at a stable path, so that the build cache serves earlier runs
		"GOFLAGS=-modcacherw",                    // GoDir can remove the module cache
		"GOWORK=off",
	)
	sh("go mod init example.com/client")
	sh(strings.TrimSpace(blocks["published"]))
	sh("go generate ./...")
	sh("go mod tidy") // keeps the tool
	sh("go build ./...")
	sh("go vet ./...")
	if _, err := os.Stat(filepath.Join(dir, "ftp", "ftp_ftpcodes.go")); err != nil {
		t.Errorf("go generate did not write ftp/ftp_ftpcodes.go: %v", err)
	}
	if got, want := sh("go tool ftpcodegen -version"), "ftpcodegen "+v+"\n"; got != want {
		t.Errorf("go tool ftpcodegen -version: %q, want %q", got, want)
	}
}

// tree returns the files of this repository's work tree that git tracks
// or would (ignored ones left out), by slash-separated path; it skips the
// test outside a git checkout.
func tree(t *testing.T) map[string][]byte {
	t.Helper()
	root := golden.Root()
	list, err := exec.Command("git", "-C", root, "ls-files", "-z", "--cached", "--others", "--exclude-standard").Output()
	if err != nil {
		t.Skipf("not a git checkout: %v", err)
	}
	files := map[string][]byte{}
	for _, name := range strings.Split(strings.TrimSuffix(string(list), "\x00"), "\x00") {
		data, err := os.ReadFile(filepath.Join(root, name))
		if os.IsNotExist(err) {
			continue // deleted in the work tree
		}
		if err != nil {
			t.Fatal(err)
		}
		files[name] = data
	}
	return files
}

// shell returns a function that runs a command line with sh in dir, with
// env added to the environment and the go command of this test first on
// PATH, and returns its output, failing the test if it fails.
func shell(t *testing.T, dir string, env ...string) func(line string) string {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Fatal(err)
	}
	env = append(append(os.Environ(), env...), "PATH="+filepath.Dir(goBin)+string(os.PathListSeparator)+os.Getenv("PATH"))
	return func(line string) string {
		t.Helper()
		cmd := exec.Command("sh", "-c", line)
		cmd.Dir = dir
		cmd.Env = env
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s: %v\n%s", line, err, out)
		}
		return string(out)
	}
}
