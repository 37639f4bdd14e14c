// Package ident splits table names into words and spells them in each target
// language's casing. Which spellings a language cannot take is that
// language's generator's business (generators.Reserved), not this package's.
package ident

import (
	"strings"
	"unicode"
)

// Words splits an UpperCamelCase name into its words. An initialism is one
// word: "CommandOK" is ["Command" "OK"], "TLSRequired" is ["TLS" "Required"].
// Digits stay with the word before them.
func Words(name string) []string {
	rs := []rune(name)
	var words []string
	start := 0
	for i := 1; i < len(rs); i++ {
		prev, cur := rs[i-1], rs[i]
		boundary := false
		switch {
		case unicode.IsUpper(cur) && (unicode.IsLower(prev) || unicode.IsDigit(prev)):
			boundary = true
		case unicode.IsUpper(cur) && unicode.IsUpper(prev) && i+1 < len(rs) && unicode.IsLower(rs[i+1]):
			boundary = true
		}
		if boundary {
			words = append(words, string(rs[start:i]))
			start = i
		}
	}
	if start < len(rs) {
		words = append(words, string(rs[start:]))
	}
	return words
}

// UpperSnake spells name as UPPER_SNAKE_CASE: "CommandOK" is "COMMAND_OK".
func UpperSnake(name string) string {
	return strings.ToUpper(strings.Join(Words(name), "_"))
}

// LowerSnake spells name as lower_snake_case: "CommandOK" is "command_ok".
func LowerSnake(name string) string {
	return strings.ToLower(strings.Join(Words(name), "_"))
}

// LowerCamel spells name as lowerCamelCase: "CommandOK" is "commandOK" and
// "TLSRequired" is "tlsRequired".
func LowerCamel(name string) string {
	ws := Words(name)
	if len(ws) == 0 {
		return ""
	}
	ws[0] = strings.ToLower(ws[0])
	return strings.Join(ws, "")
}

// IsUpperCamel reports whether s is an identifier of the form the table uses
// for names: an ASCII capital letter, then ASCII letters and digits.
func IsUpperCamel(s string) bool {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// IsLowerSnake reports whether s is a lower_snake_case identifier, the form
// the table uses for template parameters.
func IsLowerSnake(s string) bool {
	if s == "" || s[0] < 'a' || s[0] > 'z' || strings.HasSuffix(s, "_") || strings.Contains(s, "__") {
		return false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// CamelFromSnake spells a lower_snake_case name in UpperCamelCase:
// "data_port" is "DataPort".
func CamelFromSnake(s string) string {
	var b strings.Builder
	for _, w := range strings.Split(s, "_") {
		if w == "" {
			continue
		}
		b.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	return b.String()
}
