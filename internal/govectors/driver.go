// Package govectors is the Go driver of the shared vector protocol
// (internal/conformance): it runs a vector through the Go output and gives
// the result line spec's Answer is compared with. internal/difftest runs
// it in process on out/go/ftpcodes; the Go generator's round-trip test
// copies this file into the module it builds for each table, with the
// import of the generated package changed to that module's, so it imports
// nothing else of this module (its hex helpers are its own).
package govectors

import (
	"bufio"
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ftpcodes/ftpcodes/out/go/ftpcodes"
)

// Meaning is a templated meaning's formatter and parser, taking and giving
// values as the vectors write them, but not in hex: a uint in decimal, a
// time as time-val (a parsed one to the millisecond, by Millis), a string
// as it is.
type Meaning struct {
	Format func(vs []string) (string, error)
	Parse  func(text string) ([]string, bool)
}

// ErrConvert says that a value has no Go value of the argument's type.
var ErrConvert = errors.New("no Go value of the argument's type")

// ToString, ToUint8, ToUint16, ToUint64 and ToTime convert a value as the
// vectors write it to the type of a formatter's argument; an error wraps
// ErrConvert.
func ToString(s string) (string, error) { return s, nil }

// toUint reads decimal digits into a uint of bits bits.

func toUint(s string, bits int) (uint64, error) {
	n, err := strconv.ParseUint(s, 10, bits)
	if err != nil {
		return 0, fmt.Errorf("%w: %v", ErrConvert, err)
	}
	return n, nil
}

// ToUint8 converts a value to a uint8, as ToString says.
func ToUint8(s string) (uint8, error) {
	n, err := toUint(s, 8)
	return uint8(n), err
}

// ToUint16 converts a value to a uint16, as ToString says.
func ToUint16(s string) (uint16, error) {
	n, err := toUint(s, 16)
	return uint16(n), err
}

// ToUint64 converts a value to a uint64, as ToString says.
func ToUint64(s string) (uint64, error) { return toUint(s, 64) }

// ToTime reads a time-val; time.Parse takes a fraction of a second after
// the seconds without the layout's saying so.
func ToTime(s string) (time.Time, error) {
	t, err := time.Parse("20060102150405", s)
	if err != nil || len(s) < 14 {
		return time.Time{}, fmt.Errorf("%w: %q", ErrConvert, s)
	}
	return t, nil
}

// Millis writes a time as the vectors want a parsed one: to the
// millisecond.
func Millis(t time.Time) string {
	s := t.UTC().Format("20060102150405")
	if ms := t.Nanosecond() / 1e6; ms != 0 {
		s += "." + strings.TrimRight(fmt.Sprintf("%03d", ms), "0")
	}
	return s
}

