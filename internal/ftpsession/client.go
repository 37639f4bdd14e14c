package ftpsession

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"
	"strings"
	"time"
)

// The tree every recorded server serves: a file with a fixed modification
// time and a subdirectory, at the anonymous root.
const (
	FileName    = "hello.txt"
	FileContent = "Hello from ftpcodes.\n"
	DirName     = "sub"
)

// FileTime is the file's modification time.
var FileTime = time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC)

// Step is one command of a scripted session.
type Step struct {
	Command string // sent as is, followed by CRLF
	// Data opens a data connection before the command is sent, to the port
	// of the last 227 (PASV) or 229 (EPSV) reply, on the control
	// connection's host whatever address the reply names; everything the
	// server sends on it is read.
	Data bool
}

// Script is the session recorded from every server: HOST and LANG before
// login (RFC 7151, RFC 2640), FEAT and OPTS, login, the usual queries and
// the RFC 3659 and draft ones (MLST of the file and of the current
// directory, HASH, MFMT), LPSV (RFC 1639), one listing over PASV, one
// download and one MLSD listing over EPSV, commands an anonymous user may
// not run, commands on missing files, and an unknown command.
var Script = []Step{
	{Command: "HOST 127.0.0.1"},
	{Command: "FEAT"},
	{Command: "LANG"},
	{Command: "OPTS UTF8 ON"},
	{Command: "USER anonymous"},
	{Command: "PASS guest@example.com"},
	{Command: "SYST"},
	{Command: "PWD"},
	{Command: "TYPE I"},
	{Command: "SIZE " + FileName},
	{Command: "MDTM " + FileName},
	{Command: "MLST " + FileName},
	{Command: "MLST"},
	{Command: "HASH " + FileName},
	{Command: "MFMT 20010203040506 " + FileName},
	{Command: "CWD " + DirName},
	{Command: "CDUP"},
	{Command: "LPSV"},
	{Command: "PASV"},
	{Command: "LIST", Data: true},
	{Command: "EPSV"},
	{Command: "RETR " + FileName, Data: true},
	{Command: "EPSV"},
	{Command: "MLSD", Data: true},
	{Command: "MKD newdir"},
	{Command: "DELE missing.txt"},
	{Command: "CWD missing"},
	{Command: "REST 0"},
	{Command: "STAT"},
	{Command: "NOOP"},
	{Command: "HELP"},
	{Command: "XYZZY"},
	{Command: "QUIT"},
}

// Session is a recorded session.
type Session struct {
	Transcript Transcript
	Data       map[int][]byte // what each data connection carried, by exchange index
}

const (
	readTimeout = 5 * time.Second // for one line or one data connection
	maxLine     = 4096
	maxData     = 1 << 20
)

// Record runs steps over conn, which must be freshly connected: it reads the
// greeting, then sends each step's command and reads its replies (after a
// preliminary 1yz reply, the reply that completes the command too). Every
// read has a deadline, and the whole session ends by deadline. On error the
// session recorded so far is returned with it. Record closes conn.
func Record(conn net.Conn, steps []Step, deadline time.Time) (*Session, error) {
	defer conn.Close()
	s := &Session{Data: map[int][]byte{}}
	c := &client{conn: conn, r: bufio.NewReaderSize(conn, maxLine), deadline: deadline}

	greeting, err := c.replies()
	s.Transcript = append(s.Transcript, Exchange{Replies: greeting})
	if err != nil {
		return s, fmt.Errorf("greeting: %w", err)
	}
	dataPort := 0
	for _, st := range steps {
		if strings.ContainsAny(st.Command, "\r\n") {
			return s, fmt.Errorf("command %q contains CR or LF", st.Command)
		}
		var data net.Conn
		if st.Data {
			if dataPort == 0 {
				return s, fmt.Errorf("%s: no 227 or 229 reply named a data port", st.Command)
			}
			host, _, _ := net.SplitHostPort(conn.RemoteAddr().String())
			d := net.Dialer{Deadline: c.readDeadline()}
			data, err = d.Dial("tcp", net.JoinHostPort(host, strconv.Itoa(dataPort)))
			if err != nil {
				return s, fmt.Errorf("%s: data connection: %w", st.Command, err)
			}
			dataPort = 0
		}
		e := Exchange{Command: st.Command}
		err := c.send(st.Command)
		if err == nil {
			e.Replies, err = c.reply(nil)
		}
		if err == nil && e.Replies[0].Code/100 == 1 {
			if data != nil {
				s.Data[len(s.Transcript)], err = c.readData(data)
				// Close it now, as clients do: ProFTPD sends the completing
				// reply only once the client has closed its end (or after
				// its TimeoutLinger, 10 s).
				data.Close()
				data = nil
			}
			if err == nil {
				e.Replies, err = c.reply(e.Replies)
			}
		}
		if data != nil {
			data.Close()
		}
		s.Transcript = append(s.Transcript, e)
		if err != nil {
			return s, fmt.Errorf("%s: %w", st.Command, err)
		}
		last := e.Replies[len(e.Replies)-1]
		switch last.Code {
		case 227:
			dataPort, err = pasvPort(last)
		case 229:
			dataPort, err = epsvPort(last)
		}
		if err != nil {
			return s, fmt.Errorf("%s: %w", st.Command, err)
		}
	}
	return s, nil
}

