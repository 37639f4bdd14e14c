package spec_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/ftpcodes/ftpcodes/spec"
)

// outcomes writes outcomes as the vectors do, without the hex: "reply:211:text".
func outcomes(os []spec.Outcome) string {
	var s []string
	for _, o := range os {
		if o.Kind == spec.OutcomeReply {
			s = append(s, fmt.Sprintf("reply:%d:%s", o.Code, o.Text))
		} else {
			s = append(s, o.Kind.String())
		}
	}
	return strings.Join(s, " | ")
}

func TestReadReplies(t *testing.T) {
	long := strings.Repeat("x", spec.MaxLineBytes-4) // "220 " + long is a line of the limit
	emoji := strings.Repeat("😀", 5000)               // 20,000 bytes, 5,000 code points
	lines := func(n int) string {
		return "211-first\r\n" + strings.Repeat(" line\r\n", n-2) + "211 last\r\n"
	}
	for _, tc := range []struct{ in, want string }{
		{"", "eof"},
		{"220 hi\r\n", "reply:220:hi | eof"},
		{"220 hi\n", "reply:220:hi | eof"},
		{"220\r\n", "reply:220: | eof"},
		{"220 \r\n", "reply:220: | eof"},
		// One CR is dropped, a second is text (issue 11, point 2).
		{"211 x\r\r\n", "reply:211:x\r | eof"},
		{"211-a\r\n211\r\r\n220 next\r\n", "truncated"},
		{"211-a\r\n211\r\r\n211 end\r\n", "reply:211:a\n211\r\nend | eof"},
		// A bare CR is text, never a line break (issue 11, point 5).
		{"150 ok\r226 done\r\n", "reply:150:ok\r226 done | eof"},
		// The end of the input (issue 11, point 3).
		{"220 hi", "truncated"},
		{"211 ok\r\n\r", "reply:211:ok | truncated"},
		{"\r", "truncated"},
		{"211-a\r\n", "truncated"},
		{"211-a\r\n211", "truncated"},
		{"220 a\r\n221 b\r\n", "reply:220:a | reply:221:b | eof"},
		// Not a reply; reading stops there.
		{"hello\r\n220 hi\r\n", "not-reply"},
		{"\r\n", "not-reply"},
		{"000 x\r\n", "not-reply"},
		{"099 x\r\n", "not-reply"},
		{"999 x\r\n", "reply:999:x | eof"},
		{"100 x\r\n", "reply:100:x | eof"},
		{"1000 x\r\n", "not-reply"},
		{"220x\r\n", "not-reply"},
		{"220\tx\r\n", "not-reply"},
		{"220\r\r\n", "not-reply"},
		{" 220 x\r\n", "not-reply"},
		{"220 a\r\nhello\r\n", "reply:220:a | not-reply"},
		{"hello", "truncated"},
		// A multi-line reply ends at its code alone or with a space.
		{"211-a\r\n211-b\r\n 211 c\r\n212 d\r\n211\r\n", "reply:211:a\n211-b\n 211 c\n212 d\n | eof"},
		{"211-\r\n211 \r\n", "reply:211:\n | eof"},
		// NUL and invalid UTF-8 are text; the text is decoded.
		{"220 a\x00b\r\n", "reply:220:a\x00b | eof"},
		{"220 \xe2\x82\r\n", "reply:220:\uFFFD | eof"},
		{"211-\xf0\x9f\r\n\xff\r\n211 \xc3\r\n", "reply:211:\uFFFD\n\uFFFD\n\uFFFD | eof"},
		// The limits, in bytes (issue 11, point 6).
		{"220 " + long + "\r\n", "reply:220:" + long + " | eof"},
		{"220 " + long + "\n", "reply:220:" + long + " | eof"},
		{"220 " + long + "x\r\n", "line-too-long"},
		{"220 " + long + "x\n", "line-too-long"},
		{"220 " + long + "\r", "truncated"},
		{"220 " + long + "x", "truncated"},
		{"220 " + long + "xx", "line-too-long"},
		{"220 " + emoji + "\r\n", "line-too-long"},
		{"220 " + emoji[:spec.MaxLineBytes-4] + "\r\n", "reply:220:" + emoji[:spec.MaxLineBytes-4] + " | eof"},
		{lines(spec.MaxReplyLines), "reply:211:first\n" + strings.Repeat(" line\n", spec.MaxReplyLines-2) + "last | eof"},
		{lines(spec.MaxReplyLines + 1), "too-many-lines"},
		{"211-a\r\n" + strings.Repeat("b\r\n", spec.MaxReplyLines-1), "too-many-lines"},
		{"211-a\r\n" + strings.Repeat("b\r\n", spec.MaxReplyLines-2), "truncated"},
	} {
		got := outcomes(spec.ReadReplies([]byte(tc.in)))
		if got != tc.want {
			t.Errorf("ReadReplies(%.60q) = %.120q, want %.120q", tc.in, got, tc.want)
		}
	}
}

