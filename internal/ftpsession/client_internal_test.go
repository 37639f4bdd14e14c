package ftpsession

import (
	"bufio"
	"net"
	"slices"
	"strings"
	"testing"
	"time"

	_ "github.com/ftpcodes/ftpcodes/internal/golden" // defines -update
)

func TestReadReply(t *testing.T) {
	for _, c := range []struct {
		lines []string
		code  int
		n     int    // lines read
		err   string // substring of the error
	}{
		{lines: []string{"200 OK"}, code: 200, n: 1},
		{lines: []string{"200"}, code: 200, n: 1},
		{lines: []string{"211-Features:", " EPSV", "211 End"}, code: 211, n: 3},
		{lines: []string{"211-a", "211-b", "211"}, code: 211, n: 3},
		{lines: []string{"214-x", "200 not the end", "214 End", "999 after"}, code: 214, n: 3},
		{lines: []string{"631 protected"}, code: 631, n: 1},
		{lines: []string{"20 short"}, err: "three digits"},
		{lines: []string{"2x0 x"}, err: "three digits"},
		{lines: []string{"700 x"}, err: "1 to 6"},
		{lines: []string{"099 x"}, err: "1 to 6"},
		{lines: []string{"200x"}, err: "space or a hyphen"},
		{lines: []string{"211-open", " never closed"}, err: "multi-line reply 211"},
	} {
		i := 0
		r, err := ReadReply(func() (string, error) {
			if i == len(c.lines) {
				return "", net.ErrClosed
			}
			i++
			return c.lines[i-1], nil
		})
		switch {
		case c.err != "" && (err == nil || !strings.Contains(err.Error(), c.err)):
			t.Errorf("%q: error %v, want one saying %q", c.lines, err, c.err)
		case c.err == "" && err != nil:
			t.Errorf("%q: %v", c.lines, err)
		case c.err == "" && (r.Code != c.code || i != c.n || !slices.Equal(r.Lines, c.lines[:c.n])):
			t.Errorf("%q: code %d after %d lines (%q), want %d after %d", c.lines, r.Code, i, r.Lines, c.code, c.n)
		}
	}
}

func TestParseTranscript(t *testing.T) {
	text := "S: 220-Hi\nS: 220 there\nC: LIST\nS: 150 Go\nS: 226 Done\nC: QUIT\nS: 221 Bye\n"
	tr, err := ParseTranscript([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if got := string(tr.Format()); got != text {
		t.Errorf("round trip:\n%s\nwant\n%s", got, text)
	}
	if len(tr) != 3 || tr[0].Command != "" || !slices.Equal(tr[1].Codes(), []int{150, 226}) || tr[2].Verb() != "QUIT" {
		t.Errorf("parsed %+v", tr)
	}
	for _, bad := range []string{
		"S: 220 Hi",                   // no final newline
		"S: 220-Hi\nC: QUIT\n",        // reply cut by a command
		"X: what\n",                   // neither
		"C: \n",                       // empty command
		"S: 220 Hi\nS: 2200 what\n",   // not a reply
		"S: 220-Hi\nS: 221 other\n",   // never closed
		"S: 220 Hi\n\nC: QUIT\n",      // blank line
		"C: NOOP\nS: 200 ok\nS: 20\n", // short
	} {
		if _, err := ParseTranscript([]byte(bad)); err == nil {
			t.Errorf("%q: parsed, want an error", bad)
		}
	}
}

func TestPassivePorts(t *testing.T) {
	for _, c := range []struct {
		line string
		port int
	}{
		{"227 Entering Passive Mode (127,0,0,1,78,63).", 78*256 + 63},
		{"227 Entering Passive Mode 127,0,0,1,142,82", 142*256 + 82},
		{"227 =127,0,0,1,0,21 ok", 21},
		{"227 (300,0,0,1,1,1) then 10,0,0,1,1,2", 258},
		{"227 no numbers", 0},
		{"227 (1,2,3,4,5)", 0},
		{"229 Entering Extended Passive Mode (|||20029|)", 20029},
		{"229 Extended Passive mode OK (!!!36437!)", 36437},
		{"229 (|||0|)", 0},
		{"229 (|||70000|)", 0},
		{"229 (||20029|)", 0},
		{"229 (|||20029|", 0},
		{"229 (", 0},
	} {
		r := Reply{Code: 227, Lines: []string{c.line}}
		parse := pasvPort
		if strings.HasPrefix(c.line, "229") {
			r.Code, parse = 229, epsvPort
		}
		p, err := parse(r)
		if p != c.port || (err == nil) != (c.port != 0) {
			t.Errorf("%q: port %d, %v; want %d", c.line, p, err, c.port)
		}
	}
}

// fake serves a scripted control connection: for each command it reads, it
// writes the given raw reply bytes.
func fake(t *testing.T, greeting string, replies map[string]string) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	go func() {
		c, err := l.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		_ = c.SetDeadline(time.Now().Add(10 * time.Second))
		c.Write([]byte(greeting))
		r := bufio.NewReader(c)
		for {
			line, err := r.ReadString('\n')
			if err != nil {
				return
			}
			c.Write([]byte(replies[strings.TrimSuffix(line, "\r\n")]))
		}
	}()
	return l.Addr().String()
}

func TestRecord(t *testing.T) {
	addr := fake(t, "120 soon\r\n220-Ready\r\n 220 not the end\r\n220 now\r\n", map[string]string{
		"STAT": "211-status\r\n211 End\r\n",
		"NOOP": "200 ok\r\n",
		"QUIT": "221 Bye\r\n",
	})
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	s, err := Record(conn, []Step{{Command: "STAT"}, {Command: "NOOP"}, {Command: "QUIT"}}, time.Now().Add(5*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	want := "S: 120 soon\nS: 220-Ready\nS:  220 not the end\nS: 220 now\nC: STAT\nS: 211-status\nS: 211 End\nC: NOOP\nS: 200 ok\nC: QUIT\nS: 221 Bye\n"
	if got := string(s.Transcript.Format()); got != want {
		t.Errorf("recorded\n%s\nwant\n%s", got, want)
	}
}

func TestRecordFailures(t *testing.T) {
	for _, c := range []struct {
		name     string
		greeting string
		replies  map[string]string
		steps    []Step
		err      string
	}{
		{"bare LF", "220 hi\n", nil, nil, "CRLF"},
		{"silent", "", nil, nil, "timeout"},
		{"silent after command", "220 hi\r\n", nil, []Step{{Command: "NOOP"}}, "timeout"},
		{"no data port", "220 hi\r\n", nil, []Step{{Command: "LIST", Data: true}}, "no 227 or 229"},
		{"bad 227", "220 hi\r\n", map[string]string{"PASV": "227 nothing\r\n"}, []Step{{Command: "PASV"}}, "h1,h2"},
		{"CRLF in command", "220 hi\r\n", nil, []Step{{Command: "NOOP\r\nQUIT"}}, "CR or LF"},
		{"long line", "220 " + strings.Repeat("x", maxLine) + "\r\n", nil, nil, "longer than"},
	} {
		t.Run(c.name, func(t *testing.T) {
			conn, err := net.Dial("tcp", fake(t, c.greeting, c.replies))
			if err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			_, err = Record(conn, c.steps, start.Add(300*time.Millisecond))
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("error %v, want one saying %q", err, c.err)
			}
			if time.Since(start) > 2*time.Second {
				t.Errorf("Record took %v past its deadline", time.Since(start))
			}
		})
	}
}
