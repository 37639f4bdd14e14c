package spec

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// This file defines the reply framing of RFC 959, section 4.2, that every
// language's generated code follows exactly: how replies are written
// (FormatReply) and how they are read off a byte stream (ReplyReader,
// ReadReplies, and ParseReply for lines already split). It is THE
// definition; each language's reader gives the same outcome for the same
// bytes, and the tests compare them on conformance.Vectors.
//
// Reading replies off a byte stream:
//
//  1. A line ends at LF. Its content is the bytes before that LF, with
//     exactly one CR dropped if the byte before the LF is CR. Any other CR,
//     bare or a second one, is data, never a line break.
//  2. Limits are counted in bytes: a line's content is at most MaxLineBytes
//     (8192) bytes, and a reply has at most MaxReplyLines (1000) lines.
//     Reading fails with line-too-long as soon as more than MaxLineBytes+1
//     bytes are pending without an LF (no valid line can follow), or when a
//     complete line's content is longer than MaxLineBytes; and with
//     too-many-lines as soon as a reply's MaxReplyLines-th line has been
//     read and does not end it, without reading further. A reader holds no
//     more than about one line in memory, besides the reply's text.
//  3. A reply's first line starts with a code from 100 to 999 (three ASCII
//     digits, the first 1 to 9) followed by the end of the line, a space or
//     a hyphen; any other complete first line is not-reply. "ddd-" starts a
//     multi-line reply, which ends at the first later line that is the same
//     code alone or the same code and a space; the lines between are text,
//     whatever they hold.
//  4. The end of the input with no byte since the last complete reply is a
//     clean end (eof). The end of the input anywhere else, within a
//     multi-line reply or after a line without its LF, even a lone CR, is
//     truncated: a truncated reply is not a reply.
//  5. The text is decoded as UTF-8, each maximal ill-formed subsequence
//     replaced by one U+FFFD (the Unicode Standard's recommended practice,
//     as WHATWG's TextDecoder and Python's errors="replace" do; see
//     DecodeText). A reply's text is what follows "ddd " or "ddd-" on its
//     first line, the lines between as they are, and what follows "ddd " on
//     its last line, joined with LF; "ddd" alone has empty text.
//
// Reading stops at the first outcome that is not a reply: reading further
// after an error would have to guess where the next reply starts.

// The limits of reading a reply: the longest line content, in bytes, and
// the most lines in one reply.
const (
	MaxLineBytes  = 8192
	MaxReplyLines = 1000
)

// The years a time-val may have, in every language: RFC 3659's four
// digits, but not the year 0000, which Python's datetime cannot hold (its
// MINYEAR is 1). A formatter refuses a time outside them, and a parser
// reads no such time: to it the text does not have the template's shape.
const (
	MinYear = 1
	MaxYear = 9999
)

// OutcomeKind is what reading a reply off a byte stream gives.
type OutcomeKind int

// The outcomes of reading a reply; every one but OutcomeReply ends reading.
const (
	OutcomeReply        OutcomeKind = iota + 1 // a complete reply
	OutcomeEOF                                 // a clean end of the input, between replies
	OutcomeTruncated                           // the input ends within a reply or a line
	OutcomeNotReply                            // a first line that does not start a reply
	OutcomeLineTooLong                         // a line longer than MaxLineBytes
	OutcomeTooManyLines                        // a reply of more than MaxReplyLines lines
)

// String returns the outcome's name as the test vectors write it:
// "reply", "eof", "truncated", "not-reply", "line-too-long" or
// "too-many-lines".
func (k OutcomeKind) String() string {
	switch k {
	case OutcomeReply:
		return "reply"
	case OutcomeEOF:
		return "eof"
	case OutcomeTruncated:
		return "truncated"
	case OutcomeNotReply:
		return "not-reply"
	case OutcomeLineTooLong:
		return "line-too-long"
	case OutcomeTooManyLines:
		return "too-many-lines"
	}
	return "OutcomeKind(" + strconv.Itoa(int(k)) + ")"
}

// describe says what went wrong, for an error message.
func (k OutcomeKind) describe() string {
	switch k {
	case OutcomeTruncated:
		return "the input ends within a reply"
	case OutcomeNotReply:
		return "the line does not start with a code from 100 to 999 and a space, a hyphen or its end"
	case OutcomeLineTooLong:
		return fmt.Sprintf("a line longer than %d bytes", MaxLineBytes)
	case OutcomeTooManyLines:
		return fmt.Sprintf("a reply of more than %d lines", MaxReplyLines)
	}
	return k.String()
}

