package c_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ftpcodes/ftpcodes/generators/c"
	"github.com/ftpcodes/ftpcodes/internal/conformance"
)

// shapeGram is how many tokens one piece of a header's shape holds.
const shapeGram = 6

// fixedWords returns the names the generator writes itself: every word
// of the C templates and of the runtime.
func fixedWords(t *testing.T) map[string]bool {
	t.Helper()
	var files []string
	for _, glob := range []string{filepath.Join("..", "..", "templates", "c", "*.tmpl"), filepath.Join("runtime", "runtime.[ch]")} {
		m, err := filepath.Glob(glob)
		if err != nil || len(m) == 0 {
			t.Fatalf("%s: %v, %d files", glob, err, len(m))
		}
		files = append(files, m...)
	}
	words := map[string]bool{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, tok := range tokens(string(b)) {
			words[tok] = true
		}
	}
	return words
}

// shape returns the pieces of the shape of the header generated from
// table n: every run of shapeGram tokens of it, where each string
// literal is S, each character constant C and each number N, and each
// name the generator does not write itself (one made from the table's
// names and codes) is I; and for each template parameter, whose name the
// header spells as it is, a piece "param NAME". Two tables with the same
// pieces render the same constructs, with the same names where a
// standard's keywords could matter; they differ only in their data and
// in names the header prefixes (FTP_REPLY_..., ftp_format_...) or
// suffixes (..._aliases).
func shape(t *testing.T, n conformance.Named, fixed map[string]bool) map[string]bool {
	t.Helper()
	toks := tokens(string(conformance.Generate(t, c.Target, n.Table)[header]))
	for i, tok := range toks {
		if !fixed[tok] && tok != "S" && tok != "C" && tok != "N" {
			toks[i] = "I"
		}
	}
	out := map[string]bool{}
	for i := 0; i+shapeGram <= len(toks); i++ {
		out[strings.Join(toks[i:i+shapeGram], " ")] = true
	}
	for _, m := range n.Table.Templated {
		for _, p := range m.Template.Params {
			out["param "+p.Name.LowerSnake] = true
		}
	}
	return out
}

// tokens splits C source into its tokens, comments and line
// continuations dropped, each string literal S, each character constant
// C and each number N.
func tokens(src string) []string {
	var toks []string
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case strings.HasPrefix(src[i:], "\\\n"):
			i += 2 // a line continued is one line
		case strings.HasPrefix(src[i:], "/*"):
			end := strings.Index(src[i+2:], "*/")
			if end < 0 {
				return toks
			}
			i += end + 4
		case strings.HasPrefix(src[i:], "//"):
			end := strings.IndexByte(src[i:], '\n')
			if end < 0 {
				end = len(src) - i
			}
			i += end
		case c == '"' || c == '\'':
			j := i + 1
			for j < len(src) && src[j] != c && src[j] != '\n' {
				if src[j] == '\\' {
					j++
				}
				j++
			}
			toks = append(toks, map[byte]string{'"': "S", '\'': "C"}[c])
			i = j + 1
		case c >= '0' && c <= '9':
			j := i
			for j < len(src) && (isWord(src[j]) || src[j] == '.') {
				j++
			}
			toks = append(toks, "N")
			i = j
		case isWord(c):
			j := i
			for j < len(src) && isWord(src[j]) {
				j++
			}
			toks = append(toks, src[i:j])
			i = j
		default:
			toks = append(toks, src[i:i+1])
			i++
		}
	}
	return toks
}

func isWord(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// fullTables returns the names of the tables to build in every build:
// each table with a piece of shape no other table has, and then, in
// their order, each table with a piece the tables chosen so far lack;
// what is left, every piece of it in one of the chosen, is built in the
// builds of everyTable alone.
func fullTables(t *testing.T, ts []conformance.Named) map[string]bool {
	t.Helper()
	fixed := fixedWords(t)
	shapes := make([]map[string]bool, len(ts))
	for i, n := range ts {
		shapes[i] = shape(t, n, fixed)
	}
	full := map[string]bool{}
	covered := map[string]bool{}
	choose := func(i int) {
		full[ts[i].Name] = true
		for p := range shapes[i] {
			covered[p] = true
		}
	}
	for i := range ts {
	own:
		for p := range shapes[i] {
			for j := range ts {
				if j != i && shapes[j][p] {
					continue own
				}
			}
			choose(i)
			break
		}
	}
	for i := range ts {
		for p := range shapes[i] {
			if !covered[p] && !full[ts[i].Name] {
				choose(i)
			}
		}
	}
	return full
}
