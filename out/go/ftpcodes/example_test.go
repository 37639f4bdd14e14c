package ftpcodes_test

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net/netip"
	"strings"

	// Makes go test ./... -update accept the flag in this package.
	_ "github.com/ftpcodes/ftpcodes/internal/golden"
	"github.com/ftpcodes/ftpcodes/out/go/ftpcodes"
)

func ExampleText() {
	fmt.Println(ftpcodes.Text(200))
	fmt.Println(ftpcodes.Text(421))
	fmt.Printf("%q\n", ftpcodes.Text(999))
	// Output:
	// Command okay.
	// Service not available, closing control connection.
	// ""
}

func ExampleCode_String() {
	fmt.Println(ftpcodes.CommandOK, ftpcodes.Code(550), ftpcodes.Code(999))
	fmt.Printf("%d %v\n", ftpcodes.FileUnavailable, ftpcodes.FileUnavailable)
	// Output:
	// CommandOK FileUnavailable Code(999)
	// 550 FileUnavailable
}

func ExampleCode_Class() {
	c := ftpcodes.ServiceNotAvailable
	fmt.Println(int(c), c.Class(), c.Group())
	fmt.Println(c.Class().Title())
	fmt.Println(c.Group().Title())

	// Five-digit codes have no class and no function group.
	fmt.Println(ftpcodes.ConnectionResetByPeer.Class(), ftpcodes.ConnectionResetByPeer.Group())
	// Output:
	// 421 TransientNegative Connections
	// Transient Negative Completion reply
	// Connections
	// None None
}

func ExampleCode_IsTransientNegative() {
	// A client can tell from the code alone whether retrying may help.
	for _, code := range []int{200, 421, 550} {
		c := ftpcodes.Code(code)
		fmt.Printf("%d %v: retry? %v\n", code, c, c.IsTransientNegative())
	}
	// Output:
	// 200 CommandOK: retry? false
	// 421 ServiceNotAvailable: retry? true
	// 550 FileUnavailable: retry? false
}

func ExampleLookup() {
	r, ok := ftpcodes.Lookup(550)
	fmt.Println(ok, r.Name, r.Status)
	fmt.Printf("RFC %d, section %s\n", r.RFC, r.Section)
	fmt.Println(r.Text)

	_, ok = ftpcodes.Lookup(999)
	fmt.Println(ok)
	// Output:
	// true FileUnavailable standard
	// RFC 959, section 4.2.2
	// Requested action not taken. File unavailable (e.g., file not found, no access).
	// false
}

func ExampleByName() {
	c, ok := ftpcodes.ByName("CommandOK")
	fmt.Println(int(c), ok)
	_, ok = ftpcodes.ByName("commandok")
	fmt.Println(ok)
	// Output:
	// 200 true
	// false
}

func ExampleAll() {
	// The replies after which the server closes the control connection.
	for r := range ftpcodes.All() {
		if r.ClosesControl {
			fmt.Println(int(r.Code), r.Text)
		}
	}
	// Output:
	// 221 Service closing control connection.
	// 421 Service not available, closing control connection.
}

func ExampleIsExpectedReply() {
	// RFC 959 lists 227 as the one success reply to PASV; 200 is no reply
	// to PASV.
	fmt.Println(ftpcodes.IsExpectedReply("PASV", 227))
	fmt.Println(ftpcodes.IsExpectedReply("PASV", 200))

	// Case does not matter, and an alias answers as its command: XMKD is
	// RFC 775's name for MKD.
	fmt.Println(ftpcodes.IsExpectedReply("xmkd", int(ftpcodes.PathnameCreated)))

	// An unknown command expects no reply.
	fmt.Println(ftpcodes.IsExpectedReply("NOPE", 200))
	// Output:
	// true
	// false
	// true
	// false
}

func ExampleLookupCommand() {
	c, ok := ftpcodes.LookupCommand("Xmkd")
	fmt.Println(ok, c.Verb, c.Aliases)
	fmt.Printf("RFC %d, section %s; replies in section %s\n", c.RFC, c.Section, c.RepliesSection)
	fmt.Println("success:", c.Success)
	fmt.Println("error:", c.Error)
	// Output:
	// true MKD [XMKD]
	// RFC 959, section 4.1.3; replies in section 5.4
	// success: [PathnameCreated]
	// error: [CommandUnrecognized SyntaxErrorInParameters CommandNotImplemented ServiceNotAvailable NotLoggedIn FileUnavailable]
}