// Outcome is one result of reading off a byte stream: a reply, with its
// code and text, or the reason reading ended.
type Outcome struct {
	Kind OutcomeKind
	Code int    // the reply's code, 100 to 999; 0 for other kinds
	Text string // the reply's text, valid UTF-8; "" for other kinds
}

// ReplyReader reads replies off a byte stream, one byte at a time, by the
// rules above. Its zero value is ready to use.
type ReplyReader struct {
	line  []byte   // the pending line, without an LF; at most MaxLineBytes+1 bytes
	code  int      // the code of the multi-line reply being read, 0 between replies
	parts []string // that reply's text so far, a part per line
	done  *Outcome // the outcome that ended reading, once there is one
}

// Byte reads the next byte of the input. It returns an outcome, and true,
// when the byte completes a reply (OutcomeReply) or ends reading with an
// error; then every later call returns that error again.
func (r *ReplyReader) Byte(c byte) (Outcome, bool) {
	if r.done != nil {
		return *r.done, true
	}
	if c != '\n' {
		r.line = append(r.line, c)
		if len(r.line) > MaxLineBytes+1 {
			return r.fail(OutcomeLineTooLong)
		}
		return Outcome{}, false
	}
	line := r.line
	if n := len(line); n > 0 && line[n-1] == '\r' {
		line = line[:n-1]
	}
	r.line = r.line[:0]
	if len(line) > MaxLineBytes {
		return r.fail(OutcomeLineTooLong)
	}
	code, sep, ok := replyStart(string(line))
	switch {
	case r.code == 0 && !ok:
		return r.fail(OutcomeNotReply)
	case r.code == 0 && sep == '-':
		r.code = code
		r.parts = []string{DecodeText(line[4:])}
		return Outcome{}, false
	case r.code == 0:
		return Outcome{Kind: OutcomeReply, Code: code, Text: DecodeText(rest(line))}, true
	case ok && code == r.code && sep != '-':
		text := strings.Join(append(r.parts, DecodeText(rest(line))), "\n")
		r.code, r.parts = 0, nil
		return Outcome{Kind: OutcomeReply, Code: code, Text: text}, true
	}
	r.parts = append(r.parts, DecodeText(line))
	if len(r.parts) == MaxReplyLines {
		return r.fail(OutcomeTooManyLines)
	}
	return Outcome{}, false
}

// End reads the end of the input: OutcomeEOF if no byte came since the
// last complete reply, else OutcomeTruncated, or the error that ended
// reading before.
func (r *ReplyReader) End() Outcome {
	if r.done != nil {
		return *r.done
	}
	if r.code != 0 || len(r.line) > 0 {
		o, _ := r.fail(OutcomeTruncated)
		return o
	}
	return Outcome{Kind: OutcomeEOF}
}

func (r *ReplyReader) fail(k OutcomeKind) (Outcome, bool) {
	r.done = &Outcome{Kind: k}
	r.line, r.parts = nil, nil
	return *r.done, true
}

// ReadReplies reads replies off data, then its end: the replies in order,
// and last the outcome that ends reading (OutcomeEOF if data is nothing
// but complete replies).
func ReadReplies(data []byte) []Outcome {
	var r ReplyReader
	var out []Outcome
	for _, c := range data {
		if o, ok := r.Byte(c); ok {
			out = append(out, o)
			if o.Kind != OutcomeReply {
				return out
			}
		}
	}
	return append(out, r.End())
}

// DecodeText decodes b as UTF-8, replacing each maximal subpart of an
// ill-formed subsequence with one U+FFFD, as the Unicode Standard
// recommends (chapter 3, "U+FFFD Substitution of Maximal Subparts"): a
// maximal subpart is the longest start of a well-formed sequence (Table
// 3-7) that is there, or else a single byte. So "\xe2\x82" (two of the
// three bytes of "€") gives one U+FFFD, where Go's utf8.DecodeRune and
// strings.ToValidUTF8 would give two or one for a run.
func DecodeText(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	var s strings.Builder
	s.Grow(len(b) + 8)
	for i := 0; i < len(b); {
		c, size := utf8.DecodeRune(b[i:])
		if c != utf8.RuneError || size > 1 {
			s.Write(b[i : i+size])
			i += size
			continue
		}
		s.WriteRune(utf8.RuneError)
		i += maximalSubpart(b[i:])
	}
	return s.String()
}

