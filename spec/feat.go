package spec

import (
	"errors"
	"fmt"
	"strings"
)

// This file defines the FEAT reply (RFC 2389 section 3.2) and the OPTS
// argument (section 4) as every language's generated code reads and
// writes them.

// Feature is one line of a FEAT reply: its label, in upper case, and its
// parameters as written ("" when there are none).
type Feature struct {
	Name   string // "MLST", "REST", "UTF8"
	Params string // "size*;modify*;type*;", "STREAM", ""
}

// ErrBadFeature is returned by FormatFeatures for a feature it cannot
// write so that ParseFeatures reads it back.
var ErrBadFeature = errors.New("bad-feature")

// FeatText is the first line of a FEAT reply that FormatFeatures writes:
// the table's reply 211 meaning of RFC 2389, the RFC's own example.
const FeatText = "Extensions supported:"

// ParseFeatures reads the features of a FEAT reply from its text, as
// ReplyReader gives it (its lines joined with LF); it never fails. A
// single line (RFC 2389's no-features reply) has none. Otherwise the first
// and the last line are the reply's own ("Extensions supported:", "End");
// each line between is stripped of leading and trailing spaces and tabs,
// skipped when nothing is left, and split at its first space or tab: the
// label, with its ASCII letters in upper case (labels are usually case
// independent, and RFC 2389 recommends upper case), and the parameters
// after the spaces or tabs that follow it, as written. RFC 2389 requires
// one leading space on every feature line; a line without it is read all
// the same. The features keep their order, repeats included.
func ParseFeatures(text string) []Feature {
	lines := strings.Split(text, "\n")
	if len(lines) < 3 {
		return nil
	}
	var out []Feature
	for _, l := range lines[1 : len(lines)-1] {
		l = strings.Trim(l, " \t")
		if l == "" {
			continue
		}
		label, params := l, ""
		if i := strings.IndexAny(l, " \t"); i >= 0 {
			label, params = l[:i], strings.TrimLeft(l[i:], " \t")
		}
		out = append(out, Feature{Name: asciiUpper(label), Params: params})
	}
	return out
}

// FormatFeatures writes a complete FEAT reply for the wire: with no
// feature the single-line "211 \r\n" (RFC 2389's no-features), otherwise
// "211-Extensions supported:", each feature on a line of its own after one
// space, its parameters after another, and "211 End". A name must be one
// or more VCHARs (0x21 to 0x7E), parameters TCHARs (VCHAR, space, tab)
// that neither start nor end with a space or tab, or ParseFeatures would
// not read them back (ErrBadFeature).
func FormatFeatures(features []Feature) (string, error) {
	if len(features) == 0 {
		return FormatReply(211, "")
	}
	lines := []string{FeatText}
	for _, f := range features {
		if f.Name == "" || !allBytes(f.Name, isVChar) {
			return "", fmt.Errorf("%w: feature name %q must be one or more visible ASCII characters", ErrBadFeature, f.Name)
		}
		if !tchars(f.Params) {
			return "", fmt.Errorf("%w: the parameters %q of %s must be visible ASCII characters, spaces and tabs, not starting or ending with a space or tab", ErrBadFeature, f.Params, f.Name)
		}
		line := " " + f.Name
		if f.Params != "" {
			line += " " + f.Params
		}
		lines = append(lines, line)
	}
	return FormatReply(211, strings.Join(append(lines, "End"), "\n"))
}

// FormatOptsArgument writes the argument of OPTS (RFC 2389 section 4):
// the command name alone, or the name, a space and the options. The name
// must be one or more VCHARs, the options TCHARs not starting or ending
// with a space or tab (ErrBadArgument).
func FormatOptsArgument(name, options string) (string, error) {
	if name == "" || !allBytes(name, isVChar) {
		return "", fmt.Errorf("%w: OPTS command name %q must be one or more visible ASCII characters", ErrBadArgument, name)
	}
	if !tchars(options) {
		return "", fmt.Errorf("%w: OPTS options %q must be visible ASCII characters, spaces and tabs, not starting or ending with a space or tab", ErrBadArgument, options)
	}
	if options == "" {
		return name, nil
	}
	return name + " " + options, nil
}

// ParseOptsArgument reads the argument of OPTS: the command name, up to
// the first space, with its ASCII letters in upper case, and the options,
// everything after that space ("" without one). false when the name is
// empty.
func ParseOptsArgument(arg string) (name, options string, ok bool) {
	name, options, _ = strings.Cut(arg, " ")
	if name == "" {
		return "", "", false
	}
	return asciiUpper(name), options, true
}

func isVChar(c byte) bool { return 0x21 <= c && c <= 0x7E }

// tchars reports whether s is empty, or TCHARs (VCHAR, space, tab) that
// neither start nor end with a space or tab.
func tchars(s string) bool {
	return allBytes(s, func(c byte) bool { return isVChar(c) || c == ' ' || c == '\t' }) && strings.Trim(s, " \t") == s
}

func allBytes(s string, ok func(byte) bool) bool {
	for i := 0; i < len(s); i++ {
		if !ok(s[i]) {
			return false
		}
	}
	return true
}

// equalFoldASCII reports whether a and b are equal with their ASCII letters
// in either case: the case-insensitivity of FEAT's feature names and MLSx's
// fact names (RFC 2389 section 3.2, RFC 3659 section 7.5), the same in every
// language. strings.EqualFold would also fold "ſ" (U+017F) to "s" and the
// Kelvin sign to "k", which the protocol does not.
func equalFoldASCII(a, b string) bool {
	return len(a) == len(b) && asciiUpper(a) == asciiUpper(b)
}

// asciiUpper returns s with its ASCII letters in upper case, nothing else
// changed.
func asciiUpper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}