func ExampleAllCommands() {
	// The commands of RFC 959 that may receive a preliminary reply, after
	// which the client reads a second one.
	var verbs []ftpcodes.Command
	for c := range ftpcodes.AllCommands() {
		if len(c.Preliminary) > 0 && c.RFC == 959 {
			verbs = append(verbs, c.Verb)
		}
	}
	fmt.Println(verbs)
	// Output:
	// [APPE LIST NLST REIN RETR STOR STOU]
}

func ExampleCommand_Expects() {
	// The constants need no conversion: Expects takes a Code.
	fmt.Println(ftpcodes.CommandPasv.Expects(ftpcodes.EnteringPassiveMode))
	fmt.Println(ftpcodes.CommandPasv.Expects(ftpcodes.CommandOK))

	// A verb and a code read off the wire convert as they are.
	fmt.Println(ftpcodes.Command("xmkd").Expects(ftpcodes.Code(257)))
	// Output:
	// true
	// false
	// true
}

func ExampleFormatPathnameCreated() {
	// A server answers MKD: the quotes in the new directory's name are
	// doubled, as RFC 959 Appendix II has it.
	text, err := ftpcodes.FormatPathnameCreated(`/home/ann/say "hi"`)
	if err != nil {
		panic(err)
	}
	reply, err := ftpcodes.FormatReply(int(ftpcodes.PathnameCreated), text)
	if err != nil {
		panic(err)
	}
	fmt.Printf("%q\n", reply)

	// A name with a line end would forge a second reply: it is refused.
	_, err = ftpcodes.FormatPathnameCreated("x\r\n200 forged")
	fmt.Println(errors.Is(err, ftpcodes.ErrBadValue))
	// Output:
	// "257 \"/home/ann/say \"\"hi\"\"\" created.\r\n"
	// true
}

func ExampleParseEnteringPassiveMode() {
	// What real servers send: vsftpd, pure-ftpd, and servers that leave
	// out the parentheses or add text of their own.
	for _, text := range []string{
		"Entering Passive Mode (127,0,0,1,169,224).",
		"Entering Passive Mode (127,0,0,1,146,103)",
		"Entering Passive Mode 192,168,1,2,19,137",
		"Passive mode OK =10,0,0,7,4,1",
		"Entering Passive Mode (127,0,0,1,300,1).",
	} {
		v, ok := ftpcodes.ParseEnteringPassiveMode(text)
		if !ok {
			fmt.Println("not a 227 text:", text)
			continue
		}
		addr := netip.AddrPortFrom(netip.AddrFrom4([4]byte{v.H1, v.H2, v.H3, v.H4}), uint16(v.P1)<<8|uint16(v.P2))
		fmt.Println(addr)
	}
	// Output:
	// 127.0.0.1:43488
	// 127.0.0.1:37479
	// 192.168.1.2:5001
	// 10.0.0.7:1025
	// not a 227 text: Entering Passive Mode (127,0,0,1,300,1).
}

func ExampleFormatReply() {
	// A message with line feeds becomes a multi-line reply. A line that
	// begins with a digit gets a space before it, so that it cannot pass
	// for the reply's last line, or for another reply.
	reply, err := ftpcodes.FormatReply(211, "Features:\n MDTM\n SIZE\n211 forged\nEnd")
	if err != nil {
		panic(err)
	}
	fmt.Print(strings.ReplaceAll(reply, "\r\n", "\\r\\n\n"))

	// A CR, or a code without three digits, is refused.
	_, err = ftpcodes.FormatReply(220, "ready\r\n221 forged")
	fmt.Println(errors.Is(err, ftpcodes.ErrBadValue))
	// Output:
	// 211-Features:\r\n
	//  MDTM\r\n
	//  SIZE\r\n
	//  211 forged\r\n
	// 211 End\r\n
	// true
}

func ExampleReadReply() {
	// What a client reads off the control connection: a multi-line
	// greeting, then the answer to MKD.
	conn := strings.NewReader("220-Welcome\r\n Be nice.\r\n220 Ready.\r\n" +
		"257 \"/home/ann/say \"\"hi\"\"\" created.\r\n")
	r := bufio.NewReader(conn)
	for {
		reply, err := ftpcodes.ReadReply(r)
		if err == io.EOF {
			break
		}
		if err != nil {
			panic(err)
		}
		fmt.Printf("%d %v: %q\n", int(reply.Code), reply.Code, reply.Text)
		if reply.Code == ftpcodes.PathnameCreated {
			if v, ok := ftpcodes.ParsePathnameCreated(reply.Text); ok {
				fmt.Println("created", v.Pathname)
			}
		}
	}
	// Output:
	// 220 ServiceReady: "Welcome\n Be nice.\nReady."
	// 257 PathnameCreated: "\"/home/ann/say \"\"hi\"\"\" created."
	// created /home/ann/say "hi"
}
