package java_test

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/ftpcodes/ftpcodes/internal/conformance"
)

// readmeJava matches README.md's Java code blocks.
var readmeJava = regexp.MustCompile("(?s)```java\n(.*?)```\n")

// TestReadme compiles README.md's Java program, as written, against the
// classes of the project generated from the shipped table (the driver's
// too, which it does not use), with the pom's flags, and runs
// it: it writes a 257 reply, reads it back and prints the pathname, then
// writes a command line and has an injected one refused, reads a 227 as a
// client behind NAT should, a FEAT reply and an MLSD entry.
func TestReadme(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	blocks := readmeJava.FindAllStringSubmatch(string(readme), -1)
	if len(blocks) != 1 {
		t.Fatalf("README.md has %d Java code blocks, want 1: a whole program", len(blocks))
	}
	class := regexp.MustCompile(`public final class (\w+)`).FindStringSubmatch(blocks[0][1])
	if class == nil {
		t.Fatal("README.md's Java block declares no public final class")
	}
	dir := t.TempDir()
	source := filepath.Join(dir, class[1]+".java")
	conformance.WriteFiles(t, dir, map[string][]byte{class[1] + ".java": []byte(blocks[0][1])})
	project := shippedClasses(t)
	javac(t, dir, "-cp", project, source)
	if got, want := runJava(t, "", "-cp", dir+string(os.PathListSeparator)+project, class[1]), "/srv/say \"hi\"\n18 BAD_ARGUMENT\n/203.0.113.7:50000\nmy file;1.txt 42\n"; got != want {
		t.Errorf("README.md's Java program printed %q, want %q", got, want)
	}
}
