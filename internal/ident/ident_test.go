package ident

import (
	"strings"
	"testing"

	"github.com/ftpcodes/ftpcodes/internal/golden"
)

func TestSpellings(t *testing.T) {
	for _, tc := range []struct {
		in, words, upper, lower, lowerCamel string
	}{
		{"CommandOK", "Command OK", "COMMAND_OK", "command_ok", "commandOK"},
		{"OKReply", "OK Reply", "OK_REPLY", "ok_reply", "okReply"},
		{"OkReply", "Ok Reply", "OK_REPLY", "ok_reply", "okReply"},
		{"TLSRequired", "TLS Required", "TLS_REQUIRED", "tls_required", "tlsRequired"},
		{"EnteringPassiveMode", "Entering Passive Mode", "ENTERING_PASSIVE_MODE", "entering_passive_mode", "enteringPassiveMode"},
		{"PROTLevelNotSupported", "PROT Level Not Supported", "PROT_LEVEL_NOT_SUPPORTED", "prot_level_not_supported", "protLevelNotSupported"},
		{"Code10054", "Code10054", "CODE10054", "code10054", "code10054"},
		{"Wsa10054Reset", "Wsa10054 Reset", "WSA10054_RESET", "wsa10054_reset", "wsa10054Reset"},
		{"A", "A", "A", "a", "a"},
		{"OK", "OK", "OK", "ok", "ok"},
	} {
		if got := strings.Join(Words(tc.in), " "); got != tc.words {
			t.Errorf("Words(%q) = %q, want %q", tc.in, got, tc.words)
		}
		if got := UpperSnake(tc.in); got != tc.upper {
			t.Errorf("UpperSnake(%q) = %q, want %q", tc.in, got, tc.upper)
		}
		if got := LowerSnake(tc.in); got != tc.lower {
			t.Errorf("LowerSnake(%q) = %q, want %q", tc.in, got, tc.lower)
		}
		if got := LowerCamel(tc.in); got != tc.lowerCamel {
			t.Errorf("LowerCamel(%q) = %q, want %q", tc.in, got, tc.lowerCamel)
		}
	}
}

func TestPredicates(t *testing.T) {
	for s, want := range map[string]bool{"CommandOK": true, "A1": true, "": false, "commandOK": false, "Command_OK": false, "Straße": false, "9Lives": false} {
		if IsUpperCamel(s) != want {
			t.Errorf("IsUpperCamel(%q) = %v", s, !want)
		}
	}
	for s, want := range map[string]bool{"pathname": true, "h1": true, "data_port": true, "": false, "Path": false, "a__b": false, "a_": false, "_a": false, "1a": false} {
		if IsLowerSnake(s) != want {
			t.Errorf("IsLowerSnake(%q) = %v", s, !want)
		}
	}
	if got := CamelFromSnake("data_port"); got != "DataPort" {
		t.Errorf("CamelFromSnake = %q", got)
	}
}

// FuzzWords checks that splitting loses nothing: the words of a valid name
// join back into it, and its UPPER_SNAKE_CASE spelling is an identifier.
func FuzzWords(f *testing.F) {
	for _, s := range append([]string{"CommandOK", "OKReply", "TLSRequired", "A1B2", "ABC"}, golden.BadTables(f)...) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !IsUpperCamel(s) {
			return
		}
		if got := strings.Join(Words(s), ""); got != s {
			t.Fatalf("Words(%q) joins to %q", s, got)
		}
		u := UpperSnake(s)
		if strings.Contains(u, "__") || strings.HasPrefix(u, "_") || strings.HasSuffix(u, "_") {
			t.Fatalf("UpperSnake(%q) = %q", s, u)
		}
	})
}
