package ftpsession_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/txtar"

	"github.com/ftpcodes/ftpcodes/internal/conformance"
	"github.com/ftpcodes/ftpcodes/internal/ftpsession"
	"github.com/ftpcodes/ftpcodes/internal/golden"
	"github.com/ftpcodes/ftpcodes/out/go/ftpcodes"
)

// greetingReplies are the replies RFC 959 section 5.4 lists for connection
// establishment: 120 (ready in nnn minutes, then 220), 220 and 421.
var greetingReplies = []int{120, 220, 421}

// The replay checks the code the project ships: the generated Go table's
// answers to both questions, IsExpectedReply (do the documents list the
// reply for the command?) and IsPlausibleReply (do they, or is a real
// server known to send it to the command, or to any command?).

// plausibleBy says why a reply the documents do not list for its command
// is plausible: the servers known to send it to the command ("sent to
// ABOR by ..."), or "a reply to any command" (AnyCommandReplies); for a
// command the table does not have, only a reply to any command is. It
// returns "" for an implausible reply.
func plausibleBy(verb string, code int) string {
	servers := func(os []ftpcodes.ObservedReply) string {
		for _, o := range os {
			if int(o.Code) != code {
				continue
			}
			var names []string
			for _, e := range o.Evidence {
				if !slices.Contains(names, e.Server) {
					names = append(names, e.Server)
				}
			}
			return strings.Join(names, ", ")
		}
		return ""
	}
	info, known := ftpcodes.LookupCommand(verb)
	if known {
		if s := servers(info.Observed); s != "" {
			return "sent to " + string(info.Verb) + " by " + s
		}
	}
	if servers(ftpcodes.AnyCommandReplies()) != "" {
		return "a reply to any command"
	}
	return ""
}

// unexpected lists, one line each, the replies of tr that the table does
// not list for their command, "COMMAND CODE text" with the text of the
// reply's first line, then why the reply is plausible all the same
// (plausibleBy), in brackets; a command the table does not have is marked
// "[not in the table]" first. The greeting's replies are checked against
// RFC 959 section 5.4's connection establishment and shown as
// "(greeting)". It also returns the replies that are not plausible.
func unexpected(tr ftpsession.Transcript) (report []byte, implausible []string) {
	var b bytes.Buffer
	for _, e := range tr {
		verb := e.Verb()
		_, known := ftpcodes.LookupCommand(verb)
		for _, r := range e.Replies {
			line := fmt.Sprintf("%s %d %s", verb, r.Code, r.Text())
			switch {
			case e.Command == "":
				if !slices.Contains(greetingReplies, r.Code) {
					line = fmt.Sprintf("(greeting) %d %s", r.Code, r.Text())
					implausible = append(implausible, line)
					fmt.Fprintln(&b, line)
				}
				continue
			case known && ftpcodes.IsExpectedReply(verb, r.Code):
				continue
			case !known:
				line += " [not in the table]"
			}
			why := plausibleBy(verb, r.Code)
			switch {
			case why == "":
				implausible = append(implausible, line)
				why = "implausible"
			case known && !ftpcodes.IsPlausibleReply(verb, r.Code):
				implausible = append(implausible, line+" (IsPlausibleReply disagrees with the command's records)")
			}
			fmt.Fprintf(&b, "%s [%s]\n", line, why)
		}
	}
	return b.Bytes(), implausible
}

// checkShape checks what every transcript must be: a greeting first, then
// one exchange per step of the script with its command, each answered by
// one reply, or by a preliminary reply and the one completing it.
func checkShape(t *testing.T, tr ftpsession.Transcript) {
	t.Helper()
	if len(tr) != len(ftpsession.Script)+1 {
		t.Errorf("%d exchanges, want the greeting and %d commands", len(tr), len(ftpsession.Script))
	}
	for i, e := range tr {
		switch {
		case i == 0 && e.Command != "":
			t.Errorf("the transcript starts with command %q, not with the greeting", e.Command)
		case i > 0 && i <= len(ftpsession.Script) && e.Command != ftpsession.Script[i-1].Command:
			t.Errorf("exchange %d: command %q, the script sends %q", i, e.Command, ftpsession.Script[i-1].Command)
		}
		codes := e.Codes()
		name := e.Command
		if name == "" {
			name = "greeting"
		}
		switch {
		case len(codes) == 1 && codes[0]/100 != 1:
		case len(codes) == 2 && codes[0]/100 == 1 && codes[1]/100 != 1:
		default:
			t.Errorf("%s: replies %v; want one reply, or a 1yz reply and the reply completing it", name, codes)
		}
	}
}

