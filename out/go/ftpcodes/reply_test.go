package ftpcodes_test

// Hand-written, not generated: the generated ReadReply and ParseReply
// against spec's reference reader (spec.ReadReplies), on the findings of
// issue 11 and on any bytes the fuzzer makes.

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/ftpcodes/ftpcodes/out/go/ftpcodes"
	"github.com/ftpcodes/ftpcodes/spec"
)

// readAll reads replies off data through a bufio.Reader of size bytes
// until an error, and writes the outcomes as spec's outcome kinds name them.
func readAll(data []byte, size int) string {
	r := bufio.NewReaderSize(strings.NewReader(string(data)), size)
	var out []string
	for {
		p, err := ftpcodes.ReadReply(r)
		switch {
		case err == nil:
			out = append(out, fmt.Sprintf("reply:%d:%q", int(p.Code), p.Text))
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
			out = append(out, "error "+err.Error())
		}
		return strings.Join(out, " ")
	}
}

// reference is what spec.ReadReplies gives for data, written as readAll
// writes it.
func reference(data []byte) string {
	var out []string
	for _, o := range spec.ReadReplies(data) {
		if o.Kind == spec.OutcomeReply {
			out = append(out, fmt.Sprintf("reply:%d:%q", o.Code, o.Text))
		} else {
			out = append(out, o.Kind.String())
		}
	}
	return strings.Join(out, " ")
}

// issue11 are the streams on which the languages disagreed.
var issue11 = []string{
	"211 x\r\r\n", "211-a\r\n211\r\r\n220 next\r\n", "220 hi", "211 ok\r\n\r", "\r",
	"220 " + strings.Repeat("😀", 5000) + "\r\n", "150 ok\r226 done\r\n",
	"220 " + strings.Repeat("x", 8188) + "\r\n", "220 " + strings.Repeat("x", 8189) + "\r\n",
	"220 " + strings.Repeat("x", 8190) + "\r\n", "220 " + strings.Repeat("x", 8188) + "\r",
	"220 " + strings.Repeat("x", 8189), "220 " + strings.Repeat("x", 8190),
	"211-a\r\n" + strings.Repeat("b\r\n", 998) + "211 c\r\n", "211-a\r\n" + strings.Repeat("b\r\n", 999) + "211 c\r\n",
	"220 \xe2\x82\r\n", "220 \xf0\x9f\x98\xff\xc0\xaf\xed\xa0\x80\r\n", "220 a\x00b\r\n",
	"000 x\r\n", "099 x\r\n", "999 x\r\n", "1000 x\r\n",
}

func TestReadReplyAgainstSpec(t *testing.T) {
	for _, s := range issue11 {
		want := reference([]byte(s))
		for _, size := range []int{16, 4096, 1 << 16} {
			if got := readAll([]byte(s), size); got != want {
				t.Errorf("ReadReply(%.40q), buffer %d: %.100s; spec gives %.100s", s, size, got, want)
			}
		}
	}
}

// FuzzReadReplySpec compares ReadReply, through a small and a large
// buffer, with spec.ReadReplies on any bytes, and ParseReply with
// spec.ParseReply on the lines of the bytes.
func FuzzReadReplySpec(f *testing.F) {
	for _, s := range issue11 {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		want := reference(data)
		for _, size := range []int{16, 4096} {
			if got := readAll(data, size); got != want {
				t.Fatalf("ReadReply(%q), buffer %d: %s; spec gives %s", data, size, got, want)
			}
		}
		lines := strings.Split(string(data), "\n")
		p, err := ftpcodes.ParseReply(lines)
		code, text, werr := spec.ParseReply(lines)
		if (err == nil) != (werr == nil) || (err == nil && (int(p.Code) != code || p.Text != text)) {
			t.Fatalf("ParseReply(%q) = %+v, %v; spec gives %d, %q, %v", lines, p, err, code, text, werr)
		}
	})
}
