package python

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/ftpcodes/ftpcodes/internal/quote"
)

// TestPieces checks pieces, which adds up the escapes of runes, against
// cutting where the literals of the prefixes themselves stop fitting.
func TestPieces(t *testing.T) {
	want := func(s string, width int) []string {
		var out []string
		for s != "" {
			if len(quote.PythonString(s)) <= width {
				return append(out, s)
			}
			cut := 0
			for i := range s {
				if i > 0 && len(quote.PythonString(s[:i])) > width {
					break
				}
				cut = i
			}
			if cut == 0 {
				_, cut = utf8.DecodeRuneInString(s)
			}
			if i := strings.LastIndexByte(s[:cut], ' '); i > 0 {
				cut = i + 1
			} else if i := strings.LastIndexByte(s[:cut], '/'); i > 0 {
				cut = i + 1
			}
			out = append(out, s[:cut])
			s = s[cut:]
		}
		return out
	}
	for _, s := range []string{
		strings.Repeat(`say "x" and 'y' `, 9),
		strings.Repeat(`""""'`, 30),
		strings.Repeat(`''''"`, 30),
		strings.Repeat("tab\there \\ \x00\xff é \u2028 a/b ", 8),
		strings.Repeat("noSpacesOrSlashesAtAll", 10),
	} {
		for _, width := range []int{8, 20, 40, 79} {
			if got, want := pieces(s, width), want(s, width); !slices.Equal(got, want) {
				t.Errorf("pieces(%q, %d) = %q, want %q", s, width, got, want)
			}
		}
	}
}
