// Package ftpsession records FTP sessions from real servers and keeps them as
// transcripts: every command a scripted client sent and every reply line the
// server answered, exactly as they crossed the control connection.
//
// The transcripts under golden/transcripts are recorded by this package's
// tests from servers started on loopback (see the Makefile's ftpservers
// target), and replayed against the generated Go table to list the replies
// the RFCs do not list for their command.
//
// A transcript's text has one line per line of the control connection,
// without the CRLF: "C: " and the command, or "S: " and a reply line. The
// server's greeting comes first, before any command; a command's replies
// follow it, a preliminary (1yz) reply and the reply completing it included.
package ftpsession

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
)

// Reply is one reply as the server sent it.
type Reply struct {
	Code  int
	Lines []string // every line without its CRLF; a multi-line reply has several (RFC 959 section 4.2)
}

// Text returns the text of the reply's first line, after the code and the
// space or hyphen that follows it.
func (r Reply) Text() string {
	if len(r.Lines) == 0 || len(r.Lines[0]) <= 4 {
		return ""
	}
	return r.Lines[0][4:]
}

// Exchange is a command and the replies it received. The greeting is an
// exchange without a command.
type Exchange struct {
	Command string // as sent, without CRLF; "" for the greeting
	Replies []Reply
}

// Verb returns the command's verb in upper case ("" for the greeting).
func (e Exchange) Verb() string {
	verb, _, _ := strings.Cut(e.Command, " ")
	return strings.ToUpper(verb)
}

// Codes returns the codes of the exchange's replies, in order.
func (e Exchange) Codes() []int {
	codes := make([]int, len(e.Replies))
	for i, r := range e.Replies {
		codes[i] = r.Code
	}
	return codes
}

// Transcript is a recorded session, greeting first.
type Transcript []Exchange

// Format returns the transcript's text: "C: command" and "S: reply line"
// lines, each ending in a newline.
func (tr Transcript) Format() []byte {
	var b bytes.Buffer
	for _, e := range tr {
		if e.Command != "" {
			fmt.Fprintf(&b, "C: %s\n", e.Command)
		}
		for _, r := range e.Replies {
			for _, l := range r.Lines {
				fmt.Fprintf(&b, "S: %s\n", l)
			}
		}
	}
	return b.Bytes()
}

// ParseTranscript reads a transcript's text, checking that every reply is
// framed as RFC 959 section 4.2 says (see ReadReply).
func ParseTranscript(data []byte) (Transcript, error) {
	text := string(data)
	if text != "" && !strings.HasSuffix(text, "\n") {
		return nil, errors.New("transcript does not end in a newline")
	}
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	if text == "" {
		lines = nil
	}
	var tr Transcript
	for i := 0; i < len(lines); {
		switch l := lines[i]; {
		case strings.HasPrefix(l, "C: "):
			if strings.ContainsAny(l[3:], "\r\n") || l[3:] == "" {
				return nil, fmt.Errorf("line %d: bad command line %q", i+1, l)
			}
			tr = append(tr, Exchange{Command: l[3:]})
			i++
		case strings.HasPrefix(l, "S: "):
			if len(tr) == 0 {
				tr = append(tr, Exchange{}) // the greeting
			}
			start := i
			r, err := ReadReply(func() (string, error) {
				if i >= len(lines) || !strings.HasPrefix(lines[i], "S: ") {
					return "", errors.New("reply ends before its last line")
				}
				i++
				return lines[i-1][3:], nil
			})
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", start+1, err)
			}
			tr[len(tr)-1].Replies = append(tr[len(tr)-1].Replies, r)
		default:
			return nil, fmt.Errorf("line %d: %q is neither \"C: command\" nor \"S: reply line\"", i+1, l)
		}
	}
	return tr, nil
}

// ReadReply reads one reply, line by line from next, as RFC 959 section
// 4.2 frames it: a single line "xyz text" (or just "xyz"), or a first line
// "xyz-text", any continuation lines, and a last line that starts with the
// same code followed by a space (or is just the code). The code's first
// digit must be 1 to 6 (6 for RFC 2228's protected replies).
func ReadReply(next func() (string, error)) (Reply, error) {
	first, err := next()
	if err != nil {
		return Reply{}, err
	}
	code, sep, err := replyCode(first)
	if err != nil {
		return Reply{}, err
	}
	r := Reply{Code: code, Lines: []string{first}}
	if sep != '-' {
		return r, nil
	}
	prefix := first[:3]
	for {
		l, err := next()
		if err != nil {
			return Reply{}, fmt.Errorf("multi-line reply %s: %w", prefix, err)
		}
		r.Lines = append(r.Lines, l)
		if l == prefix || strings.HasPrefix(l, prefix+" ") {
			return r, nil
		}
	}
}

// replyCode parses the code at the start of a reply's first line and
// returns it with the byte after it (0 at the end of the line).
func replyCode(line string) (int, byte, error) {
	if len(line) < 3 || !isDigit(line[0]) || !isDigit(line[1]) || !isDigit(line[2]) {
		return 0, 0, fmt.Errorf("reply line %q does not start with three digits", line)
	}
	if line[0] < '1' || line[0] > '6' {
		return 0, 0, fmt.Errorf("reply line %q: the first digit of a reply code is 1 to 6", line)
	}
	code := int(line[0]-'0')*100 + int(line[1]-'0')*10 + int(line[2]-'0')
	if len(line) == 3 {
		return code, 0, nil
	}
	if line[3] != ' ' && line[3] != '-' {
		return 0, 0, fmt.Errorf("reply line %q: the code must be followed by a space or a hyphen", line)
	}
	return code, line[3], nil
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