// TestReplay replays every recorded transcript through the table: every
// reply must be plausible for its command, and the fixture's "unexpected"
// section must list exactly the replies the table does not expect for
// their command, each with why it is plausible (-update rewrites it).
func TestReplay(t *testing.T) {
	for _, c := range golden.Cases(t, "transcripts", "transcript", "mlsd") {
		t.Run(c.Name, func(t *testing.T) {
			tr, err := ftpsession.ParseTranscript(c.Input(t, "transcript"))
			if err != nil {
				t.Fatalf("%s: %v", c.Path, err)
			}
			checkShape(t, tr)
			report, implausible := unexpected(tr)
			for _, line := range implausible {
				t.Errorf("not a plausible reply: %s", line)
			}
			c.Check(t, []txtar.File{{Name: "unexpected", Data: report}})
		})
	}
}

// TestFixtures checks that every server has its fixture and every fixture
// its server.
func TestFixtures(t *testing.T) {
	var want []string
	for _, s := range servers {
		want = append(want, s.name)
	}
	var got []string
	for _, c := range golden.Cases(t, "transcripts", "transcript", "mlsd") {
		got = append(got, c.Name)
	}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("golden/transcripts has %v, want one fixture per server: %v", got, want)
	}
}

// sessionTimeout bounds one recorded session, connection included.
const sessionTimeout = 20 * time.Second

// TestLive records the script from every server started on loopback and
// checks it against the server's fixture: the same commands answered with
// the same codes (texts vary: ports, times). With -update it rewrites the
// fixture from the recording. A server that is not installed fails the test
// under CI=true and skips it elsewhere (make ftpservers installs them).
func TestLive(t *testing.T) {
	for _, srv := range servers {
		t.Run(srv.name, func(t *testing.T) {
			bin := findServer(t, srv.name)
			requireRoot(t)
			deadline := time.Now().Add(sessionTimeout)
			run := start(t, srv, bin)
			s, err := ftpsession.Record(run.conn, ftpsession.Script, deadline)
			if err != nil {
				t.Fatalf("%v\nrecorded so far:\n%s\nserver output:\n%s", err, s.Transcript.Format(), run.output)
			}
			tr := s.Transcript
			// The recording must survive its own format.
			if again, err := ftpsession.ParseTranscript(tr.Format()); err != nil || !slices.EqualFunc(again, tr, sameExchange) {
				t.Fatalf("the transcript does not read back: %v\n%s", err, tr.Format())
			}
			checkShape(t, tr)
			checkData(t, s)

			path := filepath.Join(golden.Dir(), "transcripts", srv.name+".txtar")
			if golden.Updating() {
				writeFixture(t, path, srv.version(t, bin), run.desc, s)
				return
			}
			ar, err := txtar.ParseFile(path)
			if err != nil {
				t.Fatalf("%v (record it with go test ./internal/ftpsession -run TestLive -update)", err)
			}
			var fixture ftpsession.Transcript
			for _, f := range ar.Files {
				if f.Name == "transcript" {
					fixture, err = ftpsession.ParseTranscript(f.Data)
					if err != nil {
						t.Fatalf("%s: %v", path, err)
					}
				}
			}
			for i := 0; i < len(tr) || i < len(fixture); i++ {
				switch {
				case i >= len(tr):
					t.Errorf("%s has %q, the live session ended before", path, fixture[i].Command)
				case i >= len(fixture):
					t.Errorf("the live session has %q, %s ended before", tr[i].Command, path)
				case tr[i].Command != fixture[i].Command || !slices.Equal(tr[i].Codes(), fixture[i].Codes()):
					t.Errorf("%q answered %v live, %q answered %v in %s (a new server version? re-record with -update and review the diff)",
						tr[i].Command, tr[i].Codes(), fixture[i].Command, fixture[i].Codes(), path)
				}
			}
		})
	}
}

