package spec

import (
	"errors"
	"fmt"
	"strings"
)

// FormatReply and ParseReply define the reply-line framing of RFC 959
// section 4.2 that every language's generated code implements.
//
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

// ParseReply reads one complete reply from its lines, as read off a
// connection without their line ends (a trailing CR is ignored). It returns
// the code and the text: for a multi-line reply the first line's text after
// "ddd-", the lines between as they are, and the last line's text after
// "ddd ", joined with LF. A line "ddd" alone is a reply with empty text.
// Lines after the reply's last line, a multi-line reply without its last
// line, or a first line that is not "ddd " or "ddd-" are errors.
func ParseReply(lines []string) (code int, text string, err error) {
	if len(lines) == 0 {
		return 0, "", fmt.Errorf("%w: no lines", ErrReply)
	}
	clean := make([]string, len(lines))
	for i, l := range lines {
		clean[i] = strings.TrimSuffix(l, "\r")
	}
	first := clean[0]
	code, sep, ok := replyStart(first)
	if !ok {
		return 0, "", fmt.Errorf("%w: %q does not start with a three-digit code and a space or hyphen", ErrReply, first)
	}
	if sep != '-' {
		if len(clean) > 1 {
			return 0, "", fmt.Errorf("%w: %d lines after a single-line reply", ErrReply, len(clean)-1)
		}
		return code, rest(first), nil
	}
	parts := []string{first[4:]}
	for i := 1; i < len(clean); i++ {
		l := clean[i]
		if c, s, ok := replyStart(l); ok && c == code && s != '-' {
			if i != len(clean)-1 {
				return 0, "", fmt.Errorf("%w: %d lines after the last line of the reply", ErrReply, len(clean)-1-i)
			}
			return code, strings.Join(append(parts, rest(l)), "\n"), nil
		}
		parts = append(parts, l)
	}
	return 0, "", fmt.Errorf("%w: the multi-line %d reply has no last line (\"%d text\")", ErrReply, code, code)
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

func rest(l string) string {
	if len(l) <= 4 {
		return ""
	}
	return l[4:]
}