type client struct {
	conn     net.Conn
	r        *bufio.Reader
	deadline time.Time
}

func (c *client) readDeadline() time.Time {
	d := time.Now().Add(readTimeout)
	if d.After(c.deadline) {
		d = c.deadline
	}
	return d
}

func (c *client) send(cmd string) error {
	if err := c.conn.SetWriteDeadline(c.readDeadline()); err != nil {
		return err
	}
	_, err := io.WriteString(c.conn, cmd+"\r\n")
	return err
}

// line reads one line of the control connection, which must end in CRLF.
func (c *client) line() (string, error) {
	if err := c.conn.SetReadDeadline(c.readDeadline()); err != nil {
		return "", err
	}
	l, err := c.r.ReadSlice('\n')
	switch {
	case errors.Is(err, bufio.ErrBufferFull):
		return "", fmt.Errorf("reply line longer than %d bytes", maxLine)
	case err != nil:
		return "", err
	case len(l) < 2 || l[len(l)-2] != '\r':
		return "", fmt.Errorf("reply line %q does not end in CRLF", l)
	}
	return string(l[:len(l)-2]), nil
}

// reply reads one reply and appends it to got.
func (c *client) reply(got []Reply) ([]Reply, error) {
	r, err := ReadReply(c.line)
	if err != nil {
		return got, err
	}
	return append(got, r), nil
}

// replies reads a reply, and the one after it when the first is preliminary.
func (c *client) replies() ([]Reply, error) {
	got, err := c.reply(nil)
	if err == nil && got[0].Code/100 == 1 {
		got, err = c.reply(got)
	}
	return got, err
}

func (c *client) readData(data net.Conn) ([]byte, error) {
	if err := data.SetReadDeadline(c.readDeadline()); err != nil {
		return nil, err
	}
	got, err := io.ReadAll(io.LimitReader(data, maxData+1))
	if err != nil {
		return got, fmt.Errorf("data connection: %w", err)
	}
	if len(got) > maxData {
		return got, fmt.Errorf("data connection carried more than %d bytes", maxData)
	}
	return got, nil
}

// pasvPort returns the port of a 227 reply: the last two of six
// comma-separated numbers, with or without parentheses around them.
func pasvPort(r Reply) (int, error) {
	text := r.Text()
	for i := 0; i < len(text); i++ {
		if !isDigit(text[i]) || (i > 0 && isDigit(text[i-1])) {
			continue
		}
		parts := strings.SplitN(text[i:], ",", 6)
		if len(parts) < 6 {
			break
		}
		end := 0
		for end < len(parts[5]) && isDigit(parts[5][end]) {
			end++
		}
		parts[5] = parts[5][:end]
		var n [6]int
		ok := true
		for j, p := range parts {
			v, err := strconv.Atoi(p)
			if err != nil || v > 255 {
				ok = false
				break
			}
			n[j] = v
		}
		if ok {
			return n[4]*256 + n[5], nil
		}
	}
	return 0, fmt.Errorf("no h1,h2,h3,h4,p1,p2 in 227 reply %q", r.Lines[0])
}

// epsvPort returns the port of a 229 reply: "(<d><d><d>port<d>)" with any
// delimiter d (RFC 2428 section 3).
func epsvPort(r Reply) (int, error) {
	text := r.Text()
	open := strings.IndexByte(text, '(')
	if open >= 0 && len(text) > open+5 {
		s := text[open+1:]
		d := s[0]
		if s[1] == d && s[2] == d {
			if end := strings.IndexByte(s[3:], d); end > 0 && len(s) > 3+end+1 && s[3+end+1] == ')' {
				if p, err := strconv.Atoi(s[3 : 3+end]); err == nil && 0 < p && p < 65536 {
					return p, nil
				}
			}
		}
	}
	return 0, fmt.Errorf("no (|||port|) in 229 reply %q", r.Lines[0])
}