// findServer finds a server program on PATH or in the system's sbin
// directories (which a non-root PATH may lack); missing, it fails the test
// under CI=true and skips it elsewhere.
func findServer(t *testing.T, name string) string {
	t.Helper()
	if p, err := exec.LookPath(name); err == nil {
		return p
	}
	for _, dir := range []string{"/usr/local/sbin", "/usr/sbin"} {
		if p := filepath.Join(dir, name); isExecutable(p) {
			return p
		}
	}
	return conformance.Require(t, name)
}

func isExecutable(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().IsRegular() && fi.Mode().Perm()&0o111 != 0
}

func sameExchange(a, b ftpsession.Exchange) bool {
	return a.Command == b.Command && slices.EqualFunc(a.Replies, b.Replies, func(x, y ftpsession.Reply) bool {
		return x.Code == y.Code && slices.Equal(x.Lines, y.Lines)
	})
}

// checkData checks what the data connections carried: the listing names the
// file and the directory, the MLSD listing has a line of facts for the file,
// the download is the file.
func checkData(t *testing.T, s *ftpsession.Session) {
	t.Helper()
	for i, e := range s.Transcript {
		switch e.Verb() {
		case "LIST":
			list := string(s.Data[i])
			if !strings.Contains(list, ftpsession.FileName) || !strings.Contains(list, ftpsession.DirName) {
				t.Errorf("LIST carried %q, which does not name %s and %s", list, ftpsession.FileName, ftpsession.DirName)
			}
		case "MLSD":
			// Only where the server answered with a 1yz reply and sent a listing.
			if list, ok := s.Data[i]; ok && !strings.Contains(string(list), "; "+ftpsession.FileName) {
				t.Errorf("MLSD carried %q, which has no fact line for %s", list, ftpsession.FileName)
			}
		case "RETR":
			if got := string(s.Data[i]); got != ftpsession.FileContent {
				t.Errorf("RETR carried %q, want %q", got, ftpsession.FileContent)
			}
		}
	}
}

func writeFixture(t *testing.T, path, version, config string, s *ftpsession.Session) {
	t.Helper()
	tr := s.Transcript
	comment := fmt.Sprintf(`A session recorded from %s on 127.0.0.1 by
go test ./internal/ftpsession -run TestLive -update: the scripted client
(ftpsession.Script) against the server the test starts, anonymous only, over a
fresh root holding %s (mtime %s) and %s/.
Recorded, not written by hand: re-record rather than edit.

The server's configuration (ports and directories vary per run):
%s

transcript: "C: " a command sent, "S: " a reply line received, without CRLF;
the greeting comes first. The replay test (TestReplay) checks every reply
against the table's plausible replies for its command (the greeting against
RFC 959 section 5.4's connection establishment: 120, 220, 421): expected
(the documents list it), sent to that command by a server whose source the
table cites, or sent to any command.

unexpected: the replies plausible but not expected, one a line, "COMMAND CODE
text" (the text of the reply's first line), then in brackets the servers
known to send it to the command, or "a reply to any command"; a command the
table does not have is marked [not in the table].

mlsd: what the data connection of MLSD carried, its CRLF line ends written as
LF; empty when the server sent no listing. The client tests (TestRecordedClient,
conformance.ClientVectors) read its lines, the FEAT, PASV, LPSV and EPSV
replies and the MLST entries with spec and with every language's output.
`, version, ftpsession.FileName, ftpsession.FileTime.Format("2006-01-02 15:04:05 UTC"), ftpsession.DirName, config)
	report, _ := unexpected(tr)
	var mlsd []byte
	for i, e := range tr {
		if list, ok := s.Data[i]; ok && e.Verb() == "MLSD" {
			mlsd = bytes.ReplaceAll(list, []byte("\r\n"), []byte("\n"))
		}
	}
	ar := &txtar.Archive{Comment: []byte(comment), Files: []txtar.File{
		{Name: "transcript", Data: tr.Format()},
		{Name: "mlsd", Data: mlsd},
		{Name: "unexpected", Data: report},
	}}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, txtar.Format(ar), 0o644); err != nil {
		t.Fatal(err)
	}
}
