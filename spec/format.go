package spec

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// This file defines what every language's generated formatters and parsers
// do with a Template. Each generator implements the same rules; the tests
// compare each language's results with Format and Parse here.
//
// Formatting writes the literal text and the values in order:
//   - a uint is written in decimal, and must be at most the parameter's Max;
//   - a time is written as RFC 3659's time-val, YYYYMMDDHHMMSS in UTC, with
//     a fraction of a second only when there is one (here given already as
//     text and checked), and must be in the years MinYear to MaxYear;
//   - a string must not be empty and must not contain CR, LF or NUL (they
//     would let a value forge a second reply); a Quoted string has each "
//     doubled; an unquoted string that is followed by literal text within
//     the template must not contain that text, or it could not be read back.
//
// Parsing first matches the whole text against the template (strict). If
// that fails and the template is Lenient, it searches the text, left to
// right, for the first place where the template's core matches: the part
// from its first parameter to its last (with the quotes of a Quoted
// parameter at either end), so that text around the values may differ, as
// real servers' texts do (227 without parentheses, 229 with another
// delimiter, 257 with more text after the path). Values match as follows:
//   - uint: a maximal run of ASCII digits, at most Max; in a core search it
//     may not start right after a digit;
//   - time: 14 digits, optionally "." and more digits, a valid calendar time
//     in the years MinYear to MaxYear (0001 to 9999), with seconds 00 to 59;
//   - Quoted string: up to the first " that is not doubled, each "" read as ";
//   - other string: up to the first occurrence of the literal text that
//     follows it, or, when that literal ends the template, up to the text's
//     last occurrence of it at the very end; or, last in the template, the
//     rest of the text. At least one character either way.

// ErrValue is wrapped by every error Format returns for a bad value.
var ErrValue = errors.New("bad value")

// Format writes the template with values, one per parameter in declaration
// order, as text: decimal digits for uint, time-val for time.
func (t *Template) Format(values []string) (string, error) {
	if len(values) != len(t.Params) {
		return "", fmt.Errorf("%w: %d values for %d parameters", ErrValue, len(values), len(t.Params))
	}
	byParam := map[*Param]string{}
	for i, p := range t.Params {
		byParam[p] = values[i]
	}
	var b strings.Builder
	for _, s := range t.Segments {
		if s.Param == nil {
			b.WriteString(s.Literal)
			continue
		}
		p, v := s.Param, byParam[s.Param]
		switch p.Type {
		case TypeUint:
			n, err := strconv.ParseUint(v, 10, 64)
			if err != nil || n > p.Max {
				return "", fmt.Errorf("%w: %s must be a whole number from 0 to %d, not %q", ErrValue, p.Name.LowerSnake, p.Max, v)
			}
			b.WriteString(strconv.FormatUint(n, 10))
		case TypeTime:
			if !isTimeVal(v) || !validTime(v) {
				return "", fmt.Errorf("%w: %s must be a time-val, YYYYMMDDHHMMSS[.F], in the years %04d to %04d, not %q", ErrValue, p.Name.LowerSnake, MinYear, MaxYear, v)
			}
			b.WriteString(v)
		default:
			if v == "" {
				return "", fmt.Errorf("%w: %s is empty", ErrValue, p.Name.LowerSnake)
			}
			if strings.ContainsAny(v, "\r\n\x00") {
				return "", fmt.Errorf("%w: %s contains CR, LF or NUL, which would end the reply line", ErrValue, p.Name.LowerSnake)
			}
			if p.Quoted {
				b.WriteString(strings.ReplaceAll(v, `"`, `""`))
				continue
			}
			if s.Stop != "" && strings.Contains(v, s.Stop) {
				return "", fmt.Errorf("%w: %s contains %q, the text that follows it in the reply", ErrValue, p.Name.LowerSnake, s.Stop)
			}
			b.WriteString(v)
		}
	}
	return b.String(), nil
}

