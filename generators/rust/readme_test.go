package rust_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/ftpcodes/ftpcodes/internal/conformance"
)

// readmeRust matches README.md's Rust code blocks.
var readmeRust = regexp.MustCompile("(?s)```rust\n(.*?)```\n")

// TestReadme compiles README.md's Rust code, as written, against the crate
// generated from the shipped table, under clippy with every warning an
// error: the first block's use lines and functions, and the statements
// after them in a function of their own; the second block's statements in
// a function that is given the TcpStream it writes to and reads from. Each
// block is a module of its own, as each is a file of its own to a reader.
// The program is a member of the package's workspace (readmeApp).
func TestReadme(t *testing.T) {
	w, _ := workspace(t)
	w.Clippy(t, nil, []string{"readme"})
}

// readmeApp returns the files of the program TestReadme compiles, in
// readme/ of the package's workspace, depending on the shipped table's
// crate.
func readmeApp(t *testing.T) map[string][]byte {
	t.Helper()
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	blocks := readmeRust.FindAllStringSubmatch(string(readme), -1)
	if len(blocks) != 2 {
		t.Fatalf("README.md has %d Rust code blocks, want 2: a client function and a 257 exchange", len(blocks))
	}
	var main strings.Builder
	main.WriteString("//! README.md's Rust code, compiled by generators/rust TestReadme.\n\n")
	for i, b := range blocks {
		var uses, items, stmts []string
		inItem := false
		for _, line := range strings.Split(strings.TrimSuffix(b[1], "\n"), "\n") {
			switch {
			case strings.HasPrefix(line, "use "):
				uses = append(uses, line)
			case strings.HasPrefix(line, "fn ") || strings.HasPrefix(line, "/// "):
				inItem = true
				items = append(items, line)
			case inItem:
				items = append(items, line)
				inItem = line != "}"
			default:
				stmts = append(stmts, "        "+line)
			}
		}
		param := "mut conn: BufReader<TcpStream>"
		if i == 1 {
			param = "mut stream: std::net::TcpStream"
		}
		main.WriteString("mod block" + string(rune('1'+i)) + " {\n")
		main.WriteString("    " + strings.Join(uses, "\n    ") + "\n")
		if i == 0 {
			main.WriteString("\n    " + strings.ReplaceAll(strings.Join(items, "\n"), "\n", "\n    ") + "\n")
		}
		main.WriteString("\n    #[allow(dead_code)]\n    pub fn run(" + param + ") -> Result<(), Box<dyn std::error::Error>> {\n")
		main.WriteString(strings.Join(stmts, "\n") + "\n        Ok(())\n    }\n}\n\n")
	}
	main.WriteString("fn main() {}\n")
	return map[string][]byte{
		"readme/Cargo.toml":  []byte("[package]\nname = \"readme\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\nftpcodes = { path = \"../shipped\", package = \"" + conformance.RustPackage("shipped") + "\" }\n"),
		"readme/src/main.rs": []byte(main.String()),
	}
}