// Answer runs one vector through the Go output and returns its result
// line; a panic is a result too. meanings holds every templated meaning of
// the table the output was generated from, by name.
func Answer(meanings map[string]Meaning, vector string) (res string) {
	defer func() {
		if p := recover(); p != nil {
			res = fmt.Sprintf("panic: %v", p)
		}
	}()
	f := strings.Split(vector, " ")
	if f[0] == "parse" || f[0] == "format" {
		if _, ok := meanings[f[1]]; !ok {
			return "no meaning " + f[1] + " in the dispatch: is it stale?"
		}
	}
	switch f[0] {
	case "parse":
		vs, ok := meanings[f[1]].Parse(unhex(f[2]))
		if !ok {
			return "no"
		}
		return "ok " + hexAll(vs)
	case "format":
		var vs []string
		if len(f) > 3 || f[2] != "" {
			for _, v := range f[2:] {
				vs = append(vs, unhex(v))
			}
		}
		text, err := meanings[f[1]].Format(vs)
		switch {
		case err == nil:
			return "ok " + h(text)
		case errors.Is(err, ErrConvert) || errors.Is(err, ftpcodes.ErrBadValue):
			return "error"
		}
		return "error not wrapping ErrBadValue: " + err.Error()
	case "reply-format":
		code, _ := strconv.Atoi(f[1])
		wire, err := ftpcodes.FormatReply(code, unhex(f[2]))
		switch {
		case err == nil:
			return "ok " + h(wire)
		case errors.Is(err, ftpcodes.ErrBadValue):
			return "error"
		}
		return "error not wrapping ErrBadValue: " + err.Error()
	case "reply-parse":
		lines := []string{}
		if f[1] != "-" {
			for _, l := range strings.Split(f[1], ",") {
				lines = append(lines, unhex(l))
			}
		}
		r, err := ftpcodes.ParseReply(lines)
		switch {
		case err == nil:
			return fmt.Sprintf("ok %d %s", int(r.Code), h(r.Text))
		case errors.Is(err, ftpcodes.ErrNotReply):
			return "error"
		}
		return "error not wrapping ErrNotReply: " + err.Error()
	case "reply-read":
		// Through a buffer smaller than a line and one larger than most
		// streams: ReadReply gives the same either way.
		data := []byte(unhex(f[1]))
		small, large := readOutcomes(data, 16), readOutcomes(data, 1<<16)
		if !slices.Equal(small, large) {
			return "buffer sizes disagree: " + strings.Join(small, " ") + " | " + strings.Join(large, " ")
		}
		return "ok " + strings.Join(small, " ")
	case "lookup":
		code, _ := strconv.Atoi(f[1])
		r, ok := ftpcodes.Lookup(code)
		if ok != ftpcodes.Code(code).IsKnown() || r.Text != ftpcodes.Text(code) || (ok && int(r.Code) != code) {
			return fmt.Sprintf("Lookup(%d) = %+v, %v; Text %q", code, r, ok, ftpcodes.Text(code))
		}
		if !ok {
			return "no"
		}
		class, group := "-", "-" // none, or a digit without a constant
		if c := r.Code.Class(); c != ftpcodes.ClassNone && c.Title() != "" {
			class = strconv.Itoa(int(c))
		}
		if g := r.Code.Group(); g != ftpcodes.GroupNone && g.Title() != "" {
			group = strconv.Itoa(int(g))
		}
		return "ok " + h(r.Text) + " " + class + " " + group
	case "expected":
		code, _ := strconv.Atoi(f[2])
		return strconv.FormatBool(ftpcodes.IsExpectedReply(unhex(f[1]), code))
	case "plausible":
		code, _ := strconv.Atoi(f[2])
		return strconv.FormatBool(ftpcodes.IsPlausibleReply(unhex(f[1]), code))
	}
	return clientAnswer(f)
}

// readOutcomes reads replies off data with ReadReply until the first
// outcome that is no reply, as reply-read vectors want them.
func readOutcomes(data []byte, size int) []string {
	r := bufio.NewReaderSize(bytes.NewReader(data), size)
	var out []string
	for {
		p, err := ftpcodes.ReadReply(r)
		switch {
		case err == nil:
			out = append(out, fmt.Sprintf("reply:%d:%s", int(p.Code), h(p.Text)))
			continue
		case err == io.EOF:
			out = append(out, "eof")
		case errors.Is(err, io.ErrUnexpectedEOF):
			out = append(out, "truncated")
		case errors.Is(err, ftpcodes.ErrLineTooLong):
			out = append(out, "line-too-long")
		case errors.Is(err, ftpcodes.ErrTooManyLines):
			out = append(out, "too-many-lines")
		case errors.Is(err, ftpcodes.ErrNotReply):
			out = append(out, "not-reply")
		default:
			out = append(out, "error:"+err.Error())
		}
		return out
	}
}

func h(s string) string {
	if s == "" {
		return "-"
	}
	return hex.EncodeToString([]byte(s))
}

func hexAll(vs []string) string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = h(v)
	}
	return strings.Join(out, " ")
}

func unhex(s string) string {
	if s == "-" {
		return ""
	}
	b, _ := hex.DecodeString(s)
	return string(b)
}