// Parse reads the values of a text written with the template, one per
// parameter in declaration order: uints in canonical decimal, times as
// written, strings with quote-doubling undone. ok is false when the text
// does not have the template's shape.
func (t *Template) Parse(text string) (values []string, ok bool) {
	if m, end, ok := match(t.Segments, text, 0, true); ok && end == len(text) {
		return t.ordered(m), true
	}
	if !t.Lenient {
		return nil, false
	}
	for i := 0; i < len(text); i++ {
		if t.CoreAfterDigit && i > 0 && isDigit(text[i-1]) {
			continue
		}
		if m, _, ok := match(t.Core, text, i, false); ok {
			return t.ordered(m), true
		}
	}
	return nil, false
}

func (t *Template) ordered(m map[*Param]string) []string {
	out := make([]string, len(t.Params))
	for i, p := range t.Params {
		out[i] = m[p]
	}
	return out
}

// match matches segs against text from pos. With anchored, a string that
// the final literal follows ends where that literal ends the text.
func match(segs []Segment, text string, pos int, anchored bool) (map[*Param]string, int, bool) {
	m := map[*Param]string{}
	for i, s := range segs {
		if s.Param == nil {
			if !strings.HasPrefix(text[pos:], s.Literal) {
				return nil, 0, false
			}
			pos += len(s.Literal)
			continue
		}
		p := s.Param
		switch {
		case p.Type == TypeUint:
			j := pos
			for j < len(text) && isDigit(text[j]) {
				j++
			}
			n, err := strconv.ParseUint(text[pos:j], 10, 64)
			if j == pos || err != nil || n > p.Max {
				return nil, 0, false
			}
			m[p] = strconv.FormatUint(n, 10)
			pos = j
		case p.Type == TypeTime:
			j := pos + 14
			if j > len(text) {
				return nil, 0, false
			}
			if j+1 < len(text) && text[j] == '.' && isDigit(text[j+1]) {
				j++
				for j < len(text) && isDigit(text[j]) {
					j++
				}
			}
			v := text[pos:j]
			if !isTimeVal(v) || !validTime(v) {
				return nil, 0, false
			}
			m[p] = v
			pos = j
		case p.Quoted:
			var b strings.Builder
			j := pos
			for ; j < len(text); j++ {
				if text[j] == '"' {
					if j+1 < len(text) && text[j+1] == '"' {
						b.WriteByte('"')
						j++
						continue
					}
					break
				}
				b.WriteByte(text[j])
			}
			if j == len(text) || b.Len() == 0 {
				return nil, 0, false
			}
			m[p] = b.String()
			pos = j
		case i+1 == len(segs):
			if pos == len(text) {
				return nil, 0, false
			}
			m[p] = text[pos:]
			pos = len(text)
		default:
			lit := segs[i+1].Literal
			var end int
			if anchored && i+2 == len(segs) {
				if !strings.HasSuffix(text, lit) || len(text)-len(lit) <= pos {
					return nil, 0, false
				}
				end = len(text) - len(lit)
			} else {
				k := strings.Index(text[pos:], lit)
				if k <= 0 {
					return nil, 0, false
				}
				end = pos + k
			}
			m[p] = text[pos:end]
			pos = end
		}
	}
	return m, pos, true
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isTimeVal reports whether v is 14 digits, optionally followed by "." and
// at least one digit.
func isTimeVal(v string) bool {
	if len(v) < 14 {
		return false
	}
	for i := 0; i < 14; i++ {
		if !isDigit(v[i]) {
			return false
		}
	}
	if len(v) == 14 {
		return true
	}
	if v[14] != '.' || len(v) == 15 {
		return false
	}
	for i := 15; i < len(v); i++ {
		if !isDigit(v[i]) {
			return false
		}
	}
	return true
}

// validTime reports whether a time-val names a real UTC time: a calendar
// date in the years MinYear to MaxYear, hours 00 to 23, minutes and
// seconds 00 to 59 (no leap second).
func validTime(v string) bool {
	t, err := time.Parse("20060102150405", v[:14])
	return err == nil && MinYear <= t.Year() && t.Year() <= MaxYear
}
