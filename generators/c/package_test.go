package c_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ftpcodes/ftpcodes/generators/c"
	"github.com/ftpcodes/ftpcodes/internal/conformance"
)

// TestPkgConfig vendors the generated directory as its users would, a copy
// under a name of their choosing, finds it with pkg-config --cflags
// through PKG_CONFIG_PATH, and compiles and runs a program with the flags
// it gives.
func TestPkgConfig(t *testing.T) {
	t.Parallel()
	pkgConfig := conformance.Require(t, "pkg-config")
	gcc := conformance.Require(t, "gcc")
	dir := t.TempDir()
	files := conformance.Generate(t, c.Target, conformance.Tables(t)[0].Table)
	vendored := map[string][]byte{}
	for p, data := range files {
		vendored[strings.Replace(p, "c/", "third_party/ftpcodes/", 1)] = data
	}
	if vendored["third_party/ftpcodes/ftpcodes.pc"] == nil {
		t.Fatal("the c target does not generate c/ftpcodes.pc")
	}
	conformance.WriteFiles(t, dir, vendored)
	conformance.WriteFiles(t, dir, map[string][]byte{"main.c": []byte(`#include <stdio.h>
#define FTPCODES_IMPLEMENTATION
#include <ftpcodes.h>

int main(void)
{
    printf("%s\n", ftp_reply_text(FTP_REPLY_PATHNAME_CREATED));
    return 0;
}
`)})

	pcDir := filepath.Join(dir, "third_party", "ftpcodes")
	cmd := exec.Command(pkgConfig, "--cflags", "ftpcodes")
	cmd.Env = append(os.Environ(), "PKG_CONFIG_PATH="+pcDir)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("pkg-config --cflags ftpcodes: %v\n%s", err, out)
	}
	cflags := strings.TrimSpace(string(out))
	if want := "-I" + pcDir; cflags != want {
		t.Errorf("pkg-config --cflags ftpcodes = %q, want %q", cflags, want)
	}
	cmd = exec.Command(pkgConfig, "--modversion", "ftpcodes")
	cmd.Env = append(os.Environ(), "PKG_CONFIG_PATH="+pcDir)
	if out, err := cmd.Output(); err != nil || strings.TrimSpace(string(out)) != "0.1.0" {
		t.Errorf("pkg-config --modversion ftpcodes = %q, %v; want 0.1.0", out, err)
	}

	// As a user writes it.
	sh := conformance.Require(t, "sh")
	cmd = exec.Command(sh, "-c", `"$CC" -std=c99 -Wall -Wextra -Wpedantic -Werror $(pkg-config --cflags ftpcodes) -o main main.c`)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PKG_CONFIG_PATH=third_party/ftpcodes", "CC="+gcc)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", cmd, err, out)
	}
	if got := conformance.Run(t, dir, filepath.Join(dir, "main")); got != "\"PATHNAME\" created.\n" {
		t.Errorf("the program printed %q", got)
	}
}
