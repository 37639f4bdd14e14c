package difftest

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ftpcodes/ftpcodes/internal/toolchain"
	"github.com/ftpcodes/ftpcodes/out/go/ftpcodes"
	"github.com/ftpcodes/ftpcodes/spec"
)

// This file is the Go driver of the vector protocol, in process: the
// vectors reach the Go output in out/go/ftpcodes directly, its formatters
// and parsers through dispatch_go_test.go.

// goMeaning is a templated meaning's formatter and parser, taking and
// giving values as the vectors write them (not in hex).
type goMeaning struct {
	format func(vs []string) (string, error)
	parse  func(text string) ([]string, bool)
}

// goMeanings holds every templated meaning of the shipped table, by name;
// dispatch_go_test.go fills it in.
var goMeanings map[string]goMeaning

// errConvert says that a value has no Go value of the argument's type.
var errConvert = errors.New("no Go value of the argument's type")

func toString(s string) (string, error) { return s, nil }

func toUint(s string, bits int) (uint64, error) {
	n, err := strconv.ParseUint(s, 10, bits)
	if err != nil {
		return 0, fmt.Errorf("%w: %v", errConvert, err)
	}
	return n, nil
}

func toUint8(s string) (uint8, error) {
	n, err := toUint(s, 8)
	return uint8(n), err
}

func toUint16(s string) (uint16, error) {
	n, err := toUint(s, 16)
	return uint16(n), err
}

func toUint64(s string) (uint64, error) { return toUint(s, 64) }

// toTime reads a time-val; time.Parse takes a fraction of a second after
// the seconds without the layout's saying so.
func toTime(s string) (time.Time, error) {
	t, err := time.Parse("20060102150405", s)
	if err != nil || len(s) < 14 {
		return time.Time{}, fmt.Errorf("%w: %q", errConvert, s)
	}
	return t, nil
}

// millis writes a time as the vectors want a parsed one: to the millisecond.
func millis(t time.Time) string {
	s := t.UTC().Format("20060102150405")
	if ms := t.Nanosecond() / 1e6; ms != 0 {
		s += "." + strings.TrimRight(fmt.Sprintf("%03d", ms), "0")
	}
	return s
}

// goAnswer runs one vector through the Go output and returns its result
// line; a panic is a result too.
func goAnswer(vector string) (res string) {
	defer func() {
		if p := recover(); p != nil {
			res = fmt.Sprintf("panic: %v", p)
		}
	}()
	f := strings.Split(vector, " ")
	switch f[0] {
	case "parse":
		vs, ok := goMeanings[f[1]].parse(unhex(f[2]))
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
		text, err := goMeanings[f[1]].format(vs)
		switch {
		case err == nil:
			return "ok " + h(text)
		case errors.Is(err, errConvert) || errors.Is(err, ftpcodes.ErrBadValue):
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
	}
	return "unknown vector"
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

// goRun is the Runner of the Go output.
func goRun(vectors []string) ([]string, string, error) {
	out := make([]string, len(vectors))
	for i, v := range vectors {
		out[i] = goAnswer(v)
	}
	return out, "", nil
}

// TestDiff is the differential test for Go, in process.
func TestDiff(t *testing.T) {
	tbl, err := spec.Default()
	if err != nil {
		t.Fatal(err)
	}
	Check(t, "go", tbl, goRun)
}

// TestGenerate checks that the generator is deterministic, writes only
// vectors spec answers, and reaches every kind spec answers and both
// outcomes of each.
func TestGenerate(t *testing.T) {
	tbl, err := spec.Default()
	if err != nil {
		t.Fatal(err)
	}
	a, b := Generate(tbl, 7, 3000), Generate(tbl, 7, 3000)
	if strings.Join(a, "\n") != strings.Join(b, "\n") {
		t.Fatal("the same seed gives other vectors")
	}
	outcomes := map[string]bool{}
	for _, v := range a {
		res := toolchain.Answer(tbl, v)
		if res == "unknown vector" {
			t.Fatalf("spec does not answer %.200s", v)
		}
		kind, _, _ := strings.Cut(v, " ")
		first, _, _ := strings.Cut(res, " ")
		outcomes[kind+" "+first] = true
	}
	for _, k := range []string{"parse ok", "parse no", "format ok", "format error", "reply-parse ok", "reply-parse error",
		"reply-format ok", "reply-format error", "lookup ok", "lookup no", "expected true", "expected false"} {
		if !outcomes[k] {
			t.Errorf("no vector with outcome %q", k)
		}
	}
}

func TestQuote(t *testing.T) {
	for in, want := range map[string]string{
		"":                                  `""`,
		"a\r\n":                             `"a\r\n"`,
		"x" + strings.Repeat(`"`, 20) + "y": `"x"+strings.Repeat("\"", 20)+"y"`,
		strings.Repeat("é", 10):             `"éééééééééé"`,
		strings.Repeat("\xff", 16):          `strings.Repeat("\xff", 16)`,
	} {
		if got := quote(in); got != want {
			t.Errorf("quote(%q) = %s, want %s", in, got, want)
		}
	}
}