// maximalSubpart returns the length of the maximal subpart at the start of
// b, which is not a well-formed sequence: the lead byte and the
// continuation bytes after it that Table 3-7 allows, or 1 for a byte that
// starts no sequence.
func maximalSubpart(b []byte) int {
	var need int
	lo, hi := byte(0x80), byte(0xBF) // the second byte's range
	switch c := b[0]; {
	case 0xC2 <= c && c <= 0xDF:
		need = 1
	case c == 0xE0:
		need, lo = 2, 0xA0
	case c == 0xED:
		need, hi = 2, 0x9F
	case 0xE1 <= c && c <= 0xEF:
		need = 2
	case c == 0xF0:
		need, lo = 3, 0x90
	case c == 0xF4:
		need, hi = 3, 0x8F
	case 0xF1 <= c && c <= 0xF3:
		need = 3
	default:
		return 1
	}
	n := 1
	for ; n <= need && n < len(b); n++ {
		if b[n] < lo || b[n] > hi {
			break
		}
		lo, hi = 0x80, 0xBF
	}
	return n
}

// FormatReply writes a reply for the wire. A message without a line feed
// becomes one line, "227 Entering Passive Mode (...).\r\n". A message with
// line feeds becomes a multi-line reply: the first line "211-First", the
// lines between as they are, except that one beginning with a digit gets a
// leading space so that it can never read as a reply line of its own, and
// the last line "211 End". The code must have three digits, 100 to 999;
// the message must not contain CR or NUL.
func FormatReply(code int, message string) (string, error) {
	if code < 100 || code > 999 {
		return "", fmt.Errorf("%w: reply code %d is not three digits from 100 to 999", ErrValue, code)
	}
	if strings.ContainsAny(message, "\r\x00") {
		return "", fmt.Errorf("%w: the message contains CR or NUL; separate lines with LF alone", ErrValue)
	}
	lines := strings.Split(message, "\n")
	var b strings.Builder
	for i, line := range lines {
		switch {
		case len(lines) == 1:
			fmt.Fprintf(&b, "%d %s", code, line)
		case i == 0:
			fmt.Fprintf(&b, "%d-%s", code, line)
		case i == len(lines)-1:
			fmt.Fprintf(&b, "%d %s", code, line)
		case line != "" && isDigit(line[0]):
			b.WriteString(" " + line)
		default:
			b.WriteString(line)
		}
		b.WriteString("\r\n")
	}
	return b.String(), nil
}

// ErrReply is wrapped by every error ParseReply returns.
var ErrReply = errors.New("not an FTP reply")

// ParseReply reads one complete reply from its lines: the bytes of each
// line as read off a connection up to its LF, without the LF. It follows
// the rules of ReplyReader exactly: it returns the code and text that a
// ReplyReader gives for the lines, each followed by an LF, when they are
// one reply and nothing more. So one CR at the end of a line is dropped
// and any other CR is text; a line must not contain an LF, nor be longer
// than MaxLineBytes after its CR is dropped; a reply has at most
// MaxReplyLines lines; and the text is decoded as ReplyReader decodes it.
// Lines after the reply's last line, a multi-line reply without its last
// line, or a first line that is not a reply's are errors too.
func ParseReply(lines []string) (code int, text string, err error) {
	if len(lines) == 0 {
		return 0, "", fmt.Errorf("%w: no lines", ErrReply)
	}
	var r ReplyReader
	for i, l := range lines {
		if strings.Contains(l, "\n") {
			return 0, "", fmt.Errorf("%w: line %d contains an LF", ErrReply, i+1)
		}
		var o Outcome
		done := false
		for j := 0; j <= len(l) && !done; j++ {
			c := byte('\n')
			if j < len(l) {
				c = l[j]
			}
			o, done = r.Byte(c)
		}
		switch {
		case !done:
			continue
		case o.Kind != OutcomeReply:
			return 0, "", fmt.Errorf("%w: line %d: %s", ErrReply, i+1, o.Kind.describe())
		case i != len(lines)-1:
			return 0, "", fmt.Errorf("%w: %d lines after the last line of the reply", ErrReply, len(lines)-1-i)
		}
		return o.Code, o.Text, nil
	}
	return 0, "", fmt.Errorf("%w: the multi-line reply has no last line, with its code and a space", ErrReply)
}

// replyStart reads "ddd", "ddd " or "ddd-" at the start of a line; sep is
// ' ', '-' or 0 for a line of the code alone.
func replyStart(l string) (code int, sep byte, ok bool) {
	if len(l) < 3 || !isDigit(l[0]) || !isDigit(l[1]) || !isDigit(l[2]) || l[0] == '0' {
		return 0, 0, false
	}
	code = int(l[0]-'0')*100 + int(l[1]-'0')*10 + int(l[2]-'0')
	switch {
	case len(l) == 3:
		return code, 0, true
	case l[3] == ' ' || l[3] == '-':
		return code, l[3], true
	}
	return 0, 0, false
}

func rest(l []byte) []byte {
	if len(l) <= 4 {
		return nil
	}
	return l[4:]
}