// TestReplyReaderSticky checks that an error ends reading for good.
func TestReplyReaderSticky(t *testing.T) {
	var r spec.ReplyReader
	for _, c := range []byte("hi\n") {
		r.Byte(c)
	}
	if o, ok := r.Byte('2'); !ok || o.Kind != spec.OutcomeNotReply {
		t.Errorf("after not-reply, Byte = %v, %v", o, ok)
	}
	if o := r.End(); o.Kind != spec.OutcomeNotReply {
		t.Errorf("after not-reply, End = %v", o)
	}
}

// TestParseReplyAgrees checks that ParseReply gives what ReadReplies gives
// for the lines, each followed by an LF, and an error for what is not one
// reply and a clean end.
func TestParseReplyAgrees(t *testing.T) {
	long := strings.Repeat("x", spec.MaxLineBytes)
	for _, lines := range [][]string{
		{"211-a", "211\r\r"}, {"211-a", "211\r"}, {"211 x\r\r"}, {"211 x\r"}, {"220 a\x00"}, {"220 \xe2\x82"},
		{"211-a", "211\r", "211 b"}, {"hello"}, {"220 a", "220 b"}, {"211-a"}, {long}, {"220 " + long[4:]},
		{"220 " + long[3:]}, {"220 " + long[3:] + "\r"}, {"220 " + long[2:] + "\r"}, {"220 a\nb"}, {"211-a\n211 b"},
		append(append([]string{"211-a"}, strings.Split(strings.Repeat("b,", spec.MaxReplyLines-2), ",")[:spec.MaxReplyLines-2]...), "211 c"),
		append(append([]string{"211-a"}, strings.Split(strings.Repeat("b,", spec.MaxReplyLines-1), ",")[:spec.MaxReplyLines-1]...), "211 c"),
	} {
		code, text, err := spec.ParseReply(lines)
		got := "error"
		if err == nil {
			got = fmt.Sprintf("reply:%d:%s | eof", code, text)
		} else if !errors.Is(err, spec.ErrReply) {
			t.Errorf("ParseReply(%.40q): %v does not wrap ErrReply", lines, err)
		}
		want := "error"
		if !strings.Contains(strings.Join(lines, ""), "\n") {
			read := spec.ReadReplies([]byte(strings.Join(lines, "\n") + "\n"))
			if len(read) == 2 && read[0].Kind == spec.OutcomeReply {
				want = outcomes(read)
			}
		}
		if got != want {
			t.Errorf("ParseReply(%.40q) = %.80q, want %.80q", lines, got, want)
		}
	}
}

