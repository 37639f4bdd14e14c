package ftpcodes_test

import (
	"fmt"

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
	// 421 TransientNegativeCompletion Connections
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