// TestDecodeText checks the U+FFFD substitution against the examples of
// the Unicode Standard, chapter 3, section 3.9 (Tables 3-8 to 3-11), which
// CPython's errors="replace" and WHATWG's TextDecoder give too.
func TestDecodeText(t *testing.T) {
	const r = "\uFFFD"
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"plain", "plain"},
		{"déjà 🚀 \uFFFD", "déjà 🚀 \uFFFD"},
		{"\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64", "a" + r + r + r + "b" + r + "c" + r + r + "d"},
		{"\xC0\xAF\xE0\x80\xBF\xF0\x81\x82\x41", strings.Repeat(r, 8) + "A"},
		{"\xED\xA0\x80\xED\xBF\xBF\xED\xAF\x41", strings.Repeat(r, 8) + "A"},
		{"\xF4\x91\x92\x93\xFF\x41\x80\xBF\x42", strings.Repeat(r, 5) + "A" + r + r + "B"},
		{"\xE1\x80\xE2\xF0\x91\x92\xF1\xBF\x41", strings.Repeat(r, 4) + "A"},
		{"\xe2\x82", r}, {"\xe2\x82\xac", "€"}, {"\xf0\x9f\x98", r}, {"\xf0\x9f\x98\x80", "😀"},
		{"\xf4\x90\x80\x80", r + r + r + r}, {"\xf4\x8f\xbf\xbf", "\U0010FFFF"}, {"\xed\x9f\xbf", "\uD7FF"},
		{"\xc1\xbf", r + r}, {"\xc2", r}, {"\xc2\x80", "\u0080"}, {"\xf8\x88\x80\x80\x80", strings.Repeat(r, 5)},
		{"\x00\x7f", "\x00\x7f"}, {"a\xffb", "a" + r + "b"}, {"\xe0\xa0", r}, {"\xe0\x9f\x80", r + r + r},
	} {
		if got := spec.DecodeText([]byte(tc.in)); got != tc.want {
			t.Errorf("DecodeText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	// Every two-byte input decodes to valid UTF-8, and valid input to itself.
	for i := 0; i < 1<<16; i++ {
		b := []byte{byte(i >> 8), byte(i)}
		got := spec.DecodeText(b)
		if !utf8.ValidString(got) || (utf8.Valid(b) && got != string(b)) {
			t.Fatalf("DecodeText(%q) = %q", b, got)
		}
	}
}

// FuzzReadReplies reads replies off any bytes: nothing panics, reading
// ends with one outcome that is not a reply, every reply has a code from
// 100 to 999 and valid UTF-8 text, and ParseReply gives for the lines of
// the bytes what ReadReplies gives when they are one reply, and an error
// when they are not.
func FuzzReadReplies(f *testing.F) {
	for _, s := range []string{"220 x\r\n", "211-a\r\n b\r\n211 c\r\n", "211 x\r\r\n", "211-a\r\n211\r\r\n220 next\r\n",
		"220 hi", "211 ok\r\n\r", "150 ok\r226 done\r\n", "220 \xe2\x82\xff\x00\r\n", "000 x\r\n", "1000 x\r\n", "\r\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		read := spec.ReadReplies(data)
		for i, o := range read {
			last := i == len(read)-1
			if (o.Kind == spec.OutcomeReply) == last {
				t.Fatalf("ReadReplies(%q) = %s", data, outcomes(read))
			}
			if o.Kind == spec.OutcomeReply && (o.Code < 100 || o.Code > 999 || !utf8.ValidString(o.Text)) {
				t.Fatalf("ReadReplies(%q) = %s", data, outcomes(read))
			}
		}
		if len(data) == 0 || data[len(data)-1] != '\n' {
			return
		}
		lines := strings.Split(string(data[:len(data)-1]), "\n")
		code, text, err := spec.ParseReply(lines)
		one := len(read) == 2 && read[0].Kind == spec.OutcomeReply && read[1].Kind == spec.OutcomeEOF
		if one != (err == nil) || (one && (code != read[0].Code || text != read[0].Text)) {
			t.Fatalf("ParseReply(%q) = %d, %q, %v; ReadReplies gives %s", lines, code, text, err, outcomes(read))
		}
	})
}
